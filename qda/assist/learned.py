"""The learned suggester: spaCy's ``textcat_multilabel`` over the segment features of
:mod:`qda.assist.features`, trained on one coder's decisions.

A sparse linear model (the same kind as spaCy's bag-of-words text classifier) because it trains
in seconds on a few thousand segments, runs at tokenizer speed, and its weights explain a
suggestion exactly. Stored as spaCy bytes (msgpack, no pickle), zlib-compressed.
"""

from __future__ import annotations

import random
import zlib
from typing import Iterable, Sequence

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain

from qda.assist.defaults import EPOCHS
from qda.assist.features import feature_keys, readable, segment_features

PIPE = "textcat_multilabel"
KEYS = "qda_feature_keys"
WEIGHTS = "qda_feature_weights"
HASH_LENGTH = 2 ** 16
BATCH = 64
LEARN_RATE = 0.01


@registry.layers("qda.segment_features.v1")
def segment_feature_layer() -> Model:
    """Docs -> (keys, values, lengths), the input of thinc's SparseLinear."""
    return Model("qda_segment_features", _features_forward)


def _features_forward(model: Model, docs: list[Doc], is_train: bool):
    keys = [_cached_keys(doc) for doc in docs]
    lengths = numpy.asarray([len(k) for k in keys], dtype="int32")
    flat = numpy.concatenate(keys) if keys else numpy.zeros((0,), dtype="uint64")
    values = numpy.ones((len(flat),), dtype="float32")
    return (flat, values, lengths), lambda d_output: []


def _cached_keys(doc: Doc) -> numpy.ndarray:
    """Feature keys, computed once per doc: training passes over the same docs many times."""
    keys = doc.user_data.get(KEYS)
    if keys is None:
        keys = doc.user_data[KEYS] = feature_keys(segment_features(doc))
    return keys


@registry.architectures("qda.SegmentBOW.v1")
def segment_bow(nO: int | None = None, length: int = HASH_LENGTH) -> Model:
    model = chain(segment_feature_layer(), SparseLinear_v2(nO, length), Logistic())
    model.attrs["multi_label"] = True
    return model


def new_classifier(labels: Sequence[str]) -> Language:
    nlp = spacy.blank("de")
    textcat = nlp.add_pipe(PIPE, config={"model": {"@architectures": "qda.SegmentBOW.v1", "length": HASH_LENGTH}})
    for label in labels:
        textcat.add_label(label)
    return nlp


def train_classifier(
    docs: Sequence[Doc], cats: Sequence[dict[str, float]], labels: Sequence[str], seed: int, epochs: int = EPOCHS,
) -> Language:
    """Fit a classifier; ``cats`` maps a label to 1/0 per doc, a label left out is unknown there."""
    fix_random_seed(seed)
    nlp = new_classifier(labels)
    examples = [Example.from_dict(doc, {"cats": cat}) for doc, cat in zip(docs, cats)]
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = LEARN_RATE
    textcat = nlp.get_pipe(PIPE)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(examples)
        for batch in minibatch(examples, BATCH):
            textcat.update(batch, sgd=optimizer, drop=0.0)  # not nlp.update: it copies every doc
    return nlp


class Classifier:
    """A trained classifier ready to score docs made by the base pipeline."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.textcat = nlp.get_pipe(PIPE)
        self.labels = list(self.textcat.labels)
        self._sparse = self.textcat.model.layers[1]

    def scores(self, docs: list[Doc]) -> numpy.ndarray:
        """Probabilities, one row per doc, one column per label."""
        if not docs:
            return numpy.zeros((0, len(self.labels)), dtype="float32")
        return numpy.asarray(self.textcat.model.predict(docs))

    def strongest(self, doc: Doc, label: str, count: int = 3) -> list[str]:
        """The features of ``doc`` that raise ``label`` most: exact weights of the linear layer."""
        features, weights = self._feature_weights(doc)
        if not features:
            return []
        column = weights[:, self.labels.index(label)]
        top = numpy.argsort(-column)[:count]
        return [readable(features[i]) for i in top if column[i] > 0]

    def _feature_weights(self, doc: Doc) -> tuple[list[str], numpy.ndarray]:
        """Each feature's weight for every label, once per doc (a segment has several suggestions)."""
        cached = doc.user_data.get(WEIGHTS)
        if cached is None:
            features = segment_features(doc)
            keys = _cached_keys(doc)
            singles = (keys, numpy.ones(len(keys), dtype="float32"), numpy.ones(len(keys), dtype="int32"))
            weights = self._sparse.predict(singles) - self._sparse.get_param("b") if features else None
            cached = doc.user_data[WEIGHTS] = (features, weights)
        return cached

    def to_bytes(self) -> bytes:
        return zlib.compress(self.nlp.to_bytes(exclude=["vocab"]), 6)

    @classmethod
    def from_bytes(cls, blob: bytes, labels: Iterable[str]) -> "Classifier":
        nlp = new_classifier(list(labels))
        nlp.from_bytes(zlib.decompress(blob), exclude=["vocab"])
        return cls(nlp)
