"""How a passage is cited in listings and reports: ``Site · level · role · W1 · doc · Z. 12–14``."""

from __future__ import annotations

import math
from typing import Any

LEVEL_LABELS = {
    "de": {"strategic": "strategisch", "operational": "operativ", "client": "Kundenebene"},
    "en": {"strategic": "strategic", "operational": "operational", "client": "client"},
}
LINE_PREFIX = {"de": "Z.", "en": "l."}
LANGUAGES = tuple(LEVEL_LABELS)


def level_label(level: str | None, lang: str = "de") -> str:
    return LEVEL_LABELS.get(lang, LEVEL_LABELS["de"]).get(level or "", level or "")


def lines(line_start: int, line_end: int) -> str:
    return f"{line_start}–{line_end}" if line_end != line_start else str(line_start)


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) and value != ""


def citation(site: Any, level: Any, role: Any, wave: Any, document: str, line_start: int, line_end: int,
             lang: str = "de") -> str:
    """The citation of a passage; metadata a protocol lacks is left out rather than shown empty."""
    parts = [
        site if _present(site) else None,
        level_label(level, lang) if _present(level) else None,
        role if _present(role) else None,
        f"W{int(wave)}" if _present(wave) else None,
        document,
        f"{LINE_PREFIX.get(lang, 'Z.')} {lines(int(line_start), int(line_end))}",
    ]
    return " · ".join(str(part) for part in parts if part is not None)


def cite_row(row: Any, lang: str = "de") -> str:
    """:func:`citation` for a row of a codings frame (namedtuple or mapping)."""
    get = row.get if isinstance(row, dict) else lambda key: getattr(row, key)
    return citation(get("site"), get("level"), get("role"), get("wave"), get("document"),
                    get("line_start"), get("line_end"), lang)
