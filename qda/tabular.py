"""Rows as scripts read them: plain values for JSON, and CSV whose cells a spreadsheet opens safely.

One place for what every listing's ``--format csv`` writes, so that CSV made elsewhere (a scoring
worker renders its batch's suggestions itself, the cheapest way to a corpus's file) has the same
bytes as :func:`qda.cli.output.emit`'s.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from collections.abc import Iterable
from typing import IO, Any

from qda.untrusted import FORMULA_STARTS, neutralised


def plain_value(value: Any) -> Any:
    """Dates as ISO text; NaN and infinities (an undefined κ, say) as null, which JSON can hold."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: lists and dicts as JSON, dates as ISO text, texts a spreadsheet
    would run as formulas neutralised (numbers stay numbers)."""
    if value is None or value.__class__ is int:
        return value
    if isinstance(value, (list, dict)):
        return neutralised(json.dumps(value, ensure_ascii=False))
    return neutralised(plain_value(value))


def csv_cells(values: Iterable[Any]) -> list[Any]:
    """``values`` as :func:`write_csv` writes them (plain text, whole and finite numbers as they
    are, tested inline: millions of cells)."""
    return [value if ((kind := value.__class__) is str and not value.startswith(FORMULA_STARTS)) or kind is int
            or (kind is float and math.isfinite(value)) else csv_cell(value) for value in values]


def write_csv(handle: IO[str], rows: Iterable[Iterable[Any]], made: bool = False) -> None:
    """``rows`` as CSV lines (``\\n`` line ends) to ``handle``, each cell as :func:`csv_cell` makes
    it (``made``: the rows hold such cells already, as :func:`csv_cells` gives them)."""
    csv.writer(handle, lineterminator="\n").writerows(rows if made else map(csv_cells, rows))


def csv_text(rows: Iterable[Iterable[Any]], made: bool = False) -> str:
    """What :func:`write_csv` writes, as one text."""
    buffer = io.StringIO()
    write_csv(buffer, rows, made)
    return buffer.getvalue()
