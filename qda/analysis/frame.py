"""The coded data as pandas frames: one query each, then every count is a group-by.

Reports for 16 sites and all matrices read the project once through these frames instead of
querying per site and theme, which keeps ``qda report all`` fast on thousands of protocols.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Select, func, select

from qda.codebook.store import CodeRow, load_codes, resolve_code
from qda.errors import QdaError
from qda.filters import filtered
from qda.store.schema import codings, documents, memos, segments, summaries

DOCUMENT_FIELDS = ("site", "level", "role", "wave")
ROW_FIELDS = (*DOCUMENT_FIELDS, "document")


def read_frame(conn: Connection, query) -> pd.DataFrame:
    """Rows of ``query`` as a DataFrame; built from plain tuples, which is several times faster
    than going through row mappings for 100,000 codings."""
    result = conn.execute(query)
    return pd.DataFrame.from_records([tuple(row) for row in result.all()], columns=list(result.keys()))


def documents_frame(conn: Connection, **filters: Any) -> pd.DataFrame:
    """One row per document: id, doc_key, site, level, role, wave and its number of segments."""
    counts = (select(segments.c.document_id, func.count().label("segments"))
              .group_by(segments.c.document_id).subquery())
    query = filtered(
        conn,
        select(documents.c.id.label("document_id"), documents.c.doc_key.label("document"),
               *[documents.c[name] for name in DOCUMENT_FIELDS], func.coalesce(counts.c.segments, 0).label("segments"))
        .outerjoin(counts, counts.c.document_id == documents.c.id)
        .order_by(documents.c.doc_key), **filters)
    return read_frame(conn, query)


def codings_frame(conn: Connection, coder: str | None = None, with_text: bool = False, **filters: Any) -> pd.DataFrame:
    """One row per coding with its document's metadata, in no particular order (sort when order
    matters); ``with_text`` adds the coded passage."""
    return coded_rows(conn, filtered(conn, codings_query(coder, with_text), **filters), with_text)


def codings_query(coder: str | None = None, with_text: bool = False) -> Select:
    """The query behind :func:`codings_frame`, to narrow further (``.where(...)``) before reading."""
    fields = [
        codings.c.id.label("coding_id"), codings.c.segment_id, documents.c.id.label("document_id"),
        documents.c.doc_key.label("document"), *[documents.c[name] for name in DOCUMENT_FIELDS],
        segments.c.number.label("segment"), segments.c.line_start, segments.c.line_end, segments.c.paragraph,
        segments.c.question, segments.c.speaker, documents.c.source_format, documents.c.first_line, codings.c.code_id,
        codings.c.coder, codings.c.char_start.label("start"), codings.c.char_end.label("end"), codings.c.origin,
        codings.c.key_quote, codings.c.memo,
    ]
    if with_text:
        fields += [segments.c.char_start.label("segment_start"), segments.c.text.label("segment_text")]
    query = (select(*fields).join(segments, segments.c.id == codings.c.segment_id)
             .join(documents, documents.c.id == segments.c.document_id))
    return query.where(codings.c.coder == coder) if coder else query


def coded_rows(conn: Connection, query: Select, with_text: bool = False) -> pd.DataFrame:
    """The rows of a :func:`codings_query` as a frame; ``with_text``: its passages cut from their segments.

    The driver's tuples go straight into the frame (a third faster than through SQLAlchemy's
    rows); the one column SQLAlchemy would convert, ``key_quote`` (0/1 in SQLite), is made bool."""
    result = conn.execute(query)
    try:
        frame = pd.DataFrame.from_records(result.cursor.fetchall(), columns=list(result.keys()))
    finally:
        result.close()
    frame["key_quote"] = frame["key_quote"].map(bool)
    if with_text:
        frame["text"] = [text[start - offset:end - offset] for text, start, end, offset in zip(
            frame["segment_text"], frame["start"], frame["end"], frame["segment_start"])]
        frame = frame.drop(columns=["segment_start", "segment_text"])
    return frame


def select_codes(conn: Connection, spec: str | int | Iterable[str] | None = None) -> list[CodeRow]:
    """The codes a matrix shows as columns: a code level in codebook order, or the codes named in
    the order they were named.

    ``spec`` is a code level (``1`` = top-level themes, ``2`` = their sub-codes plus themes
    without sub-codes), a comma-separated string of code paths or ids, or a list of them.
    """
    active = load_codes(conn)
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        spec = 1
    if isinstance(spec, str) and spec.strip().isdigit():
        spec = int(spec)
    if isinstance(spec, int):
        return codes_at_level(active, spec)
    refs = [part.strip() for part in (spec.split(",") if isinstance(spec, str) else spec) if part.strip()]
    by_id = {code.id: code for code in active}
    chosen = dict.fromkeys(resolve_code(conn, ref).id for ref in refs)
    return [by_id[code_id] for code_id in chosen if code_id in by_id]


def codes_at_level(active: list[CodeRow], level: int) -> list[CodeRow]:
    if level < 1:
        raise QdaError(f"code level must be 1 or more, not {level}")
    parents = {code.parent_id for code in active}
    return [code for code in active
            if code.depth == level - 1 or (code.depth < level - 1 and code.id not in parents)]


def subtree_map(all_codes: list[CodeRow], chosen: list[CodeRow], with_children: bool = True) -> pd.DataFrame:
    """Pairs (code_id, theme_id): which coded code counts for which chosen column code."""
    pairs = []
    for theme in chosen:
        for code in all_codes:
            if code.id == theme.id or (with_children and code.path.startswith(theme.path + "/")):
                pairs.append((code.id, theme.id))
    return pd.DataFrame(pairs, columns=["code_id", "theme_id"])


def themed(frame: pd.DataFrame, all_codes: list[CodeRow], chosen: list[CodeRow],
           with_children: bool = True) -> pd.DataFrame:
    """``frame`` with a ``theme_id`` column: a coding appears once for every chosen code it rolls up to."""
    return frame.merge(subtree_map(all_codes, chosen, with_children), on="code_id", how="inner")


def summaries_frame(conn: Connection, site: str | None = None) -> pd.DataFrame:
    """The evaluators' summaries: site, code_id (none: the overall conclusion), text, author,
    updated_at and origin (person, or machine for an unaccepted draft)."""
    query = select(summaries.c.site, summaries.c.code_id, summaries.c.text, summaries.c.author,
                   summaries.c.updated_at, summaries.c.origin).order_by(summaries.c.site, summaries.c.code_id)
    if site is not None:
        query = query.where(summaries.c.site == site)
    return read_frame(conn, query)


def memos_frame(conn: Connection) -> pd.DataFrame:
    """Memos on codes and segments (what a case report shows), oldest first."""
    query = (select(memos.c.target_kind, memos.c.code_id, memos.c.segment_id, memos.c.coder, memos.c.text)
             .where(memos.c.target_kind.in_(("code", "segment"))).order_by(memos.c.created_at, memos.c.id))
    return read_frame(conn, query)


def code_label(code: CodeRow, lang: str = "de") -> str:
    """The code's label in the report language (German label when there is no English one)."""
    return (code.label_en or code.label) if lang == "en" else code.label


def passages_of(frame: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """One row per passage (``key``, e.g. segment, code and span) however many coders coded it,
    with ``coders`` and ``origin`` joined, ``key_quote`` if any coder marked it, and the coding memos.

    A plain loop over the columns: a pandas group-by with Python aggregations took seconds on
    100,000 codings, this takes a fraction of one.
    """
    if frame.empty:
        return frame.assign(coders=[], coding_memos=[])
    groups: dict[tuple, list] = {}
    keys = zip(*(frame[column].tolist() for column in key))
    for position, (group, coder, origin, key_quote, memo) in enumerate(zip(
            keys, frame["coder"].tolist(), frame["origin"].tolist(), frame["key_quote"].tolist(),
            frame["memo"].tolist())):
        found = groups.get(group)
        if found is None:
            found = groups[group] = [position, set(), set(), False, []]
        found[1].add(coder)
        found[2].add(origin)
        found[3] = found[3] or bool(key_quote)
        if isinstance(memo, str) and memo:  # no memo: None, or NaN under pandas 3
            found[4].append(memo)
    values = list(groups.values())
    first = frame.iloc[[found[0] for found in values]].reset_index(drop=True)
    first["coders"] = [", ".join(sorted(found[1])) for found in values]
    first["origin"] = [", ".join(sorted(found[2])) for found in values]
    first["key_quote"] = [found[3] for found in values]
    first["coding_memos"] = [found[4] for found in values]
    return first
