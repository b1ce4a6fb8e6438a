"""The German NLP base every suggester shares: tokens and lemmas, nothing downloaded at run time.

By default spaCy's blank German language class with the lookup lemmatizer, whose tables come from
the installed ``spacy-lookups-data`` package. A user who has a trained German pipeline installed
(``de_core_news_sm`` or one on disk) can name it instead; it is loaded with ``spacy.load``.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from qda.errors import QdaError

BLANK = "blank:de"
# Components of a trained pipeline that suggesting does not need: parsing costs most of the time.
_UNNEEDED = ("parser", "ner", "senter", "textcat", "textcat_multilabel")


def build_base(model: str | None = None) -> Language:
    """A fresh pipeline that sets ``token.lemma_``: the blank German one, or ``model``."""
    if not model or model == BLANK:
        nlp = spacy.blank("de")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        try:
            nlp.initialize()
        except (ValueError, OSError) as exc:  # lookup tables missing
            raise QdaError(f"German lemma tables unavailable ({exc}); install spacy-lookups-data") from exc
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
