"""The HTML around the case reports: one page per protocol, so every citation is a link to the
passage, and ``index.html``, which links every site report, the matrices and the overview tables.

Protocol pages show the stored text with the numbers citations use: for text protocols the line
of the file on disk (anchors ``L18``), for Word and OpenDocument files the paragraph (``Abs. 5``);
each segment starts at anchor ``S<number>``. Pages are written one document at a time, so memory
does not grow with the corpus.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from sqlalchemy import Connection, select

from qda.analysis.citation import PARAGRAPH_FORMATS, level_label
from qda.files import atomic_write
from qda.store.schema import documents, segments

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "report"
PROTOCOL_FOLDER = "protocols"
FINGERPRINTS = ".pages.json"  # page file -> fingerprint of what it was written from
BATCH = 100  # documents read at a time
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
    """Write ``out/protocols/<id>.html`` for every document (of ``sites``); returns the paths.

    A page is written only when its fingerprint (the stored hashes of the document's text and
    segments, its metadata, the language, this module's code and the template) differs from the
    one recorded at its last writing in ``protocols/.pages.json``: a re-run reads no text.
    Documents are read ``BATCH`` at a time, so memory does not grow with the corpus."""
    folder = out / PROTOCOL_FOLDER
    template = _environment().get_template("protocol.html.j2")
    recorded = _recorded_fingerprints(folder)
    fingerprints: dict[str, str] = {}
    written = []
    for batch in _batches(conn, sites):
        stale = []
        for document, rows in batch:
            path = folder / protocol_file(document.doc_key)
            fingerprints[path.name] = _fingerprint(lang, document, rows)
            if recorded.get(path.name) != fingerprints[path.name] or not path.is_file():
                stale.append((document, rows))
            written.append(path)
        for document, text, rows in _with_texts(conn, stale):
            atomic_write(folder / protocol_file(document.doc_key), template.render(
                document=document, level=level_label(document.level, lang), rows=_rows_html(document, text, rows),
                lang=lang))
    if {**recorded, **fingerprints} != recorded:
        atomic_write(folder / FINGERPRINTS, json.dumps({**recorded, **fingerprints}, indent=0, sort_keys=True))
    return written


def _batches(conn: Connection, sites: Iterable[str] | None) -> Iterator[list[tuple[Any, list[Any]]]]:
    """The documents ordered by id (doc_key), ``BATCH`` at a time, each with its segments'
    numbers, lines, paragraphs, questions and text hashes (no text)."""
    query = select(documents.c.id, documents.c.doc_key, documents.c.site, documents.c.level, documents.c.role,
                   documents.c.wave, documents.c.source_format, documents.c.first_line,
                   documents.c.sha256).order_by(documents.c.doc_key)
    if sites is not None:
        query = query.where(documents.c.site.in_(list(sites)))
    chosen = conn.execute(query).all()
    for first in range(0, len(chosen), BATCH):
        batch = chosen[first:first + BATCH]
        rows: dict[int, list[Any]] = {document.id: [] for document in batch}
        for row in conn.execute(select(segments.c.document_id, segments.c.number, segments.c.line_start,
                                       segments.c.paragraph, segments.c.question, segments.c.text_hash)
                                .where(segments.c.document_id.in_(list(rows)))
                                .order_by(segments.c.document_id, segments.c.number)).all():
            rows[row.document_id].append(row)
        yield [(document, rows[document.id]) for document in batch]


def _with_texts(conn: Connection, chosen: list[tuple[Any, list[Any]]]) -> Iterator[tuple[Any, str, list[Any]]]:
    """``chosen`` with each document's text; Word and ODF documents with their segments' texts,
    which their pages show."""
    if not chosen:
        return
    ids = [document.id for document, _ in chosen]
    texts = dict(conn.execute(select(documents.c.id, documents.c.text).where(documents.c.id.in_(ids))).all())
    paragraph_ids = [document.id for document, _ in chosen if document.source_format in PARAGRAPH_FORMATS]
    with_text: dict[int, list[Any]] = {}
    if paragraph_ids:
        for row in conn.execute(select(segments.c.document_id, segments.c.number, segments.c.paragraph,
                                       segments.c.question, segments.c.text)
                                .where(segments.c.document_id.in_(paragraph_ids))
                                .order_by(segments.c.document_id, segments.c.number)):
            with_text.setdefault(row.document_id, []).append(row)
    for document, rows in chosen:
        yield document, texts[document.id], with_text.get(document.id, rows)


def _fingerprint(lang: str, document: Any, rows: list[Any]) -> str:
    """The stored text's hash (``sha256``) and the segments' stand for the text itself."""
    digest = hashlib.blake2b(_page_code(), digest_size=16)
    digest.update(repr((lang, tuple(document), [tuple(row) for row in rows])).encode("utf-8"))
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _page_code() -> bytes:
    """What draws a page besides its data: this module and the page template."""
    return Path(__file__).read_bytes() + (TEMPLATES / "protocol.html.j2").read_bytes()


def _recorded_fingerprints(folder: Path) -> dict[str, str]:
    try:
        recorded = json.loads((folder / FINGERPRINTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return recorded if isinstance(recorded, dict) else {}


def _rows_html(document: Any, text: str, rows: list[Any]) -> Markup:
    """The table rows, escaped and joined in Python (a template loop over 4,000 lines per protocol
    cost most of the time of writing the pages): numbered lines of text files, anchors ``L<line>``,
    or numbered segments of Word and ODF files; each segment starts at anchor ``S<number>``."""
    if document.source_format in PARAGRAPH_FORMATS:
        return Markup("\n".join(
            f'<tr id="S{row.number}"><td class="n">{f"Abs. {row.paragraph}" if row.paragraph else ""}</td><td>'
            + (f'<span class="q">{html.escape(row.question)} · </span>' if row.question else "")
            + f'{html.escape(row.text, quote=False)}</td></tr>' for row in rows))
    offset = (document.first_line or 1) - 1
    marks: dict[int, str] = {}
    for row in rows:
        marks[row.line_start] = marks.get(row.line_start, "") + f'<span id="S{row.number}"></span>'
    return Markup("\n".join(
        f'<tr id="L{number + offset}"><td class="n">{number + offset}</td><td>{marks.get(number, "")}{line}</td></tr>'
        for number, line in enumerate(html.escape(text, quote=False).split("\n"), start=1)))


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
