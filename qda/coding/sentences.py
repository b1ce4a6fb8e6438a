"""Sentence boundaries inside a segment, so a coder can code part of a paragraph.

German protocol prose is full of abbreviations (z. B., bzw., ca., d. h.) and ordinals
("am 3. Mai"); a full stop after those does not end a sentence.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset({
    "z", "b", "bzw", "ca", "d", "h", "u", "a", "o", "g", "ggf", "evtl", "usw", "vgl", "inkl", "nr", "dr",
    "hr", "fr", "frau", "herr", "bspw", "etc", "s", "sog", "zzgl", "abs", "max", "min", "std", "mio", "tel",
})
_END = re.compile(r"[.!?…]+[\"»“”')\]]*\s+(?=[\"„»(]?[A-ZÄÖÜ0-9])")
_WORD_BEFORE = re.compile(r"([\wÄÖÜäöüß]+)\W*$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, trimmed, covering all non-space text."""
    spans, start = [], 0
    for match in _END.finditer(text):
        if match.group().startswith(".") and _is_abbreviation(text[start:match.start()]):
            continue
        end = match.end() - (len(match.group()) - len(match.group().rstrip()))
        spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _is_abbreviation(before: str) -> bool:
    found = _WORD_BEFORE.search(before)
    if not found:
        return False
    word = found.group(1)
    return word.isdigit() or word.lower() in ABBREVIATIONS
