"""Store a REFI-QDA project (read by :mod:`qda.exchange.refi_read`) in a qda project.

One transaction: documents, codes, codings and memos all arrive or nothing does. Unless the
caller allows a partial import, the transaction is also rolled back when any source, code or
coding of the archive did not come across; the report then says what and why.

Codes are matched to the project's codes by id (``qda-id`` in a qda export, else a slug of the
name); a document whose id exists is reused when its text is the same and refused otherwise. A
selection that spans several segments is split at segment borders; one that touches no segment
(a question heading) is reported. Variables and cases become document metadata (see
:mod:`qda.exchange.variables`), document sets the attribute ``sets``, code sets the setting
``code_sets``, links memos on what they start from; graphs are counted and skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import textwrap
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from qda.codebook.store import codebook_info, load_codes
from qda.coding.api import store_coding
from qda.coding.memos import add_memo
from qda.errors import QdaError
from qda.exchange.descriptions import parse, slug
from qda.exchange.refi_read import RefiProject, RefiSelection, RefiSource, read_qdpx
from qda.exchange.variables import field_value, target_field
from qda.ingest.importer import _segment_row, now
from qda.ingest.metadata import CORE_FIELDS, merge_metadata
from qda.ingest.segment import segment_text
from qda.store.db import inserted_id
from qda.store.schema import codes, codings, documents, segments, settings

_KEY = re.compile(r"^[a-z0-9_]+$")
_DOC_KEY_BAD = re.compile(r"[^\w.\-äöüÄÖÜß]+")
SET_SEPARATOR = "; "
CODE_SETS = "code_sets"


@dataclass
class RefiImportReport:
    """What the archive held, what the import added or reused, and what it could not carry over."""

    file: str = ""
    documents: list[str] = field(default_factory=list)
    reused_documents: list[str] = field(default_factory=list)
    codes_added: list[str] = field(default_factory=list)
    codes_matched: list[str] = field(default_factory=list)
    codings: int = 0
    codings_imported: int = 0
    memos: int = 0
    sets: int = 0
    links: int = 0
    graphs_skipped: int = 0
    users: list[str] = field(default_factory=list)
    held: dict[str, int] = field(default_factory=dict)
    lost_sources: dict[str, list[str]] = field(default_factory=dict)
    committed: bool = False
    not_carried: list[str] = field(default_factory=list)

    @property
    def lost(self) -> dict[str, int]:
        """Sources, codes and codings of the archive that are not in the project now."""
        return {
            "sources": self.held.get("sources", 0) - len(self.documents) - len(self.reused_documents),
            "codes": self.held.get("codes", 0) - len(self.codes_added) - len(self.codes_matched),
            "codings": self.held.get("codings", 0) - self.codings_imported,
        }

    @property
    def complete(self) -> bool:
        return not any(self.lost.values())

    def headline(self) -> str:
        """One sentence: what came in, or what did not ('2 of 2 sources had no text; ...')."""
        held, lost = self.held, self.lost
        if self.complete:
            return (f"{self.file}: all {held.get('sources', 0)} sources, {held.get('codes', 0)} codes and "
                    f"{held.get('codings', 0)} codings imported")
        parts = [f"{len(names)} of {held['sources']} sources {reason}" for reason, names in self.lost_sources.items()]
        unexplained = lost["sources"] - sum(len(names) for names in self.lost_sources.values())
        if unexplained:
            parts.append(f"{unexplained} of {held['sources']} sources not imported")
        parts += [f"{lost[kind]} of {held[kind]} {kind} not imported" for kind in ("codes", "codings") if lost[kind]]
        return f"{self.file}: " + "; ".join(parts)

    def summary(self, width: int = 80) -> str:
        """The headline and the counts, wrapped to ``width`` columns."""
        rows = [
            ("documents", f"{len(self.documents)} new, {len(self.reused_documents)} already there"),
            ("codes", f"{len(self.codes_added)} new, {len(self.codes_matched)} matched"),
            ("codings", f"{self.codings_imported} of {self.held.get('codings', 0)} ({self.codings} new rows)"),
            ("memos", str(self.memos)),
            ("sets", f"{self.sets} (document sets as attribute 'sets', code sets as setting code_sets)"),
            ("links", f"{self.links} (as memos)"),
            ("graphs", f"{self.graphs_skipped} skipped"),
            ("users", ", ".join(self.users) or "-"),
        ]
        rows = [(label, text) for label, text in rows if not text.startswith("0 (") and text != "0 skipped"]
        lines = textwrap.wrap(self.headline(), width, subsequent_indent="  ", break_on_hyphens=False)
        for label, text in rows:
            lines += textwrap.wrap(text, width, initial_indent=f"  {label:<10} ", subsequent_indent=" " * 13)
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "lost": self.lost, "complete": self.complete, "headline": self.headline()}


def import_refi(engine: Engine, path: Path, *, allow_partial: bool = False,
                field_map: dict[str, str] | None = None) -> RefiImportReport:
    """Import the ``.qdpx`` at ``path``; commit only when complete or ``allow_partial``.

    ``field_map`` maps lower-case variable names to metadata fields (``--map-variable``).
    """
    project = read_qdpx(path)
    with engine.connect() as conn, conn.begin() as transaction:
        report = store_refi(conn, project, path, allow_partial=allow_partial, field_map=field_map)
        if not report.committed:
            transaction.rollback()
    return report


def store_refi(conn: Connection, project: RefiProject, path: Path, *, allow_partial: bool = False,
               field_map: dict[str, str] | None = None) -> RefiImportReport:
    """Store a read REFI project in the caller's transaction, which the caller rolls back unless
    ``report.committed`` (a pseudonymised import rewrites the project first:
    :mod:`qda.anonymize.importing`)."""
    report = RefiImportReport(file=path.name, held=dict(project.held), lost_sources=dict(project.lost_sources),
                              graphs_skipped=project.graphs, not_carried=list(project.problems),
                              users=sorted(set(project.users.values())))
    _Store(conn, project, report, path, field_map or {}).all()
    report.committed = report.complete or allow_partial
    return report


class _Store:
    """Writes one REFI project into the open transaction, filling in the report."""

    def __init__(self, conn: Connection, project: RefiProject, report: RefiImportReport, path: Path,
                 field_map: dict[str, str]):
        self.conn, self.project, self.report, self.path, self.field_map = conn, project, report, path, field_map
        self.targets: dict[str, tuple[dict[str, Any], str]] = {}  # REFI GUID -> (memo target, label)
        self.code_paths: dict[str, str] = {}  # REFI code GUID -> qda code path

    def all(self) -> None:
        code_ids = self.codes()
        for source in self.project.sources:
            self.source(source, code_ids)
        self.report.sets = len({name for source in self.project.sources for name in source.sets})
        self.code_sets()
        for link in self.project.links:
            self.link(link)
        for guid in self.project.project_notes:
            self.memo(guid, {"target_kind": "project"})
        if self.project.description:
            self.text_memo({"target_kind": "project"}, self.project.creator, self.project.description)

    def codes(self) -> dict[str, int]:
        conn, project, report = self.conn, self.project, self.report
        existing = {row.code_key: row for row in load_codes(conn, include_inactive=True)}
        position = (conn.execute(select(func.max(codes.c.position))).scalar() or 0) + 1
        ids: dict[str, int] = {}
        paths = self.code_paths
        taken = set(existing)
        for code in project.codes:
            fields = parse(code.description)
            key = fields.pop("code_key", None)
            key = key if key and _KEY.match(key) else slug(code.name)
            parent_path = paths.get(code.parent) if code.parent else None
            if key in existing:
                row = existing.pop(key)
                ids[code.guid], paths[code.guid] = row.id, row.path
                report.codes_matched.append(row.path)
            else:
                key = _unique(key, taken)
                path = f"{parent_path}/{key}" if parent_path else key
                values = {"anchor_examples": [], "keywords": [], "exclude": [], "questions": [], **fields}
                ids[code.guid] = inserted_id(conn.execute(insert(codes).values(
                    path=path, code_key=key, parent_id=ids.get(code.parent) if code.parent else None, label=code.name,
                    color=_colour(code.color), position=position, active=True, **values)))
                paths[code.guid] = path
                position += 1
                report.codes_added.append(path)
                for guid in project.code_notes.get(code.guid, []):
                    self.memo(guid, {"target_kind": "code", "code_id": ids[code.guid]})
            self.targets[code.guid] = ({"target_kind": "code", "code_id": ids[code.guid]}, f"code {paths[code.guid]}")
        if project.codes and not codebook_info(conn).get("name"):
            self._setting("codebook", {"name": project.codebook_name or project.name, "language": "de",
                                       "description": "imported from REFI-QDA"})
        return ids

    def _setting(self, key: str, value: Any) -> None:
        if self.conn.execute(select(settings.c.key).where(settings.c.key == key)).first():
            self.conn.execute(update(settings).where(settings.c.key == key).values(value=value))
        else:
            self.conn.execute(insert(settings).values(key=key, value=value))

    def code_sets(self) -> None:
        """Code sets as named groups of code paths in the ``code_sets`` setting (merged by name)."""
        if not self.project.code_sets:
            return
        stored = self.conn.execute(select(settings.c.value).where(settings.c.key == CODE_SETS)).scalar() or []
        groups = {group["name"]: group for group in stored}
        for code_set in self.project.code_sets:
            members = [self.code_paths[guid] for guid in code_set.codes if guid in self.code_paths]
            old = groups.get(code_set.name, {}).get("codes", [])
            groups[code_set.name] = {"name": code_set.name, "description": code_set.description,
                                     "codes": sorted(set(old) | set(members))}
            self.report.sets += 1
        self._setting(CODE_SETS, sorted(groups.values(), key=lambda group: group["name"]))

    def source(self, source: RefiSource, code_ids: dict[str, int]) -> None:
        doc_key = _doc_key(source)
        doc_id, new = self.document(doc_key, source)
        document = {"target_kind": "document", "document_id": doc_id}
        self.targets[source.guid] = (document, f"document {doc_key}")
        rows = self.conn.execute(
            select(segments).where(segments.c.document_id == doc_id).order_by(segments.c.number)).all()
        writer = _CodingWriter(self.conn, bulk=new)
        for selection in source.selections:
            self.selection(doc_key, selection, rows, code_ids, writer)
        writer.flush()
        for guid in source.notes:
            self.memo(guid, document)
        if source.description and new:
            self.text_memo(document, source.user, source.description)

    def document(self, doc_key: str, source: RefiSource) -> tuple[int, bool]:
        conn, report = self.conn, self.report
        digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
        old = conn.execute(select(documents.c.id, documents.c.sha256).where(documents.c.doc_key == doc_key)).first()
        if old is not None:
            if old.sha256 != digest:
                raise QdaError(f"document '{doc_key}' already exists with a different text; rename or remove it first",
                               self.path)
            report.reused_documents.append(doc_key)
            return old.id, False
        meta = self.metadata(doc_key, source)
        values = {name: getattr(meta, name) for name in CORE_FIELDS}
        doc_id = inserted_id(conn.execute(insert(documents).values(
            doc_key=doc_key, source_path=f"{self.path.name}#{source.name}", source_format="qdpx", sha256=digest,
            version=1, attributes=meta.attributes, text=source.text, word_count=len(source.text.split()),
            imported_at=now(), **values)))
        found = segment_text(source.text)
        if found:
            conn.execute(insert(segments), [_segment_row(doc_id, segment) for segment in found])
        report.documents.append(doc_key)
        return doc_id, True

    def metadata(self, doc_key: str, source: RefiSource):
        """Variables as metadata fields or attributes; a value a field cannot take (an unknown
        level) is kept as the attribute ``refi_<field>`` and reported."""
        layer: dict[str, Any] = {"id": doc_key}
        for name, value in source.variables.items():
            target = target_field(name, self.field_map)
            if target in layer:
                target = name.strip().lower()
            value = field_value(target, value)
            try:
                merge_metadata([{"id": doc_key, target: value}], Path(source.name))
                layer[target] = value
            except QdaError as error:
                layer[f"refi_{target}"] = value
                self.report.not_carried.append(f"source '{source.name}': {error.message}; kept as refi_{target}")
        own_names = {source.name, doc_key, str(layer.get("site"))}
        cases = [case for case in source.cases if case and case not in own_names]
        if cases:
            layer.setdefault("case", SET_SEPARATOR.join(cases))
        if source.sets:
            layer["sets"] = SET_SEPARATOR.join(sorted(set(source.sets)))
        return merge_metadata([layer], Path(source.name))[0]

    def selection(self, doc_key: str, selection: RefiSelection, rows, code_ids: dict[str, int],
                  writer: "_CodingWriter") -> None:
        report = self.report
        pieces = [(row, max(selection.start, row.char_start), min(selection.end, row.char_end)) for row in rows
                  if selection.start < row.char_end and selection.end > row.char_start]
        where = f"{doc_key} {selection.start}:{selection.end}"
        if not pieces:
            report.not_carried.append(f"selection {where} lies outside every segment (a heading?);"
                                      f" {len(selection.codings)} codings not imported")
            return
        if len(pieces) > 1:
            report.not_carried.append(f"selection {where} spans {len(pieces)} segments: split at segment borders")
        segment = {"target_kind": "segment", "segment_id": pieces[0][0].id, "document_id": pieces[0][0].document_id}
        labels = ", ".join(self.code_paths[c.code] for c in selection.codings if c.code in self.code_paths)
        self.targets[selection.guid] = (segment, f"{where} ({labels})" if labels else where)
        for coding in selection.codings:
            code_id = code_ids.get(coding.code)
            if code_id is None:
                report.not_carried.append(f"selection {where}: coding with unknown code {coding.code}")
                continue
            creator = coding.user or selection.user or self.project.creator
            coder = (self.project.users.get(creator) if creator else None) or "imported"
            memo = "\n\n".join(self.project.notes[g].text for g in coding.notes if g in self.project.notes) or None
            for row, start, end in pieces:
                report.codings += writer.add(row, code_id, coder, (start, end), origin="imported", memo=memo,
                                             created_at=_datetime(coding.created))
            report.codings_imported += 1
            self.targets[coding.guid] = (segment, f"{where} ({self.code_paths[coding.code]})")
        for guid in selection.notes:
            self.memo(guid, segment)

    def link(self, link) -> None:
        """A link becomes a memo on what it starts from (or on the project)."""
        origin = self.targets.get(link.origin)
        target = self.targets.get(link.target)
        label = f"Link '{link.name}'" + (f" ({link.direction})" if link.direction else "")
        text = f"{label}: {origin[1] if origin else link.origin} → {target[1] if target else link.target}"
        notes = [self.project.notes[g].text for g in link.notes if g in self.project.notes]
        where = origin[0] if origin else target[0] if target else {"target_kind": "project"}
        self.text_memo(where, self.project.creator, "\n\n".join([text, *notes]))
        self.report.links += 1

    def memo(self, guid: str, target: dict[str, Any]) -> None:
        note = self.project.notes.get(guid)
        if note is None or not note.text.strip():
            self.report.not_carried.append(f"note {guid}: missing or empty")
            return
        self.text_memo(target, note.user, note.text)

    def text_memo(self, target: dict[str, Any], user: str | None, text: str) -> None:
        add_memo(self.conn, target, (self.project.users.get(user) if user else None) or "imported", text)
        self.report.memos += 1


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


def _doc_key(source: RefiSource) -> str:
    name = Path(source.name).stem if Path(source.name).suffix.lower() in (
        ".txt", ".docx", ".rtf", ".odt", ".md", ".pdf") else source.name
    return _DOC_KEY_BAD.sub("_", name).strip("_")[:200] or source.guid


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


def _datetime(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
