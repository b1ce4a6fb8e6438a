"""Scoring segments in batches: tokenizer and word-form tables, rules, classifier, calibration.

Big runs go to worker processes forked with the engine already built (:mod:`qda.parallel`), so
both cores work, nothing is pickled but segment texts and suggestions, and memory stays flat
however large the corpus.
"""

from __future__ import annotations

import gc
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Sequence

import numpy

from qda.assist.features import set_question
from qda.assist.frame import is_frame
from qda.assist.model import AssistModel
from qda.assist.nlp import Base
from qda.assist.rules import Evidence, RuleSet, evidence_sentence
from qda.assist.tokens import Lexicon, Parsed
from qda.parallel import forked_map

BATCH = 256


class Suggestion(NamedTuple):
    """One proposed code for a segment; never a coding until a coder accepts it. (A named tuple:
    a corpus makes a hundred thousand, and tuples cost less than objects.)"""

    code: str
    score: float
    suggester: str
    evidence: str


class SegmentText(NamedTuple):
    """A segment as scoring reads it (a named tuple: a corpus's worth are made and sent to the
    worker processes, and tuples cost less to make and to pickle than objects)."""

    id: int
    text: str
    question: str | None
    where: tuple = ()  # what the caller shows with the segment's suggestions (document, number, …)


class Scored(NamedTuple):
    """A segment's suggestions above the cut, and how unsure the suggesters are about it (0..1)."""

    segment_id: int
    suggestions: list[Suggestion]
    uncertainty: float


class Engine:
    """Base pipeline, codebook rules and a model, bound to the project's active codes.

    Scoring reads a batch as arrays of word-form ids (:mod:`qda.assist.tokens`): the rules pair
    the tokens that hold keywords with them as arrays (:class:`~qda.assist.rules.BatchHits`), the
    classifier's TF-IDF rows are built from the columns of each word form and lemma pair, and the
    evidence's terms and text are made only for the suggestions that pass the cut.
    """

    def __init__(self, nlp: Base, rules: RuleSet, model: AssistModel):
        self.nlp, self.rules, self.model = nlp, rules, model
        self.codes = rules.codes
        self.column = {code: j for j, code in enumerate(self.codes)}
        self.lexicon = Lexicon(nlp)
        if model.classifier is not None:
            model.classifier.prepare()
        calibrator = model.calibrators[model.primary]  # what every suggestion of a code says, once
        self.caveat = {code: None if calibrator.reliable(code) else f"unsicher (κ {calibrator.kappa[code]:.2f})"
                       for code in self.codes}
        rules_only = model.primary == "rules"
        self.suggester = ("rules", "rules") if rules_only else (model.name("learned"), model.name("combined"))

    def parse(self, segments: Sequence[SegmentText]) -> list[Parsed]:
        """The segments with their tokens and guide questions, for training and evaluation."""
        tokens = self.lexicon.parse([s.text for s in segments])
        return [set_question(Parsed(s.text, list(tokens.segment(i))), s.question) for i, s in enumerate(segments)]

    def score(self, segments: Sequence[SegmentText], min_score: float | None = None) -> list[Scored]:
        """Suggestions at or above ``min_score`` (default: each code's threshold), best first."""
        thresholds = self.model.cuts(self.codes)
        cut = thresholds if min_score is None else numpy.full(len(self.codes), min_score)
        tokens = self.lexicon.parse([s.text for s in segments])
        questions = [s.question for s in segments]
        hits = self.rules.match_batch(tokens, questions)
        classifier = self.model.classifier
        features = classifier.batch_matrix(tokens, questions) if classifier else None
        scores = self.model.scores(self.model.evidence(features, hits, self.codes))
        scores[[is_frame(segment.text) for segment in segments]] = 0.0  # frame text: no suggestions
        uncertainty = _uncertainty(scores, thresholds)
        passing = [self._passing(row, cut) for row in scores]
        strongest = self._strongest(features, passing)
        found = hits.evidence_of(passing)
        return [
            Scored(segment.id, self._suggestions(segment, codes, strong, evidence, row), float(unsure))
            for segment, codes, strong, evidence, row, unsure
            in zip(segments, passing, strongest, found, scores, uncertainty)
        ]

    def _passing(self, row: numpy.ndarray, cut: numpy.ndarray) -> list[str]:
        """The codes whose scores pass the cut, best first."""
        passing = numpy.flatnonzero(row >= cut)
        return [self.codes[j] for j in passing[numpy.argsort(-row[passing], kind="stable")]] if len(passing) else []

    def _suggestions(self, segment: SegmentText, codes: list[str], strongest: dict[str, list[str]],
                     found: list[Evidence | None], row: numpy.ndarray) -> list[Suggestion]:
        """The suggestion of each passing code: its score, and the suggester that found it (with
        rule evidence the combined one, else the classifier alone, unless rules are all there is)."""
        sentences: dict = {}  # the segment's sentence bounds and quoted sentences, each found once
        scores, column = row.tolist(), self.column
        return [Suggestion(code, round(scores[column[code]], 3), self.suggester[evidence is not None],
                           self._evidence(segment, code, evidence, strongest.get(code), sentences))
                for code, evidence in zip(codes, found)]

    def _strongest(self, features, passing: list[list[str]]) -> list[dict[str, list[str]]]:
        """Per segment, the classifier's strongest features for each passing code it knows."""
        found: list[dict[str, list[str]]] = [{} for _ in passing]
        classifier = self.model.classifier
        if classifier is None:
            return found
        known = set(classifier.labels)
        pairs = [(i, code) for i, codes in enumerate(passing) for code in codes if code in known]
        if pairs:
            rows, labels = zip(*pairs)
            for (i, code), names in zip(pairs, classifier.strongest_of(features, list(rows), list(labels))):
                found[i][code] = names
        return found

    def _evidence(self, segment: SegmentText, code: str, rules: Evidence | None, strongest: list[str] | None,
                  sentences: dict) -> str:
        caveat = self.caveat[code]
        parts = [] if caveat is None else [caveat]
        if rules and rules.span:  # keywords found (a question alone has no span)
            sentence = evidence_sentence(segment.text, rules.span, sentences)
            parts.append(f"terms: {', '.join(rules.terms)} in \"{sentence}\"")
        if rules and rules.question:
            parts.append(f"under question {segment.question}")
        if strongest:
            parts.append(f"features: {', '.join(strongest)}")
        return "; ".join(parts)


def _uncertainty(scores: numpy.ndarray, thresholds: numpy.ndarray) -> numpy.ndarray:
    """1 where some code's score sits on its threshold, 0 where every score is 0 or 1."""
    if scores.size == 0:
        return numpy.zeros(len(scores))
    distance = numpy.abs(scores - thresholds) / numpy.maximum(thresholds, 1 - thresholds)
    return 1.0 - distance.min(axis=1)


def run(engine: Engine, segments: Iterable[SegmentText], min_score: float | None, processes: int,
        present: Callable[[list[SegmentText], list[Scored]], Iterable[Any]] = lambda batch, scored: scored,
        ) -> Iterator[Any]:
    """Score a stream of segments in batches, in order, on ``processes`` cores; ``present`` turns
    a batch's results into what the caller wants (rows to print, say) in the process that scored
    it, so that only those cross back (by default the :class:`Scored` of each segment).

    The objects that exist when scoring starts (engine, caches, libraries) are frozen out of the
    garbage collector meanwhile: its full passes would walk them again and again while scoring
    makes its many small objects, and in forked workers they would copy every shared page.
    """
    gc.freeze()
    try:
        for results in forked_map(lambda batch: list(present(batch, engine.score(batch, min_score))),
                                  _batches(segments, BATCH), processes):
            yield from results
    finally:
        gc.unfreeze()


def _batches(items: Iterable[SegmentText], size: int) -> Iterator[list[SegmentText]]:
    batch: list[SegmentText] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
