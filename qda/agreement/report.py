"""Agreement per code (or per site or level) and overall, as rows for the CLI and analysts.

Per code, the units are rated present/absent. A row over several codes (a site, a level, the
overall row) pools every (unit, code) pair as one presence/absence decision. The figures come
from counts of coder patterns over the coded units (see ``metrics``), so the work grows with the
number of codings, not with units × codes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from qda.agreement.metrics import Agreement, agreement_from_patterns
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
    group_of = (lambda i: "") if by == "code" else (lambda i: getattr(table.units[i], by) or "")
    counts = _pattern_counts(table, group_of)
    sizes = Counter(group_of(i) for i in range(len(table.units)))
    width = len(table.coders)
    rows = []
    if by == "code":
        for path in table.codes:
            rows.append(_row(table, by, path, _with_absent(counts.get(("", path), Counter()), sizes[""], width)))
    else:
        for name in sorted(sizes):
            pooled = sum((counts.get((name, path), Counter()) for path in table.codes), Counter())
            rows.append(_row(table, by, name, _with_absent(pooled, sizes[name] * len(table.codes), width)))
    overall = sum(counts.values(), Counter())
    rows.append(_row(table, by, OVERALL, _with_absent(overall, len(table.units) * len(table.codes), width)))
    return rows


def _pattern_counts(table: UnitTable, group_of: Callable[[int], str]) -> dict[tuple[str, str], Counter]:
    """Per (group, code): how many units show each pattern of presence (1) and absence (0) per
    coder, counting only units that at least one coder coded; one pass over the codings."""
    counts: dict[tuple[str, str], Counter] = {}
    for (index, path), present in table.coded.items():
        pattern = tuple(int(coder in present) for coder in table.coders)
        counts.setdefault((group_of(index), path), Counter())[pattern] += 1
    return counts


def _with_absent(patterns: Counter, units: int, coders: int) -> Counter:
    """The counts completed by the units nobody coded (the all-absent pattern)."""
    complete = Counter(patterns)
    absent = units - sum(patterns.values())
    if absent:
        complete[(0,) * coders] += absent
    return complete


def _row(table: UnitTable, by: str, name: str, patterns: Counter) -> dict[str, Any]:
    figures = agreement_from_patterns(patterns, len(table.coders))
    row: dict[str, Any] = {by: name, "units": figures.units}
    for position, coder in enumerate(table.coders):
        row[f"n_{coder}"] = sum(units for values, units in patterns.items() if values[position])
    row["agreed"] = sum(units for values, units in patterns.items() if len(set(values)) == 1)
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
