"""What a coder has taught the suggesters: labelled segments read from codings and decisions.

Only what the coder has seen teaches a negative (:mod:`qda.coding.seen`): a segment the coder
passed, or one in a document marked done, is a negative for every code the coder did not give
it. A rejected suggestion is a negative for that code wherever it stands; an accepted one (and
every coding) is a positive. Segments the coder has not reached are left out, not negatives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from sqlalchemy import Connection, select

from qda.coding.seen import seen_segment_ids
from qda.store.schema import codes, codings, documents, segments, suggestion_decisions


@dataclass
class LabeledSegment:
    """A segment with the codes the coder gave (1) or denied (0); others are unknown."""

    segment_id: int
    document: str
    text: str
    question: str | None
    labels: dict[str, int] = field(default_factory=dict)
    complete: bool = False  # the coder has seen it: every active code is known for this segment


def labeled_segments(conn: Connection, coder: str, code_paths: Sequence[str]) -> list[LabeledSegment]:
    """The coder's labelled segments for the active codes ``code_paths``, in document order."""
    wanted = list(dict.fromkeys(code_paths))
    positives = _pairs(conn, select(codings.c.segment_id, codes.c.path).join(codes, codes.c.id == codings.c.code_id)
                       .where(codings.c.coder == coder))
    decided = (select(suggestion_decisions.c.segment_id, codes.c.path, suggestion_decisions.c.decision)
               .join(codes, codes.c.id == suggestion_decisions.c.code_id).where(suggestion_decisions.c.coder == coder))
    decisions = conn.execute(decided).all()
    seen = seen_segment_ids(conn, coder)
    touched = {segment for segment, _ in positives} | {row.segment_id for row in decisions} | seen
    query = (select(segments.c.id, segments.c.text, segments.c.question, documents.c.doc_key)
             .join(documents, documents.c.id == segments.c.document_id)
             .order_by(documents.c.doc_key, segments.c.number))
    items: dict[int, LabeledSegment] = {}
    ordered = sorted(touched)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        for row in conn.execute(query.where(segments.c.id.in_(chunk))):
            complete = row.id in seen
            labels = dict.fromkeys(wanted, 0) if complete else {}
            items[row.id] = LabeledSegment(row.id, row.doc_key, row.text, row.question, labels, complete)
    for decision in decisions:
        if decision.path in wanted:
            items[decision.segment_id].labels[decision.path] = int(decision.decision == "accepted")
    for segment, path in positives:
        if path in wanted:
            items[segment].labels[path] = 1
    return sorted(items.values(), key=lambda item: (item.document, item.segment_id))


def _pairs(conn: Connection, query) -> list[tuple[int, str]]:
    return [(row[0], row[1]) for row in conn.execute(query)]
