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

QUOTES_PER_LEVEL = 3
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
    """The project's coded data, read once; ``coder`` restricts what is counted and quoted."""

    source: MatrixSource
    themes: list[CodeRow]
    coded: pd.DataFrame
    passages: pd.DataFrame
    all_codings: pd.DataFrame
    approvals: dict[str, dict[str, Any]]
    codebook: str | None
    coder: str | None

    @classmethod
    def load(cls, conn: Connection, coder: str | None = None) -> "ReportCorpus":
        source = MatrixSource.load(conn, with_text=True)
        all_codings = source.codings
        if coder:
            source.codings = all_codings[all_codings["coder"] == coder]
        themes = select_codes(conn, 1)
        coded = themed(source.codings, source.codes, themes)
        passages = passages_of(coded, ["theme_id", "segment_id", "start", "end"])
        passages["tone"] = passages["text"].map(tone) if len(passages) else []
        return cls(source, themes, coded, passages, all_codings, latest_approvals(conn),
                   codebook_info(conn).get("name"), coder)

    def sites(self) -> list[str]:
        return sorted({site for site in self.source.documents["site"] if site}, key=str.casefold)


def site_report(conn: Connection, corpus: ReportCorpus, site: str, lang: str = "de") -> SiteReport:
    """The case report data of one site."""
    check_site(conn, site)
    documents = corpus.source.documents[corpus.source.documents["site"] == site]
    codings = corpus.source.codings[corpus.source.codings["site"] == site]
    passages = corpus.passages[corpus.passages["site"] == site]
    coded = corpus.coded[corpus.coded["site"] == site]
    summaries = corpus.source.summaries[corpus.source.summaries["site"] == site]
    code_keys = {code.id: code.code_key for code in corpus.source.codes}
    current = fingerprint_of(corpus.all_codings[corpus.all_codings["site"] == site], summaries, code_keys)
    return SiteReport(
        site=site, lang=lang, codebook=corpus.codebook, generated=dt.date.today().isoformat(),
        documents=len(documents),
        by_level=_tally(documents["level"], lambda v: level_label(v, lang), order=LEVELS),
        by_role=_tally(documents["role"]), by_wave=_tally(documents["wave"], lambda v: f"W{int(v)}"),
        coders=_coders(codings), completeness=_completeness(documents, codings),
        themes=[_theme(corpus, theme, passages, coded, summaries, lang) for theme in corpus.themes],
        provenance=_provenance(corpus.themes, passages, lang), fingerprint=current,
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


def _theme(corpus: ReportCorpus, theme: CodeRow, passages: pd.DataFrame, coded: pd.DataFrame,
           summaries: pd.DataFrame, lang: str) -> Theme:
    mine = passages[passages["theme_id"] == theme.id]
    written = summaries[summaries["code_id"] == theme.id]
    levels = [_level(mine[mine["level"] == level], level, lang) for level in LEVELS]
    levels = [level for level in levels if level.passages]
    return Theme(
        path=theme.path, label=code_label(theme, lang), definition=theme.definition,
        summary=written["text"].iloc[0] if len(written) else None,
        summary_author=written["author"].iloc[0] if len(written) else None,
        passages=int(mine[["segment_id"]].drop_duplicates().shape[0]), documents=int(mine["document_id"].nunique()),
        subcodes=_subcodes(corpus, theme, coded[coded["theme_id"] == theme.id], lang), levels=levels,
        divergent=diverges([level.tone for level in levels]),
    )


def _level(passages: pd.DataFrame, level: str, lang: str) -> LevelPassages:
    ranked = passages.assign(n_coders=passages["coders"].str.count(",") if len(passages) else [])
    ranked = ranked.sort_values(["key_quote", "n_coders", "document", "segment"], ascending=[False, False, True, True])
    quotes = [Quote(text=row.text.strip(), citation=cite_row(row, lang), origin=row.origin, coders=row.coders,
                    key_quote=bool(row.key_quote)) for row in ranked.head(QUOTES_PER_LEVEL).itertuples()]
    return LevelPassages(level=level, label=level_label(level, lang), passages=int(passages["segment_id"].nunique()),
                         quotes=quotes, tone=float(passages["tone"].mean()) if len(passages) else 0.0)


def _subcodes(corpus: ReportCorpus, theme: CodeRow, coded: pd.DataFrame, lang: str) -> list[dict[str, Any]]:
    children = [code for code in corpus.source.codes if code.active and code.path.startswith(theme.path + "/")]
    if not children:
        return []
    rows = []
    for child in children:
        below = {c.id for c in children if c.id == child.id or c.path.startswith(child.path + "/")}
        hits = coded[coded["code_id"].isin(below)]
        rows.append({"label": code_label(child, lang), "passages": int(hits["segment_id"].nunique()),
                     "documents": int(hits["document_id"].nunique()),
                     "by_level": [int(hits.loc[hits["level"] == level, "segment_id"].nunique()) for level in LEVELS]})
    return rows


def _provenance(themes: list[CodeRow], passages: pd.DataFrame, lang: str) -> list[dict[str, Any]]:
    """Per theme, how many passages were coded by hand, accepted as suggestions, imported, agreed."""
    rows = []
    for theme in themes:
        mine = passages[passages["theme_id"] == theme.id]
        row = {"label": code_label(theme, lang)}
        for origin in ORIGINS:
            row[origin] = int(mine["origin"].str.split(", ").map(lambda found: origin in found).sum()) if len(mine) else 0
        row["total"] = len(mine)
        rows.append(row)
    return rows
