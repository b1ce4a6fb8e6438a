"""``qda init`` creates a project; ``qda info`` shows its settings and where each came from."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from qda.cli.output import emit, format_option
from qda.project import init_project


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("info")(info)


def init(
    directory: Path = typer.Argument(Path("."), help="Folder for the project (created if missing)."),
    database: Optional[str] = typer.Option(
        None, "--database", help="Database URL, e.g. postgresql://user@host/db (default: SQLite file qda.db)."),
    coder: Optional[str] = typer.Option(None, "--coder", help="Default coder name for this project."),
) -> None:
    """Create a project: qda.yaml and its database.

    Example: qda init study && cd study
    """
    created = init_project(directory, database_url=database, coder=coder)
    typer.echo(f"project ready in {created.root} ({created.database_url.split('://')[0]})")


def info(
    ctx: typer.Context,
    coder: Optional[str] = typer.Option(None, "--coder", help="As a command would be given it."),
    fmt: str = format_option(),
) -> None:
    """Every setting of the project with its value and where it came from.

    Precedence: --project, QDA_PROJECT, the folder tree; database_url in qda.yaml before
    QDA_DATABASE_URL; --coder, QDA_CODER, qda.yaml, the login name.

    Example: qda info --format json
    """
    from dataclasses import asdict

    from qda.cli.context import project
    from qda.settings import project_folder

    rows = [asdict(setting) for setting in project(ctx).settings(coder)]
    options = ctx.find_root().obj or {}
    given = None if options.get("project_from_variable") else options.get("project_dir")  # QDA_PROJECT: say so
    rows[0] = asdict(project_folder(given))  # how the project was found
    for row in rows:
        row["value"] = "–" if row["value"] is None else str(row["value"])
    emit(rows, fmt, ("name", "value", "source"))
