"""Store a REFI-QDA project (read by :mod:`qda.exchange.refi_read`) in a qda project.

One transaction: documents, codes, codings and memos all arrive or nothing does. Codes are
matched to the project's codes by id (``qda-id`` in a qda export, else a slug of the name);
a document whose id exists is reused when its text is the same and refused otherwise. A
selection that spans several segments is split at segment borders; one that touches no
segment (a question heading) is reported, as is everything else that cannot be carried over.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select

from qda.codebook.store import codebook_info, load_codes
from qda.coding.api import store_coding
from qda.coding.memos import add_memo
from qda.errors import QdaError
from qda.exchange.descriptions import parse, slug
from qda.exchange.refi_read import RefiProject, RefiSelection, RefiSource, read_qdpx
from qda.ingest.importer import _segment_row, now
from qda.ingest.metadata import CORE_FIELDS, merge_metadata
from qda.ingest.segment import segment_text
from qda.store.schema import codes, codings, documents, segments, settings

_KEY = re.compile(r"^[a-z0-9_]+$")
_DOC_KEY_BAD = re.compile(r"[^\w.\-äöüÄÖÜß]+")


@dataclass
class RefiImportReport:
    """What the import added, reused, and could not carry over."""

    documents: list[str] = field(default_factory=list)
    reused_documents: list[str] = field(default_factory=list)
    codes_added: list[str] = field(default_factory=list)
    codes_matched: list[str] = field(default_factory=list)
    codings: int = 0
    memos: int = 0
    users: list[str] = field(default_factory=list)
    not_carried: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def import_refi(engine: Engine, path: Path) -> RefiImportReport:
    """Import the ``.qdpx`` at ``path`` into the project behind ``engine``."""
    project = read_qdpx(path)
    report = RefiImportReport(not_carried=list(project.problems))
    report.users = sorted(set(project.users.values()))
    with engine.begin() as conn:
        code_ids = _store_codes(conn, project, report)
        for source in project.sources:
            _store_source(conn, project, source, code_ids, report, path)
        for guid in project.project_notes:
            _memo(conn, project, guid, {"target_kind": "project"}, report)
    return report


def _store_codes(conn: Connection, project: RefiProject, report: RefiImportReport) -> dict[str, int]:
    existing = {row.code_key: row for row in load_codes(conn, include_inactive=True)}
    position = (conn.execute(select(func.max(codes.c.position))).scalar() or 0) + 1
    ids: dict[str, int] = {}
    paths: dict[str, str] = {}
    taken = set(existing)
    for code in project.codes:
        fields = parse(code.description)
        key = fields.pop("code_key", None)
        key = key if key and _KEY.match(key) else slug(code.name)
        parent_path = paths.get(code.parent)
        if key in existing:
            row = existing.pop(key)
            ids[code.guid], paths[code.guid] = row.id, row.path
            report.codes_matched.append(row.path)
            continue
        key = _unique(key, taken)
        path = f"{parent_path}/{key}" if parent_path else key
        values = {"anchor_examples": [], "keywords": [], "exclude": [], "questions": [], **fields}
        ids[code.guid] = conn.execute(insert(codes).values(
            path=path, code_key=key, parent_id=ids.get(code.parent), label=code.name, color=_colour(code.color),
            position=position, active=True, **values)).inserted_primary_key[0]
        paths[code.guid] = path
        position += 1
        report.codes_added.append(path)
        for guid in project.code_notes.get(code.guid, []):
            _memo(conn, project, guid, {"target_kind": "code", "code_id": ids[code.guid]}, report)
    if project.codes and not codebook_info(conn).get("name"):
        conn.execute(insert(settings).values(key="codebook", value={
            "name": project.name, "language": "de", "description": "imported from REFI-QDA"}))
    return ids


def _unique(key: str, taken: set[str]) -> str:
    candidate, number = key, 2
    while candidate in taken:
        candidate, number = f"{key}_{number}", number + 1
    taken.add(candidate)
    return candidate


def _colour(value: str | None) -> str | None:
    if value and re.fullmatch(r"#[0-9a-fA-F]{3}", value):
        return "#" + "".join(ch * 2 for ch in value[1:])
    return value if value and re.fullmatch(r"#[0-9a-fA-F]{6}", value) else None


def _store_source(conn, project: RefiProject, source: RefiSource, code_ids, report, path: Path) -> None:
    doc_key = _DOC_KEY_BAD.sub("_", Path(source.name).stem if Path(source.name).suffix.lower() in
                                (".txt", ".docx", ".rtf", ".odt", ".md") else source.name).strip("_")[:200] or source.guid
    doc_id, new = _document(conn, doc_key, source, report, path)
    rows = conn.execute(select(segments).where(segments.c.document_id == doc_id).order_by(segments.c.number)).all()
    writer = _CodingWriter(conn, bulk=new)
    for selection in source.selections:
        _selection(conn, project, doc_key, selection, rows, code_ids, report, writer)
    writer.flush()
    for guid in source.notes:
        _memo(conn, project, guid, {"target_kind": "document", "document_id": doc_id}, report)


class _CodingWriter:
    """Codings of a new document go in one bulk insert; into a reused document one at a time
    through ``store_coding``, which skips codings that are already there."""

    def __init__(self, conn: Connection, bulk: bool):
        self.conn, self.bulk = conn, bulk
        self.pending: dict[tuple, dict[str, Any]] = {}

    def add(self, segment, code_id: int, coder: str, span: tuple[int, int], **fields: Any) -> int:
        if not self.bulk:
            return int(store_coding(self.conn, segment, code_id, coder, span, **fields)[1])
        key = (segment.id, code_id, coder, *span)
        if key in self.pending:
            return 0
        self.pending[key] = {"segment_id": segment.id, "code_id": code_id, "coder": coder, "char_start": span[0],
                             "char_end": span[1], "key_quote": False, **fields,
                             "created_at": fields.get("created_at") or now()}
        return 1

    def flush(self) -> None:
        if self.pending:
            self.conn.execute(insert(codings), list(self.pending.values()))
            self.pending.clear()


def _document(conn: Connection, doc_key: str, source: RefiSource, report: RefiImportReport,
              path: Path) -> tuple[int, bool]:
    digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
    old = conn.execute(select(documents.c.id, documents.c.sha256).where(documents.c.doc_key == doc_key)).first()
    if old is not None:
        if old.sha256 != digest:
            raise QdaError(f"document '{doc_key}' already exists with a different text; rename or remove it first", path)
        report.reused_documents.append(doc_key)
        return old.id, False
    meta = _metadata(doc_key, source, report)
    values = {name: getattr(meta, name) for name in CORE_FIELDS}
    doc_id = conn.execute(insert(documents).values(
        doc_key=doc_key, source_path=f"{path.name}#{source.name}", source_format="qdpx", sha256=digest, version=1,
        attributes=meta.attributes, text=source.text, word_count=len(source.text.split()), imported_at=now(),
        **values)).inserted_primary_key[0]
    found = segment_text(source.text)
    if found:
        conn.execute(insert(segments), [_segment_row(doc_id, segment) for segment in found])
    report.documents.append(doc_key)
    return doc_id, True


def _metadata(doc_key: str, source: RefiSource, report: RefiImportReport):
    """Variables as metadata; a value qda cannot take (an unknown level) becomes an attribute."""
    variables = {name.strip().lower(): value for name, value in source.variables.items()}
    if len(source.cases) == 1 and "site" not in variables:
        variables["case"] = source.cases[0]
    layer = {"id": doc_key}
    for name, value in variables.items():
        try:
            merge_metadata([{"id": doc_key, name: value}], Path(source.name))
            layer[name] = value
        except QdaError as error:
            layer[f"refi_{name}"] = value
            report.not_carried.append(f"source '{source.name}': {error.message}; kept as attribute refi_{name}")
    return merge_metadata([layer], Path(source.name))[0]


def _selection(conn, project: RefiProject, doc_key: str, selection: RefiSelection, rows, code_ids, report,
               writer: _CodingWriter) -> None:
    pieces = [(row, max(selection.start, row.char_start), min(selection.end, row.char_end)) for row in rows
              if selection.start < row.char_end and selection.end > row.char_start]
    where = f"{doc_key} {selection.start}:{selection.end}"
    if not pieces:
        report.not_carried.append(f"selection {where} lies outside every segment (a heading?)")
        return
    if len(pieces) > 1:
        report.not_carried.append(f"selection {where} spans {len(pieces)} segments: split at segment borders")
    for coding in selection.codings:
        code_id = code_ids.get(coding.code)
        if code_id is None:
            report.not_carried.append(f"selection {where}: coding with unknown code {coding.code}")
            continue
        coder = project.users.get(coding.user or selection.user or project.creator) or "imported"
        memo = "\n\n".join(project.notes[g].text for g in coding.notes if g in project.notes) or None
        for row, start, end in pieces:
            report.codings += writer.add(row, code_id, coder, (start, end), origin="imported", memo=memo,
                                         created_at=_datetime(coding.created))
    for guid in selection.notes:
        _memo(conn, project, guid, {"target_kind": "segment", "segment_id": pieces[0][0].id,
                                    "document_id": pieces[0][0].document_id}, report)


def _datetime(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _memo(conn: Connection, project: RefiProject, guid: str, target: dict[str, Any], report) -> None:
    note = project.notes.get(guid)
    if note is None or not note.text.strip():
        report.not_carried.append(f"note {guid}: missing or empty")
        return
    add_memo(conn, target, project.users.get(note.user) or "imported", note.text)
    report.memos += 1
