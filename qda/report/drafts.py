"""Extractive drafts of a theme's summary: sentences taken from the coded passages, each cited.

No model and no network: the draft is the site's own words. Sentences of the theme's passages
(the theme and its sub-codes) are scored by centrality (``qda.report.passages``: how much of the
vocabulary of all the theme's passages at the site a sentence shares), then taken in turn from
each account (strategic, operational, the IFK about the client, the client) and each wave, so
that no single level or wave speaks for the site. A draft is stored with origin ``machine`` and
shown as "Entwurf (maschinell, ungeprüft)" until a person accepts or rewrites it.
"""

from __future__ import annotations

from itertools import zip_longest

import pandas as pd
from sqlalchemy import Connection

from qda.analysis.citation import cite_row
from qda.analysis.frame import codings_frame
from qda.codebook.store import CodeRow, load_codes, resolve_code
from qda.coding.sentences import split_sentences
from qda.errors import QdaError
from qda.report.data import without_speaker
from qda.report.passages import ACCOUNTS, account_of, centrality
from qda.report.summaries import check_site, get_summary, set_summary

SENTENCES = 4
MIN_SENTENCE = 40  # characters: shorter fragments say too little on their own


def draft_text(conn: Connection, site: str, theme: CodeRow, lang: str = "de") -> str | None:
    """The draft for ``theme`` at ``site``, or ``None`` when nothing is coded there."""
    frame = codings_frame(conn, with_text=True, site=site)
    paths = {code.id for code in load_codes(conn) if code.path == theme.path or code.path.startswith(theme.path + "/")}
    frame = frame[frame["code_id"].isin(paths)].drop_duplicates(["segment_id"])
    sentences = _sentences(frame)
    if sentences.empty:
        return None
    sentences["score"] = centrality(sentences["sentence"].tolist())
    sentences["account"] = [account_of(level, role) for level, role in zip(sentences["level"], sentences["role"])]
    picked = _balanced(sentences)
    return "\n".join(f"„{row['sentence']}“ ({cite_row(row, lang)})" for row in picked)


def _sentences(frame: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for row in frame.to_dict("records"):
        text = without_speaker(row["text"])
        for start, end in split_sentences(text):
            sentence = text[start:end].strip()
            if len(sentence) >= MIN_SENTENCE:
                rows.append({**row, "sentence": sentence})
    return pd.DataFrame(rows)


def _balanced(sentences: pd.DataFrame) -> list[dict]:
    """Round robin over (account, wave) groups, best-scored sentence first, one per protocol."""
    groups = []
    ordered = sentences.sort_values(["score", "document", "segment"], ascending=[False, True, True], kind="stable")
    for account in ACCOUNTS:
        for _, group in ordered[ordered["account"] == account].groupby("wave", dropna=False, sort=True):
            groups.append(group.to_dict("records"))
    picked: list[dict] = []
    documents: set[str] = set()
    for round_ in zip_longest(*groups):
        for row in round_:
            if row is not None and row["document"] not in documents and len(picked) < SENTENCES:
                picked.append(row)
                documents.add(row["document"])
    return picked


def draft_summaries(conn: Connection, site: str, code_ref: str | None, author: str = "qda",
                    lang: str = "de") -> list[tuple[str, str]]:
    """Store drafts for one theme (or, with ``code_ref=None``, every theme) of ``site`` where no
    person has written a summary yet; returns (theme, outcome) pairs."""
    site = check_site(conn, site)
    themes = [resolve_code(conn, code_ref, include_inactive=False)] if code_ref else \
        [code for code in load_codes(conn) if code.parent_id is None]
    if code_ref and themes[0].parent_id is not None:
        raise QdaError(f"'{code_ref}' is not a theme (a top-level code)")
    outcomes = []
    for theme in themes:
        existing = get_summary(conn, site, theme.path)
        if existing and existing["origin"] == "person":
            outcomes.append((theme.path, "kept (written by a person)"))
            continue
        text = draft_text(conn, site, theme, lang)
        if text is None:
            outcomes.append((theme.path, "nothing coded"))
            continue
        set_summary(conn, site, theme.path, text, author, origin="machine")
        outcomes.append((theme.path, "drafted"))
    return outcomes
