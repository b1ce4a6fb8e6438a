"""How a passage is cited in listings and reports, so a reader finds it in the source file:
``Site · Ebene · role · W1 · doc · Z. 18–20 · Abschn. 5 · Frage 2.2d``.

Text protocols are cited by the line in the file as it lies on disk (front matter counted); Word,
OpenDocument and RTF files have no lines a reader can see, so they are cited by paragraph
("Abs. 16": the 16th non-empty paragraph of the body). The segment number and the guide question
follow, where known.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from qda.errors import QdaError

LEVEL_LABELS = {
    "de": {"strategic": "strategische Ebene", "operational": "operative Ebene", "client": "Kundenebene"},
    "en": {"strategic": "strategic level", "operational": "operational level", "client": "client level"},
}
LINE_PREFIX = {"de": "Z.", "en": "l."}
PARAGRAPH_PREFIX = {"de": "Abs.", "en": "para."}
SEGMENT_PREFIX = {"de": "Abschn.", "en": "seg."}
QUESTION_PREFIX = {"de": "Frage", "en": "Q"}
PARAGRAPH_FORMATS = ("docx", "odt", "rtf")  # no visible lines: cite the paragraph
LANGUAGES = tuple(LEVEL_LABELS)


def check_language(lang: str) -> str:
    """``lang`` if labels and citations exist in it; otherwise one error naming the languages."""
    if lang not in LANGUAGES:
        raise QdaError(f"unknown language '{lang}' (use {', '.join(LANGUAGES)})")
    return lang


def level_label(level: str | None, lang: str = "de") -> str:
    return LEVEL_LABELS.get(lang, LEVEL_LABELS["de"]).get(level or "", level or "")


def lines(line_start: int, line_end: int) -> str:
    return f"{line_start}–{line_end}" if line_end != line_start else str(line_start)


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) and value != ""


def citation(site: Any, level: Any, role: Any, wave: Any, document: str, line_start: int, line_end: int,
             lang: str = "de", where: dict[str, Any] | None = None) -> str:
    """The citation of a passage; metadata a protocol lacks is left out rather than shown empty.
    ``where`` may add the source format, the file line of the text's start, the paragraph, the
    segment number and the guide question."""
    where = where or {}
    parts = [
        site if _present(site) else None,
        level_label(level, lang) if _present(level) else None,
        role if _present(role) else None,
        f"W{int(wave)}" if _present(wave) else None,
        document,
        _place(line_start, line_end, lang, where),
        f"{SEGMENT_PREFIX.get(lang, 'Abschn.')} {int(where['segment'])}" if _present(where.get("segment")) else None,
        f"{QUESTION_PREFIX.get(lang, 'Frage')} {where['question']}" if _present(where.get("question")) else None,
    ]
    return " · ".join(str(part) for part in parts if part is not None)


def _place(line_start: int, line_end: int, lang: str, where: dict[str, Any]) -> str:
    if where.get("source_format") in PARAGRAPH_FORMATS and _present(where.get("paragraph")):
        return f"{PARAGRAPH_PREFIX.get(lang, 'Abs.')} {int(where['paragraph'])}"
    offset = int(where["first_line"]) - 1 if _present(where.get("first_line")) else 0
    return f"{LINE_PREFIX.get(lang, 'Z.')} {lines(int(line_start) + offset, int(line_end) + offset)}"


CITED_FIELDS = ("source_format", "first_line", "paragraph", "segment", "question")


def cite_row(row: Any, lang: str = "de") -> str:
    """:func:`citation` for a row of a codings frame (namedtuple or mapping)."""
    get: Callable[[str], Any] = row.get if isinstance(row, dict) else lambda key: getattr(row, key, None)
    return citation(get("site"), get("level"), get("role"), get("wave"), get("document"),
                    get("line_start"), get("line_end"), lang, {name: get(name) for name in CITED_FIELDS})
