"""Cut a protocol's plain text into codable segments with exact offsets and line numbers.

Rules (the README repeats them for users):
- paragraphs are separated by blank lines; each paragraph is a segment;
- a one-line paragraph that starts with a guide question number (``2.2d``, ``4.2``, ``X.2``,
  ``1.3a/1.6``) and is shorter than ``HEADING_MAX`` characters is a question heading: not a
  segment, it sets the question anchor of the segments after it; a markdown ``#`` heading is
  not a segment either;
- a longer paragraph starting with a question number is a segment and sets the anchor too;
- a paragraph whose lines start with speaker labels (``I:``, ``B:``, ``Interviewer:``, ``IFK:``)
  is split into one segment per speaker turn.
Offsets are Unicode code points into the text; ``end`` is exclusive; lines are 1-based.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Iterator

HEADING_MAX = 200
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_QUESTION = re.compile(
    r"^(?:Frage\s+)?((?:\d{1,2}|[A-Z])\.\d{1,2}(?:\.\d{1,2})?\s?[a-z]?(?:/\d{1,2}(?:\.\d{1,2})?[a-z]?)?)"
    r"(?:\)|:|\.(?!\d)|\s|$)"
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s")
SPEAKERS = (
    "I", "B", "B1", "B2", "I1", "I2", "Interviewer", "Interviewerin", "Befragte", "Befragter",
    "IFK", "Kunde", "Kundin", "eLb", "TL", "GF", "PL", "AG", "Frage", "Antwort",
)
_SPEAKER = re.compile(r"^(" + "|".join(SPEAKERS) + r")\s*:\s*", re.MULTILINE)
SPEAKER_LABEL = re.compile(r"\A(?:" + "|".join(SPEAKERS) + r")\s*:\s*")  # a turn's label at the start of a text


@dataclass(frozen=True)
class Segment:
    """One codable unit of a document."""

    number: int
    start: int
    end: int
    line_start: int
    line_end: int
    kind: str  # paragraph | turn
    speaker: str | None
    question: str | None
    text: str
    paragraph: int = 0  # ordinal of its paragraph among the text's non-blank paragraphs ("Abs." in Word files)

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)


def text_hash(text: str) -> str:
    """Whitespace-insensitive fingerprint, used to carry codings over to a new document version."""
    return hashlib.sha1(_single_spaced(text).encode("utf-8")).hexdigest()


def _single_spaced(text: str) -> str:
    """``" ".join(text.split())``, without splitting a text that is so already (most are): in a
    printable text the only whitespace is the space (every other is a control or separator)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def question_number(line: str) -> str | None:
    """The guide question number a line starts with, normalised (``2.2 d`` -> ``2.2d``)."""
    match = _QUESTION.match(line.strip())
    return match.group(1).replace(" ", "") if match else None


def _paragraphs(text: str):
    """Yield (start, end) of each non-blank paragraph, trimmed of surrounding whitespace."""
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield from _trimmed(text, position, match.start())
        position = match.end()
    yield from _trimmed(text, position, len(text))


def _trimmed(text: str, start: int, end: int):
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        yield start + lead, start + lead + len(stripped)


def _turns(text: str, start: int, end: int):
    """Split a paragraph at speaker labels; yield (start, end, speaker)."""
    body = text[start:end]
    if not _SPEAKER.match(body):  # a paragraph that does not open with a label is one segment
        yield start, end, None
        return
    labels = list(_SPEAKER.finditer(body))
    for current, following in zip(labels, labels[1:] + [None]):
        turn_end = following.start() if following else len(body)
        turn = body[current.start():turn_end].rstrip()
        yield start + current.start(), start + current.start() + len(turn), current.group(1)


def segment_text(text: str) -> list[Segment]:
    """Segments of ``text`` in document order, numbered from 1."""
    return list(iter_segments(text))


def iter_segments(text: str) -> Iterator[Segment]:
    """:func:`segment_text` one segment at a time, so a caller can stop early (a size cap)."""
    lines = _LineCounter(text)
    anchor: str | None = None
    count = 0
    for ordinal, (start, end) in enumerate(_paragraphs(text), start=1):
        paragraph = text[start:end]
        single_line = "\n" not in paragraph
        if single_line and _MARKDOWN_HEADING.match(paragraph):
            anchor = question_number(paragraph.lstrip("# ")) or anchor
            continue
        number = question_number(paragraph)
        if number:
            anchor = number
            if single_line and len(paragraph) < HEADING_MAX:
                continue
        for turn_start, turn_end, speaker in _turns(text, start, end):
            count += 1
            yield Segment(
                number=count,
                start=turn_start,
                end=turn_end,
                line_start=lines.at(turn_start),
                line_end=lines.at(turn_end - 1),
                kind="turn" if speaker else "paragraph",
                speaker=speaker,
                question=anchor,
                text=text[turn_start:turn_end],
                paragraph=ordinal,
            )


class _LineCounter:
    """1-based line of an offset, for offsets asked in ascending order: counts newlines as it
    goes instead of indexing every line start (which costs memory on a huge file)."""

    def __init__(self, text: str):
        self.text, self.offset, self.line = text, 0, 1

    def at(self, offset: int) -> int:
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line
