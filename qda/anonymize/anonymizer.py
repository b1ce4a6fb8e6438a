"""The Anonymizer: runs all detectors over a text, applies the allow/deny lists, and replaces
what it finds with consistent pseudonyms."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

from qda.anonymize import patterns
from qda.anonymize.findings import Finding, Replacement, Result
from qda.anonymize.gazetteer import Gazetteer, load
from qda.anonymize.keyfile import KeyEntries, collect
from qda.anonymize.lists import AllowList, DenyList
from qda.anonymize.names import NameFinder
from qda.anonymize.ner import NerFinder
from qda.anonymize.places import PlaceFinder
from qda.anonymize.pseudonyms import LABEL_RE, MemoryStore, Pseudonymizer, PseudonymStore
from qda.anonymize.resolve import resolve
from qda.anonymize.text import LineIndex, words


class Anonymizer:
    """Finds names, places and personal identifiers in German protocol text and pseudonymises them.

    ``allow``/``deny``: the project's lists (see :mod:`qda.anonymize.lists`). ``model``: name or
    path of an installed spaCy pipeline whose PER/LOC entities are used as well. ``secret``: the
    project's HMAC key (random per instance when omitted, so numbering is then consistent within
    this instance and a store seeded from a key file). ``store``: a :class:`PseudonymStore`.

    Every call to :meth:`anonymize` adds its originals to :attr:`key` (in memory only) so the
    caller can write a key file afterwards.
    """

    def __init__(
        self,
        allow: Iterable[str] = (),
        deny: Iterable[str] = (),
        model: str | Path | None = None,
        secret: bytes | None = None,
        store: PseudonymStore | None = None,
        gazetteer: Gazetteer | None = None,
    ):
        self.gazetteer = gazetteer or load()
        self.allow = AllowList(allow)
        self.deny = DenyList(deny)
        self.names = NameFinder(self.gazetteer)
        self.places = PlaceFinder(self.gazetteer)
        self.ner = NerFinder(model, self.gazetteer) if model else None
        self.pseudonymizer = Pseudonymizer(secret or os.urandom(32), store or MemoryStore(), self.gazetteer)
        self.key: KeyEntries = {}

    def find(self, text: str) -> list[Finding]:
        """Everything identifying in ``text``, one finding per stretch, in text order."""
        lines = LineIndex(text)
        spans = [(*span, "deny") for span in self.deny.find(text)] + self._detected(text)
        allowed = self.allow.phrase_spans(text)
        labels = [m.span() for m in LABEL_RE.finditer(text)]
        findings = []
        for kind, start, end, source in spans:
            finding = Finding(kind, start, end, text[start:end], lines.line(start), source)
            if any(s < end and start < e for s, e in labels):
                continue
            if source == "deny" or not self.allow.permits(finding, allowed):
                findings.append(finding)
        return resolve(findings, text)

    def check(self, text: str) -> list[Finding]:
        """What ``qda anonymize --check`` reports: the findings, in a text that should have none.

        Pseudonym labels such as ``[PERSON_1]`` are never findings, so anonymised text checks clean.
        """
        return self.find(text)

    def anonymize(self, text: str) -> Result:
        """``text`` with each finding replaced by its pseudonym label; titles stay ("Frau [PERSON_1]")."""
        return self.replace(text, self.find(text))

    def replace(self, text: str, findings: list[Finding], form: Callable[[str], str] = str) -> Result:
        """``text`` with ``findings`` (non-overlapping, in order) replaced by ``form(label)``;
        their originals go to :attr:`key`."""
        replacements = [Replacement(f, self.pseudonymizer.label_for(f)) for f in findings]
        parts, position = [], 0
        for item in replacements:
            parts += [text[position:item.finding.start], form(item.label)]
            position = item.finding.end
        parts.append(text[position:])
        collect(replacements, self.key)
        return Result("".join(parts), findings, replacements)

    def _detected(self, text: str) -> list[tuple[str, int, int, str]]:
        tokens = words(text)
        spans = [(*span, "pattern") for detector in patterns.DETECTORS for span in detector(text)]
        spans += [(*span, "pattern") for span in patterns.addresses(text, self.gazetteer)]
        spans += self.names.find(text, tokens) + self.places.find(text, tokens)
        if self.ner:
            spans += list(self.ner.find(text))
        return spans
