"""Pseudonymisation of interview protocols: find names, places and personal identifiers in
German text and replace them with consistent pseudonyms (``[PERSON_1]``, ``[ORT_2]``).

    from qda.anonymize import Anonymizer, write_key
    anonymizer = Anonymizer(allow=["Agentur für Arbeit"], deny=["ORT:Tannenbusch"])
    result = anonymizer.anonymize("Frau Meier aus dem Team in Bremen-Nord ...")
    write_key(Path("key.json"), anonymizer.key)   # mode 0600, merged with an existing key

``qda.anonymize.files`` holds the per-file functions of ``qda anonymize``;
``qda.anonymize.importing`` the pseudonymised import (documents, pseudonyms and key file
together), through ``qda.anonymize.documents`` (text, metadata, ids, file names).
"""

from qda.anonymize.anonymizer import Anonymizer
from qda.anonymize.findings import KINDS, Finding, Replacement, Result
from qda.anonymize.gazetteer import STUDY_SITES
from qda.anonymize.keyfile import read_key, seed, write_key
from qda.anonymize.lists import DEFAULT_ALLOW
from qda.anonymize.pseudonyms import MemoryStore, Pseudonymizer, PseudonymStore, label, parse_label

__all__ = [
    "Anonymizer", "DEFAULT_ALLOW", "Finding", "KINDS", "MemoryStore", "PseudonymStore", "Pseudonymizer",
    "Replacement", "Result", "STUDY_SITES", "label", "parse_label", "read_key", "seed", "write_key",
]
