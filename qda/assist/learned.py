"""The learned suggester: a regularised linear model (TF-IDF over segment features, one
logistic regression per code, scikit-learn), trained on one coder's decisions.

Linear because a few hundred coded segments are all a coder has to teach with, and a
well-regularised linear model is what holds on unseen text at that size; its weights also explain
a suggestion exactly (the strongest contributing features present in the segment). Features are
those of :mod:`qda.assist.features`: content lemmas, lemma pairs, character n-grams of the
lemmas (so compounds share their parts), and the guide question. A code is trained only on the
segments where it is known (coded, or passed by the coder), so unread text teaches nothing.

Stored without pickle: vocabulary, idf and weights as a compressed ``.npz`` (arrays only).
"""

from __future__ import annotations

import io
import zlib
from typing import Sequence

import numpy
from scipy import sparse
from spacy.tokens import Doc

from qda.assist.defaults import REGULARISATION
from qda.assist.features import readable, segment_features

MIN_DOCUMENT_FREQUENCY = 2  # a feature seen in one training segment only says nothing about others
TOP_FEATURES = 3


class Classifier:
    """Per-code logistic regressions over a shared TF-IDF vocabulary."""

    def __init__(self, vocabulary: Sequence[str], idf: numpy.ndarray, weights: numpy.ndarray,
                 intercepts: numpy.ndarray, labels: Sequence[str]):
        self.vocabulary = list(vocabulary)
        self.index = {feature: i for i, feature in enumerate(self.vocabulary)}
        self.idf = numpy.asarray(idf, dtype="float64")
        self.weights = numpy.asarray(weights, dtype="float64")  # (features, labels)
        self.intercepts = numpy.asarray(intercepts, dtype="float64")
        self.labels = list(labels)

    def matrix(self, docs: Sequence[Doc]) -> sparse.csr_matrix:
        return tfidf_matrix([segment_features(doc) for doc in docs], self.index, self.idf)

    def logits(self, docs: Sequence[Doc]) -> numpy.ndarray:
        if not docs:
            return numpy.zeros((0, len(self.labels)))
        return numpy.asarray(self.matrix(docs) @ self.weights) + self.intercepts

    def scores(self, docs: Sequence[Doc]) -> numpy.ndarray:
        """Probabilities, one row per doc, one column per label."""
        return 1.0 / (1.0 + numpy.exp(-self.logits(docs)))

    def strongest(self, doc: Doc, label: str, count: int = TOP_FEATURES) -> list[str]:
        """The features of ``doc`` that raise ``label`` most: value times weight, ties by name."""
        row = self.matrix([doc])
        column = self.weights[:, self.labels.index(label)]
        contributions = [(float(value * column[j]), self.vocabulary[j]) for j, value in zip(row.indices, row.data)]
        contributions.sort(key=lambda pair: (-pair[0], pair[1]))
        found: list[str] = []
        for contribution, feature in contributions:
            if contribution <= 0 or len(found) == count:
                break
            if readable(feature) not in found:
                found.append(readable(feature))
        return found

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        numpy.savez(buffer, vocabulary=numpy.asarray(self.vocabulary, dtype=str), idf=self.idf,
                    weights=self.weights.astype("float32"), intercepts=self.intercepts,
                    labels=numpy.asarray(self.labels, dtype=str))
        return zlib.compress(buffer.getvalue(), 6)

    @classmethod
    def from_bytes(cls, blob: bytes, labels: Sequence[str] | None = None) -> "Classifier":
        arrays = numpy.load(io.BytesIO(zlib.decompress(blob)), allow_pickle=False)
        return cls(arrays["vocabulary"].tolist(), arrays["idf"], arrays["weights"], arrays["intercepts"],
                   arrays["labels"].tolist())


def tfidf_matrix(features: Sequence[Sequence[str]], index: dict[str, int], idf: numpy.ndarray) -> sparse.csr_matrix:
    """Binary presence times idf, rows scaled to unit length (features are distinct per segment)."""
    rows, columns = [], []
    for row, names in enumerate(features):
        for name in names:
            column = index.get(name)
            if column is not None:
                rows.append(row)
                columns.append(column)
    matrix = sparse.csr_matrix((idf[columns], (rows, columns)), shape=(len(features), len(index)))
    norms = numpy.sqrt(numpy.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def train_classifier(docs: Sequence[Doc], cats: Sequence[dict[str, float]], labels: Sequence[str],
                     seed: int, regularisation: float = REGULARISATION) -> Classifier:
    """Fit one regression per label on the docs where ``cats`` knows it (a label left out of a
    doc's dict is unknown there and not a negative)."""
    from sklearn.linear_model import LogisticRegression

    features = [segment_features(doc) for doc in docs]
    vocabulary, idf = _vocabulary(features)
    index = {feature: i for i, feature in enumerate(vocabulary)}
    X = tfidf_matrix(features, index, idf)
    weights = numpy.zeros((len(vocabulary), len(labels)))
    intercepts = numpy.zeros(len(labels))
    for j, label in enumerate(labels):
        known = numpy.asarray([label in cat for cat in cats], dtype=bool)
        y = numpy.asarray([cat.get(label, 0.0) for cat in cats])[known].astype(int)
        if y.min(initial=1) == y.max(initial=0):  # one class only: its log-odds, no weights
            intercepts[j] = _logit((y.sum() + 0.5) / (len(y) + 1.0))
            continue
        regression = LogisticRegression(C=regularisation, class_weight="balanced", solver="liblinear", dual=True,
                                        random_state=seed, max_iter=1000)  # dual: more features than segments
        regression.fit(X[known], y)
        weights[:, j] = regression.coef_[0]
        intercepts[j] = regression.intercept_[0]
    return Classifier(vocabulary, idf, weights, intercepts, labels)


def _vocabulary(features: Sequence[Sequence[str]]) -> tuple[list[str], numpy.ndarray]:
    """Features in at least :data:`MIN_DOCUMENT_FREQUENCY` segments (all, if that leaves none),
    sorted so the model is the same whatever the hash seed; smoothed idf as in scikit-learn."""
    frequency: dict[str, int] = {}
    for names in features:
        for name in names:
            frequency[name] = frequency.get(name, 0) + 1
    frequent = sorted(name for name, count in frequency.items() if count >= MIN_DOCUMENT_FREQUENCY)
    vocabulary = frequent or sorted(frequency)
    counts = numpy.asarray([frequency[name] for name in vocabulary], dtype="float64")
    return vocabulary, numpy.log((1 + len(features)) / (1 + counts)) + 1.0


def _logit(p: float) -> float:
    return float(numpy.log(p / (1 - p)))
