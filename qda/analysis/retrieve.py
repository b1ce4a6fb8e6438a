"""Coded passages of a code, with citations and memos, and Boolean combinations of codes.

Combinations work on segments: ``--and-code B`` keeps passages whose segment is also coded B,
``--not-code C`` drops those whose segment is coded C (by any coder, unless one is chosen).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
from sqlalchemy import Connection, select

from qda.analysis.citation import cite_row, lines
from qda.analysis.frame import codings_frame, passages_of
from qda.codebook.store import CodeRow, load_codes, resolve_code
from qda.store.schema import memos
from qda.untrusted import markdown_quote, markdown_text

PASSAGE_KEY = ["segment_id", "code_id", "start", "end"]
RETRIEVE_COLUMNS = [
    "citation", "document", "segment", "lines", "site", "level", "role", "wave", "code", "coders", "origin",
    "key_quote", "text", "coding_memos", "segment_memos", "code_memo",
]


def code_ids(conn: Connection, ref: str, with_children: bool, all_codes: list[CodeRow]) -> set[int]:
    """The id of the code ``ref`` and, with ``with_children``, of every code below it."""
    code = resolve_code(conn, ref)
    return {c.id for c in all_codes if c.id == code.id or (with_children and c.path.startswith(code.path + "/"))}


def retrieve(
    conn: Connection, code: str, and_codes: Iterable[str] = (), not_codes: Iterable[str] = (),
    with_children: bool = False, coder: str | None = None, lang: str = "de", **filters: Any,
) -> pd.DataFrame:
    """Passages coded ``code`` (one row per passage, however many coders coded it).

    Example: retrieve(conn, "contact_density", and_codes=["egv"], site="Bochum")
    """
    all_codes = load_codes(conn, include_inactive=True)
    frame = codings_frame(conn, coder=coder, with_text=True, **filters).sort_values(
        ["document", "segment", "start"], kind="stable")
    keep = frame["code_id"].isin(code_ids(conn, code, with_children, all_codes))
    for ref in and_codes:
        keep &= frame["segment_id"].isin(_segments_with(frame, code_ids(conn, ref, with_children, all_codes)))
    for ref in not_codes:
        keep &= ~frame["segment_id"].isin(_segments_with(frame, code_ids(conn, ref, with_children, all_codes)))
    passages = passages_of(frame[keep], PASSAGE_KEY)
    if passages.empty:
        return pd.DataFrame(columns=RETRIEVE_COLUMNS)
    paths = {c.id: c.path for c in all_codes}
    passages["code"] = passages["code_id"].map(paths)
    passages["citation"] = [cite_row(row, lang) for row in passages.itertuples()]
    offsets = [int(first) - 1 if first == first and first is not None else 0 for first in passages["first_line"]]
    passages["lines"] = [lines(a + offset, b + offset)
                         for a, b, offset in zip(passages["line_start"], passages["line_end"], offsets)]
    segment_memos, code_memos = _memos(conn, set(passages["segment_id"]), set(passages["code_id"]))
    passages["segment_memos"] = passages["segment_id"].map(lambda i: segment_memos.get(i, []))
    passages["code_memo"] = passages["code_id"].map(lambda i: "\n".join(code_memos.get(i, [])))
    return passages[RETRIEVE_COLUMNS].reset_index(drop=True)


def passages_markdown(passages: pd.DataFrame) -> str:
    """Passages (as :func:`retrieve` returns them) as Markdown block quotes, each followed by its
    citation and memos, all escaped: protocol text must not become HTML or links in a viewer."""
    blocks = []
    for row in passages.itertuples():
        lines = [markdown_quote(row.text), ">", f"> — {markdown_text(f'{row.citation} ({row.code}; {row.coders})')}"]
        lines += [f"\n*Memo:* {markdown_text(memo)}" for memo in [*row.coding_memos, *row.segment_memos]]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _segments_with(frame: pd.DataFrame, ids: set[int]) -> set[int]:
    return set(frame.loc[frame["code_id"].isin(ids), "segment_id"])


def _memos(conn: Connection, segment_ids: set[int],
           code_ids_: set[int]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Memos on the passages' segments and on their codes, oldest first."""
    by_segment: dict[int, list[str]] = {}
    by_code: dict[int, list[str]] = {}
    query = select(memos.c.target_kind, memos.c.segment_id, memos.c.code_id, memos.c.text).where(
        ((memos.c.target_kind == "segment") & memos.c.segment_id.in_(segment_ids))
        | ((memos.c.target_kind == "code") & memos.c.code_id.in_(code_ids_))
    ).order_by(memos.c.created_at, memos.c.id)
    for row in conn.execute(query):
        if row.target_kind == "segment":
            by_segment.setdefault(row.segment_id, []).append(row.text)
        else:
            by_code.setdefault(row.code_id, []).append(row.text)
    return by_segment, by_code
