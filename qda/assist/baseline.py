"""The plain baseline every suggester must beat: TF-IDF over word and character n-grams of the
raw text, one logistic regression per code (scikit-learn), one threshold tuned out-of-fold.

It sees the same segments, folds and known labels as the learned suggester, and nothing of the
codebook, the lemmas or the guide questions.
"""

from __future__ import annotations

from typing import Sequence

import numpy
from scipy import sparse

from qda.assist.combine import best_threshold
from qda.assist.folds import grouped_folds

INNER_FOLDS = 3
REGULARISATION = 10.0


class Baseline:
    """Fitted vectorizers and regressions; ``truth`` holds 1/0 per code, -1 where unknown."""

    def __init__(self, texts: Sequence[str], truth: numpy.ndarray, seed: int, tune: bool = True):
        self.words, self.chars, X = _vectorize(texts)
        self.regressions = [_regression(X, truth[:, j], seed) for j in range(truth.shape[1])]
        self.threshold = _inner_threshold(texts, truth, seed) if tune else 0.5

    def scores(self, texts: Sequence[str]) -> numpy.ndarray:
        X = sparse.hstack([self.words.transform(texts), self.chars.transform(texts)]).tocsr()
        return numpy.column_stack([_predict(regression, X) for regression in self.regressions]) \
            if self.regressions else numpy.zeros((len(texts), 0))


def _vectorize(texts: Sequence[str]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    words = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=1)
    chars = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(2, 5), min_df=2)
    X = sparse.hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
    return words, chars, X


def _regression(X, column: numpy.ndarray, seed: int):
    """A regression on the known rows, or the constant rate where only one class is known."""
    from sklearn.linear_model import LogisticRegression

    known = column >= 0
    y = column[known]
    if len(set(y.tolist())) < 2:
        return float(y.mean()) if len(y) else 0.0
    return LogisticRegression(C=REGULARISATION, solver="liblinear", dual=True, max_iter=1000,
                              random_state=seed).fit(X[known], y)  # dual: far more features than segments


def _predict(regression, X) -> numpy.ndarray:
    if isinstance(regression, float):
        return numpy.full(X.shape[0], regression)
    return regression.predict_proba(X)[:, 1]


def _inner_threshold(texts: Sequence[str], truth: numpy.ndarray, seed: int) -> float:
    """One cut for all codes, picked on out-of-fold scores inside the training data."""
    folds = grouped_folds(texts, INNER_FOLDS, seed)
    if not folds:
        return 0.5
    scores = numpy.zeros(truth.shape)
    for test in folds:
        train = numpy.setdiff1d(numpy.arange(len(texts)), test)
        model = Baseline([texts[i] for i in train], truth[train], seed, tune=False)
        scores[test] = model.scores([texts[i] for i in test])
    known = truth >= 0
    codes = numpy.tile(numpy.arange(truth.shape[1]), (len(texts), 1))
    return best_threshold(scores[known], truth[known], codes[known])
