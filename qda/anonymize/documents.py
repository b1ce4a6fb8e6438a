"""Pseudonymise whole documents, not just their text: metadata, ids, file names and paths.

Names hide outside the body too: in a file name (``Interview_Sabine_Meierhoff.txt``) and the
document id made from it, in front matter (``befragte: Sabine Meierhoff``, ``wohnort:
Castrop-Rauxel``), in a Word title ("Gespräch mit Sabine Meierhoff") or custom property. Each of
those passes through the same detectors and pseudonyms as the text. An id or a file name is
read with its separators as blanks ("Interview Sabine Meierhoff") and also loses every word the
project already has a pseudonym for ("DOCX-Meierhoff-1" after "Frau Meierhoff" in the text);
its labels go in without brackets so the id stays an id (``Interview_PERSON_1``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

from qda.anonymize.anonymizer import Anonymizer
from qda.anonymize.findings import ORT, PERSON, Finding, Replacement
from qda.anonymize.resolve import resolve
from qda.anonymize.text import WORD
from qda.ingest.importer import Incoming
from qda.ingest.metadata import ProtocolMeta

SEPARATORS = re.compile(r"[_.\-+~,;()\[\]]")
# Metadata fields that hold a person or a place: a value the detectors find nothing in is
# replaced whole (unless it reads as a code such as "I2" or "MK").
PERSON_FIELDS = frozenset(
    "interviewer interviewerin befragte befragter befragt name person teilnehmer teilnehmerin teilnehmende "
    "gesprächspartner gesprächspartnerin interviewpartner interviewpartnerin kunde kundin author autor autorin "
    "verfasser verfasserin protokoll protokollant protokollantin ansprechpartner ansprechpartnerin "
    "sachbearbeiter sachbearbeiterin".split()
)
PLACE_FIELDS = frozenset("wohnort ort stadt gemeinde kreis landkreis adresse anschrift herkunft geburtsort".split())
CODE = re.compile(r"[A-Z0-9ÄÖÜ]{1,4}(?:[-_ ]?[A-Z0-9]{1,4})?")
STRUCTURED_FIELDS = ("level", "wave", "date")
TITLES = re.compile(r"^(?:(?:Frau|Herr|Herrn|Dr\.|Prof\.)\s+)*")


def bare(label: str) -> str:
    """"[PERSON_1]" -> "PERSON_1": the form that fits an id or a file name."""
    return label.strip("[]")


class DocumentPseudonymizer:
    """Applies one :class:`Anonymizer` (and so one numbering) to every part of a document."""

    def __init__(self, anonymizer: Anonymizer):
        self.anonymizer = anonymizer

    # -- what the importer calls ---------------------------------------------------------------

    def protocol(self, incoming: Incoming) -> Incoming:
        """The importer's transform: text first, then metadata, then id and path, so that names
        found in the text are known when the id is read."""
        text = self.anonymizer.anonymize(incoming.text).text
        meta = self.metadata(incoming.meta)
        meta.doc_key = self.identifier(meta.doc_key)
        return replace(incoming, meta=meta, text=text, source_path=self.path(incoming.source_path))

    def metadata(self, meta: ProtocolMeta) -> ProtocolMeta:
        values = {name: self.value(name, getattr(meta, name)) for name in ("site", "role", "interviewer")}
        attributes = {name: self.value(name, value) for name, value in meta.attributes.items()}
        return replace(meta, attributes=attributes, **values)

    def value(self, field: str, value: Any) -> Any:
        """A metadata value with its names and places replaced."""
        if not isinstance(value, str) or field in STRUCTURED_FIELDS:
            return value
        return self.anonymizer.replace(value, self.field_findings(field, value)).text

    def field_findings(self, field: str, value: str) -> list[Finding]:
        findings = self.anonymizer.find(value)
        kind = PERSON if field.lower() in PERSON_FIELDS else ORT if field.lower() in PLACE_FIELDS else None
        if findings or kind is None or not value.strip() or CODE.fullmatch(value.strip()) or "[" in value:
            return findings
        title = TITLES.match(value)  # matches, possibly empty, at the start of any text
        start = title.end() if title else 0
        end = len(value.rstrip())
        whole = Finding(kind, start, end, value[start:end], 1, "field")
        allow = self.anonymizer.allow
        return [whole] if start < end and not allow.permits(whole, allow.phrase_spans(value)) else []

    def identifier(self, ident: str) -> str:
        """An id or file name with its names replaced by bracketless labels."""
        spaced = SEPARATORS.sub(" ", ident)
        findings = resolve(self.anonymizer.find(spaced) + list(self._known_words(spaced)), spaced)
        return self.anonymizer.replace(ident, findings, form=bare).text

    def path(self, path: str) -> str:
        return str(Path(*[self.identifier(part) for part in Path(path).parts])) if path else path

    def _known_words(self, text: str) -> Iterator[Finding]:
        """Words the project already holds a pseudonym for, whatever their case."""
        pseudonymizer = self.anonymizer.pseudonymizer
        for match in WORD.finditer(text):
            word = match.group()
            for kind in (PERSON, ORT):
                if len(word) > 2 and pseudonymizer.known(kind, word):
                    yield Finding(kind, match.start(), match.end(), word, 1, "known")
                    break

    # -- what ``qda anonymize --check`` calls --------------------------------------------------

    def check_metadata(self, metadata: dict[str, Any]) -> list[tuple[str, Finding]]:
        """Findings in metadata values, each with its field name."""
        found = []
        for name, value in metadata.items():
            field = str(name)
            if isinstance(value, str) and field.lower() not in STRUCTURED_FIELDS:
                findings = self.check_identifier(value) if field == "id" else self.field_findings(field, value)
                found += [(field, finding) for finding in findings]
        return found

    def check_identifier(self, ident: str) -> list[Finding]:
        spaced = SEPARATORS.sub(" ", ident)
        return [replace(f, text=ident[f.start:f.end]) for f in self.anonymizer.find(spaced)]


def shift_offsets(replacements: list[Replacement]):
    """Map an offset of the original text to the pseudonymised one; a start inside a replaced
    name moves to its label's start, an end inside one to its label's end."""
    def new_offset(old: int, end: bool = False) -> int:
        delta = 0
        for item in replacements:
            start, stop = item.finding.start, item.finding.end
            if old <= start:
                break
            if old < stop:
                return start + delta + (len(item.label) if end else 0)
            delta += len(item.label) - (stop - start)
        return old + delta
    return new_offset
