"""Units of analysis for agreement: which coders coded which code on which unit.

A unit is a segment, or a sentence of a segment as the workbench cuts it (a coding covers a sentence when its span
overlaps it). Only documents that every compared coder has coded at least once count: a
document one coder has not touched yet would otherwise look like a wall of disagreements.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from qda.codebook.store import resolve_code
from qda.coding.api import list_codings
from qda.coding.sentences import split_sentences
from qda.errors import QdaError
from qda.store.schema import documents, segments

UNIT_KINDS = ("segment", "sentence")


@dataclass(frozen=True)
class Unit:
    """One rated unit: a segment or a sentence, with what grouping needs."""

    segment_id: int
    document: str
    segment: int
    sentence: int | None
    start: int
    end: int
    site: str | None
    level: str | None
    text: str


@dataclass
class UnitTable:
    """Units and, per (unit index, code path), the set of coders who coded it."""

    coders: list[str]
    units: list[Unit]
    codes: list[str]
    coded: dict[tuple[int, str], set[str]] = field(default_factory=dict)

    def ratings(self, code: str, unit_indexes: list[int] | None = None) -> list[list[int]]:
        """Presence (1) or absence (0) of ``code`` per coder and unit."""
        indexes = range(len(self.units)) if unit_indexes is None else unit_indexes
        return [[int(coder in self.coded.get((i, code), ())) for i in indexes] for coder in self.coders]

    def differs(self, index: int, code: str) -> bool:
        return 0 < len(self.coded.get((index, code), ())) < len(self.coders)


def parse_coders(value: str | list[str]) -> list[str]:
    """``A,B`` or a list into distinct coder names; fewer than two is an error."""
    names = value.split(",") if isinstance(value, str) else value
    coders = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    if len(coders) < 2:
        raise QdaError("agreement needs at least two different coders (e.g. --coders A,B)")
    return coders


def build_units(
    conn: Connection, coders: list[str], unit: str = "segment", code: str | None = None,
    site: str | None = None, level: str | None = None, themes: bool = False,
) -> UnitTable:
    """The unit table for ``coders`` over the documents all of them have coded; with ``themes``
    a coding counts for its top-level code (theme-level agreement)."""
    if unit not in UNIT_KINDS:
        raise QdaError(f"unknown unit '{unit}' (use {', '.join(UNIT_KINDS)})")
    coders = parse_coders(coders)
    code_path = _theme(resolve_code(conn, code).path, themes) if code else None
    by_coder = {name: list_codings(conn, coder=name, site=site, level=level) for name in coders}
    for name, rows in by_coder.items():
        if not rows:
            raise QdaError(f"coder '{name}' has no codings{' here' if site or level else ''}")
    shared = set.intersection(*({row["document"] for row in rows} for rows in by_coder.values()))
    units, index = _units(conn, shared, unit)
    table = UnitTable(coders=coders, units=units, codes=[])
    used: dict[str, None] = {code_path: None} if code_path else {}
    for name, rows in by_coder.items():
        for row in rows:
            path = _theme(row["code"], themes)
            if row["document"] not in shared or (code_path and path != code_path):
                continue
            used.setdefault(path, None)
            for i in index.covering(row["document"], row["segment"], row["start"], row["end"]):
                table.coded.setdefault((i, path), set()).add(name)
    table.codes = list(used)
    return table


def _theme(path: str, themes: bool) -> str:
    return path.split("/", 1)[0] if themes else path


class _UnitIndex:
    """Finds the units a coding span covers within its segment."""

    def __init__(self) -> None:
        self.by_segment: dict[tuple[str, int], list[tuple[int, Unit]]] = {}

    def add(self, position: int, unit: Unit) -> None:
        self.by_segment.setdefault((unit.document, unit.segment), []).append((position, unit))

    def covering(self, document: str, segment: int, start: int, end: int) -> list[int]:
        candidates = self.by_segment.get((document, segment), [])
        return [i for i, u in candidates if u.sentence is None or (start < u.end and end > u.start)]


def _units(conn: Connection, doc_keys: set[str], kind: str) -> tuple[list[Unit], _UnitIndex]:
    query = (select(segments.c.id, segments.c.number, segments.c.char_start, segments.c.char_end, segments.c.text,
                    documents.c.doc_key, documents.c.site, documents.c.level)
             .join(documents, documents.c.id == segments.c.document_id)
             .where(documents.c.doc_key.in_(sorted(doc_keys)))
             .order_by(documents.c.doc_key, segments.c.number))
    units: list[Unit] = []
    index = _UnitIndex()
    for row in conn.execute(query):
        spans = ([(row.char_start + s, row.char_start + e) for s, e in split_sentences(row.text)]
                 if kind == "sentence" else [(row.char_start, row.char_end)])
        for number, (start, end) in enumerate(spans, start=1):
            text = row.text[start - row.char_start:end - row.char_start]
            unit = Unit(row.id, row.doc_key, row.number, number if kind == "sentence" else None, start, end,
                        row.site, row.level, text)
            index.add(len(units), unit)
            units.append(unit)
    return units, index
