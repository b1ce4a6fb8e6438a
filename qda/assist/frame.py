"""Frame text: what a protocol records about the interview, not what was said in it.

No suggestion is made on a segment that is

- an interviewer's turn (``I:``, ``I1:``, ``Interviewer:``, ``Interviewerin:``, ``Frage:``);
- made only of frame sentences. A frame sentence is a question (a guide-question heading or a
  follow-up, ending in ``?``), a greeting, thanks or goodbye, or a sentence about the interview's
  circumstances: when and where it took place, how long it lasted, consent and data protection,
  recording and how the protocol was written.

A segment with one sentence of content among frame sentences keeps its suggestions, so a
paragraph that opens with the date and goes on to the topic is not lost. The decision is made on
the text alone, the same in ``qda suggest``, the workbench, the main job and the evaluation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

INTERVIEWER = re.compile(r"^\s*(?:I|I1|I2|Interviewer|Interviewerin|Frage)\s*:")
_SENTENCE_END = re.compile(r"[.!?;](\s+)")  # the gap is group 1 (faster than a look-behind)
# Circumstances, greetings and thanks anywhere in a sentence, each with a word (lower case) that a
# sentence cannot match it without: a pattern is searched only in sentences that hold its word,
# which spares running a dozen case-blind patterns over every sentence of a corpus.
_GATED = [(word, re.compile(pattern, re.IGNORECASE)) for word, pattern in (
    ("dauerte", r"\bdauerte\b.*\bMinuten\b"),
    ("datenschutz", r"datenschutz"),
    ("einverständnis", r"Einverständnis"),
    ("einwilligung", r"Einwilligung"),
    ("schweigepflicht", r"Schweigepflicht"),
    ("aufnahme", r"\b(?:Ton)?[Aa]ufnahme\b"),
    ("mitschrift", r"\bMitschrift"),
    ("protokollierung", r"\bProtokollierung\b"),
    ("das protokoll", r"\bDas Protokoll\b"),
    ("bedankt sich", r"\bbedankt sich\b"),
    ("verabschiede", r"\bverabschiede\w*\b"),
    ("begrüßt", r"\bbegrüßt\b"),
)]
_ON_DATE = re.compile(r"\bam \d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b", re.IGNORECASE)  # "am 12.3.2024"
_GREETING_START = re.compile(
    r"(?:Begrüßung|Guten (?:Tag|Morgen|Abend)|Hallo|Vielen Dank|Danke|Herzlichen Dank|Auf Wiedersehen|Tschüss)\b",
    re.IGNORECASE,
)
# "Das Interview fand … statt": the noun, then one of the verbs later on the same line.
_INTERVIEW_WORDS = ("interview", "gespräch", "befragung")
_TOOK_PLACE_WORDS = ("fand", "findet", "statt", "dauert", "geführt")
_INTERVIEW = re.compile(r"\b(?:Interview|Gespräch|Befragung)\w*\b", re.IGNORECASE)
_TOOK_PLACE = re.compile(r"\b(?:fand|findet|statt|dauerte|dauert|geführt|durchgeführt)\b", re.IGNORECASE)
# Letters that case-blind patterns match but lower() does not turn into the gate words' letters
# (dotless i, long s, capital I with dot, …): a sentence with one is searched for every pattern.
_CASE_EXCEPTIONS = "ıſİẛﬅﬆ"


def is_frame(text: str) -> bool:
    """True when ``text`` (one segment) gets no suggestions; see the module docstring."""
    if INTERVIEWER.match(text):
        return True
    any_sentence = False
    for sentence in _sentences(text.strip()):  # one at a time: most segments end at the first
        if sentence:
            if not _frame_sentence(sentence):
                return False
            any_sentence = True
    return any_sentence


def sentence_gaps(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each run of whitespace after a sentence's end (``.``, ``!``, ``?``, ``;``)."""
    return (gap.span(1) for gap in _SENTENCE_END.finditer(text))


def _sentences(text: str) -> Iterator[str]:
    """The sentences of ``text``, lazily."""
    start = 0
    for gap_start, gap_end in sentence_gaps(text):
        yield text[start:gap_start]
        start = gap_end
    yield text[start:]


def _frame_sentence(sentence: str) -> bool:
    if sentence.rstrip().endswith("?") or _GREETING_START.match(sentence):
        return True
    lowered = sentence.lower()
    every = any(letter in sentence for letter in _CASE_EXCEPTIONS)
    if any(pattern.search(sentence) for word, pattern in _GATED if every or word in lowered):
        return True
    if _dated(sentence, lowered, every):
        return True
    return (every or any(word in lowered for word in _INTERVIEW_WORDS)
            and any(word in lowered for word in _TOOK_PLACE_WORDS)) and _interview_took_place(sentence)


def _dated(sentence: str, lowered: str, every: bool) -> bool:
    """"am" and a date: tried only where the lower-cased sentence has "am " (searching a whole
    sentence case-blind is slow, and "am " is in most: "Team", "gemeinsam"). Offsets in
    ``lowered`` are those in ``sentence`` unless ``every`` (İ lower-cased is two characters)."""
    if every:
        return _ON_DATE.search(sentence) is not None
    at = lowered.find("am ")
    while at >= 0:
        if _ON_DATE.match(sentence, at):
            return True
        at = lowered.find("am ", at + 1)
    return False


def _interview_took_place(sentence: str) -> bool:
    """An interview noun with a verb of taking place after it on its line, found in linear time:
    only the first noun of a line is tried (a later one leaves less room for the verb)."""
    position = 0
    while (noun := _INTERVIEW.search(sentence, position)) is not None:
        line_end = sentence.find("\n", noun.end())
        line_end = len(sentence) if line_end < 0 else line_end
        if _TOOK_PLACE.search(sentence, noun.end(), line_end):
            return True
        position = line_end + 1
    return False
