"""Consensus coding: agreed units plus decisions become the codings of a new coder name.

Per segment and code: where all coders agree the code is present, the consensus gets it (with
the coders' spans when they are identical, else the whole segment). Where they differ, the
first of these decides: a row of the decisions file, a coding the consensus coder already made
there (a decision taken while walking the disagreements in the workbench), ``prefer`` (take
that coder's version). Anything else is left out and reported.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, delete

from qda.agreement.units import Unit, build_units, unit_texts
from qda.codebook.store import resolve_code
from qda.coding.api import add_coding, list_codings, resolve_segment
from qda.errors import QdaError
from qda.ingest.decode import decode_bytes
from qda.store.schema import codings

YES, NO = ("yes", "ja", "1", "true"), ("no", "nein", "0", "false")
DECISION_COLUMNS = ("document", "segment", "code", "decision")
Key = tuple[str, int, str]
Span = tuple[int, int] | None


@dataclass
class ConsensusReport:
    """What a consensus run wrote and what it left for discussion."""

    name: str
    agreed: int = 0
    decided: int = 0
    kept: int = 0
    removed: int = 0
    undecided: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_decisions(conn: Connection, path: Path, coders: list[str]) -> dict[Key, str]:
    """A CSV with document,segment,code,decision; decision is yes, no, or a coder's name."""
    text, _ = decode_bytes(path.read_bytes(), str(path))
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in DECISION_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise QdaError(f"decisions file needs the columns {', '.join(DECISION_COLUMNS)} "
                       f"(missing: {', '.join(missing)})", path, 1)
    decisions: dict[Key, str] = {}
    for line, row in enumerate(reader, start=2):
        value = (row["decision"] or "").strip()
        if value.lower() not in YES + NO and value not in coders:
            raise QdaError(f"decision '{value}' is not yes, no or one of {', '.join(coders)}", path, line)
        try:
            segment = resolve_segment(conn, (row["document"] or "").strip(), row["segment"] or "")
            code = resolve_code(conn, row["code"] or "")
        except QdaError as error:
            raise QdaError(error.message, path, line) from None
        decisions[(row["document"].strip(), segment.number, code.path)] = value
    return decisions


def build_consensus(
    conn: Connection, coders: list[str], name: str, decisions: dict[Key, str] | None = None,
    prefer: str | None = None,
) -> ConsensusReport:
    """Write the consensus codings of ``coders`` as coder ``name`` (origin ``consensus``)."""
    table = build_units(conn, coders)
    if name in table.coders:
        raise QdaError(f"the consensus name '{name}' is one of the compared coders")
    if prefer is not None and prefer not in table.coders:
        raise QdaError(f"--prefer '{prefer}' is not one of {', '.join(table.coders)}")
    decisions = {(doc, seg, resolve_code(conn, code).path): value
                 for (doc, seg, code), value in (decisions or {}).items()}
    spans = _spans_by_coder(conn, table.coders)
    own = {(r["document"], r["segment"], r["code"]) for r in list_codings(conn, coder=name)}
    report = ConsensusReport(name)
    for i, unit in enumerate(table.units):
        for path in table.codes:
            present = table.coded.get((i, path), frozenset())
            key = (unit.document, unit.segment, path)
            if not present:
                continue
            if len(present) == len(table.coders):
                report.agreed += _add(conn, key, name, _common_spans(spans, key, table.coders))
            else:
                _decide(conn, key, name, present, decisions.get(key) or prefer, own, spans, report, unit)
    return report


def _decide(conn, key: Key, name, present, choice, own, spans, report: ConsensusReport, unit: Unit) -> None:
    if choice is None:
        if key in own:
            report.kept += 1
        else:
            report.undecided.append({"document": key[0], "segment": key[1], "code": key[2],
                                     "coded_by": ",".join(sorted(present)), "text": unit_texts(conn, [unit])[0]})
        return
    chosen = sorted(present) if choice.lower() in YES else [choice] if choice in present else []
    if chosen:
        _add(conn, key, name, _common_spans(spans, key, chosen))
    else:
        report.removed += _remove(conn, key, name)
    report.decided += 1


def _add(conn: Connection, key: Key, name: str, span_list: list[Span]) -> int:
    created = [add_coding(conn, key[0], key[1], key[2], name, span=span, origin="consensus")[1] for span in span_list]
    return int(any(created))


def _remove(conn: Connection, key: Key, name: str) -> int:
    segment = resolve_segment(conn, key[0], key[1])
    code = resolve_code(conn, key[2])
    result = conn.execute(delete(codings).where(and_(
        codings.c.segment_id == segment.id, codings.c.code_id == code.id, codings.c.coder == name)))
    return int(result.rowcount > 0)


def _spans_by_coder(conn: Connection, coders: list[str]) -> dict[tuple[str, Key], list[tuple[int, int]]]:
    spans: dict[tuple[str, Key], list[tuple[int, int]]] = {}
    for coder in coders:
        for row in list_codings(conn, coder=coder):
            spans.setdefault((coder, (row["document"], row["segment"], row["code"])), []).append(
                (row["start"], row["end"]))
    return spans


def _common_spans(spans, key: Key, coders: list[str]) -> list[Span]:
    """The coders' spans when they all marked the same ones, else the whole segment."""
    versions = {tuple(sorted(spans.get((coder, key), []))) for coder in coders}
    return list(versions.pop()) if len(versions) == 1 else [None]
