"""Everything a case report (Fallbericht) shows, assembled as plain data for the renderers.

:class:`ReportCorpus` reads what every site shares once and each site's codings when its report is
made (:func:`site_report`), so ``qda report all`` holds one site's codings at a time.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import Connection

from qda.analysis.citation import cite_row, level_label
from qda.analysis.frame import (
    code_label,
    coded_rows,
    codings_query,
    documents_frame,
    memos_frame,
    passages_of,
    select_codes,
    summaries_frame,
    themed,
)
from qda.codebook.model import Feature
from qda.codebook.store import CodeRow, codebook_info, load_codes, load_features
from qda.findings.sites import site_attribute_map
from qda.findings.store import Finding, combined_cell, list_findings
from qda.findings.values import value_label
from qda.ingest.metadata import LEVELS
from qda.ingest.segment import SPEAKER_LABEL
from qda.report.approvals import approval_status, digest, latest_approvals, site_data
from qda.report.passages import ACCOUNTS, rank
from qda.report.site_index import protocol_href
from qda.report.summaries import check_site
from qda.report.words import long_date
from qda.store.schema import documents

QUOTES_PER_ACCOUNT = 3  # chosen by the method in qda.report.passages
ORIGINS = ("manual", "suggested", "imported", "consensus")


@dataclass
class Quote:
    text: str
    citation: str
    origin: str
    coders: str
    key_quote: bool
    href: str = ""  # the passage on its protocol page (see qda.report.site_index)


@dataclass
class Account:
    """What one level (at the client level: the IFK, or the client) says about a theme."""

    account: str
    level: str
    label: str
    passages: int
    quotes: list[Quote]


@dataclass
class WaveCount:
    wave: int
    passages: int
    documents: int
    protocols: int  # the site's protocols of that wave


@dataclass
class Summary:
    text: str
    author: str
    draft: bool  # drafted by the machine and not yet accepted by a person


@dataclass
class FindingRow:
    """What evaluators recorded for one feature of a theme: overall and per level, side by side."""

    label: str
    cells: dict[str, str]  # scope (overall, strategic, operational, client) -> value in words
    unsupported: list[str]  # scopes whose finding no evidence backs
    levels_differ: bool  # the levels' recorded values differ (triangulation)
    wave_change: str | None  # "W1: verfehlt → W2: eingehalten" when a value changed between waves


@dataclass
class Theme:
    path: str
    label: str
    definition: str | None
    summary: Summary | None
    passages: int
    documents: int
    subcodes: list[dict[str, Any]]
    accounts: list[Account]
    waves: list[WaveCount]
    memos: list[dict[str, str]]
    findings: list[FindingRow] = field(default_factory=list)


@dataclass
class SiteReport:
    site: str
    lang: str
    codebook: str | None
    generated: str
    documents: int
    by_level: list[tuple[str, int]]
    by_role: list[tuple[str, int]]
    by_wave: list[tuple[str, int]]
    coders: list[dict[str, Any]]
    completeness: dict[str, Any]
    themes: list[Theme]
    provenance: list[dict[str, Any]]
    fingerprint: str
    approval: dict[str, Any] | None
    conclusion: Summary | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    coder_filter: str | None = None
    heatmap_png: bytes | None = field(default=None, repr=False)


@dataclass
class ReportCorpus:
    """The project's report data. Documents, codebook, summaries and findings are read once;
    codings and passages one site at a time (:meth:`load_site`), aggregated per theme and level
    with a few group-bys and released after the site's report, so memory is that of the largest
    site, not of the project. ``coder`` restricts what is counted and quoted (the fingerprint
    always covers all coders)."""

    documents: pd.DataFrame
    codes: list[CodeRow]  # the whole codebook, inactive codes too
    summaries: pd.DataFrame
    themes: list[CodeRow]
    approvals: dict[str, dict[str, Any]]
    codebook_info: dict[str, Any]
    coder: str | None
    memos: pd.DataFrame
    features: list[Feature] = field(default_factory=list)
    findings: dict[str, list[Finding]] = field(default_factory=dict)
    site_attributes: dict[str, dict[str, str]] = field(default_factory=dict)
    theme_totals: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    account_totals: dict[tuple, int] = field(default_factory=dict)
    wave_totals: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    quotes: dict[tuple, list[Any]] = field(default_factory=dict)
    quoted_segments: dict[tuple, list[int]] = field(default_factory=dict)  # of the site loaded last
    sub_totals: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    sub_levels: dict[tuple, int] = field(default_factory=dict)
    origins: dict[tuple, dict[str, int]] = field(default_factory=dict)
    loaded: set[str] = field(default_factory=set)  # sites whose quotes and counts are aggregated
    by_site: dict[str, dict[str, pd.DataFrame]] = field(default_factory=dict)
    memo_rows: list[tuple] = field(default_factory=list)  # kind, code_id, segment_id, coder, text

    @classmethod
    def load(cls, conn: Connection, coder: str | None = None) -> ReportCorpus:
        corpus = cls(documents_frame(conn), load_codes(conn, include_inactive=True), summaries_frame(conn),
                     select_codes(conn, 1), latest_approvals(conn), codebook_info(conn), coder, memos_frame(conn),
                     load_features(conn))
        for finding in list_findings(conn):
            corpus.findings.setdefault(finding.site, []).append(finding)
        corpus.site_attributes = site_attribute_map(conn)
        corpus.memo_rows = list(corpus.memos[["target_kind", "code_id", "segment_id", "coder", "text"]]
                                .itertuples(index=False, name=None))
        corpus._split_by_site()
        return corpus

    def _split_by_site(self) -> None:
        """Each site's documents and summaries, split once instead of masked per site."""
        frames = {"documents": self.documents, "summaries": self.summaries}
        for name, frame in frames.items():
            for site, rows in frame.groupby("site"):
                self.by_site.setdefault(site, {})[name] = rows
        self.by_site[""] = {name: frame.iloc[0:0] for name, frame in frames.items()}
        for site in self.by_site:
            self.by_site[site] = {**self.by_site[""], **self.by_site[site]}

    def site_frames(self, site: str) -> dict[str, pd.DataFrame]:
        """The site's documents and summaries."""
        return self.by_site.get(site) or self.by_site[""]

    def load_site(self, conn: Connection, site: str) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Read the site's codings, aggregate its counts and rank its quotes; returns its codings
        as counted (of ``coder``) and all of them, which the caller drops when done."""
        all_codings = coded_rows(conn, codings_query(with_text=True).where(documents.c.site == site), with_text=True)
        codings = all_codings[all_codings["coder"] == self.coder] if self.coder else all_codings
        self.quoted_segments.clear()
        self._aggregate_themes(site, codings)
        self._aggregate_subcodes(codings)
        self.loaded.add(site)
        return codings, all_codings

    def _aggregate_themes(self, site: str, codings: pd.DataFrame) -> None:
        coded = themed(codings, self.codes, self.themes)
        passages = passages_of(coded, ["theme_id", "segment_id", "start", "end"])
        if passages.empty:
            return
        by_theme = passages.groupby(["site", "theme_id"])
        self.theme_totals.update({key: (int(n), int(d)) for key, n, d in zip(
            by_theme.size().index, by_theme["segment_id"].nunique(), by_theme["document_id"].nunique())})
        by_wave = passages.dropna(subset=["wave"]).groupby(["site", "theme_id", "wave"])
        self.wave_totals.update({(site, theme, int(wave)): (int(n), int(d)) for (site, theme, wave), n, d in zip(
            by_wave.size().index, by_wave["segment_id"].nunique(), by_wave["document_id"].nunique())})
        flags = pd.DataFrame({origin: passages["origin"].str.contains(origin, regex=False) for origin in ORIGINS})
        for key, counts in flags.groupby([passages["site"], passages["theme_id"]]).sum().iterrows():
            self.origins[key] = {origin: int(counts[origin]) for origin in ORIGINS}
        self._rank_site(rank(passages))

    def _rank_site(self, ranked: pd.DataFrame) -> None:
        """The quotes and counts of one site's ranked passages (see :mod:`qda.report.passages`)."""
        self.account_totals.update({key: int(n) for key, n in
                                    ranked.groupby(["site", "theme_id", "account"])["segment_id"].nunique().items()})
        for row in ranked[ranked["rank"] <= QUOTES_PER_ACCOUNT].to_dict("records"):
            self.quotes.setdefault((row["site"], row["theme_id"], row["account"]), []).append(row)
        for key, segment_ids in ranked.groupby(["site", "theme_id"])["segment_id"]:
            self.quoted_segments[key] = segment_ids.tolist()

    def _aggregate_subcodes(self, codings: pd.DataFrame) -> None:
        below = [code for code in self.codes if code.active and code.parent_id is not None]
        coded = themed(codings, self.codes, below)
        if coded.empty:
            return
        by_sub = coded.groupby(["site", "theme_id"])
        self.sub_totals.update({key: (int(n), int(d)) for key, n, d in zip(
            by_sub.size().index, by_sub["segment_id"].nunique(), by_sub["document_id"].nunique())})
        self.sub_levels.update({key: int(n) for key, n in coded.groupby(["site", "theme_id", "level"])["segment_id"]
                                .nunique().items()})

    def codebook_name(self, lang: str) -> str | None:
        """The codebook's name in the report language (its English name in English reports)."""
        return (self.codebook_info.get("name_en") if lang == "en" else None) or self.codebook_info.get("name")

    def sites(self) -> list[str]:
        """Sites with a report; documents without one (NaN in pandas 3, None before) have none."""
        return sorted({site for site in self.documents["site"] if isinstance(site, str) and site},
                      key=str.casefold)


def site_report(conn: Connection, corpus: ReportCorpus, site: str, lang: str = "de") -> SiteReport:
    """The case report data of one site."""
    site = check_site(conn, site)
    codings, all_codings = corpus.load_site(conn, site)
    frames = corpus.site_frames(site)
    documents, summaries = frames["documents"], frames["summaries"]
    code_keys = {code.id: code.code_key for code in corpus.codes}
    data = site_data(all_codings, summaries, code_keys)
    current = digest(data)
    written = {_summary_code(row.code_id): row for row in summaries.itertuples()}
    by_wave = _protocols_by_wave(documents)
    return SiteReport(
        site=site, lang=lang, codebook=corpus.codebook_name(lang), generated=long_date(dt.date.today(), lang),
        documents=len(documents),
        by_level=_tally(documents["level"], lambda v: level_label(v, lang), order=LEVELS),
        by_role=_tally(documents["role"]), by_wave=_tally(documents["wave"], lambda v: f"W{int(v)}"),
        coders=_coders(codings), completeness=_completeness(documents, codings),
        themes=[_theme(corpus, site, theme, _summary(written.get(theme.id)), lang, by_wave) for theme in corpus.themes],
        provenance=_provenance(corpus, site, lang), fingerprint=current,
        approval=approval_status(corpus.approvals.get(site), current, data), coder_filter=corpus.coder,
        conclusion=_summary(written.get(None)), attributes=corpus.site_attributes.get(site, {}),
    )


def _summary_code(code_id: Any) -> int | None:
    return None if code_id is None or math.isnan(code_id) else int(code_id)  # NaN: the overall conclusion


def _summary(row: Any) -> Summary | None:
    return None if row is None else Summary(row.text, row.author, row.origin == "machine")


def _tally(values: pd.Series, label=str, order: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    counts = values.dropna().value_counts()
    keys = sorted(counts.index, key=lambda k: (order.index(k) if k in order else len(order), str(k)))
    return [(label(key), int(counts[key])) for key in keys]


def _coders(codings: pd.DataFrame) -> list[dict[str, Any]]:
    grouped = codings.groupby("coder")
    return [{"coder": coder, "documents": int(group["document_id"].nunique()),
             "passages": int(group[["segment_id", "start", "end", "code_id"]].drop_duplicates().shape[0])}
            for coder, group in grouped]


def _completeness(documents: pd.DataFrame, codings: pd.DataFrame) -> dict[str, Any]:
    segments = int(documents["segments"].sum())
    coded = int(codings["segment_id"].nunique())
    return {"documents": len(documents), "documents_coded": int(codings["document_id"].nunique()),
            "segments": segments, "segments_coded": coded,
            "share": round(coded / segments * 100) if segments else 0}


def _theme(corpus: ReportCorpus, site: str, theme: CodeRow, summary: Summary | None, lang: str,
           by_wave: dict[int, int]) -> Theme:
    passages, documents = corpus.theme_totals.get((site, theme.id), (0, 0))
    return Theme(
        path=theme.path, label=code_label(theme, lang), definition=theme.definition, summary=summary,
        passages=passages, documents=documents, subcodes=_subcodes(corpus, site, theme, lang),
        accounts=[_account(corpus, (site, theme.id, account), account, lang) for account in ACCOUNTS
                  if (site, theme.id, account) in corpus.account_totals],
        waves=_waves(corpus, site, theme, by_wave), memos=_memos(corpus, site, theme),
        findings=_findings(corpus, site, theme, lang),
    )


SCOPES = ("overall", *LEVELS)


def _findings(corpus: ReportCorpus, site: str, theme: CodeRow, lang: str) -> list[FindingRow]:
    """The features of the theme (and its codes) with what was recorded for the site."""
    recorded = corpus.findings.get(site, [])
    codes = {code.code_key for code in corpus.codes
             if code.path == theme.path or code.path.startswith(theme.path + "/")}
    rows = []
    for feature in corpus.features:
        if feature.code not in codes:  # a feature names its code by id
            continue
        mine = [f for f in recorded if f.feature == feature.id]
        if not mine:
            continue
        def shown(value: Any, feature: Feature = feature) -> str:
            return value_label(feature, value, lang)

        cells, unsupported = {}, []
        for scope in SCOPES:
            chosen = [f for f in mine if (f.level or "overall") == scope]
            if chosen:
                cells[scope] = combined_cell(chosen, shown, labelled=len({f.wave for f in chosen}) > 1,
                                             with_level=False, lang=lang)
                unsupported += [scope] if any(f.unsupported for f in chosen) else []
        overall = sorted((f for f in mine if f.level is None and f.wave), key=lambda f: f.wave or 0)
        values = [f"W{f.wave}: {shown(f.value)}" for f in overall]
        change = " → ".join(values) if len({shown(f.value) for f in overall}) > 1 else None
        waves: dict[int | None, set[str]] = {}
        for f in mine:
            if f.level is not None:
                waves.setdefault(f.wave, set()).add(repr(f.value))
        levels_differ = any(len(found) > 1 for found in waves.values())
        rows.append(FindingRow(feature.shown(lang), cells, unsupported, levels_differ, change))
    return rows


def _account(corpus: ReportCorpus, key: tuple, account: str, lang: str) -> Account:
    quotes = [Quote(text=without_speaker(row["text"]), citation=cite_row(row, lang), origin=row["origin"],
                    coders=row["coders"], key_quote=bool(row["key_quote"]),
                    href=protocol_href(row["document"], int(row["segment"]))) for row in corpus.quotes.get(key, [])]
    level = "client" if account.startswith("client") else account
    return Account(account=account, level=level, label=level_label(level, lang),
                   passages=corpus.account_totals[key], quotes=quotes)


def _protocols_by_wave(documents: pd.DataFrame) -> dict[int, int]:
    """The site's protocols per wave, in wave order."""
    counts = documents["wave"].dropna().astype(int).value_counts()
    return {int(wave): int(counts[wave]) for wave in sorted(counts.index)}


def _waves(corpus: ReportCorpus, site: str, theme: CodeRow, by_wave: dict[int, int]) -> list[WaveCount]:
    """Passages per wave, when the site was visited in more than one wave (``by_wave``: its
    protocols per wave, see :func:`_protocols_by_wave`)."""
    if len(by_wave) < 2:
        return []
    return [WaveCount(wave, *corpus.wave_totals.get((site, theme.id, wave), (0, 0)), protocols)
            for wave, protocols in by_wave.items()]


def _memos(corpus: ReportCorpus, site: str, theme: CodeRow) -> list[dict[str, str]]:
    """Memos on the theme and its codes, and on the site's passages coded with it, oldest first."""
    codes = {code.id for code in corpus.codes
             if code.path == theme.path or code.path.startswith(theme.path + "/")}
    segment_ids = set(corpus.quoted_segments.get((site, theme.id), ()))
    return [{"by": coder, "text": text} for kind, code_id, segment_id, coder, text in corpus.memo_rows
            if (kind == "code" and code_id in codes) or (kind == "segment" and segment_id in segment_ids)]


def without_speaker(text: str) -> str:
    """A quote as a reader wants it: without the ``B:`` or ``IFK:`` label of its turn."""
    return SPEAKER_LABEL.sub("", text.strip(), count=1)


def _subcodes(corpus: ReportCorpus, site: str, theme: CodeRow, lang: str) -> list[dict[str, Any]]:
    rows = []
    for child in corpus.codes:
        if child.active and child.path.startswith(theme.path + "/"):
            passages, documents = corpus.sub_totals.get((site, child.id), (0, 0))
            rows.append({"label": code_label(child, lang), "passages": passages, "documents": documents,
                         "by_level": [corpus.sub_levels.get((site, child.id, level), 0) for level in LEVELS]})
    return rows


def _provenance(corpus: ReportCorpus, site: str, lang: str) -> list[dict[str, Any]]:
    """Per theme, how many passages were coded by hand, accepted as suggestions, imported, agreed."""
    rows = []
    for theme in corpus.themes:
        counts = corpus.origins.get((site, theme.id), {})
        rows.append({"label": code_label(theme, lang), **{origin: counts.get(origin, 0) for origin in ORIGINS},
                     "total": corpus.theme_totals.get((site, theme.id), (0, 0))[0]})
    return rows
