"""Detectors for identifiers with a recognisable shape: e-mail, phone, IBAN, customer numbers,
dates of birth and street addresses.

Each detector returns ``(kind, start, end)`` spans; the shapes follow German usage (0241/12345-67,
"Kd.-Nr. 123D456789", "geb. 12.03.1975", "Bonner Straße 12, 50677 Köln"). Dates are flagged only
next to a birth cue: an interview date is no personal datum.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from qda.anonymize.findings import ADRESSE, EMAIL, GEBURTSDATUM, IBAN, KUNDENNR, TELEFON
from qda.anonymize.gazetteer import Gazetteer

Span = tuple[str, int, int]

EMAIL_RE = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?!\w)")

IBAN_DE_RE = re.compile(r"(?<!\w)DE\d{2}(?:[ ]?\d{4}){4}[ ]?\d{2}(?!\w)")
IBAN_OTHER_RE = re.compile(r"(?<!\w)(?!DE)[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?!\w)")

_SEP = r"[ \t\u00a0/–-]"
PHONE_RE = re.compile(
    rf"(?<![\w+/.,-])"
    rf"(?:(?:\+|00)\d{{2}}{_SEP}?(?:\(0\){_SEP}?)?\d{{2,5}}|\(0\d{{2,5}}\)|0\d{{2,5}})"
    rf"(?:{_SEP}{{1,3}}\d{{2,}}){{1,5}}(?:-\d{{1,5}})?"
    rf"(?![\w.,]?\d)"
)
PHONE_MIN_DIGITS = 7

KD_CUE = (
    r"(?:Kundennummer|Kunden-?[Nn]r\.?|Kd\.?-?[Nn]r\.?|BG-?Nummer|BG-?Nr\.?|"
    r"Bedarfsgemeinschaftsnummer|Aktenzeichen|Az\.)"
)
KD_CUED_RE = re.compile(rf"{KD_CUE}[ \t:]*(?:lautet[ \t]+|ist[ \t]+)?([A-Z0-9][A-Z0-9/-]{{4,}}[A-Z0-9])(?!\w)")
KD_SHAPE_RE = re.compile(r"(?<!\w)(?:\d{3}[A-Z]\d{6}|\d{5}BG\d{7})(?!\w)")

MONTHS = (
    r"(?:Januar|Jan\.|Februar|Feb\.|März|Mär\.|April|Apr\.|Mai|Juni|Juli|August|Aug\.|"
    r"September|Sept?\.|Oktober|Okt\.|November|Nov\.|Dezember|Dez\.)"
)
DATE = (rf"(?:\d{{1,2}}\.[ ]?\d{{1,2}}\.[ ]?(?:\d{{4}}|\d{{2}})|"
        rf"\d{{1,2}}\.[ ]?{MONTHS}[ ]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})")
BIRTH_CUE = r"(?:geb\.|geboren|Geburtsdatum|Geb\.-Datum|Geburtstag|\*)"
BIRTH_BEFORE_RE = re.compile(
    rf"{BIRTH_CUE}(?:[ \t]+(?:am|den|vom)|[ \t]+(?:im[ \t]+Jahr|in[ \t]+\S+[ \t]+am))?[ \t:,]*"
    rf"({DATE}|(?:19|20)\d{{2}})(?!\d)"
)
BIRTH_AFTER_RE = re.compile(rf"(?<![\d.])({DATE}|(?:19|20)\d{{2}})[ \t]+(?:in[ \t]+\S+[ \t]+)?\Z")
BORN_RE = re.compile(r"(?<!\w)geboren")
BORN_LOOKBACK = 40

STREET_SUFFIXES = (
    "straße", "strasse", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee", "pfad",
    "steig", "stieg", "markt", "wall", "graben", "kamp", "promenade", "deich",
)
# Found by their ending first, then grown backwards to the word start: one linear scan.
STREET_END_RE = re.compile(
    rf"(?:{'|'.join(STREET_SUFFIXES)}|{'|'.join(x.capitalize() for x in STREET_SUFFIXES)}|[sS]tr\.)(?!\w)"
)
WORD_BEFORE_RE = re.compile(r"([A-ZÄÖÜ][\w-]*(?:er|sche|schen) )?[A-ZÄÖÜ]?[\w-]*\Z")
HOUSE_NO = r"\d{1,3}[ ]?[a-zA-Z]?(?:[ ]?[-–/][ ]?\d{1,3}[a-zA-Z]?)?(?![\w.,]\d|\w)"
PLZ_PLACE = r"\d{5}[ ]+[A-ZÄÖÜ][\w-]+(?:[ ](?:am|an[ ]der|im|in)[ ][A-ZÄÖÜ][\w-]+)?"
NUMBER_AFTER_RE = re.compile(rf"[ ]{HOUSE_NO}(?:,?[ ]{PLZ_PLACE})?")
PREPOSITION_STREET_RE = re.compile(
    r"(?<!\w)(?:Am|An[ ]der|An[ ]den|Auf[ ]der|Auf[ ]dem|Im|In[ ]der|Zum|Zur|Unter[ ]den)[ ][A-ZÄÖÜ][\w-]+"
    rf"[ ]{HOUSE_NO},?[ ]{PLZ_PLACE}"
)
STREET_LOOKBACK = 60
# Endings of a named square or avenue: "Kaiserplatz". Not "-kamp", "-ring", "-weg", which end
# surnames too ("Herr Kuhlenkamp", "Frau Hellweg").
SQUARE_END_RE = re.compile(r"(?:platz|allee|gasse|promenade|chaussee)\Z")
HYPHENATED_STREET_RE = re.compile(r"(?:[A-ZÄÖÜ][\w.]*-)+(?:[A-ZÄÖÜ][\w]*)")
PLZ_RE = re.compile(rf"(?<![\w,.])({PLZ_PLACE})")


def _matches(regex: re.Pattern, kind: str, text: str, group: int = 0) -> Iterator[Span]:
    for match in regex.finditer(text):
        yield kind, match.start(group), match.end(group)


def emails(text: str) -> Iterator[Span]:
    return _matches(EMAIL_RE, EMAIL, text)


def _iban_checksum_ok(candidate: str) -> bool:
    """ISO 13616 mod-97 test: foreign IBAN shapes are too common in codes to trust the shape alone."""
    compact = candidate.replace(" ", "")
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def ibans(text: str) -> Iterator[Span]:
    """German IBANs by shape (a typo in the check digits must not let one through), others checked."""
    yield from _matches(IBAN_DE_RE, IBAN, text)
    for match in IBAN_OTHER_RE.finditer(text):
        if _iban_checksum_ok(match.group()):
            yield IBAN, match.start(), match.end()


def phones(text: str) -> Iterator[Span]:
    for match in PHONE_RE.finditer(text):
        if sum(c.isdigit() for c in match.group()) >= PHONE_MIN_DIGITS:
            yield TELEFON, match.start(), match.end()


def customer_numbers(text: str) -> Iterator[Span]:
    """Jobcenter customer (123D456789) and household numbers (12345BG0012345), cued or by shape."""
    for match in KD_CUED_RE.finditer(text):
        if sum(c.isdigit() for c in match.group(1)) >= 4:
            yield KUNDENNR, match.start(1), match.end(1)
    yield from _matches(KD_SHAPE_RE, KUNDENNR, text)


def birth_dates(text: str) -> Iterator[Span]:
    """"geb. 12.03.1975", "geboren am ...", and "ist 1975 (in X) geboren" looking back from the cue."""
    yield from _matches(BIRTH_BEFORE_RE, GEBURTSDATUM, text, 1)
    for cue in BORN_RE.finditer(text):
        offset = max(0, cue.start() - BORN_LOOKBACK)
        match = BIRTH_AFTER_RE.search(text, offset, cue.start())
        if match:
            yield GEBURTSDATUM, match.start(1), match.end(1)


def _named_street(name: str, gaz: Gazetteer | None) -> bool:
    """A street or square that names itself without a house number: any "-straße", a hyphenated
    name ("Konrad-Adenauer-Platz"), a place adjective ("Berliner Platz") or a listed name in a
    compound that is no everyday noun ("Kaiserplatz", but not "Parkplatz" or "Arbeitsplatz")."""
    if name.endswith(("straße", "strasse", "Straße")) or HYPHENATED_STREET_RE.fullmatch(name):
        return True
    if gaz is None:
        return False
    adjective, _, rest = name.partition(" ")
    if rest:
        return adjective.endswith("er") and adjective[:-2] in gaz.places
    square = SQUARE_END_RE.search(name)
    if not square:
        return False
    stem = name[:square.start()]
    stems = {stem, stem[:-1]} if stem.endswith("s") else {stem}  # "Königsplatz"
    return not gaz.is_noun(name) and len(stem) > 2 and any(gaz.is_name(s) or s in gaz.places for s in stems)


def streets(text: str, gaz: Gazetteer | None = None) -> Iterator[Span]:
    """"Gorgasring 2", "Bonner Straße 112, 50677 Köln", and without a number any "-straße",
    "Konrad-Adenauer-Platz", "Berliner Platz" or "Kaiserplatz" (names known to ``gaz``)."""
    for end in STREET_END_RE.finditer(text):
        before = WORD_BEFORE_RE.search(text, max(0, end.start() - STREET_LOOKBACK), end.start())
        start = before.start() if before else end.start()
        word = text[start:end.end()]
        if not word[:1].isupper() or (word.istitle() and " " not in word and word.rstrip(".") in _BARE_SUFFIXES):
            continue
        number = NUMBER_AFTER_RE.match(text, end.end())
        if number:
            yield ADRESSE, start, number.end()
        elif _named_street(word, gaz):
            yield ADRESSE, start, end.end()


_BARE_SUFFIXES = {s.capitalize() for s in STREET_SUFFIXES} | {"Str"}


def addresses(text: str, gaz: Gazetteer) -> Iterator[Span]:
    """Streets, "Am Markt 3, 41747 Viersen", and "PLZ Ort" where Ort is a known place."""
    yield from streets(text, gaz)
    yield from _matches(PREPOSITION_STREET_RE, ADRESSE, text)
    for match in PLZ_RE.finditer(text):
        if match.group(1).split(maxsplit=1)[1] in gaz.places:
            yield ADRESSE, match.start(1), match.end(1)


DETECTORS: tuple[Callable[[str], Iterator[Span]], ...] = (emails, ibans, phones, customer_numbers, birth_dates)
