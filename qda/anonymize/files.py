"""Per-file functions for the CLI: anonymise protocol files into a folder, or check them.

Everything that can carry a name is processed: the protocol text, the values of its YAML front
matter (``interviewer: Frau Meierhoff``, ``wohnort: ...``; the keys stay, so the files still
import with their metadata) and the file name (``Interview_Sabine_Meierhoff.txt`` is written as
``Interview_PERSON_1.txt``). Word, ODT and RTF protocols are read with the importer's readers and
written as ``.txt`` with their metadata (a Word title too) as front matter.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from qda.anonymize.anonymizer import Anonymizer
from qda.anonymize.documents import DocumentPseudonymizer
from qda.anonymize.findings import Finding, Result
from qda.anonymize.keyfile import KeyWriter, seed
from qda.errors import QdaError
from qda.ingest.decode import decode_bytes
from qda.ingest.importer import iter_protocol_files
from qda.ingest.readers import read_protocol, split_front_matter

TEXT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Protocol:
    """A protocol split into metadata (pseudonymised value by value) and body."""

    path: Path
    metadata: dict[str, Any]
    metadata_lines: dict[str, int]
    body: str
    body_line: int
    suffix: str


@dataclass(frozen=True)
class Outcome:
    source: Path
    target: Path
    result: Result


def read(path: Path) -> Protocol:
    if path.suffix.lower() in TEXT_SUFFIXES:
        text, _ = decode_bytes(path.read_bytes(), str(path))
        metadata, lines, body = split_front_matter(text, path)
        return Protocol(path, metadata, lines, body, text[:len(text) - len(body)].count("\n"), path.suffix)
    raw = read_protocol(path)
    return Protocol(path, raw.metadata, raw.metadata_lines, raw.text, 0, ".txt")


def check_paths(paths: Iterable[Path], anonymizer: Anonymizer) -> Iterator[tuple[Path, Finding]]:
    """Every finding in every protocol: in its file name (line 0), front matter and text, with
    line numbers of the source file."""
    documents = DocumentPseudonymizer(anonymizer)
    for path in iter_protocol_files(paths):
        protocol = read(path)
        for finding in documents.check_identifier(path.stem):
            yield path, replace(finding, line=0, source="file name")
        for field, finding in documents.check_metadata(protocol.metadata):
            yield path, replace(finding, line=protocol.metadata_lines.get(field, 0), source=f"front matter: {field}")
        for finding in anonymizer.check(protocol.body):
            yield path, replace(finding, line=finding.line + protocol.body_line)


def anonymize_paths(paths: Iterable[Path], out_dir: Path, anonymizer: Anonymizer) -> list[Outcome]:
    """Write each protocol, pseudonymised, into ``out_dir`` under its pseudonymised name (never
    over its source). Every name is checked before the first file is written."""
    documents = DocumentPseudonymizer(anonymizer)
    planned, targets = [], set()
    for path in iter_protocol_files(paths):
        protocol = read(path)
        result = anonymizer.anonymize(protocol.body)
        metadata = {name: documents.identifier(value) if name == "id" and isinstance(value, str)
                    else documents.value(str(name), value) for name, value in protocol.metadata.items()}
        target = out_dir / f"{documents.identifier(path.stem)}{protocol.suffix}"
        if target.resolve() == path.resolve():
            raise QdaError("output would overwrite the input; choose another --out folder", path)
        if target in targets:
            raise QdaError(f"two inputs would both be written to {target.name}", path)
        targets.add(target)
        planned.append((Outcome(path, target, result), _front_matter(metadata) + result.text))
    out_dir.mkdir(parents=True, exist_ok=True)
    for outcome, text in planned:
        outcome.target.write_text(text, encoding="utf-8")
    return [outcome for outcome, _ in planned]


def anonymize_with_key(paths: Iterable[Path], out_dir: Path, anonymizer: Anonymizer,
                       key: Path | None = None) -> tuple[list[Outcome], int | None]:
    """:func:`anonymize_paths`, numbering on from the pseudonyms already in the ``key`` file and
    merging the new ones into it (written 0600 once every file is written); returns the outcomes
    and the number of pseudonyms in the key. The key holds the originals: it must not lie in
    ``out_dir``, which travels with the pseudonymised files."""
    if key is None:
        return anonymize_paths(paths, out_dir, anonymizer), None
    if out_dir.resolve() in key.resolve().parents:
        raise QdaError("the key file must not be inside the --out folder", key)
    writer = KeyWriter(key)
    seed(anonymizer.pseudonymizer, writer.existing)
    outcomes = anonymize_paths(paths, out_dir, anonymizer)
    merged = writer.stage(anonymizer.key)
    writer.commit()
    return outcomes, len(merged)


def _front_matter(metadata: dict[str, Any]) -> str:
    if not metadata:
        return ""
    return f"---\n{yaml.safe_dump(metadata, allow_unicode=True, sort_keys=False)}---\n"
