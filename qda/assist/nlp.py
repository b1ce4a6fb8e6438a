"""The German NLP base every suggester shares: tokens and lemmas, nothing downloaded at run time.

By default spaCy's blank German tokenizer with the lemma table of the installed
``spacy-lookups-data`` (a token's lemma is the table's entry for its text, else the text), read
through :mod:`qda.assist.german` without importing spaCy. A user who has a trained German
pipeline installed (``de_core_news_sm`` or one on disk) can name it instead; it is loaded with
``spacy.load`` and lemmatises in context.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence, Union

from qda.assist.german import GermanTokenizer, Lemmas, german_rules
from qda.errors import QdaError

if TYPE_CHECKING:
    from spacy.language import Language

BLANK = "blank:de"
# Components of a trained pipeline that suggesting does not need: parsing costs most of the time.
_UNNEEDED = ("parser", "ner", "senter", "textcat", "textcat_multilabel")


class BlankGerman:
    """spaCy's blank German pipeline with lookup lemmas, as far as the suggesters read it: the
    tokenizer, each token's lemma (from its text alone) and the stop words."""

    lang = "de"

    def __init__(self) -> None:
        rules = german_rules()
        self.tokenizer = GermanTokenizer(rules)
        self.stop_words = frozenset(rules["stop_words"])
        self.lemmas = Lemmas()

    def lemmas_of(self, texts: Sequence[str]) -> dict[str, str]:
        """The lower-cased lemma of a token with each of these texts."""
        found = self.lemmas.found(texts)
        return {text: (found.get(text) or text).lower() for text in texts}

    def is_stop(self, text: str) -> bool:
        return text.lower() in self.stop_words


Base = Union["Language", BlankGerman]


def build_base(model: str | None = None) -> Base:
    """A fresh base: the blank German one, or the spaCy pipeline ``model``."""
    if not model or model == BLANK:
        return BlankGerman()
    import spacy

    try:
        nlp = spacy.load(model, exclude=[name for name in _UNNEEDED])
    except (OSError, IOError) as exc:
        raise QdaError(f"cannot load spaCy pipeline '{model}': {exc}") from exc
    if nlp.lang != "de":
        raise QdaError(f"spaCy pipeline '{model}' is for language '{nlp.lang}', not German")
    return nlp


@lru_cache(maxsize=4)
def base_pipeline(model: str | None = None) -> Base:
    """The shared base for ``model``, built once per process."""
    return build_base(model)


def term_lemmas(base: Base, term: str) -> tuple[str, ...]:
    """The lower-cased lemmas of the tokens of a codebook term."""
    if isinstance(base, BlankGerman):
        texts = [text for text, _ in base.tokenizer(term)]
        lemmas = base.lemmas_of(texts)
        return tuple(lemmas[text] for text in texts)
    return tuple((token.lemma_ or token.text).lower() for token in base(term))


def model_name(model: str | None) -> str:
    """How a base pipeline is recorded in a trained model's parameters."""
    return model or BLANK
