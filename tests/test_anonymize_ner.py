"""The optional NER detector, with a tiny pipeline the test trains and saves itself (no download)."""

from __future__ import annotations

import random

import spacy
from spacy.training import Example

from qda.anonymize import Anonymizer

TRAINING = [
    ("Gestern rief Xaverius Quandtlinger im Jobcenter an.", [("Xaverius Quandtlinger", "PER")]),
    ("Die Kundin zog nach Kleinquorstedt um.", [("Kleinquorstedt", "LOC")]),
    ("Xaverius Quandtlinger bringt die Unterlagen mit.", [("Xaverius Quandtlinger", "PER")]),
    ("In Kleinquorstedt gibt es keinen Bus.", [("Kleinquorstedt", "LOC")]),
    ("Mit Frau Zwirbelmaier wurde gesprochen.", [("Frau Zwirbelmaier", "PER")]),
    ("Die Teamleitung plant die nächste Welle.", []),
    ("Der Kunde sucht eine Stelle im Lager.", []),
    ("Zwirbelmaier arbeitet im Basisteam.", [("Zwirbelmaier", "PER")]),
]


def _example(nlp, text, entities):
    spans = []
    for surface, label in entities:
        start = text.index(surface)
        spans.append((start, start + len(surface), label))
    return Example.from_dict(nlp.make_doc(text), {"entities": spans})


def train_tiny_ner(path):
    random.seed(0)
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "LOC"):
        ner.add_label(label)
    examples = [_example(nlp, text, entities) for text, entities in TRAINING]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    nlp.to_disk(path)
    return path


def test_ner_model_loaded_by_path_adds_entities_and_keeps_titles(tmp_path):
    model = train_tiny_ner(tmp_path / "tiny-ner")
    anonymizer = Anonymizer(model=str(model), secret=b"s")
    text = "Gestern rief Xaverius Quandtlinger im Jobcenter an. Mit Frau Zwirbelmaier wurde gesprochen."
    findings = anonymizer.find(text)
    by_text = {f.text: f for f in findings}
    assert by_text["Xaverius Quandtlinger"].source == "ner"
    assert by_text["Zwirbelmaier"].kind == "PERSON"
    assert anonymizer.anonymize(text).text == (
        "Gestern rief [PERSON_1] im Jobcenter an. Mit Frau [PERSON_2] wurde gesprochen.")
    assert Anonymizer(secret=b"s").find("Gestern rief Xaverius Quandtlinger im Jobcenter an.") == []
