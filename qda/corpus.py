"""Read access to the stored corpus: documents with metadata, segments with their document's metadata.

Used by the listing commands and the tidy exports alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from qda.filters import filtered
from qda.store.schema import documents, segments


def document_rows(conn: Connection, document: str | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Documents (or the one with the id ``document``) with their metadata and segment counts;
    ``filters`` as for :func:`qda.filters.filtered`."""
    counts = (select(segments.c.document_id, func.count().label("n")).group_by(segments.c.document_id).subquery())
    columns = [column for column in documents.c if column.name != "text"]  # PostgreSQL would buffer every text
    query = (select(*columns, counts.c.n).outerjoin(counts, counts.c.document_id == documents.c.id)
             .order_by(documents.c.site, documents.c.doc_key))
    if document is not None:
        query = query.where(documents.c.doc_key == document)
    query = filtered(conn, query, **filters)
    return [
        {**{k: row._mapping[k] for k in ("doc_key", "site", "level", "role", "wave", "date", "interviewer", "version")},
         "segments": row.n or 0, "words": row.word_count, "format": row.source_format,
         "attributes": row.attributes, "source_path": row.source_path}
        for row in conn.execute(query)
    ]


def segment_rows(conn: Connection, document_id: int | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Segments with their document's metadata, in document order."""
    query = (select(segments, documents.c.doc_key, documents.c.site, documents.c.level, documents.c.role,
                    documents.c.wave)
             .join(documents, documents.c.id == segments.c.document_id)
             .order_by(documents.c.doc_key, segments.c.number))
    if document_id is not None:
        query = query.where(segments.c.document_id == document_id)
    query = filtered(conn, query, **filters)
    return [
        {"document": row.doc_key, "segment": row.number, "site": row.site, "level": row.level, "role": row.role,
         "wave": row.wave, "question": row.question, "speaker": row.speaker,
         "lines": f"{row.line_start}-{row.line_end}" if row.line_end != row.line_start else str(row.line_start),
         "start": row.char_start, "end": row.char_end, "text": row.text}
        for row in conn.execute(query)
    ]

