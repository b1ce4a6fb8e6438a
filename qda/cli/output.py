"""Render rows for people (Rich tables) or scripts (JSON, CSV) — the ``--format`` of every listing."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

from qda.tabular import plain_value, write_csv

LISTING_FORMATS = ("table", "json", "csv")
# table headers for people; json and csv keep the column names
SHORT_HEADERS = {"cohen_kappa": "κ", "bp_kappa": "κ_BP", "alpha": "α", "percent": "%", "key_quote": "key",
                 "segment": "seg", "segments": "segs", "changed_since_approval": "changed"}
TEXT_MIN = 16  # a text column keeps at least this many characters before columns are hidden
LONG_VALUE = 40  # a value without spaces this long (a path) is text, cut rather than kept whole


def format_option(*choices: str, default: str = "table"):
    """A ``--format/-f`` option limited to ``choices`` (table, json, csv by default)."""
    allowed = choices or LISTING_FORMATS

    def check(value: str) -> str:
        if value not in allowed:
            raise typer.BadParameter(f"'{value}' is not one of {', '.join(allowed)}")
        return value

    return typer.Option(default, "--format", "-f", callback=check, help=f"Output format: {', '.join(allowed)}.")


def to_json(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json_pieces(rows))


def json_pieces(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The JSON list of ``rows`` (indented by two) in pieces, one row at a time, so a long
    listing is written as it is read; joined, the pieces are ``json.dumps(list(rows), indent=2)``."""
    opened = False
    for row in rows:
        text = json.dumps({k: plain_value(v) for k, v in row.items()}, ensure_ascii=False, indent=2, allow_nan=False)
        yield ("[\n  " if not opened else ",\n  ") + text.replace("\n", "\n  ")
        opened = True
    yield "\n]" if opened else "[]"


def wide_option():
    """``--wide``: table text columns in full, wrapped, instead of cut with '…' to one line."""
    return typer.Option(False, "--wide", help="Show long text in full, wrapped (tables cut it with '…' to fit).")


def emit(
    rows: Iterable[dict[str, Any]] | Iterable[tuple],
    fmt: str,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    console: Console | None = None,
    wide: bool = False,
    spare: Sequence[str] = (),
) -> None:
    """Print ``rows`` in ``fmt``; ``columns`` picks and orders the table/CSV columns. A table too
    wide for the terminal leaves out the ``spare`` columns first, then columns from the right
    (callers list the columns people need most first). JSON and CSV are written row by row as
    ``rows`` (a list or an iterator) yields them; a table needs all rows to lay them out. Rows are
    dicts, or tuples of exactly ``columns`` (cheaper for a corpus's worth of rows)."""
    rows, first = _first_row(iter(rows))  # the first row is made before anything is written:
    if columns is None:  # an error there leaves no partial output
        assert not isinstance(first, tuple), "tuple rows need their columns named"
        columns = list(first or ())
    columns = list(columns)
    values: Iterator[Iterable[Any]] = (row if row.__class__ is tuple else map(row.get, columns) for row in rows)
    if fmt == "json":
        for piece in json_pieces(dict(zip(columns, row)) for row in values):
            sys.stdout.write(piece)
        sys.stdout.write("\n")
    elif fmt == "csv":
        write_csv(sys.stdout, itertools.chain([columns], values))
    else:
        from rich.console import Console

        _print_table([dict(zip(columns, row)) for row in values], columns, title, console or Console(), wide, spare)


def _first_row(rows: Iterator[Any]) -> tuple[Iterator[Any], Any]:
    """The first row (None without rows), and all the rows still to come."""
    first = next(rows, None)
    return (rows, None) if first is None else (itertools.chain([first], rows), first)


def _print_table(rows: Sequence[dict[str, Any]], columns: list[str], title: str | None, console: Console,
                 wide: bool, spare: Sequence[str]) -> None:
    """Ids, codes and numbers stay whole on one line; text columns share the rest, cut with '…'
    (``wide``: wrapped, in full). Columns that still do not fit are left out, with a note saying so."""
    from rich import box
    from rich.table import Table

    headers = [SHORT_HEADERS.get(column, column) for column in columns]
    cells = [[_table_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(header)] + [len(line[i]) for line in cells]) for i, header in enumerate(headers)]
    text = {i for i in range(len(columns)) if _is_text(widths[i], [line[i] for line in cells])}
    hide_first = [columns.index(column) for column in spare if column in columns]
    gap, shown = _layout(widths, text, console.width, hide_first)
    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True,
                  padding=(0, gap - 1), header_style="bold")
    fixed = _fit_text(widths, text, shown, console.width - gap * (len(shown) - 1))
    for index in shown:
        cut = index not in text or not wide
        table.add_column(headers[index], no_wrap=cut, overflow="ellipsis" if cut else "fold", width=fixed[index])
    for line in cells:
        table.add_row(*(line[index] for index in shown))
    console.print(table)
    hidden = [columns[i] for i in range(len(columns)) if i not in shown]
    if hidden:
        console.print(f"[dim]not shown at {console.width} columns: {', '.join(hidden)} (see --format csv or json)[/]")


def _is_text(width: int, values: list[str]) -> bool:
    """Prose (values with spaces, wider than a short label) or very long values: cut to fit."""
    return width > LONG_VALUE or (width > 20 and any(" " in value for value in values))


def _needed(widths: list[int], text: set[int], indexes: list[int], gap: int) -> int:
    return sum(min(widths[i], TEXT_MIN) if i in text else widths[i] for i in indexes) + gap * (len(indexes) - 1)


def _layout(widths: list[int], text: set[int], width: int, hide_first: list[int]) -> tuple[int, list[int]]:
    """The gap between columns (2, or 1 when tight) and the columns shown: as many as fit with ids
    and numbers whole and text at least TEXT_MIN wide, leaving out ``hide_first``, then columns
    from the right."""
    every = list(range(len(widths)))
    for gap in (2, 1):
        if _needed(widths, text, every, gap) <= width:
            return gap, every
    order = hide_first + [i for i in reversed(every[1:]) if i not in hide_first]
    shown = every
    for index in order:
        if _needed(widths, text, shown, 1) <= width:
            break
        shown = [i for i in shown if i != index]
    return 1, shown


def _fit_text(widths: list[int], text: set[int], shown: list[int], room: int) -> dict[int, int]:
    """Widths of the shown columns: whole for ids and numbers; text columns share what is left,
    the narrow ones whole, the wide ones cut equally."""
    fixed = {i: widths[i] for i in shown if i not in text}
    left = room - sum(fixed.values())
    flexible = sorted((i for i in shown if i in text), key=widths.__getitem__)
    for count, index in enumerate(flexible):
        fixed[index] = max(min(widths[index], left // (len(flexible) - count)), 1)
        left -= fixed[index]
    return fixed


def _table_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.datetime):  # to the minute, in local time: json and csv keep the full value
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return str(plain_value(value))
