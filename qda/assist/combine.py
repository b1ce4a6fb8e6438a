"""Calibration and combination: small logistic regressions over suggester evidence.

Each suggester's raw evidence (keyword count, question anchor, the classifier's log-odds, how
common the code is) becomes a probability that the coder would assign the code, fitted on
out-of-fold predictions so the scores mean what they say. The combined suggester is the same
regression over the evidence of both.

Each code gets its own threshold where the out-of-fold data hold at least
:data:`OWN_THRESHOLD_POSITIVES` of its positives (the global one otherwise), and its reliability:
Cohen's κ of the out-of-fold decisions at that threshold against the coder. A code below
:data:`KAPPA_FLOOR` (0.4, the lower bound of "moderate" agreement after Landis & Koch) is one the
model cannot yet predict: its suggestions are marked "unsicher".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy

from qda.assist.rules import BatchHits, RuleHit

# Evidence columns; each suggester uses a subset.
COLUMNS = ("learned_logit", "terms", "question_own", "question_sibling", "code_prior")
SUGGESTER_COLUMNS = {
    "rules": ("terms", "question_own", "question_sibling", "code_prior"),
    "learned": ("learned_logit", "code_prior"),
    "combined": COLUMNS,
}
# Used until a coder's decisions exist: one keyword ~0.3; two ~0.7, or ~0.6 when one of them is among
# the commonest words (two such words stay below 0.5); a keyword under its question ~0.6.
DEFAULT_RULE_WEIGHTS = {"bias": -2.2, "terms": 1.5, "question_own": 1.2, "question_sibling": 0.4}
TIE_BREAK = 0.1
L2 = 1.0
OWN_THRESHOLD_POSITIVES = 5
KAPPA_FLOOR = 0.4
GRID = numpy.round(numpy.arange(0.10, 0.91, 0.05), 2)


def evidence_matrix(
    hits: BatchHits | Sequence[Mapping[str, RuleHit]], learned: numpy.ndarray | None, codes: Sequence[str],
    priors: numpy.ndarray,
) -> numpy.ndarray:
    """Evidence of shape (segments, codes, :data:`COLUMNS`); with no classifier (``learned`` is
    None) its column holds the code's prior, i.e. no information.

    The ``terms`` evidence of a hit is the distinct keywords found (one per word family), each
    weighted by its specificity (one of the commonest words such as "Rolle" counts 0.7, a domain
    term such as "Kontaktdichte" fully), plus a little for repeated hits, so that of two codes
    with equal keywords the one named more often ranks first."""
    evidence = numpy.zeros((len(hits), len(codes), len(COLUMNS)))
    prior_logits = _logit(priors)
    evidence[:, :, 4] = prior_logits
    evidence[:, :, 0] = prior_logits if learned is None else _logit(learned)
    column = {code: i for i, code in enumerate(codes)}
    cells = hits.cells(column) if isinstance(hits, BatchHits) else _cells(hits, column)
    if cells is not None:  # filled at once: one numpy operation per hit costs more than the hit
        rows, columns, keys, repeats, questions = cells
        evidence[rows, columns, 1] = keys + TIE_BREAK * numpy.log1p(repeats)
        evidence[rows, columns, 2] = questions == 2
        evidence[rows, columns, 3] = questions == 1
    return evidence


def _cells(hits: Sequence[Mapping[str, RuleHit]], column: dict[str, int]) -> tuple[numpy.ndarray, ...] | None:
    """:meth:`BatchHits.cells` of hits held per segment as :class:`RuleHit` objects."""
    cells = [(row, column[code], sum(hit.keys.values()), len(hit.spans) - len(hit.keys), hit.question)
             for row, segment_hits in enumerate(hits) for code, hit in segment_hits.items() if code in column]
    return tuple(numpy.asarray(values) for values in zip(*cells)) if cells else None


def _logit(p):
    p = numpy.clip(p, 1e-4, 1 - 1e-4)
    return numpy.log(p / (1 - p))


@dataclass
class Calibrator:
    """``sigmoid(bias + sum(weight * evidence))`` over some evidence columns, with its threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    thresholds: dict[str, float] = field(default_factory=dict)  # per code, where the data chose one
    kappa: dict[str, float] = field(default_factory=dict)  # out-of-fold reliability per code

    def predict(self, evidence: numpy.ndarray) -> numpy.ndarray:
        z = numpy.full(evidence.shape[:-1], self.bias)
        for name, weight in self.weights.items():
            z += weight * evidence[..., COLUMNS.index(name)]
        return 1.0 / (1.0 + numpy.exp(-z))

    def cuts(self, codes: Sequence[str] | numpy.ndarray) -> numpy.ndarray:
        """The threshold of each code in ``codes``."""
        return numpy.asarray([self.thresholds.get(code, self.threshold) for code in codes])

    def reliable(self, code: str) -> bool:
        """False for a code whose out-of-fold κ is below the floor; True where none is known yet."""
        return self.kappa.get(code, 1.0) >= KAPPA_FLOOR

    def as_dict(self) -> dict:
        return {"weights": self.weights, "bias": self.bias, "threshold": self.threshold,
                "thresholds": self.thresholds, "kappa": self.kappa}

    @classmethod
    def from_dict(cls, data: dict) -> "Calibrator":
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]),
                   dict(data.get("thresholds", {})), dict(data.get("kappa", {})))


def default_rules() -> Calibrator:
    weights = {k: v for k, v in DEFAULT_RULE_WEIGHTS.items() if k != "bias"}
    return Calibrator(weights, DEFAULT_RULE_WEIGHTS["bias"])


def fit(evidence: numpy.ndarray, truth: numpy.ndarray, codes: numpy.ndarray, suggester: str) -> Calibrator:
    """Fit the calibrator of ``suggester`` by Newton's method, then pick its macro-F1 threshold."""
    names = SUGGESTER_COLUMNS[suggester]
    X = numpy.column_stack([numpy.ones(len(evidence))] + [evidence[:, COLUMNS.index(n)] for n in names])
    beta = _newton(X, truth.astype(float))
    calibrator = Calibrator(dict(zip(names, map(float, beta[1:]))), float(beta[0]))
    scores = calibrator.predict(evidence)
    calibrator.threshold = best_threshold(scores, truth, codes)
    for code in sorted(set(codes.tolist())):
        mask = codes == code
        if truth[mask].sum() >= OWN_THRESHOLD_POSITIVES:
            calibrator.thresholds[code] = best_threshold(scores[mask], truth[mask], codes[mask], calibrator.threshold)
        cut = calibrator.thresholds.get(code, calibrator.threshold)
        calibrator.kappa[code] = round(cohen_kappa(scores[mask] >= cut, truth[mask]), 4)
    return calibrator


def _newton(X: numpy.ndarray, y: numpy.ndarray, iterations: int = 25) -> numpy.ndarray:
    beta = numpy.zeros(X.shape[1])
    penalty = L2 * numpy.eye(X.shape[1])
    penalty[0, 0] = 0.0  # the intercept is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + numpy.exp(-(X @ beta)))
        gradient = X.T @ (p - y) + penalty @ beta
        hessian = (X * (p * (1 - p))[:, None]).T @ X + penalty
        step = numpy.linalg.solve(hessian, gradient)
        beta -= step
        if numpy.abs(step).max() < 1e-6:
            break
    return beta


def best_threshold(scores: numpy.ndarray, truth: numpy.ndarray, codes: numpy.ndarray, near: float = 0.5) -> float:
    """The cut (0.10 … 0.90) with the best macro-F1 over the codes present in ``truth``; of equal
    ones, the one nearest ``near``."""
    return float(max(GRID, key=lambda cut: (macro_f1(scores >= cut, truth, codes), -abs(cut - near))))


def cohen_kappa(predicted: numpy.ndarray, truth: numpy.ndarray) -> float:
    """Cohen's κ of two binary raters; 0 when one class fills both (nothing to agree on)."""
    a, b = numpy.asarray(predicted, dtype=bool), numpy.asarray(truth, dtype=bool)
    if not len(a):
        return 0.0
    observed = float((a == b).mean())
    chance = float(a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean()))
    return (observed - chance) / (1 - chance) if chance < 1 else 0.0


def macro_f1(predicted: numpy.ndarray, truth: numpy.ndarray, codes: numpy.ndarray) -> float:
    return float(numpy.mean([row.f1 for row in per_code(predicted, truth, codes).values()] or [0.0]))


@dataclass
class Counts:
    """True positives, false positives and false negatives of one code."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    support: int = field(default=0)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def per_code(predicted: numpy.ndarray, truth: numpy.ndarray, codes: numpy.ndarray) -> dict[str, Counts]:
    """Counts per code for the codes that occur in ``truth`` (macro-F1 averages over these)."""
    result: dict[str, Counts] = {}
    for code in sorted(set(codes[truth.astype(bool)].tolist())):
        mask = codes == code
        p, t = predicted[mask].astype(bool), truth[mask].astype(bool)
        result[code] = Counts(int((p & t).sum()), int((p & ~t).sum()), int((~p & t).sum()), int(t.sum()))
    return result
