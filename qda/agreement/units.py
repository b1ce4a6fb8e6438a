"""Units of analysis for agreement: which coders coded which code on which unit.

A unit is a segment, or a sentence of a segment as the workbench cuts it (a coding covers a sentence when its span
overlaps it). Only documents that every compared coder has coded at least once count: a
document one coder has not touched yet would otherwise look like a wall of disagreements.

A study has hundreds of thousands of units, so the table keeps only what the figures and the
disagreement list need, column-wise in arrays of numbers, and no text: :func:`unit_texts` reads
the text of the units that are shown. Segments and codings are read as streams in document order.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from qda.codebook.store import resolve_code
from qda.coding.sentences import split_sentences
from qda.errors import QdaError
from qda.filters import DocumentFilter
from qda.store.schema import codes, codings, documents, segments

UNIT_KINDS = ("segment", "sentence")
BATCH = 1000


@dataclass(frozen=True, slots=True)
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


class Units(Sequence[Unit]):
    """The units in document order, stored as columns of numbers; a :class:`Unit` is made when
    one is read."""

    def __init__(self) -> None:
        self.documents: list[tuple[str, str | None, str | None]] = []  # (key, site, level)
        self._document, self._segment, self._sentence = array("i"), array("i"), array("i")
        self._segment_id, self._start, self._end = array("q"), array("q"), array("q")

    def add_document(self, key: str, site: str | None, level: str | None) -> None:
        self.documents.append((key, site, level))

    def add(self, segment_id: int, segment: int, sentence: int | None, start: int, end: int) -> None:
        """A unit of the document added last."""
        self._document.append(len(self.documents) - 1)
        self._segment_id.append(segment_id)
        self._segment.append(segment)
        self._sentence.append(sentence or 0)
        self._start.append(start)
        self._end.append(end)

    def __len__(self) -> int:
        return len(self._segment_id)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        key, site, level = self.documents[self._document[index]]
        return Unit(self._segment_id[index], key, self._segment[index], self._sentence[index] or None,
                    self._start[index], self._end[index], site, level)

    def locate(self, position: int, document: int, segment: int) -> int:
        """The first unit at or after ``position`` of (document index, segment number)."""
        while self._document[position] != document or self._segment[position] != segment:
            position += 1
        return position

    def covering(self, first: int, start: int, end: int) -> Iterator[int]:
        """The units from ``first`` on, within its segment, that a span covers."""
        position = first
        while position < len(self) and self._segment_id[position] == self._segment_id[first]:
            if not self._sentence[position] or (start < self._end[position] and end > self._start[position]):
                yield position
            position += 1


class CodedUnits(Mapping[tuple[int, str], frozenset[str]]):
    """Per (unit index, code path) the coders who coded it, only for coded pairs. Stored per code
    as unit index -> coders, with one frozenset per combination of coders, so a study's hundreds of
    thousands of pairs stay small."""

    def __init__(self) -> None:
        self.by_code: dict[str, dict[int, frozenset[str]]] = {}
        self._combinations: dict[frozenset[str], frozenset[str]] = {}

    def add(self, index: int, path: str, coder: str) -> None:
        units = self.by_code.setdefault(path, {})
        present = units.get(index, frozenset())
        if coder not in present:
            combined = present | {coder}
            units[index] = self._combinations.setdefault(combined, combined)

    def __getitem__(self, key: tuple[int, str]) -> frozenset[str]:
        index, path = key
        return self.by_code[path][index]

    def __iter__(self) -> Iterator[tuple[int, str]]:
        for path, units in self.by_code.items():
            for index in units:
                yield index, path

    def __len__(self) -> int:
        return sum(len(units) for units in self.by_code.values())


@dataclass
class UnitTable:
    """Units and, per (unit index, code path), the set of coders who coded it."""

    coders: list[str]
    units: Units
    codes: list[str]
    coded: CodedUnits = field(default_factory=CodedUnits)

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
    conn: Connection, coders: list[str] | str, unit: str = "segment", code: str | None = None,
    site: str | None = None, level: str | None = None, themes: bool = False,
) -> UnitTable:
    """The unit table for ``coders`` over the documents all of them have coded; with ``themes``
    a coding counts for its top-level code (theme-level agreement)."""
    if unit not in UNIT_KINDS:
        raise QdaError(f"unknown unit '{unit}' (use {', '.join(UNIT_KINDS)})")
    coders = parse_coders(coders)
    code_path = _theme(resolve_code(conn, code).path, themes) if code else None
    filters = DocumentFilter.parse(conn, site=site, level=level)
    shared = _shared_documents(conn, coders, filters)
    units = _units(conn, shared, unit)
    positions = {key: index for index, (key, _, _) in enumerate(units.documents)}
    coded = CodedUnits()
    used: dict[str, None] = {code_path: None} if code_path else {}
    for name in coders:  # codes in order of first use, the first coder's first
        position = 0
        for document, segment, path, start, end in _codings(conn, name, filters):
            path = _theme(path, themes)
            if document not in positions or (code_path and path != code_path):
                continue
            used.setdefault(path, None)
            position = units.locate(position, positions[document], segment)
            for i in units.covering(position, start, end):
                coded.add(i, path, name)
    return UnitTable(coders=coders, units=units, codes=list(used), coded=coded)


def unit_texts(conn: Connection, units: Iterable[Unit]) -> list[str]:
    """The text of each unit (its segment's text cut to the unit's span), read in batches."""
    wanted = list(units)
    texts: dict[int, tuple[int, str]] = {}
    ids = sorted({item.segment_id for item in wanted})
    for first in range(0, len(ids), BATCH):
        query = select(segments.c.id, segments.c.char_start, segments.c.text).where(
            segments.c.id.in_(ids[first:first + BATCH]))
        texts.update({row.id: (row.char_start, row.text) for row in conn.execute(query)})
    return [texts[item.segment_id][1][item.start - texts[item.segment_id][0]:item.end - texts[item.segment_id][0]]
            for item in wanted]


def _theme(path: str, themes: bool) -> str:
    return path.split("/", 1)[0] if themes else path


def _shared_documents(conn: Connection, coders: list[str], filters: DocumentFilter) -> set[str]:
    """The documents every coder has coded; a coder without codings is an error."""
    by_coder = []
    for name in coders:
        query = (select(documents.c.doc_key).join(segments, segments.c.document_id == documents.c.id)
                 .join(codings, codings.c.segment_id == segments.c.id).where(codings.c.coder == name).distinct())
        keys = set(conn.execute(filters.apply(query)).scalars())
        if not keys:
            raise QdaError(f"coder '{name}' has no codings{' here' if filters.site or filters.level else ''}")
        by_coder.append(keys)
    return set.intersection(*by_coder)


def _codings(conn: Connection, coder: str, filters: DocumentFilter) -> Iterator[tuple]:
    """(document, segment number, code path, start, end) of a coder's codings in unit order."""
    query = (select(documents.c.doc_key, segments.c.number, codes.c.path, codings.c.char_start, codings.c.char_end)
             .join(segments, segments.c.id == codings.c.segment_id)
             .join(documents, documents.c.id == segments.c.document_id)
             .join(codes, codes.c.id == codings.c.code_id)
             .where(codings.c.coder == coder)
             .order_by(documents.c.doc_key, segments.c.number, codes.c.position, codings.c.char_start))
    yield from conn.execute(filters.apply(query).execution_options(yield_per=BATCH))


def _units(conn: Connection, doc_keys: set[str], kind: str) -> Units:
    """The units of ``doc_keys`` in document and segment order (texts read only to cut sentences)."""
    columns = [segments.c.id, segments.c.number, segments.c.char_start, segments.c.char_end,
               documents.c.doc_key, documents.c.site, documents.c.level]
    if kind == "sentence":
        columns.append(segments.c.text)
    query = (select(*columns).join(documents, documents.c.id == segments.c.document_id)
             .order_by(documents.c.doc_key, segments.c.number))
    units = Units()
    for row in conn.execute(query.execution_options(yield_per=BATCH)):
        if row.doc_key not in doc_keys:
            continue
        if not units.documents or units.documents[-1][0] != row.doc_key:
            units.add_document(row.doc_key, row.site, row.level)
        if kind == "sentence":
            for number, (start, end) in enumerate(split_sentences(row.text), start=1):
                units.add(row.id, row.number, number, row.char_start + start, row.char_start + end)
        else:
            units.add(row.id, row.number, None, row.char_start, row.char_end)
    return units
