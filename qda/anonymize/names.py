"""Person names from titles, first names and surname patterns.

In protocols a surname almost always follows a title ("Herr", "Frau", "Dr.", "Kollegin") or a
first name, so those are the strong signals; a listed surname alone counts only when it is no
everyday word ("Yilmaz" yes, "Fischer" or "Wolf" no). A name seen with a strong signal is then
found again in the rest of the document ("Frau Fischer ... Fischer betont"), except after an
article ("der Fischer", "als Koch"). Spans leave out titles and a genitive -s, so
"Frau Müllers Team" becomes "Frau [PERSON_1]s Team".
"""

from __future__ import annotations

from typing import Iterator

from qda.anonymize.findings import PERSON
from qda.anonymize.gazetteer import Gazetteer
from qda.anonymize.text import DETERMINERS, Token, is_space_gap

Span = tuple[str, int, int, str]

STRONG_TITLES = frozenset({"Herr", "Herrn", "Frau", "Dr", "Prof", "Professor", "Professorin", "Fr", "Hr"})
ABBREVIATED = frozenset({"Dr", "Prof", "Fr", "Hr", "Dipl", "Ing", "med", "phil", "rer", "nat", "pol", "Mag"})
PLURAL_TITLES = frozenset({"Herren", "Kolleginnen", "Kollegen", "Eheleute"})
ROLE_TITLES = frozenset(
    "Kollege Kollegin Familie Teamleiter Teamleiterin Kunde Kundin Sachbearbeiter Sachbearbeiterin "
    "Vermittler Vermittlerin Geschäftsführer Geschäftsführerin Bereichsleiter Bereichsleiterin "
    "Projektleiter Projektleiterin Mitarbeiter Mitarbeiterin Chef Chefin Leiter Leiterin "
    "Fallmanager Fallmanagerin Berater Beraterin Integrationsfachkraft IFK Ehemann Ehefrau Sohn "
    "Tochter Partner Partnerin Lebensgefährte Lebensgefährtin Bewerber Bewerberin Praktikant "
    "Praktikantin Arbeitgeber Arbeitgeberin Ansprechpartner Ansprechpartnerin Interviewer Interviewerin".split()
)
TITLE_WORDS = STRONG_TITLES | ABBREVIATED | PLURAL_TITLES | ROLE_TITLES
PARTICLES = frozenset("von van de der den zu vom ter ten al el da di dos du le la bin ibn abu".split())
LIST_JOINERS = frozenset({"und", "sowie", "oder"})
# "Frau Anfang 40", "Herr Mitte 50": an age, not a name.
AGE_WORDS = frozenset({"Anfang", "Mitte", "Ende"})

# Word endings that make a compound noun, and endings typical of surnames that look like one
# ("Kaltenbach", "Tönnesmann"): used to tell an unknown name from an unknown noun after "Frau".
NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "tum")
NAME_HEADS = frozenset(
    "bach berg mann stein feld hof hoff haus hausen horst kamp brink meier meyer maier mayer müller "
    "schmidt dorf burg born bruch busch heim holz rath thal tal wald baum garten hagen hahn wolf ring "
    "beck becker brock kötter kemper winkel".split()
)
MAX_NAME_WORDS = 4  # "Anna Maria García López"


class NameFinder:
    """Finds person names in one text; ``find`` returns ``(kind, start, end, source)`` spans."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer

    def find(self, text: str, tokens: list[Token]) -> list[Span]:
        # A word cut by a hyphen ("Pro- jekt- team", "Klein- und Mittelbetriebe") is no name.
        tokens = [t for t in tokens if not text.startswith("-", t.end)]
        strong = list(self._strong(text, tokens))
        covered = {k for _, i, j in strong for k in range(i, j + 1)}
        weak = [span for span in self._weak(tokens) if span[1] not in covered]
        found = [(PERSON, tokens[i].start, self._end(tokens[j]), source) for source, i, j in strong + weak]
        covered |= {i for _, i, _ in weak}
        return found + list(self._repeats(tokens, strong, covered))

    def _end(self, token: Token) -> int:
        """Token end without a genitive -s: "Müllers" ends after "Müller"."""
        return token.start + len(self._base(token.text))

    def _base(self, word: str) -> str:
        """"Müllers" -> "Müller", "Annas" -> "Anna"; "Peters", "Jens", "Klaus" stay."""
        stem = _stem(word)
        if stem == word or word in self.gaz.first_names or word in self.gaz.frequent_surnames:
            return word
        if stem in self.gaz.surnames or (stem in self.gaz.first_names and word not in self.gaz.surnames):
            return stem
        return word

    # -- strong signals: titles, first name + surname, initial + surname ----------------------

    def _strong(self, text: str, tokens: list[Token]) -> Iterator[tuple[str, int, int]]:
        i = 0
        while i < len(tokens):
            found = list(self._title_names(text, tokens, i)) or self._full_name(text, tokens, i)
            yield from found
            i = max([i + 1] + [j + 1 for _, _, j in found])

    def _title_names(self, text: str, tokens: list[Token], i: int) -> Iterator[tuple[str, int, int]]:
        word = tokens[i].text
        if word in ABBREVIATED and not text.startswith(".", tokens[i].end):
            return
        if word in STRONG_TITLES or word in ROLE_TITLES:
            span = self._name_after(text, tokens, i, strong=word in STRONG_TITLES)
            if span:
                yield ("title", *span)
        elif word in PLURAL_TITLES:
            yield from self._name_list(text, tokens, i)

    def _name_after(self, text: str, tokens: list[Token], i: int, strong: bool) -> tuple[int, int] | None:
        """The name right after title ``i`` (skipping further titles, as in "Frau Dr."), as token range."""
        j = i + 1
        while j < len(tokens) and self._after_title(text, tokens, j) and tokens[j].text in STRONG_TITLES | ABBREVIATED:
            strong, j = True, j + 1
        if j >= len(tokens) or not self._after_title(text, tokens, j):
            return None
        start = j
        while (strong and j < len(tokens) - 1 and tokens[j].text.lower() in PARTICLES
               and self._adjacent(text, tokens, j, j + 1)):
            j += 1
        bare_title = strong and not self._after_determiner(tokens, i)
        if tokens[j].text in AGE_WORDS or not self._name_word(tokens[j].text, strong, bare_title):
            return None
        end = j
        while (end + 1 < len(tokens) and end + 1 - start < MAX_NAME_WORDS
               and self._adjacent(text, tokens, end, end + 1, allow="")
               and self._more_name(tokens[start], tokens[end], tokens[end + 1])):
            end += 1
        return start, end

    def _more_name(self, first: Token, word: Token, following: Token) -> bool:
        """Does ``following`` continue the name that began with ``first``: "Frau Anna Meier",
        "Dr. Michael Fertig", "Kollegin Heike Baumgärtner", "Frau Maria García López"?"""
        if self.gaz.is_name(following.text):
            return True
        if word.text in self.gaz.first_names and self._surname_word(following.text, False):
            return True
        return self._after_first_name(first.text, following.text)

    def _name_list(self, text: str, tokens: list[Token], i: int) -> Iterator[tuple[str, int, int]]:
        """"die Kolleginnen Meier und Schulz", "Herren Demir, Kaya und Yilmaz"."""
        j = i + 1
        while (j < len(tokens) and self._adjacent(text, tokens, j - 1, j, allow=",")
               and self._name_word(tokens[j].text, True, False)):
            yield "title", j, j
            if j + 2 < len(tokens) and tokens[j + 1].text in LIST_JOINERS:
                j += 2
            elif text[tokens[j].end:].lstrip(" ").startswith(","):
                j += 1
            else:
                return

    def _full_name(self, text: str, tokens: list[Token], i: int) -> list[tuple[str, int, int]]:
        """"Anna Schmidt", "Hans-Peter Kowalski", "A. Meier": a first name or initial, then a surname."""
        word = tokens[i].text
        initial = len(word) == 1 and word.isupper() and text.startswith(".", tokens[i].end)
        if not (word in self.gaz.first_names or initial):
            return []
        end = i
        while (end + 1 < len(tokens) and end + 1 - i < MAX_NAME_WORDS
               and self._adjacent(text, tokens, end, end + 1, allow="." if initial and end == i else "")
               and (self._surname_word(tokens[end + 1].text, initial)
                    or not initial and self._after_first_name(tokens[i].text, tokens[end + 1].text))):
            end += 1
        return [("initial" if initial else "first-name", i, end)] if end > i else []

    # -- weak signals: a listed name alone -----------------------------------------------

    def _weak(self, tokens: list[Token]) -> Iterator[tuple[str, int, int]]:
        for i, token in enumerate(tokens):
            word = token.text
            if (len(word) < 3 or word.isupper() or not token.is_capitalised or self._after_determiner(tokens, i)
                    or word in self.gaz.large_places):
                continue
            if word in self.gaz.first_names and self.gaz.is_clear(word):
                yield "first-name", i, i
            elif self._clear_surname(word) or self._clear_surname(_stem(word)):
                yield "surname", i, i

    def _clear_surname(self, word: str) -> bool:
        return word in self.gaz.surnames and self.gaz.is_clear(word) and word not in self.gaz.places

    def _repeats(self, tokens: list[Token], strong: list[tuple[str, int, int]], covered: set[int]) -> Iterator[Span]:
        """Later bare mentions of a name first seen with a title or first name."""
        names = {self._base(t.text) for _, i, j in strong for t in tokens[i:j + 1] if t.is_capitalised}
        names -= TITLE_WORDS
        for k, token in enumerate(tokens):
            if k in covered or self._after_determiner(tokens, k):
                continue
            for name in (token.text, _stem(token.text)):
                if name in names:
                    yield PERSON, token.start, token.start + len(name), "repeat"
                    break

    # -- word tests ------------------------------------------------------------------------

    def _name_word(self, word: str, strong: bool, bare_title: bool) -> bool:
        """May ``word`` be a name right after a title?

        Right after a bare "Herr"/"Frau" nearly any word is a name, nouns too ("Herr Bär"), but
        not an office ("Frau Ministerin"); after "der Frau" a noun is the dative object ("der
        Frau Arbeit anbieten"). After a role word ("die Kollegin Brinkhoff") an unlisted word
        must not be a place either ("der Kunde Köln-Kalk" is no person).
        """
        if not word[:1].isupper() or word in TITLE_WORDS:
            return False
        if self.gaz.is_name(word) or self.gaz.is_name(_stem(word)) or word in self.gaz.ambiguous:
            return True
        if bare_title:
            return not (self.gaz.is_noun(word) and word.endswith(("in", "or", "ent", "at")))
        return not self._looks_like_noun(word) and (strong or word not in self.gaz.places)

    def _surname_word(self, word: str, after_initial: bool) -> bool:
        if not word[:1].isupper() or word in TITLE_WORDS:
            return False
        if self.gaz.is_name(word) or self.gaz.is_name(_stem(word)):
            return True
        return not after_initial and not self._looks_like_noun(word) and word not in self.gaz.places

    def _after_first_name(self, first: str, word: str) -> bool:
        """Right after a clear first name an unlisted word is a surname unless it is itself a
        noun: "Heike Baumgärtner" although "Gärtner" is a noun, but not "Anna Arbeit"."""
        if not word[:1].isupper() or word in TITLE_WORDS or word.isupper() or first not in self.gaz.first_names:
            return False
        return (self.gaz.is_clear(first) and not self.gaz.is_noun(word) and word not in self.gaz.ambiguous
                and not word.endswith(NOUN_SUFFIXES) and word not in self.gaz.places)

    def _looks_like_noun(self, word: str) -> bool:
        """Unknown capitalised word that is more likely a noun, acronym or domain term than a name."""
        last = word.rsplit("-", 1)[-1]
        if word.isupper() or self.gaz.is_noun(word) or self.gaz.is_noun(last) or last.endswith(NOUN_SUFFIXES):
            return True
        lower = last.lower()
        for k in range(2, len(last) - 3):
            head = lower[k:]
            if head.capitalize() in self.gaz.common_nouns and head not in NAME_HEADS:
                return not any(lower.endswith(h) for h in NAME_HEADS)
        return False

    def _after_title(self, text: str, tokens: list[Token], j: int) -> bool:
        """Token ``j`` follows the title before it: "Dr. Meier" but not "der Kunde. Danach"."""
        allow = "." if tokens[j - 1].text in ABBREVIATED else ""
        return self._adjacent(text, tokens, j - 1, j, allow)

    @staticmethod
    def _adjacent(text: str, tokens: list[Token], a: int, b: int, allow: str = ".") -> bool:
        return is_space_gap(text, tokens[a], tokens[b], allow)

    @staticmethod
    def _after_determiner(tokens: list[Token], i: int) -> bool:
        return i > 0 and tokens[i - 1].text.lower() in DETERMINERS


def _stem(word: str) -> str:
    """Genitive stem: "Meiers" -> "Meier"; other words unchanged."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word
