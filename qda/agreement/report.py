"""Agreement per code (or per site or level) and overall, as rows for the CLI and analysts.

Per code, the units are rated present/absent. A row over several codes (a site, a level, the
overall row) pools every (unit, code) pair as one presence/absence decision.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from qda.agreement.metrics import Agreement, agreement
from qda.agreement.units import UnitTable, build_units
from qda.errors import QdaError

GROUPINGS = ("code", "site", "level")
OVERALL = "(all)"


def agreement_rows(
    conn: Connection, coders: list[str] | str, unit: str = "segment", code: str | None = None,
    by: str = "code", site: str | None = None, level: str | None = None, themes: bool = False,
) -> list[dict[str, Any]]:
    """One row per group with units, per-coder counts and the figures, then the overall row."""
    if by not in GROUPINGS:
        raise QdaError(f"unknown grouping '{by}' (use {', '.join(GROUPINGS)})")
    table = build_units(conn, coders, unit=unit, code=code, site=site, level=level, themes=themes)
    if not table.units:
        raise QdaError(f"coders {', '.join(table.coders)} have no document in common")
    rows = []
    if by == "code":
        for path in table.codes:
            rows.append(_row(table, by, path, table.ratings(path)))
    else:
        groups: dict[str, list[int]] = {}
        for i, item in enumerate(table.units):
            groups.setdefault(getattr(item, by) or "", []).append(i)
        for name, indexes in sorted(groups.items()):
            rows.append(_row(table, by, name, pooled(table, indexes)))
    rows.append(_row(table, by, OVERALL, pooled(table)))
    return rows


def pooled(table: UnitTable, indexes: list[int] | None = None) -> list[list[int]]:
    """Every code's ratings one after another, per coder."""
    per_code = [table.ratings(path, indexes) for path in table.codes]
    return [[value for ratings in per_code for value in ratings[c]] for c in range(len(table.coders))]


def _row(table: UnitTable, by: str, name: str, ratings: list[list[int]]) -> dict[str, Any]:
    figures = agreement(ratings)
    row: dict[str, Any] = {by: name, "units": figures.units}
    for coder, values in zip(table.coders, ratings):
        row[f"n_{coder}"] = sum(values)
    row["agreed"] = sum(len(set(values)) == 1 for values in zip(*ratings))
    row.update(_rounded(figures))
    return row


def _rounded(figures: Agreement) -> dict[str, float | None]:
    def r(value: float | None, digits: int) -> float | None:
        return None if value is None else round(value, digits)

    return {
        "percent": r(None if figures.percent is None else 100 * figures.percent, 1),
        "cohen_kappa": r(figures.cohen_kappa, 3),
        "bp_kappa": r(figures.bp_kappa, 3),
        "alpha": r(figures.alpha, 3),
    }
