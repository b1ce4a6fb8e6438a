"""Memos: a coder's notes on a segment, a document, a code, or the project as a whole.

They are the analytic trail behind the codings (why a passage got a code, what a code still
lacks), so each memo keeps who wrote it and when.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from qda.codebook.store import resolve_code
from qda.coding.api import resolve_document, resolve_segment
from qda.errors import QdaError
from qda.store.db import inserted_id
from qda.store.schema import codes, documents, memos, segments

TARGET_KINDS = ("project", "document", "segment", "code")


def memo_target(
    conn: Connection, document: str | None = None, segment: int | str | None = None, code: str | None = None,
) -> dict[str, Any]:
    """The memo columns naming what a memo is about; no target at all means the project."""
    if code is not None and (document or segment is not None):
        raise QdaError("a memo is on a code or on a document/segment, not both")
    if code is not None:
        return {"target_kind": "code", "code_id": resolve_code(conn, code).id}
    if segment is not None:
        if not document:
            raise QdaError("a segment memo needs its document")
        row = resolve_segment(conn, document, segment)
        return {"target_kind": "segment", "segment_id": row.id, "document_id": row.document_id}
    if document:
        return {"target_kind": "document", "document_id": resolve_document(conn, document).id}
    return {"target_kind": "project"}


def add_memo(conn: Connection, target: dict[str, Any], coder: str, text: str) -> int:
    """Store a memo on ``target`` (from :func:`memo_target`); return its id."""
    text = text.strip()
    if not text:
        raise QdaError("a memo needs some text")
    now = dt.datetime.now(dt.timezone.utc)
    values = {"document_id": None, "segment_id": None, "code_id": None, **target}
    return inserted_id(conn.execute(insert(memos).values(**values, coder=coder, text=text, created_at=now,
                                             updated_at=now)))


def delete_memo(conn: Connection, memo_id: int) -> None:
    """Remove a memo (raises if there is none with that id)."""
    get_memo(conn, memo_id)
    conn.execute(delete(memos).where(memos.c.id == memo_id))


def _memo_query():
    return (
        select(memos.c.id, memos.c.target_kind, documents.c.doc_key.label("document"),
               segments.c.number.label("segment"), codes.c.path.label("code"), memos.c.coder, memos.c.text,
               memos.c.created_at, memos.c.updated_at)
        .outerjoin(documents, documents.c.id == memos.c.document_id)
        .outerjoin(segments, segments.c.id == memos.c.segment_id)
        .outerjoin(codes, codes.c.id == memos.c.code_id)
        .order_by(memos.c.created_at, memos.c.id)
    )


def list_memos(
    conn: Connection, kind: str | None = None, document: str | None = None, code: str | None = None,
    coder: str | None = None, segment_id: int | None = None, contains: str | None = None,
) -> list[dict[str, Any]]:
    """Memos, oldest first; ``document`` includes the memos on its segments; ``contains`` keeps
    memos holding every one of its words (case-insensitive)."""
    if kind is not None and kind not in TARGET_KINDS:
        raise QdaError(f"unknown memo kind '{kind}' (use {', '.join(TARGET_KINDS)})")
    query = _memo_query()
    if kind:
        query = query.where(memos.c.target_kind == kind)
    if document:
        query = query.where(memos.c.document_id == resolve_document(conn, document).id)
    if code:
        query = query.where(memos.c.code_id == resolve_code(conn, code).id)
    if coder:
        query = query.where(memos.c.coder == coder)
    if segment_id is not None:
        query = query.where(memos.c.segment_id == segment_id)
    for word in (contains or "").split():
        query = query.where(memos.c.text.ilike(f"%{word}%"))
    return [dict(row._mapping) for row in conn.execute(query)]


def get_memo(conn: Connection, memo_id: int) -> dict[str, Any]:
    row = conn.execute(_memo_query().where(memos.c.id == memo_id)).first()
    if row is None:
        raise QdaError(f"no memo {memo_id}")
    return dict(row._mapping)
