"""What the learned suggester sees of a segment: content lemmas, lemma pairs, compound heads and
modifiers, character n-grams of the lemmas, and the guide question it stands under.

Plain strings, so the same list explains a suggestion ("strongest features") that the model was
trained on. Character n-grams (4 and 5 letters, word edges marked) let ``Kontaktdichtevorgabe``
share evidence with ``Kontaktdichte`` and inflected forms with their lemma.
"""

from __future__ import annotations

from functools import lru_cache

from qda.assist.rules import question_parts
from qda.assist.tokens import Parsed

QUESTION_KEY = "qda_question"
FEATURES = "qda_features"
COMPOUND_MIN = 10  # lemmas this long are usually compounds: their head and modifier count too
AFFIX = 6
CHAR_NGRAMS = (4, 5)


def set_question(doc: Parsed, question: str | None) -> Parsed:
    doc.user_data[QUESTION_KEY] = question
    return doc


def segment_features(doc: Parsed) -> list[str]:
    """The distinct feature strings of one segment, in order of first appearance (cached on the doc)."""
    cached = doc.user_data.get(FEATURES)
    if cached is None:
        cached = doc.user_data[FEATURES] = _features(doc)
    return cached


def _features(doc: Parsed) -> list[str]:
    features: dict[str, None] = {}
    previous = None
    for _, lemma, _, content in doc.tokens:
        if not content:
            continue
        features.update(dict.fromkeys(lemma_features(lemma)))
        if previous:
            features[pair_feature(previous, lemma)] = None
        previous = lemma
    features.update(dict.fromkeys(question_features(doc.user_data.get(QUESTION_KEY))))
    return list(features)


def lemma_features(lemma: str) -> tuple[str, ...]:
    """What one content word adds wherever it stands: the lemma, a long lemma's modifier and head,
    its character n-grams."""
    affixes = (f"m:{lemma[:AFFIX]}", f"h:{lemma[-AFFIX:]}") if len(lemma) >= COMPOUND_MIN else ()
    return (f"w:{lemma}", *affixes, *char_ngrams(lemma))


def pair_feature(previous: str, lemma: str) -> str:
    """Two content lemmas in a row (other words between them do not count)."""
    return f"b:{previous} {lemma}"


def question_features(question: str | None) -> list[str]:
    """The guide question and its chapter (``q:2.2d``, ``Q:2``) per part of ``question``."""
    features: dict[str, None] = {}
    for part in question_parts(question):
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
