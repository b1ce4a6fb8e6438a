"""Per-file functions for the CLI: anonymise protocol files into a folder, or check them.

Only the protocol text is processed; YAML front matter (site, role, wave, interviewer code ...)
is metadata and is copied unchanged, so the files still import with their metadata. Word, ODT
and RTF protocols are read with the importer's readers and written as ``.txt`` with their
metadata as front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from qda.anonymize.anonymizer import Anonymizer
from qda.anonymize.findings import Finding, Result
from qda.errors import QdaError
from qda.ingest.decode import decode_bytes
from qda.ingest.importer import iter_protocol_files
from qda.ingest.readers import read_protocol

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
TEXT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Protocol:
    """A protocol split into metadata head (kept as is) and body (anonymised)."""

    path: Path
    head: str
    body: str
    suffix: str

    @property
    def body_line(self) -> int:
        """Line number of the body's first line in the source file."""
        return self.head.count("\n")


@dataclass(frozen=True)
class Outcome:
    source: Path
    target: Path
    result: Result


def read(path: Path) -> Protocol:
    if path.suffix.lower() in TEXT_SUFFIXES:
        text, _ = decode_bytes(path.read_bytes(), str(path))
        match = FRONT_MATTER.match(text)
        head = match.group() if match else ""
        return Protocol(path, head, text[len(head):], path.suffix)
    raw = read_protocol(path)
    head = f"---\n{yaml.safe_dump(raw.metadata, allow_unicode=True, sort_keys=False)}---\n" if raw.metadata else ""
    return Protocol(path, head, raw.text, ".txt")


def check_paths(paths: Iterable[Path], anonymizer: Anonymizer) -> Iterator[tuple[Path, Finding]]:
    """Every finding in every protocol, with line numbers of the source file."""
    for path in iter_protocol_files(paths):
        protocol = read(path)
        for finding in anonymizer.check(protocol.body):
            yield path, _shift(finding, protocol.body_line)


def anonymize_paths(paths: Iterable[Path], out_dir: Path, anonymizer: Anonymizer) -> list[Outcome]:
    """Write each protocol, pseudonymised, into ``out_dir`` under its own name (never over its source)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    outcomes, targets = [], set()
    for path in iter_protocol_files(paths):
        protocol = read(path)
        target = out_dir / f"{path.stem}{protocol.suffix}"
        if target.resolve() == path.resolve():
            raise QdaError("output would overwrite the input; choose another --out folder", path)
        if target in targets:
            raise QdaError(f"two inputs would both be written to {target.name}", path)
        targets.add(target)
        result = anonymizer.anonymize(protocol.body)
        target.write_text(protocol.head + result.text, encoding="utf-8")
        outcomes.append(Outcome(path, target, result))
    return outcomes


def _shift(finding: Finding, lines: int) -> Finding:
    return Finding(finding.kind, finding.start, finding.end, finding.text, finding.line + lines, finding.source)
