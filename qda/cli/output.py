"""Render rows for people (Rich tables) or scripts (JSON, CSV) — the ``--format`` of every listing."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import sys
from typing import Any, Iterable, Sequence

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from qda.untrusted import neutralised

LISTING_FORMATS = ("table", "json", "csv")
SHORT_COLUMN = 14  # columns this narrow never wrap; long text columns fold instead


def format_option(*choices: str, default: str = "table"):
    """A ``--format/-f`` option limited to ``choices`` (table, json, csv by default)."""
    allowed = choices or LISTING_FORMATS

    def check(value: str) -> str:
        if value not in allowed:
            raise typer.BadParameter(f"'{value}' is not one of {', '.join(allowed)}")
        return value

    return typer.Option(default, "--format", "-f", callback=check, help=f"Output format: {', '.join(allowed)}.")


def _plain(value: Any) -> Any:
    """Dates as ISO text; NaN and infinities (an undefined κ, say) as null, which JSON can hold."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def to_json(rows: Iterable[dict[str, Any]]) -> str:
    plain = [{k: _plain(v) for k, v in row.items()} for row in rows]
    return json.dumps(plain, ensure_ascii=False, indent=2, allow_nan=False)


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    console: Console | None = None,
) -> None:
    """Print ``rows`` in ``fmt``; ``columns`` picks and orders the table/CSV columns."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        typer.echo(to_json([{c: row.get(c) for c in columns} for row in rows]))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _csv_cell(row.get(c)) for c in columns})
    else:
        console = console or Console()
        cells = [[_table_cell(row.get(c)) for c in columns] for row in rows]
        widths = [max([len(column)] + [len(line[i]) for line in cells]) for i, column in enumerate(columns)]
        unwrapped = _unwrapped_columns(widths, console.width)
        table = Table(title=title, box=box.SIMPLE_HEAD, collapse_padding=True, pad_edge=False, header_style="bold")
        for index, (column, widest) in enumerate(zip(columns, widths)):
            short = index in unwrapped
            table.add_column(column, overflow="fold", no_wrap=short, min_width=widest if short else None)
        for line in cells:
            table.add_row(*line)
        console.print(table)


def _unwrapped_columns(widths: list[int], width: int) -> set[int]:
    """Columns that never wrap: the narrowest short ones, as many as fit beside room for text."""
    budget = width - (20 if any(w > SHORT_COLUMN for w in widths) else 0)
    chosen: set[int] = set()
    for index in sorted((i for i, w in enumerate(widths) if w <= SHORT_COLUMN), key=widths.__getitem__):
        budget -= widths[index] + 2
        if budget < 0:
            break
        chosen.add(index)
    return chosen


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return neutralised(json.dumps(value, ensure_ascii=False))
    return neutralised(_plain(value))


def _table_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(_plain(value))
