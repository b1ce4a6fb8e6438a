"""``qda code``: the coding workbench, and add/remove/list/import/export for scripts."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, wide_option
from qda.coding.queue import QUEUES, QueueFilter
from qda.errors import QdaError

code_app = typer.Typer()
LIST_COLUMNS = ("document", "segment", "code", "coder", "start", "end", "origin", "key_quote", "text")

CoderOption = typer.Option(None, "--coder", help="Coder name (default: QDA_CODER, the project config, login).")
SiteOption = typer.Option(None, "--site", help="Only this site (Jobcenter).")
LevelOption = typer.Option(None, "--level", help="strategic, operational or client.")
RoleOption = typer.Option(None, "--role", help="Role code, e.g. IFK, TL, eLb.")
WaveOption = typer.Option(None, "--wave", help="Interview wave.")
DocOption = typer.Option(None, "--doc", help="Only this document (its id, e.g. BO-OP-IFK-W1).")
DOCUMENT_ARGUMENT = typer.Argument(..., help="Document id, e.g. BO-OP-IFK-W1.")


def register(app: typer.Typer) -> None:
    app.add_typer(code_app, name="code")


@code_app.callback(invoke_without_command=True)
def workbench(
    ctx: typer.Context,
    coder: str | None = CoderOption,
    queue: str = typer.Option("uncoded", "--queue", help=f"Which segments: {', '.join(QUEUES)}."),
    site: str | None = SiteOption, level: str | None = LevelOption, role: str | None = RoleOption,
    wave: int | None = WaveOption, doc: str | None = DocOption,
    code: str | None = typer.Option(None, "--code", help="Only segments carrying this code (or a child)."),
    coders: str | None = typer.Option(None, "--coders", help="Two coders for --queue disagreements: A,B."),
    show_others: bool = typer.Option(False, "--show-others", help="Show other coders' codings (not blind)."),
    plain: bool = typer.Option(False, "--plain", help="Line-oriented prompt instead of the full-screen app."),
    suggest: bool = typer.Option(True, "--suggest/--no-suggest", help="Show assist suggestions beside the segment."),
    advance: bool = typer.Option(False, "--advance/--no-advance",
                                 help="Move to the next segment after applying codes (key t toggles it)."),
) -> None:
    """Code segments: without a subcommand, open the workbench on a queue of segments
    (press ? for the keys); add/remove/list/import/export serve scripts.

    Example: qda code --site Bochum --level operational --queue uncoded
    """
    if ctx.invoked_subcommand is not None:
        return
    wanted = QueueFilter(queue=queue, site=site, level=level, role=role, wave=wave, doc=doc, code=code,
                         coders=[c.strip() for c in coders.split(",")] if coders else None)
    session = get_project(ctx).coding_session(coder, wanted, blind=not show_others, advance=advance)
    if plain:
        from rich.console import Console

        from qda.tui.plain import run_plain

        run_plain(session, Console(highlight=False), sys.stdin)
        return
    from qda.tui.app import WorkbenchApp

    WorkbenchApp(session, suggest=suggest).run()


def parse_span(span: str | None) -> tuple[int, int] | None:
    """``START:END`` (code-point offsets into the document, as ``qda show`` prints them)."""
    if not span:
        return None
    start, _, end = span.partition(":")
    try:
        return int(start), int(end)
    except ValueError:
        raise QdaError(f"--span must be START:END (two numbers), not '{span}'") from None


@code_app.command("add")
def add(
    ctx: typer.Context,
    doc: str = DOCUMENT_ARGUMENT,
    segment: str = typer.Argument(..., help="Segment number."),
    code: str = typer.Argument(..., help="Code path or id."),
    coder: str | None = CoderOption,
    span: str | None = typer.Option(None, "--span", help="START:END offsets inside the segment."),
    memo: str | None = typer.Option(None, "--memo", help="A note on this coding."),
    key_quote: bool = typer.Option(False, "--key-quote", help="Mark as a key quote."),
) -> None:
    """Code a segment (or a span of it); adding an existing coding again changes nothing.

    Example: qda code add BO-OP-IFK-W1 3 contact_density --memo "Ausfall wegen Krankheit"
    """
    coding_id, created = get_project(ctx).add_coding(doc, segment, code, coder, parse_span(span), memo, key_quote)
    typer.echo(f"{'added' if created else 'already there:'} coding {coding_id}")


@code_app.command("remove")
def remove(
    ctx: typer.Context,
    doc: str = DOCUMENT_ARGUMENT,
    segment: str = typer.Argument(..., help="Segment number."),
    code: str = typer.Argument(..., help="Code path or id."),
    coder: str | None = CoderOption,
    span: str | None = typer.Option(None, "--span", help="Only the coding of this START:END span."),
) -> None:
    """Remove a coder's coding(s) of a code on a segment.

    Example: qda code remove BO-OP-IFK-W1 3 contact_density
    """
    removed = get_project(ctx).remove_coding(doc, segment, code, coder, parse_span(span))
    typer.echo(f"removed {removed} coding{'s' if removed != 1 else ''}")


@code_app.command("done")
def done(
    ctx: typer.Context,
    doc: str = DOCUMENT_ARGUMENT,
    coder: str | None = CoderOption,
) -> None:
    """Mark a document as fully read: its segments without a code of yours become negatives for
    the assist suggesters (segments you have not reached stay unlabelled until then).

    Example: qda code done BO-OP-IFK-W1 --coder anna
    """
    project = get_project(ctx)
    coder = project.coder(coder)
    marked = project.mark_done(doc, coder)
    typer.echo(f"{doc} done for {coder}: {marked} more segment{'s' if marked != 1 else ''} marked as seen")


@code_app.command("list")
def list_command(
    ctx: typer.Context,
    coder: str | None = typer.Option(None, "--coder", help="Only this coder (default: everyone)."),
    code: str | None = typer.Option(None, "--code", help="Only this code."),
    children: bool = typer.Option(False, "--children", help="With --code: include its child codes."),
    site: str | None = SiteOption, level: str | None = LevelOption, role: str | None = RoleOption,
    wave: int | None = WaveOption, doc: str | None = DocOption,
    fmt: str = format_option(), wide: bool = wide_option(),
) -> None:
    """List codings with the coded text.

    Example: qda code list --code egv --site Bochum --format csv
    """
    rows = [asdict(coding) for coding in get_project(ctx).codings(
        coder=coder, code=code, with_children=children, document=doc, site=site, level=level, role=role, wave=wave)]
    columns = LIST_COLUMNS if fmt == "table" else LIST_COLUMNS[:-1] + ("memo", "suggester", "score", "created_at",
                                                                         "text")
    emit(rows, fmt, columns, title=f"{len(rows)} codings", wide=wide, spare=("start", "end", "key_quote", "origin"))


@code_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV or JSON: document, segment, code[, coder, start, end, memo, ...]."),
    coder: str | None = typer.Option(None, "--coder", help="Coder for rows without one (default: you)."),
    fmt: str = format_option(),
) -> None:
    """Import codings; any unknown document, segment or code aborts the import (nothing stored).

    Example: qda code import transcripts/codings/coder_a.csv
    """
    report = get_project(ctx).import_codings(file, coder)
    emit([report.as_dict()], fmt, ("rows", "imported", "duplicates"), title=file.name)


@code_app.command("export")
def export(
    ctx: typer.Context,
    fmt: str = format_option("csv", "json", default="csv"),
    output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    coder: str | None = typer.Option(None, "--coder", help="Only this coder."),
    code: str | None = typer.Option(None, "--code", help="Only this code (and its children)."),
    site: str | None = SiteOption, doc: str | None = DocOption,
) -> None:
    """Export codings with every field, so that importing the file elsewhere restores them exactly.

    Example: qda code export --format json -o codings.json
    """
    project = get_project(ctx)
    if output is None:
        project.export_codings(sys.stdout, fmt, coder, code, doc, site=site)
        return
    with output.open("w", encoding="utf-8", newline="") as out:
        count = project.export_codings(out, fmt, coder, code, doc, site=site)
    typer.echo(f"{count} codings written to {output}", err=True)


@code_app.command("pin")
def pin(
    ctx: typer.Context,
    digit: str | None = typer.Argument(None, help="Number key 1-9."),
    code: str | None = typer.Argument(None, help="Code path or id."),
    coder: str | None = CoderOption,
    list_pins: bool = typer.Option(False, "--list", help="Show what each number key applies."),
    fmt: str = format_option(),
) -> None:
    """Pin a code to a number key of the workbench; the pin stays for your later sessions.
    A key N you have not pinned applies the N-th code of the codebook.

    Example: qda code pin 3 egv/joint_drafting
    """
    project = get_project(ctx)
    coder = project.coder(coder)
    if not list_pins:
        if digit is None or code is None:
            raise QdaError("name a number key and a code (qda code pin 3 egv), or use --list")
        typer.echo(f"{project.pin(digit, code, coder)} pinned to {digit} for {coder}")
        return
    rows = project.pins(coder)
    emit(rows, fmt, ("digit", "code", "label", "source"), title=f"number keys of {coder}")


@code_app.command("unpin")
def unpin_command(
    ctx: typer.Context,
    digit: str = typer.Argument(..., help="Number key 1-9."),
    coder: str | None = CoderOption,
) -> None:
    """Free a number key: key N applies the N-th code of the codebook again.

    Example: qda code unpin 3
    """
    project = get_project(ctx)
    coder = project.coder(coder)
    freed = project.unpin(digit, coder)
    typer.echo(f"{digit} unpinned for {coder}" if freed else f"nothing was pinned to {digit} for {coder}")
