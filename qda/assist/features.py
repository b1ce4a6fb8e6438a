"""What the learned suggester sees of a segment: content lemmas, lemma pairs, compound heads and
modifiers, and the guide question it stands under.

Plain strings, so the same list explains a suggestion ("strongest features") that the model was
trained on; hashed with spaCy's stable MurmurHash for the sparse linear layer.
"""

from __future__ import annotations

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc

from qda.assist.rules import question_parts, token_view

QUESTION_KEY = "qda_question"
FEATURES = "qda_features"
COMPOUND_MIN = 10  # lemmas this long are usually compounds: their head and modifier count too
AFFIX = 6


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
    for part in question_parts(doc.user_data.get(QUESTION_KEY)):
        features[f"q:{part}"] = None
        features[f"Q:{part.split('.')[0]}"] = None
    return list(features)


def feature_keys(features: list[str]) -> numpy.ndarray:
    return numpy.asarray([hash_string(feature) for feature in features], dtype="uint64")


def readable(feature: str) -> str:
    """``w:übergabe`` -> ``übergabe``; ``q:4.2`` -> ``question 4.2``; ``h:gespräch`` -> ``…gespräch``."""
    kind, _, value = feature.partition(":")
    return {"q": f"question {value}", "Q": f"chapter {value}", "h": f"…{value}", "m": f"{value}…"}.get(kind, value)
