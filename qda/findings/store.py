"""Recorded findings: set, list, show, remove, with evidence checked and every change kept.

A finding is keyed by site, feature, wave and level (``None`` = all waves / the evaluator's
overall judgement). Setting it again replaces the value and moves the old one to the history,
as codings keep their trail. Evidence is stored as ``DOC:SEG`` references that must exist and
belong to the site; a finding without evidence is allowed and marked ``unsupported``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

import pandas as pd
from sqlalchemy import Connection, delete, insert, select, update

from qda.analysis.citation import level_label
from qda.codebook.model import Feature
from qda.codebook.store import load_features
from qda.errors import QdaError
from qda.findings.values import parse_value, resolve_feature, value_label
from qda.ingest.metadata import LEVEL_ALIASES, LEVELS
from qda.store.schema import documents, findings, segments, site_attributes
from qda.store.schema import finding_history as history_table

OVERALL = "overall"
KEY_COLUMNS = ("site", "feature_key", "wave", "level")


@dataclass
class Finding:
    """One recorded feature value of a site."""

    id: int
    site: str
    feature: str
    value: Any
    wave: int | None = None
    level: str | None = None
    note: str | None = None
    evidence: list[str] = field(default_factory=list)
    set_by: str = ""
    set_at: dt.datetime | None = None

    @property
    def unsupported(self) -> bool:
        """No evidence segment backs this finding (reports flag it)."""
        return not self.evidence

    def record(self, feature: Feature | None = None, lang: str = "de") -> dict[str, Any]:
        """A flat row for listings and tidy exports."""
        row = asdict(self)
        row["value_label"] = value_label(feature, self.value, lang) if feature else str(self.value)
        row["unsupported"] = self.unsupported
        return row


def _finding(row) -> Finding:
    return Finding(id=row.id, site=row.site, feature=row.feature_key, value=row.value, wave=row.wave,
                   level=row.level, note=row.note, evidence=list(row.evidence or []), set_by=row.set_by,
                   set_at=row.set_at)


def _key_filter(site: str, feature: str, wave: int | None, level: str | None) -> list:
    return [findings.c.site == site, findings.c.feature_key == feature,
            findings.c.wave.is_(None) if wave is None else findings.c.wave == wave,
            findings.c.level.is_(None) if level is None else findings.c.level == level]


def check_scope(wave: int | None, level: str | None) -> None:
    if level is not None and level not in LEVELS:
        raise QdaError(f"unknown level '{level}' (use {', '.join(LEVELS)})")
    if wave is not None and wave < 1:
        raise QdaError(f"wave must be 1 or more, not {wave}")


def check_site(conn: Connection, site: str) -> None:
    """A finding's site must have protocols or attributes, so a typo does not open a new row."""
    for column in (documents.c.site, site_attributes.c.site):
        if conn.execute(select(column).where(column == site).limit(1)).first():
            return
    raise QdaError(f"unknown site '{site}': no protocols or attributes (add it with: qda site set '{site}' KEY=VALUE)")


def set_finding(
    conn: Connection, site: str, feature_ref: str, raw_value: Any, *, by: str, wave: int | None = None,
    level: str | None = None, evidence: Iterable[str] = (), note: str | None = None,
    features: list[Feature] | None = None, replace_evidence: bool = False,
) -> tuple[Finding, str]:
    """Record a finding; returns it and what happened (added, changed, evidence updated, unchanged).

    Setting the same value again adds the given evidence to the old (``replace_evidence``: the
    given evidence replaces it, as a findings file re-read after the corpus changed wants); a new
    value replaces value and evidence (the old ones go to the history). ``note`` None keeps the
    old note.
    """
    feature = resolve_feature(features if features is not None else load_features(conn), feature_ref)
    check_scope(wave, level)
    check_site(conn, site)
    value = parse_value(feature, raw_value)
    refs = resolve_evidence(conn, site, evidence)
    now = dt.datetime.now(dt.timezone.utc)
    old = conn.execute(select(findings).where(*_key_filter(site, feature.id, wave, level))).first()
    if old is None:
        new_id = conn.execute(insert(findings).values(
            site=site, feature_key=feature.id, wave=wave, level=level, value=value, note=note or None,
            evidence=refs, set_by=by, set_at=now).returning(findings.c.id)).scalar_one()
        return get_finding(conn, new_id), "added"
    same_value = old.value == value
    merged = list(dict.fromkeys([*(old.evidence or []), *refs])) if same_value and not replace_evidence else refs
    note = old.note if note is None else (note.strip() or None)
    if same_value and merged == list(old.evidence or []) and note == old.note:
        return _finding(old), "unchanged"
    _to_history(conn, old, by, now, "changed")
    conn.execute(update(findings).where(findings.c.id == old.id).values(
        value=value, note=note, evidence=merged, set_by=by, set_at=now))
    return get_finding(conn, old.id), "evidence updated" if same_value else "changed"


def _to_history(conn: Connection, row, by: str, when: dt.datetime, action: str) -> None:
    kept = {name: getattr(row, name) for name in (*KEY_COLUMNS, "value", "note", "evidence", "set_by", "set_at")}
    conn.execute(insert(history_table).values(finding_id=row.id, **kept, replaced_by=by, replaced_at=when,
                                              action=action))


def get_finding(conn: Connection, finding_id: int) -> Finding:
    row = conn.execute(select(findings).where(findings.c.id == finding_id)).first()
    if row is None:
        raise QdaError(f"no finding {finding_id}")
    return _finding(row)


def list_findings(
    conn: Connection, site: str | None = None, feature: str | None = None, wave: int | None = None,
    level: str | None = None,
) -> list[Finding]:
    """Findings ordered by site, feature, wave and level (overall before levels)."""
    query = select(findings)
    for column, wanted in (("site", site), ("feature_key", feature), ("wave", wave), ("level", level)):
        if wanted is not None:
            query = query.where(findings.c[column] == wanted)
    rows = [_finding(row) for row in conn.execute(query)]
    levels = {name: position for position, name in enumerate(LEVELS)}
    rows.sort(key=lambda f: (f.site.casefold(), f.feature, f.wave or 0, -1 if f.level is None else levels[f.level]))
    return rows


def remove_finding(conn: Connection, finding_id: int, by: str) -> Finding:
    """Delete a finding; it stays in the history as removed."""
    row = conn.execute(select(findings).where(findings.c.id == finding_id)).first()
    if row is None:
        raise QdaError(f"no finding {finding_id}")
    _to_history(conn, row, by, dt.datetime.now(dt.timezone.utc), "removed")
    conn.execute(delete(findings).where(findings.c.id == finding_id))
    return _finding(row)


def finding_history(conn: Connection, finding_id: int) -> list[dict[str, Any]]:
    """Earlier values of a finding, oldest first."""
    query = select(history_table).where(history_table.c.finding_id == finding_id).order_by(history_table.c.id)
    return [dict(row._mapping) for row in conn.execute(query)]


def resolve_evidence(conn: Connection, site: str, refs: Iterable[str]) -> list[str]:
    """``DOC:SEG`` references (or ``DOC:some quoted words``) as checked ``DOC:SEG`` strings."""
    resolved: list[str] = []
    for ref in refs:
        doc_key, colon, target = str(ref).strip().rpartition(":")
        if not colon or not doc_key or not target.strip():
            raise QdaError(f"evidence '{ref}' is not DOC:SEG")
        document = conn.execute(select(documents.c.id, documents.c.site).where(documents.c.doc_key == doc_key)).first()
        if document is None:
            raise QdaError(f"evidence '{ref}': unknown document '{doc_key}'")
        if document.site != site:
            raise QdaError(f"evidence '{ref}': document '{doc_key}' is from {document.site}, not {site}")
        if target.strip().isdigit():
            number = int(target)
            if conn.execute(select(segments.c.id).where(segments.c.document_id == document.id,
                                                        segments.c.number == number)).first() is None:
                raise QdaError(f"evidence '{ref}': document '{doc_key}' has no segment {number}")
            found = [(doc_key, number)]
        else:
            found = quote_segments(conn, target, [document.id])
            if not found:
                raise QdaError(f"evidence '{ref}': no segment of '{doc_key}' contains that text")
        resolved += [f"{key}:{number}" for key, number in found]
    return list(dict.fromkeys(resolved))


def evidence_passages(conn: Connection, finding: Finding) -> list[dict[str, Any]]:
    """The passages behind a finding: reference, level, wave and text (a reference whose segment
    has gone since, e.g. after a re-import, has ``text`` None)."""
    passages = []
    for ref in finding.evidence:
        doc_key, _, number = ref.rpartition(":")
        row = conn.execute(select(documents.c.level, documents.c.wave, segments.c.text)
                           .join(segments, segments.c.document_id == documents.c.id)
                           .where(documents.c.doc_key == doc_key, segments.c.number == int(number))).first()
        passages.append({"evidence": ref, "level": row.level if row else None, "wave": row.wave if row else None,
                         "text": row.text if row else None})
    return passages


def _normal(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split()).casefold()


def quote_segments(conn: Connection, quote: str, document_ids: list[int]) -> list[tuple[str, int]]:
    """(doc_key, segment number) of every segment of ``document_ids`` whose text contains ``quote``
    (whitespace and case ignored)."""
    wanted = _normal(quote)
    query = (select(documents.c.doc_key, segments.c.number, segments.c.text)
             .join(documents, documents.c.id == segments.c.document_id)
             .where(segments.c.document_id.in_(document_ids)).order_by(documents.c.doc_key, segments.c.number))
    return [(doc_key, number) for doc_key, number, text in conn.execute(query) if wanted in _normal(text)]


def site_quote_evidence(conn: Connection, site: str, quote: str, level: str | None = None,
                        wave: int | None = None) -> list[str]:
    """``DOC:SEG`` of the segments of the site's protocols (of ``level``/``wave`` if given) quoting ``quote``."""
    query = select(documents.c.id).where(documents.c.site == site)
    if level is not None:
        query = query.where(documents.c.level == level)
    if wave is not None:
        query = query.where(documents.c.wave == wave)
    found = quote_segments(conn, quote, list(conn.execute(query).scalars()))
    return [f"{doc_key}:{number}" for doc_key, number in found]


def set_finding_from_segment(conn: Connection, segment_id: int, entry: str, by: str) -> tuple[Finding, str]:
    """``FEATURE VALUE [@LEVEL]`` (as typed in the workbench) for the segment's site, with the
    segment as evidence."""
    words = entry.split()
    level = None
    if words and words[-1].startswith("@"):
        word = words.pop()[1:].lower()
        level = LEVEL_ALIASES.get(word, word)
    if len(words) < 2:
        raise QdaError("give FEATURE VALUE [@LEVEL], e.g. density_kept missed @client")
    row = conn.execute(select(documents.c.doc_key, documents.c.site, segments.c.number)
                       .join(documents, documents.c.id == segments.c.document_id)
                       .where(segments.c.id == segment_id)).first()
    if row is None or not row.site:
        raise QdaError("this segment's document has no site, so a finding cannot be recorded for it")
    return set_finding(conn, row.site, words[0], " ".join(words[1:]), by=by, level=level,
                       evidence=[f"{row.doc_key}:{row.number}"])


def combined_cell(chosen: list[Finding], shown, labelled: bool = False, with_level: bool = True,
                  lang: str = "de") -> str:
    """One cell from the findings chosen for it: the value, or "W1: x · W2: y" when there are
    several (or ``labelled``) and they differ in wave or (``with_level``) level."""
    if len(chosen) == 1 and not labelled:
        return shown(chosen[0].value)
    parts = []
    for finding in chosen:
        level = level_label(finding.level, lang) if with_level and finding.level else None
        scope = " ".join(part for part in (f"W{finding.wave}" if finding.wave else "", level or "") if part)
        text = shown(finding.value) or "–"
        parts.append(f"{scope}: {text}" if scope else text)
    return " · ".join(parts)


def site_findings(conn: Connection, site: str, wave: int | None = None, lang: str = "de",
                  features: list[Feature] | None = None) -> pd.DataFrame:
    """A site's findings as feature × level (columns overall, strategic, operational, client):
    what each level says side by side with the evaluator's overall judgement, in words.

    ``df.attrs["labels"]`` maps feature ids to labels; ``attrs["unsupported"]`` lists the
    (feature, level) cells without evidence.
    """
    features = features if features is not None else load_features(conn)
    rows = [f for f in list_findings(conn, site=site) if wave is None or f.wave in (None, wave)]
    columns = [OVERALL, *LEVELS]
    table = pd.DataFrame("", index=pd.Index([f.id for f in features], name="feature"), columns=columns)
    by_id = {feature.id: feature for feature in features}
    unsupported = []
    for feature_id in table.index:
        for level in columns:
            chosen = [f for f in rows if f.feature == feature_id and (f.level or OVERALL) == level]
            if chosen:
                table.loc[feature_id, level] = combined_cell(
                    chosen, lambda value, fid=feature_id: value_label(by_id[fid], value, lang),
                    labelled=wave is None and any(f.wave for f in chosen), with_level=False)
                unsupported += [(feature_id, level)] if any(f.unsupported for f in chosen) else []
    table.attrs = {"labels": {f.id: f.shown(lang) for f in features}, "unsupported": unsupported, "site": site}
    return table
