"""Where coders differ: the units to discuss, and the segment queue the workbench walks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from qda.agreement.units import BATCH, UnitTable, document_tables, unit_texts


def disagreement_rows(
    conn: Connection, coders: list[str] | str, unit: str = "segment", code: str | None = None,
    site: str | None = None, level: str | None = None, themes: bool = False,
) -> Iterator[dict[str, Any]]:
    """One row per (unit, code) on which some but not all coders coded the code, produced one
    document at a time with the texts read for a batch of rows: memory stays flat however many
    disagreements a study has. Wrong arguments raise here, before a row is asked for."""
    return _stream(conn, document_tables(conn, coders, unit=unit, code=code, site=site, level=level,
                                         themes=themes))


def _stream(conn: Connection, tables: Iterator[UnitTable]) -> Iterator[dict[str, Any]]:
    waiting: list[tuple[UnitTable, int, str]] = []
    for table in tables:
        waiting.extend((table, index, path) for index, path in _differing(table))
        if len(waiting) >= BATCH:
            yield from _rows(conn, waiting)
            waiting = []
    yield from _rows(conn, waiting)


def _rows(conn: Connection, differing: list[tuple[UnitTable, int, str]]) -> Iterator[dict[str, Any]]:
    items = [table.units[index] for table, index, _ in differing]
    for item, (table, index, path), text in zip(items, differing, unit_texts(conn, items)):
        present = table.coded[index, path]
        yield {
            "document": item.document, "segment": item.segment, "sentence": item.sentence,
            "segment_id": item.segment_id, "code": path,
            "coded_by": ",".join(c for c in table.coders if c in present),
            "not_coded_by": ",".join(c for c in table.coders if c not in present),
            "start": item.start, "end": item.end, "text": text,
        }


def _differing(table: UnitTable) -> Iterator[tuple[int, str]]:
    """(unit index, code) where the coders differ, in unit order and then codebook order of use;
    only coded units can differ, so only they are looked at."""
    order = {path: position for position, path in enumerate(table.codes)}
    keys = [key for key, present in table.coded.items() if len(present) < len(table.coders)]
    yield from sorted(keys, key=lambda key: (key[0], order[key[1]]))


def disagreement_segment_ids(conn: Connection, coders: list[str]) -> list[int]:
    """Segment ids, in document order, where the coders differ on any code (segment units)."""
    return list(dict.fromkeys(table.units[index].segment_id for table in document_tables(conn, coders)
                              for index, _ in _differing(table)))
