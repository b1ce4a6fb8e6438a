"""Tidy tables for analysts: one row per coding or per segment, flat columns pandas reads as is.

``qda code export`` writes codings for re-import; these tables are for analysis instead: each
coding carries its document's metadata, the code's label and top-level theme and the quoted
text; each segment carries the codes given to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Connection

from qda.codebook.store import load_codes
from qda.coding.api import list_codings
from qda.corpus import segment_rows
from qda.errors import QdaError
from qda.files import atomic_write
from qda.untrusted import neutralised_frame

CODING_COLUMNS = (
    "document", "site", "level", "role", "wave", "segment", "question", "line_start", "line_end", "code",
    "code_label", "theme", "coder", "origin", "start", "end", "text", "memo", "key_quote", "created_at",
)
SEGMENT_COLUMNS = (
    "document", "site", "level", "role", "wave", "segment", "question", "lines", "start", "end", "codes",
    "coders", "text",
)
TIDY_FORMATS = ("csv", "json")


def coding_table(conn: Connection, **filters: Any) -> pd.DataFrame:
    """One row per coding (filters as for ``list_codings``: coder, code, site, level, ...)."""
    labels = {code.path: code.label for code in load_codes(conn, include_inactive=True)}
    rows = list_codings(conn, **filters)
    for row in rows:
        row["code_label"] = labels.get(row["code"])
        row["theme"] = row["code"].split("/", 1)[0]
    return pd.DataFrame(rows, columns=list(CODING_COLUMNS))


def segment_table(conn: Connection, **filters: Any) -> pd.DataFrame:
    """One row per segment with the codes (and coders) it got, ';'-separated."""
    given: dict[tuple[str, int], tuple[set[str], set[str]]] = {}
    for row in list_codings(conn):
        codes, coders = given.setdefault((row["document"], row["segment"]), (set(), set()))
        codes.add(row["code"])
        coders.add(row["coder"])
    rows = segment_rows(conn, **filters)
    for row in rows:
        codes, coders = given.get((row["document"], row["segment"]), (set(), set()))
        row["codes"], row["coders"] = ";".join(sorted(codes)), ";".join(sorted(coders))
    return pd.DataFrame(rows, columns=list(SEGMENT_COLUMNS))


def write_table(frame: pd.DataFrame, fmt: str, out: Path | None) -> str:
    """CSV (UTF-8, header) or JSON records with ISO dates: the text, also written to ``out``
    (whole or not at all) if given."""
    if fmt not in TIDY_FORMATS:
        raise QdaError(f"cannot write a table as '{fmt}' (use {', '.join(TIDY_FORMATS)})")
    if fmt == "csv":
        text = neutralised_frame(frame).to_csv(index=False)
    else:
        text = frame.to_json(orient="records", force_ascii=False, date_format="iso", indent=2)
    if out is not None:
        atomic_write(out, text)
    return text
