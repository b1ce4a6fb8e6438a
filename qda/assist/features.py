"""What the learned suggester sees of a segment: content lemmas, lemma pairs, compound heads and
modifiers, character n-grams of the lemmas, and the guide question it stands under.

Plain strings, so the same list explains a suggestion ("strongest features") that the model was
trained on. Character n-grams (4 and 5 letters, word edges marked) let ``Kontaktdichtevorgabe``
share evidence with ``Kontaktdichte`` and inflected forms with their lemma.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from qda.assist.rules import question_parts, token_view

QUESTION_KEY = "qda_question"
FEATURES = "qda_features"
COMPOUND_MIN = 10  # lemmas this long are usually compounds: their head and modifier count too
AFFIX = 6
CHAR_NGRAMS = (4, 5)


def set_question(doc: Doc, question: str | None) -> Doc:
    doc.user_data[QUESTION_KEY] = question
    return doc


def segment_features(doc: Doc) -> list[str]:
    """The distinct feature strings of one segment, in order of first appearance (cached on the doc)."""
    cached = doc.user_data.get(FEATURES)
    if cached is None:
        cached = doc.user_data[FEATURES] = _features(doc)
    return cached


def _features(doc: Doc) -> list[str]:
    features: dict[str, None] = {}
    previous = None
    for _, lemma, _, content in token_view(doc):
        if not content:
            continue
        features[f"w:{lemma}"] = None
        if len(lemma) >= COMPOUND_MIN:
            features[f"m:{lemma[:AFFIX]}"] = None
            features[f"h:{lemma[-AFFIX:]}"] = None
        if previous:
            features[f"b:{previous} {lemma}"] = None
        previous = lemma
        features.update(dict.fromkeys(char_ngrams(lemma)))
    for part in question_parts(doc.user_data.get(QUESTION_KEY)):
        features[f"q:{part}"] = None
        features[f"Q:{part.split('.')[0]}"] = None
    return list(features)


@lru_cache(maxsize=100_000)
def char_ngrams(lemma: str) -> tuple[str, ...]:
    """``c:<kon``, ``c:onta`` … of one lemma, cached: protocols repeat their words."""
    marked = f"<{lemma}>"
    return tuple(f"c:{marked[i:i + n]}" for n in CHAR_NGRAMS for i in range(len(marked) - n + 1))


def readable(feature: str) -> str:
    """``w:übergabe`` -> ``übergabe``; ``q:4.2`` -> ``question 4.2``; ``h:gespräch`` -> ``…gespräch``;
    ``c:<kont`` -> ``kont…``."""
    kind, _, value = feature.partition(":")
    if kind == "c":
        return ("" if value.startswith("<") else "…") + value.strip("<>") + ("" if value.endswith(">") else "…")
    return {"q": f"question {value}", "Q": f"chapter {value}", "h": f"…{value}", "m": f"{value}…"}.get(kind, value)
