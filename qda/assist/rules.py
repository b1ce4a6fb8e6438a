"""The rule suggester: codebook keywords matched on lemmas, compounds, abbreviations, exclusions
and the guide question a passage stands under.

A keyword matches a token (its lower-cased form or its lemma) as a whole word, inflected
(``Schnittstellen``), or as a part of a compound that a small splitter accepts
(:func:`compound_part`): as the first part before a word of its own, with or without a linking
element (``Kontaktdichtevorgabe``, ``Profillagenwechsel``, ``Übergabegespräch``), and, for long
keywords only, also as the head or a middle part (``Mindestkontaktdichte``). A short keyword is
never found at the end of a longer word: ``Ansprechpartner`` is not ``Partner``, ``Partnerschaft``
is not either (a derivational suffix is not a word). No PyPI splitter was usable offline on Python
3.11 with qda's dependencies (charsplit-fst needs 3.12, compound-split and german-nouns are
unmaintained, the latter pins lxml 4), and the codebook's keywords are the only parts that matter.
Abbreviations (``EGV``, ``4PM``, ``AG-S``) match case-sensitively as a whole token or a hyphen part
(``EGV-Fortschreibung``). A hit inside a match of one of the code's exclusion terms does not count
(``Übergabe`` inside ``Übergabe an den Träger``). Token lookups are cached per word form, which is
what makes a 600k-word corpus cheap: German protocols repeat their vocabulary.

How much a hit says depends on the keyword: keywords of one word family (``Überprüfung``,
``überprüfen``) count once, and each weighs by its specificity in general German
(:func:`specificity`), so that "Sicht" or "Rolle" weigh less than "Kontaktdichte" or "Profillage".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import chain
from typing import Iterable, Iterator, NamedTuple, Sequence

import numpy

from qda.assist.frame import sentence_gaps
from qda.assist.german import word_logprobs
from qda.assist.nlp import Base, term_lemmas
from qda.assist.tokens import Lexicon, Parsed, SegmentTokens, Tokens, TokenTuple

MIN_COMPOUND_PART = 4  # shorter keywords must match a whole token
LONG_KEYWORD = 10  # keywords this long are specific enough to count as a compound's head or middle
MIN_MODIFIER = 6  # shorter keywords are not looked for at a compound's start (Ziel in Zielberuf, Team in Teamleitung)
MIN_OTHER_PART = 4  # the rest of a compound must be a word, not a fragment
INFLECTIONS = ("", "e", "n", "en", "s", "es", "er", "ern", "em", "in", "innen", "nen")
DERIVATIONS = ("schaft", "schaften", "ung", "ungen", "heit", "heiten", "keit", "keiten", "lich", "liche", "lichen",
               "licher", "liches", "isch", "ische", "ischen", "chen", "lein", "tum", "ling", "linge", "bar", "los",
               "lose", "haft", "sam", "ig", "ige", "igen", "iger", "ation", "ationen", "ieren", "iert", "ität")
# Endings stripped from a keyword's lemma to find its word family, so that "Überprüfung" and
# "überprüfen", or "Schnittstelle" and "Schnittstellen", count as one keyword of a code.
FAMILY_ENDINGS = ("ungen", "ung", "en", "er", "es", "e", "n", "s")
_LONG_DERIVATIONS = tuple(suffix for suffix in DERIVATIONS if len(suffix) >= 3)
_CACHE_LIMIT = 200_000  # word forms remembered per process, so memory stays flat
SENTENCES = "qda_sentence_gaps"
# A keyword's weight is its specificity: how rare the word is in general German, after the word
# frequencies of spacy-lookups-data (log probabilities). A word among the 2,000 commonest, such as
# "Sicht", "Rolle" or "Ziel", weighs MIN_WEIGHT; one rarer than the 11,000 commonest, such as
# "Kontaktdichte" or "Eingliederungsvereinbarung" (or a domain compound the table does not know),
# weighs 1, and those between in proportion to their log probability; abbreviations and phrases
# are specific by construction.
COMMON_LOGPROB = -10.0
RARE_LOGPROB = -12.0
MIN_WEIGHT = 0.7


@dataclass(frozen=True)
class CodeTerms:
    """What the codebook says about finding one code in a text."""

    path: str
    keywords: Sequence[str] = ()
    exclude: Sequence[str] = ()
    questions: Sequence[str] = ()


@dataclass(frozen=True)
class _Entry:
    code: str
    term: str
    excluding: bool
    key: str = ""  # the term's word family (see FAMILY_ENDINGS): variants of one keyword count once
    weight: float = 1.0  # the term's specificity (see MIN_WEIGHT)


class RuleHit:
    """The rule evidence for one code in one segment (a plain class: a corpus makes a hundred
    thousand of them, and a dataclass's default factories triple what each costs)."""

    __slots__ = ("code", "terms", "spans", "question", "keys")

    def __init__(self, code: str, question: int = 0):
        self.code = code
        self.terms: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.question = question  # 2: under one of the code's questions, 1: a sibling sub-question
        self.keys: dict[str, float] = {}  # each distinct keyword (word family): its weight

    def __repr__(self) -> str:
        return f"RuleHit({self.code!r}, terms={self.terms}, spans={self.spans}, question={self.question})"


class Evidence(NamedTuple):
    """What a suggestion shows of a code's rule hit in a segment: the terms of its keywords (each
    once, in text order), the first keyword's span (None without keywords), the question level."""

    terms: list[str]
    span: tuple[int, int] | None
    question: int


_FormRules = tuple[tuple[_Entry, ...], tuple[str, ...], Sequence[tuple[tuple[str, ...], _Entry]], int]


def is_abbreviation(term: str) -> bool:
    """``EGV``, ``4PM``, ``AG-S``, ``ÄD``: matched exactly, never inside other words."""
    uppers = sum(ch.isupper() for ch in term)
    return " " not in term and (uppers >= 2 or any(ch.isdigit() for ch in term) or len(term) < MIN_COMPOUND_PART)


def question_parts(question: str | None) -> list[str]:
    """``1.3a/1.6`` -> ``['1.3a', '1.6']``."""
    return [part.strip() for part in (question or "").split("/") if part.strip()]


def _stem(question: str) -> str:
    return question.rstrip("abcdefghijklmnopqrstuvwxyz")


class RuleSet:
    """Compiled keyword tables for all codes; picklable, so worker processes can share it."""

    def __init__(self, codes: Iterable[CodeTerms], nlp: Base):
        self.codes = [code.path for code in codes]
        self.abbreviations: dict[str, list[_Entry]] = {}
        self.parts: dict[str, list[_Entry]] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], _Entry]]] = {}
        self.questions: dict[str, tuple[set[str], set[str]]] = {}
        for code in codes:
            for term, excluding in [(t, False) for t in code.keywords] + [(t, True) for t in code.exclude]:
                self._add(term, _Entry(code.path, term, excluding), nlp)
            exact = set(code.questions)
            self.questions[code.path] = (exact, {_stem(q) for q in exact})
        self.part_lengths = sorted({len(key) for key in self.parts})
        self.column = {code: j for j, code in enumerate(self.codes)}
        self._cache: dict[tuple[str, str], tuple[_Entry, ...]] = {}
        self._question_hits: dict[str | None, dict[str, RuleHit]] = {}
        self.entries = _EntryTable(chain(chain.from_iterable(self.parts.values()),
                                         chain.from_iterable(self.abbreviations.values()),
                                         (entry for phrases in self.phrases.values() for _, entry in phrases)),
                                   self.column)
        self._table_generation, self._table = 0, _FormTable()  # see _form_table
        self._rules_of_form: list[_FormRules] = []

    def _add(self, term: str, entry: _Entry, nlp: Base) -> None:
        term = term.strip()
        if not term:
            return
        if is_abbreviation(term):
            self.abbreviations.setdefault(term, []).append(replace(entry, key=term))
            return
        lemmas = term_lemmas(nlp, term)
        if len(lemmas) > 1:
            entry = replace(entry, key=" ".join(lemmas))
            self.phrases.setdefault(lemmas[0], []).append((lemmas, entry))
            return
        entry = replace(entry, key=word_family(lemmas[0]), weight=specificity(term, lemmas[0]))
        for form in dict.fromkeys((term.lower(), lemmas[0])):
            self.parts.setdefault(form, []).append(entry)

    def match(self, doc: Parsed, question: str | None = None) -> dict[str, RuleHit]:
        """Every code with keyword or question evidence in ``doc`` (one parsed segment)."""
        tokens = doc.tokens
        rules = [self._form_rules(text, lemma) for text, lemma, _, _ in tokens]
        hits = _collect(tokens, ((i, i, start) for i, (_, _, start, _) in enumerate(tokens)), rules)
        self._add_question(hits, question)
        return hits

    def match_batch(self, tokens: Tokens, questions: Sequence[str | None]) -> "BatchHits":
        """:meth:`match` of every segment of a batch at once: the keywords of every token whose
        word form has some are paired with it as arrays; only tokens whose form has exclusions or
        starts a phrase go through :meth:`match`'s per-token step."""
        table = self._form_table(tokens.lexicon)
        flagged = numpy.flatnonzero(table.flags[tokens.forms])
        forms, starts, segment = tokens.forms[flagged], tokens.starts[flagged], tokens.segment_of(flagged)
        counts = table.count[forms]
        token = numpy.repeat(numpy.arange(len(flagged)), counts)
        within = numpy.arange(len(token)) - numpy.repeat(numpy.cumsum(counts) - counts, counts)
        pairs = _Pairs(token, within, table.entries[numpy.repeat(table.first[forms], counts) + within],
                       starts[token], starts[token] + table.length[forms[token]])
        excluded: dict[int, dict[str, list[tuple[int, int]]]] = {}
        special = numpy.flatnonzero(table.special[forms])
        if len(special):  # those with exclusions, and phrase starts whose next token may go on with a phrase
            following = tokens.forms[numpy.minimum(flagged[special] + 1, len(tokens.forms) - 1)]
            special = special[table.excluding[forms[special]] |
                              self._phrase_goes_on(table, tokens.lexicon, forms[special], following)]
            pairs = self._special_tokens(tokens, flagged, special, pairs, excluded)
        groups = segment[pairs.token] * len(self.codes) + self.entries.column[pairs.entry]
        if any(excluded.values()):
            keep = _not_excluded(groups, pairs, excluded, self.column)
            groups, pairs = groups[keep], pairs.take(keep)
        return BatchHits(self, groups, pairs, [self._questions_of(question) for question in questions])

    def _special_tokens(self, tokens: Tokens, flagged: numpy.ndarray, special: numpy.ndarray, pairs: "_Pairs",
                        excluded: dict[int, dict[str, list[tuple[int, int]]]]) -> "_Pairs":
        """The pairs, with those of the tokens where a phrase starts found as :meth:`match`
        finds them; ``excluded`` gets the exclusion spans per segment and code."""
        views: dict[int, SegmentTokens] = {}
        changed: dict[int, list[tuple[_Entry, int, int]]] = {}
        for k, position, s in zip(special.tolist(), flagged[special].tolist(),
                                  tokens.segment_of(flagged[special]).tolist()):
            view = views.get(s) or views.setdefault(s, tokens.segment(s))
            i = position - view.start
            start, rules = view.starts[i], self._rules_of_form[view.forms[i]]
            matched = _exclusions_and_phrases(view, i, start, rules, excluded.setdefault(s, {}))
            if matched:
                changed[k] = _word_found(rules, start, matched, excluded[s])
        if not changed:
            return pairs
        extra = [(k, j, self.entries.id[entry], start, end)
                 for k, found in changed.items() for j, (entry, start, end) in enumerate(found)]
        kept = pairs.take(numpy.flatnonzero(~numpy.isin(pairs.token, list(changed))))
        merged = _Pairs(*(numpy.concatenate([column, numpy.asarray(values, "int64")])
                          for column, values in zip(kept, zip(*extra)))) if extra else kept
        return merged.take(numpy.lexsort((merged.within, merged.token)))

    def _phrase_goes_on(self, table: "_FormTable", lexicon: Lexicon, forms: numpy.ndarray,
                        following: numpy.ndarray) -> numpy.ndarray:
        """Per token of word form ``forms`` followed by one of ``following``: whether the second
        word of one of the phrases it starts is in the following token's lemma, which a phrase
        needs to match (cached per pair of forms)."""
        pairs, inverse = numpy.unique((forms << 32) | following, return_inverse=True)
        known = table.goes_on
        for pair in pairs.tolist():
            if pair not in known:
                lemma = lexicon.lemmas[pair & 0xFFFFFFFF]
                known[pair] = any(phrase[1] in lemma for phrase, _ in self._rules_of_form[pair >> 32][2])
        return numpy.asarray([known[pair] for pair in pairs.tolist()], bool)[inverse.ravel()]

    def _form_table(self, lexicon: Lexicon) -> "_FormTable":
        """The arrays of :class:`_FormTable` for ``lexicon``'s word forms, and their rules in
        ``_rules_of_form`` (both extended as forms come)."""
        if self._table_generation != lexicon.generation:
            self._table_generation, self._table, self._rules_of_form = lexicon.generation, _FormTable(), []
        known = len(self._rules_of_form)
        if known < len(lexicon.texts):
            new = [self._form_rules(text, lemma) for text, lemma in zip(lexicon.texts[known:], lexicon.lemmas[known:])]
            self._rules_of_form.extend(new)
            self._table.extend(new, self.entries.id)
        return self._table

    def _form_rules(self, text: str, lemma: str) -> _FormRules:
        """What can match at a token of this form: keywords, the codes of exclusions, the phrases
        it starts, its length."""
        entries = self._token_entries(text, lemma)
        return (tuple(entry for entry in entries if not entry.excluding),
                tuple(entry.code for entry in entries if entry.excluding), self.phrases.get(lemma, ()), len(text))

    def _add_question(self, hits: dict[str, RuleHit], question: str | None) -> None:
        for code, shared in self._questions_of(question).items():
            if code in hits:
                hits[code].question = shared.question
            else:
                hits[code] = shared  # read-only: one object per question and code, not per segment

    def _questions_of(self, question: str | None) -> dict[str, RuleHit]:
        """The codes whose questions ``question`` is under (or a sibling of), as shared hits."""
        if question not in self._question_hits:
            self._question_hits[question] = self._question_only(question_parts(question))
        return self._question_hits[question]

    def _question_only(self, parts: list[str]) -> dict[str, RuleHit]:
        hits = {}
        for code, (exact, stems) in self.questions.items():
            own = exact.intersection(parts) or exact.intersection(_stem(p) for p in parts)  # 2.2d under 2.2
            level = 2 if own else 1 if stems.intersection(_stem(p) for p in parts) else 0
            if level:
                hits[code] = RuleHit(code, question=level)
        return hits

    def _token_entries(self, text: str, lemma: str) -> tuple[_Entry, ...]:
        key = (text, lemma)
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            cached = self._cache[key] = _longest_per_code(self._abbreviation_entries(text) +
                                                          self._compound_entries(text, lemma))
        return cached

    def _abbreviation_entries(self, text: str) -> list[_Entry]:
        parts = re.split(r"[-/]", text)  # AG-S inside AG-S-Koordinator, EGV inside EGV-Abschluss
        pieces = dict.fromkeys("-".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1))
        pieces.update(dict.fromkeys(piece[:-1] for piece in list(pieces) if piece.endswith("s")))  # EGVs
        found = dict.fromkeys(entry for piece in pieces if piece in self.abbreviations
                              for entry in self.abbreviations[piece])
        return list(found)

    def _compound_entries(self, text: str, lemma: str) -> list[_Entry]:
        entries: dict[_Entry, None] = {}
        for form in dict.fromkeys((text.lower(), lemma)):
            for length in self.part_lengths:  # ascending; only where compound_part can accept a part
                if length > len(form):
                    break
                later = range(MIN_OTHER_PART - 1, len(form) - length + 1) if length >= LONG_KEYWORD else ()
                for start in chain((0,), later):
                    candidates = self.parts.get(form[start:start + length])
                    if candidates and compound_part(form, start, length):
                        entries.update(dict.fromkeys(candidates))
        return list(entries)


def _collect(tokens: Sequence[TokenTuple], flagged: Iterable[tuple[int, int, int]],
             rules: Sequence[_FormRules]) -> dict[str, RuleHit]:
    """The hits of the keywords and phrases at the ``flagged`` tokens (position, index into
    ``rules``, offset), in text order: per word and code the longest keyword it holds, none
    inside a match of one of the code's exclusions."""
    found: list[tuple[_Entry, int, int]] = []
    excluded: dict[str, list[tuple[int, int]]] = {}
    for i, form, start in flagged:
        _at_token(tokens, i, start, rules[form], found, excluded)
    return _hits(found, excluded)


def _at_token(tokens: Sequence[TokenTuple], i: int, start: int, rules: _FormRules,
              found: list[tuple[_Entry, int, int]], excluded: dict[str, list[tuple[int, int]]]) -> None:
    """What token ``i`` (at offset ``start``) adds: its keywords to ``found``, the spans of its
    exclusions to ``excluded``, and the phrases that start at it to either."""
    found.extend(_word_found(rules, start, _exclusions_and_phrases(tokens, i, start, rules, excluded), excluded))


def _word_found(rules: _FormRules, start: int, matched: list[tuple[_Entry, int]],
                excluded: dict[str, list[tuple[int, int]]]) -> list[tuple[_Entry, int, int]]:
    """A word's keywords at its span, with the phrases ``matched`` at it applied."""
    keywords, _, _, length = rules
    found = [(entry, start, start + length) for entry in keywords]
    for entry, end in matched:
        _add_phrase(found, excluded, entry, start, end)
    return found


def _exclusions_and_phrases(tokens: Sequence[TokenTuple], i: int, start: int, rules: _FormRules,
                            excluded: dict[str, list[tuple[int, int]]]) -> list[tuple[_Entry, int]]:
    """Token ``i``'s exclusion spans (into ``excluded``), and the phrases that start at it: their
    entries and where they end."""
    _, exclusions, phrases, length = rules
    for code in exclusions:
        excluded.setdefault(code, []).append((start, start + length))
    matched = []
    for phrase, entry in phrases:
        if _phrase_at(tokens, i, phrase):
            last_text, _, last_start, _ = tokens[i + len(phrase) - 1]
            matched.append((entry, last_start + len(last_text)))
    return matched


def _add_phrase(found: list[tuple[_Entry, int, int]], excluded: dict[str, list[tuple[int, int]]],
                entry: _Entry, start: int, end: int) -> None:
    """A phrase found at ``start``: an exclusion, or a keyword that replaces the code's shorter
    one at the same word (``found`` are the word's)."""
    if entry.excluding:
        excluded.setdefault(entry.code, []).append((start, end))
        return
    for j in range(len(found)):
        kept, _, kept_end = found[j]
        if kept.code == entry.code:
            if (end - start, len(entry.term)) > (kept_end - start, len(kept.term)):
                found[j] = (entry, start, end)
            return
    found.append((entry, start, end))


def _hits(found: list[tuple[_Entry, int, int]], excluded: dict[str, list[tuple[int, int]]]) -> dict[str, RuleHit]:
    hits: dict[str, RuleHit] = {}
    for entry, start, end in found:
        spans = excluded.get(entry.code) if excluded else None
        if spans and _inside(start, end, spans):
            continue
        hit = hits.get(entry.code)
        if hit is None:
            hit = hits[entry.code] = RuleHit(entry.code)
        _record(hit, entry, start, end)
    return hits


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _record(hit: RuleHit, entry: _Entry, start: int, end: int) -> None:
    """A keyword found: its term once, its word family at its highest weight, every span."""
    _note(hit, entry)
    hit.spans.append((start, end))


def _note(hit: RuleHit, entry: _Entry) -> None:
    if entry.term not in hit.terms:
        hit.terms.append(entry.term)
    weight = hit.keys.get(entry.key)
    if weight is None or entry.weight > weight:
        hit.keys[entry.key] = entry.weight


class _EntryTable:
    """Every keyword, exclusion and phrase entry of a rule set, numbered, with its code's column,
    its word family (numbered), its weight and its term (numbered) as arrays."""

    def __init__(self, entries: Iterable[_Entry], column: dict[str, int]):
        self.entries = list(dict.fromkeys(entries))
        self.id = {entry: j for j, entry in enumerate(self.entries)}
        families: dict[str, int] = {}
        self.column = numpy.asarray([column[entry.code] for entry in self.entries], "int64")
        self.family = numpy.asarray([families.setdefault(entry.key, len(families)) for entry in self.entries], "int64")
        self.weight = numpy.asarray([entry.weight for entry in self.entries], float)
        terms: dict[str, int] = {}
        self.term = numpy.asarray([terms.setdefault(entry.term, len(terms)) for entry in self.entries], "int64")
        self.term_names = list(terms)


class _FormTable:
    """Per word form of a lexicon, as arrays: whether a rule can start at it, its keyword entries
    (``entries[first:first + count]``, ids of the entry table), whether it has exclusions or
    starts phrases (``special``), whether it has exclusions, its length; and per pair of forms
    whether a phrase of the first can go on with the second (``goes_on``, filled as pairs come)."""

    def __init__(self) -> None:
        self.flags, self.special, self.excluding = (numpy.zeros(0, bool) for _ in range(3))
        self.first, self.count, self.length, self.entries = (numpy.zeros(0, "int64") for _ in range(4))
        self.goes_on: dict[int, bool] = {}

    def extend(self, rules: Sequence[_FormRules], entry_id: dict[_Entry, int]) -> None:
        keywords = [[entry_id[entry] for entry in entries] for entries, _, _, _ in rules]
        count = numpy.asarray([len(ids) for ids in keywords], "int64")
        special = numpy.asarray([bool(exclusions or phrases) for _, exclusions, phrases, _ in rules], bool)
        self.first = numpy.concatenate([self.first, len(self.entries) + numpy.cumsum(count) - count])
        self.count = numpy.concatenate([self.count, count])
        self.entries = numpy.concatenate([self.entries, numpy.asarray(list(chain.from_iterable(keywords)), "int64")])
        self.special = numpy.concatenate([self.special, special])
        self.excluding = numpy.concatenate([self.excluding, numpy.asarray([bool(rule[1]) for rule in rules], bool)])
        self.flags = numpy.concatenate([self.flags, special | (count > 0)])
        self.length = numpy.concatenate([self.length, numpy.asarray([rule[3] for rule in rules], "int64")])


class _Pairs(NamedTuple):
    """Keyword entries found at tokens of a batch, one per row: the token (its index among the
    batch's flagged tokens), the entry's place among the token's, the entry's id, its span."""

    token: numpy.ndarray
    within: numpy.ndarray
    entry: numpy.ndarray
    start: numpy.ndarray
    end: numpy.ndarray

    def take(self, index: numpy.ndarray) -> "_Pairs":
        return _Pairs(*(column[index] for column in self))


def _not_excluded(groups: numpy.ndarray, pairs: _Pairs, excluded: dict[int, dict[str, list[tuple[int, int]]]],
                  column: dict[str, int]) -> numpy.ndarray:
    """Which pairs (of group ``segment * codes + code``) lie inside no exclusion span of their
    segment and code."""
    spans = {segment * len(column) + column[code]: found
             for segment, by_code in excluded.items() for code, found in by_code.items()}
    keep = numpy.ones(len(groups), bool)
    if spans:
        for p in numpy.flatnonzero(numpy.isin(groups, list(spans))).tolist():
            keep[p] = not _inside(int(pairs.start[p]), int(pairs.end[p]), spans[int(groups[p])])
    return keep


class BatchHits:
    """The rule evidence of a batch of segments, what :meth:`RuleSet.match` gives each segment:
    kept as keyword pairs sorted by segment and code (text order within), from which the
    calibration reads its figures at once (:meth:`cells`) and the suggestions that pass their
    terms and first spans (:meth:`evidence_of`), with no :class:`RuleHit` made."""

    def __init__(self, rules: RuleSet, groups: numpy.ndarray, pairs: _Pairs, questions: list[dict[str, RuleHit]]):
        order = numpy.argsort(groups, kind="stable")
        self.rules, self.questions, self.pairs, groups = rules, questions, pairs.take(order), groups[order]
        change = numpy.flatnonzero(groups[1:] != groups[:-1]) + 1
        self.bounds = numpy.concatenate([[0], change, [len(groups)]] if len(groups) else [[0]]).astype("int64")
        self.groups = groups[self.bounds[:-1]]  # segment * codes + code, one per (segment, code) with keywords

    def __len__(self) -> int:
        return len(self.questions)

    def cells(self, column: dict[str, int]) -> tuple[numpy.ndarray, ...]:
        """What the calibration reads per (segment, code) with evidence, for the codes in
        ``column`` (code -> its column there): segment, column, the keyword weights (each word
        family once, at its highest weight, summed in text order as :class:`RuleHit` holds
        them), the hits beyond one per word family, the question level (2 own, 1 sibling)."""
        codes = len(self.rules.codes)
        count = numpy.diff(self.bounds)
        group = numpy.repeat(numpy.arange(len(self.groups)), count)
        family = self.rules.entries.family[self.pairs.entry]
        by = numpy.lexsort((family, group))  # stable: a family's first hit in a group comes first
        new = numpy.ones(len(by), bool)
        new[1:] = (group[by][1:] != group[by][:-1]) | (family[by][1:] != family[by][:-1])
        runs = numpy.flatnonzero(new)
        weight = self.rules.entries.weight[self.pairs.entry][by]
        highest = numpy.maximum.reduceat(weight, runs) if len(runs) else weight
        weights = highest[numpy.argsort(by[runs], kind="stable")].tolist()
        families = numpy.bincount(group[by][runs], minlength=len(self.groups))
        edges = numpy.concatenate([[0], numpy.cumsum(families)]).tolist()
        keys = [sum(weights[a:b]) for a, b in zip(edges[:-1], edges[1:])]
        rows, columns = numpy.divmod(self.groups, codes)
        levels = numpy.zeros(len(self.groups), "int64")
        asked = [(i * codes + self.rules.column[code], hit.question)
                 for i, by_code in enumerate(self.questions) for code, hit in by_code.items()]
        only = numpy.zeros(0, "int64")
        if asked:
            keys_asked, level_asked = (numpy.asarray(values, "int64") for values in zip(*asked))
            at = numpy.searchsorted(self.groups, keys_asked)
            known = (at < len(self.groups)) & (self.groups[numpy.minimum(at, len(self.groups) - 1)] == keys_asked)
            levels[at[known]] = level_asked[known]
            only, level_only = keys_asked[~known], level_asked[~known]
            levels = numpy.concatenate([levels, level_only])
        rows = numpy.concatenate([rows, only // codes])
        columns = numpy.concatenate([columns, only % codes])
        keys_all = numpy.concatenate([numpy.asarray(keys, float), numpy.zeros(len(only))])
        repeats = numpy.concatenate([count - families, numpy.zeros(len(only), "int64")])
        target = numpy.asarray([column.get(code, -1) for code in self.rules.codes], "int64")[columns]
        kept = target >= 0
        return rows[kept], target[kept], keys_all[kept], repeats[kept], levels[kept]

    def evidence_of(self, passing: Sequence[Sequence[str]]) -> list[list[Evidence | None]]:
        """For each segment, the :class:`Evidence` of each of its ``passing`` codes (None without
        any): what the :class:`RuleHit` of :meth:`RuleSet.match` holds, found for all pairs at once."""
        at, found = self._groups_of(passing)
        made = self._terms_and_spans(at[found])
        flags = iter(found.tolist())
        result: list[list[Evidence | None]] = []
        for questions, codes in zip(self.questions, passing):
            row: list[Evidence | None] = []
            for code in codes:
                question = questions.get(code)
                level = question.question if question else 0
                if next(flags):
                    terms, span = next(made)
                    row.append(Evidence(terms, span, level))
                else:
                    row.append(Evidence([], None, level) if question else None)
            result.append(row)
        return result

    def _groups_of(self, passing: Sequence[Sequence[str]]) -> tuple[numpy.ndarray, numpy.ndarray]:
        """For each (segment, code) of ``passing`` in order: the index of its group among
        :attr:`groups`, and whether it has one (keywords found)."""
        codes, groups = len(self.rules.codes), self.groups
        wanted = numpy.asarray([self.rules.column.get(code, -1) for names in passing for code in names], "int64")
        segment = numpy.repeat(numpy.arange(len(passing)), [len(names) for names in passing])
        keys = numpy.where(wanted >= 0, segment * codes + wanted, -1)
        at = numpy.minimum(numpy.searchsorted(groups, keys), max(len(groups) - 1, 0))
        return at, ((wanted >= 0) & (groups[at] == keys) if len(groups) else numpy.zeros(len(keys), bool))

    def _terms_and_spans(self, at: numpy.ndarray) -> Iterator[tuple[list[str], tuple[int, int]]]:
        """For each group at ``at``: its terms, each once in the order of its first pair, and the
        span of its first pair (the first occurrence of each term id, for all groups at once)."""
        first, size = self.bounds[at], numpy.diff(self.bounds)[at]
        owner = numpy.repeat(numpy.arange(len(first)), size)
        pair = numpy.arange(len(owner)) - numpy.repeat(numpy.cumsum(size) - size, size) + numpy.repeat(first, size)
        term = self.rules.entries.term[self.pairs.entry[pair]]
        names = self.rules.entries.term_names
        kept = numpy.sort(numpy.unique(owner * len(names) + term, return_index=True)[1])
        words = [names[t] for t in term[kept].tolist()]
        ends = numpy.cumsum(numpy.bincount(owner[kept], minlength=len(first))).tolist()
        spans = zip(self.pairs.start[first].tolist(), self.pairs.end[first].tolist())
        return ((words[a:b], span) for a, b, span in zip([0, *ends], ends, spans))


def _longest_per_code(entries: list[_Entry]) -> tuple[_Entry, ...]:
    """Every exclusion, and of a code's keywords only the longest (the first of equal ones), in
    the place of the code's first: all span the same token, and a hit keeps the longest keyword
    per word and code, so the others would only cost time."""
    kept: list[_Entry] = []
    place: dict[str, int] = {}
    for entry in entries:
        i = None if entry.excluding else place.get(entry.code)
        if i is None:
            if not entry.excluding:
                place[entry.code] = len(kept)
            kept.append(entry)
        elif len(entry.term) > len(kept[i].term):
            kept[i] = entry
    return tuple(kept)


def compound_part(word: str, start: int, length: int) -> bool:
    """Whether ``word[start:start + length]`` is a part of ``word`` as a German compound is built:
    the whole word inflected, or the first part before another word, or, for a long part, the
    head or a middle part after a modifier of its own."""
    rest = word[start + length:]
    if start and (length < LONG_KEYWORD or start < MIN_OTHER_PART - 1):
        return False
    return rest in INFLECTIONS or (length >= MIN_MODIFIER or start > 0) and _is_word_part(rest)


def _is_word_part(rest: str) -> bool:
    """A compound's following part: a word of its own (maybe after a linking element), not a
    derivational suffix (``Partnerschaft`` is not a compound of ``Partner``)."""
    if rest.startswith(_LONG_DERIVATIONS) or rest in DERIVATIONS:
        return False
    return len(rest.lstrip("-")) >= MIN_OTHER_PART


def word_family(lemma: str) -> str:
    """``überprüfung`` and ``überprüfen`` -> ``überprüf``: the lemma without its ending, at least
    :data:`MIN_COMPOUND_PART` letters left."""
    for ending in FAMILY_ENDINGS:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= MIN_COMPOUND_PART:
            return lemma[:-len(ending)]
    return lemma


def specificity(word: str, lemma: str) -> float:
    """The weight of keyword ``word`` (lemma ``lemma``): 1 for a rare word, down to
    :data:`MIN_WEIGHT` for one of the commonest in German (the form or lemma, whichever is commoner)."""
    table = word_logprobs(RARE_LOGPROB)
    forms = {word, lemma, lemma[:1].upper() + lemma[1:] if word[:1].isupper() else lemma}
    logprob = max(table.get(form, RARE_LOGPROB) for form in forms)
    common = min(max((logprob - RARE_LOGPROB) / (COMMON_LOGPROB - RARE_LOGPROB), 0.0), 1.0)
    return round(1.0 - (1.0 - MIN_WEIGHT) * common, 3)


def _phrase_at(tokens: Sequence[TokenTuple], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the lemmas from token ``i`` on are ``phrase`` (the last one may be part of a word);
    token ``i``'s lemma is the phrase's first, which is how the phrase was looked up."""
    end = i + len(phrase)
    if end > len(tokens):
        return False
    if isinstance(tokens, SegmentTokens):
        lemmas = tokens.lemmas(i + 1, end)
    else:
        lemmas = [token[1] for token in tokens[i + 1:end]]
    return lemmas[:-1] == list(phrase[1:-1]) and phrase[-1] in lemmas[-1]


def evidence_sentence(text: str, span: tuple[int, int], cache: dict | None = None, limit: int = 160) -> str:
    """The sentence of ``text`` around ``span`` (segment-relative offsets), shortened to ``limit``;
    with a ``cache`` (a dict for the segment) its sentence bounds are found once, and each
    sentence is cut once however many codes quote it."""
    cache = {} if cache is None else cache
    bounds = cache.get(SENTENCES)
    if bounds is None:
        bounds = cache[SENTENCES] = list(sentence_gaps(text))
    start, end = 0, len(text)
    for gap_start, gap_end in bounds:
        if gap_end > span[0]:
            end = gap_start
            break
        start = gap_end
    known = cache.get((start, end, limit))
    if known is None:
        sentence = text[start:end].strip()
        known = cache[start, end, limit] = sentence if len(sentence) <= limit else sentence[:limit - 1].rstrip() + "…"
    return known
