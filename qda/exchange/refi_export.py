"""Export a project as REFI-QDA ``.qdpx``: what MAXQDA, NVivo, ATLAS.ti and QualCoder import.

The archive holds ``project.qde`` and each document's text as ``sources/<GUID>.txt``. Users are
the coders; codes keep colours and carry definition, anchor examples and rule in their
description; every coded span is a ``PlainTextSelection`` with one ``Coding`` per coder and
code. Site, level, role, wave, date, interviewer and free attributes are variables, valued on
each source (MAXQDA's document variables) and on one case per document (NVivo's case
classification); the attribute ``sets`` and the ``code_sets`` setting become ``Sets``; memos
are notes; the codebook's name is a line of the project's ``Description``. GUIDs are uuid5 and
ZIP entries carry a fixed date, so two exports of the same project are byte-identical. The
``.qde`` is validated against the REFI-QDA schema before the archive is written.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree
from sqlalchemy import Connection, select

from qda import __version__
from qda.codebook.store import codebook_info, load_codes
from qda.errors import QdaError
from qda.exchange.guids import guid
from qda.exchange.refi_import import CODE_SETS, SET_SEPARATOR
from qda.exchange.refi_read import CODEBOOK_LABEL
from qda.exchange.schemas import schema_path
from qda.exchange.variables import value_text, variable_type
from qda.exchange.xmlbuild import PROJECT_NS, Builder, add_code_tree, code_guid, serialise, utc
from qda.store.schema import codes, codings, documents, memos, segments, settings

CORE_VARIABLES = ("site", "level", "role", "wave", "date", "interviewer")
VARIABLE_TYPES = {"wave": "Integer", "date": "Date"}
SETS_ATTRIBUTE = "sets"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
X = Builder(PROJECT_NS)


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
    root, sources, report = build_project(conn, project_name)
    members = {"project.qde": serialise(root)}
    validate_qde(members["project.qde"])
    report.valid = True
    members.update({f"sources/{key}.txt": text.encode("utf-8") for key, text in sorted(sources.items())})
    write_zip(out, members)
    return report


def write_zip(out: Path, members: dict[str, bytes]) -> None:
    """A ZIP with fixed dates written to a temporary file and moved into place."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream, zipfile.ZipFile(stream, "w") as archive:
            for name, data in members.items():
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
        os.replace(temporary, out)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


@lru_cache(maxsize=1)
def _project_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(schema_path("Project.xsd"))))


def validate_qde(qde: bytes) -> None:
    """Refuse to write a ``project.qde`` that the REFI-QDA Project.xsd rejects."""
    schema = _project_schema()
    if not schema.validate(etree.fromstring(qde)):
        error = schema.error_log[0]
        raise QdaError(f"export is not valid REFI-QDA (a bug in qda): {error.message}", "project.qde", error.line)


def build_project(conn: Connection, project_name: str) -> tuple[etree._Element, dict[str, str], ExportReport]:
    """The ``Project`` element, the source texts by GUID, and the counts."""
    report = ExportReport()
    code_rows = load_codes(conn)
    coding_rows = _codings(conn)
    memo_rows = conn.execute(select(memos).order_by(memos.c.id)).all()
    users = sorted({row.coder for row in coding_rows} | {row.coder for row in memo_rows})
    root = X.root("Project", name=project_name, origin=f"qda {__version__}")
    if users:
        parent = X.sub(root, "Users")
        for name in users:
            X.sub(parent, "User", guid=user_guid(name), name=name)
    notes = _Notes(memo_rows)
    if code_rows:
        codes_element = X.sub(X.sub(root, "CodeBook"), "Codes")
        add_code_tree(X, codes_element, code_rows, extra=lambda node, code: notes.refs(node, "code", code.id))
    report.codes = len(code_rows)
    doc_rows = conn.execute(select(documents).order_by(documents.c.doc_key)).all()
    variables = _variables(root, doc_rows)
    _cases(root, doc_rows, variables)
    active = {code.id for code in code_rows}
    sources: dict[str, str] = {}
    by_document: dict[int, list[Any]] = {}
    for row in coding_rows:
        by_document.setdefault(row.document_id, []).append(row)
    if doc_rows:
        sources_element = X.sub(root, "Sources")
        for document in doc_rows:
            own = by_document.get(document.id, [])
            kept = [row for row in own if row.code_id in active]
            report.skipped_codings += len(own) - len(kept)
            report.codings += len(kept)
            key = _source(sources_element, document, kept, variables, notes, conn)
            sources[key] = document.text
    report.documents = len(doc_rows)
    notes.write(root)
    report.sets = _sets(root, doc_rows, code_rows, conn)
    codebook_name = codebook_info(conn).get("name")
    if codebook_name:
        X.sub(root, "Description", f"{CODEBOOK_LABEL}{codebook_name}")
    notes.project_refs(root)
    report.notes = len(memo_rows) + notes.coding_memos
    return root, sources, report


@lru_cache(maxsize=None)
def user_guid(name: str) -> str:
    return guid("user", name)


def source_guid(doc_key: str) -> str:
    return guid("document", doc_key)


def _codings(conn: Connection) -> list[Any]:
    query = (select(codings, segments.c.document_id, codes.c.code_key)
             .join(segments, segments.c.id == codings.c.segment_id)
             .join(codes, codes.c.id == codings.c.code_id)
             .order_by(codings.c.char_start, codings.c.char_end, codes.c.position, codings.c.coder))
    return conn.execute(query).all()


def _document_values(document) -> dict[str, Any]:
    """A document's metadata and free attributes (without its sets), by variable name."""
    values = {name: getattr(document, name, None) for name in CORE_VARIABLES}
    values.update({k: v for k, v in (document.attributes or {}).items() if k != SETS_ATTRIBUTE})
    return {name: value for name, value in values.items() if value is not None}


def _variables(root: etree._Element, doc_rows: list[Any]) -> dict[str, tuple[str, str]]:
    """Declare a variable per metadata field in use; return name -> (guid, type)."""
    in_use: dict[str, list[Any]] = {}
    for document in doc_rows:
        for name, value in _document_values(document).items():
            in_use.setdefault(name, []).append(value)
    names = [name for name in CORE_VARIABLES if name in in_use]
    names += sorted(set(in_use) - set(names))
    declared = {name: (guid("variable", name), VARIABLE_TYPES.get(name) or variable_type(in_use[name]))
                for name in names}
    if declared:
        parent = X.sub(root, "Variables")
        for name, (key, kind) in declared.items():
            X.sub(parent, "Variable", guid=key, name=name, typeOfVariable=kind)
    return declared


def _variable_values(element: etree._Element, document, variables: dict[str, tuple[str, str]]) -> None:
    values = _document_values(document)
    for name, (variable, kind) in variables.items():
        if name in values:
            holder = X.sub(element, "VariableValue")
            X.sub(holder, "VariableRef", targetGUID=variable)
            X.sub(holder, f"{kind}Value", value_text(kind, values[name]))


def _cases(root: etree._Element, doc_rows: list[Any], variables: dict[str, tuple[str, str]]) -> None:
    """One case per document (an interview is a case) carrying its variables, for NVivo."""
    if not doc_rows:
        return
    parent = X.sub(root, "Cases")
    for document in doc_rows:
        case = X.sub(parent, "Case", guid=guid("case", document.doc_key), name=document.doc_key)
        _variable_values(case, document, variables)
        X.sub(case, "SourceRef", targetGUID=source_guid(document.doc_key))


def _sets(root: etree._Element, doc_rows: list[Any], code_rows: list[Any], conn: Connection) -> int:
    """Document sets from the attribute ``sets``, code sets from the ``code_sets`` setting."""
    members: dict[str, dict[str, Any]] = {}
    by_path = {code.path: code for code in code_rows}
    for group in conn.execute(select(settings.c.value).where(settings.c.key == CODE_SETS)).scalar() or []:
        entry = members.setdefault(group["name"], {"description": group.get("description"), "codes": [], "docs": []})
        entry["codes"] += [code_guid(by_path[path]) for path in group["codes"] if path in by_path]
    for document in doc_rows:
        for name in str((document.attributes or {}).get(SETS_ATTRIBUTE) or "").split(SET_SEPARATOR.strip()):
            if name.strip():
                members.setdefault(name.strip(), {"description": None, "codes": [], "docs": []})["docs"].append(
                    source_guid(document.doc_key))
    if members:
        parent = X.sub(root, "Sets")
        for name, entry in sorted(members.items()):
            element = X.sub(parent, "Set", guid=guid("set", name), name=name)
            if entry["description"]:
                X.sub(element, "Description", entry["description"])
            for key in entry["codes"]:
                X.sub(element, "MemberCode", targetGUID=key)
            for key in entry["docs"]:
                X.sub(element, "MemberSource", targetGUID=key)
    return len(members)


def _source(parent, document, coding_rows, variables, notes: "_Notes", conn: Connection) -> str:
    key = source_guid(document.doc_key)
    source = X.sub(parent, "TextSource", guid=key, name=document.doc_key, plainTextPath=f"internal://{key}.txt",
                   creationDateTime=utc(document.imported_at))
    spans: dict[tuple[int, int], list[Any]] = {}
    for row in coding_rows:
        spans.setdefault((row.char_start, row.char_end), []).append(row)
    segment_spans = {row.id: (row.char_start, row.char_end) for row in conn.execute(
        select(segments.c.id, segments.c.char_start, segments.c.char_end).where(segments.c.document_id == document.id))}
    for memo in notes.segment_memos(segment_spans):
        spans.setdefault(segment_spans[memo.segment_id], [])
    for (start, end), rows in sorted(spans.items()):
        _selection(source, document.doc_key, start, end, rows, notes, segment_spans)
    notes.refs(source, "document", document.id)
    _variable_values(source, document, variables)
    return key


def _selection(source, doc_key: str, start: int, end: int, rows, notes: "_Notes", segment_spans) -> None:
    first = rows[0] if rows else None
    selection = X.sub(source, "PlainTextSelection", guid=guid("selection", doc_key, start, end),
                      startPosition=start, endPosition=end,
                      creatingUser=user_guid(first.coder) if first else None,
                      creationDateTime=utc(first.created_at) if first else None)
    for row in rows:
        coding_key = guid("coding", doc_key, start, end, row.code_key, row.coder)
        coding = X.sub(selection, "Coding", guid=coding_key, creatingUser=user_guid(row.coder),
                       creationDateTime=utc(row.created_at))
        X.sub(coding, "CodeRef", targetGUID=guid("code", row.code_key))
        if row.memo:
            notes.coding_memo(coding, coding_key, row)
    for segment_id, span in segment_spans.items():
        if span == (start, end):
            notes.refs(selection, "segment", segment_id)


class _Notes:
    """Memos become ``Note`` elements, referenced from what they are about."""

    def __init__(self, memo_rows: list[Any]):
        self.rows = memo_rows
        self.extra: list[tuple[str, str, Any]] = []
        self.coding_memos = 0

    def segment_memos(self, segment_spans: dict[int, tuple[int, int]]) -> list[Any]:
        return [m for m in self.rows if m.target_kind == "segment" and m.segment_id in segment_spans]

    def refs(self, element, kind: str, target_id: int) -> None:
        column = {"document": "document_id", "segment": "segment_id", "code": "code_id"}[kind]
        for memo in self.rows:
            if memo.target_kind == kind and getattr(memo, column) == target_id:
                X.sub(element, "NoteRef", targetGUID=guid("memo", memo.id))

    def coding_memo(self, coding, coding_key: str, row) -> None:
        key = guid("coding-memo", coding_key)
        X.sub(coding, "NoteRef", targetGUID=key)
        self.extra.append((key, row.memo, row))
        self.coding_memos += 1

    def write(self, root) -> None:
        if not self.rows and not self.extra:
            return
        parent = X.sub(root, "Notes")
        for memo in self.rows:
            self._note(parent, guid("memo", memo.id), memo.text, memo.coder, memo.created_at)
        for key, text, row in self.extra:
            self._note(parent, key, text, row.coder, row.created_at)

    def project_refs(self, root) -> None:
        for memo in self.rows:
            if memo.target_kind == "project":
                X.sub(root, "NoteRef", targetGUID=guid("memo", memo.id))

    @staticmethod
    def _note(parent, key: str, text: str, coder: str, created) -> None:
        name = " ".join(text.split())[:60] or "Memo"
        note = X.sub(parent, "Note", guid=key, name=name, creatingUser=user_guid(coder), creationDateTime=utc(created))
        X.sub(note, "PlainTextContent", text)
