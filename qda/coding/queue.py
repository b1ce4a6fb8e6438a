"""Which segments a coder works through, as a list of ids (details are fetched when shown).

Loading only ids keeps opening a 2,000-protocol project fast; the workbench and the plain prompt
fetch one segment at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, or_, select

from qda.codebook.store import resolve_code
from qda.coding.assistance import Assistance
from qda.errors import QdaError
from qda.filters import filtered
from qda.store.schema import codes, codings, documents, segments

QUEUES = ("uncoded", "all", "mine", "disagreements", "uncertain")


@dataclass
class QueueFilter:
    """What the coder asked for on the command line."""

    queue: str = "uncoded"
    site: str | None = None
    level: str | None = None
    role: str | None = None
    wave: int | None = None
    doc: str | None = None
    code: str | None = None
    coders: list[str] | None = None


def build_queue(project, coder: str, wanted: QueueFilter, blind: bool = True,
                assistance: Assistance | None = None) -> list[tuple[int, int]]:
    """(segment id, document id) pairs in working order.

    ``uncoded`` and ``mine`` are from this coder's point of view; ``--code`` keeps segments that
    carry the code or one of its children (only the coder's own codings when blind). The
    ``disagreements`` and ``uncertain`` queues need ``assistance``.
    """
    assistance = assistance or Assistance()
    if wanted.queue not in QUEUES:
        raise QdaError(f"unknown queue '{wanted.queue}' (use {', '.join(QUEUES)})")
    with project.engine.connect() as conn:
        pairs = conn.execute(_filtered(conn, coder, wanted, blind)).all()
        if wanted.queue == "disagreements":
            pairs = _keep(pairs, _disagreements(conn, wanted.coders, assistance))
    pairs = [(row[0], row[1]) for row in pairs]
    if wanted.queue == "uncertain":
        order = assistance.need("uncertainty_order")(project, [segment for segment, _ in pairs])
        document_of = dict(pairs)
        pairs = [(segment, document_of[segment]) for segment in order if segment in document_of]
    return pairs


def _filtered(conn: Connection, coder: str, wanted: QueueFilter, blind: bool):
    query = (select(segments.c.id, segments.c.document_id)
             .join(documents, documents.c.id == segments.c.document_id)
             .order_by(documents.c.doc_key, segments.c.number))
    query = filtered(conn, query, site=wanted.site, level=wanted.level, role=wanted.role, wave=wanted.wave)
    if wanted.doc:
        query = query.where(documents.c.doc_key == wanted.doc)
    mine = select(codings.c.segment_id).where(codings.c.coder == coder)
    if wanted.queue in ("uncoded", "uncertain"):
        query = query.where(segments.c.id.not_in(mine))
    elif wanted.queue == "mine":
        query = query.where(segments.c.id.in_(mine))
    if wanted.code:
        path = resolve_code(conn, wanted.code).path
        carrying = (select(codings.c.segment_id).join(codes, codes.c.id == codings.c.code_id)
                    .where(or_(codes.c.path == path, codes.c.path.startswith(path + "/"))))
        if blind:
            carrying = carrying.where(codings.c.coder == coder)
        query = query.where(segments.c.id.in_(carrying))
    return query


def _keep(pairs: list[Any], wanted_ids: list[int]) -> list[Any]:
    keep = set(wanted_ids)
    return [row for row in pairs if row[0] in keep]


def _disagreements(conn: Connection, coders: list[str] | None, assistance: Assistance) -> list[int]:
    if not coders or len(coders) < 2:
        raise QdaError("the disagreements queue needs two coders: --coders A,B")
    return assistance.need("disagreement_segment_ids")(conn, coders)
