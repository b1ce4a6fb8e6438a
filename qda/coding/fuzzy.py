"""Find codes by a few typed letters, the way editors find files: ``kdi`` finds Kontaktdichte."""

from __future__ import annotations

from typing import Sequence

from qda.codebook.store import CodeRow


def match_score(query: str, text: str) -> int | None:
    """Lower is better; None if the letters of ``query`` do not occur in order in ``text``."""
    query, text = query.lower(), text.lower()
    found = text.find(query)
    if found >= 0:
        return found
    position, gaps = -1, 0
    for letter in query:
        next_position = text.find(letter, position + 1)
        if next_position < 0:
            return None
        gaps += next_position - position - 1 if position >= 0 else next_position
        position = next_position
    return 1000 + gaps


def filter_codes(codes: Sequence[CodeRow], query: str) -> list[CodeRow]:
    """Codes matching ``query`` in path, German or English label, best match first."""
    query = query.strip()
    if not query:
        return list(codes)
    scored = []
    for code in codes:
        scores = [s for s in (match_score(query, field) for field in (code.path, code.label, code.label_en or ""))
                  if s is not None]
        if scores:
            scored.append((min(scores), code.position, code))
    return [code for _, _, code in sorted(scored, key=lambda item: item[:2])]
