"""The key file: pseudonym -> original(s), the one place where originals are written.

It is written only where the user points, created with owner-only permissions (0600) and
replaced atomically; writing into an existing key merges, so earlier entries survive. JSON by
default, CSV (pseudonym, kind, original: one row per original) when the name ends in ".csv".
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Iterable

from qda.anonymize.findings import Replacement
from qda.anonymize.pseudonyms import Pseudonymizer, parse_label
from qda.errors import QdaError

KEY_FORMAT = "qda-pseudonym-key"
# label -> {"kind": ..., "originals": [...]}
KeyEntries = dict[str, dict]


def _add(entries: KeyEntries, label: str, kind: str, original: str) -> None:
    entry = entries.setdefault(label, {"kind": kind, "originals": []})
    if original not in entry["originals"]:
        entry["originals"].append(original)


def collect(replacements: Iterable[Replacement], into: KeyEntries | None = None) -> KeyEntries:
    """Add each replacement's original under its label."""
    entries = into if into is not None else {}
    for item in replacements:
        _add(entries, item.label, item.finding.kind, item.finding.text)
    return entries


def merge(old: KeyEntries, new: KeyEntries) -> KeyEntries:
    merged: KeyEntries = {}
    for source in (old, new):
        for label, entry in source.items():
            for original in entry["originals"]:
                _add(merged, label, entry["kind"], original)
    return merged


def read_key(path: Path) -> KeyEntries:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    try:
        raw = data.decode("utf-8")
        return _read_csv(raw) if path.suffix.lower() == ".csv" else _read_json(raw)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise QdaError(f"not a pseudonym key file ({exc})", path) from exc


def _read_json(raw: str) -> KeyEntries:
    data = json.loads(raw)
    if data.get("format") != KEY_FORMAT:
        raise ValueError(f"format is not {KEY_FORMAT!r}")
    return {label: {"kind": e["kind"], "originals": list(e["originals"])} for label, e in data["pseudonyms"].items()}


def _read_csv(raw: str) -> KeyEntries:
    entries: KeyEntries = {}
    for row in csv.DictReader(io.StringIO(raw)):
        entries.setdefault(row["pseudonym"], {"kind": row["kind"], "originals": []})["originals"].append(
            row["original"])
    return entries


def write_key(path: Path, entries: KeyEntries) -> KeyEntries:
    """Merge ``entries`` into the key at ``path`` and write it with mode 0600; returns the merged key."""
    writer = KeyWriter(path)
    merged = writer.stage(entries)
    writer.commit()
    return merged


class KeyWriter:
    """Writes a key file in two steps, so it can follow a database transaction: :meth:`stage`
    (before the commit) writes and syncs a temporary file beside the key, :meth:`commit` (after
    it) renames it into place, :meth:`discard` (if the transaction failed) removes it.

    Created before the transaction: a key path that cannot be written, or an existing file that
    is no key, is refused before anything is imported.
    """

    def __init__(self, path: Path):
        self.path = path
        self.temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        if path.is_dir():
            raise QdaError("the key must be a file, not a folder", path)
        if not path.parent.is_dir():
            raise QdaError("the key file's folder does not exist", path)
        if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            raise QdaError("the key file cannot be written here", path)
        self.existing = read_key(path)

    def stage(self, entries: KeyEntries) -> KeyEntries:
        merged = merge(self.existing, entries)
        try:
            body = _csv_text(merged) if self.path.suffix.lower() == ".csv" else _json_text(merged)
            self.temp.unlink(missing_ok=True)
            fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(body)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            self.discard()
            raise QdaError(f"cannot write the key file ({error.strerror or error})",
                           self.path) from error
        return merged

    def commit(self) -> None:
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def _sorted_labels(entries: KeyEntries) -> list[str]:
    return sorted(entries, key=lambda label: parse_label(label) or (label, 0))


def _json_text(entries: KeyEntries) -> str:
    data = {"format": KEY_FORMAT, "version": 1,
            "pseudonyms": {label: entries[label] for label in _sorted_labels(entries)}}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _csv_text(entries: KeyEntries) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["pseudonym", "kind", "original"])
    for label in _sorted_labels(entries):
        for original in entries[label]["originals"]:
            writer.writerow([label, entries[label]["kind"], original])
    return out.getvalue()


def seed(pseudonymizer: Pseudonymizer, entries: KeyEntries) -> None:
    """Continue numbering from an existing key: each original keeps its pseudonym."""
    for text_label, entry in entries.items():
        parsed = parse_label(text_label)
        if parsed:
            for original in entry["originals"]:
                pseudonymizer.register(parsed[0], original, parsed[1])
