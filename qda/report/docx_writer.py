"""The case report as a Word document built with python-docx: real Heading 1–3 paragraphs, a TOC
field Word fills in on opening, the Quote style for passages, tables and the heatmap picture.

A ``reference.docx`` in ``--template DIR`` supplies the styles (house fonts and colours); it
must define the styles used here (Word's defaults: Title, Heading 1–3, Quote, Table Grid, ...).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Sequence

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from qda.errors import QdaError
from qda.ingest.metadata import LEVELS
from qda.report.data import ORIGINS, SiteReport, Theme
from qda.report.render import labels, status

CITATION_STYLE = "Citation"
TABLE_STYLE = "Light Grid Accent 1"


def render_docx(report: SiteReport, path: Path, template_dir: Path | None = None) -> None:
    """Write the report of one site to ``path``."""
    words = labels(report.lang, template_dir)
    reference = template_dir / "reference.docx" if template_dir else None
    document = Document(str(reference)) if reference and reference.is_file() else Document()
    try:
        _build(document, report, words)
    except KeyError as exc:
        raise QdaError(f"reference.docx lacks the style {exc}", reference) from exc
    document.save(str(path))


def _build(document, report: SiteReport, words: dict[str, Any]) -> None:
    _citation_style(document)
    document.core_properties.title = words["title"].format(site=report.site)
    document.core_properties.language = report.lang
    document.add_paragraph(words["title"].format(site=report.site), style="Title")
    document.add_paragraph(words["subtitle"], style="Subtitle")
    document.add_paragraph(words["generated"].format(date=report.generated, codebook=report.codebook or "–"))
    line = status(report, words)
    run = document.add_paragraph().add_run(f"{words['approval']}: {line['text']}")
    run.bold = line["kind"] != "approved"
    if line["kind"] == "changed":
        run.font.color.rgb = RGBColor(0xB3, 0x5C, 0x00)
    document.add_paragraph(words["contents"], style="TOC Heading")
    _toc_field(document.add_paragraph())
    _overview(document, report, words)
    document.add_heading(words["themes"], level=1)
    for theme in report.themes:
        _theme(document, report, theme, words)
    _provenance(document, report, words)


def _citation_style(document) -> None:
    if CITATION_STYLE in [style.name for style in document.styles]:
        return
    style = document.styles.add_style(CITATION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(8.5)
    style.font.color.rgb = RGBColor(0x5B, 0x67, 0x75)
    style.paragraph_format.left_indent = Cm(1.2)
    style.paragraph_format.space_after = Pt(10)


def _toc_field(paragraph) -> None:
    """A TOC field over Heading 1–3 (a fldChar sequence); Word updates it when the file opens."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, 'TOC \\o "1-3" \\h \\z \\u'), ("separate", None),
                       (None, None), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                element.set(qn("w:dirty"), "true")
        elif text:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:t")
            element.text = "…"
        run._r.append(element)
    settings = paragraph.part.document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)


def _table(document, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles[TABLE_STYLE]
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = str(text)
    for values in rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = str(text)
    document.add_paragraph()


def _overview(document, report: SiteReport, words: dict[str, Any]) -> None:
    document.add_heading(words["overview"], level=1)
    document.add_paragraph(words["protocol_count"].format(n=report.documents))
    _table(document, ["", words["protocols"]], [
        (words[key], " · ".join(f"{label}: {n}" for label, n in values))
        for key, values in (("by_level", report.by_level), ("by_role", report.by_role), ("by_wave", report.by_wave))])
    text = words["completeness_text"].format(**report.completeness)
    if report.coder_filter:
        text += " " + words["coder_filter"].format(coder=report.coder_filter)
    document.add_paragraph(text)
    _table(document, [words["coder"], words["documents_coded"], words["passages"]],
           [(row["coder"], row["documents"], row["passages"]) for row in report.coders])
    if report.heatmap_png:
        document.add_picture(io.BytesIO(report.heatmap_png), width=Cm(16))
        document.add_paragraph(words["heatmap"], style="Caption")


def _theme(document, report: SiteReport, theme: Theme, words: dict[str, Any]) -> None:
    document.add_heading(theme.label, level=2)
    document.add_paragraph(words["counts"].format(passages=theme.passages, documents=theme.documents,
                                                  total=report.documents))
    summary = document.add_paragraph()
    summary.add_run(f"{words['summary']}: ").bold = True
    if theme.summary:
        summary.add_run(theme.summary)
    else:
        summary.add_run(words["summary_missing"].format(site=report.site, code=theme.path)).italic = True
    if theme.subcodes:
        _table(document, [words["subcode"], words["passages"], words["documents"],
                          *[words["levels"][level] for level in LEVELS]],
               [(sub["label"], sub["passages"], sub["documents"], *sub["by_level"]) for sub in theme.subcodes])
    if not theme.levels:
        document.add_paragraph(words["no_passages"]).runs[0].italic = True
    elif theme.divergent:
        document.add_paragraph(words["divergent"]).runs[0].italic = True
        _side_by_side(document, theme, words)
    else:
        for level in theme.levels:
            document.add_heading(f"{words['levels'][level.level]} ({level.passages})", level=3)
            for quote in level.quotes:
                document.add_paragraph(quote.text, style="Quote")
                document.add_paragraph(_cite(quote, words), style=CITATION_STYLE)


def _cite(quote, words: dict[str, Any]) -> str:
    marks = [words["accepted_suggestion"]] if "suggested" in quote.origin else []
    marks += [words["key_quote"]] if quote.key_quote else []
    return f"— {quote.citation}" + (f" ({', '.join(marks)})" if marks else "")


def _side_by_side(document, theme: Theme, words: dict[str, Any]) -> None:
    """One table column per level, so contradicting accounts can be read across."""
    table = document.add_table(rows=2, cols=len(theme.levels))
    table.style = document.styles["Table Grid"]
    for column, level in enumerate(theme.levels):
        table.rows[0].cells[column].text = f"{words['levels'][level.level]} ({level.passages})"
        cell = table.rows[1].cells[column]
        cell.paragraphs[0].text = ""
        for number, quote in enumerate(level.quotes):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            paragraph.style = document.styles["Quote"]
            paragraph.add_run(quote.text)
            cell.add_paragraph(_cite(quote, words), style=CITATION_STYLE)
    document.add_paragraph()


def _provenance(document, report: SiteReport, words: dict[str, Any]) -> None:
    document.add_heading(words["provenance"], level=1)
    document.add_paragraph(words["provenance_text"])
    _table(document, [words["theme"], *[words["origins"][o] for o in ORIGINS], words["total"]],
           [(row["label"], *[row[o] for o in ORIGINS], row["total"]) for row in report.provenance])
    document.add_paragraph(f"{words['fingerprint']}: {report.fingerprint}", style=CITATION_STYLE)
