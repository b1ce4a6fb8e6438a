"""Matrices for people: labelled frames, CSV with BOM, Markdown, a standalone HTML page, XLSX.

CSV carries a UTF-8 byte order mark because Excel otherwise reads umlauts as cp1252; the XLSX
has one sheet per value kind, code labels as headers and the code ids in a hidden second row so
that a sheet can be traced back to the codebook.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
from pathlib import Path
from typing import IO, Any

import pandas as pd

from qda.errors import QdaError
from qda.files import atomic_write
from qda.untrusted import append_text_safe, markdown_cell, neutralised_row

VALUE_LABELS = {
    "de": {"count": "Textstellen", "docs": "Protokolle", "share": "Anteil Protokolle", "presence": "Vorkommen",
           "summary": "Zusammenfassung"},
    "en": {"count": "Passages", "docs": "Protocols", "share": "Share of protocols", "presence": "Presence",
           "summary": "Summary"},
}
ROW_LABELS = {
    "de": {"site": "Standort", "level": "Ebene", "role": "Funktion", "wave": "Welle", "document": "Protokoll",
           "code": "Code"},
    "en": {"site": "Site", "level": "Level", "role": "Role", "wave": "Wave", "document": "Protocol", "code": "Code"},
}
NUMERIC_VALUES = ("count", "docs", "share")
MATRIX_TEXT_FORMATS = ("csv", "md", "html", "json")  # the matrix as text; xlsx and png are files only
COUNTS = {  # what a cell counts, said in every output so a number is never read as something else
    "de": {"count": "Zellen: kodierte Textstellen (Segmente) je {row} und Code, Unter-Codes eingeschlossen",
           "docs": "Zellen: Protokolle mit mindestens einer kodierten Textstelle je {row} und Code",
           "share": "Zellen: Anteil der Protokolle je {row} mit mindestens einer kodierten Textstelle zum Code",
           "presence": "Zellen: ✓ = mindestens eine kodierte Textstelle je {row} und Code",
           "summary": "Zellen: Zusammenfassung der Auswertenden je {row} und Code"},
    "en": {"count": "Cells: coded passages (segments) per {row} and code, sub-codes included",
           "docs": "Cells: protocols with at least one coded passage per {row} and code",
           "share": "Cells: share of the {row}'s protocols with at least one passage coded with the code",
           "presence": "Cells: ✓ = at least one coded passage per {row} and code",
           "summary": "Cells: the evaluators' summary per {row} and code"},
}


def counts_label(frame: pd.DataFrame, lang: str = "de") -> str:
    """What the cells of ``frame`` count, in words (for captions, notes and titles)."""
    row = ROW_LABELS[lang].get(frame.index.name, frame.index.name or "")
    return COUNTS[lang][frame.attrs.get("value", "count")].format(row=row)


def labelled(frame: pd.DataFrame, lang: str = "de", percent: bool = True) -> pd.DataFrame:
    """``frame`` with code labels as column headers and, with ``percent``, shares as ``42 %``."""
    labels = frame.attrs.get("labels", {})
    shown = frame.rename(columns={path: labels.get(path, {}).get(lang, path) for path in frame.columns})
    shown.index.name = ROW_LABELS[lang].get(frame.index.name, frame.index.name)
    if percent and frame.attrs.get("value") == "share":
        shown = shown.apply(lambda column: column.map(lambda share: f"{share * 100:.0f} %"))
    return shown


def csv_text(frame: pd.DataFrame, lang: str = "de") -> str:
    """The matrix as CSV text (no BOM; :func:`write_csv` adds it)."""
    buffer = io.StringIO()
    shown = labelled(frame, lang, percent=False)
    writer = csv.writer(buffer, lineterminator="\n")
    caption = f"{shown.index.name or ''} ({VALUE_LABELS[lang][frame.attrs.get('value', 'count')]})"
    writer.writerow(neutralised_row([caption, *shown.columns]))
    for label, row in shown.iterrows():
        writer.writerow(neutralised_row([label, *row.tolist()]))
    return buffer.getvalue()


def write_csv(frame: pd.DataFrame, target: Path | IO[str], lang: str = "de") -> None:
    text = "\ufeff" + csv_text(frame, lang)
    if isinstance(target, Path):
        target.write_text(text, encoding="utf-8")
    else:
        target.write(text)


def markdown_table(frame: pd.DataFrame, lang: str = "de") -> str:
    """The labelled matrix as a Markdown table, with a caption saying what the cells count."""
    shown = labelled(frame, lang)
    header = [shown.index.name or "", *shown.columns]
    lines = ["| " + " | ".join(map(markdown_cell, header)) + " |", "|" + "---|" * len(header)]
    for label, row in shown.iterrows():
        lines.append("| " + " | ".join(markdown_cell(cell) for cell in [label, *row.tolist()]) + " |")
    return "\n".join(lines) + f"\n\n*{counts_label(frame, lang)}*\n"


HTML_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;color:#222}}
table{{border-collapse:collapse;font-size:.9rem}}th,td{{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}}
th{{background:#f0f3f7;text-align:left}}td.n{{text-align:right}}</style></head>
<body><h1>{title}</h1>
{table}
<p>{counts}</p>
</body></html>
"""


def html_table(frame: pd.DataFrame, lang: str = "de") -> str:
    """An escaped HTML ``<table>`` of the labelled matrix."""
    shown = labelled(frame, lang)
    numeric = frame.attrs.get("value") in NUMERIC_VALUES
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in [shown.index.name or "", *shown.columns])
    opening = '<td class="n">' if numeric else "<td>"
    body = []
    for label, row in shown.iterrows():
        cells = "".join(f"{opening}{html.escape(str(v))}</td>" for v in row.tolist())
        body.append(f"<tr><th>{html.escape(str(label))}</th>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def html_page(frame: pd.DataFrame, lang: str = "de") -> str:
    title = VALUE_LABELS[lang][frame.attrs.get("value", "count")]
    return HTML_PAGE.format(lang=lang, title=html.escape(title), table=html_table(frame, lang),
                            counts=html.escape(counts_label(frame, lang)))


def matrix_json(frame: pd.DataFrame, lang: str = "de") -> str:
    """One JSON object per row: the row label, the labelled cells (shares as numbers) and what the
    cells count; an undefined cell is null."""
    shown = labelled(frame, lang, percent=False)
    counts = counts_label(frame, lang)
    records = [{shown.index.name: label, **{column: _json_value(cell) for column, cell in row.to_dict().items()},
                "counts": counts} for label, row in shown.iterrows()]
    return json.dumps(records, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _json_value(value: Any) -> Any:
    return None if isinstance(value, float) and not math.isfinite(value) else value


def matrix_text(frame: pd.DataFrame, fmt: str, lang: str = "de") -> str:
    """The matrix as the text of a csv (with the BOM Excel needs), md, html or json file."""
    if fmt == "csv":
        return "\ufeff" + csv_text(frame, lang)
    if fmt == "md":
        return markdown_table(frame, lang)
    if fmt == "html":
        return html_page(frame, lang)
    if fmt == "json":
        return matrix_json(frame, lang)
    raise QdaError(f"a matrix as text is one of {', '.join(MATRIX_TEXT_FORMATS)}, not '{fmt}'")


def write_matrix(matrices: dict[str, pd.DataFrame], value: str, fmt: str, out: Path, lang: str = "de") -> None:
    """Write the matrix of ``value`` to ``out`` in ``fmt``, whole or not at all; xlsx takes every
    matrix given, one sheet each."""
    if fmt == "xlsx":
        atomic_write(out, b"", lambda target: write_xlsx(matrices, target, lang))
    else:
        atomic_write(out, matrix_text(matrices[value], fmt, lang))


EVIDENCE_SHEET = {"de": "Belege", "en": "Evidence"}
EVIDENCE_HEADER = {"de": ["Standort", "Thema", "Zitat", "Beleg"], "en": ["Site", "Theme", "Quote", "Citation"]}


def write_xlsx(matrices: dict[str, pd.DataFrame], path: Path, lang: str = "de",
               evidence: list[dict[str, str]] | None = None) -> None:
    """One sheet per value kind: frozen label header, hidden id row, colour scale on numbers,
    printed landscape, one page wide, the header row on every page. ``evidence`` rows (site,
    theme path, theme label, quote, citation) go into a sheet of their own that the numbers of
    the first sheet link to (site × theme: its first quote)."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    for value, frame in matrices.items():
        sheet = workbook.create_sheet(VALUE_LABELS[lang][value][:31])
        labels, ids = frame.attrs.get("labels", {}), frame.attrs.get("ids", {})
        append_text_safe(sheet, [ROW_LABELS[lang].get(frame.index.name, frame.index.name),
                                 *[labels.get(p, {}).get(lang, p) for p in frame.columns]])
        append_text_safe(sheet, ["id", *[ids.get(p, p) for p in frame.columns]])
        for label, row in frame.iterrows():
            append_text_safe(sheet, [label, *row.tolist()])
        sheet.append([])
        sheet.append([counts_label(frame, lang)])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[2].hidden = True
        sheet.freeze_panes = "B3"
        last = f"{get_column_letter(len(frame.columns) + 1)}{len(frame) + 2}"  # the data, not the note below
        if value in NUMERIC_VALUES and len(frame) and len(frame.columns):
            sheet.conditional_formatting.add(f"B3:{last}", ColorScaleRule(
                start_type="min", start_color="FFFFFF", end_type="max", end_color="3B75AF"))
        if value == "share":
            for row in sheet.iter_rows(min_row=3, max_row=len(frame) + 2, min_col=2):
                for cell in row:
                    cell.number_format = "0%"
        width = 48 if value == "summary" else 14
        sheet.column_dimensions["A"].width = 22
        for column in range(2, len(frame.columns) + 2):
            sheet.column_dimensions[get_column_letter(column)].width = width
        if value == "summary":
            for row in sheet.iter_rows(min_row=3, max_row=len(frame) + 2):
                for cell in row:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        _print_setup(sheet)
    if evidence:
        _evidence_sheet(workbook, next(iter(matrices.values())), evidence, lang)
    workbook.save(path)


def _print_setup(sheet) -> None:
    """Landscape, fitted to one page wide, the header row repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def _evidence_sheet(workbook, first: pd.DataFrame, evidence: list[dict[str, str]], lang: str) -> None:
    from openpyxl.styles import Alignment, Font

    name = EVIDENCE_SHEET.get(lang, "Belege")
    sheet = workbook.create_sheet(name)
    sheet.append(EVIDENCE_HEADER.get(lang, EVIDENCE_HEADER["de"]))
    first_row: dict[tuple[str, str], int] = {}
    for number, row in enumerate(evidence, start=2):
        append_text_safe(sheet, [row["site"], row["label"], row["quote"], row["citation"]])
        first_row.setdefault((row["site"], row["theme"]), number)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCD", (18, 28, 80, 40)):
        sheet.column_dimensions[column].width = width
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    _print_setup(sheet)
    for matrix in workbook.worksheets[:-1]:
        for row_number, site in enumerate(first.index, start=3):
            for column_number, theme in enumerate(first.columns, start=2):
                target = first_row.get((str(site), theme))
                if target:
                    cell = matrix.cell(row=row_number, column=column_number)
                    cell.hyperlink = f"#'{name}'!A{target}"
                    cell.font = Font(color="1F4E9A", underline="single")
