"""``qda agreement``, ``qda agreement disagreements``, ``qda consensus``: checking two coders' work."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Optional

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, wide_option

agreement_app = typer.Typer(invoke_without_command=True)
CODERS_HELP = "Coders to compare, comma-separated (two or more)."
CODE_OPTION = typer.Option(None, "--code", help="Only this code.")
UNIT_OPTION = typer.Option("segment", "--unit", help="Unit of analysis: segment or sentence.")
SITE_OPTION = typer.Option(None, help="Only documents of this site.")
LEVEL_OPTION = typer.Option(None, help="Only documents of this level.")
THEMES_OPTION = typer.Option(False, "--themes", help="Count each coding for its top-level code (theme level).")


def register(app: typer.Typer) -> None:
    app.add_typer(agreement_app, name="agreement")
    app.command("consensus")(consensus)


@agreement_app.callback()
def agreement(
    ctx: typer.Context,
    coders: Optional[str] = typer.Option(None, "--coders", help=CODERS_HELP),
    code: Optional[str] = CODE_OPTION,
    by: str = typer.Option("code", "--by", help="Rows per code, site or level."),
    unit: str = UNIT_OPTION, site: Optional[str] = SITE_OPTION, level: Optional[str] = LEVEL_OPTION,
    themes: bool = THEMES_OPTION,
    fmt: str = format_option(),
) -> None:
    """Percent agreement, Cohen's κ, Brennan–Prediger κ and Krippendorff's α per code and overall.

    Formulas and edge cases: docs/agreement.md. An empty κ or α cell means undefined
    (every coder rated every unit alike).
    Example: qda agreement --coders coder_a,coder_b --by code --format table
    """
    if ctx.invoked_subcommand is not None:
        return
    if coders is None:
        raise typer.BadParameter("give the coders to compare, e.g. --coders A,B", param_hint="--coders")
    rows = get_project(ctx).agreement_rows(coders, by, unit, themes, code, site=site, level=level)
    emit(rows, fmt, title=f"agreement of {coders} ({unit} units)", spare=("units", "agreed"))


@agreement_app.command("disagreements")
def disagreements(
    ctx: typer.Context,
    coders: str = typer.Option(..., "--coders", help=CODERS_HELP),
    code: Optional[str] = CODE_OPTION,
    unit: str = UNIT_OPTION, site: Optional[str] = SITE_OPTION, level: Optional[str] = LEVEL_OPTION,
    themes: bool = THEMES_OPTION,
    fmt: str = format_option(), wide: bool = wide_option(),
) -> None:
    """List the units where some coders coded a code and others did not.

    Example: qda agreement disagreements --coders coder_a,coder_b --code egv --format csv
    """
    rows: Iterable[dict] = get_project(ctx).disagreements(coders, unit, themes, code, site=site, level=level)
    columns = ["document", "segment", *(["sentence"] if unit == "sentence" else []), "code", "coded_by",
               "not_coded_by", "text"]
    if fmt == "table":  # laid out from all its rows, under their number; csv and json print as they are read
        rows = list(rows)
    emit(rows, fmt, columns, title=f"{len(rows)} disagreements" if isinstance(rows, list) else None, wide=wide,
         spare=("not_coded_by",))


def consensus(
    ctx: typer.Context,
    coders: str = typer.Option(..., "--coders", help=CODERS_HELP),
    name: str = typer.Option(..., "--as", help="Coder name for the consensus codings."),
    decisions: Optional[Path] = typer.Option(
        None, "--decisions", help="CSV document,segment,code,decision (yes, no or a coder's name)."),
    prefer: Optional[str] = typer.Option(
        None, "--prefer", help="Where coders differ and nothing decides, take this coder's version."),
    fmt: str = format_option(),
) -> None:
    """Build a consensus coding: agreed units plus decisions; undecided units are listed.

    Decisions taken in the workbench (codings already made as --as NAME) are kept.
    Example: qda consensus --coders coder_a,coder_b --as konsens --decisions decisions.csv
    """
    report = get_project(ctx).consensus(coders, name, decisions, prefer)
    summary = {key: value for key, value in report.as_dict().items() if key != "undecided"}
    summary["undecided"] = len(report.undecided)
    if fmt == "json":
        emit([report.as_dict()], fmt)
        return
    emit([summary], fmt, title=f"consensus as {name}")
    if report.undecided:
        typer.echo(f"{len(report.undecided)} units left out (no decision):", err=True)
        for row in report.undecided:
            typer.echo(f"  {row['document']}:{row['segment']} {row['code']} (coded by {row['coded_by']})", err=True)
