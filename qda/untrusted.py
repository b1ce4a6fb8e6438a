"""Untrusted text (protocols, summaries, site names, code labels) made safe for the programs that
open qda's exports: spreadsheets (every CSV and XLSX) and Markdown viewers.

A spreadsheet cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
run as a formula (or DDE command) by Excel and LibreOffice. Following OWASP's CSV-injection
guidance such a text cell gets a leading apostrophe in CSV; in XLSX every text is stored as a
string, never as a formula. Numbers, and texts that are plain numbers, stay as they are.
:func:`restored` undoes the apostrophe when qda reads its own CSV back.

In Markdown, raw HTML (``<script>``, ``<a href="javascript:...">``) and link or image syntax
(``[x](javascript:...)``) would become live in a viewer; :func:`markdown_text` makes them text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

if TYPE_CHECKING:  # pandas is loaded only by the commands that need it
    import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?\Z")
ESCAPE = "'"


def neutralised(value: Any) -> Any:
    """``value`` with a leading ``'`` if it is a text a spreadsheet would run as a formula
    (a plain signed number such as ``-2`` is only a number, and stays as it is)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return ESCAPE + value
    return value


def neutralised_row(values: Iterable[Any]) -> list[Any]:
    return [neutralised(value) for value in values]


def neutralised_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with text cells, column names and index labels neutralised."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype.kind not in "biufc":  # numbers stay numbers
            safe[column] = safe[column].map(neutralised)
    safe.columns = [neutralised(name) for name in safe.columns]
    safe.index = safe.index.map(neutralised)
    safe.index.name = neutralised(frame.index.name)
    return safe


def restored(value: Any) -> Any:
    """The text before :func:`neutralised` (for CSV files that qda wrote and reads back)."""
    if isinstance(value, str) and value.startswith(ESCAPE) and neutralised(value[1:]) == value:
        return value[1:]
    return value


def append_text_safe(sheet: Any, values: Iterable[Any]) -> None:
    """``sheet.append(values)`` with every text stored as a string: openpyxl would otherwise turn
    a text starting with ``=`` into a live formula."""
    values = list(values)
    sheet.append(values)
    row = sheet._current_row  # the row append wrote; sheet.max_row would scan every cell each time
    for column in range(1, len(values) + 1):
        cell = sheet.cell(row=row, column=column)
        if cell.data_type == "f":
            cell.data_type = "s"


def markdown_text(text: Any) -> Markup:
    """``text`` as Markdown that shows it literally: no HTML tag, no link, no image. Text that is
    already :class:`Markup` (escaped before) passes unchanged. (Chained ``replace`` rather than
    ``str.translate``, which maps a text character by character in Python objects: ten times slower
    on the quotes of a report.)"""
    if isinstance(text, Markup):
        return text
    return Markup(str(text).replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]"))


def markdown_cell(text: Any) -> Markup:
    """:func:`markdown_text` fit for one table cell: pipes escaped, on one line."""
    return Markup(str(markdown_text(text)).replace("|", "\\|").replace("\n", " "))


def markdown_quote(text: Any) -> Markup:
    """:func:`markdown_text` as a block quote, line by line."""
    lines = str(markdown_text(text)).splitlines()
    return Markup("\n".join(f"> {line}" if line.strip() else ">" for line in lines))
