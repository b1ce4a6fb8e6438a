"""Page layout for generated Word files: A4, header and footer, a table of contents filled at
writing time, table columns sized from their content.

Word and LibreOffice both show what is written here without updating fields: the table of
contents is written out (entries linked to bookmarks on the headings, no page numbers, so there
is nothing to update) and the page fields carry a cached value. Column widths are estimated from
the text: each column is at least as wide as its longest word (so no word breaks mid-way) and the
rest of the text width goes to the columns with the most text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml.etree import SubElement

PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)
SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN = Cm(2.5), Cm(2.5), Cm(2.0)
TEXT_WIDTH_CM = 21.0 - 2 * 2.5
TABLE_FONT = Pt(9)
CHAR_CM = 0.21  # a 9-pt character of a sans font, generously (Calibri averages 0.16)
BOLD = 1.1  # header cells are bold
CELL_PADDING_CM = 0.35
BREAKS = re.compile(r"\s+|(?<=-)")  # where a line may break: spaces, and after a hyphen
TOC_LEVELS = 2
RUN_BREAKS = re.compile(r"([\t\r\n])")  # a tab or line break inside a run's text is an element of its own


def add_run(paragraph, text: str = "") -> Run:
    """``paragraph.add_run(text)`` with the same XML, faster: python-docx adds text one character
    at a time, which for a few thousand quotes cost seconds per ``report all``."""
    r = paragraph._p.add_r()
    append_text(r, text)
    return Run(r, paragraph)


def paragraph_before(anchor, style_id: str | None = None):
    """A new ``w:p`` (styled ``style_id``) inserted just before ``anchor``, as python-docx's
    ``add_paragraph`` writes it; that one looks for the body's ``sectPr`` among all its children
    for every paragraph (and among 30 names for every style), which grows with the report."""
    p = OxmlElement("w:p")
    if style_id:
        p_style = SubElement(SubElement(p, qn("w:pPr")), qn("w:pStyle"))
        p_style.set(qn("w:val"), style_id)
    insert_before(anchor, p)
    return p


def insert_before(anchor, element) -> None:
    """``element`` before ``anchor``, or appended to the body when ``anchor`` is the body (a
    reference.docx without section properties)."""
    if anchor.tag == qn("w:body"):
        anchor.append(element)
    else:
        anchor.addprevious(element)


def append_text(r, text: str) -> None:
    """The text of a ``w:r`` as python-docx writes it: ``w:t`` pieces, ``w:tab`` and ``w:br``."""
    for piece in RUN_BREAKS.split(text):
        if piece == "\t":
            r.add_tab()
        elif piece in ("\r", "\n"):
            r.add_br()
        elif piece:
            r.add_t(piece)


def set_page(document, header_text: str, page_label: str) -> None:
    """A4 portrait with even margins; header ``header_text``, footer ``Seite X von Y``."""
    for section in document.sections:
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.left_margin = section.right_margin = SIDE_MARGIN
        section.top_margin, section.bottom_margin = TOP_MARGIN, BOTTOM_MARGIN
        header = section.header.paragraphs[0]
        header.text = header_text
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_footer(footer, page_label)


def _page_footer(paragraph, label: str) -> None:
    """``label`` with ``{page}`` and ``{pages}`` replaced by the PAGE and NUMPAGES fields."""
    before, _, rest = label.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    add_run(paragraph, before)
    _field(paragraph, "PAGE")
    add_run(paragraph, middle)
    _field(paragraph, "NUMPAGES")
    add_run(paragraph, after)


def _field(paragraph, instruction: str, cached: str = "1") -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, cached), ("end", None)):
        run._r.append(_field_part(kind, text, instruction_text=text == instruction))


def _field_part(kind: str | None, text: str | None, instruction_text: bool = False):
    if kind:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element
    element = OxmlElement("w:instrText" if instruction_text else "w:t")
    element.set(qn("xml:space"), "preserve")
    element.text = text
    return element


class Contents:
    """Bookmarks on headings as they are written, then the filled table of contents."""

    def __init__(self, document) -> None:
        self.document = document
        self.entries: list[tuple[int, str, str]] = []
        for level in range(1, TOC_LEVELS + 1):
            _toc_style(document, level)

    def mark(self, paragraph, level: int) -> None:
        """Bookmark a heading paragraph so the contents can link to it."""
        if level > TOC_LEVELS:
            return
        name = f"_Toc{len(self.entries) + 1:06d}"
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(len(self.entries) + 1))
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), str(len(self.entries) + 1))
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
        paragraph._p.append(end)
        self.entries.append((level, paragraph.text, name))

    def fill(self, placeholder) -> None:
        """Replace ``placeholder`` by one linked paragraph per heading inside one TOC field."""
        anchor = placeholder._p
        paragraphs = []
        style_ids = {level: self.document.styles[f"toc {level}"].style_id for level in range(1, TOC_LEVELS + 1)}
        for level, text, name in self.entries:
            paragraph = Paragraph(paragraph_before(anchor, style_ids[level]), placeholder._parent)
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), name)
            link.set(qn("w:history"), "1")
            run = add_run(paragraph, text)
            link.append(run._r)
            paragraph._p.append(link)
            paragraphs.append(paragraph)
        if not paragraphs:
            return
        first, last = paragraphs[0]._p, paragraphs[-1]._p
        begin = OxmlElement("w:r")
        parts: tuple[tuple[str | None, str | None], ...] = (
            ("begin", None), (None, f'TOC \\o "1-{TOC_LEVELS}" \\h \\n'), ("separate", None))
        for kind, instruction in parts:
            begin.append(_field_part(kind, instruction, instruction_text=instruction is not None))
        first.insert(1 if first.pPr is not None else 0, begin)
        end = OxmlElement("w:r")
        end.append(_field_part("end", None))
        last.append(end)
        anchor.getparent().remove(anchor)


def _toc_style(document, level: int) -> None:
    name = f"toc {level}"
    if name in document.styles:
        return
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
    style.paragraph_format.space_after = Pt(2)


def column_widths(rows: Sequence[Sequence[Any]], total_cm: float = TEXT_WIDTH_CM) -> list[float]:
    """Widths in cm: each column fits its longest word; the rest is shared by text length."""
    columns = list(zip(*rows))
    needed = [max(_longest_word(column[0]) * BOLD, *(_longest_word(cell) for cell in column[1:]), 1) * CHAR_CM
              + CELL_PADDING_CM for column in columns]
    spare = total_cm - sum(needed)
    if spare <= 0:
        return [total_cm * width / sum(needed) for width in needed]
    text = [max(sum(len(str(cell)) for cell in column) - len(column) * 8, 0) for column in columns]
    weights = text if sum(text) else [1] * len(columns)
    return [width + spare * weight / sum(weights) for width, weight in zip(needed, weights)]


def _longest_word(cell: Any) -> int:
    return max((len(word) for word in BREAKS.split(str(cell))), default=0)


def table_element(rows: Sequence[Sequence[Any]], style_id: str):
    """A ``w:tbl`` of ``rows`` (the first is the header, repeated on every page): fixed layout,
    widths from :func:`column_widths`, a 9-pt font. The XML is what python-docx's ``add_table``
    and cell API wrote (less a second ``tblLayout`` after ``tblLook``, out of the schema's order),
    built as one string and parsed once: cell by cell it took a second per ``report all``."""
    widths = [Cm(width).twips for width in column_widths(rows)]
    look = ('<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
            'w:noVBand="1" w:val="04A0"/>')
    parts = [f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="{html.escape(style_id)}"/>'
             f'<w:tblW w:type="auto" w:w="0"/><w:jc w:val="left"/><w:tblLayout w:type="fixed"/>{look}'
             '</w:tblPr><w:tblGrid>',
             *(f'<w:gridCol w:w="{width}"/>' for width in widths), "</w:tblGrid>"]
    for index, values in enumerate(rows):
        parts.append('<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>' if index == 0 else "<w:tr>")
        parts += [f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>'
                  f"<w:p>{_table_run(str(value))}</w:p></w:tc>" for value, width in zip(values, widths)]
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return parse_xml("".join(parts))


def _table_run(text: str) -> str:
    """A run in the table font, its text split as :func:`append_text` splits it."""
    pieces = []
    for piece in RUN_BREAKS.split(text):
        if piece == "\t":
            pieces.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            pieces.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            pieces.append(f"<w:t{space}>{html.escape(piece, quote=False)}</w:t>")
    return f'<w:r><w:rPr><w:sz w:val="{int(TABLE_FONT.pt * 2)}"/></w:rPr>{"".join(pieces)}</w:r>'
