"""Cross-validated quality of the suggesters, on folds that cannot leak (:mod:`qda.assist.folds`).

Each fold trains exactly what ``qda assist train`` would on the other segments and scores the
held-out ones at the thresholds chosen in training, so the figures are what a coder would see.
The plain baseline (:mod:`qda.assist.baseline`) runs on the same folds. Reported per suggester:
precision, recall and F1 per code and macro-averaged at the threshold; top-1 (the best-ranked
code is one the coder gave) and recall@3 (share of the coder's codes among the three best-ranked),
both over the ranking whatever the threshold; right_suggested (a right code is among the
suggestions at the threshold); suggestions per segment at the threshold; and the
machine as a coder, Cohen's κ of its codes at the threshold against each human coder per code.
The learning curve repeats the folds with only the first 25, 50, … coded segments to train on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Sequence

import numpy

from qda.assist.combine import Counts, cohen_kappa, per_code
from qda.assist.data import LabeledSegment
from qda.assist.defaults import REGULARISATION
from qda.assist.folds import grouped_folds
from qda.assist.frame import is_frame
from qda.assist.model import KINDS, AssistModel, fit_model, untrained_model
from qda.assist.rules import RuleSet
from qda.assist.tokens import Parsed
from qda.errors import QdaError

ALL_KINDS = KINDS + ("baseline",)
SHIPPED = "combined"
CURVE_SIZES = (25, 50, 100, 200, 400)
TOP = 3


@dataclass
class Predictions:
    """Pooled scores and thresholds of one suggester over the tested segments."""

    scores: list[numpy.ndarray] = field(default_factory=list)
    cuts: list[numpy.ndarray] = field(default_factory=list)

    def add(self, scores: numpy.ndarray, cuts: numpy.ndarray) -> None:
        self.scores.append(scores)
        self.cuts.append(numpy.broadcast_to(cuts, scores.shape))

    def decided(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        scores = numpy.concatenate(self.scores)
        return scores, scores >= numpy.concatenate(self.cuts)


@dataclass
class Evaluation:
    """Figures per suggester over all folds; ``kappa`` is per suggester, human coder and code."""

    folds: int
    segments: int
    codes: list[str]
    counts: dict[str, dict[str, Counts]] = field(default_factory=dict)
    ranking: dict[str, dict[str, float]] = field(default_factory=dict)
    kappa: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    curve: list[dict] = field(default_factory=list)

    def macro(self, kind: str) -> dict[str, float]:
        rows = list(self.counts[kind].values())
        return {metric: round(float(numpy.mean([getattr(r, metric) for r in rows])), 4) if rows else 0.0
                for metric in ("precision", "recall", "f1")}

    def mean_kappa(self, kind: str) -> dict[str, float]:
        return {coder: round(float(numpy.mean(list(by_code.values()))), 4) if by_code else 0.0
                for coder, by_code in self.kappa.get(kind, {}).items()}

    def summary(self) -> list[dict]:
        """One row per suggester: macro P/R/F1, ranking figures, mean κ against each coder."""
        return [{"suggester": kind, **{f"macro_{k}": v for k, v in self.macro(kind).items()}, **self.ranking[kind],
                 **{f"kappa_{coder}": value for coder, value in self.mean_kappa(kind).items()}}
                for kind in self.counts]

    def rows(self) -> list[dict]:
        """Per code and suggester, then the macro averages: what ``qda assist eval`` prints."""
        coders = sorted({coder for kind in self.kappa for coder in self.kappa[kind]})
        table = [
            {"code": code, "suggester": kind, "precision": round(c.precision, 4), "recall": round(c.recall, 4),
             "f1": round(c.f1, 4), "support": c.support,
             **{f"kappa_{coder}": self.kappa.get(kind, {}).get(coder, {}).get(code) for coder in coders}}
            for kind in self.counts for code, c in self.counts[kind].items()
        ]
        table.sort(key=lambda row: (row["code"], ALL_KINDS.index(row["suggester"])))
        for kind in self.counts:
            support = sum(c.support for c in self.counts[kind].values())
            table.append({"code": "(macro)", "suggester": kind, **self.macro(kind), "support": support,
                          **{f"kappa_{coder}": value for coder, value in self.mean_kappa(kind).items()}})
        return table


@dataclass
class Corpus:
    """What an evaluation runs on: labelled segments, their parsed docs, the rules, the codes, and
    every human coder's labels per segment and code (1/0, -1 where that coder has not seen it)."""

    items: Sequence[LabeledSegment]
    docs: Sequence[Parsed]
    rules: RuleSet
    codes: Sequence[str]
    humans: dict[str, numpy.ndarray]

    def truth(self, indices: Sequence[int]) -> numpy.ndarray:
        return numpy.asarray([[self.items[i].labels.get(c, -1) for c in self.codes] for i in indices]).reshape(
            len(indices), len(self.codes))


def cold(corpus: Corpus) -> Evaluation:
    """The rules alone with the shipped codebook and hand-set weights: what a new project gets."""
    tested = [i for i, item in enumerate(corpus.items) if item.complete]
    model = untrained_model()
    predictions = {"rules": Predictions()}
    _predict(corpus, model, tested, predictions, {"rules": "rules"})
    return _summarise(corpus, predictions, tested, folds=0)


def cross_validate(corpus: Corpus, folds: int = 5, seed: int = 0, regularisation: float = REGULARISATION,
                   curve_sizes: Sequence[int] = ()) -> Evaluation:
    """Train on all folds but one, score the held-out complete segments, pool; baseline alongside."""
    fold_tests = _folds(corpus, folds, seed)
    predictions = {kind: Predictions() for kind in ALL_KINDS}
    tested: list[int] = []
    for train, test in fold_tests:
        model = fit_model([corpus.items[i] for i in train], [corpus.docs[i] for i in train], corpus.rules,
                          corpus.codes, seed, regularisation)
        _predict(corpus, model, test, predictions, {kind: kind if kind in model.calibrators else "rules"
                                                    for kind in KINDS})
        _predict_baseline(corpus, train, test, predictions["baseline"], seed)
        tested += test
    evaluation = _summarise(corpus, predictions, tested, folds=len(fold_tests))
    evaluation.curve = learning_curve(corpus, fold_tests, seed, regularisation, curve_sizes)
    return evaluation


def learning_curve(corpus: Corpus, fold_tests, seed: int, regularisation: float, sizes: Sequence[int]) -> list[dict]:
    """Macro-F1 of the shipped suggester and the baseline trained on the first ``n`` complete
    segments of each fold's training side (in a seeded coding order), tested as usual."""
    curve = []
    for size in sizes:
        predictions = {SHIPPED: Predictions(), "baseline": Predictions()}
        tested: list[int] = []
        for train, test in fold_tests:
            complete = [i for i in train if corpus.items[i].complete]
            if len(complete) < size:
                break
            subset = sorted(random.Random(seed).sample(complete, size))
            model = fit_model([corpus.items[i] for i in subset], [corpus.docs[i] for i in subset], corpus.rules,
                              corpus.codes, seed, regularisation)
            _predict(corpus, model, test, predictions, {SHIPPED: SHIPPED if SHIPPED in model.calibrators else "rules"})
            _predict_baseline(corpus, subset, test, predictions["baseline"], seed)
            tested += test
        else:
            result = _summarise(corpus, predictions, tested, len(fold_tests))
            curve.append({"segments": size, **{f"macro_f1_{kind}": result.macro(kind)["f1"] for kind in predictions}})
    return curve


def _folds(corpus: Corpus, folds: int, seed: int) -> list[tuple[list[int], list[int]]]:
    if folds < 2:
        raise QdaError("--folds must be at least 2")
    complete = sum(1 for item in corpus.items if item.complete)
    tests = grouped_folds([item.text for item in corpus.items], folds, seed)
    if complete < 2 * folds or len(tests) < folds:
        raise QdaError(f"need at least {2 * folds} coded segments in {folds} separate passages for {folds} folds, "
                       f"found {complete}")
    result = []
    for test in tests:
        held = set(test.tolist())
        result.append(([i for i in range(len(corpus.items)) if i not in held],
                       [i for i in test.tolist() if corpus.items[i].complete]))
    return result


def _predict(corpus: Corpus, model: AssistModel, test: list[int], predictions: dict[str, Predictions],
             calibrators: dict[str, str]) -> None:
    docs = [corpus.docs[i] for i in test]
    hits = [corpus.rules.match(doc, corpus.items[i].question) for doc, i in zip(docs, test)]
    evidence = model.evidence(model.features(docs), hits, corpus.codes)
    frame = [is_frame(corpus.items[i].text) for i in test]
    for kind, chosen in calibrators.items():
        scores = model.scores(evidence, chosen)
        scores[frame] = 0.0
        predictions[kind].add(scores, model.cuts(corpus.codes, chosen))


def _predict_baseline(corpus: Corpus, train: list[int], test: list[int], predictions: Predictions, seed: int) -> None:
    from qda.assist.baseline import Baseline  # scikit-learn, loaded only when evaluating

    baseline = Baseline([corpus.items[i].text for i in train], corpus.truth(train), seed)
    predictions.add(baseline.scores([corpus.items[i].text for i in test]), numpy.asarray(baseline.threshold))


def _summarise(corpus: Corpus, predictions: dict[str, Predictions], tested: list[int], folds: int) -> Evaluation:
    truth = corpus.truth(tested)
    codes = numpy.asarray(corpus.codes)
    code_of = numpy.tile(codes, len(tested))
    evaluation = Evaluation(folds, len(tested), list(corpus.codes))
    for kind, pooled in predictions.items():
        scores, decided = pooled.decided()
        evaluation.counts[kind] = per_code(decided.ravel(), truth.ravel(), code_of)
        evaluation.ranking[kind] = ranking(scores, decided, truth)
        evaluation.kappa[kind] = {coder: _kappas(decided, labels[tested], codes)
                                  for coder, labels in sorted(corpus.humans.items())}
    return evaluation


def ranking(scores: numpy.ndarray, decided: numpy.ndarray, truth: numpy.ndarray) -> dict[str, float]:
    """top-1, recall@3 and right_suggested (a right code among those at the threshold) over the
    segments with a code, and suggestions per segment."""
    coded = truth.sum(axis=1) > 0
    order = numpy.argsort(-scores, axis=1, kind="stable")
    top1 = truth[numpy.arange(len(truth)), order[:, 0]] == 1 if len(truth) else numpy.zeros(0, bool)
    in_top = numpy.take_along_axis(truth, order[:, :TOP], axis=1).clip(0).sum(axis=1)
    positives = truth.clip(0).sum(axis=1)
    return {"top1": round(float(top1[coded].mean()), 4) if coded.any() else 0.0,
            "recall_at_3": round(float(in_top[coded].sum() / positives[coded].sum()), 4) if coded.any() else 0.0,
            "right_suggested": round(float(((decided & (truth == 1)).any(axis=1))[coded].mean()), 4)
            if coded.any() else 0.0,
            "per_segment": round(float(decided.sum(axis=1).mean()), 3) if len(decided) else 0.0}


def _kappas(decided: numpy.ndarray, labels: numpy.ndarray, codes: numpy.ndarray) -> dict[str, float]:
    """κ per code over the segments the coder has seen, for codes the coder gave at least once."""
    result = {}
    for j, code in enumerate(codes.tolist()):
        seen = labels[:, j] >= 0
        if labels[seen, j].sum() > 0:
            result[code] = round(cohen_kappa(decided[seen, j], labels[seen, j] == 1), 4)
    return result
