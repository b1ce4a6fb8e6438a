"""Overview tables as evaluators publish them (Übersicht 2-1, 3-3): a row per site, grouped by a
site attribute, a column per feature (or per listed value with ``expand``), numbered footnotes
from the findings' notes and a "Quelle:" line naming the protocols behind the table.

:class:`OverviewTable` is format-neutral; :mod:`qda.findings.render` writes it as csv, xlsx,
docx, md, html, json or a terminal table from the same :meth:`OverviewTable.grid`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

import pandas as pd
from sqlalchemy import Connection, select

from qda.analysis.citation import level_label
from qda.analysis.frame import documents_frame
from qda.codebook.model import Feature
from qda.codebook.store import load_codes, load_features, resolve_code
from qda.errors import QdaError
from qda.findings.sites import known_sites, site_attribute_map
from qda.findings.store import Finding, check_scope, combined_cell, list_findings
from qda.findings.values import PRESENT, cell_text, resolve_feature, value_label
from qda.ingest.metadata import LEVELS
from qda.store.schema import documents

UNSUPPORTED_MARK = "°"
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
NO_GROUP = "—"
WORDS = {
    "de": {"site": "Standort", "findings": "Ausprägungen je Standort", "interviews": "Protokolle je Standort",
           "cells_findings": f"Zellen: festgestellte Ausprägung je Standort ({PRESENT} = trifft zu)",
           "cells_interviews": "Zellen: Anzahl Protokolle", "total": "Gesamt", "source": "Quelle",
           "unsupported": f"{UNSUPPORTED_MARK} ohne Belegstelle in den Protokollen", "scale": "Skala",
           "own": "eigene Darstellung", "basis": "auf Basis von {n} Protokollen ({waves})", "wave": "Welle",
           "waves": "Wellen", "no_evidence": "(Feststellungen ohne Belegstellen)", "more": "und {n} weitere",
           "more_one": "und ein weiteres"},
    "en": {"site": "Site", "findings": "Findings per site", "interviews": "Protocols per site",
           "cells_findings": f"Cells: recorded feature value per site ({PRESENT} = applies)",
           "cells_interviews": "Cells: number of protocols", "total": "Total", "source": "Source",
           "unsupported": f"{UNSUPPORTED_MARK} no evidence passage in the protocols", "scale": "Scale",
           "own": "own presentation", "basis": "based on {n} protocols ({waves})", "wave": "wave",
           "waves": "waves", "no_evidence": "(findings without evidence)", "more": "and {n} more",
           "more_one": "and one more"},
}
MAX_NAMED = 24  # protocols named in the "Quelle:" line before "and N more"


@dataclass
class Column:
    """A table column: ``key`` is a feature id (or ``feature:value`` when expanded); ``group`` is
    the spanning header above it (the feature label of expanded columns)."""

    key: str
    label: str
    group: str | None = None


@dataclass
class OverviewTable:
    """An overview table, ready to be written in any format."""

    title: str
    row_header: str
    columns: list[Column]
    rows: list[tuple[str | None, str, list[str]]]  # (group, site, cells)
    cells_label: str
    footnotes: list[str] = field(default_factory=list)
    legend: list[str] = field(default_factory=list)
    source: str = ""
    tidy: list[dict[str, Any]] = field(default_factory=list)

    def header_rows(self) -> list[list[str]]:
        """One header row, or two when columns carry a spanning group (its label on the first column)."""
        labels = [self.row_header, *[column.label for column in self.columns]]
        if not any(column.group for column in self.columns):
            return [labels]
        top, previous = [""], None
        for column in self.columns:
            top.append(column.group if column.group and column.group != previous else "")
            previous = column.group
        return [top, labels]

    def body(self) -> list[tuple[bool, list[str]]]:
        """(is a group row, cells): group rows carry the attribute value alone in the first cell."""
        body: list[tuple[bool, list[str]]] = []
        current: object = object()
        for group, site, cells in self.rows:
            if group is not None and group != current:
                body.append((True, [group, *[""] * len(self.columns)]))
                current = group
            body.append((False, [site, *cells]))
        return body

    def grid(self) -> list[list[str]]:
        """Header rows then body rows, every row as long as the table is wide."""
        return self.header_rows() + [cells for _, cells in self.body()]

    def notes(self) -> list[str]:
        """The lines under the table: footnotes, legend, what the cells hold, the source."""
        return [*self.footnotes, *self.legend, self.cells_label, self.source]


def footnote_mark(number: int) -> str:
    return f"{str(number).translate(SUPERSCRIPT)}⁾"


def choose_features(conn: Connection, features: Iterable[str] | None = None, theme: str | None = None) -> list[Feature]:
    """The features asked for, in the order asked; or every feature of a code's subtree; or all."""
    known = load_features(conn)
    wanted = [part.strip() for part in (features or []) if part.strip()]
    if wanted and theme:
        raise QdaError("give --features or --theme, not both")
    if wanted:
        return [resolve_feature(known, ref) for ref in wanted]
    if theme:
        root = resolve_code(conn, theme)
        keys = {code.code_key for code in load_codes(conn, include_inactive=True)
                if code.path == root.path or code.path.startswith(root.path + "/")}
        chosen = [feature for feature in known if feature.code in keys]
        if not chosen:
            raise QdaError(f"code '{root.path}' and its sub-codes have no features")
        return chosen
    if not known:
        raise QdaError("the codebook has no features: add 'features:' to its codes and load it again")
    return known


def pick(candidates: list[Finding], wave: int | None, level: str | None) -> list[Finding]:
    """The findings behind one cell: the asked level (else the overall judgement, else every
    level's), the asked wave (else findings for all waves), else every wave's."""
    if level is not None:
        candidates = [f for f in candidates if f.level == level]
    else:
        candidates = [f for f in candidates if f.level is None] or candidates
    if wave is not None:
        return [f for f in candidates if f.wave == wave] or [f for f in candidates if f.wave is None]
    return [f for f in candidates if f.wave is None] or candidates


def _site_order(conn: Connection, group_by: str | None, sites: Iterable[str] | None) -> list[tuple[str | None, str]]:
    attributes = site_attribute_map(conn)
    names = list(sites) if sites is not None else known_sites(conn)
    if group_by is None:
        return [(None, site) for site in names]
    if not any(group_by in values for values in attributes.values()):
        raise QdaError(f"no site has the attribute '{group_by}' (set it with: qda site set SITE {group_by}=...)")
    grouped = [(attributes.get(site, {}).get(group_by, NO_GROUP), site) for site in names]
    grouped.sort(key=lambda pair: (pair[0] == NO_GROUP, pair[0].casefold(), pair[1].casefold()))
    return [(group, site) for group, site in grouped]


def _expanded_columns(feature: Feature, expand: bool, lang: str) -> list[Column]:
    if expand and feature.kind in ("category", "multi"):
        return [Column(f"{feature.id}:{value.id}", value.shown(lang), feature.shown(lang)) for value in feature.values]
    return [Column(feature.id, feature.shown(lang))]


def finding_table(
    conn: Connection, features: Iterable[str] | None = None, theme: str | None = None, expand: bool = False,
    group_by: str | None = None, wave: int | None = None, level: str | None = None, lang: str = "de",
    sites: Iterable[str] | None = None, title: str | None = None,
) -> OverviewTable:
    """The framework matrix of recorded findings as an overview table.

    Example: finding_table(conn, ["employer_contact_model"], expand=True, group_by="rd")
    """
    check_scope(wave, level)
    chosen = choose_features(conn, features, theme)
    words = WORDS[lang]
    by_cell: dict[tuple[str, str], list[Finding]] = {}
    for finding in list_findings(conn):
        by_cell.setdefault((finding.site, finding.feature), []).append(finding)
    columns = [column for feature in chosen for column in _expanded_columns(feature, expand, lang)]
    table = OverviewTable(title or words["findings"], words["site"], columns, [], words["cells_findings"])
    used: list[Finding] = []
    for group, site in _site_order(conn, group_by, sites):
        cells: list[str] = []
        for feature in chosen:
            picked = pick(by_cell.get((site, feature.id), []), wave, level)
            used += picked
            cells += _feature_cells(table, feature, picked, expand, lang, scoped=(wave, level))
            table.tidy.append(_tidy_row(site, group, group_by, feature, picked, lang))
        table.rows.append((group, site, cells))
    table.legend = _legend(chosen, used, lang)
    table.source = _source(conn, used, lang)
    return table


def _feature_cells(table: OverviewTable, feature: Feature, picked: list[Finding], expand: bool, lang: str,
                   scoped: tuple[int | None, str | None]) -> list[str]:
    """The cells of one feature in one row, with footnote marks for notes and ° for no evidence;
    a finding for a wave or level the table was not asked for says which ("W1: verfehlt").
    Expanded ✓ columns show the last of several findings (the latest wave); ask for --wave or
    --level to see another."""
    expanded = expand and feature.kind in ("category", "multi")
    if expanded:
        latest = picked[-1].value if picked else []
        present = set(latest if isinstance(latest, list) else [latest])
        cells = [PRESENT if value.id in present else "" for value in feature.values]
    else:
        labelled = any((f.wave is not None and scoped[0] is None) or (f.level is not None and scoped[1] is None)
                       for f in picked)
        shown = combined_cell(picked, lambda value: cell_text(feature, value, lang), labelled, lang=lang)
        cells = [shown if picked else ""]
    target = next((i for i, cell in enumerate(cells) if cell), 0)
    marks = ""
    for finding in picked:
        if finding.note:
            table.footnotes.append(f"{footnote_mark(len(table.footnotes) + 1)} {finding.note}")
            marks += " " + footnote_mark(len(table.footnotes))
    if picked and any(finding.unsupported for finding in picked):
        marks += " " + UNSUPPORTED_MARK
    cells[target] = (cells[target] + marks).strip()
    return cells


def _tidy_row(site: str, group: str | None, group_by: str | None, feature: Feature, picked: list[Finding],
              lang: str) -> dict[str, Any]:
    return {
        "site": site, **({group_by: group} if group_by else {}), "feature": feature.id,
        "feature_label": feature.shown(lang), "kind": feature.kind,
        "value": [f.value for f in picked] if len(picked) > 1 else (picked[0].value if picked else None),
        "value_label": " · ".join(value_label(feature, f.value, lang) for f in picked),
        "wave": [f.wave for f in picked], "level": [f.level for f in picked],
        "note": [f.note for f in picked if f.note], "evidence": [ref for f in picked for ref in f.evidence],
        "unsupported": any(f.unsupported for f in picked),
    }


def _legend(chosen: list[Feature], used: list[Finding], lang: str) -> list[str]:
    words = WORDS[lang]
    lines = [f"{words['scale']} {feature.shown(lang)}: " + ", ".join(
        f"{value.symbol or value.id} {value.shown(lang)}" for value in feature.values)
        for feature in chosen if feature.kind == "rating"]
    if any(finding.unsupported for finding in used):
        lines.append(words["unsupported"])
    return lines


def _source(conn: Connection, used: list[Finding], lang: str) -> str:
    """"Quelle: eigene Darstellung auf Basis von N Protokollen (Wellen 1, 2): DOC, DOC, …"."""
    words = WORDS[lang]
    doc_keys = sorted({ref.rpartition(":")[0] for finding in used for ref in finding.evidence})
    if not doc_keys:
        return f"{words['source']}: {words['own']} {words['no_evidence']}"
    waves = sorted({wave for wave in conn.execute(select(documents.c.wave).where(
        documents.c.doc_key.in_(doc_keys))).scalars() if wave is not None})
    wave_text = f"{words['waves'] if len(waves) > 1 else words['wave']} {', '.join(map(str, waves))}" if waves else "—"
    named = ", ".join(doc_keys[:MAX_NAMED])
    if len(doc_keys) > MAX_NAMED:
        rest = len(doc_keys) - MAX_NAMED
        named += " " + (words["more_one"] if rest == 1 else words["more"].format(n=rest))
    return f"{words['source']}: {words['own']} {words['basis'].format(n=len(doc_keys), waves=wave_text)}: {named}"


INTERVIEW_FIELDS = ("level", "role", "wave")


def interviews_table(
    conn: Connection, by: Iterable[str] = ("level", "wave"), group_by: str | None = None, lang: str = "de",
    **filters: Any,
) -> OverviewTable:
    """Protocols per site × level / role / wave, with a total row (Übersicht 2-1).

    Example: interviews_table(conn, by=("wave",), group_by="rd")
    """
    by = [part for part in by if part]
    for part in by:
        if part not in INTERVIEW_FIELDS:
            raise QdaError(f"interviews are counted by {', '.join(INTERVIEW_FIELDS)}, not '{part}'")
    words = WORDS[lang]
    docs = documents_frame(conn, **filters)
    docs = docs[docs["site"].notna()]
    combos = _combinations(docs, by)
    columns = [Column("|".join(map(str, combo)), " ".join(_shown(part, value, lang) for part, value in zip(by, combo)))
               for combo in combos]
    counts = docs.groupby(["site", *by]).size() if by else docs.groupby("site").size()
    table = OverviewTable(words["interviews"], words["site"], columns, [], words["cells_interviews"])
    site_names = sorted(set(docs["site"]), key=str.casefold)
    for group, site in _site_order(conn, group_by, site_names):
        cells = [str(int(counts.get((site, *combo) if by else site, 0))) for combo in combos]
        table.rows.append((group, site, cells))
        table.tidy += [{"site": site, **({group_by: group} if group_by else {}), **dict(zip(by, combo)),
                        "protocols": int(counts.get((site, *combo) if by else site, 0))} for combo in combos]
    totals = [str(sum(int(row[2][i]) for row in table.rows)) for i in range(len(columns))]
    table.rows.append((None, words["total"], totals))
    table.source = f"{words['source']}: {words['own']}, {len(docs)} " + ("Protokolle" if lang == "de" else "protocols")
    return table


def _combinations(docs: pd.DataFrame, by: list[str]) -> list[tuple]:
    if not by:
        return [()]
    combos = docs[by].drop_duplicates().itertuples(index=False, name=None)
    order = {name: position for position, name in enumerate(LEVELS)}
    return sorted(combos, key=lambda combo: tuple(
        (order.get(value, 9), str(value)) if part == "level" else (0, str(value)) for part, value in zip(by, combo)))


def _shown(part: str, value: Any, lang: str) -> str:
    if part == "wave":
        return f"W{int(value)}" if pd.notna(value) else "—"
    if part == "level":
        return level_label(value, lang)
    return str(value)
