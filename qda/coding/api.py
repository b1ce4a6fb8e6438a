"""Add, remove and list codings: the API the CLI, the workbench, assist and exchange all use.

Spans are absolute code-point offsets into the document text (as ``qda show`` prints them) and
must lie inside the segment; no span means the whole segment. Adding the same coding twice is a
no-op, so scripts and concurrent coders can retry safely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, or_, select
from sqlalchemy.exc import IntegrityError

from qda.codebook.store import resolve_code
from qda.errors import QdaError
from qda.filters import filtered
from qda.store.db import inserted_id
from qda.store.schema import codes, codings, documents, segments

ORIGINS = ("manual", "suggested", "imported", "consensus")
CODING_KEY = ("segment_id", "code_id", "coder", "char_start", "char_end")  # what makes a coding unique


def resolve_document(conn: Connection, ref: str):
    """A document row by its id (doc_key)."""
    row = conn.execute(select(documents).where(documents.c.doc_key == ref)).first()
    if row is None:
        raise QdaError(f"unknown document '{ref}'")
    return row


def resolve_segment(conn: Connection, document: str, number: int | str):
    """A segment row by document id and segment number."""
    document_id = resolve_document(conn, document).id
    try:
        number = int(str(number).rsplit(":", 1)[-1])
    except ValueError:
        raise QdaError(f"segment must be a number, not '{number}'") from None
    row = conn.execute(select(segments).where(
        segments.c.document_id == document_id, segments.c.number == number)).first()
    if row is None:
        raise QdaError(f"document '{document}' has no segment {number}")
    return row


def _span(segment, span: tuple[int, int] | None) -> tuple[int, int]:
    if span is None:
        return segment.char_start, segment.char_end
    start, end = span
    if not (segment.char_start <= start < end <= segment.char_end):
        raise QdaError(
            f"span {start}:{end} is not inside segment {segment.number} ({segment.char_start}:{segment.char_end})")
    return start, end


def add_coding(
    conn: Connection,
    document: str,
    segment_number: int | str,
    code_ref: str,
    coder: str,
    span: tuple[int, int] | None = None,
    memo: str | None = None,
    origin: str = "manual",
    suggester: str | None = None,
    score: float | None = None,
    key_quote: bool = False,
    created_at: dt.datetime | None = None,
) -> tuple[int, bool]:
    """Store a coding; return (coding id, created) — ``created`` is False if it existed."""
    segment = resolve_segment(conn, document, segment_number)
    code = resolve_code(conn, code_ref, include_inactive=False)
    return store_coding(conn, segment, code.id, coder, span, memo=memo, origin=origin, suggester=suggester,
                        score=score, key_quote=key_quote, created_at=created_at)


def coding_values(segment, code_id: int, coder: str, span: tuple[int, int] | None = None, **fields: Any) -> dict:
    """A complete, checked ``codings`` row (without id); ``fields`` are the optional columns."""
    values = {"memo": None, "origin": "manual", "suggester": None, "score": None, "key_quote": False,
              "created_at": None, **fields}
    if values["origin"] not in ORIGINS:
        raise QdaError(f"unknown origin '{values['origin']}' (use {', '.join(ORIGINS)})")
    start, end = _span(segment, span)
    values["created_at"] = values["created_at"] or dt.datetime.now(dt.timezone.utc)
    return dict(segment_id=segment.id, code_id=code_id, coder=coder, char_start=start, char_end=end, **values)


def store_coding(
    conn: Connection, segment, code_id: int, coder: str, span: tuple[int, int] | None = None, **fields: Any,
) -> tuple[int, bool]:
    """:func:`add_coding` for a segment row and code id already looked up (the workbench, assist);
    ``fields`` are coding columns (memo, origin, suggester, score, key_quote, created_at)."""
    values = coding_values(segment, code_id, coder, span, **fields)
    key = and_(*[codings.c[name] == values[name] for name in CODING_KEY])
    existing = conn.execute(select(codings.c.id).where(key)).scalar()
    if existing is not None:
        return existing, False
    try:
        with conn.begin_nested():
            return inserted_id(conn.execute(insert(codings).values(**values))), True
    except IntegrityError:  # a concurrent writer stored the same coding first, or removed the code
        existing = conn.execute(select(codings.c.id).where(key)).scalar()
        if existing is None:
            raise QdaError("the code or segment was removed by another user meanwhile; nothing stored") from None
        return existing, False


def remove_coding(
    conn: Connection, document: str, segment_number: int | str, code_ref: str, coder: str,
    span: tuple[int, int] | None = None,
) -> int:
    """Remove the coder's coding(s) of a code on a segment (one span, or all); return how many."""
    segment = resolve_segment(conn, document, segment_number)
    code = resolve_code(conn, code_ref)
    condition = and_(codings.c.segment_id == segment.id, codings.c.code_id == code.id, codings.c.coder == coder)
    if span is not None:
        condition = and_(condition, codings.c.char_start == span[0], codings.c.char_end == span[1])
    removed = conn.execute(delete(codings).where(condition)).rowcount
    if not removed:
        raise QdaError(f"no coding '{code.path}' by {coder} on {document}:{segment.number}")
    return removed


def list_codings(
    conn: Connection,
    coder: str | None = None,
    code: str | None = None,
    with_children: bool = False,
    document: str | None = None,
    **document_filters: Any,
) -> list[dict[str, Any]]:
    """Codings joined with their document, segment and code, in document order.

    ``document_filters`` are site, level, role, wave as :func:`qda.filters.filtered` takes them.
    """
    return list(iter_codings(conn, coder, code, with_children, document, **document_filters))


def iter_codings(
    conn: Connection,
    coder: str | None = None,
    code: str | None = None,
    with_children: bool = False,
    document: str | None = None,
    **document_filters: Any,
) -> Iterator[dict[str, Any]]:
    """:func:`list_codings` one at a time, read in batches (an export streams them); a bad filter
    fails here, before the first row is read."""
    query = (
        select(
            codings.c.id, documents.c.doc_key.label("document"), segments.c.number.label("segment"),
            codes.c.path.label("code"), codings.c.coder, codings.c.char_start.label("start"),
            codings.c.char_end.label("end"), codings.c.origin, codings.c.suggester, codings.c.score,
            codings.c.memo, codings.c.key_quote, codings.c.created_at, documents.c.site, documents.c.level,
            documents.c.role, documents.c.wave, segments.c.line_start, segments.c.line_end,
            segments.c.question, segments.c.char_start.label("segment_start"), segments.c.text.label("segment_text"),
        )
        .join(segments, segments.c.id == codings.c.segment_id)
        .join(documents, documents.c.id == segments.c.document_id)
        .join(codes, codes.c.id == codings.c.code_id)
        .order_by(documents.c.doc_key, segments.c.number, codes.c.position, codings.c.coder, codings.c.char_start)
    )
    if coder:
        query = query.where(codings.c.coder == coder)
    if code:
        path = resolve_code(conn, code).path
        query = query.where(or_(codes.c.path == path, codes.c.path.startswith(path + "/")) if with_children
                            else codes.c.path == path)
    if document:
        query = query.where(documents.c.doc_key == document)
    query = filtered(conn, query, **document_filters)
    return _with_text(conn.execute(query.execution_options(yield_per=1000)))


def _with_text(rows: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Each row as a dict with the coded text cut from its segment's."""
    for row in rows:
        item = dict(row._mapping)
        offset = item.pop("segment_start")
        item["text"] = item.pop("segment_text")[item["start"] - offset:item["end"] - offset]
        yield item
