"""Codings in and out as CSV or JSON, so coders can work elsewhere and scripts can exchange codings.

Export writes every field of a coding, so exporting, importing into another project and exporting
again gives the same file. Import checks every row before it writes any: one unknown document,
segment or code and nothing is imported. A row names its segment by number (``segment``) or by
the span it codes (``start``, ``end``: code-point offsets into the stored text), so codings keyed on
spans survive a change of segmentation as long as every span stays inside one segment.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import textwrap
from bisect import bisect_right
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from sqlalchemy import Connection, insert, select

from qda.codebook.store import resolve_code
from qda.coding.api import CODING_KEY, coding_values, iter_codings
from qda.errors import QdaError
from qda.ingest.decode import decode_bytes
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


def read_coding_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """Rows of a CSV (``,`` ``;`` or tab separated) or JSON file, each with the line (CSV) or
    1-based position (JSON) it came from."""
    path = Path(path)
    if not path.is_file():
        raise QdaError("no such file", path)
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise QdaError(f"file is larger than {MAX_IMPORT_BYTES // 1_000_000} MB", path)
    text, _ = decode_bytes(path.read_bytes(), str(path))
    rows = _json_rows(text, path) if path.suffix.lower() == ".json" else _csv_rows(text)
    if not rows:
        raise QdaError("no codings in file", path)
    columns = rows[0][1]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if "segment" not in columns and not {"start", "end"} <= set(columns):
        missing.append("segment (or start and end)")
    if missing:
        raise QdaError(f"missing column(s): {', '.join(missing)}", path, 1)
    return rows


def _csv_rows(text: str) -> list[tuple[int, dict[str, Any]]]:
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, line = [], 1
    for row in reader:
        rows.append((line + 1, {(k or "").strip().lower(): restored(v) for k, v in row.items()}))
        line = reader.line_num
    return rows


def _json_rows(text: str, path: Path) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise QdaError(f"invalid JSON: {error.msg}", path, error.lineno) from None
    if isinstance(data, dict):
        data = data.get("codings")
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise QdaError("expected a list of codings (objects)", path)
    return [(number, {k.lower(): v for k, v in item.items()}) for number, item in enumerate(data, 1)]


def import_codings(
    conn: Connection, path: Path, coder: str | None = None, origin: str = "imported",
) -> CodingImportReport:
    """Store the codings in ``path``; rows without a coder get ``coder``, rows without an origin
    get ``origin``. Raises :class:`QdaError` naming the first bad row; then nothing is stored."""
    rows = read_coding_rows(path)
    checked, problems = _check_rows(conn, rows, coder, origin)
    if problems:
        line, message = problems[0]
        more = [str(n) for n, _ in problems[1:MAX_PROBLEMS_NAMED + 1]]
        suffix = f" (also bad: rows {', '.join(more)}{' ...' if len(problems) > len(more) + 1 else ''})" if more else ""
        where = (path, line) if path.suffix.lower() != ".json" else (path, None)
        raise QdaError(f"row {line}: {message}{suffix}; nothing imported", *where)
    new_rows = _new_codings(conn, checked)
    if new_rows:
        conn.execute(insert(codings), new_rows)
    return CodingImportReport(rows=len(checked), imported=len(new_rows), duplicates=len(checked) - len(new_rows))


def _new_codings(conn: Connection, checked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows to insert: those neither in the database nor earlier in the file (one bulk insert
    instead of a query per row keeps a 10,000-row import to seconds)."""
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
    return new_rows


def _check_rows(conn, rows, default_coder, default_origin) -> tuple[list[dict[str, Any]], list[tuple[int, str]]]:
    lookup = _Lookup(conn)
    checked, problems = [], []
    for line, raw in rows:
        try:
            checked.append(_check_row(lookup, raw, default_coder, default_origin))
        except QdaError as error:
            problems.append((line, error.message))
    return checked, problems


def _check_row(lookup: "_Lookup", raw: dict[str, Any], default_coder, default_origin) -> dict[str, Any]:
    """The ``codings`` row for one input row, or a QdaError saying what is wrong with it."""
    start, end = _optional_number(raw.get("start"), "start"), _optional_number(raw.get("end"), "end")
    if (start is None) != (end is None):
        raise QdaError("give both start and end, or neither")
    number_text = _text(raw.get("segment"))
    if number_text or start is None:
        segment = lookup.segment(_text(raw.get("document")), number_text)
    else:
        segment = lookup.segment_at(_text(raw.get("document")), start, end)
    code_id = lookup.code_id(_text(raw.get("code")))
    coder = _text(raw.get("coder")) or default_coder
    if not coder:
        raise QdaError("no coder (add a 'coder' column or pass --coder)")
    return coding_values(
        segment, code_id, coder, (start, end) if start is not None else None,
        memo=_text(raw.get("memo")) or None, origin=_text(raw.get("origin")) or default_origin,
        suggester=_text(raw.get("suggester")) or None, score=_optional_number(raw.get("score"), "score", float),
        key_quote=_flag(raw.get("key_quote")), created_at=_optional_time(raw.get("created_at")),
    )


class _Lookup:
    """Documents, segments and codes looked up once per distinct reference."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.documents: dict[str, int | None] = {}
        self.codes: dict[str, int | str] = {}
        self.segments: dict[str, dict[int, Any]] = {}
        self.starts: dict[str, list[tuple[int, int]]] = {}

    def _segments_of(self, doc_key: str) -> dict[int, Any]:
        if doc_key not in self.documents:
            self.documents[doc_key] = self.conn.execute(
                select(documents.c.id).where(documents.c.doc_key == doc_key)).scalar()
            if self.documents[doc_key] is not None:
                self.segments[doc_key] = {row.number: row for row in self.conn.execute(
                    select(segments).where(segments.c.document_id == self.documents[doc_key]))}
        if self.documents[doc_key] is None:
            raise QdaError(f"unknown document '{doc_key}'")
        return self.segments[doc_key]

    def segment_at(self, doc_key: str, start: int, end: int):
        """The segment that contains the span ``start:end``."""
        rows = self._segments_of(doc_key)
        starts = self.starts.get(doc_key)
        if starts is None:
            starts = self.starts[doc_key] = sorted((row.char_start, number) for number, row in rows.items())
        index = bisect_right(starts, (start, float("inf"))) - 1
        found = rows[starts[index][1]] if index >= 0 else None
        if found is None or not start < end <= found.char_end:
            raise QdaError(f"document '{doc_key}' has no segment containing {start}:{end}")
        return found

    def segment(self, doc_key: str, number_text: str):
        self._segments_of(doc_key)
        try:
            number = int(number_text.rsplit(":", 1)[-1])
        except ValueError:
            raise QdaError(f"segment must be a number, not '{number_text}'") from None
        found = self.segments[doc_key].get(number)
        if found is None:
            raise QdaError(f"document '{doc_key}' has no segment {number}")
        return found

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
