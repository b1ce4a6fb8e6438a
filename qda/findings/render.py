"""Write an :class:`~qda.findings.table.OverviewTable`: every format shows the same grid of
cells (so a csv, xlsx and docx can be compared cell by cell), then the footnotes, the legend,
what the cells hold and the "Quelle:" line."""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path

from qda.files import atomic_write
from qda.findings.table import OverviewTable
from qda.untrusted import append_text_safe, markdown_cell, neutralised, neutralised_row

TABLE_FORMATS = ("table", "csv", "json", "xlsx", "md", "html", "docx")
BINARY = ("xlsx", "docx")


def csv_text(table: OverviewTable) -> str:
    """The grid, a blank row, then one note per row (CSV text without BOM)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(neutralised_row(row) for row in table.grid())
    writer.writerow([])
    writer.writerows([neutralised(note)] for note in table.notes())
    return buffer.getvalue()


def json_text(table: OverviewTable) -> str:
    """Tidy JSON: one record per site × column source (feature or level/wave), with the notes."""
    payload = {"title": table.title, "cells": table.cells_label, "footnotes": table.footnotes,
               "legend": table.legend, "source": table.source, "data": table.tidy}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def markdown_text(table: OverviewTable) -> str:
    headers = table.header_rows()
    lines = [f"**{markdown_cell(table.title)}**", "", "| " + " | ".join(map(markdown_cell, headers[0])) + " |",
             "|" + "---|" * len(headers[0])]
    for bold, row in [(True, row) for row in headers[1:]] + table.body():
        cells = (f"**{markdown_cell(c)}**" if bold and c else markdown_cell(c) for c in row)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines + [""] + [f"{markdown_cell(note)}  " for note in table.notes()]) + "\n"


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;color:#222}}
table{{border-collapse:collapse;font-size:.9rem}}th,td{{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}}
th{{background:#f0f3f7;text-align:left}}td{{text-align:center}}th.group{{background:#e2e8f0}}
p.note{{font-size:.8rem;margin:.2rem 0}}</style></head>
<body><h1>{title}</h1>
{table}
{notes}
</body></html>
"""


def html_text(table: OverviewTable) -> str:
    escape = html.escape
    head = []
    if len(table.header_rows()) == 2:
        spans: list[list] = []
        for column in table.columns:
            if spans and column.group and spans[-1][0] == column.group:
                spans[-1][1] += 1
            else:
                spans.append([column.group or "", 1])
        head.append("<tr><th></th>" + "".join(f'<th colspan="{n}">{escape(g)}</th>' for g, n in spans) + "</tr>")
    head.append("<tr>" + "".join(f"<th>{escape(c)}</th>" for c in table.header_rows()[-1]) + "</tr>")
    body = []
    width = len(table.columns) + 1
    for is_group, row in table.body():
        if is_group:
            body.append(f'<tr><th class="group" colspan="{width}">{escape(row[0])}</th></tr>')
        else:
            body.append(f"<tr><th>{escape(row[0])}</th>" + "".join(f"<td>{escape(c)}</td>" for c in row[1:]) + "</tr>")
    markup = f"<table><thead>{''.join(head)}</thead><tbody>{''.join(body)}</tbody></table>"
    notes = "\n".join(f'<p class="note">{escape(note)}</p>' for note in table.notes())
    return HTML_PAGE.format(title=escape(table.title), table=markup, notes=notes)


def write_xlsx(table: OverviewTable, path: Path) -> None:
    """The grid from A1 (bold headers and group rows), the notes below it after a blank row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = (table.title[:31] or "Tabelle").replace("/", "-")
    headers = len(table.header_rows())
    kinds = [True] * headers + [is_group for is_group, _ in table.body()]
    first, other, bold_font = (Alignment(wrap_text=True, vertical="top"),
                               Alignment(wrap_text=True, vertical="top", horizontal="center"), Font(bold=True))
    for number, (bold, row) in enumerate(zip(kinds, table.grid()), start=1):
        append_text_safe(sheet, row)
        for cell in sheet[number]:
            if cell.column == 1 or cell.value:  # styling only what shows keeps large tables fast
                cell.alignment = first if cell.column == 1 else other
                if bold:
                    cell.font = bold_font
    sheet.append([])
    for note in table.notes():
        append_text_safe(sheet, [note])
    sheet.freeze_panes = sheet.cell(row=headers + 1, column=2)
    sheet.column_dimensions["A"].width = 24
    for column in range(2, len(table.columns) + 2):
        sheet.column_dimensions[get_column_letter(column)].width = 18
    workbook.save(path)


def write_docx(table: OverviewTable, path: Path) -> None:
    """A Word table ready to paste into a report: caption above, footnotes and source below."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.add_paragraph(table.title, style="Caption")
    grid = table.grid()
    word_table = document.add_table(rows=len(grid), cols=len(grid[0]))
    word_table.style = "Table Grid"
    kinds = [True] * len(table.header_rows()) + [is_group for is_group, _ in table.body()]
    for bold, word_row, row in zip(kinds, word_table.rows, grid):  # row.cells: table.cell() is quadratic
        for cell, text in zip(word_row.cells, row):
            if text:  # an empty cell keeps its empty paragraph: most cells of an expanded table
                run = cell.paragraphs[0].add_run(text)
                run.font.size = Pt(9)
                run.bold = bold or None
    for note in table.notes():
        paragraph = document.add_paragraph(note)
        for run in paragraph.runs:
            run.font.size = Pt(8)
    document.save(str(path))


def write_table(table: OverviewTable, fmt: str, path: Path) -> None:
    """Write ``table`` to ``path`` in ``fmt`` (any of :data:`TABLE_FORMATS` but ``table``), whole
    or not at all."""
    if fmt == "xlsx":
        atomic_write(path, b"", lambda target: write_xlsx(table, target))
    elif fmt == "docx":
        atomic_write(path, b"", lambda target: write_docx(table, target))
    else:
        text = {"csv": lambda: "\ufeff" + csv_text(table), "json": lambda: json_text(table),
                "md": lambda: markdown_text(table), "html": lambda: html_text(table)}[fmt]()
        atomic_write(path, text)


def text_output(table: OverviewTable, fmt: str) -> str:
    return {"csv": csv_text, "json": json_text, "md": markdown_text, "html": html_text}[fmt](table)
