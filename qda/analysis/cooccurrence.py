"""Code × code co-occurrence: how many segments carry both codes (the diagonal: the code at all).

Codes are chosen like matrix columns (a level or a list) and include their sub-codes, so two
themes co-occur when any of their codes meet on one segment, whoever coded them.
"""

from __future__ import annotations

from typing import Any, Iterable

import pandas as pd
from sqlalchemy import Connection

from qda.analysis.frame import code_label, codings_frame, select_codes, themed
from qda.codebook.store import load_codes


def cooccurrence(
    conn: Connection, codes: str | int | Iterable[str] | None = None, coder: str | None = None, **filters: Any,
) -> pd.DataFrame:
    """A square DataFrame of distinct segment counts, indexed and headed by code paths.

    Example: cooccurrence(conn, codes=2, site="Bochum")
    """
    chosen = select_codes(conn, codes)
    paths = [code.path for code in chosen]
    pairs = themed(codings_frame(conn, coder=coder, **filters), load_codes(conn, include_inactive=True), chosen)
    pairs = pairs[["segment_id", "theme_id"]].drop_duplicates()
    joined = pairs.merge(pairs, on="segment_id", suffixes=("_a", "_b"))
    counts = joined.groupby(["theme_id_a", "theme_id_b"]).size()
    table = counts.unstack(fill_value=0) if len(counts) else pd.DataFrame()
    ids = {code.id: code.path for code in chosen}
    table = table.rename(index=ids, columns=ids).reindex(index=paths, columns=paths, fill_value=0).fillna(0).astype(int)
    table.index.name = "code"
    table.attrs = {"labels": {code.path: {"de": code_label(code, "de"), "en": code_label(code, "en")}
                              for code in chosen}}
    return table
