"""The German NLP base every suggester shares: tokens and lemmas, nothing downloaded at run time.

By default spaCy's blank German language class with a lookup lemmatizer, whose table comes from
the installed ``spacy-lookups-data`` package: :class:`LookupLemmas` does what spaCy's lemmatizer
does in ``lookup`` mode (a token's lemma is the table's entry for its text, else the text) from a
plain dict, which loads in a fifth of the time spaCy takes to hash the 355,000 entries into its
own table. A user who has a trained German pipeline installed (``de_core_news_sm`` or one on disk)
can name it instead; it is loaded with ``spacy.load``.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_language_data, registry

from qda.errors import QdaError

BLANK = "blank:de"
LEMMAS = "qda_lookup_lemmas"
# Components of a trained pipeline that suggesting does not need: parsing costs most of the time.
_UNNEEDED = ("parser", "ner", "senter", "textcat", "textcat_multilabel")


class LookupLemmas:
    """Pipeline component: ``token.lemma_`` from the German lemma table of spacy-lookups-data."""

    def __init__(self, table: dict[str, str]):
        self.table = table

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = self.table.get(token.text, token.text)
        return doc


@Language.factory(LEMMAS)
def _lookup_lemmas(nlp: Language, name: str) -> LookupLemmas:
    try:
        table = load_language_data(registry.lookups.get(nlp.lang)["lemma_lookup"])
    except (KeyError, ValueError, OSError) as exc:  # spacy-lookups-data missing or without German (RegistryError)
        raise QdaError(f"German lemma tables unavailable ({exc}); install spacy-lookups-data") from exc
    return LookupLemmas(dict(table))


def build_base(model: str | None = None) -> Language:
    """A fresh pipeline that sets ``token.lemma_``: the blank German one, or ``model``."""
    if not model or model == BLANK:
        nlp = spacy.blank("de")
        nlp.add_pipe(LEMMAS)
        return nlp
    try:
        nlp = spacy.load(model, exclude=[name for name in _UNNEEDED])
    except (OSError, IOError) as exc:
        raise QdaError(f"cannot load spaCy pipeline '{model}': {exc}") from exc
    if nlp.lang != "de":
        raise QdaError(f"spaCy pipeline '{model}' is for language '{nlp.lang}', not German")
    return nlp


@lru_cache(maxsize=4)
def base_pipeline(model: str | None = None) -> Language:
    """The shared pipeline for ``model``, built once per process (loading tables takes a second)."""
    return build_base(model)


def model_name(model: str | None) -> str:
    """How a base pipeline is recorded in a trained model's parameters."""
    return model or BLANK
