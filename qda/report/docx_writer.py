"""The case report as a Word document built with python-docx: A4 with header and page numbers,
real Heading 1–3 paragraphs, a table of contents written out (``docx_layout``), the Quote style
for passages, tables sized to their content and the heatmap within the text width.

A ``reference.docx`` in ``--template DIR`` supplies the styles (house fonts and colours); it
must define the styles used here (Word's defaults: Title, Heading 1–3, Quote, Table Grid, ...).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from qda.errors import QdaError
from qda.ingest.metadata import LEVELS
from qda.report.data import ORIGINS, SiteReport, Summary, Theme
from qda.report.docx_layout import (
    TEXT_WIDTH_CM,
    Contents,
    add_run,
    insert_before,
    paragraph_before,
    set_page,
    table_element,
)
from qda.report.render import change_text, labels, status
from qda.report.words import say

CITATION_STYLE = "Citation"
TABLE_STYLE = "Light Grid Accent 1"


def render_docx(report: SiteReport, path: Path, template_dir: Path | None = None) -> None:
    """Write the report of one site to ``path``."""
    reference = template_dir / "reference.docx" if template_dir else None
    document = Document(str(reference)) if reference and reference.is_file() else _plain_document()
    try:
        _Writer(document, report, labels(report.lang, template_dir)).build()
    except KeyError as exc:
        raise QdaError(f"reference.docx lacks the style {exc}", reference) from exc
    document.save(str(path))


def _plain_document():
    """python-docx's template with Word's house font named, so LibreOffice picks its metric twin."""
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    return document


def _add_citation_style(document) -> None:
    if CITATION_STYLE in document.styles:
        return
    style = document.styles.add_style(CITATION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(8.5)
    style.font.color.rgb = RGBColor(0x5B, 0x67, 0x75)
    style.paragraph_format.left_indent = Cm(1.2)
    style.paragraph_format.space_after = Pt(10)


def _cite(quote, words: dict[str, Any]) -> str:
    marks = [words["accepted_suggestion"]] if "suggested" in quote.origin else []
    marks += [words["key_quote"]] if quote.key_quote else []
    return f"— {quote.citation}" + (f" ({', '.join(marks)})" if marks else "")


class _Writer:
    """Builds one report. Style ids are looked up once: python-docx's own lookup by name scans
    every style for every paragraph, which made DOCX the slowest part of ``qda report all``."""

    def __init__(self, document, report: SiteReport, words: dict[str, Any]):
        _add_citation_style(document)
        self.document, self.report, self.words = document, report, words
        self.contents = Contents(document)
        self.style_ids = {style.name: style.style_id for style in document.styles}
        body = document.element.body  # paragraphs and tables go before its section properties
        self.end = body.sectPr if body.sectPr is not None else body

    def paragraph(self, text: str = "", style: str | None = None):
        paragraph = Paragraph(paragraph_before(self.end, self.style_ids[style] if style else None), self.document._body)
        if text:
            add_run(paragraph, text)
        return paragraph

    def heading(self, text: str, level: int):
        paragraph = self.paragraph(text, f"Heading {level}")
        self.contents.mark(paragraph, level)
        return paragraph

    def table(self, header: Sequence[Any], rows: Sequence[Sequence[Any]], style: str = TABLE_STYLE) -> None:
        insert_before(self.end, table_element([header, *rows], self.style_ids[style]))

    def build(self) -> None:
        report, words = self.report, self.words
        title = words["title"].format(site=report.site)
        self.document.core_properties.title = title
        self.document.core_properties.language = report.lang
        set_page(self.document, words["header"].format(study=report.codebook or "qda", site=report.site), words["page"])
        self.paragraph(title, "Title")
        self.paragraph(words["subtitle"], "Subtitle")
        self.paragraph(words["generated"].format(date=report.generated, codebook=report.codebook or "–"))
        self.approval()
        self.paragraph(words["contents"], "TOC Heading")
        contents = self.paragraph()
        self.overview()
        self.heading(words["conclusion"], 1)
        self.summary(report.conclusion, words["conclusion_missing"])
        self.heading(words["themes"], 1)
        for theme in report.themes:
            self.theme(theme)
        self.paragraph(words["quote_method"], CITATION_STYLE)
        self.provenance()
        self.contents.fill(contents)

    def approval(self) -> None:
        line = status(self.report, self.words)
        run = add_run(self.paragraph(), f"{self.words['approval']}: {line['text']}")
        run.bold = line["kind"] != "approved"
        if line["kind"] == "changed":
            run.font.color.rgb = RGBColor(0xB3, 0x5C, 0x00)
        for detail in line["details"]:
            self.paragraph(detail)

    def overview(self) -> None:
        report, words = self.report, self.words
        self.heading(words["overview"], 1)
        self.paragraph(say(words["protocol_count"], n=report.documents))
        self.table(["", words["protocols"]], [
            (words[key], " · ".join(f"{label}: {n}" for label, n in values))
            for key, values in (("by_level", report.by_level), ("by_role", report.by_role),
                                ("by_wave", report.by_wave))])
        if report.attributes:
            self.paragraph(f"{words['site_attributes']}: "
                           + ", ".join(f"{key} {value}" for key, value in report.attributes.items()) + ".")
        text = say(words["completeness_text"], **report.completeness)
        if report.coder_filter:
            text += " " + words["coder_filter"].format(coder=report.coder_filter)
        self.paragraph(text)
        self.table([words["coder"], words["documents_coded"], words["codings"]],
                   [(row["coder"], row["documents"], row["passages"]) for row in report.coders])
        if report.heatmap_png:
            self.document.add_picture(io.BytesIO(report.heatmap_png), width=Cm(TEXT_WIDTH_CM))
            self.document.paragraphs[-1].paragraph_format.keep_with_next = True  # the caption stays with it
            self.paragraph(words["heatmap"], "Caption")

    def summary(self, summary: Summary | None, missing: str, label: str | None = None) -> None:
        """A written summary, a marked machine draft, or the note that it is missing."""
        paragraph = self.paragraph()
        if label:
            add_run(paragraph, f"{label}: ").bold = True
        if summary is None:
            add_run(paragraph, missing).italic = True
            return
        if summary.draft:
            marker = add_run(paragraph, f"{self.words['draft_marker']} ")
            marker.italic = marker.bold = True
        add_run(paragraph, summary.text)

    def findings(self, theme: Theme) -> None:
        """The recorded findings, overall and per level side by side; ° marks a finding without evidence."""
        words = self.words
        scopes = ("overall", *LEVELS)
        self.table([words["feature"], words["overall_scope"], *[words["levels_short"][level] for level in LEVELS]],
                   [(row.label, *[row.cells.get(scope, "") + (" °" if scope in row.unsupported else "")
                                  for scope in scopes]) for row in theme.findings])
        if any(row.unsupported for row in theme.findings):
            self.paragraph(words["unsupported_mark"], CITATION_STYLE)
        differing = [row.label for row in theme.findings if row.levels_differ]
        if differing:
            self.paragraph(words["levels_differ"].format(features=", ".join(differing))).runs[0].italic = True

    def theme(self, theme: Theme) -> None:
        words = self.words
        self.heading(theme.label, 2)
        self.paragraph(say(words["counts"], passages=theme.passages, documents=theme.documents,
                           total=self.report.documents))
        self.summary(theme.summary, words["summary_missing"], words["summary"])
        if theme.findings:
            self.findings(theme)
        if theme.waves:
            waves = " → ".join(say(words["wave_row"], wave=w.wave, passages=w.passages, documents=w.documents,
                                   protocols=w.protocols) for w in theme.waves)
            paragraph = self.paragraph()
            add_run(paragraph, f"{words['waves']}: ").bold = True
            add_run(paragraph, waves)
            changes = [change_text(row) for row in theme.findings if row.wave_change]
            if changes:
                self.paragraph(words["wave_changes"].format(changes="; ".join(changes)))
        if theme.subcodes:
            self.table([words["subcode"], words["passages"], words["documents"],
                        *[words["levels_short"][level] for level in LEVELS]],
                       [(sub["label"], sub["passages"], sub["documents"], *sub["by_level"]) for sub in theme.subcodes])
        if not theme.accounts:
            self.paragraph(words["no_passages"]).runs[0].italic = True
        for account in theme.accounts:
            self.heading(f"{words['accounts'][account.account]} "
                         f"({say(words['level_passages'], n=account.passages)})", 3)
            for quote in account.quotes:
                self.paragraph(quote.text, "Quote")
                self.paragraph(_cite(quote, words), CITATION_STYLE)
        if theme.memos:
            self.paragraph(f"{words['memos']}:").runs[0].bold = True
            for memo in theme.memos:
                self.paragraph(f"{memo['text']} ({memo['by']})", "List Bullet")

    def provenance(self) -> None:
        words, report = self.words, self.report
        self.heading(words["provenance"], 1)
        self.paragraph(words["provenance_text"])
        self.table([words["theme"], *[words["origins"][o] for o in ORIGINS], words["total"]],
                   [(row["label"], *[row[o] for o in ORIGINS], row["total"]) for row in report.provenance])
        self.paragraph(f"{words['fingerprint']}: {report.fingerprint}", CITATION_STYLE)
