"""Codings in and out as CSV or JSON, so coders can work elsewhere and scripts can exchange codings.

Export writes every field of a coding, so exporting, importing into another project and exporting
again gives the same file. Import reads, checks and writes the file in batches, so its memory does
not grow with the file, all in one savepoint: one unknown document, segment or code anywhere and
nothing is imported. A row names its segment by number (``segment``) or by
the span it codes (``start``, ``end``: code-point offsets into the stored text), so codings keyed on
spans survive a change of segmentation as long as every span stays inside one segment.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import textwrap
from bisect import bisect_right
from dataclasses import asdict, dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from sqlalchemy import Connection, insert, select

from qda.codebook.store import resolve_code
from qda.coding.api import CODING_KEY, coding_values, iter_codings
from qda.errors import QdaError
from qda.ingest.decode import decode_bytes, decoded_lines
from qda.store.schema import codings, documents, segments
from qda.untrusted import neutralised, restored

EXPORT_COLUMNS = (
    "document", "segment", "code", "coder", "start", "end", "memo", "origin", "suggester", "score",
    "key_quote", "created_at",
)
REQUIRED_COLUMNS = ("document", "code")
MAX_IMPORT_BYTES = 50_000_000
MAX_PROBLEMS_NAMED = 5
LOOKUP_CHUNK = 500
IMPORT_BATCH = 2000  # rows checked and written together
_TRUE = {"true", "1", "yes", "ja", "x"}
_FALSE = {"false", "0", "no", "nein", ""}


@dataclass
class CodingImportReport:
    """What an import did: rows read, codings stored, rows that were already there."""

    rows: int = 0
    imported: int = 0
    duplicates: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def iter_coding_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of a CSV (``,`` ``;`` or tab separated) or JSON file, each with the line (CSV) or
    1-based position (JSON) it came from; a CSV file is read as the rows are taken."""
    path = Path(path)
    if not path.is_file():
        raise QdaError("no such file", path)
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise QdaError(f"file is larger than {MAX_IMPORT_BYTES // 1_000_000} MB", path)
    rows = _json_rows(path) if path.suffix.lower() == ".json" else _csv_rows(path)
    first = next(rows, None)
    if first is None:
        raise QdaError("no codings in file", path)
    columns = first[1]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if "segment" not in columns and not {"start", "end"} <= set(columns):
        missing.append("segment (or start and end)")
    if missing:
        raise QdaError(f"missing column(s): {', '.join(missing)}", path, 1)
    yield first
    yield from rows


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    lines = decoded_lines(path)
    first_line = next(lines, "")
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.DictReader(chain([first_line], lines), delimiter=delimiter)
    line = 1
    for row in reader:
        yield line + 1, {(k or "").strip().lower(): restored(v) for k, v in row.items()}
        line = reader.line_num


def _json_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The file is parsed whole (no streaming JSON parser at hand); its rows are made as taken."""
    text, _ = decode_bytes(path.read_bytes(), str(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise QdaError(f"invalid JSON: {error.msg}", path, error.lineno) from None
    if isinstance(data, dict):
        data = data.get("codings")
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise QdaError("expected a list of codings (objects)", path)
    return ((number, {k.lower(): v for k, v in item.items()}) for number, item in enumerate(data, 1))


def import_codings(
    conn: Connection, path: Path, coder: str | None = None, origin: str = "imported",
) -> CodingImportReport:
    """Store the codings in ``path``; rows without a coder get ``coder``, rows without an origin
    get ``origin``. Raises :class:`QdaError` naming the first bad row; then nothing is stored.

    Rows are checked and written :data:`IMPORT_BATCH` at a time inside one savepoint, so memory
    stays the same for any file size; a bad row anywhere undoes the batches written before it."""
    report, problems, codes = CodingImportReport(), _Problems(), _Codes(conn)
    with conn.begin_nested():
        for batch in _batches(iter_coding_rows(path)):
            checked = _check_rows(_Segments(conn, batch), codes, batch, coder, origin, problems)
            report.rows += len(batch)
            if not problems.lines:
                report.imported += _store_new(conn, checked)
        if problems.lines:
            raise problems.error(path)
    report.duplicates = report.rows - report.imported
    return report


def _batches(rows: Iterator[tuple[int, dict[str, Any]]]) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    while batch := list(islice(rows, IMPORT_BATCH)):
        yield batch


class _Problems:
    """The first bad rows (enough to name the first, five more and whether there are others)."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, str]] = []

    def add(self, line: int, message: str) -> None:
        if len(self.lines) < MAX_PROBLEMS_NAMED + 2:
            self.lines.append((line, message))

    def error(self, path: Path) -> QdaError:
        line, message = self.lines[0]
        more = [str(n) for n, _ in self.lines[1:MAX_PROBLEMS_NAMED + 1]]
        dots = " ..." if len(self.lines) > len(more) + 1 else ""
        suffix = f" (also bad: rows {', '.join(more)}{dots})" if more else ""
        where = (path, line) if path.suffix.lower() != ".json" else (path, None)
        return QdaError(f"row {line}: {message}{suffix}; nothing imported", *where)


def _store_new(conn: Connection, checked: list[dict[str, Any]]) -> int:
    """Insert the rows neither in the database (which holds the earlier batches) nor earlier in
    the batch; return how many."""
    segment_ids = sorted({values["segment_id"] for values in checked})
    seen: set[tuple[Any, ...]] = set()
    for start in range(0, len(segment_ids), LOOKUP_CHUNK):
        chunk = segment_ids[start:start + LOOKUP_CHUNK]
        seen.update(tuple(key) for key in conn.execute(
            select(*[codings.c[name] for name in CODING_KEY]).where(codings.c.segment_id.in_(chunk))))
    new_rows = []
    for values in checked:
        key = tuple(values[name] for name in CODING_KEY)
        if key not in seen:
            seen.add(key)
            new_rows.append(values)
    if new_rows:
        conn.execute(insert(codings), new_rows)
    return len(new_rows)


def _check_rows(segments_: "_Segments", codes: "_Codes", rows, default_coder, default_origin,
                problems: _Problems) -> list[dict[str, Any]]:
    checked = []
    for line, raw in rows:
        try:
            checked.append(_check_row(segments_, codes, raw, default_coder, default_origin))
        except QdaError as error:
            problems.add(line, error.message)
    return checked


def _check_row(segments_: "_Segments", codes: "_Codes", raw: dict[str, Any], default_coder,
               default_origin) -> dict[str, Any]:
    """The ``codings`` row for one input row, or a QdaError saying what is wrong with it."""
    start, end = _optional_number(raw.get("start"), "start"), _optional_number(raw.get("end"), "end")
    if (start is None) != (end is None):
        raise QdaError("give both start and end, or neither")
    number_text = _text(raw.get("segment"))
    if number_text or start is None:
        segment = segments_.numbered(_text(raw.get("document")), number_text)
    else:
        segment = segments_.containing(_text(raw.get("document")), start, end)
    code_id = codes.code_id(_text(raw.get("code")))
    coder = _text(raw.get("coder")) or default_coder
    if not coder:
        raise QdaError("no coder (add a 'coder' column or pass --coder)")
    return coding_values(
        segment, code_id, coder, (start, end) if start is not None else None,
        memo=_text(raw.get("memo")) or None, origin=_text(raw.get("origin")) or default_origin,
        suggester=_text(raw.get("suggester")) or None, score=_optional_number(raw.get("score"), "score", float),
        key_quote=_flag(raw.get("key_quote")), created_at=_optional_time(raw.get("created_at")),
    )


class _Segments:
    """The segments (id, number and span, no text) of the documents one batch of rows names,
    read with a query per :data:`LOOKUP_CHUNK` documents."""

    def __init__(self, conn: Connection, rows: list[tuple[int, dict[str, Any]]]):
        keys = sorted({_text(raw.get("document")) for _, raw in rows})
        self.numbers: dict[str, dict[int, Any]] = {}
        for start in range(0, len(keys), LOOKUP_CHUNK):
            found = {row.id: row.doc_key for row in conn.execute(select(documents.c.id, documents.c.doc_key).where(
                documents.c.doc_key.in_(keys[start:start + LOOKUP_CHUNK])))}
            self.numbers.update({key: {} for key in found.values()})
            for row in conn.execute(select(segments.c.document_id, segments.c.id, segments.c.number,
                                           segments.c.char_start, segments.c.char_end)
                                    .where(segments.c.document_id.in_(list(found)))):
                self.numbers[found[row.document_id]][row.number] = row
        self.starts: dict[str, list[tuple[int, int]]] = {}

    def _of(self, doc_key: str) -> dict[int, Any]:
        if doc_key not in self.numbers:
            raise QdaError(f"unknown document '{doc_key}'")
        return self.numbers[doc_key]

    def containing(self, doc_key: str, start: int, end: int):
        """The segment that contains the span ``start:end``."""
        rows = self._of(doc_key)
        starts = self.starts.get(doc_key)
        if starts is None:
            starts = self.starts[doc_key] = sorted((row.char_start, number) for number, row in rows.items())
        index = bisect_right(starts, (start, float("inf"))) - 1
        found = rows[starts[index][1]] if index >= 0 else None
        if found is None or not start < end <= found.char_end:
            raise QdaError(f"document '{doc_key}' has no segment containing {start}:{end}")
        return found

    def numbered(self, doc_key: str, number_text: str):
        rows = self._of(doc_key)
        try:
            number = int(number_text.rsplit(":", 1)[-1])
        except ValueError:
            raise QdaError(f"segment must be a number, not '{number_text}'") from None
        found = rows.get(number)
        if found is None:
            raise QdaError(f"document '{doc_key}' has no segment {number}")
        return found


class _Codes:
    """Codes looked up once per distinct reference (the codebook is small; the file is not)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.codes: dict[str, int | str] = {}

    def code_id(self, ref: str) -> int:
        if ref not in self.codes:
            try:
                self.codes[ref] = resolve_code(self.conn, ref, include_inactive=False).id
            except QdaError as error:
                self.codes[ref] = error.message
        found = self.codes[ref]
        if isinstance(found, str):
            raise QdaError(found)
        return found


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _optional_number(value: Any, name: str, kind: type = int) -> Any:
    text = _text(value)
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise QdaError(f"{name} must be {what}, not '{text}'") from None


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise QdaError(f"key_quote must be true or false, not '{text}'")


def _optional_time(value: Any) -> dt.datetime | None:
    text = _text(value)
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise QdaError(f"created_at must be an ISO date-time, not '{text}'") from None


def export_rows(conn: Connection, **filters: Any) -> list[dict[str, Any]]:
    """Codings as plain rows with exactly :data:`EXPORT_COLUMNS` (filters as for ``list_codings``)."""
    return list(iter_export_rows(conn, **filters))


def iter_export_rows(conn: Connection, **filters: Any) -> Iterator[dict[str, Any]]:
    """:func:`export_rows` one at a time, so a file export holds one row, not the project's codings."""
    rows = iter_codings(conn, **filters)
    return ({column: row[column] for column in EXPORT_COLUMNS} for row in rows)


def write_codings(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write export rows as ``csv`` or ``json`` to ``out`` as they come; return how many."""
    if fmt not in ("csv", "json"):
        raise QdaError(f"cannot export codings as '{fmt}' (use csv or json)")
    plain = ({k: _exported(v) for k, v in row.items()} for row in rows)
    count = 0
    if fmt == "json":  # the layout of json.dumps(all rows, indent=2), one row at a time
        for count, row in enumerate(plain, start=1):
            item = json.dumps(row, ensure_ascii=False, indent=2, allow_nan=False)
            out.write(("[\n" if count == 1 else ",\n") + textwrap.indent(item, "  "))
        out.write("\n]\n" if count else "[]\n")
        return count
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for count, row in enumerate(plain, start=1):
        writer.writerow({k: neutralised("true" if v is True else "false" if v is False else v) for k, v in row.items()})
    return count


def _exported(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None  # JSON has no NaN
    return value.isoformat() if isinstance(value, dt.datetime) else value
