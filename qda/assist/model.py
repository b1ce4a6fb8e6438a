"""A trained assist model: the classifier, the calibrators of the three suggesters, code priors.

Training (:func:`fit_model`) is the same for ``qda assist train`` and for each fold of
``qda assist eval``: out-of-fold classifier scores (grouped folds, :mod:`qda.assist.folds`)
calibrate the suggesters and pick each code's threshold and its reliability (out-of-fold κ); then
the classifier is refitted on everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Mapping, Sequence

import numpy

from qda.assist.combine import Calibrator, default_rules, evidence_matrix, fit, macro_f1
from qda.assist.data import LabeledSegment
from qda.assist.defaults import REGULARISATION
from qda.assist.features import QUESTION_KEY
from qda.assist.folds import grouped_folds
from qda.assist.learned import Classifier, train_classifier
from qda.assist.rules import BatchHits, RuleHit, RuleSet
from qda.assist.tokens import Parsed

if TYPE_CHECKING:  # scipy loads in 0.2 s; scoring without a trained classifier never needs it
    from scipy import sparse

UNSEEN_PRIOR = 0.05  # a code the model has never seen coded
INNER_FOLDS = 3
KINDS = ("rules", "learned", "combined")


@dataclass
class AssistModel:
    """Everything needed to score segments, except the base pipeline and the codebook rules."""

    priors: dict[str, float]
    calibrators: dict[str, Calibrator]
    classifier: Classifier | None = None
    version: int | None = None
    metrics: dict[str, float] = field(default_factory=dict)  # out-of-fold macro-F1 per suggester

    @property
    def primary(self) -> str:
        """The suggester whose score ``qda suggest`` shows: the combination once one is trained."""
        return "combined" if self.classifier else "rules"

    def name(self, kind: str) -> str:
        return kind if kind == "rules" or self.version is None else f"{kind}@v{self.version}"

    def threshold(self, kind: str | None = None) -> float:
        return self.calibrators[kind or self.primary].threshold

    def cuts(self, codes: Sequence[str], kind: str | None = None) -> numpy.ndarray:
        """Each code's threshold (its own where out-of-fold data chose one)."""
        return self.calibrators[kind or self.primary].cuts(codes)

    def features(self, docs: Sequence[Parsed]) -> sparse.csr_matrix | None:
        """The classifier's TF-IDF rows of parsed segments (None without a classifier)."""
        return self.classifier.matrix(docs) if self.classifier else None

    def evidence(self, features: sparse.csr_matrix | None, hits: BatchHits | Sequence[Mapping[str, RuleHit]],
                 codes: Sequence[str]) -> numpy.ndarray:
        """Evidence of every suggester per segment and code, from the segments' rule hits and
        their TF-IDF rows (:meth:`features`, or the classifier's ``batch_matrix``)."""
        priors = numpy.asarray([self.priors.get(code, UNSEEN_PRIOR) for code in codes])
        learned = learned_scores(self.classifier, features, codes, priors) if self.classifier else None
        return evidence_matrix(hits, learned, codes, priors)

    def scores(self, evidence: numpy.ndarray, kind: str | None = None) -> numpy.ndarray:
        """Calibrated probabilities (segments × codes) of suggester ``kind`` (default: primary)."""
        return self.calibrators[kind or self.primary].predict(evidence)


def learned_scores(classifier: Classifier, features: sparse.csr_matrix, codes: Sequence[str], priors: numpy.ndarray):
    """Classifier probabilities in ``codes`` order; a code it was not trained on gets its prior."""
    scores = classifier.scores(features)
    column = {label: i for i, label in enumerate(classifier.labels)}
    learned = numpy.tile(priors, (features.shape[0], 1))
    for j, code in enumerate(codes):
        if code in column:
            learned[:, j] = scores[:, column[code]]
    return learned


def untrained_model() -> AssistModel:
    """Rules with hand-set weights: what a project gets before any coding exists."""
    return AssistModel(priors={}, calibrators={"rules": default_rules()})


def fit_model(
    items: Sequence[LabeledSegment], docs: Sequence[Parsed], rules: RuleSet, codes: Sequence[str],
    seed: int, regularisation: float = REGULARISATION,
) -> AssistModel:
    """Train on labelled segments (``docs`` are their parsed texts, questions set)."""
    priors = _priors(items, codes)
    hits = [rules.match(doc, doc.user_data.get(QUESTION_KEY)) for doc in docs]
    positives = {code for item in items for code, value in item.labels.items() if value}
    if not positives:
        return AssistModel(priors, {"rules": default_rules()})
    truth, known, code_of = _known(items, codes)
    folds = grouped_folds([item.text for item in items], INNER_FOLDS, seed)
    if not folds:
        model = AssistModel(priors, {})
        model.calibrators["rules"] = fit(model.evidence(None, hits, codes)[known], truth, code_of, "rules")
        return model
    learned = _out_of_fold(items, docs, codes, folds, seed, regularisation)
    evidence = evidence_matrix(hits, learned, codes, numpy.asarray([priors[c] for c in codes]))
    calibrators = {kind: fit(evidence[known], truth, code_of, kind) for kind in KINDS}
    metrics = {kind: round(macro_f1(cal.predict(evidence[known]) >= cal.cuts(code_of), truth, code_of), 4)
               for kind, cal in calibrators.items()}
    return AssistModel(priors, calibrators, _train(items, docs, seed, regularisation), metrics=metrics)


def _priors(items: Sequence[LabeledSegment], codes: Sequence[str]) -> dict[str, float]:
    """Smoothed share of the complete segments that carry each code."""
    complete = [item for item in items if item.complete] or list(items)
    return {code: (sum(item.labels.get(code, 0) for item in complete) + 0.5) / (len(complete) + 1) for code in codes}


def _train(items: Sequence[LabeledSegment], docs: Sequence[Parsed], seed: int, regularisation: float) -> Classifier:
    """A classifier for the codes with at least one positive here; the rest keep their prior."""
    labels = sorted({code for item in items for code, value in item.labels.items() if value})
    cats = [{code: float(value) for code, value in item.labels.items() if code in labels} for item in items]
    return train_classifier(docs, cats, labels, seed, regularisation)


def _known(items: Sequence[LabeledSegment], codes: Sequence[str]):
    """Truth values, a (segments × codes) mask of the known ones, and the code of each."""
    known = numpy.asarray([[code in item.labels for code in codes] for item in items], dtype=bool)
    truth = numpy.asarray([item.labels[code] for item in items for code in codes if code in item.labels])
    code_of = numpy.asarray([code for item in items for code in codes if code in item.labels])
    return truth, known, code_of


def _out_of_fold(items, docs, codes, folds, seed: int, regularisation: float) -> numpy.ndarray:
    """Classifier scores for each segment from a classifier that never saw it or a near-duplicate."""
    learned = numpy.zeros((len(items), len(codes)))
    priors = numpy.full(len(codes), UNSEEN_PRIOR)
    for test in folds:
        held = set(test.tolist())
        train = [i for i in range(len(items)) if i not in held]
        classifier = _train([items[i] for i in train], [docs[i] for i in train], seed, regularisation)
        learned[test] = learned_scores(classifier, classifier.matrix([docs[i] for i in test]), codes, priors)
    return learned
