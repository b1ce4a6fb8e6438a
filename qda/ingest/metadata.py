"""Protocol metadata: merge the sources, validate, normalise.

Precedence, highest first: the file itself (YAML front matter; .docx metadata table or custom
properties; .odt user fields), then the sidecar CSV (``--meta``), then command-line options.
Options are defaults for what the files do not say; a conflict is reported as a warning.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qda.errors import QdaError
from qda.ingest.decode import decode_bytes

LEVELS = ("strategic", "operational", "client")
LEVEL_ALIASES = {
    "strategisch": "strategic", "strategische": "strategic", "strategische ebene": "strategic",
    "operativ": "operational", "operative": "operational", "operative ebene": "operational",
    "kunde": "client", "kunden": "client", "kundin": "client", "intensivfallstudie": "client",
    "intensivfallstudien": "client",
}
MAX_WAVE_DIGITS = 3
CORE_FIELDS = ("site", "level", "role", "wave", "date", "interviewer")
_DOC_KEY = re.compile(r"^[\w.\-äöüÄÖÜß]{1,200}$")


@dataclass
class ProtocolMeta:
    """Validated metadata of one protocol; ``attributes`` holds any further fields."""

    doc_key: str
    site: str | None = None
    level: str | None = None
    role: str | None = None
    wave: int | None = None
    date: str | None = None
    interviewer: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)


def load_sidecar(path: Path) -> dict[str, dict[str, str]]:
    """Read a metadata CSV keyed by its ``file`` (file name or path) or ``id`` column."""
    text, _ = decode_bytes(path.read_bytes(), str(path))
    rows = list(csv.DictReader(text.splitlines()))
    if not rows:
        raise QdaError("metadata CSV has no rows", path, 1)
    key_column = "file" if "file" in rows[0] else "id" if "id" in rows[0] else None
    if key_column is None:
        raise QdaError("metadata CSV needs a 'file' or 'id' column", path, 1)
    table: dict[str, dict[str, str]] = {}
    for line, row in enumerate(rows, start=2):
        key = (row.get(key_column) or "").strip()
        if not key:
            raise QdaError(f"empty '{key_column}' value", path, line)
        if key in table:
            raise QdaError(f"duplicate {key_column} '{key}'", path, line)
        table[key] = {k.strip().lower(): v.strip() for k, v in row.items() if k and v and v.strip()}
    return table


def sidecar_row(table: dict[str, dict[str, str]], path: Path, file_meta: dict[str, Any]) -> dict[str, str]:
    """The sidecar row for ``path``: matched by file name, relative path, or document id."""
    for key in (path.name, str(path), path.stem, str(file_meta.get("id", ""))):
        if key in table:
            return {k: v for k, v in table[key].items() if k != "file"}
    return {}


def merge_metadata(
    layers: list[dict[str, Any]], path: Path, lines: dict[str, int] | None = None
) -> tuple[ProtocolMeta, list[str]]:
    """Merge metadata layers (highest precedence first) and validate; return (meta, warnings)."""
    merged: dict[str, Any] = {}
    warnings = []
    for layer in layers:
        for key, value in layer.items():
            key = str(key).strip().lower()
            if value in (None, ""):
                continue
            if key in merged and str(merged[key]) != str(value) and key in CORE_FIELDS:
                warnings.append(f"{path}: {key} '{merged[key]}' kept, lower-precedence value '{value}' ignored")
            merged.setdefault(key, value)
    return _validate(merged, path, lines or {}), warnings


def _validate(merged: dict[str, Any], path: Path, lines: dict[str, int]) -> ProtocolMeta:
    def fail(key: str, message: str) -> QdaError:
        return QdaError(message, path, lines.get(key))

    doc_key = str(merged.pop("id", None) or path.stem).strip()
    if not _DOC_KEY.match(doc_key):
        raise fail("id", f"invalid document id '{doc_key}' (letters, digits, '.', '_', '-')")
    meta = ProtocolMeta(doc_key=doc_key)
    level = merged.pop("level", None)
    if level is not None:
        normalized = LEVEL_ALIASES.get(str(level).strip().lower(), str(level).strip().lower())
        if normalized not in LEVELS:
            raise fail("level", f"unknown level '{level}' (use {', '.join(LEVELS)})")
        meta.level = normalized
    wave = merged.pop("wave", None)
    if wave is not None:
        digits = re.sub(r"^(welle|wave|w)\s*", "", str(wave).strip().lower())
        if not digits.isdigit() or len(digits) > MAX_WAVE_DIGITS:
            raise fail("wave", f"wave must be a number up to {'9' * MAX_WAVE_DIGITS}, not '{str(wave)[:40]}'")
        meta.wave = int(digits)
    date = merged.pop("date", None)
    if date is not None:
        meta.date = _parse_date(date, fail)
    for key in ("site", "role", "interviewer"):
        value = merged.pop(key, None)
        setattr(meta, key, str(value).strip() if value is not None else None)
    meta.attributes = {key: _attribute(value) for key, value in merged.items()}
    return meta


def _attribute(value: Any) -> Any:
    """Numbers JSON and the database can hold stay numbers; anything else becomes text."""
    if isinstance(value, bool) or (isinstance(value, int) and abs(value) < 2**63):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    return str(value)


def _parse_date(value: Any, fail) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return dt.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise fail("date", f"unrecognised date '{text}' (use YYYY-MM-DD or DD.MM.YYYY)")
