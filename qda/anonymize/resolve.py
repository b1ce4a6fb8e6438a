"""One finding per stretch of text: overlapping candidates from several detectors are merged.

Candidates of one kind that overlap become their union (a NER "Anna Meier" and a rule's "Meier").
Across kinds the longer span wins ("Bonner Straße 12, 50677 Köln" is one address, "Sankt
Augustin" one place, not a first name), then the more specific detector: deny-list, shaped
identifiers, rule-based names, places, NER.
"""

from __future__ import annotations

from dataclasses import replace

from qda.anonymize.findings import Finding

SOURCE_RANK = {"deny": 0, "pattern": 1, "ner": 4}
KIND_RANK = {"PERSON": 2, "ORT": 3}


def _rank(finding: Finding) -> int:
    return SOURCE_RANK.get(finding.source, KIND_RANK.get(finding.kind, 1))


def _merge_same_kind(findings: list[Finding], text: str) -> list[Finding]:
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.kind, f.start, -f.end)):
        last = merged[-1] if merged else None
        if last and last.kind == finding.kind and finding.start < last.end:
            if finding.end > last.end:
                merged[-1] = replace(last, end=finding.end, text=text[last.start:finding.end],
                                     source=_union_source(last, finding))
            continue
        merged.append(finding)
    return merged


def _union_source(a: Finding, b: Finding) -> str:
    return a.source if _rank(a) <= _rank(b) else b.source


def resolve(findings: list[Finding], text: str) -> list[Finding]:
    """Non-overlapping findings in text order."""
    chosen: list[Finding] = []
    for finding in sorted(_merge_same_kind(findings, text), key=lambda f: (f.start - f.end, _rank(f), f.start)):
        if all(finding.end <= c.start or finding.start >= c.end for c in chosen):
            chosen.append(finding)
    return sorted(chosen, key=lambda f: f.start)
