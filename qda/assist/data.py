"""What a coder has taught the suggesters: labelled segments read from codings and decisions.

A document the coder has coded at all counts as fully read: its segments without a code are
negatives for every code. A rejected suggestion is a negative for that code wherever it stands;
an accepted one (and every coding) is a positive.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from sqlalchemy import Connection, select

from qda.store.schema import codes, codings, documents, segments, suggestion_decisions


@dataclass
class LabeledSegment:
    """A segment with the codes the coder gave (1) or denied (0); others are unknown."""

    segment_id: int
    document: str
    text: str
    question: str | None
    labels: dict[str, int] = field(default_factory=dict)
    complete: bool = False  # every active code is known for this segment


def labeled_segments(conn: Connection, coder: str, code_paths: Sequence[str]) -> list[LabeledSegment]:
    """The coder's labelled segments for the active codes ``code_paths``, in document order."""
    wanted = set(code_paths)
    positives = _pairs(conn, select(codings.c.segment_id, codes.c.path).join(codes, codes.c.id == codings.c.code_id)
                       .where(codings.c.coder == coder))
    decided = (select(suggestion_decisions.c.segment_id, codes.c.path, suggestion_decisions.c.decision)
               .join(codes, codes.c.id == suggestion_decisions.c.code_id).where(suggestion_decisions.c.coder == coder))
    decisions = conn.execute(decided).all()
    coded_docs = select(segments.c.document_id).where(segments.c.id.in_(
        select(codings.c.segment_id).where(codings.c.coder == coder)))
    touched = {segment for segment, _ in positives} | {row.segment_id for row in decisions}
    query = (select(segments.c.id, segments.c.text, segments.c.question, segments.c.document_id, documents.c.doc_key)
             .join(documents, documents.c.id == segments.c.document_id)
             .where(segments.c.document_id.in_(coded_docs) | segments.c.id.in_(touched))
             .order_by(documents.c.doc_key, segments.c.number))
    coded_document_ids = set(conn.execute(coded_docs).scalars())
    items: dict[int, LabeledSegment] = {}
    for row in conn.execute(query):
        complete = row.document_id in coded_document_ids
        labels = dict.fromkeys(wanted, 0) if complete else {}
        items[row.id] = LabeledSegment(row.id, row.doc_key, row.text, row.question, labels, complete)
    for row in decisions:
        if row.path in wanted:
            items[row.segment_id].labels[row.path] = int(row.decision == "accepted")
    for segment, path in positives:
        if path in wanted:
            items[segment].labels[path] = 1
    return list(items.values())


def _pairs(conn: Connection, query) -> list[tuple[int, str]]:
    return [(row[0], row[1]) for row in conn.execute(query)]


def document_folds(documents_: Iterable[str], folds: int, seed: int) -> list[list[str]]:
    """Documents dealt into ``folds`` groups after a seeded shuffle: the unit of cross-validation,
    so no protocol is both trained and tested on."""
    names = sorted(set(documents_))
    random.Random(seed).shuffle(names)
    return [names[i::folds] for i in range(folds)]
