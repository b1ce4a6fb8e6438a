"""Place names from the shipped gazetteer of German municipalities and the study sites' districts.

German writes places in compounds: "Bremen-Nord", "Köln-Kalk", "Krefeld-Uerdingen" are one place
(one span), "Jobcenter-Köln" holds one ("Köln"), "Arbeitsagentur" holds none (no match inside a
word). Place names that are everyday words ("Essen", "Lage", "Brand", "Horst") count only after a
place cue ("in Essen", "Stadtteil Horst") or inside such a compound. Adjectives such as "Kölner"
or "Bochumer" name the place as well.
"""

from __future__ import annotations

import re
from typing import Iterator

from qda.anonymize.findings import ORT
from qda.anonymize.gazetteer import Gazetteer
from qda.anonymize.text import Token, is_space_gap

Span = tuple[str, int, int, str]

# "in Essen": a preposition makes a known place of an everyday word, but not any village
# ("in Wellen" are the interview waves); a naming word makes a place of any listed name.
PREPOSITION_CUES = frozenset("in aus nach bei von nahe".split())
PLACE_CUES = frozenset(
    "Stadt Gemeinde Stadtteil Ortsteil Kreis Landkreis Bezirk Stadtbezirk Jobcenter Standort Raum "
    "Region Richtung Großraum Städteregion StädteRegion".split()
)
# After these an unlisted capitalised word is taken as a place ("Ortsteil Kleinkleckersdorf",
# "Jobcenter Kleinkleckersdorf"), unless it is a noun or a capitalised pronoun ("hat das
# Jobcenter Sie eingeladen").
NAMING_CUES = frozenset(
    "Stadtteil Ortsteil Landkreis Stadtbezirk Gemeinde Kreis Region Jobcenter Stadt Städteregion StädteRegion "
    "Regionalverband Kreisstadt Hansestadt Landeshauptstadt".split()
)
PRONOUNS = frozenset(
    "Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer Ihres Ich Er Es Wir Man Du Dich Dir Euch Und Oder Aber".split()
)
# After these any capitalised word names a region, even a compass point: "RD-Bezirk Nord".
REGION_CUES = frozenset({"RD-Bezirk", "RD-Bezirks", "RD-Bezirkes"})
# A cue and its place stand one blank apart in running text (a tab separates table cells).
CUE_GAPS = frozenset({" ", "\u00a0"})
# "Frankfurt (Oder)", "Halle (Saale)": a listed place with its qualifier is one place.
QUALIFIER = re.compile(r" \([^()\n]{2,30}\)")
# Second parts that make "X-Nord" a district of X.
PART_WORDS = frozenset(
    "Nord Süd Ost West Mitte Zentrum Innenstadt Altstadt Neustadt Stadt Land Kreis City Nordwest "
    "Nordost Südwest Südost Stadtmitte Nordstadt Südstadt Oststadt Weststadt".split()
)


class PlaceFinder:
    """Finds place names in one text; ``find`` returns ``(kind, start, end, source)`` spans."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer

    def find(self, text: str, tokens: list[Token]) -> list[Span]:
        found: list[Span] = []
        i = 0
        while i < len(tokens):
            length = self._phrase_length(text, tokens, i)
            if length:
                span = (ORT, tokens[i].start, tokens[i + length - 1].end, "gazetteer")
                found.append(self._with_qualifier(text, span))
                i += length
                continue
            if tokens[i].is_capitalised:
                cue = tokens[i - 1].text if i and text[tokens[i - 1].end:tokens[i].start] in CUE_GAPS else ""
                found.extend(self._with_qualifier(text, span) for span in self._word(tokens[i], cue))
            i += 1
        return found

    def _with_qualifier(self, text: str, span: Span) -> Span:
        kind, start, end, source = span
        qualifier = QUALIFIER.match(text, end)
        if qualifier and text[start:qualifier.end()] in self.gaz.places:
            return kind, start, qualifier.end(), source
        return span

    def _phrase_length(self, text: str, tokens: list[Token], i: int) -> int:
        """Number of tokens of the multi-word place starting at ``i`` ("Sankt Augustin"), or 0."""
        for phrase in self.gaz.place_phrases.get(tokens[i].text, ()):
            window = tokens[i:i + len(phrase)]
            if (tuple(t.text for t in window) == phrase
                    and all(is_space_gap(text, a, b, ".") for a, b in zip(window, window[1:]))):
                return len(phrase)
        return 0

    def _word(self, token: Token, cue: str) -> Iterator[Span]:
        word = token.text
        if cue in REGION_CUES:
            yield ORT, token.start, token.end, "cue"
            return
        if word in self.gaz.coarse:
            return
        if "-" in word and word not in self.gaz.places:
            yield from self._compound(token)
            return
        name = self._place_form(word)
        if name and (self.gaz.is_clear(name) or cue in PLACE_CUES
                     or (cue in PREPOSITION_CUES and name in self.gaz.known_places)):
            yield ORT, token.start, token.start + len(name), "gazetteer"
        elif word in self.gaz.demonyms:
            yield ORT, token.start, token.end, "demonym"
        elif cue in NAMING_CUES and self._unlisted_name(word):
            yield ORT, token.start, token.end, "cue"

    def _unlisted_name(self, word: str) -> bool:
        """After a naming cue: a word that is no noun, everyday word, pronoun or cue itself."""
        return not (self.gaz.is_noun(word) or word in self.gaz.ambiguous or word in PRONOUNS
                    or word in NAMING_CUES or word in PLACE_CUES)

    def _place_form(self, word: str) -> str | None:
        """The listed place ``word`` names, directly or in the genitive ("Kölns")."""
        if word in self.gaz.places:
            return word
        if word.endswith("s") and word[:-1] in self.gaz.places and self.gaz.is_clear(word[:-1]):
            return word[:-1]
        return None

    def _compound(self, token: Token) -> Iterator[Span]:
        """"Köln-Kalk", "Bremen-Nord" whole; "Jobcenter-Köln" only the place part."""
        parts = token.text.split("-")
        if token.text.endswith("-Kreis") or (
            parts[0] in self.gaz.places and all(p in self.gaz.places or p in PART_WORDS for p in parts[1:])
        ):
            yield ORT, token.start, token.end, "gazetteer"
            return
        offset = token.start
        for part in parts:
            if part in self.gaz.places and self.gaz.is_clear(part) and part not in self.gaz.coarse:
                yield ORT, offset, offset + len(part), "gazetteer"
            offset += len(part) + 1
