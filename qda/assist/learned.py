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
from typing import TYPE_CHECKING, Sequence

import numpy

from qda.assist.defaults import REGULARISATION
from qda.assist.features import lemma_features, pair_feature, question_features, readable, segment_features
from qda.assist.tokens import Lexicon, Parsed, Tokens

if TYPE_CHECKING:  # scipy loads in 0.2 s; scoring without a trained classifier never needs it
    from scipy import sparse

MIN_DOCUMENT_FREQUENCY = 2  # a feature seen in one training segment only says nothing about others
TOP_FEATURES = 3
PAIR_LIMIT = 1_000_000  # lemma pairs remembered, so memory stays flat
CANDIDATES = TOP_FEATURES + 2  # largest contributions sorted by weight and name; all only when names repeat
SHORTLIST = 128  # a label's strongest features, where a segment's largest contributions are looked for first
WHOLE_ROWS = 1 << 18  # contributions computed at once where a segment's whole row is read


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
        self._columns: FeatureColumns | None = None
        self._label_index = {label: k for k, label in enumerate(self.labels)}
        self._names: list[str] = []  # readable feature names, see _name_ids
        self._name_id: dict[str, int] = {}
        self._name_of = numpy.zeros(0, dtype="int64")
        self._label_weights = numpy.ascontiguousarray(self.weights.T)  # one row per label
        self._rank: numpy.ndarray | None = None  # see _name_rank
        self._short: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray] | None = None  # see _shortlist

    def prepare(self) -> None:
        """Load scipy's sparse matrices and make the tables the strongest features are read
        from, once, before scoring forks worker processes (each would do it again)."""
        from scipy import sparse  # noqa: F401  (imported for the workers, which share it)

        self._shortlist()
        self._name_rank()

    def matrix(self, docs: Sequence[Parsed]) -> sparse.csr_matrix:
        """TF-IDF rows of parsed segments (training and evaluation)."""
        return tfidf_matrix([segment_features(doc) for doc in docs], self.index, self.idf)

    def batch_matrix(self, tokens: Tokens, questions: Sequence[str | None]) -> sparse.csr_matrix:
        """:meth:`matrix` of a batch read from its arrays of word forms: the same rows, with
        the features of each word form and lemma pair looked up once (see :class:`FeatureColumns`)."""
        from scipy import sparse

        if self._columns is None or self._columns.lexicon is not tokens.lexicon or \
                self._columns.generation != tokens.lexicon.generation:
            self._columns = FeatureColumns(self.index, tokens.lexicon)
        rows, columns = _row_major(*self._columns.of(tokens, questions), len(tokens), len(self.vocabulary))
        indptr = numpy.concatenate([[0], numpy.cumsum(numpy.bincount(rows, minlength=len(tokens)))])
        matrix = sparse.csr_matrix((self.idf[columns], columns, indptr), shape=(len(tokens), len(self.vocabulary)))
        return _unit_rows(matrix)

    def logits(self, matrix: sparse.csr_matrix) -> numpy.ndarray:
        if not matrix.shape[0]:
            return numpy.zeros((0, len(self.labels)))
        return numpy.asarray(matrix @ self.weights) + self.intercepts

    def scores(self, matrix: sparse.csr_matrix) -> numpy.ndarray:
        """Probabilities, one row per segment of ``matrix``, one column per label."""
        return 1.0 / (1.0 + numpy.exp(-self.logits(matrix)))

    def strongest_of(self, matrix: sparse.csr_matrix, rows: list[int], labels: list[str],
                     count: int = TOP_FEATURES) -> list[list[str]]:
        """The features of each (row of ``matrix``, label) pair that raise the label most: value
        times weight, ties by name; only the largest can be shown (those and their ties first,
        all of them when their names repeat).

        A row's values are its features' IDF over one norm, so its largest contributions to a
        label are among the label's features of largest IDF times weight: each pair looks only at
        the label's :data:`SHORTLIST` strongest, and is certain when its fifth largest contribution
        there beats any the other features can reach (bounded by the next strength and the row's
        largest value / IDF, with room for rounding). The pairs that are not certain, whose names
        repeat, or whose rows are too sparse to hold enough of the short list (real prose against
        a large vocabulary) are read from their whole rows (:meth:`_whole_rows`)."""
        pair_rows = numpy.asarray(rows, dtype="int64")
        ks = numpy.asarray([self._label_index[label] for label in labels], dtype="int64")
        names: list[list[str]] = [[] for _ in rows]
        dense = numpy.diff(matrix.indptr)[pair_rows] * SHORTLIST >= 2 * CANDIDATES * matrix.shape[1]
        listed = numpy.flatnonzero(dense)  # rows likely to hold enough of the short list
        settled = numpy.zeros(len(rows), bool)
        if len(listed):
            found, settled[listed] = self._from_shortlist(matrix, pair_rows[listed], ks[listed], count)
            for p, one in zip(listed.tolist(), found):
                names[p] = one
        again = numpy.flatnonzero(~settled)
        for p, one in zip(again.tolist(), self._whole_rows(matrix, pair_rows[again], ks[again], count)):
            names[p] = one
        return names

    def _from_shortlist(self, matrix: sparse.csr_matrix, rows: numpy.ndarray, ks: numpy.ndarray,
                        count: int) -> tuple[list[list[str]], numpy.ndarray]:
        """The strongest features of (row, label) pairs found in the labels' short lists, and
        which pairs are settled by them (certain, with ``count`` distinct names)."""
        short, beyond, place = self._shortlist()
        lengths = numpy.diff(matrix.indptr)
        listed = place[matrix.indices]  # the row's values of the shortlisted features, the rest 0
        values = numpy.zeros((matrix.shape[0], place.max() + 2))
        keep = listed >= 0
        values[numpy.repeat(numpy.arange(matrix.shape[0]), lengths)[keep], listed[keep]] = matrix.data[keep]
        contributions = values[rows[:, None], place[short[ks]]] * self._label_weights[ks[:, None], short[ks]]
        cut = short.shape[1] - CANDIDATES
        fifth = numpy.partition(contributions, cut, axis=1)[:, cut]
        ratios = matrix.data / self.idf[matrix.indices]
        highest = numpy.zeros(matrix.shape[0])
        filled = lengths > 0
        highest[filled] = numpy.maximum.reduceat(ratios, matrix.indptr[:-1][filled]) if len(ratios) else 0.0
        certain = ((lengths[rows] > CANDIDATES) & (fifth > 0)
                   & (fifth > beyond[ks] * highest[rows] * (1 + 1e-9)))
        kept = certain[:, None] & (contributions > 0) & (contributions >= fifth[:, None])
        names = self._ordered_names(contributions, short[ks], kept, count)
        return names, certain & (numpy.asarray([len(found) for found in names]) == count)

    def _whole_rows(self, matrix: sparse.csr_matrix, rows: numpy.ndarray, ks: numpy.ndarray,
                    count: int) -> list[list[str]]:
        """The strongest features of (row, label) pairs from all of each row's features: the
        :data:`CANDIDATES` largest contributions and their ties, every positive one where those
        repeat names. Pairs go in chunks of similar row length, padded to a rectangle."""
        lengths = numpy.diff(matrix.indptr)[rows]
        names: list[list[str]] = [[] for _ in range(len(rows))]
        chunks: list[list[int]] = [[]]
        for p in numpy.argsort(lengths, kind="stable").tolist():  # each chunk's last pair is its longest
            if chunks[-1] and (len(chunks[-1]) + 1) * int(lengths[p]) > WHOLE_ROWS:
                chunks.append([])
            chunks[-1].append(p)
        for chunk in filter(None, chunks):
            for p, found in zip(chunk, self._whole_chunk(matrix, rows[chunk], ks[chunk], count)):
                names[p] = found
        return names

    def _whole_chunk(self, matrix: sparse.csr_matrix, rows: numpy.ndarray, ks: numpy.ndarray,
                     count: int) -> list[list[str]]:
        lengths = numpy.diff(matrix.indptr)[rows]
        places = numpy.arange(max(int(lengths.max()), CANDIDATES))
        valid = places[None, :] < lengths[:, None]
        index = numpy.where(valid, matrix.indptr[rows][:, None] + places[None, :], 0)
        columns = numpy.where(valid, matrix.indices[index], 0)
        contributions = numpy.where(valid, matrix.data[index] * self._label_weights[ks[:, None], columns], -numpy.inf)
        cut = contributions.shape[1] - CANDIDATES  # the fifth largest (pads sort first); so near the top,
        fifth = numpy.partition(contributions, cut, axis=1)[:, cut]  # the many equal small ones stay cheap
        floor = numpy.where(lengths > CANDIDATES, fifth, 0.0)  # fewer features: every positive one
        positive = contributions > 0
        names = self._ordered_names(contributions, columns, positive & (contributions >= floor[:, None]), count)
        again = numpy.flatnonzero((numpy.asarray([len(found) for found in names]) < count) & (lengths > CANDIDATES))
        for p, found in zip(again.tolist(), self._ordered_names(contributions[again], columns[again], positive[again],
                                                                 count)):
            names[p] = found
        return names

    def _shortlist(self) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """Per label, its :data:`SHORTLIST` features of largest IDF times positive weight (padded
        with features of no weight), the largest such strength among the features left out (0
        when none), and each feature's place among all shortlisted ones (-1 for the others;
        padding points one past them, at a value that stays 0)."""
        if self._short is None:
            strength = numpy.where(self._label_weights > 0, self.idf * self._label_weights, 0.0)
            size = min(SHORTLIST, strength.shape[1])
            if strength.shape[1] > size:  # the size largest first (in no order), then the next
                order = numpy.argpartition(-strength, size, axis=1)
                beyond = numpy.take_along_axis(strength, order[:, size:size + 1], axis=1)[:, 0]
            else:
                order, beyond = numpy.argsort(-strength, axis=1), numpy.zeros(len(strength))
            short = order[:, :size]
            listed = numpy.take_along_axis(strength, short, axis=1) > 0
            union = numpy.unique(short[listed])
            place = numpy.full(strength.shape[1], -1, dtype="int64")
            place[union] = numpy.arange(len(union))
            padded = numpy.full((len(strength), SHORTLIST), -1, dtype="int64")
            padded[:, :size] = numpy.where(listed, short, -1)
            self._short = padded, beyond, numpy.append(place, len(union))  # place[-1]: the padding's
        return self._short

    def _ordered_names(self, contributions: numpy.ndarray, columns: numpy.ndarray, kept: numpy.ndarray,
                       count: int) -> list[list[str]]:
        """Per row, the readable names of the ``kept`` features (``columns`` per row), largest
        contribution first (ties by name): the first ``count`` distinct ones."""
        rows, places = numpy.nonzero(kept)
        features = columns[rows, places]
        order = numpy.lexsort((self._name_rank()[features], -contributions[rows, places], rows))  # ranks differ
        rows, names = rows[order], self._name_ids(features[order])
        by = numpy.lexsort((numpy.arange(len(rows)), names, rows))  # a name's first place in its row
        first = numpy.ones(len(by), bool)
        first[1:] = (rows[by][1:] != rows[by][:-1]) | (names[by][1:] != names[by][:-1])
        distinct = numpy.zeros(len(rows), bool)
        distinct[by[first]] = True
        rows, names = rows[distinct], names[distinct]
        place = numpy.arange(len(rows)) - numpy.searchsorted(rows, rows)
        rows, names = rows[place < count], names[place < count]
        bounds = numpy.searchsorted(rows, numpy.arange(len(contributions) + 1)).tolist()
        flat = list(map(self._names.__getitem__, names.tolist()))
        return [flat[a:b] for a, b in zip(bounds[:-1], bounds[1:])]

    def _name_ids(self, features: numpy.ndarray) -> numpy.ndarray:
        """The readable name of each feature as a number (one per distinct name), made as
        features are first read."""
        if len(self._name_of) < len(self.vocabulary):
            self._name_of = numpy.full(len(self.vocabulary), -1, dtype="int64")
        unknown = numpy.unique(features[self._name_of[features] < 0])
        for column in unknown.tolist():
            name = readable(self.vocabulary[column])
            if name not in self._name_id:
                self._name_id[name] = len(self._names)
                self._names.append(name)
            self._name_of[column] = self._name_id[name]
        return self._name_of[features]

    def _name_rank(self) -> numpy.ndarray:
        """Each feature's place in name order (the stored vocabulary is sorted already)."""
        if self._rank is None:
            names = self.vocabulary
            ordered = all(a < b for a, b in zip(names, names[1:]))
            self._rank = numpy.arange(len(names)) if ordered else \
                numpy.argsort(numpy.asarray(sorted(range(len(names)), key=names.__getitem__)))
        return self._rank

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
    from scipy import sparse

    rows, columns = [], []
    for row, names in enumerate(features):
        for name in names:
            column = index.get(name)
            if column is not None:
                rows.append(row)
                columns.append(column)
    return _unit_rows(sparse.csr_matrix((idf[columns], (rows, columns)), shape=(len(features), len(index))))


def _row_major(rows: numpy.ndarray, columns: numpy.ndarray, height: int,
               width: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The distinct (row, column) pairs, sorted by row, then column (a CSR matrix's canonical
    order): by two stable sorts of 16-bit keys (radix sorts) where rows and columns fit in them."""
    if height < 1 << 16 and width < 1 << 16:
        order = numpy.argsort(columns.astype("uint16"), kind="stable")
        order = order[numpy.argsort(rows[order].astype("uint16"), kind="stable")]
        rows, columns = rows[order], columns[order]
    else:
        keys = distinct(rows * width + columns)
        rows, columns = numpy.divmod(keys, width)
    new = numpy.ones(len(rows), bool)
    new[1:] = (rows[1:] != rows[:-1]) | (columns[1:] != columns[:-1])
    return rows[new], columns[new]


def _unit_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    from scipy import sparse

    norms = numpy.sqrt(numpy.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def distinct(values: numpy.ndarray) -> numpy.ndarray:
    """The sorted distinct values (``numpy.unique`` hashes integers, which is many times slower)."""
    ordered = numpy.sort(values)
    return ordered[numpy.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered


class FeatureColumns:
    """The vocabulary columns of a batch's features, looked up per word form, per lemma pair and
    per question of one :class:`~qda.assist.tokens.Lexicon` (cached until it starts over)."""

    PAIR_SHIFT = 32  # a lemma pair's key: first lemma id << 32 | second

    def __init__(self, index: dict[str, int], lexicon: Lexicon):
        self.index, self.lexicon, self.generation = index, lexicon, lexicon.generation
        self.form_offsets = numpy.zeros(1, dtype="int64")  # form f's columns: flat[offsets[f]:offsets[f + 1]]
        self.flat = numpy.zeros(0, dtype="int64")
        self.pairs: dict[int, int] = {}  # lemma pair key -> column, -1 when not in the vocabulary
        self.questions: dict[str | None, list[int]] = {}

    def of(self, tokens: Tokens, questions: Sequence[str | None]) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(row, column) of every feature present in each segment, duplicates included."""
        self._extend()
        positions = numpy.flatnonzero(self.lexicon.array("content")[tokens.forms])
        forms, segments = tokens.forms[positions], tokens.segment_of(positions)
        parts = [self._word_columns(forms, segments), self._pair_columns(forms, segments)]
        question_rows = [(i, column) for i, question in enumerate(questions) for column in self._question(question)]
        parts.append(tuple(numpy.asarray(values, dtype="int64").reshape(-1) for values in zip(*question_rows))
                     if question_rows else (numpy.zeros(0, dtype="int64"),) * 2)
        return numpy.concatenate([p[0] for p in parts]), numpy.concatenate([p[1] for p in parts])

    def _extend(self) -> None:
        """Columns of the word forms added to the lexicon since the last batch."""
        known = len(self.form_offsets) - 1
        lexicon = self.lexicon
        if known == len(lexicon.texts):
            return
        new = [[column for column in map(self.index.get, lemma_features(lexicon.lemmas[form])) if column is not None]
               if lexicon.content[form] else [] for form in range(known, len(lexicon.texts))]
        lengths = numpy.fromiter(map(len, new), dtype="int64", count=len(new))
        self.form_offsets = numpy.concatenate([self.form_offsets, self.form_offsets[-1] + numpy.cumsum(lengths)])
        self.flat = numpy.concatenate([self.flat, numpy.fromiter((c for cs in new for c in cs), dtype="int64")])

    def _word_columns(self, forms: numpy.ndarray, segments: numpy.ndarray):
        width = len(self.form_offsets)
        keys = distinct(segments * width + forms)  # each word form once per segment
        segments, forms = numpy.divmod(keys, width)
        starts, ends = self.form_offsets[forms], self.form_offsets[forms + 1]
        lengths = ends - starts
        within = numpy.arange(lengths.sum()) - numpy.repeat(numpy.cumsum(lengths) - lengths, lengths)
        return numpy.repeat(segments, lengths), self.flat[numpy.repeat(starts, lengths) + within]

    def _pair_columns(self, forms: numpy.ndarray, segments: numpy.ndarray):
        same = segments[1:] == segments[:-1]
        lemma_of = self.lexicon.array("lemma_of")
        keys = (lemma_of[forms[:-1]][same] << self.PAIR_SHIFT) | lemma_of[forms[1:]][same]
        distinct, inverse = numpy.unique(keys, return_inverse=True)
        if len(self.pairs) > PAIR_LIMIT:
            self.pairs.clear()
        columns = numpy.asarray([self._pair(key) for key in distinct.tolist()], dtype="int64")[inverse.ravel()]
        present = columns >= 0
        return segments[1:][same][present], columns[present]

    def _pair(self, key: int) -> int:
        column = self.pairs.get(key)
        if column is None:
            lemmas = self.lexicon.lemma_names()
            first, second = lemmas[key >> self.PAIR_SHIFT], lemmas[key & ((1 << self.PAIR_SHIFT) - 1)]
            column = self.pairs[key] = self.index.get(pair_feature(first, second), -1)
        return column

    def _question(self, question: str | None) -> list[int]:
        if question not in self.questions:
            self.questions[question] = [self.index[f] for f in question_features(question) if f in self.index]
        return self.questions[question]


def train_classifier(docs: Sequence[Parsed], cats: Sequence[dict[str, float]], labels: Sequence[str],
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
