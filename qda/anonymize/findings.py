"""What the detectors report and what pseudonymisation returns: plain data, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, field

PERSON = "PERSON"
ORT = "ORT"
ADRESSE = "ADRESSE"
TELEFON = "TELEFON"
EMAIL = "EMAIL"
IBAN = "IBAN"
GEBURTSDATUM = "GEBURTSDATUM"
KUNDENNR = "KUNDENNR"

KINDS = (PERSON, ORT, ADRESSE, TELEFON, EMAIL, IBAN, GEBURTSDATUM, KUNDENNR)


@dataclass(frozen=True)
class Finding:
    """One identifying mention: ``start``/``end`` are code point offsets into the text.

    ``line`` is 1-based so a report can say ``file:line``; ``source`` names the detector
    (``title``, ``gazetteer``, ``pattern``, ``ner``, ``deny`` ...) so a user can see why.
    """

    kind: str
    start: int
    end: int
    text: str
    line: int = 0
    source: str = ""


@dataclass(frozen=True)
class Replacement:
    """One finding and the pseudonym label that replaced it."""

    finding: Finding
    label: str


@dataclass
class Result:
    """The pseudonymised text, what was found, and which label replaced what."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    replacements: list[Replacement] = field(default_factory=list)
