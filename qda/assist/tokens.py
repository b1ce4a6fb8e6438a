"""Segments as arrays of word-form ids: what the suggesters read of a text, at tokenizer speed.

A German protocol corpus repeats its vocabulary, so what the suggesters need of a token (its
text, lower-cased lemma and whether it is a content word) is worked out once per word form and
kept in a :class:`Lexicon`; a batch of segments becomes one array of form ids
(:class:`Tokens`), and everything per token after the tokenizer is an integer lookup. With the
default blank German base the lemma is a table lookup of the token's text, and each
whitespace-separated chunk of text is tokenized once per process: a segment costs a split on
spaces and a dict lookup per chunk. A trained pipeline (``--model``) lemmatises in context and
runs in full.
"""

from __future__ import annotations

from functools import cached_property
from itertools import accumulate, count, islice, repeat
from operator import add
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import numpy

from qda.assist.german import spans
from qda.assist.nlp import Base, BlankGerman

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FORM_LIMIT = 200_000  # word forms remembered per process, so memory stays flat
_ONES = repeat(1)
TokenTuple = tuple[str, str, int, bool]  # text, lower-cased lemma, offset, is a content word
_GENERATIONS = count(1)  # unique over all lexicons of the process


def lookup_table(nlp: Language):
    """The lemma table (``get(text, default)``) when the spaCy pipeline ``nlp`` is the tokenizer
    plus a lookup lemmatizer, so that a token's lemma depends on its text alone; else None."""
    names = nlp.pipe_names
    component: Any = nlp.get_pipe(names[0]) if len(names) == 1 else None
    if names == ["lemmatizer"] and getattr(component, "mode", None) == "lookup":
        return component.lookups.get_table("lemma_lookup", {})
    return None


def is_content(text: str, is_alpha: bool, is_stop: bool) -> bool:
    return is_alpha and not is_stop and len(text) > 1


class Lexicon:
    """The word forms seen so far, numbered; forgotten all at once past :data:`FORM_LIMIT`
    (``generation`` then changes, so the caches that hang off form ids know to start over)."""

    def __init__(self, nlp: Base):
        self.nlp: Any = nlp  # a spaCy pipeline unless ``german``
        self.german = nlp if isinstance(nlp, BlankGerman) else None
        self.table: Any = None if isinstance(nlp, BlankGerman) else lookup_table(nlp)
        self.clear()

    def clear(self) -> None:
        self.generation = next(_GENERATIONS)
        # text (blank German), spaCy orth id (lookup pipeline) or (text, lemma, content) -> form id
        self.ids: dict = {}
        self.chunks = _Chunks()  # blank German: see _learn
        self.texts: list[str] = []
        self.lemmas: list[str] = []
        self.content: list[bool] = []
        self.lemma_ids: dict[str, int] = {}
        self.lemma_of: list[int] = []  # form id -> lemma id
        self._arrays: dict[str, numpy.ndarray] = {}
        self._lemma_names: list[str] = []

    def array(self, name: str) -> numpy.ndarray:
        """``content`` or ``lemma_of`` as a numpy array, extended by the forms added since."""
        values = getattr(self, name)
        known = self._arrays.get(name, numpy.zeros(0, dtype="int64"))
        if len(known) < len(values):
            known = self._arrays[name] = numpy.concatenate([known, numpy.asarray(values[len(known):], dtype="int64")])
        return known

    def lemma_names(self) -> list[str]:
        """Lemma id -> lemma."""
        if len(self._lemma_names) < len(self.lemma_ids):
            self._lemma_names = list(self.lemma_ids)
        return self._lemma_names

    def parse(self, texts: Sequence[str]) -> "Tokens":
        if len(self.ids) > FORM_LIMIT or len(self.chunks.id) > FORM_LIMIT:
            self.clear()
        if self.german is not None:
            return self._parse_chunks(texts)
        if self.table is None:
            return self._parse_in_context(texts)
        from spacy.attrs import IDX, ORTH

        tokenizer: Any = self.nlp.tokenizer
        arrays = [doc.to_array([ORTH, IDX]).reshape(-1, 2) for doc in tokenizer.pipe(texts)]
        both = numpy.concatenate(arrays) if arrays else numpy.zeros((0, 2), dtype="uint64")
        orths, inverse = numpy.unique(both[:, 0], return_inverse=True)
        ids = self.ids
        forms = numpy.asarray([ids[orth] if orth in ids else self._add_orth(orth) for orth in orths.tolist()],
                              dtype="int64")
        return Tokens(self, forms[inverse.ravel()], both[:, 1].astype("int64"), _bounds(map(len, arrays)))

    def _parse_chunks(self, texts: Sequence[str]) -> "Tokens":
        """The texts chunk by chunk as spaCy's tokenizer splits them (text of words between
        single spaces, the usual kind: by a split), each chunk's tokens looked up by its id."""
        chunks: list[str] = []
        offsets: list[int] = []
        counts = []
        for text in texts:
            before = len(chunks)
            pieces = text.split()
            if pieces and " ".join(pieces) == text:  # words between single spaces
                chunks.extend(pieces)
                offsets.extend(islice(accumulate(map(add, map(len, pieces), _ONES), initial=0), len(pieces)))
            else:
                for chunk, at in spans(text):
                    chunks.append(chunk)
                    offsets.append(at)
            counts.append(len(chunks) - before)
        ids = list(map(self.chunks.id.get, chunks))
        if None in ids:
            self._learn(chunks)
            ids = list(map(self.chunks.id.__getitem__, chunks))
        return self.chunks.tokens(self, numpy.asarray(ids, "int64"), numpy.asarray(offsets, "int64"), counts)

    def _learn(self, chunks: Sequence[str]) -> None:
        """Tokenize the chunks not seen yet. The lemmas of new forms are looked up together (one
        query for a batch's new words, not one per word)."""
        german = self.german
        assert german is not None
        known = self.chunks.id
        tokens = {chunk: german.tokenizer.chunk(chunk) for chunk in dict.fromkeys(chunks) if chunk not in known}
        new = list(dict.fromkeys(text for pieces in tokens.values() for text, _ in pieces if text not in self.ids))
        lemmas = german.lemmas_of(new)
        for text in new:
            self.ids[text] = self._add(text, lemmas[text], is_content(text, text.isalpha(), german.is_stop(text)))
        self.chunks.add({chunk: [(self.ids[text], offset) for text, offset in pieces]
                         for chunk, pieces in tokens.items()})

    def _add_orth(self, orth: int) -> int:
        lexeme = self.nlp.vocab[orth]
        text = lexeme.orth_
        lemma = (self.table.get(text, text) or text).lower()
        form = self._add(text, lemma, is_content(text, lexeme.is_alpha, lexeme.is_stop))
        self.ids[orth] = form
        return form

    def _parse_in_context(self, texts: Sequence[str]) -> "Tokens":
        forms, starts, lengths = [], [], []
        for doc in self.nlp.pipe(texts, batch_size=128):
            lengths.append(len(doc))
            for text, lemma, start, content in doc_tokens(doc):
                key = (text, lemma, content)
                form = self.ids.get(key)
                if form is None:
                    form = self.ids[key] = self._add(text, lemma, content)
                forms.append(form)
                starts.append(start)
        return Tokens(self, numpy.asarray(forms, dtype="int64"), numpy.asarray(starts, dtype="int64"),
                      _bounds(lengths))

    def _add(self, text: str, lemma: str, content: bool) -> int:
        self.texts.append(text)
        self.lemmas.append(lemma)
        self.content.append(content)
        self.lemma_of.append(self.lemma_ids.setdefault(lemma, len(self.lemma_ids)))
        return len(self.texts) - 1


class _Chunks:
    """The whitespace-separated chunks of text a lexicon has tokenized, numbered: chunk ``c``'s
    tokens are ``forms[first[c]:first[c] + count[c]]`` at ``offsets`` from the chunk's start."""

    def __init__(self) -> None:
        self.id: dict[str, int] = {}
        self.first, self.count, self.forms, self.offsets = (numpy.zeros(0, "int64") for _ in range(4))

    def add(self, tokenized: dict[str, list[tuple[int, int]]]) -> None:
        """New chunks, each with its tokens' (form id, offset) pairs."""
        for chunk in tokenized:
            self.id[chunk] = len(self.id)
        count = numpy.asarray([len(pairs) for pairs in tokenized.values()], "int64")
        pairs = numpy.asarray([pair for pairs in tokenized.values() for pair in pairs], "int64").reshape(-1, 2)
        self.first = numpy.concatenate([self.first, len(self.forms) + numpy.cumsum(count) - count])
        self.count = numpy.concatenate([self.count, count])
        self.forms = numpy.concatenate([self.forms, pairs[:, 0]])
        self.offsets = numpy.concatenate([self.offsets, pairs[:, 1]])

    def tokens(self, lexicon: "Lexicon", ids: numpy.ndarray, at: numpy.ndarray, counts: list[int]) -> "Tokens":
        """The tokens of chunks ``ids`` found at offsets ``at``, ``counts`` chunks per text."""
        per_chunk = self.count[ids]
        within = numpy.arange(int(per_chunk.sum())) - numpy.repeat(numpy.cumsum(per_chunk) - per_chunk, per_chunk)
        index = numpy.repeat(self.first[ids], per_chunk) + within
        ends = numpy.concatenate([[0], numpy.cumsum(per_chunk)])
        bounds = ends[numpy.concatenate([[0], numpy.cumsum(numpy.asarray(counts, "int64"))])]
        return Tokens(lexicon, self.forms[index], numpy.repeat(at, per_chunk) + self.offsets[index],
                      bounds.astype("int64"))


def doc_tokens(doc: Doc) -> Iterator[TokenTuple]:
    """(text, lower-cased lemma, offset, is a content word) of each token of a spaCy doc."""
    for token in doc:
        yield (token.text, (token.lemma_ or token.text).lower(), token.idx,
               is_content(token.text, token.is_alpha, token.is_stop))


def _bounds(lengths) -> numpy.ndarray:
    return numpy.concatenate([[0], numpy.cumsum(numpy.fromiter(lengths, dtype="int64"))]).astype("int64")


class Tokens:
    """A batch of segments: ``forms[bounds[i]:bounds[i + 1]]`` are segment ``i``'s form ids,
    ``starts`` their character offsets in the segment."""

    def __init__(self, lexicon: Lexicon, forms: numpy.ndarray, starts: numpy.ndarray, bounds: numpy.ndarray):
        self.lexicon, self.forms, self.starts, self.bounds = lexicon, forms, starts, bounds

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def segment(self, i: int) -> "SegmentTokens":
        return SegmentTokens(self, int(self.bounds[i]), int(self.bounds[i + 1]))

    def segment_of(self, positions: numpy.ndarray) -> numpy.ndarray:
        """The segment each token position belongs to."""
        return numpy.searchsorted(self.bounds, positions, side="right") - 1


class SegmentTokens(Sequence[TokenTuple]):
    """One segment's tokens as (text, lemma, offset, content) tuples, made only when read (the
    rules read a segment's tokens only where a phrase may start)."""

    def __init__(self, tokens: Tokens, start: int, end: int):
        self.tokens, self.lexicon, self.start, self.end = tokens, tokens.lexicon, start, end

    @cached_property
    def forms(self) -> list[int]:
        return self.tokens.forms[self.start:self.end].tolist()

    @cached_property
    def starts(self) -> list[int]:
        return self.tokens.starts[self.start:self.end].tolist()

    def __len__(self) -> int:
        return self.end - self.start

    def lemmas(self, start: int, end: int) -> list[str]:
        """The lemmas of tokens ``start`` to ``end`` (exclusive)."""
        lemmas = self.lexicon.lemmas
        return [lemmas[form] for form in self.forms[start:end]]

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        form = self.forms[i]
        return self.lexicon.texts[form], self.lexicon.lemmas[form], self.starts[i], self.lexicon.content[form]


class Parsed:
    """A segment parsed for matching, training and evaluation: its text, tokens and
    ``user_data`` (the guide question, cached features)."""

    __slots__ = ("text", "tokens", "user_data")

    def __init__(self, text: str, tokens: list[TokenTuple]):
        self.text, self.tokens = text, tokens
        self.user_data: dict[str, Any] = {}

