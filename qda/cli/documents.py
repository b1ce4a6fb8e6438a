"""``qda import``, ``qda docs``, ``qda show``, ``qda segments``: protocols in, documents out."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import List, Optional

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, wide_option
from qda.errors import QdaError
from qda.ingest.readers import DEFAULT_MAX_BYTES

DOC_COLUMNS = ("doc_key", "site", "level", "role", "wave", "date", "interviewer", "version", "segments", "words",
               "format")
DOC_TABLE_COLUMNS = ("doc_key", "site", "level", "role", "wave", "date", "segments", "words")


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
    app.command("docs")(docs)
    app.command("show")(show)
    app.command("segments")(segment_listing)


def import_command(
    ctx: typer.Context,
    paths: List[Path] = typer.Argument(..., help="Protocol files or folders (.txt .md .docx .odt .rtf)."),
    meta: Optional[Path] = typer.Option(None, "--meta", help="Sidecar CSV with a 'file' or 'id' column."),
    site: Optional[str] = typer.Option(None, help="Site (Jobcenter) for files that do not name one."),
    level: Optional[str] = typer.Option(None, help="strategic, operational or client."),
    role: Optional[str] = typer.Option(None, help="Role code, e.g. GF, PL, TL-Projektteam, IFK, eLb, AG."),
    wave: Optional[int] = typer.Option(None, help="Interview wave (1, 2, ...)."),
    date: Optional[str] = typer.Option(None, help="Interview date (YYYY-MM-DD)."),
    interviewer: Optional[str] = typer.Option(None, help="Interviewer code."),
    attribute: List[str] = typer.Option([], "--attr", help="Free attribute KEY=VALUE (repeatable)."),
    max_size: float = typer.Option(DEFAULT_MAX_BYTES / 1e6, "--max-size", help="Largest file to accept, in MB."),
    skip_errors: bool = typer.Option(False, "--skip-errors", help="Import the good files, list the bad ones."),
    anonymize: bool = typer.Option(False, "--anonymize", help="Pseudonymise names, places, numbers before storing."),
    key: Optional[Path] = typer.Option(
        None, "--key", help="With --anonymize: write pseudonym -> original here (0600)."),
    model: Optional[str] = typer.Option(None, "--model", help="With --anonymize: an installed spaCy pipeline for NER."),
    allow_partial: bool = typer.Option(False, "--allow-partial", help="REFI: keep what came in when not all did."),
    map_variable: List[str] = typer.Option([], "--map-variable", help="REFI: variable NAME=FIELD (site, level, ...)."),
    fmt: str = format_option(),
) -> None:
    """Import interview protocols; a folder is imported recursively.

    Metadata precedence: the file itself, then --meta CSV, then these options. With --anonymize,
    names, places, addresses and numbers are replaced by pseudonyms consistent across the project;
    the originals go only to --key. A REFI-QDA
    project (FILE.qdpx, or 'qda import refi FILE.qdpx') is imported with its codes and codings,
    all or nothing unless --allow-partial.
    Example: qda import transcripts/ --meta transcripts/meta.csv
    Example: qda import raw/ --anonymize --key ~/secure/key.json
    """
    project = get_project(ctx)
    projects = refi_files(paths)
    if projects:
        from qda.cli.export import import_refi_files

        return import_refi_files(ctx, projects, fmt, allow_partial, map_variable, anonymize, key, model)
    defaults: dict[str, object] = dict(site=site, level=level, role=role, wave=wave, date=date, interviewer=interviewer)
    for item in attribute:
        name, _, value = item.partition("=")
        defaults[name.strip()] = value.strip()
    report = project.import_files(paths, anonymize, key, model, defaults=defaults, sidecar=meta,
                                  max_bytes=int(max_size * 1e6), skip_errors=skip_errors)
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    summary = [
        {"result": "added", "documents": len(report.added)},
        {"result": "updated (new version)", "documents": len(report.updated)},
        {"result": "metadata updated", "documents": len(report.metadata_updated)},
        {"result": "unchanged", "documents": len(report.unchanged)},
        {"result": "failed", "documents": len(report.failed)},
    ]
    if fmt == "json":
        emit([report.as_dict()], fmt)
    else:
        emit(summary, fmt, title=f"{report.segments} segments, {report.words} words")
        for orphan in report.orphaned:
            typer.echo(f"not carried over: {orphan['document']}:{orphan['segment']} {orphan['code']} "
                       f"({orphan['coder']}): {orphan['quote']!r}", err=True)
    for failure in report.failed:
        typer.echo(f"error: {failure}", err=True)
    if report.failed:
        raise typer.Exit(1)


def refi_files(paths: list[Path]) -> list[Path]:
    """The .qdpx files among the paths of a ``qda import`` (``qda import refi FILE.qdpx`` names
    them too); empty when it imports protocols, which do not mix with REFI projects (and then the
    REFI reader is not loaded at all)."""
    if paths and paths[0] == Path("refi") and not paths[0].exists():
        paths = paths[1:]
        if not paths:
            raise QdaError("name the .qdpx file: qda import refi FILE.qdpx")
    found = [path for path in paths if path.suffix.lower() == ".qdpx"]
    if found and len(found) != len(paths):
        raise QdaError("import .qdpx projects on their own, not together with protocols")
    return found


def docs(
    ctx: typer.Context,
    site: Optional[str] = typer.Option(None), level: Optional[str] = typer.Option(None),
    role: Optional[str] = typer.Option(None), wave: Optional[int] = typer.Option(None),
    fmt: str = format_option(),
) -> None:
    """List documents with their metadata.

    Example: qda docs --site Bochum --level client --format csv
    """
    rows = [{"doc_key": d.document, **asdict(d)}
            for d in get_project(ctx).documents(site=site, level=level, role=role, wave=wave)]
    columns = DOC_TABLE_COLUMNS if fmt == "table" else DOC_COLUMNS + ("attributes", "source_path")
    emit(rows, fmt, columns, title=f"{len(rows)} documents")


def show(
    ctx: typer.Context,
    doc: str = typer.Argument(..., help="Document id, e.g. BO-OP-IFK-W1."),
    fmt: str = format_option(),
) -> None:
    """Show a document's segments with numbers, lines, offsets and question anchors.

    Example: qda show AC-OP-IFK-W1
    """
    project = get_project(ctx)
    document = project.document(doc)
    rows = [asdict(segment) for segment in project.segments(document.document)]
    if fmt != "table":
        emit(rows, fmt)
        return
    from rich.console import Console

    console = Console()
    console.print(f"[bold]{document.document}[/] · {document.site} · {document.level} · {document.role} · "
                  f"wave {document.wave} · {document.date or ''} · v{document.version}")
    for row in rows:
        anchor = f" [{row['question']}]" if row["question"] else ""
        speaker = f" {row['speaker']}:" if row["speaker"] else ""
        console.print(f"[cyan]{row['segment']:>3}[/] "
                      f"[dim]l.{row['lines']} @{row['start']}:{row['end']}{anchor}{speaker}[/]")
        console.print(f"    {row['text']}", highlight=False, markup=False)


def segment_listing(
    ctx: typer.Context,
    site: Optional[str] = typer.Option(None), level: Optional[str] = typer.Option(None),
    role: Optional[str] = typer.Option(None), wave: Optional[int] = typer.Option(None),
    fmt: str = format_option(default="json"), wide: bool = wide_option(),
) -> None:
    """Every segment with document, site, level, role, question anchor and text.

    Example: qda segments --format csv > segments.csv
    """
    rows = [asdict(segment) for segment in get_project(ctx).segments(site=site, level=level, role=role, wave=wave)]
    columns = (("document", "segment", "question", "lines", "text") if fmt == "table" else
               ("document", "segment", "site", "level", "role", "wave", "question", "lines", "start", "end", "text"))
    emit(rows, fmt, columns, wide=wide)
