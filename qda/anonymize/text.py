"""Word tokens and line numbers shared by the detectors.

A hand-rolled tokenizer (not spaCy) keeps detection fast and offsets exact: a word is a run of
letters with inner hyphens or apostrophes ("Müller-Lüdenscheid", "Köln-Kalk", "D'Angelo").
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Words after which a capitalised word is a noun or an occupation rather than a name:
# "der Fischer", "als Koch", "ein Wolf".
DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
    "als jeder jede jedes jeden jedem dieser diese dieses diesen diesem beim zum zur vom im am "
    "unser unsere ihr ihre sein seine mein meine".split()
)


class Token(NamedTuple):
    """One word: its text and code point offsets (a tuple: texts have tens of thousands)."""

    text: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def words(text: str) -> list[Token]:
    return [Token(m.group(), *m.span()) for m in WORD.finditer(text)]


def gap(text: str, left: Token, right: Token) -> str:
    """The characters between two tokens, to tell "Herr Meier" from "Herr. Meier" or "Herr\\n\\nMeier"."""
    return text[left.end:right.start]


def is_space_gap(text: str, left: Token, right: Token, allow: str = "") -> bool:
    """True when only blanks (and characters in ``allow``) separate the tokens on one line."""
    between = gap(text, left, right)
    return "\n" not in between and all(c in " \t\u00a0" + allow for c in between)


class LineIndex:
    """Code point offset -> 1-based line number, by binary search over newline offsets."""

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)
