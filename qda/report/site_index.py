"""The HTML around the case reports: one page per protocol, so every citation is a link to the
passage, and ``index.html``, which links every site report, the matrices and the overview tables.

Protocol pages show the stored text with the numbers citations use: for text protocols the line
of the file on disk (anchors ``L18``), for Word and OpenDocument files the paragraph (``Abs. 5``);
each segment starts at anchor ``S<number>``. Pages are written one document at a time, so memory
does not grow with the corpus.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from sqlalchemy import Connection, select

from qda.analysis.citation import PARAGRAPH_FORMATS, level_label
from qda.files import atomic_write
from qda.store.schema import documents, segments

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "report"
PROTOCOL_FOLDER = "protocols"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def protocol_file(doc_key: str) -> str:
    """A file name for a document id, unique even where ids differ only in unsafe characters."""
    safe = _UNSAFE.sub("_", doc_key)
    if safe != doc_key:
        safe += "-" + hashlib.sha1(doc_key.encode("utf-8")).hexdigest()[:8]
    return f"{safe}.html"


def protocol_href(doc_key: str, segment: int) -> str:
    return f"{PROTOCOL_FOLDER}/{protocol_file(doc_key)}#S{segment}"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)


def protocol_pages(conn: Connection, out: Path, lang: str = "de", sites: Iterable[str] | None = None) -> list[Path]:
    """Write ``out/protocols/<id>.html`` for every document (of ``sites``); returns the paths."""
    template = _environment().get_template("protocol.html.j2")
    query = select(documents.c.id, documents.c.doc_key, documents.c.site, documents.c.level, documents.c.role,
                   documents.c.wave, documents.c.source_format, documents.c.first_line).order_by(documents.c.doc_key)
    if sites is not None:
        query = query.where(documents.c.site.in_(list(sites)))
    written = []
    for document in conn.execute(query).all():
        rows = conn.execute(select(segments.c.number, segments.c.line_start, segments.c.paragraph, segments.c.question,
                                   segments.c.text).where(segments.c.document_id == document.id)
                            .order_by(segments.c.number)).all()
        text = conn.execute(select(documents.c.text).where(documents.c.id == document.id)).scalar_one()
        path = out / PROTOCOL_FOLDER / protocol_file(document.doc_key)
        atomic_write(path, template.render(document=document, level=level_label(document.level, lang),
                                           blocks=_blocks(document, text, rows), lang=lang))
        written.append(path)
    return written


def _blocks(document: Any, text: str, rows: list[Any]) -> list[dict[str, Any]]:
    """What the page lists: numbered lines (text files) or numbered segments (Word, ODF)."""
    if document.source_format in PARAGRAPH_FORMATS:
        return [{"number": f"Abs. {row.paragraph}" if row.paragraph else "", "anchors": [f"S{row.number}"],
                 "question": row.question, "text": row.text} for row in rows]
    offset = (document.first_line or 1) - 1
    starts: dict[int, list[str]] = {}
    for row in rows:
        starts.setdefault(row.line_start, []).append(f"S{row.number}")
    return [{"number": str(index + offset), "anchors": [f"L{index + offset}", *starts.get(index, [])],
             "question": None, "text": line} for index, line in enumerate(text.split("\n"), start=1)]


def index_page(out: Path, sites: list[dict[str, Any]], files: list[Path], matrix: dict[str, Any],
               lang: str = "de") -> Path:
    """``out/index.html``: the site reports, a theme matrix whose cells link to each site report's
    theme section, and every other file written (matrices, overview tables, heatmap)."""
    others = sorted(path.relative_to(out).as_posix() for path in files
                    if path.parent == out and path.suffix in (".xlsx", ".csv", ".md", ".png", ".docx", ".html")
                    and not any(path.stem == site["slug"] for site in sites))
    path = out / "index.html"
    atomic_write(path, _environment().get_template("index.html.j2").render(
        sites=sites, others=others, matrix=matrix, lang=lang))
    return path
