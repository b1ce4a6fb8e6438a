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
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter, itemgetter

from sqlalchemy import Connection, Row, select

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


@dataclass(frozen=True)
class _Scope:
    """What a comparison covers: the coders, the documents all of them coded, one code (or all)."""

    coders: list[str]
    kind: str
    filters: DocumentFilter
    shared: set[str]
    code_path: str | None
    themes: bool

    @classmethod
    def parse(cls, conn: Connection, coders: list[str] | str, unit: str, code: str | None, site: str | None,
              level: str | None, themes: bool) -> _Scope:
        if unit not in UNIT_KINDS:
            raise QdaError(f"unknown unit '{unit}' (use {', '.join(UNIT_KINDS)})")
        names = parse_coders(coders)
        filters = DocumentFilter.parse(conn, site=site, level=level)
        code_path = _theme(resolve_code(conn, code).path, themes) if code else None
        return cls(names, unit, filters, _shared_documents(conn, names, filters), code_path, themes)

    def codings(self, conn: Connection, coder: str) -> Generator[tuple, None, None]:
        """The coder's codings that count, as (document, segment number, code path, start, end),
        in unit order; with ``themes`` the path is the top-level code's."""
        for document, segment, path, start, end in _codings(conn, coder, self.filters):
            path = _theme(path, self.themes)
            if document in self.shared and (not self.code_path or path == self.code_path):
                yield document, segment, path, start, end

    def codes_in_use(self, conn: Connection) -> list[str]:
        """The codes compared, in order of first use, the first coder's first. A coder's codings
        are read only until every code the coder uses anywhere has come up."""
        if self.code_path:
            return [self.code_path]
        used: dict[str, None] = {}
        for name in self.coders:
            coded = select(codings.c.id).where(codings.c.coder == name, codings.c.code_id == codes.c.id).exists()
            expected = {_theme(path, self.themes) for path in conn.execute(select(codes.c.path).where(coded)).scalars()}
            seen: set[str] = set()
            with closing(self.codings(conn, name)) as rows:
                for _, _, path, _, _ in rows:
                    used.setdefault(path, None)
                    seen.add(path)
                    if len(seen) == len(expected):
                        break
        return list(used)


def build_units(
    conn: Connection, coders: list[str] | str, unit: str = "segment", code: str | None = None,
    site: str | None = None, level: str | None = None, themes: bool = False,
) -> UnitTable:
    """The unit table for ``coders`` over the documents all of them have coded; with ``themes``
    a coding counts for its top-level code (theme-level agreement)."""
    scope = _Scope.parse(conn, coders, unit, code, site, level, themes)
    units = Units()
    _add_units(units, _unit_rows(conn, scope), scope.kind)
    positions = {key: index for index, (key, _, _) in enumerate(units.documents)}
    coded = CodedUnits()
    used: dict[str, None] = {scope.code_path: None} if scope.code_path else {}
    for name in scope.coders:
        _mark(units, positions, coded, name, scope.codings(conn, name), used)
    return UnitTable(coders=scope.coders, units=units, codes=list(used), coded=coded)


def document_tables(
    conn: Connection, coders: list[str] | str, unit: str = "segment", code: str | None = None,
    site: str | None = None, level: str | None = None, themes: bool = False,
) -> Iterator[UnitTable]:
    """:func:`build_units` one document at a time, in the same order and each table with the codes
    of the whole comparison (in the same order), for listings that need not hold a study's
    units at once. The coders' codings are read twice: first for the order of the codes. Wrong
    arguments raise here, before a table is asked for."""
    return _document_tables(conn, _Scope.parse(conn, coders, unit, code, site, level, themes))


def _document_tables(conn: Connection, scope: _Scope) -> Iterator[UnitTable]:
    codes_in_use = scope.codes_in_use(conn)
    pending = {name: _Pending(groupby(scope.codings(conn, name), key=itemgetter(0))) for name in scope.coders}
    for key, rows in groupby(_unit_rows(conn, scope), key=attrgetter("doc_key")):
        units = Units()
        _add_units(units, rows, scope.kind)
        coded = CodedUnits()
        for name in scope.coders:
            _mark(units, {key: 0}, coded, name, pending[name].take(key), {})
        yield UnitTable(coders=scope.coders, units=units, codes=codes_in_use, coded=coded)


class _Pending:
    """A coder's codings grouped by document, handed out document by document. The groups come
    in the database's document order, as the units do, so a group for another document is one
    the units have not reached yet (no key comparison, which the database's collation decides)."""

    def __init__(self, groups: Iterator[tuple[str, Iterator[tuple]]]) -> None:
        self._groups = groups
        self._next = next(groups, None)

    def take(self, document: str) -> list[tuple]:
        """The codings of ``document`` (none if the coder has none that count there)."""
        if self._next is None or self._next[0] != document:
            return []
        rows = list(self._next[1])
        self._next = next(self._groups, None)
        return rows


def _mark(units: Units, positions: dict[str, int], coded: CodedUnits, coder: str, rows: Iterable[tuple],
          used: dict[str, None]) -> None:
    """Record which units the coder's codings ``rows`` (in unit order) cover."""
    position = 0
    for document, segment, path, start, end in rows:
        used.setdefault(path, None)
        position = units.locate(position, positions[document], segment)
        for i in units.covering(position, start, end):
            coded.add(i, path, coder)


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
    with conn.execute(filters.apply(query).execution_options(yield_per=BATCH)) as result:
        yield from result


def _unit_rows(conn: Connection, scope: _Scope) -> Iterator[Row]:
    """The segments of the shared documents in document and segment order (with their text only
    to cut sentences)."""
    columns = [segments.c.id, segments.c.number, segments.c.char_start, segments.c.char_end,
               documents.c.doc_key, documents.c.site, documents.c.level]
    if scope.kind == "sentence":
        columns.append(segments.c.text)
    query = (select(*columns).join(documents, documents.c.id == segments.c.document_id)
             .order_by(documents.c.doc_key, segments.c.number))
    for row in conn.execute(query.execution_options(yield_per=BATCH)):
        if row.doc_key in scope.shared:
            yield row


def _add_units(units: Units, rows: Iterable[Row], kind: str) -> None:
    """The units of segment ``rows`` (in document order)."""
    current = None
    for segment_id, number, start, end, key, site, level, *text in rows:
        if key != current:
            units.add_document(key, site, level)
            current = key
        if kind == "sentence":
            for sentence, (first, last) in enumerate(split_sentences(text[0]), start=1):
                units.add(segment_id, number, sentence, start + first, start + last)
        else:
            units.add(segment_id, number, None, start, end)
