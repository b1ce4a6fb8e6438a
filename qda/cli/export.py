"""``qda export refi|codebook|codings|segments|findings|sites`` and the REFI branch of ``qda import``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option
from qda.errors import QdaError
from qda.exchange.refi_import import RefiImportReport

OUT_OPTION = typer.Option(None, "--out", "-o", help="File to write (default: stdout).")
SITE_OPTION = typer.Option(None, help="Only this site.")
LEVEL_OPTION = typer.Option(None, help="Only this level.")
ROLE_OPTION = typer.Option(None, help="Only this role.")
export_app = typer.Typer(help="Exchange with other QDA tools and hand data to analysts.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")


@export_app.command("refi")
def refi(
    ctx: typer.Context,
    out: Path = typer.Option(..., "--out", "-o", help="The .qdpx file to write."),
    fmt: str = format_option(),
) -> None:
    """Export the project as REFI-QDA (.qdpx) for MAXQDA, NVivo, ATLAS.ti or QualCoder.

    Example: qda export refi --out ejo.qdpx
    """
    report = get_project(ctx).export_refi(out)
    emit([{"file": str(out), **vars(report)}], fmt, title="REFI-QDA export")
    typer.echo(f"{out.name}: project.qde is valid against the REFI-QDA schema (Project.xsd, QDA-XML 1.0)", err=True)
    if report.skipped_codings:
        typer.echo(f"warning: {report.skipped_codings} codings of codes no longer in the codebook left out", err=True)


@export_app.command("codebook")
def codebook(
    ctx: typer.Context,
    fmt: str = format_option("qdc", "md", "docx", default="md"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write (md: default stdout)."),
    language: str = typer.Option("de", "--lang", help="Headings of the coding guide: de or en."),
) -> None:
    """Export the codebook as REFI .qdc, or as a printable coding guide (Kodierleitfaden, md/docx).

    Example: qda export codebook --format docx --out Kodierleitfaden.docx
    """
    text, count = get_project(ctx).export_codebook(fmt, out, language)
    if out is None:
        typer.echo(text)
        return
    typer.echo(f"{count} codes written to {out}", err=True)


@export_app.command("codings")
def codings(
    ctx: typer.Context,
    fmt: str = format_option("csv", "json", default="csv"),
    out: Optional[Path] = OUT_OPTION,
    coder: Optional[str] = typer.Option(None, "--coder", help="Only this coder."),
    code: Optional[str] = typer.Option(None, "--code", help="Only this code (and its children)."),
    site: Optional[str] = SITE_OPTION, level: Optional[str] = LEVEL_OPTION, role: Optional[str] = ROLE_OPTION,
) -> None:
    """One row per coding with document metadata, code label, theme and quoted text (for pandas).

    Example: qda export codings --format csv --out codings.csv
    """
    frame = get_project(ctx).coding_table(coder=coder, code=code, site=site, level=level, role=role)
    _write(frame, fmt, out)


@export_app.command("segments")
def segments(
    ctx: typer.Context,
    fmt: str = format_option("csv", "json", default="csv"),
    out: Optional[Path] = OUT_OPTION, site: Optional[str] = SITE_OPTION, level: Optional[str] = LEVEL_OPTION,
    role: Optional[str] = ROLE_OPTION,
) -> None:
    """One row per segment with metadata, text and the codes it got (for pandas).

    Example: qda export segments --format json --out segments.json
    """
    frame = get_project(ctx).segment_table(site=site, level=level, role=role)
    _write(frame, fmt, out)


@export_app.command("findings")
def findings(
    ctx: typer.Context,
    fmt: str = format_option("csv", "json", default="csv"),
    out: Optional[Path] = OUT_OPTION, site: Optional[str] = SITE_OPTION,
    lang: str = typer.Option("de", "--lang", help="Language of the labels: de or en."),
) -> None:
    """One row per finding: site, feature, wave, level, value id and label, note, evidence, who, when.

    Example: qda export findings --format csv --out findings.csv
    """
    frame = get_project(ctx).findings_table(lang, site)
    _write(frame, fmt, out)


@export_app.command("sites")
def sites(ctx: typer.Context, fmt: str = format_option("csv", "json", default="csv"),
          out: Optional[Path] = OUT_OPTION) -> None:
    """One row per site with its attributes (Regionaldirektion, Typ, ...) and number of protocols.

    Example: qda export sites --format json
    """
    frame = get_project(ctx).sites_table()
    _write(frame, fmt, out)


def _write(frame, fmt: str, out: Optional[Path]) -> None:
    from qda.exchange.tidy import write_table

    text = write_table(frame, fmt, out)
    if out is None:
        sys.stdout.write(text)
    else:
        typer.echo(f"{len(frame)} rows written to {out}", err=True)


def import_refi_files(ctx: typer.Context, paths: List[Path], fmt: str, allow_partial: bool = False,
                      map_variable: List[str] | None = None, anonymize: bool = False, key: Path | None = None,
                      model: str | None = None) -> None:
    """Import REFI-QDA projects: a summary of what came in and, one line each, what did not.

    An archive that does not come in whole is not imported at all unless ``allow_partial``.
    """
    project = get_project(ctx)
    for path in paths:
        report = project.import_refi(path, allow_partial, map_variable or [], anonymize, key, model)
        if fmt == "table":
            typer.echo(report.summary())
        else:
            emit([report.as_dict()] if fmt == "json" else [_import_row(report)], fmt)
        for problem in report.not_carried:
            typer.echo(f"not carried over: {problem}", err=True)
        if not report.committed:
            raise QdaError(f"{report.headline()}; nothing imported (--allow-partial imports the rest)")
        if not report.complete:
            typer.echo(f"warning: {report.headline()}", err=True)


def _import_row(report: RefiImportReport) -> dict:
    lost = report.lost
    return {"file": report.file, "documents": len(report.documents), "reused": len(report.reused_documents),
            "codes_added": len(report.codes_added), "codes_matched": len(report.codes_matched),
            "codings": report.codings_imported, "memos": report.memos, "sets": report.sets, "links": report.links,
            "graphs_skipped": report.graphs_skipped, "users": ", ".join(report.users),
            "sources_lost": lost["sources"], "codes_lost": lost["codes"], "codings_lost": lost["codings"],
            "complete": report.complete}
