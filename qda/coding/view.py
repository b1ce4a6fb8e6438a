"""Everything the workbench shows about one segment, fetched in a handful of small queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from qda.coding.memos import list_memos
from qda.ingest.segment import question_number
from qda.store.schema import codes, codings, documents, segments

QUESTION_SEARCH_LINES = 400


@dataclass
class CodingView:
    """A coding on the shown segment, with its code's label and colour."""

    id: int
    path: str
    label: str
    color: str | None
    coder: str
    start: int
    end: int
    key_quote: bool
    memo: str | None
    origin: str
    suggester: str | None
    whole: bool


@dataclass
class Neighbour:
    """A segment before or after the shown one, for context."""

    number: int
    line_start: int
    text: str


@dataclass
class SegmentView:
    """One segment with its document, neighbours, guide question, codings and memos."""

    id: int
    document_id: int
    document: str
    number: int
    site: str | None
    level: str | None
    role: str | None
    wave: int | None
    question: str | None
    question_text: str | None
    speaker: str | None
    line_start: int
    char_start: int
    char_end: int
    text: str
    before: Neighbour | None = None
    after: Neighbour | None = None
    codings: list[CodingView] = field(default_factory=list)
    memos: list[dict[str, Any]] = field(default_factory=list)


class DocumentTexts:
    """The last document's full text, kept while the coder stays in that document."""

    def __init__(self) -> None:
        self._key: int | None = None
        self._text = ""

    def get(self, conn: Connection, document_id: int) -> str:
        if self._key != document_id:
            self._text = conn.execute(select(documents.c.text).where(documents.c.id == document_id)).scalar_one()
            self._key = document_id
        return self._text


def load_view(conn: Connection, segment_id: int, coder: str | None, texts: DocumentTexts) -> SegmentView:
    """The segment ``segment_id``; with ``coder`` set only that coder's codings and memos (blind)."""
    row = conn.execute(
        select(segments, documents.c.doc_key, documents.c.site, documents.c.level, documents.c.role,
               documents.c.wave)
        .join(documents, documents.c.id == segments.c.document_id).where(segments.c.id == segment_id)
    ).one()
    neighbours = {
        n.number: Neighbour(n.number, n.line_start, n.text)
        for n in conn.execute(select(segments.c.number, segments.c.line_start, segments.c.text).where(
            segments.c.document_id == row.document_id, segments.c.number.in_((row.number - 1, row.number + 1))))
    }
    question_text = None
    if row.question:
        question_text = guide_question(texts.get(conn, row.document_id), row.char_start, row.question)
    return SegmentView(
        id=row.id, document_id=row.document_id, document=row.doc_key, number=row.number, site=row.site,
        level=row.level, role=row.role, wave=row.wave, question=row.question, question_text=question_text,
        speaker=row.speaker, line_start=row.line_start, char_start=row.char_start, char_end=row.char_end,
        text=row.text, before=neighbours.get(row.number - 1), after=neighbours.get(row.number + 1),
        codings=segment_codings(conn, row, coder),
        memos=[m for m in list_memos(conn, segment_id=row.id) if coder is None or m["coder"] == coder],
    )


def segment_codings(conn: Connection, segment, coder: str | None) -> list[CodingView]:
    query = (select(codings, codes.c.path, codes.c.label, codes.c.color)
             .join(codes, codes.c.id == codings.c.code_id).where(codings.c.segment_id == segment.id)
             .order_by(codes.c.position, codings.c.coder, codings.c.char_start))
    if coder is not None:
        query = query.where(codings.c.coder == coder)
    return [
        CodingView(
            id=c.id, path=c.path, label=c.label, color=c.color, coder=c.coder, start=c.char_start, end=c.char_end,
            key_quote=c.key_quote, memo=c.memo, origin=c.origin, suggester=c.suggester,
            whole=(c.char_start, c.char_end) == (segment.char_start, segment.char_end),
        )
        for c in conn.execute(query)
    ]


def guide_question(text: str, before: int, number: str) -> str | None:
    """The heading line for guide question ``number`` nearest above offset ``before``."""
    lines = text[:before].split("\n")
    for line in reversed(lines[-QUESTION_SEARCH_LINES:]):
        if question_number(line) == number:
            return line.strip()
    return None
