"""An optional extra detector: the PER and LOC entities of a pretrained spaCy pipeline.

Only used when the user names a model (``model="de_core_news_lg"`` or a path); nothing is ever
downloaded. The rule-based detectors stay in charge of titles: a NER span "Frau Meier" is cut to
"Meier", so the title survives as in the rule output. Countries and federal states pass, as
they do in the gazetteer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from qda.anonymize.findings import ORT, PERSON
from qda.anonymize.gazetteer import Gazetteer
from qda.anonymize.names import TITLE_WORDS
from qda.errors import QdaError

LABELS = {"PER": PERSON, "PERSON": PERSON, "LOC": ORT, "GPE": ORT}


class NerFinder:
    """Wraps ``spacy.load(model)``; ``find`` returns ``(kind, start, end, "ner")`` spans."""

    def __init__(self, model: str | Path, gazetteer: Gazetteer):
        import spacy

        try:
            self.nlp = spacy.load(model)
        except OSError as exc:
            raise QdaError(f"spaCy model '{model}' is not installed (install it, or leave out --model)") from exc
        if not self.nlp.has_pipe("ner"):
            raise QdaError(f"spaCy model '{model}' has no 'ner' component")
        self.gaz = gazetteer

    def find(self, text: str) -> Iterator[tuple[str, int, int, str]]:
        for ent in self.nlp(text).ents:
            kind = LABELS.get(ent.label_)
            words = [t for t in ent if not (t.text.rstrip(".") in TITLE_WORDS or t.is_punct)]
            if kind is None or not words:
                continue
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            if text[start:end] not in self.gaz.coarse and text[start:start + 1].isupper():
                yield kind, start, end, "ner"
