"""Export a project as REFI-QDA ``.qdpx``: what MAXQDA, NVivo, ATLAS.ti and QualCoder import.

The archive holds ``project.qde`` and each document's text as ``sources/<GUID>.txt``. Users are
the coders; codes keep colours and carry definition, anchor examples and rule in their
description; every coded span is a ``PlainTextSelection`` with one ``Coding`` per coder and
code. Site, level, role, wave, date, interviewer and free attributes are variables, valued on
each source (MAXQDA's document variables) and on one case per document (NVivo's case
classification); the attribute ``sets`` and the ``code_sets`` setting become ``Sets``; memos
are notes; the codebook's name is a line of the project's ``Description``. GUIDs are uuid5 and
ZIP entries carry a fixed date, so two exports of the same project are byte-identical.

The export streams, so its memory does not grow with the project: documents, segments and
codings are read in document order in batches (server-side cursors on PostgreSQL), each case,
source and note is built as a small element and written at once into a temporary
``project.qde``, which is validated against the REFI-QDA schema while it is parsed back; the
texts then go into the archive one by one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import IO, Any, ClassVar

from lxml import etree
from sqlalchemy import Connection, Select, func, select

from qda import __version__
from qda.codebook.store import codebook_info, load_codes
from qda.errors import QdaError
from qda.exchange.guids import guid
from qda.exchange.refi_import import CODE_SETS, SET_SEPARATOR
from qda.exchange.refi_read import CODEBOOK_LABEL
from qda.exchange.schemas import schema_path
from qda.exchange.variables import value_text, variable_type
from qda.exchange.xmlbuild import PROJECT_NS, Builder, add_code_tree, utc
from qda.store.schema import codes, codings, documents, memos, segments, settings

CORE_VARIABLES = ("site", "level", "role", "wave", "date", "interviewer")
VARIABLE_TYPES = {"wave": "Integer", "date": "Date"}
SETS_ATTRIBUTE = "sets"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
BATCH = 500
TEXT_BATCH = 50  # texts of ~30 kB each
X = Builder(PROJECT_NS)
CODING, CODE_REF = f"{{{PROJECT_NS}}}Coding", f"{{{PROJECT_NS}}}CodeRef"


@dataclass
class ExportReport:
    """Counts of what went into the archive, and codings of retired codes left out."""

    documents: int = 0
    codes: int = 0
    codings: int = 0
    notes: int = 0
    sets: int = 0
    skipped_codings: int = 0
    valid: bool = False


def export_refi(conn: Connection, out: Path, project_name: str) -> ExportReport:
    """Write the project to ``out`` (.qdpx); the file appears only when complete."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=f".{out.name}.") as scratch:
        qde = Path(scratch) / "project.qde"
        with qde.open("wb") as stream:
            report = write_project(conn, stream, project_name)
        validate_qde(qde)
        report.valid = True
        partial = Path(scratch) / "archive.qdpx"
        write_archive(partial, qde, _source_texts(conn))
        os.replace(partial, out)
    return report


def _member(name: str, size: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.file_size = size
    return info


def write_archive(out: Path, qde: Path, texts: Iterable[tuple[str, str]]) -> None:
    """The ZIP with fixed dates: ``project.qde`` copied in pieces, then each source text."""
    with zipfile.ZipFile(out, "w") as archive:
        size = qde.stat().st_size
        with qde.open("rb") as source, archive.open(_member("project.qde", size), "w",
                                                   force_zip64=size > zipfile.ZIP64_LIMIT) as target:
            shutil.copyfileobj(source, target, 1 << 20)
        for key, text in texts:
            archive.writestr(_member(f"sources/{key}.txt"), text.encode("utf-8"))


def _source_texts(conn: Connection) -> Iterator[tuple[str, str]]:
    """(GUID, text) of every document in GUID order (the archive's), a batch of texts at a time."""
    keyed = sorted((source_guid(doc_key), doc_id) for doc_id, doc_key in
                   conn.execute(select(documents.c.id, documents.c.doc_key)))
    for first in range(0, len(keyed), TEXT_BATCH):
        batch = keyed[first:first + TEXT_BATCH]
        texts = dict(conn.execute(select(documents.c.id, documents.c.text).where(
            documents.c.id.in_([doc_id for _, doc_id in batch]))).all())
        for key, doc_id in batch:
            yield key, texts[doc_id]


@lru_cache(maxsize=1)
def _project_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(schema_path("Project.xsd"))))


def validate_qde(qde: Path) -> None:
    """Refuse to write a ``project.qde`` that the REFI-QDA Project.xsd rejects; checked while
    parsing, each element dropped once read, so a large file is never held whole."""
    try:
        for _, element in etree.iterparse(str(qde), events=("end",), schema=_project_schema()):
            element.clear(keep_tail=True)
            while element.getprevious() is not None:
                del element.getparent()[0]
    except etree.XMLSyntaxError as error:
        raise QdaError(f"export is not valid REFI-QDA (a bug in qda): {error.msg}", "project.qde",
                       error.lineno) from None


class _QdeWriter:
    """Writes ``project.qde`` piece by piece, byte for byte as lxml pretty-prints the whole tree.

    Each piece is a small element of the project namespace; serialised alone it declares the
    namespace again, which the root already does, so that declaration is dropped."""

    DECLARATION = f' xmlns="{PROJECT_NS}"'

    def __init__(self, stream: IO[bytes]):
        self.stream = stream

    def start(self, root: etree._Element) -> None:
        empty = etree.tostring(root, encoding="unicode")
        self._put(f"<?xml version='1.0' encoding='utf-8'?>\n{empty[:-2]}>\n")

    def end(self, tag: str) -> None:
        self._put(f"</{tag}>\n")

    def element(self, element: etree._Element, depth: int = 1) -> None:
        etree.indent(element, space="  ", level=depth)
        text = etree.tostring(element, encoding="unicode", with_tail=False).replace(self.DECLARATION, "", 1)
        self._put(f"{'  ' * depth}{text}\n")

    def section(self, tag: str, elements: Iterable[etree._Element]) -> int:
        """``<tag>`` around ``elements`` (at depth 2), left out when there is none; their number."""
        count = 0
        for element in elements:
            if not count:
                self._put(f"  <{tag}>\n")
            self.element(element, 2)
            count += 1
        if count:
            self._put(f"  </{tag}>\n")
        return count

    def _put(self, text: str) -> None:
        self.stream.write(text.encode("utf-8"))


def write_project(conn: Connection, stream: IO[bytes], project_name: str) -> ExportReport:
    """Write the ``Project`` XML to ``stream``; return the counts."""
    report = ExportReport()
    writer = _QdeWriter(stream)
    code_rows = load_codes(conn)
    notes = _Notes(conn.execute(select(memos).order_by(memos.c.id)).all())
    writer.start(X.root("Project", name=project_name, origin=f"qda {__version__}"))
    coders = set(conn.execute(select(codings.c.coder).distinct()).scalars())
    writer.section("Users", (X.root("User", guid=user_guid(name), name=name)
                             for name in sorted(coders | {memo.coder for memo in notes.rows})))
    if code_rows:
        codebook = X.root("CodeBook")
        add_code_tree(X, X.sub(codebook, "Codes"), code_rows,
                      extra=lambda node, code: notes.refs(node, "code", code.id))
        writer.element(codebook)
    report.codes = len(code_rows)
    variables = _variables(conn)
    if variables:
        declared = X.root("Variables")
        for name, (key, kind) in variables.items():
            X.sub(declared, "Variable", guid=key, name=name, typeOfVariable=kind)
        writer.element(declared)
    writer.section("Cases", (_case(document, variables) for document in _documents(conn)))
    sources = _Sources(conn, variables, notes)
    report.documents = writer.section("Sources", sources.elements())
    report.codings = sources.codings
    report.skipped_codings = conn.execute(select(func.count()).select_from(codings.join(codes)).where(
        codes.c.active.is_(False))).scalar_one()
    report.notes = writer.section("Notes", notes.elements(conn))
    report.sets = writer.section("Sets", _sets(conn, code_rows))
    codebook_name = codebook_info(conn).get("name")
    if codebook_name:
        description = X.root("Description")
        description.text = f"{CODEBOOK_LABEL}{codebook_name}"
        writer.element(description)
    for reference in notes.project_refs():
        writer.element(reference)
    writer.end("Project")
    return report


@cache
def user_guid(name: str) -> str:
    return guid("user", name)


def source_guid(doc_key: str) -> str:
    return guid("document", doc_key)


@cache
def _code_guid(code_key: str) -> str:
    return guid("code", code_key)


_time = lru_cache(maxsize=4096)(utc)  # codings made together share their time stamp


def _streamed(query: Select) -> Any:
    return query.execution_options(yield_per=BATCH)


def _documents(conn: Connection) -> Any:
    """Documents in key order without their text."""
    columns = [c for c in documents.c if c.name != "text"]
    return conn.execute(_streamed(select(*columns).order_by(documents.c.doc_key)))


def _document_values(document) -> dict[str, Any]:
    """A document's metadata and free attributes (without its sets), by variable name."""
    values = {name: getattr(document, name, None) for name in CORE_VARIABLES}
    values.update({k: v for k, v in (document.attributes or {}).items() if k != SETS_ATTRIBUTE})
    return {name: value for name, value in values.items() if value is not None}


def _variables(conn: Connection) -> dict[str, tuple[str, str]]:
    """A variable per metadata field in use: name -> (guid, type). The type depends only on the
    kinds of values, so one value per Python type is kept."""
    in_use: dict[str, dict[type, Any]] = {}
    for document in _documents(conn):
        for name, value in _document_values(document).items():
            in_use.setdefault(name, {})[type(value)] = value
    names = [name for name in CORE_VARIABLES if name in in_use]
    names += sorted(set(in_use) - set(names))
    return {name: (guid("variable", name), VARIABLE_TYPES.get(name) or variable_type(list(in_use[name].values())))
            for name in names}


def _variable_values(element: etree._Element, document, variables: dict[str, tuple[str, str]]) -> None:
    values = _document_values(document)
    for name, (variable, kind) in variables.items():
        if name in values:
            holder = X.sub(element, "VariableValue")
            X.sub(holder, "VariableRef", targetGUID=variable)
            X.sub(holder, f"{kind}Value", value_text(kind, values[name]))


def _case(document, variables: dict[str, tuple[str, str]]) -> etree._Element:
    """One case per document (an interview is a case) carrying its variables, for NVivo."""
    case = X.root("Case", guid=guid("case", document.doc_key), name=document.doc_key)
    _variable_values(case, document, variables)
    X.sub(case, "SourceRef", targetGUID=source_guid(document.doc_key))
    return case


def _sets(conn: Connection, code_rows: list[Any]) -> list[etree._Element]:
    """Document sets from the attribute ``sets``, code sets from the ``code_sets`` setting."""
    members: dict[str, dict[str, Any]] = {}
    by_path = {code.path: code for code in code_rows}
    for group in conn.execute(select(settings.c.value).where(settings.c.key == CODE_SETS)).scalar() or []:
        entry = members.setdefault(group["name"], {"description": group.get("description"), "codes": [], "docs": []})
        entry["codes"] += [_code_guid(by_path[path].code_key) for path in group["codes"] if path in by_path]
    for document in _documents(conn):
        for name in str((document.attributes or {}).get(SETS_ATTRIBUTE) or "").split(SET_SEPARATOR.strip()):
            if name.strip():
                members.setdefault(name.strip(), {"description": None, "codes": [], "docs": []})["docs"].append(
                    source_guid(document.doc_key))
    elements = []
    for name, entry in sorted(members.items()):
        element = X.root("Set", guid=guid("set", name), name=name)
        if entry["description"]:
            X.sub(element, "Description", entry["description"])
        for key in entry["codes"]:
            X.sub(element, "MemberCode", targetGUID=key)
        for key in entry["docs"]:
            X.sub(element, "MemberSource", targetGUID=key)
        elements.append(element)
    return elements


class _InDocumentOrder:
    """Rows ordered by document key, handed out one document at a time (a merge with the
    documents, which come in the same order)."""

    def __init__(self, rows: Iterable[Any]):
        self.rows = iter(rows)
        self.head = next(self.rows, None)

    def take(self, document_id: int) -> list[Any]:
        taken = []
        while self.head is not None and self.head.document_id == document_id:
            taken.append(self.head)
            self.head = next(self.rows, None)
        return taken


def _coding_query(*columns: Any) -> Select:
    """Codings of active codes in document order, then by span, code position and coder."""
    return (select(segments.c.document_id, codings.c.char_start, codings.c.char_end, codings.c.coder,
                   codings.c.created_at, codes.c.code_key, documents.c.doc_key, *columns)
            .join(segments, segments.c.id == codings.c.segment_id)
            .join(documents, documents.c.id == segments.c.document_id)
            .join(codes, codes.c.id == codings.c.code_id)
            .where(codes.c.active.is_(True))
            .order_by(documents.c.doc_key, codings.c.char_start, codings.c.char_end, codes.c.position,
                      codings.c.coder))


class _Sources:
    """The ``TextSource`` elements, one document at a time, with the codings merged in."""

    def __init__(self, conn: Connection, variables: dict[str, tuple[str, str]], notes: _Notes):
        self.conn, self.variables, self.notes = conn, variables, notes
        self.codings = 0

    def elements(self) -> Iterator[etree._Element]:
        coded = _InDocumentOrder(self.conn.execute(_streamed(_coding_query(codings.c.memo))))
        spans = _InDocumentOrder(self.conn.execute(_streamed(
            select(segments.c.document_id, segments.c.id, segments.c.char_start, segments.c.char_end)
            .join(documents, documents.c.id == segments.c.document_id)
            .order_by(documents.c.doc_key, segments.c.number))))
        for document in _documents(self.conn):
            segment_spans = {row.id: (row.char_start, row.char_end) for row in spans.take(document.id)}
            yield self._source(document, coded.take(document.id), segment_spans)

    def _source(self, document, coding_rows: list[Any], segment_spans: dict[int, tuple[int, int]]) -> etree._Element:
        key = source_guid(document.doc_key)
        source = X.root("TextSource", guid=key, name=document.doc_key, plainTextPath=f"internal://{key}.txt",
                        creationDateTime=_time(document.imported_at))
        selections: dict[tuple[int, int], list[Any]] = {}
        for row in coding_rows:
            selections.setdefault((row.char_start, row.char_end), []).append(row)
        by_span: dict[tuple[int, int], list[int]] = {}
        for segment_id, span in segment_spans.items():
            by_span.setdefault(span, []).append(segment_id)
            if self.notes.about("segment", segment_id):
                selections.setdefault(span, [])
        for (start, end), rows in sorted(selections.items()):
            self._selection(source, document.doc_key, start, end, rows, by_span.get((start, end), []))
        self.notes.refs(source, "document", document.id)
        _variable_values(source, document, self.variables)
        self.codings += len(coding_rows)
        return source

    def _selection(self, source, doc_key: str, start: int, end: int, rows: list[Any], segment_ids: list[int]) -> None:
        first = rows[0] if rows else None
        selection = X.sub(source, "PlainTextSelection", guid=guid("selection", doc_key, start, end),
                          startPosition=start, endPosition=end,
                          creatingUser=user_guid(first.coder) if first else None,
                          creationDateTime=_time(first.created_at) if first else None)
        for row in rows:  # the bulk of the file: elements made directly, attributes in the schema's order
            coding_key = guid("coding", doc_key, start, end, row.code_key, row.coder)
            coding = etree.SubElement(selection, CODING, {"guid": coding_key, "creatingUser": user_guid(row.coder),
                                                          "creationDateTime": _time(row.created_at)})
            etree.SubElement(coding, CODE_REF, {"targetGUID": _code_guid(row.code_key)})
            if row.memo:
                X.sub(coding, "NoteRef", targetGUID=guid("coding-memo", coding_key))
        for segment_id in segment_ids:
            self.notes.refs(selection, "segment", segment_id)


class _Notes:
    """Memos become ``Note`` elements, referenced from what they are about; a coding's memo
    becomes a note after the memos (read again, in the sources' order, when the notes are written)."""

    TARGET_COLUMNS: ClassVar[dict[str, str]] = {"document": "document_id", "segment": "segment_id", "code": "code_id"}

    def __init__(self, memo_rows: Sequence[Any]):
        self.rows = memo_rows
        self.by_target: dict[tuple[str, int | None], list[Any]] = {}
        for memo in memo_rows:
            column = self.TARGET_COLUMNS.get(memo.target_kind)
            self.by_target.setdefault((memo.target_kind, getattr(memo, column) if column else None), []).append(memo)

    def about(self, kind: str, target_id: int | None) -> list[Any]:
        return self.by_target.get((kind, target_id), [])

    def refs(self, element, kind: str, target_id: int) -> None:
        for memo in self.about(kind, target_id):
            X.sub(element, "NoteRef", targetGUID=guid("memo", memo.id))

    def elements(self, conn: Connection) -> Iterator[etree._Element]:
        for memo in self.rows:
            yield self._note(guid("memo", memo.id), memo.text, memo.coder, memo.created_at)
        for row in conn.execute(_streamed(_coding_query(codings.c.memo).where(codings.c.memo.is_not(None)))):
            if not row.memo:
                continue
            coding_key = guid("coding", row.doc_key, row.char_start, row.char_end, row.code_key, row.coder)
            yield self._note(guid("coding-memo", coding_key), row.memo, row.coder, row.created_at)

    def project_refs(self) -> Iterator[etree._Element]:
        for memo in self.about("project", None):
            yield X.root("NoteRef", targetGUID=guid("memo", memo.id))

    @staticmethod
    def _note(key: str, text: str, coder: str, created) -> etree._Element:
        name = " ".join(text.split())[:60] or "Memo"
        note = X.root("Note", guid=key, name=name, creatingUser=user_guid(coder), creationDateTime=_time(created))
        X.sub(note, "PlainTextContent", text)
        return note
