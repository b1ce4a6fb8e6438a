"""Where coders differ: the units to discuss, and the segment queue the workbench walks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from qda.agreement.units import build_units


def disagreement_rows(
    conn: Connection, coders: list[str] | str, unit: str = "segment", code: str | None = None,
    site: str | None = None, level: str | None = None, themes: bool = False,
) -> list[dict[str, Any]]:
    """One row per (unit, code) on which some but not all coders coded the code."""
    table = build_units(conn, coders, unit=unit, code=code, site=site, level=level, themes=themes)
    rows = []
    for i, item in enumerate(table.units):
        for path in table.codes:
            if table.differs(i, path):
                present = table.coded[i, path]
                rows.append({
                    "document": item.document, "segment": item.segment, "sentence": item.sentence,
                    "segment_id": item.segment_id, "code": path,
                    "coded_by": ",".join(c for c in table.coders if c in present),
                    "not_coded_by": ",".join(c for c in table.coders if c not in present),
                    "start": item.start, "end": item.end, "text": item.text,
                })
    return rows


def disagreement_segment_ids(conn: Connection, coders: list[str]) -> list[int]:
    """Segment ids, in document order, where the coders differ on any code (segment units)."""
    seen = dict.fromkeys(row["segment_id"] for row in disagreement_rows(conn, coders))
    return list(seen)
