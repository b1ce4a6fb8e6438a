"""Text from other tools in qda's form (LF newlines, no BOM, NFC) with an offset map.

REFI offsets count Unicode code points of the source text. ATLAS.ti counts CRLF as one
character and QualCoder reads files with universal newlines, so offsets are taken to count
LF-only text without a BOM; composing to NFC can shorten the text (``u`` + combining
diaeresis is one ``ü``), which the returned map accounts for.
"""

from __future__ import annotations

import unicodedata


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """(normalised text, map) where ``map[i]`` is the new offset of old offset ``i``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    pieces: list[str] = []
    mapping: list[int] = []
    length, start = 0, 0
    while start < len(text):
        end = start + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        cluster = unicodedata.normalize("NFC", text[start:end])
        mapping.extend([length] * (end - start))
        pieces.append(cluster)
        length += len(cluster)
        start = end
    mapping.append(length)
    return "".join(pieces), mapping
