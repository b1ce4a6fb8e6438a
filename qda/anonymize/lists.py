"""The project's allow-list (what may stay) and deny-list (what must always go).

Entries come from the project config (``anonymize: {allow: [...], deny: [...]}``) or the command
line. An allow entry keeps a finding whose text equals it ("Bremen" when the team decides the
site may be named) or that lies inside an occurrence of it ("Agentur für Arbeit"). A deny entry
is found wherever it stands as a word, with its genitive; ``"ORT:Tannenbusch"`` gives the kind,
plain entries are persons.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from qda.anonymize.findings import KINDS, PERSON, Finding

# Institutions and role words that stay whatever the detectors or a NER model say.
DEFAULT_ALLOW = (
    "Agentur für Arbeit", "Bundesagentur für Arbeit", "Bundesagentur", "Arbeitsagentur", "Jobcenter",
    "Regionaldirektion", "Arbeitgeberservice", "Projektteam", "Basisteam", "Leistungsabteilung",
)


def _phrase_regex(entries: Iterable[str]) -> re.Pattern | None:
    alternatives = sorted({re.escape(e) for e in entries if e}, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})s?(?!\w)", re.IGNORECASE)


class AllowList:
    """Decides which findings may stay in the text."""

    def __init__(self, entries: Iterable[str] = ()):
        entries = [e.strip() for e in (*DEFAULT_ALLOW, *entries) if e.strip()]
        self._words = {e.casefold() for e in entries}
        self._regex = _phrase_regex(entries)

    def phrase_spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self._regex.finditer(text)] if self._regex else []

    def permits(self, finding: Finding, spans: list[tuple[int, int]]) -> bool:
        folded = finding.text.casefold()
        if folded in self._words or (folded.endswith("s") and folded[:-1] in self._words):
            return True
        return any(start <= finding.start and finding.end <= end for start, end in spans)


class DenyList:
    """Strings that are always replaced, with the kind they are replaced as."""

    def __init__(self, entries: Iterable[str] = ()):
        self._texts: dict[str, set[str]] = {}
        for entry in entries:
            kind, text = _split_kind(entry.strip())
            if text:
                self._texts.setdefault(kind, set()).add(text)
        self._regexes = {kind: regex for kind, texts in self._texts.items()
                         if (regex := _phrase_regex(texts)) is not None}

    def find(self, text: str) -> Iterator[tuple[str, int, int]]:
        for kind, regex in self._regexes.items():
            entries = {t.casefold() for t in self._texts[kind]}
            for match in regex.finditer(text):
                genitive = match.group().casefold() not in entries
                yield kind, match.start(), match.end() - genitive


def _split_kind(entry: str) -> tuple[str, str]:
    """"ORT:Tannenbusch" -> ("ORT", "Tannenbusch"); "Schmitz" -> ("PERSON", "Schmitz")."""
    head, sep, rest = entry.partition(":")
    if sep and head.strip().upper() in KINDS:
        return head.strip().upper(), rest.strip()
    return PERSON, entry
