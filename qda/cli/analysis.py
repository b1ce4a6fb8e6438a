"""``qda retrieve``, ``qda cooccur``, ``qda matrix``: coded passages and cross-site tables.

pandas, openpyxl and matplotlib are imported inside the commands so that every other ``qda``
command starts without them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, to_json, wide_option
from qda.errors import QdaError

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
    from qda.analysis.citation import LANGUAGES

    if lang not in LANGUAGES:
        raise QdaError(f"unknown language '{lang}' (use {', '.join(LANGUAGES)})")


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
    from qda.analysis import retrieve

    check_lang(lang)
    with get_project(ctx).engine.connect() as conn:
        frame = retrieve(conn, code, and_code, not_code, with_children, coder, lang,
                         site=site, level=level, role=role, wave=wave)
    if fmt == "md":
        typer.echo(passages_markdown(frame), nl=False)
        return
    columns = ("citation", "code", "coders", "text") if fmt == "table" else None
    emit(frame.to_dict("records"), fmt, columns, title=f"{len(frame)} passages", wide=wide)


def passages_markdown(frame) -> str:
    """Passages as Markdown block quotes, each followed by its citation and memos (all escaped:
    protocol text must not become HTML or links in a viewer)."""
    from qda.untrusted import markdown_quote, markdown_text

    blocks = []
    for row in frame.itertuples():
        lines = [markdown_quote(row.text), ">", f"> — {markdown_text(f'{row.citation} ({row.code}; {row.coders})')}"]
        lines += [f"\n*Memo:* {markdown_text(memo)}" for memo in [*row.coding_memos, *row.segment_memos]]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


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
    from qda.analysis import cooccurrence

    with get_project(ctx).engine.connect() as conn:
        table = cooccurrence(conn, codes, coder, site=site, level=level, role=role)
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
    from qda.analysis import VALUES, theme_matrices

    check_lang(lang)
    if fmt in BINARY_FORMATS and out is None:
        raise QdaError(f"--format {fmt} needs --out FILE")
    if value in OVERVIEW_VALUES:
        overview_command(ctx, value, cols, features, theme, expand, group_by, level, wave, site, lang, fmt, out)
        return
    if fmt == "docx" or features or theme or expand or group_by:
        raise QdaError("--format docx, --features, --theme, --expand and --group-by go with --value finding "
                       "or interviews")
    if value == "presence" and cols is None and fmt != "xlsx":
        cols = "2"  # presence of sub-codes: every protocol touches every top-level theme
    values = [v for v in VALUES if v != "summary" or rows == "site"] if fmt == "xlsx" else [value]
    if fmt == "xlsx" and value in values:
        values.insert(0, values.pop(values.index(value)))
    with get_project(ctx).engine.connect() as conn:
        matrices = theme_matrices(conn, rows, cols, values, coder, site=site, level=level, role=role,
                                  wave=wave)
    write_matrix(matrices, values[0] if fmt != "png" else value, fmt, out, lang, highlight)
    if out is not None:
        typer.echo(f"wrote {out}", err=True)


def overview_command(ctx: typer.Context, value: str, cols: str | None, features: str | None, theme: str | None,
                     expand: bool, group_by: str | None, level: str | None, wave: int | None, site: str | None,
                     lang: str, fmt: str, out: Path | None) -> None:
    """``--value finding`` (the framework matrix) or ``--value interviews`` (protocols per site)."""
    from qda.findings.render import text_output, write_table
    from qda.findings.table import finding_table, interviews_table

    if fmt == "png":
        raise QdaError(f"--value {value} has no picture: use table, csv, json, xlsx, md, html or docx")
    with get_project(ctx).engine.connect() as conn:
        if value == "finding":
            table = finding_table(conn, features.split(",") if features else None, theme, expand, group_by, wave,
                                  level, lang, sites=[site] if site else None)
        else:
            table = interviews_table(conn, (cols or "level,wave").split(","), group_by, lang,
                                     site=site, level=level, wave=wave)
    if out is not None and fmt == "table":
        raise QdaError("--format table prints to the terminal; use csv, md, html, json, xlsx or docx with --out")
    if out is not None:
        write_table(table, fmt, out)
        typer.echo(f"wrote {out}", err=True)
    elif fmt == "table":
        print_overview(table)
    else:
        typer.echo(text_output(table, fmt), nl=False)


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


def write_matrix(matrices, value: str, fmt: str, out: Path | None, lang: str, highlight: str | None = None) -> None:
    """Write (or print) the matrix of ``value`` in ``fmt``; XLSX takes every matrix given."""
    from qda.analysis.export import counts_label, html_page, labelled, markdown_table, write_csv, write_xlsx

    frame = matrices[value]
    if fmt == "xlsx":
        write_xlsx(matrices, out, lang)
    elif fmt == "png":
        from qda.report.heatmap import heatmap_png

        out.write_bytes(heatmap_png(frame, lang, highlight=highlight))
    elif fmt == "csv":
        write_csv(frame, out if out else sys.stdout, lang)
    elif fmt == "table":
        if out is not None:
            raise QdaError("--format table prints to the terminal; use csv, md, html, json or xlsx with --out")
        shown = labelled(frame, lang)
        emit(_records(shown), "table", [shown.index.name, *shown.columns], title=counts_label(frame, lang))
    else:
        text = markdown_table(frame, lang) if fmt == "md" else html_page(frame, lang) if fmt == "html" \
            else to_json([{**record, "counts": counts_label(frame, lang)}
                          for record in _records(labelled(frame, lang, percent=False))]) + "\n"
        if out is None:
            typer.echo(text, nl=False)
        else:
            out.write_text(text, encoding="utf-8")


def _records(shown) -> list[dict]:
    return [{shown.index.name: label, **row.to_dict()} for label, row in shown.iterrows()]
