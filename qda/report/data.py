"""Everything a case report (Fallbericht) shows, assembled once as plain data for the renderers.

:class:`ReportCorpus` reads the project once; :func:`site_report` then slices it per site, so
``qda report all`` costs one database read however many sites there are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import Connection

from qda.analysis.citation import cite_row, level_label
from qda.analysis.frame import code_label, passages_of, select_codes, themed
from qda.analysis.matrix import MatrixSource
from qda.codebook.store import CodeRow, codebook_info
from qda.ingest.metadata import LEVELS
from qda.report.approvals import approval_status, fingerprint_of, latest_approvals
from qda.report.summaries import check_site
from qda.report.tone import diverges, tone

QUOTES_PER_LEVEL = 3  # key quotes first, then one passage per protocol before a second from any
ORIGINS = ("manual", "suggested", "imported", "consensus")


@dataclass
class Quote:
    text: str
    citation: str
    origin: str
    coders: str
    key_quote: bool


@dataclass
class LevelPassages:
    level: str
    label: str
    passages: int
    quotes: list[Quote]
    tone: float


@dataclass
class Theme:
    path: str
    label: str
    definition: str | None
    summary: str | None
    summary_author: str | None
    passages: int
    documents: int
    subcodes: list[dict[str, Any]]
    levels: list[LevelPassages]
    divergent: bool


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
    coder_filter: str | None = None
    heatmap_png: bytes | None = field(default=None, repr=False)


@dataclass
class ReportCorpus:
    """The project's coded data, read once and aggregated per site, theme and level with a few
    group-bys; ``coder`` restricts what is counted and quoted (the fingerprint always covers all)."""

    source: MatrixSource
    themes: list[CodeRow]
    all_codings: pd.DataFrame
    approvals: dict[str, dict[str, Any]]
    codebook: str | None
    coder: str | None
    theme_totals: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    level_totals: dict[tuple, tuple[int, float]] = field(default_factory=dict)
    quotes: dict[tuple, list[Any]] = field(default_factory=dict)
    sub_totals: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    sub_levels: dict[tuple, int] = field(default_factory=dict)
    origins: dict[tuple, dict[str, int]] = field(default_factory=dict)
    by_site: dict[str, dict[str, pd.DataFrame]] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: Connection, coder: str | None = None) -> "ReportCorpus":
        source = MatrixSource.load(conn, with_text=True)
        all_codings = source.codings
        if coder:
            source.codings = all_codings[all_codings["coder"] == coder]
        corpus = cls(source, select_codes(conn, 1), all_codings, latest_approvals(conn),
                     codebook_info(conn).get("name"), coder)
        corpus._aggregate_themes()
        corpus._aggregate_subcodes()
        corpus._split_by_site()
        return corpus

    def _split_by_site(self) -> None:
        """Each site's rows of every frame, split once instead of masked per site."""
        frames = {"documents": self.source.documents, "codings": self.source.codings,
                  "all_codings": self.all_codings, "summaries": self.source.summaries}
        for name, frame in frames.items():
            for site, rows in frame.groupby("site"):
                self.by_site.setdefault(site, {})[name] = rows
        self.by_site[""] = {name: frame.iloc[0:0] for name, frame in frames.items()}
        for site in self.by_site:
            self.by_site[site] = {**self.by_site[""], **self.by_site[site]}

    def site_frames(self, site: str) -> dict[str, pd.DataFrame]:
        """The site's documents, codings (as counted), all codings and summaries."""
        return self.by_site.get(site) or self.by_site[""]

    def _aggregate_themes(self) -> None:
        coded = themed(self.source.codings, self.source.codes, self.themes)
        passages = passages_of(coded, ["theme_id", "segment_id", "start", "end"])
        if passages.empty:
            return
        passages["tone"] = _tones(passages)
        passages["n_coders"] = passages["coders"].str.count(",")
        by_theme = passages.groupby(["site", "theme_id"])
        self.theme_totals = {key: (int(n), int(d)) for key, n, d in zip(
            by_theme.size().index, by_theme["segment_id"].nunique(), by_theme["document_id"].nunique())}
        by_level = passages.groupby(["site", "theme_id", "level"])
        self.level_totals = {key: (int(n), float(t)) for key, n, t in zip(
            by_level.size().index, by_level["segment_id"].nunique(), by_level["tone"].mean())}
        passages["nth_in_document"] = passages.sort_values(["n_coders", "segment"], ascending=[False, True]).groupby(
            ["site", "theme_id", "level", "document"]).cumcount()
        ranked = passages.sort_values(["key_quote", "nth_in_document", "n_coders", "document", "segment"],
                                      ascending=[False, True, False, True, True])
        for row in ranked.groupby(["site", "theme_id", "level"]).head(QUOTES_PER_LEVEL).to_dict("records"):
            self.quotes.setdefault((row["site"], row["theme_id"], row["level"]), []).append(row)
        for origin in ORIGINS:
            flags = passages["origin"].str.contains(origin, regex=False)
            for key, n in flags.groupby([passages["site"], passages["theme_id"]]).sum().items():
                self.origins.setdefault(key, {})[origin] = int(n)

    def _aggregate_subcodes(self) -> None:
        below = [code for code in self.source.codes if code.active and code.parent_id is not None]
        coded = themed(self.source.codings, self.source.codes, below)
        if coded.empty:
            return
        by_sub = coded.groupby(["site", "theme_id"])
        self.sub_totals = {key: (int(n), int(d)) for key, n, d in zip(
            by_sub.size().index, by_sub["segment_id"].nunique(), by_sub["document_id"].nunique())}
        self.sub_levels = {key: int(n) for key, n in coded.groupby(["site", "theme_id", "level"])["segment_id"]
                           .nunique().items()}

    def sites(self) -> list[str]:
        return sorted({site for site in self.source.documents["site"] if site}, key=str.casefold)


def _tones(passages: pd.DataFrame) -> list[int]:
    """Tone of each passage; a text shared by several themes is scored once."""
    cache: dict[str, int] = {}
    return [cache[text] if text in cache else cache.setdefault(text, tone(text)) for text in passages["text"].tolist()]


def site_report(conn: Connection, corpus: ReportCorpus, site: str, lang: str = "de") -> SiteReport:
    """The case report data of one site."""
    site = check_site(conn, site)
    frames = corpus.site_frames(site)
    documents, codings, summaries = frames["documents"], frames["codings"], frames["summaries"]
    code_keys = {code.id: code.code_key for code in corpus.source.codes}
    current = fingerprint_of(frames["all_codings"], summaries, code_keys)
    written = {row.code_id: row for row in summaries.itertuples()}
    return SiteReport(
        site=site, lang=lang, codebook=corpus.codebook, generated=dt.date.today().isoformat(),
        documents=len(documents),
        by_level=_tally(documents["level"], lambda v: level_label(v, lang), order=LEVELS),
        by_role=_tally(documents["role"]), by_wave=_tally(documents["wave"], lambda v: f"W{int(v)}"),
        coders=_coders(codings), completeness=_completeness(documents, codings),
        themes=[_theme(corpus, site, theme, written.get(theme.id), lang) for theme in corpus.themes],
        provenance=_provenance(corpus, site, lang), fingerprint=current,
        approval=approval_status(corpus.approvals.get(site), current), coder_filter=corpus.coder,
    )


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


def _theme(corpus: ReportCorpus, site: str, theme: CodeRow, summary, lang: str) -> Theme:
    levels = [_level(corpus, (site, theme.id, level), level, lang) for level in LEVELS
              if (site, theme.id, level) in corpus.level_totals]
    passages, documents = corpus.theme_totals.get((site, theme.id), (0, 0))
    return Theme(
        path=theme.path, label=code_label(theme, lang), definition=theme.definition,
        summary=summary.text if summary else None, summary_author=summary.author if summary else None,
        passages=passages, documents=documents, subcodes=_subcodes(corpus, site, theme, lang), levels=levels,
        divergent=diverges([level.tone for level in levels]),
    )


def _level(corpus: ReportCorpus, key: tuple, level: str, lang: str) -> LevelPassages:
    passages, mean_tone = corpus.level_totals[key]
    quotes = [Quote(text=row["text"].strip(), citation=cite_row(row, lang), origin=row["origin"],
                    coders=row["coders"], key_quote=bool(row["key_quote"])) for row in corpus.quotes.get(key, [])]
    return LevelPassages(level=level, label=level_label(level, lang), passages=passages, quotes=quotes,
                         tone=mean_tone)


def _subcodes(corpus: ReportCorpus, site: str, theme: CodeRow, lang: str) -> list[dict[str, Any]]:
    rows = []
    for child in corpus.source.codes:
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
