"""``qda retrieve``, ``qda cooccur``, ``qda matrix``: coded passages and cross-site tables.

pandas, openpyxl and matplotlib are imported inside the commands so that every other ``qda``
command starts without them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, List, Optional

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, wide_option
from qda.errors import QdaError

if TYPE_CHECKING:
    from qda.project import Project

MATRIX_FORMATS = ("table", "csv", "xlsx", "html", "md", "json", "png", "docx")
BINARY_FORMATS = ("xlsx", "png", "docx")
OVERVIEW_VALUES = ("finding", "interviews")


def register(app: typer.Typer) -> None:
    app.command("retrieve")(retrieve_command)
    app.command("cooccur")(cooccur_command)
    app.command("matrix")(matrix_command)


def lang_option():
    return typer.Option("de", "--lang", help="Language of labels and citations: de or en.")


def check_lang(lang: str) -> None:
    """Refuse an unknown ``--lang`` before any work is done."""
    from qda.analysis.citation import check_language

    check_language(lang)


def retrieve_command(
    ctx: typer.Context,
    code: str = typer.Option(..., "--code", help="Code path or id."),
    and_code: List[str] = typer.Option([], "--and-code", help="Keep passages whose segment also has this code."),
    not_code: List[str] = typer.Option([], "--not-code", help="Drop passages whose segment has this code."),
    with_children: bool = typer.Option(False, "--with-children", help="Include codes below the given ones."),
    site: Optional[str] = typer.Option(None), level: Optional[str] = typer.Option(None),
    role: Optional[str] = typer.Option(None), wave: Optional[int] = typer.Option(None),
    coder: Optional[str] = typer.Option(None, help="Only this coder's codings (default: all coders)."),
    lang: str = lang_option(),
    fmt: str = format_option("table", "json", "csv", "md"), wide: bool = wide_option(),
) -> None:
    """Coded passages of a code with citation and memos; combine codes with --and-code/--not-code.

    Example: qda retrieve --code contact_density --not-code egv --site Bochum --format md
    """
    from qda.analysis.retrieve import passages_markdown

    frame = get_project(ctx).retrieve(code, and_code, not_code, with_children, coder, lang,
                                      site=site, level=level, role=role, wave=wave)
    if fmt == "md":
        typer.echo(passages_markdown(frame), nl=False)
        return
    columns = ("citation", "code", "coders", "text") if fmt == "table" else None
    emit(frame.to_dict("records"), fmt, columns, title=f"{len(frame)} passages", wide=wide)


def cooccur_command(
    ctx: typer.Context,
    codes: Optional[str] = typer.Option(None, "--codes", help="Code level (1, 2, ...) or comma-separated codes."),
    coder: Optional[str] = typer.Option(None, help="Only this coder's codings."),
    site: Optional[str] = typer.Option(None), level: Optional[str] = typer.Option(None),
    role: Optional[str] = typer.Option(None),
    fmt: str = format_option(),
) -> None:
    """Code × code co-occurrence: segments that carry both codes (sub-codes included).

    Example: qda cooccur --codes 1 --site Krefeld --format csv
    """
    table = get_project(ctx).cooccurrence(codes, coder, site=site, level=level, role=role)
    rows = [{"code": code, **{c: int(v) for c, v in row.items()}} for code, row in table.iterrows()]
    emit(rows, fmt, ["code", *table.columns], title="co-occurring segments")


def matrix_command(
    ctx: typer.Context,
    rows: str = typer.Option("site", "--rows", help="site, level, role, wave or document."),
    cols: Optional[str] = typer.Option(
        None, "--cols", help="Code level (1 = themes) or comma-separated codes; for interviews: level,role,wave."),
    value: str = typer.Option(
        "count", "--value", help="Cell value: count, docs, share, presence, summary, finding or interviews."),
    features: Optional[str] = typer.Option(None, "--features", help="finding: comma-separated feature ids, in order."),
    theme: Optional[str] = typer.Option(None, "--theme", help="finding: the features of this code and its sub-codes."),
    expand: bool = typer.Option(False, "--expand", help="finding: one ✓ column per listed value (Übersicht 3-3)."),
    group_by: Optional[str] = typer.Option(
        None, "--group-by", help="finding, interviews: group rows by a site attribute."),
    highlight: Optional[str] = typer.Option(None, "--highlight", help="png: frame this site's row (the report's own)."),
    coder: Optional[str] = typer.Option(None, help="Only this coder's codings (default: all coders)."),
    site: Optional[str] = typer.Option(None), level: Optional[str] = typer.Option(None),
    role: Optional[str] = typer.Option(None), wave: Optional[int] = typer.Option(None),
    lang: str = lang_option(),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file (needed for xlsx, png, docx)."),
    fmt: str = format_option(*MATRIX_FORMATS),
) -> None:
    """The theme matrix (sites × themes; XLSX holds every value kind, one sheet each), or an
    overview table of recorded findings or of the protocols per site.

    Example: qda matrix --value finding --features employer_contact_model --expand --group-by rd -f docx -o 3-3.docx
    """
    check_lang(lang)
    if fmt in BINARY_FORMATS and out is None:
        raise QdaError(f"--format {fmt} needs --out FILE")
    project = get_project(ctx)
    if value in OVERVIEW_VALUES:
        _overview(project, value, fmt, out, by=(cols or "level,wave").split(","),
                  features=features.split(",") if features else None, theme=theme, expand=expand,
                  group_by=group_by, lang=lang, site=site, level=level, wave=wave)
        return
    if fmt == "docx" or features or theme or expand or group_by:
        raise QdaError("--format docx, --features, --theme, --expand and --group-by go with --value finding "
                       "or interviews")
    if fmt != "table":
        _print_or_say(project.matrix_output(fmt, out, rows, value, cols, coder, lang, highlight, site=site,
                                            level=level, role=role, wave=wave), out)
        return
    if out is not None:
        raise QdaError("--format table prints to the terminal; use csv, md, html, json or xlsx with --out")
    from qda.analysis.export import counts_label, labelled

    frame = project.matrix(rows, value, cols, coder, site=site, level=level, role=role, wave=wave)
    shown = labelled(frame, lang)
    emit(_records(shown), "table", [shown.index.name, *shown.columns], title=counts_label(frame, lang))


def _overview(project: Project, value: str, fmt: str, out: Path | None, **options: Any) -> None:
    """``--value finding`` (the framework matrix) or ``--value interviews`` (protocols per site)."""
    if out is not None and fmt == "table":
        raise QdaError("--format table prints to the terminal; use csv, md, html, json, xlsx or docx with --out")
    if fmt == "table":
        print_overview(project.overview(value, **options))
    else:
        _print_or_say(project.overview_output(fmt, out, value, **options), out)


def _print_or_say(written: str | Path, out: Path | None) -> None:
    """Text for the terminal, or one line on stderr naming the file written."""
    if out is None:
        typer.echo(written, nl=False)
    else:
        typer.echo(f"wrote {out}", err=True)


def print_overview(table) -> None:
    """The overview table in the terminal: group rows bold, notes as the caption."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    shown = Table(title=table.title, box=box.SIMPLE_HEAD, header_style="bold", caption="\n".join(table.notes()),
                  caption_justify="left")
    headers = table.header_rows()
    for index, label in enumerate(headers[-1]):
        group = headers[0][index] if len(headers) == 2 else ""
        shown.add_column(f"{group}\n{label}" if group else label, overflow="fold")
    for is_group, row in table.body():
        shown.add_row(*row, style="bold" if is_group else None)
    Console().print(shown)


def _records(shown) -> list[dict]:
    return [{shown.index.name: label, **row.to_dict()} for label, row in shown.iterrows()]
