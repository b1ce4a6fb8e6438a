"""The cross-site theme matrix: rows are sites (or levels, roles, waves, documents), columns are
themes of the codebook, cells are what evaluators put in their overview tables by hand.

A coding counts for its code and for every chosen ancestor code (a theme column includes its
sub-codes). Cells count distinct segments and distinct documents, so a passage coded by two
coders counts once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import pandas as pd
from sqlalchemy import Connection

from qda.analysis.frame import (
    ROW_FIELDS,
    code_label,
    codes_at_level,
    codings_frame,
    documents_frame,
    select_codes,
    summaries_frame,
    themed,
)
from qda.codebook.store import CodeRow, load_codes
from qda.errors import QdaError
from qda.ingest.metadata import LEVELS

VALUES = ("count", "docs", "share", "presence", "summary")
PRESENT = "✓"
MISSING_LABEL = "—"


@dataclass
class MatrixSource:
    """Everything a matrix is computed from, loaded once (reports reuse it for every site)."""

    documents: pd.DataFrame
    codings: pd.DataFrame
    codes: list[CodeRow]
    summaries: pd.DataFrame

    @classmethod
    def load(cls, conn: Connection, coder: str | None = None, with_text: bool = False,
             **filters: Any) -> "MatrixSource":
        return cls(documents_frame(conn, **filters), codings_frame(conn, coder=coder, with_text=with_text, **filters),
                   load_codes(conn, include_inactive=True), summaries_frame(conn))


def theme_matrix(
    conn: Connection, rows: str = "site", cols: str | int | Iterable[str] | None = None, value: str = "count",
    coder: str | None = None, **filters: Any,
) -> pd.DataFrame:
    """One matrix as a DataFrame: index = row values, columns = code paths.

    ``df.attrs`` carries ``labels`` (path → {de, en}), ``ids`` (path → code id) and ``documents``
    (row → number of documents), which the exporters use for headers.
    Example: theme_matrix(conn, rows="site", cols=1, value="docs")
    """
    return theme_matrices(conn, rows, cols, (value,), coder, **filters)[value]


def theme_matrices(
    conn: Connection, rows: str = "site", cols: str | int | Iterable[str] | None = None,
    values: Iterable[str] = VALUES, coder: str | None = None, **filters: Any,
) -> dict[str, pd.DataFrame]:
    """Several value kinds of the same matrix at once (one read of the database)."""
    source = MatrixSource.load(conn, coder=coder, **filters)
    return matrices_from(source, rows, select_codes(conn, cols), values)


def matrices_from(source: MatrixSource, rows: str, chosen: list[CodeRow],
                  values: Iterable[str]) -> dict[str, pd.DataFrame]:
    """Compute the requested value kinds from already loaded frames."""
    values = list(values)
    _check(rows, values)
    docs = _row_labels(source.documents, rows)
    index = _ordered_index(docs[rows], rows)
    columns = [code.path for code in chosen]
    coded = themed(_row_labels(source.codings, rows), source.codes, chosen)
    paths = {code.id: code.path for code in chosen}
    count = _distinct(coded, rows, "segment_id", index, paths, columns)
    documents_with = _distinct(coded, rows, "document_id", index, paths, columns)
    totals = docs.groupby(rows)["document_id"].nunique().reindex(index).fillna(0)
    kinds = {
        "count": lambda: count,
        "docs": lambda: documents_with,
        "share": lambda: documents_with.div(totals.where(totals > 0), axis=0).fillna(0.0).round(3),
        "presence": lambda: documents_with.gt(0).replace({True: PRESENT, False: ""}),
        "summary": lambda: _summaries(source.summaries, chosen, index),
    }
    result = {}
    for value in values:
        frame = kinds[value]()
        frame.index.name = rows
        frame.attrs = {"value": value, "rows": rows, "ids": {code.path: code.code_key for code in chosen},
                       "labels": {code.path: {"de": code_label(code, "de"), "en": code_label(code, "en")}
                                  for code in chosen},
                       "documents": totals.astype(int).to_dict()}
        result[value] = frame
    return result


def presence_columns(codes: list[CodeRow]) -> list[CodeRow]:
    """The columns a presence matrix is worth reading on: sub-codes (and themes without any),
    since nearly every protocol touches every top-level theme and a ✓ there says nothing."""
    return codes_at_level([code for code in codes if code.active], 2)


def _check(rows: str, values: list[str]) -> None:
    if rows not in ROW_FIELDS:
        raise QdaError(f"unknown rows '{rows}' (use {', '.join(ROW_FIELDS)})")
    for value in values:
        if value not in VALUES:
            raise QdaError(f"unknown value '{value}' (use {', '.join(VALUES)})")
    if "summary" in values and rows != "site":
        raise QdaError("summaries are written per site: use --rows site with --value summary")


def row_label(value: Any, rows: str) -> str:
    """How a row value is shown: waves as W1, W2; missing metadata as a dash."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return MISSING_LABEL
    if rows == "wave":
        return f"W{int(value)}"
    return str(value)


def _row_labels(frame: pd.DataFrame, rows: str) -> pd.DataFrame:
    frame = frame.copy()
    frame[rows] = [row_label(value, rows) for value in frame[rows]]
    return frame


def _ordered_index(labels: pd.Series, rows: str) -> pd.Index:
    unique = list(dict.fromkeys(labels))
    if rows == "level":
        order = {label: position for position, label in enumerate(LEVELS)}
        unique.sort(key=lambda label: (order.get(label, len(order)), label))
    elif rows == "wave":
        unique.sort(key=lambda label: (label == MISSING_LABEL, int(label[1:]) if label != MISSING_LABEL else 0))
    else:
        unique.sort(key=lambda label: (label == MISSING_LABEL, label.casefold()))
    return pd.Index(unique, name=rows)


def _distinct(coded: pd.DataFrame, rows: str, unit: str, index: pd.Index, paths: dict[int, str],
              columns: list[str]) -> pd.DataFrame:
    """How many distinct ``unit`` (segments or documents) per row value and theme."""
    counted = coded.drop_duplicates([rows, "theme_id", unit]).groupby([rows, "theme_id"]).size()
    table = counted.unstack("theme_id", fill_value=0) if len(counted) else pd.DataFrame(index=index)
    table = table.rename(columns=paths)
    return table.reindex(index=index, columns=columns, fill_value=0).fillna(0).astype(int)


def _summaries(summaries: pd.DataFrame, chosen: list[CodeRow], index: pd.Index) -> pd.DataFrame:
    table = pd.DataFrame("", index=index, columns=[code.path for code in chosen])
    paths = {code.id: code.path for code in chosen}
    for row in summaries.itertuples():
        if row.site in table.index and row.code_id in paths:
            table.loc[row.site, paths[row.code_id]] = row.text
    return table
