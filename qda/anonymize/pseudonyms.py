"""Consistent pseudonyms per project without keeping originals: ``[PERSON_3]``, ``[ORT_2]``.

A mention is normalised ("Frau Meier", "Meier", "Meiers" -> "meier"; "+49 221 12 34" ->
"0221 1234"), keyed by HMAC-SHA256(project secret, kind + normalised text), and the key is mapped
to a number per kind in a store. The store sees digests only, so a project database holding it
reveals no names; the originals live only in the key file the user asks for.

One person, one pseudonym: a full name is also filed under its surname, so "Anna Meier" and a
later "Frau Meier" share a pseudonym, and a surname first seen alone ("Frau Meier") is taken to
be the same person as the first full name that carries it. A second, different full name with
that surname ("Peter Meier") is another person and gets a number of its own; the bare surname
stays with the first.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from typing import Protocol

from qda.anonymize.findings import (
    ADRESSE,
    EMAIL,
    GEBURTSDATUM,
    IBAN,
    KUNDENNR,
    ORT,
    PERSON,
    TELEFON,
    Finding,
)
from qda.anonymize.gazetteer import Gazetteer
from qda.anonymize.names import TITLE_WORDS

LABEL_RE = re.compile(r"\[(?:PERSON|ORT|ADRESSE|TELEFON|EMAIL|IBAN|GEBURTSDATUM|KUNDENNR)_\d+\]")
# Prefix of the key that says "a full name with this surname has its own pseudonym".
CLAIMED = "\x1eclaimed\x1e"
MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mär": 3, "apr": 4, "mai": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "okt": 10, "nov": 11, "dez": 12,
}


class PseudonymStore(Protocol):
    """Where digest -> number lives: a dict for tests and files, the project's tables in a project.

    ``allocate`` takes the next free number of ``kind`` for a new pseudonym whose first key is
    ``digest``; ``alias`` files a further key under an existing number.
    """

    def get(self, digest: str) -> int | None: ...

    def allocate(self, digest: str, kind: str) -> int: ...

    def alias(self, digest: str, kind: str, number: int) -> None: ...


class MemoryStore:
    """The dict-backed store: for tests and the file-only command (seeded from the key file)."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, int]] = {}

    def get(self, digest: str) -> int | None:
        row = self.rows.get(digest)
        return row[1] if row else None

    def allocate(self, digest: str, kind: str) -> int:
        number = 1 + max((n for k, n in self.rows.values() if k == kind), default=0)
        self.rows[digest] = (kind, number)
        return number

    def alias(self, digest: str, kind: str, number: int) -> None:
        self.rows.setdefault(digest, (kind, number))


def label(kind: str, number: int) -> str:
    return f"[{kind}_{number}]"


def parse_label(text: str) -> tuple[str, int] | None:
    """"[ORT_2]" -> ("ORT", 2)."""
    if not LABEL_RE.fullmatch(text):
        return None
    kind, _, number = text[1:-1].rpartition("_")
    return kind, int(number)


class Pseudonymizer:
    """Numbers findings consistently through a :class:`PseudonymStore`."""

    def __init__(self, secret: bytes, store: PseudonymStore, gazetteer: Gazetteer):
        self.secret, self.store, self.gaz = secret, store, gazetteer

    def label_for(self, finding: Finding) -> str:
        return label(finding.kind, self.number(finding.kind, finding.text))

    def number(self, kind: str, text: str) -> int:
        """The number of the pseudonym for ``text``, allocated on first sight."""
        keys = self.keys(kind, text)
        digests = [self._digest(kind, key) for key in keys]
        if kind == PERSON and len(keys) == 2:
            return self._full_name(digests[0], digests[1], self._digest(kind, CLAIMED + keys[1]))
        number = self.store.get(digests[0])
        return number if number is not None else self.store.allocate(digests[0], kind)

    def _full_name(self, full: str, surname: str, claimed: str) -> int:
        """A first name and surname: known as such, or the person that surname alone stood for
        (unless another full name already claimed it), or someone new."""
        number = self.store.get(full)
        if number is not None:
            return number
        number = self.store.get(surname)
        if number is None or self.store.get(claimed) is not None:
            number = self.store.allocate(full, PERSON)
        else:
            self.store.alias(full, PERSON, number)
        for digest in (surname, claimed):
            if self.store.get(digest) is None:
                self.store.alias(digest, PERSON, number)
        return number

    def known(self, kind: str, text: str) -> bool:
        """Is ``text`` already one of the store's pseudonyms (by its most specific key)?"""
        return self.store.get(self._digest(kind, self.keys(kind, text)[0])) is not None

    def register(self, kind: str, original: str, number: int) -> None:
        """File ``original`` under ``number`` (used to continue an existing key file)."""
        keys = self.keys(kind, original)
        if kind == PERSON and len(keys) == 2:
            keys.append(CLAIMED + keys[1])
        for key in keys:
            digest = self._digest(kind, key)
            if self.store.get(digest) is None:
                self.store.alias(digest, kind, number)

    def _digest(self, kind: str, key: str) -> str:
        return hmac.new(self.secret, f"{kind}\x1f{key}".encode(), hashlib.sha256).hexdigest()

    def keys(self, kind: str, text: str) -> list[str]:
        """Normalised forms of a mention, most specific first."""
        text = " ".join(unicodedata.normalize("NFC", text).split())
        if kind == PERSON:
            return self._person_keys(text)
        if kind == ORT:
            return [self._place_key(text)]
        return [NORMALISERS.get(kind, str.casefold)(text)]

    def _person_keys(self, text: str) -> list[str]:
        words = [w for w in text.split() if w.rstrip(".") not in TITLE_WORDS] or text.split()
        words[-1] = self._without_genitive(words[-1])
        full = " ".join(words).casefold()
        return [full] if len(words) == 1 else [full, words[-1].casefold()]

    def _place_key(self, text: str) -> str:
        text = self.gaz.demonyms.get(text, text)
        if text not in self.gaz.places and text.endswith("s") and text[:-1] in self.gaz.places:
            text = text[:-1]
        return text.casefold()

    def _without_genitive(self, word: str) -> str:
        word = word.rstrip("'’")
        stem = word[:-1]
        if word.endswith("s") and not self.gaz.is_name(word) and self.gaz.is_name(stem):
            return stem
        return word


def _phone_key(text: str) -> str:
    digits = re.sub(r"\(0\)", "", text)
    digits = re.sub(r"^(?:\+|00)49", "0", re.sub(r"[^\d+]", "", digits))
    return digits


def _date_key(text: str) -> str:
    """"12.3.1975", "12. März 1975" and "1975-03-12" all -> "1975-03-12"."""
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return text
    match = re.fullmatch(r"(\d{1,2})\.\s?(\d{1,2}|[A-Za-zä]+\.?)\.?\s?(\d{2,4})", text)
    if not match:
        return text.casefold()
    day, month, year = match.groups()
    month_number = int(month) if month.isdigit() else MONTH_NUMBERS.get(month[:3].casefold(), 0)
    return f"{year}-{month_number:02d}-{int(day):02d}"


def _address_key(text: str) -> str:
    text = re.sub(r"str(?:\.|asse)", "straße", text.casefold())
    return re.sub(r"[\s,]+", " ", text).strip()


NORMALISERS = {
    TELEFON: _phone_key,
    IBAN: lambda t: t.replace(" ", "").upper(),
    EMAIL: str.casefold,
    KUNDENNR: lambda t: re.sub(r"[^0-9A-Z]", "", t.upper()),
    GEBURTSDATUM: _date_key,
    ADRESSE: _address_key,
}
