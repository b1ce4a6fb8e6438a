"""Entry point: the ``qda`` Typer app, the global ``--project`` option, and one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click
import typer
from typer.core import TyperGroup

from qda import __version__
from qda.cli import findings, site
from qda.cli import agreement, analysis, anonymize, assist, codebook, coding, db, documents, export, memo, project, report, run
from qda.errors import QdaError


class QdaGroup(TyperGroup):
    """Turns a :class:`QdaError` anywhere below into ``error: file:line: message`` and exit 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QdaError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(error.exit_code)


app = typer.Typer(
    cls=QdaGroup,
    no_args_is_help=True,
    add_completion=False,
    help="Qualitative coding of interview protocols at the terminal.",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"qda {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    project_dir: Optional[Path] = typer.Option(
        None, "--project", "-p", envvar="QDA_PROJECT", help="Project folder (default: found from the current folder up)."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    ctx.obj = {"project_dir": project_dir}


for module in (anonymize, project, documents, codebook, analysis, agreement, coding, memo, assist, export, report, run, db):
    module.register(app)
findings.register(app)
site.register(app)


def main() -> None:
    app()
