"""Which segments a coder has seen: the only places where a missing code means "not this code".

A segment counts as seen when the coder moved on from it (workbench or plain mode) or marked its
whole document done (``qda code done DOC``): then every code the coder did not give it is a
negative there. A rejected suggestion is a negative for that one code (kept with the decision).
The assist suggesters learn negatives only from these; a segment the coder has not reached yet is
unlabelled, so a half-coded protocol still gets suggestions on its rest.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from sqlalchemy import Connection, insert, select

from qda.coding.api import resolve_document
from qda.store.schema import seen_segments, segments

HOW = ("passed", "done")


def mark_seen(conn: Connection, segment_ids: Iterable[int], coder: str, how: str = "passed") -> int:
    """Record ``segment_ids`` as seen by ``coder`` (already seen ones stay as they are); return
    how many were new."""
    if how not in HOW:
        raise ValueError(f"how must be one of {HOW}")
    wanted = sorted(set(segment_ids))
    known: set[int] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        known.update(conn.execute(select(seen_segments.c.segment_id).where(
            seen_segments.c.coder == coder, seen_segments.c.segment_id.in_(chunk))).scalars())
    now = dt.datetime.now(dt.timezone.utc)
    rows = [{"segment_id": segment, "coder": coder, "how": how, "seen_at": now} for segment in wanted
            if segment not in known]
    if rows:
        conn.execute(insert(seen_segments), rows)
    return len(rows)


def mark_document_done(conn: Connection, document: str, coder: str) -> int:
    """Every segment of the document (by its id) counts as seen by ``coder``; return how many were new."""
    document_id = resolve_document(conn, document).id
    members = conn.execute(select(segments.c.id).where(segments.c.document_id == document_id)).scalars()
    return mark_seen(conn, members, coder, "done")


def seen_segment_ids(conn: Connection, coder: str) -> set[int]:
    return set(conn.execute(select(seen_segments.c.segment_id).where(seen_segments.c.coder == coder)).scalars())
