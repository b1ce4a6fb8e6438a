"""Store protocols as documents and segments, in one transaction per import run.

One transaction means a bad file, an interrupted run or a SIGKILL leaves the project as it was;
running the import again finishes the job (unchanged documents are skipped by content hash).
A changed file becomes a new version of its document: segments are matched to the old ones by
content, codings on unchanged passages move with them, the rest are relocated by their quoted
text or, failing that, kept in ``orphaned_codings`` and reported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from qda.errors import QdaError
from qda.ingest.metadata import ProtocolMeta, load_sidecar, merge_metadata, sidecar_row
from qda.ingest.readers import DEFAULT_MAX_BYTES, READERS, RawProtocol, read_protocol
from qda.ingest.segment import Segment, iter_segments
from qda.store.db import inserted_id
from qda.store.schema import codes, codings, document_versions, documents, memos, orphaned_codings, segments

SEGMENT_BATCH = 5000
DOCUMENT_BATCH = 20  # protocols held (with their text) until stored
MAX_SEGMENTS = 20_000  # a long protocol has a few hundred; more is a runaway file


@dataclass
class Incoming:
    """A protocol as it is about to be stored: a transform (pseudonymisation) may rewrite its
    id, metadata, text and recorded source path; ``raw`` is what the reader found."""

    meta: ProtocolMeta
    text: str
    source_path: str
    raw: RawProtocol


Transform = Callable[[Incoming], Incoming]


@dataclass
class ImportReport:
    """What an import run did, per document key."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    metadata_updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    codings_carried: int = 0
    codings_relocated: int = 0
    orphaned: list[dict[str, Any]] = field(default_factory=list)
    segments: int = 0
    words: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def iter_protocol_files(paths: Iterable[Path], warn: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Files named directly, and in folders (recursively, sorted) every supported protocol file
    except hidden files and READMEs. A link in a folder that leads out of it (to
    ``/etc/passwd``, say) is skipped, with a ``warn``ing."""
    for path in paths:
        if path.is_dir():
            inside = path.resolve()
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if (
                    child.is_file()
                    and child.suffix.lower() in READERS
                    and not any(part.startswith(".") for part in relative)
                    and not child.name.upper().startswith("README")
                ):
                    if child.resolve().is_relative_to(inside):
                        yield child
                    elif warn:
                        warn(f"{child}: skipped, a link leading out of {path}")
        elif path.is_file():
            yield path
        else:
            raise QdaError("no such file or folder", path)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def import_paths(
    engine: Engine,
    paths: Iterable[Path],
    defaults: dict[str, Any] | None = None,
    sidecar: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip_errors: bool = False,
    progress: Callable[[Path], None] | None = None,
) -> ImportReport:
    """Import protocol files into the project database, in one transaction.

    ``defaults`` are metadata from command-line options (lowest precedence). Without
    ``skip_errors`` the first bad file aborts the run and nothing is written. Pseudonymised
    imports go through :func:`qda.anonymize.importing.import_anonymized`.
    """
    with engine.begin() as conn:
        return import_into(conn, paths, defaults, sidecar, max_bytes, skip_errors, progress=progress)


def import_into(
    conn: Connection,
    paths: Iterable[Path],
    defaults: dict[str, Any] | None = None,
    sidecar: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip_errors: bool = False,
    transform: Transform | None = None,
    progress: Callable[[Path], None] | None = None,
) -> ImportReport:
    """:func:`import_paths` inside the caller's transaction; ``transform`` rewrites each
    protocol before it is stored."""
    report = ImportReport()
    sidecar_table = load_sidecar(sidecar) if sidecar else {}
    seen: dict[str, Path] = {}
    existing = {row.doc_key: row for row in conn.execute(select(
        documents.c.id, documents.c.doc_key, documents.c.sha256, documents.c.version,
        *[documents.c[name] for name in ("site", "level", "role", "wave", "date", "interviewer", "attributes",
                                         "first_line")],
    ))}
    pending = _Pending()
    for path in iter_protocol_files(paths, report.warnings.append):
        if progress:
            progress(path)
        try:
            incoming = _load(path, defaults or {}, sidecar_table, max_bytes, report)
            if transform:
                incoming = transform(incoming)
            doc_key = incoming.meta.doc_key
            if doc_key in seen:
                raise QdaError(f"duplicate document id '{doc_key}' (also in {seen[doc_key]})", path)
            seen[doc_key] = path
            _store(conn, incoming, existing.get(doc_key), pending, report)
        except QdaError as error:
            if not skip_errors:
                raise
            report.failed.append(str(error))
        if pending.full():
            pending.flush(conn)
    pending.flush(conn)
    return report


def _load(path, defaults, sidecar_table, max_bytes, report) -> Incoming:
    raw = read_protocol(path, max_bytes)
    layers = [raw.metadata, sidecar_row(sidecar_table, path, raw.metadata), defaults]
    meta, warnings = merge_metadata(layers, path, raw.metadata_lines)
    report.warnings.extend(warnings)
    if raw.encoding not in ("utf-8",):
        report.warnings.append(f"{path}: decoded as {raw.encoding}")
    return Incoming(meta, raw.text, str(path), raw)


def _meta_values(meta: ProtocolMeta) -> dict[str, Any]:
    return {
        "site": meta.site, "level": meta.level, "role": meta.role, "wave": meta.wave,
        "date": meta.date, "interviewer": meta.interviewer, "attributes": meta.attributes,
    }


def _store(conn, incoming: Incoming, old, pending: _Pending, report) -> None:
    meta, text, raw = incoming.meta, incoming.text, incoming.raw
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    values = {**_meta_values(meta), "first_line": raw.first_line}
    if old is not None and old.sha256 == digest:
        if all(getattr(old, key) == value for key, value in values.items()):
            report.unchanged.append(meta.doc_key)
        else:
            conn.execute(update(documents).where(documents.c.id == old.id).values(**values))
            report.metadata_updated.append(meta.doc_key)
        return
    found = list(islice(iter_segments(text), MAX_SEGMENTS + 1))
    if len(found) > MAX_SEGMENTS:
        raise QdaError(f"more than {MAX_SEGMENTS:,} segments (paragraphs and speaker turns): split the file", raw.path)
    found = _in_source_paragraphs(found, raw.paragraph_numbers)
    report.segments += len(found)
    words = len(text.split())
    report.words += words
    row = dict(
        values, doc_key=meta.doc_key, source_path=incoming.source_path,
        source_format=Path(incoming.source_path).suffix.lower().lstrip("."),
        sha256=digest, text=text, word_count=words, imported_at=now(),
    )
    if old is None:
        pending.add({"version": 1, **row}, found)
        report.added.append(meta.doc_key)
    else:
        pending.flush(conn)
        _new_version(conn, old, row, found, report)
        report.updated.append(meta.doc_key)


def _in_source_paragraphs(found: list[Segment], numbers: list[int] | None) -> list[Segment]:
    """Segments whose ``paragraph`` is the source file's paragraph number where the reader knows
    it (Word, OpenDocument); left as the text's own paragraph ordinal when the two disagree."""
    if not numbers or any(segment.paragraph > len(numbers) for segment in found):
        return found
    return [replace(segment, paragraph=numbers[segment.paragraph - 1]) for segment in found]


def _segment_row(doc_id: int, segment: Segment) -> dict[str, Any]:
    return {
        "document_id": doc_id, "number": segment.number, "char_start": segment.start,
        "char_end": segment.end, "line_start": segment.line_start, "line_end": segment.line_end,
        "kind": segment.kind, "speaker": segment.speaker, "question": segment.question,
        "text": segment.text, "text_hash": segment.text_hash, "paragraph": segment.paragraph,
    }


class _Pending:
    """New documents and the rows of their segments, stored a batch at a time: one statement for
    the documents (their ids come back in order) and one for their segments."""

    def __init__(self) -> None:
        self.documents: list[dict[str, Any]] = []
        self.segment_rows: list[list[dict[str, Any]]] = []  # per document, its id filled in when stored
        self.segments = 0

    def add(self, row: dict[str, Any], found: list[Segment]) -> None:
        self.documents.append(row)
        self.segment_rows.append([_segment_row(0, segment) for segment in found])
        self.segments += len(found)

    def full(self) -> bool:
        return self.segments >= SEGMENT_BATCH or len(self.documents) >= DOCUMENT_BATCH

    def flush(self, conn: Connection) -> None:
        if not self.documents:
            return
        ids = conn.execute(insert(documents).returning(documents.c.id, sort_by_parameter_order=True),
                           self.documents).scalars().all()
        for doc_id, rows in zip(ids, self.segment_rows):
            for row in rows:
                row["document_id"] = doc_id
        if self.segments:
            conn.execute(insert(segments), [row for rows in self.segment_rows for row in rows])
        self.documents.clear()
        self.segment_rows.clear()
        self.segments = 0


def _new_version(conn: Connection, old, row: dict[str, Any], found: list[Segment], report: ImportReport) -> None:
    """Replace a document's text, keeping segment rows (and so codings and memos) where the
    passage is unchanged."""
    old_text = conn.execute(select(documents.c.text).where(documents.c.id == old.id)).scalar_one()
    conn.execute(insert(document_versions).values(
        document_id=old.id, version=old.version, sha256=old.sha256, text=old_text, replaced_at=now()))
    conn.execute(update(documents).where(documents.c.id == old.id).values(version=old.version + 1, **row))
    old_segments = conn.execute(select(segments).where(segments.c.document_id == old.id)).all()
    by_hash: dict[str, list[Any]] = {}
    for segment in old_segments:
        by_hash.setdefault(segment.text_hash, []).append(segment)
    conn.execute(update(segments).where(segments.c.document_id == old.id).values(number=-segments.c.number))
    new_ids: list[int] = []
    for piece in found:
        values = _segment_row(old.id, piece)
        matches = by_hash.get(piece.text_hash)
        if matches:
            kept = matches.pop(0)
            conn.execute(update(segments).where(segments.c.id == kept.id).values(**values))
            delta = piece.start - kept.char_start
            carried = conn.execute(update(codings).where(codings.c.segment_id == kept.id).values(
                char_start=codings.c.char_start + delta, char_end=codings.c.char_end + delta))
            report.codings_carried += carried.rowcount
            new_ids.append(kept.id)
        else:
            new_ids.append(inserted_id(conn.execute(insert(segments).values(**values))))
    leftovers = [segment for group in by_hash.values() for segment in group]
    for segment in leftovers:
        _rescue_codings(conn, old, old_text, segment, row["text"], found, new_ids, report)
        _rescue_memos(conn, old.id, segment)
    if leftovers:
        conn.execute(delete(segments).where(segments.c.id.in_([s.id for s in leftovers])))


def _rescue_codings(conn, old, old_text, segment, new_text, found, new_ids, report) -> None:
    """Move codings of a vanished segment to where their quoted text now stands, if it is
    unique; otherwise keep them in ``orphaned_codings``."""
    rows = conn.execute(
        select(codings, codes.c.path).join(codes, codes.c.id == codings.c.code_id)
        .where(codings.c.segment_id == segment.id)
    ).all()
    for coding in rows:
        quote = old_text[coding.char_start:coding.char_end]
        position = new_text.find(quote) if quote.strip() else -1
        unique = position >= 0 and new_text.find(quote, position + 1) < 0
        target = next(
            (i for i, s in enumerate(found) if s.start <= position and position + len(quote) <= s.end), None
        ) if unique else None
        if target is not None:
            conn.execute(update(codings).where(codings.c.id == coding.id).values(
                segment_id=new_ids[target], char_start=position, char_end=position + len(quote)))
            report.codings_relocated += 1
            continue
        conn.execute(insert(orphaned_codings).values(
            doc_key=row_key(conn, old.id), from_version=old.version, code_path=coding.path,
            coder=coding.coder, char_start=coding.char_start, char_end=coding.char_end, quote=quote,
            memo=coding.memo, origin=coding.origin, created_at=coding.created_at, orphaned_at=now()))
        conn.execute(delete(codings).where(codings.c.id == coding.id))
        report.orphaned.append({
            "document": row_key(conn, old.id), "segment": -segment.number, "code": coding.path,
            "coder": coding.coder, "quote": quote[:80],
        })


def row_key(conn: Connection, doc_id: int) -> str:
    return conn.execute(select(documents.c.doc_key).where(documents.c.id == doc_id)).scalar_one()


def _rescue_memos(conn: Connection, doc_id: int, segment) -> None:
    """Memos on a vanished segment become document memos that say where they came from."""
    for memo in conn.execute(select(memos).where(memos.c.segment_id == segment.id)).all():
        conn.execute(update(memos).where(memos.c.id == memo.id).values(
            target_kind="document", segment_id=None, document_id=doc_id,
            text=f"[was on segment {-segment.number}, removed in a new version] {memo.text}"))
