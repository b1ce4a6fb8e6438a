"""Cross-validated quality of the suggesters against one coder, with documents as folds.

Each fold trains exactly what ``qda assist train`` would on the other documents and predicts the
held-out ones at the thresholds chosen in training, so the figures are what a coder would see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy
from spacy.tokens import Doc

from qda.assist.combine import Counts, per_code
from qda.assist.data import LabeledSegment, document_folds
from qda.assist.defaults import EPOCHS
from qda.assist.model import KINDS, fit_model
from qda.assist.rules import RuleSet
from qda.errors import QdaError


@dataclass
class Evaluation:
    """Pooled counts per suggester and code over all folds."""

    folds: int
    segments: int
    counts: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def macro(self, kind: str) -> dict[str, float]:
        rows = list(self.counts[kind].values())
        return {metric: round(float(numpy.mean([getattr(r, metric) for r in rows])), 4) if rows else 0.0
                for metric in ("precision", "recall", "f1")}

    def rows(self) -> list[dict]:
        """Per code and suggester, then the macro averages: what ``qda assist eval`` prints."""
        table = [
            {"code": code, "suggester": kind, "precision": round(c.precision, 4), "recall": round(c.recall, 4),
             "f1": round(c.f1, 4), "support": c.support}
            for kind in self.counts for code, c in self.counts[kind].items()
        ]
        table.sort(key=lambda row: (row["code"], KINDS.index(row["suggester"])))
        for kind in self.counts:
            support = sum(c.support for c in self.counts[kind].values())
            table.append({"code": "(macro)", "suggester": kind, **self.macro(kind), "support": support})
        return table


def cross_validate(
    items: Sequence[LabeledSegment], docs: Sequence[Doc], rules: RuleSet, codes: Sequence[str],
    folds: int = 5, seed: int = 0, epochs: int = EPOCHS,
) -> Evaluation:
    """Train on all folds but one, predict the held-out documents' complete segments, pool."""
    documents = sorted({item.document for item in items if item.complete})
    if len(documents) < max(folds, 2):
        raise QdaError(f"need at least {max(folds, 2)} coded documents for {folds} folds, found {len(documents)}")
    predicted: dict[str, list[numpy.ndarray]] = {kind: [] for kind in KINDS}
    truths, code_columns, tested = [], [], 0
    for fold in document_folds(documents, folds, seed):
        held = set(fold)
        train = [i for i, item in enumerate(items) if item.document not in held]
        test = [i for i, item in enumerate(items) if item.document in held and item.complete]
        model = fit_model([items[i] for i in train], [docs[i] for i in train], rules, codes, seed, epochs)
        test_docs = [docs[i] for i in test]
        hits = [rules.match(doc, items[i].question) for doc, i in zip(test_docs, test)]
        evidence = model.evidence(test_docs, hits, codes)
        for kind in KINDS:
            chosen = kind if kind in model.calibrators else "rules"
            predicted[kind].append((model.scores(evidence, chosen) >= model.threshold(chosen)).ravel())
        truths.append(numpy.asarray([[items[i].labels[c] for c in codes] for i in test]).ravel())
        code_columns.append(numpy.tile(numpy.asarray(codes), len(test)))
        tested += len(test)
    truth, code_of = numpy.concatenate(truths), numpy.concatenate(code_columns)
    evaluation = Evaluation(folds, tested)
    for kind in KINDS:
        evaluation.counts[kind] = per_code(numpy.concatenate(predicted[kind]), truth, code_of)
    return evaluation
