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

import re
from itertools import chain

import numpy as np
import pandas as pd

ACCOUNTS = ("strategic", "operational", "client_ifk", "client_self")
WORD = re.compile(r"[^\W\d_]{4,}")
LETTER = re.compile(r"[^\W\d_]")
LATIN1_WORD = re.compile(b"[" + re.escape(bytes(code for code in range(256) if LETTER.match(chr(code)))) + b"]{4,}")
IFK_ROLES = ("ifk", "pap")


def account_of(level: object, role: object) -> str | None:
    """The account a passage belongs to; ``None`` for documents without a level."""
    if level == "client":
        return "client_ifk" if str(role or "").strip().lower() in IFK_ROLES else "client_self"
    return level if level in ("strategic", "operational") else None


def centrality(texts: list[str]) -> list[float]:
    """Cosine similarity of each text's word counts with the summed counts of all of them."""
    return group_centrality(_word_counts(texts), [list(range(len(texts)))]).tolist()


def _word_counts(texts: list[str], chunk: int = 2000):
    """A sparse texts × words count matrix (lower-cased words of four or more letters), the
    counts CountVectorizer gives with the same pattern. Each distinct text is read once (a passage
    coded under several themes recurs) and words are numbered a chunk of texts at a time by a hash
    table in C, so no list of all words is held. Columns are in order of first appearance, which
    changes no score: counts are integers, summed exactly."""
    from scipy.sparse import csr_matrix

    codes, unique = pd.factorize(np.array(texts, dtype=object))
    vocabulary: dict[str, int] = {}
    indptr, indices, data = [np.zeros(1, dtype=np.int64)], [], []
    for first in range(0, len(unique), chunk):
        words = [_words(text) for text in unique[first:first + chunk]]
        local, found = pd.factorize(np.array(list(chain.from_iterable(words)), dtype=object))
        ids = np.array([vocabulary.setdefault(word.decode("latin-1") if isinstance(word, bytes) else word,
                                              len(vocabulary)) for word in found], dtype=np.int64)
        rows = np.repeat(np.arange(len(words)), [len(text_words) for text_words in words])
        block = csr_matrix((np.ones(len(local), dtype=np.int64), (rows, ids[local])),
                           shape=(len(words), len(vocabulary)))
        block.sum_duplicates()
        indices.append(block.indices)
        data.append(block.data)
        indptr.append(block.indptr[1:] + indptr[-1][-1])
    if not vocabulary:  # no word of four letters in any text
        return csr_matrix((len(texts), 1), dtype=np.int64)
    counts = csr_matrix((np.concatenate(data), np.concatenate(indices), np.concatenate(indptr)),
                        shape=(len(unique), len(vocabulary)))
    return counts[codes]


def _words(text: str) -> list:
    """``WORD.findall(text.lower())``; as Latin-1 bytes where the text has no letter beyond
    Latin-1 (other characters, such as „ or –, separate words either way), twice as fast."""
    lower = text.lower()
    try:
        return LATIN1_WORD.findall(lower.encode("latin-1"))
    except UnicodeEncodeError:
        if any(ord(char) > 255 and LETTER.match(char) for char in set(lower)):
            return WORD.findall(lower)
        return LATIN1_WORD.findall(lower.encode("latin-1", "replace"))


def group_centrality(counts, groups: list[list[int]]) -> np.ndarray:
    """:func:`centrality` within each group of rows of ``counts``, computed on one matrix."""
    scores = np.zeros(counts.shape[0])
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    for rows in groups:
        block = counts[rows]
        total = np.asarray(block.sum(axis=0)).ravel()
        dots = block @ total
        scale = norms[rows] * (np.linalg.norm(total) or 1.0)
        scores[rows] = np.divide(dots, scale, out=np.zeros(len(rows)), where=scale > 0)
    return scores


def _site_centrality(frame: pd.DataFrame) -> np.ndarray:
    """Centrality within each site and theme, one site's word counts at a time (memory stays
    that of the largest site, not the corpus)."""
    scores = np.zeros(len(frame))
    texts, themes = frame["text"].to_numpy(), frame["theme_id"].to_numpy()
    for rows in frame.groupby("site").indices.values():
        groups = pd.Series(np.arange(len(rows))).groupby(themes[rows]).indices.values()
        scores[rows] = group_centrality(_word_counts(texts[rows].tolist()), [list(group) for group in groups])
    return scores


def rank(passages: pd.DataFrame) -> pd.DataFrame:
    """``passages`` (one row per site, theme and passage) with ``account``, ``centrality`` and
    ``rank`` (1 = quoted first within its site, theme and account); one row per segment and theme."""
    frame = passages.copy()
    frame["account"] = [account_of(level, role) for level, role in zip(frame["level"], frame["role"])]
    frame = frame[frame["account"].notna()]
    frame["n_coders"] = [coders.count(",") + 1 for coders in frame["coders"]]
    frame = frame.reset_index(drop=True)
    frame["centrality"] = _site_centrality(frame)
    frame = frame.sort_values(["key_quote", "centrality", "n_coders", "document", "segment"],
                              ascending=[False, False, False, True, True], kind="stable")
    frame = frame.drop_duplicates(["site", "theme_id", "segment_id"])
    frame["nth_in_document"] = frame.groupby(["site", "theme_id", "account", "document"]).cumcount()
    frame = frame.sort_values(["key_quote", "nth_in_document", "centrality", "n_coders", "document", "segment"],
                              ascending=[False, True, False, False, True, True], kind="stable")
    frame["rank"] = frame.groupby(["site", "theme_id", "account"]).cumcount() + 1
    return frame
