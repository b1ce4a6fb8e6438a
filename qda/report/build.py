"""Write case reports and matrices to files: one site, or every site and the matrices at once.

The reports come from a :class:`ReportCorpus` that reads one site's codings at a time, the
matrices from counts the database makes (as ``qda matrix``); the heatmap is drawn once and
embedded in every report. Files are written to a temporary name and renamed, so an interrupted
run never leaves a half-written report behind.
"""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Connection

from qda.analysis.citation import cite_row
from qda.analysis.export import VALUE_LABELS, markdown_table, write_csv, write_xlsx
from qda.analysis.frame import code_label
from qda.analysis.matrix import VALUES, counted_matrices, presence_columns
from qda.errors import QdaError
from qda.exchange.descriptions import UMLAUT_SPELLING
from qda.files import atomic_write
from qda.report.data import ReportCorpus, SiteReport, site_report, without_speaker
from qda.report.docx_writer import render_docx
from qda.report.forked import Beside
from qda.report.heatmap import heatmap_png
from qda.report.passages import ACCOUNTS
from qda.report.render import render_text
from qda.report.site_index import index_page, protocol_pages

REPORT_FORMATS = ("md", "html", "docx")
PARALLEL_DOCUMENTS = 500  # from here the reports are written in a second process beside the protocol pages
CSV_VALUES = ("count", "docs", "presence")
Progress = Callable[[str], None]


def slug(site: str) -> str:
    """A file name for a site: ``Düsseldorf`` → ``duesseldorf``."""
    text = site.lower().translate(UMLAUT_SPELLING)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "site"


def report_names(sites: Iterable[str]) -> dict[str, str]:
    """A distinct file name per site: :func:`slug`, plus a short digest of the name where two
    sites (``Köln`` and ``Koeln``) or a name without Latin letters would share one."""
    slugs = {site: slug(site) for site in sites}
    taken = Counter(slugs.values())
    return {site: name if taken[name] == 1 and name != "site" else f"{name}-{_digest(site)}"
            for site, name in slugs.items()}


def _digest(site: str) -> str:
    return hashlib.sha1(unicodedata.normalize("NFC", site).encode("utf-8")).hexdigest()[:8]


def site_heatmap(conn: Connection, corpus: ReportCorpus, lang: str) -> bytes:
    counts = counted_matrices(conn, corpus.themes, "site", ["count"], corpus.coder, corpus.codes)["count"]
    return heatmap_png(counts, lang)


def prepared_report(conn: Connection, corpus: ReportCorpus, site: str, lang: str, heatmap: bytes | None) -> SiteReport:
    report = site_report(conn, corpus, site, lang)
    report.heatmap_png = heatmap
    return report


def write_report(report: SiteReport, fmt: str, path: Path, template_dir: Path | None = None,
                 heatmap_href: str | None = None, protocol_links: bool = False) -> None:
    """Write one site's report in ``fmt`` (md, html, docx) to ``path``; ``protocol_links``: the
    HTML cites into protocol pages written beside it (see :mod:`qda.report.site_index`)."""
    if fmt not in REPORT_FORMATS:
        raise QdaError(f"unknown report format '{fmt}' (use {', '.join(REPORT_FORMATS)})")
    if fmt == "docx":
        atomic_write(path, b"", lambda target: render_docx(report, target, template_dir))
    else:
        atomic_write(path, render_text(report, fmt, template_dir, heatmap_href if fmt == "md" else None,
                                       protocol_links))


def site_matrices(conn: Connection, corpus: ReportCorpus) -> dict[str, pd.DataFrame]:
    """Every value kind of the sites × themes matrix, and presence over the sub-codes."""
    matrices = counted_matrices(conn, corpus.themes, "site", VALUES, corpus.coder, corpus.codes)
    matrices["presence"] = counted_matrices(conn, presence_columns(corpus.codes), "site", ["presence"],
                                            corpus.coder, corpus.codes)["presence"]
    return matrices


def write_matrices(corpus: ReportCorpus, matrices: dict[str, pd.DataFrame], out: Path, lang: str,
                   heatmap: bytes) -> list[Path]:
    """``matrix.xlsx`` (every value kind), ``matrix-<value>.csv``, ``matrix.md``, ``heatmap.png``."""
    written = [out / "matrix.xlsx", out / "matrix.md", out / "heatmap.png"]
    atomic_write(written[0], b"", lambda target: write_xlsx(matrices, target, lang, evidence_rows(corpus, lang)))
    atomic_write(written[1], "\n".join(f"## {VALUE_LABELS[lang][value]}\n\n{markdown_table(matrices[value], lang)}"
                                       for value in ("count", "docs", "presence")))
    atomic_write(written[2], heatmap)
    for value in CSV_VALUES:
        path = out / f"matrix-{value}.csv"
        atomic_write(path, b"", partial(write_csv, matrices[value], lang=lang))
        written.append(path)
    return written


def evidence_rows(corpus: ReportCorpus, lang: str) -> list[dict[str, str]]:
    """The quotes the reports show, per site and theme, for the matrix workbook's evidence sheet."""
    rows = []
    for site in corpus.sites():
        for theme in corpus.themes:
            for account in ACCOUNTS:
                for quote in corpus.quotes.get((site, theme.id, account), []):
                    rows.append({"site": site, "theme": theme.path, "label": code_label(theme, lang),
                                 "quote": without_speaker(quote["text"]), "citation": cite_row(quote, lang)})
    return rows


def write_all(
    conn: Connection, out: Path, formats: Iterable[str] = REPORT_FORMATS, lang: str = "de",
    template_dir: Path | None = None, coder: str | None = None, progress: Progress | None = None,
    sites: Iterable[str] | None = None,
) -> list[Path]:
    """Every site's report in every format plus the matrices; returns the files written.

    With HTML and ``PARALLEL_DOCUMENTS`` or more protocols, the reports and matrices are written
    in a forked child while this process writes the protocol pages."""
    formats = list(formats)
    for fmt in formats:
        if fmt not in REPORT_FORMATS:
            raise QdaError(f"unknown report format '{fmt}' (use {', '.join(REPORT_FORMATS)})")
    with _collector_frozen():
        return _write_all(conn, out, formats, lang, template_dir, coder, progress, sites)


@contextmanager
def _collector_frozen() -> Iterator[None]:
    """The objects that exist when writing starts (libraries, codebook, protocols' metadata) kept
    out of the garbage collector meanwhile: its full passes walked them again and again while the
    reports make their many small objects (0.8 s of a run at 2,000 protocols), and in the forked
    child they would copy every shared page. Unreferenced objects are freed as ever."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _write_all(conn: Connection, out: Path, formats: list[str], lang: str, template_dir: Path | None,
               coder: str | None, progress: Progress | None, sites: Iterable[str] | None) -> list[Path]:
    corpus = ReportCorpus.load(conn, coder=coder)
    gc.freeze()  # the corpus too: it lives as long as the run
    matrices = site_matrices(conn, corpus)
    heatmap = heatmap_png(matrices["count"], lang)
    chosen = list(sites or corpus.sites())
    html = "html" in formats
    names = report_names(chosen)
    reports = [prepared_report(conn, corpus, site, lang, heatmap) for site in chosen]
    for site in corpus.sites():  # the workbook's evidence sheet quotes every site
        if site not in corpus.loaded:
            corpus.load_site(conn, site)
    parallel = html and len(corpus.documents) >= PARALLEL_DOCUMENTS

    def files() -> list[Path]:  # from the data in memory, no database: may run in a child process
        written = write_matrices(corpus, matrices, out, lang, heatmap)
        for site, report in zip(chosen, reports):
            for fmt in formats:
                path = out / f"{names[site]}.{fmt}"
                write_report(report, fmt, path, template_dir, heatmap_href="heatmap.png", protocol_links=html)
                written.append(path)
            if progress and not parallel:
                progress(site)
        return written

    beside = Beside(files, parallel)
    try:
        pages = protocol_pages(conn, out, lang, chosen) if html else []
    except BaseException:
        beside.abandon()
        raise
    written = beside.result()
    if progress and parallel:
        for site in chosen:
            progress(site)
    if html:
        written += pages
        written.append(index_page(out, [{"name": site, "slug": names[site], "formats": formats} for site in chosen],
                                  written, _linked_matrix(corpus, matrices["count"], names, lang), lang))
    return written


def _linked_matrix(corpus: ReportCorpus, counts: pd.DataFrame, names: dict[str, str], lang: str) -> dict[str, Any]:
    """Passages per site and theme (``counts``), each cell linking to the theme in the site's
    report (``names``: site -> report file name, see :func:`report_names`)."""
    themes = [{"path": theme.path, "label": code_label(theme, lang)} for theme in corpus.themes]
    rows = []
    for site, name in names.items():
        values = counts.loc[site] if site in counts.index else None
        rows.append({"site": site, "cells": [
            {"value": int(values[theme["path"]]) if values is not None else 0,
             "href": f"{name}.html#theme-{theme['path']}"} for theme in themes]})
    return {"title": VALUE_LABELS[lang]["count"], "themes": themes, "rows": rows}
