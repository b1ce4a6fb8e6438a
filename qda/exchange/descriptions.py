"""A code's definition, anchor examples and coding rule as one REFI ``Description`` and back.

Other tools show the description as plain text, so it is written as labelled German
paragraphs; qda reads the labels back, which lets a round trip keep the fields apart.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

FIELDS = (
    ("definition", "Definition"),
    ("anchor_examples", "Ankerbeispiel"),
    ("coding_rules", "Kodierregel"),
    ("label_en", "Label (en)"),
    ("keywords", "Suchbegriffe"),
    ("code_key", "qda-id"),
)
_LABELS = {label: name for name, label in FIELDS}
_PREFIX = re.compile(r"^(" + "|".join(re.escape(label) for _, label in FIELDS) + r"): ?", re.S)


def compose(code: Any) -> str:
    """Description text for a code row (definition, anchors, rule, English label, keywords, id)."""
    blocks = []
    for name, label in FIELDS:
        value = getattr(code, name, None)
        if name == "keywords" and value:
            blocks.append(f"{label}: {', '.join(value)}")
        elif isinstance(value, list):
            blocks.extend(f"{label}: {item}" for item in value)
        elif value:
            blocks.append(f"{label}: {value}")
    return "\n\n".join(blocks)


def parse(text: str | None) -> dict[str, Any]:
    """The fields of a description written by :func:`compose`; other text becomes the definition."""
    fields: dict[str, Any] = {"anchor_examples": [], "keywords": []}
    current = "definition"
    for block in (text or "").replace("\r\n", "\n").split("\n\n"):
        match = _PREFIX.match(block)
        if match:
            current, block = _LABELS[match.group(1)], block[match.end():]
        if current == "anchor_examples":
            fields["anchor_examples"].append(block.strip())
        elif current == "keywords":
            fields["keywords"] = [word.strip() for word in block.split(",") if word.strip()]
        elif block.strip():
            fields[current] = f"{fields[current]}\n\n{block.strip()}" if fields.get(current) else block.strip()
    return fields


UMLAUTS: dict[str, str | int | None] = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
UMLAUT_SPELLING = str.maketrans(UMLAUTS)


def slug(name: str) -> str:
    """A code id from a foreign code name: ``Übergabe Basisteam`` -> ``uebergabe_basisteam``."""
    text = name.lower().translate(UMLAUT_SPELLING)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:80] or "code"
