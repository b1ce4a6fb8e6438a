"""Export a project as REFI-QDA ``.qdpx``: what MAXQDA, NVivo, ATLAS.ti and QualCoder import.

The archive holds ``project.qde`` and each document's text as ``sources/<GUID>.txt``. Users are
the coders; codes keep colours and carry definition, anchor examples and rule in their
description; every coded span is a ``PlainTextSelection`` with one ``Coding`` per coder and
code; site, level, role, wave, date, interviewer and free attributes are variables; each
site is a case; memos are notes. GUIDs are uuid5 and ZIP entries carry a fixed date, so two
exports of the same project are byte-identical.
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
from qda.codebook.store import load_codes
from qda.exchange.guids import guid
from qda.exchange.xmlbuild import PROJECT_NS, Builder, add_code_tree, serialise, utc
from qda.store.schema import codes, codings, documents, memos, segments

CORE_VARIABLES = ("site", "level", "role", "wave", "date", "interviewer")
VARIABLE_TYPES = {"wave": "Integer", "date": "Date"}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
X = Builder(PROJECT_NS)


@dataclass
class ExportReport:
    """Counts of what went into the archive, and codings of retired codes left out."""

    documents: int = 0
    codes: int = 0
    codings: int = 0
    notes: int = 0
    skipped_codings: int = 0


def export_refi(conn: Connection, out: Path, project_name: str) -> ExportReport:
    """Write the project to ``out`` (.qdpx); the file appears only when complete."""
    root, sources, report = build_project(conn, project_name)
    members = {"project.qde": serialise(root)}
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
    _cases(root, doc_rows)
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


def _variables(root: etree._Element, doc_rows: list[Any]) -> dict[str, tuple[str, str]]:
    """Declare a variable per metadata field in use; return name -> (guid, type)."""
    names = [name for name in CORE_VARIABLES if any(getattr(d, name) is not None for d in doc_rows)]
    names += sorted({key for d in doc_rows for key in (d.attributes or {})} - set(names))
    declared = {name: (guid("variable", name), VARIABLE_TYPES.get(name, "Text")) for name in names}
    if declared:
        parent = X.sub(root, "Variables")
        for name, (key, kind) in declared.items():
            X.sub(parent, "Variable", guid=key, name=name, typeOfVariable=kind)
    return declared


def _cases(root: etree._Element, doc_rows: list[Any]) -> None:
    sites: dict[str, list[str]] = {}
    for document in doc_rows:
        if document.site:
            sites.setdefault(document.site, []).append(document.doc_key)
    if sites:
        parent = X.sub(root, "Cases")
        for site, keys in sorted(sites.items()):
            case = X.sub(parent, "Case", guid=guid("case", site), name=site)
            for key in keys:
                X.sub(case, "SourceRef", targetGUID=source_guid(key))


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
    values = {name: getattr(document, name, None) for name in CORE_VARIABLES}
    values.update(document.attributes or {})
    for name, (variable, kind) in variables.items():
        if values.get(name) is not None:
            holder = X.sub(source, "VariableValue")
            X.sub(holder, "VariableRef", targetGUID=variable)
            X.sub(holder, f"{kind}Value", str(values[name]))
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
        for memo in self.rows:
            if memo.target_kind == "project":
                X.sub(root, "NoteRef", targetGUID=guid("memo", memo.id))

    @staticmethod
    def _note(parent, key: str, text: str, coder: str, created) -> None:
        name = " ".join(text.split())[:60] or "Memo"
        note = X.sub(parent, "Note", guid=key, name=name, creatingUser=user_guid(coder), creationDateTime=utc(created))
        X.sub(note, "PlainTextContent", text)
