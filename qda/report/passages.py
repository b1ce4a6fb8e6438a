"""Which passages a case report quotes, and under which account: a documented method.

Per site and theme the coded passages are grouped by *account*: the strategic level, the
operational level, and at the client level the IFK's account of the client apart from the
client's own (every other role). Within an account they are ranked:

1. key quotes (a coder flagged the passage) first;
2. then by centrality: the cosine similarity between the passage's words and the words of all
   of the theme's passages at the site (lower-cased words of four or more letters). The passage
   that shares most of its vocabulary with what the site said about the theme stands for it;
3. a protocol gives a second passage only after every protocol of the account has given one;
4. more coders who coded the passage, then document order, break ties.

A segment is quoted at most once per theme, however many of the theme's codes it carries.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd

ACCOUNTS = ("strategic", "operational", "client_ifk", "client_self")
WORD = re.compile(r"[^\W\d_]{4,}")
IFK_ROLES = ("ifk", "pap")


def account_of(level: object, role: object) -> str | None:
    """The account a passage belongs to; ``None`` for documents without a level."""
    if level == "client":
        return "client_ifk" if str(role or "").strip().lower() in IFK_ROLES else "client_self"
    return level if level in ("strategic", "operational") else None


def centrality(texts: list[str]) -> list[float]:
    """Cosine similarity of each text's word counts with the summed counts of all of them."""
    counts = [Counter(WORD.findall(text.lower())) for text in texts]
    total: Counter = Counter()
    for words in counts:
        total.update(words)
    total_norm = math.sqrt(sum(n * n for n in total.values())) or 1.0
    scores = []
    for words in counts:
        norm = math.sqrt(sum(n * n for n in words.values()))
        scores.append(sum(n * total[w] for w, n in words.items()) / (norm * total_norm) if norm else 0.0)
    return scores


def rank(passages: pd.DataFrame) -> pd.DataFrame:
    """``passages`` (one row per site, theme and passage) with ``account``, ``centrality`` and
    ``rank`` (1 = quoted first within its site, theme and account); one row per segment and theme."""
    frame = passages.copy()
    frame["account"] = [account_of(level, role) for level, role in zip(frame["level"], frame["role"])]
    frame = frame[frame["account"].notna()]
    frame["n_coders"] = frame["coders"].str.count(",") + 1
    frame["centrality"] = 0.0
    for index in frame.groupby(["site", "theme_id"]).groups.values():
        frame.loc[index, "centrality"] = centrality(frame.loc[index, "text"].tolist())
    frame = frame.sort_values(["key_quote", "centrality", "n_coders", "document", "segment"],
                              ascending=[False, False, False, True, True], kind="stable")
    frame = frame.drop_duplicates(["site", "theme_id", "segment_id"])
    frame["nth_in_document"] = frame.groupby(["site", "theme_id", "account", "document"]).cumcount()
    frame = frame.sort_values(["key_quote", "nth_in_document", "centrality", "n_coders", "document", "segment"],
                              ascending=[False, True, False, False, True, True], kind="stable")
    frame["rank"] = frame.groupby(["site", "theme_id", "account"]).cumcount() + 1
    return frame
