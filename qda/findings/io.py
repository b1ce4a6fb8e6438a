"""Bulk findings from a CSV or YAML file (the sample's findings, a team's framework sheet).

CSV columns: site, feature, value, and optionally wave, level, evidence (``DOC:SEG`` separated
by ``;``), quote (words a passage of the site's protocols contains, ``;`` between alternatives:
resolved to the first segments containing them, so the file survives re-segmentation), note, by.
YAML: ``sites: {SITE: {key: value}}`` for site attributes and ``findings:`` as a list of mappings
with the same keys (``value`` may be a list). All or nothing: the first problem names its file and
line and raises, so the caller's transaction writes none of the file.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Callable

import yaml
from sqlalchemy import Connection

from qda.codebook.store import load_features
from qda.errors import QdaError
from qda.findings.sites import set_site_attributes
from qda.findings.store import set_finding, site_quote_evidence
from qda.ingest.decode import decode_bytes
from qda.safe_yaml import BoundedLoader, check_bounds

FIELDS = ("site", "feature", "value", "wave", "level", "evidence", "quote", "note", "by")
Warn = Callable[[str], None]
MAX_QUOTED = 3  # segments a quote adds as evidence (the first by protocol and position)
MAX_VALUES = 200_000  # YAML values after alias expansion
MAX_DEPTH = 16


Rows = list[tuple[int | None, dict[str, Any]]]  # (line in the file, finding fields)


def read_rows(path: Path) -> tuple[dict[str, dict[str, str]], Rows]:
    """Site attributes and (line, finding row) pairs from ``path``."""
    if not path.is_file():
        raise QdaError("no such findings file", path)
    text, _ = decode_bytes(path.read_bytes(), str(path))
    if path.suffix.lower() in (".yaml", ".yml"):
        return _yaml_rows(path, text)
    reader = csv.DictReader(text.splitlines())
    missing = {"site", "feature", "value"} - set(reader.fieldnames or [])
    if missing:
        raise QdaError(f"missing columns: {', '.join(sorted(missing))}", path, 1)
    return {}, [(reader.line_num, dict(row)) for row in reader]


def _yaml_rows(path: Path, text: str) -> tuple[dict[str, dict[str, str]], Rows]:
    try:
        check_bounds(text, path, MAX_VALUES, MAX_DEPTH)
        root = yaml.compose(text, Loader=BoundedLoader)
        data = yaml.load(text, Loader=BoundedLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise QdaError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path, mark.line + 1 if mark else None) from None
    if not isinstance(data, dict) or not isinstance(data.get("findings", []), list):
        raise QdaError("expected 'sites:' and a 'findings:' list", path, 1)
    lines = {}
    for key_node, value_node in root.value if root is not None else []:
        if key_node.value == "findings":
            lines = {index: item.start_mark.line + 1 for index, item in enumerate(value_node.value)}
    sites = {str(site): {str(key): str(value) for key, value in (values or {}).items()}
             for site, values in (data.get("sites") or {}).items()}
    return sites, [(lines.get(index), row) for index, row in enumerate(data.get("findings") or [])]


def _evidence(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(part).strip() for part in value if str(part).strip()]
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


def import_findings(conn: Connection, path: Path, by: str, strict: bool = True,
                    warn: Warn | None = None) -> dict[str, int]:
    """Record the file's site attributes and findings; counts of what happened.

    With ``strict`` a quote no passage contains is an error; otherwise the finding is recorded
    without that evidence (and so flagged) and ``warn`` is told.
    """
    sites, rows = read_rows(path)
    features = load_features(conn)
    result = {"added": 0, "changed": 0, "unchanged": 0, "evidence updated": 0, "attributes": 0, "unsupported": 0}
    for site, values in sites.items():
        set_site_attributes(conn, site, values)
        result["attributes"] += len(values)
    for line, row in rows:
        try:
            finding, what = _import_row(conn, row, by, features, strict, warn, path, line)
        except QdaError as error:
            raise QdaError(error.message, path, line) from None
        result[what] += 1
        result["unsupported"] += finding.unsupported
    return result


def _import_row(conn: Connection, row: dict[str, Any], by: str, features, strict: bool, warn: Warn | None,
                path: Path, line: int | None):
    unknown = set(row) - set(FIELDS)
    if unknown:
        raise QdaError(f"unknown field(s): {', '.join(sorted(map(str, unknown)))} (use {', '.join(FIELDS)})")
    site, feature = str(row.get("site") or "").strip(), str(row.get("feature") or "").strip()
    if not site or not feature or row.get("value") in (None, ""):
        raise QdaError("a finding needs site, feature and value")
    wave = int(row["wave"]) if str(row.get("wave") or "").strip() else None
    level = str(row["level"]).strip() if str(row.get("level") or "").strip() else None
    evidence = _evidence(row.get("evidence"))
    quotes = _evidence(row.get("quote"))
    for quote in quotes:
        found = site_quote_evidence(conn, site, quote, level, wave)[:MAX_QUOTED]
        if not found and strict:
            raise QdaError(f"no passage of {site}'s protocols contains '{quote}'")
        evidence += found
    if quotes and not evidence and warn:
        warn(f"{path}:{line}: no passage of {site}'s protocols contains {' or '.join(map(repr, quotes))} "
             f"({feature} kept without evidence)")
    return set_finding(conn, site, feature, row["value"], by=str(row.get("by") or by), wave=wave, level=level,
                       evidence=evidence, note=str(row["note"]) if row.get("note") else None, features=features,
                       replace_evidence=True)
