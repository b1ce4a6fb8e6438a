"""Pseudonymised import: documents, pseudonym numbers and key file succeed or fail together.

Every import path passes through :func:`pseudonymising`: protocol files (``qda import
--anonymize``) and REFI-QDA projects alike. The key file is checked before anything is
imported, numbers are allocated inside the import's transaction (see
:mod:`qda.anonymize.project_store`), and the key is written beside its target before the
commit and renamed into place after it: a failure anywhere leaves the project, the pseudonym
tables and the key as they were.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from sqlalchemy import Connection

from qda.anonymize.anonymizer import Anonymizer
from qda.anonymize.documents import DocumentPseudonymizer, shift_offsets
from qda.anonymize.keyfile import KeyWriter
from qda.anonymize.project_store import DatabaseStore, project_secret
from qda.errors import QdaError
from qda.ingest.importer import ImportReport, import_into

if TYPE_CHECKING:  # the project layer sits above this one
    from qda.face import ProjectFace as Project


def project_lists(project: Project) -> dict[str, list[str]]:
    """The project's ``anonymize: {allow, deny}`` lists."""
    section = project.config.get("anonymize") or {}
    if not isinstance(section, dict):
        raise QdaError("'anonymize' in qda.yaml must be a mapping with 'allow' and 'deny' lists", project.root)
    return {"allow": list(section.get("allow") or ()), "deny": list(section.get("deny") or ())}


@contextmanager
def pseudonymising(project: Project, key: Path | None = None,
                   model: str | None = None) -> Iterator[tuple[Connection, DocumentPseudonymizer]]:
    """A transaction and a pseudonymizer numbering within it; the key file follows the commit."""
    writer = KeyWriter(key) if key is not None else None
    lists = project_lists(project)
    anonymizer = Anonymizer(lists["allow"], lists["deny"], model=model, secret=project_secret(project.root))
    try:
        with project.engine.begin() as conn:
            anonymizer.pseudonymizer.store = DatabaseStore(conn)
            yield conn, DocumentPseudonymizer(anonymizer)
            if writer:
                writer.stage(anonymizer.key)
    except BaseException:
        if writer:
            writer.discard()
        raise
    if writer:
        writer.commit()


def import_anonymized(project: Project, paths: Iterable[Path], key: Path | None = None, model: str | None = None,
                      **options: Any) -> ImportReport:
    """``import_paths`` with every protocol pseudonymised (text, metadata, id, source path)."""
    with pseudonymising(project, key, model) as (conn, documents):
        return import_into(conn, paths, transform=documents.protocol, **options)


class _Incomplete(Exception):
    """Rolls the pseudonymising transaction back when a REFI archive did not come in whole."""

    def __init__(self, report):
        self.report = report


def import_refi_anonymized(project: Project, path: Path, key: Path | None = None, model: str | None = None,
                           **options: Any):
    """A REFI-QDA project imported with its sources, metadata and notes pseudonymised and its
    selections moved with the text; ``options`` as for ``import_refi`` (``allow_partial``,
    ``field_map``). An archive that is not imported leaves no pseudonyms and no key behind."""
    from qda.exchange.refi_import import store_refi
    from qda.exchange.refi_read import read_qdpx

    refi = read_qdpx(path)
    try:
        with pseudonymising(project, key, model) as (conn, documents):
            named = Path(documents.identifier(path.name))
            report = store_refi(conn, pseudonymise_refi(refi, documents), named, **options)
            if not report.committed:
                raise _Incomplete(report)
    except _Incomplete as incomplete:
        return incomplete.report
    return report


def pseudonymise_refi(refi, documents: DocumentPseudonymizer):
    """A :class:`~qda.exchange.refi_read.RefiProject` with names replaced everywhere they can
    stand: source texts (selections follow), names, descriptions, variables, cases and sets,
    notes, document and code sets, links. Codes are the codebook's and stay; so do coders (the
    project's users), who are the research team."""
    text = documents.anonymizer.anonymize

    def optional(value: str | None) -> str | None:
        return text(value).text if value else value

    sources = []
    for source in refi.sources:
        result = text(source.text)
        offset = shift_offsets(result.replacements)
        selections = [replace(s, start=offset(s.start), end=offset(s.end, end=True)) for s in source.selections]
        sources.append(replace(
            source, text=result.text, name=documents.identifier(source.name), selections=selections,
            description=optional(source.description),
            variables={name: documents.value(name, value) for name, value in source.variables.items()},
            cases=[documents.value("case", case) for case in source.cases],
            sets=[documents.value("set", name) for name in source.sets]))
    notes = {guid: replace(note, text=text(note.text).text) for guid, note in refi.notes.items()}
    code_sets = [replace(group, name=documents.value("set", group.name), description=optional(group.description))
                 for group in refi.code_sets]
    links = [replace(link, name=documents.value("link", link.name)) for link in refi.links]
    lost = {reason: [documents.identifier(name) for name in names] for reason, names in refi.lost_sources.items()}
    return replace(refi, name=documents.value("project", refi.name), description=optional(refi.description),
                   sources=sources, notes=notes, code_sets=code_sets, links=links, lost_sources=lost)
