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
from sqlalchemy import Connection, Integer, column, func, select
from sqlalchemy import values as literal_rows

from qda.analysis.frame import (
    ROW_FIELDS,
    code_label,
    codes_at_level,
    codings_frame,
    documents_frame,
    select_codes,
    subtree_map,
    summaries_frame,
    themed,
)
from qda.codebook.store import CodeRow, load_codes
from qda.errors import QdaError
from qda.filters import filtered
from qda.ingest.metadata import LEVELS
from qda.store.schema import codings, documents, segments

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
    """Several value kinds of the same matrix at once, counted by the database: one grouped
    query per matrix, so memory stays flat however many codings the project holds."""
    return counted_matrices(conn, select_codes(conn, cols), rows, values, coder, **filters)


def counted_matrices(
    conn: Connection, chosen: list[CodeRow], rows: str = "site", values: Iterable[str] = VALUES,
    coder: str | None = None, all_codes: list[CodeRow] | None = None, **filters: Any,
) -> dict[str, pd.DataFrame]:
    """:func:`theme_matrices` with the columns already chosen (``all_codes``: the codebook with
    inactive codes, when the caller has it loaded)."""
    values = list(values)
    _check(rows, values)
    totals = _document_totals(conn, rows, **filters)
    codes = all_codes if all_codes is not None else load_codes(conn, include_inactive=True)
    counted = _counted_in_database(conn, rows, subtree_map(codes, chosen), coder, **filters)
    summaries = summaries_frame(conn) if "summary" in values else None
    return _shaped(counted, totals, summaries, rows, chosen, values)


def matrices_from(source: MatrixSource, rows: str, chosen: list[CodeRow],
                  values: Iterable[str]) -> dict[str, pd.DataFrame]:
    """Compute the requested value kinds from already loaded frames."""
    values = list(values)
    _check(rows, values)
    docs = _row_labels(source.documents, rows)
    coded = themed(_row_labels(source.codings, rows), source.codes, chosen)
    counted = coded.groupby([rows, "theme_id"]).agg(
        segments=("segment_id", "nunique"), documents=("document_id", "nunique")).reset_index()
    totals = docs.groupby(rows, sort=False)["document_id"].nunique()
    return _shaped(counted, totals, source.summaries, rows, chosen, values)


def _shaped(counted: pd.DataFrame, totals: pd.Series, summaries: pd.DataFrame | None, rows: str,
            chosen: list[CodeRow], values: list[str]) -> dict[str, pd.DataFrame]:
    """The matrices of ``values`` from distinct ``segments`` and ``documents`` per row label and
    ``theme_id`` (``counted``) and the documents per row label in first-seen order (``totals``)."""
    index = _ordered_index(totals.index, rows)
    totals = totals.reindex(index).fillna(0)
    columns = [code.path for code in chosen]
    paths = {code.id: code.path for code in chosen}
    count = _table(counted, rows, "segments", index, paths, columns)
    documents_with = _table(counted, rows, "documents", index, paths, columns)
    kinds = {
        "count": lambda: count,
        "docs": lambda: documents_with,
        "share": lambda: documents_with.div(totals.where(totals > 0), axis=0).fillna(0.0).round(3),
        "presence": lambda: documents_with.gt(0).replace({True: PRESENT, False: ""}),
        "summary": lambda: _summaries(summaries, chosen, index),
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


def _row_field(rows: str):
    return documents.c.doc_key if rows == "document" else documents.c[rows]


def _document_totals(conn: Connection, rows: str, **filters: Any) -> pd.Series:
    """Documents per row label, labels in the order of their first document (by key), as
    :func:`matrices_from` sees them in the documents frame."""
    field = _row_field(rows)
    query = filtered(conn, select(field, func.count()).group_by(field)
                     .order_by(func.min(documents.c.doc_key)), **filters)  # in the database's collation
    totals: dict[str, int] = {}
    for value, number in conn.execute(query):
        label = row_label(value, rows)
        totals[label] = totals.get(label, 0) + number
    return pd.Series(totals, dtype="int64")


def _counted_in_database(conn: Connection, rows: str, theme_map: pd.DataFrame, coder: str | None,
                         **filters: Any) -> pd.DataFrame:
    """Distinct segments and documents per row label and theme, grouped by the database (a
    coding counts for every chosen code it rolls up to, through ``theme_map``)."""
    columns = [rows, "theme_id", "segments", "documents"]
    if theme_map.empty:
        return pd.DataFrame(columns=columns)
    themes = literal_rows(column("code_id", Integer), column("theme_id", Integer), name="theme_map").data(
        list(theme_map.itertuples(index=False, name=None))).cte()
    field = _row_field(rows)
    query = (select(field, themes.c.theme_id, func.count(codings.c.segment_id.distinct()),
                    func.count(segments.c.document_id.distinct()))
             .select_from(codings).join(themes, themes.c.code_id == codings.c.code_id)
             .join(segments, segments.c.id == codings.c.segment_id)
             .join(documents, documents.c.id == segments.c.document_id)
             .group_by(field, themes.c.theme_id))
    if coder:
        query = query.where(codings.c.coder == coder)
    counted = pd.DataFrame.from_records(
        [(row_label(value, rows), theme, number, documents_with)
         for value, theme, number, documents_with in conn.execute(filtered(conn, query, **filters))],
        columns=columns)
    # two stored values can share a label (no wave and "—"): their documents are distinct
    return counted.groupby([rows, "theme_id"], as_index=False, sort=False).sum()


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


def _table(counted: pd.DataFrame, rows: str, unit: str, index: pd.Index, paths: dict[int, str],
           columns: list[str]) -> pd.DataFrame:
    """The ``unit`` column of ``counted`` (distinct segments or documents) as rows × themes."""
    counts = counted.set_index([rows, "theme_id"])[unit]
    table = counts.unstack("theme_id", fill_value=0) if len(counts) else pd.DataFrame(index=index)
    table = table.rename(columns=paths)
    return table.reindex(index=index, columns=columns, fill_value=0).fillna(0).astype(int)


def _summaries(summaries: pd.DataFrame | None, chosen: list[CodeRow], index: pd.Index) -> pd.DataFrame:
    table = pd.DataFrame("", index=index, columns=[code.path for code in chosen])
    paths = {code.id: code.path for code in chosen}
    for row in summaries.itertuples() if summaries is not None else ():
        if row.site in table.index and row.code_id in paths:
            table.loc[row.site, paths[row.code_id]] = row.text
    return table
