"""Feature values: what a user may type for each kind, how it is stored, and how it is shown."""

from __future__ import annotations

import re
from typing import Any, Iterable

from qda.codebook.model import Feature
from qda.errors import QdaError

PRESENT = "✓"
FLAG_WORDS = {"yes": True, "ja": True, "true": True, "1": True, "✓": True, "x": True,
              "no": False, "nein": False, "false": False, "0": False, "-": False}
RATING_WORDS = {"gemischt": "mixed", "keine angabe": "na", "k. a.": "na", "k.a.": "na"}
MAX_TEXT = 200


def resolve_feature(features: Iterable[Feature], ref: str) -> Feature:
    """A feature by its id, with a hint when the codebook has none of that name."""
    found = {feature.id: feature for feature in features}
    if ref not in found:
        hint = f" (known: {', '.join(found)})" if found else " (the codebook has no features: load one with features)"
        raise QdaError(f"unknown feature '{ref}'{hint}")
    return found[ref]


def parse_value(feature: Feature, raw: str | Iterable[str] | bool | int) -> Any:
    """The stored form of ``raw`` for ``feature``: a value id, a list of ids (multi), a bool
    (flag) or a short text; raises on a value the feature does not allow."""
    if feature.kind == "flag":
        word = str(raw).strip().lower() if not isinstance(raw, bool) else ("yes" if raw else "no")
        if word not in FLAG_WORDS:
            raise QdaError(f"'{feature.id}' is a flag: use yes or no, not '{raw}'")
        return FLAG_WORDS[word]
    if feature.kind == "text":
        text = " ".join(str(raw).split())
        if not text or len(text) > MAX_TEXT:
            raise QdaError(f"'{feature.id}' takes a short phrase (1 to {MAX_TEXT} characters)")
        return text
    if feature.kind == "multi":
        parts = re.split(r"[,;]", raw) if isinstance(raw, str) else [str(raw)] if isinstance(raw, int) \
            else [str(part) for part in raw]
        chosen = [_listed(feature, part) for part in parts if part.strip()]
        if not chosen:
            raise QdaError(f"'{feature.id}' needs at least one of: {_allowed(feature)}")
        return [value.id for value in feature.values if value.id in chosen]
    if feature.kind == "rating":
        return _rating(feature, str(raw))
    return _listed(feature, str(raw))


def _allowed(feature: Feature) -> str:
    return ", ".join(value.id for value in feature.values)


def _listed(feature: Feature, raw: str) -> str:
    wanted = str(raw).strip()
    for value in feature.values:
        if wanted in (value.id, value.label) or wanted.casefold() == value.label.casefold():
            return value.id
    raise QdaError(f"'{wanted}' is not a value of '{feature.id}' (use {_allowed(feature)})")


def _rating(feature: Feature, raw: str) -> str:
    wanted = RATING_WORDS.get(raw.strip().casefold(), raw.strip().replace("−", "-"))
    if re.fullmatch(r"[+-]?\d+", wanted):
        number = int(wanted)
        wanted = f"{number:+d}" if number else "0"
    return _listed(feature, wanted)


def value_label(feature: Feature, value: Any, lang: str = "de") -> str:
    """The value in words: the listed label(s), ja/nein for a flag, the text itself."""
    if feature.kind == "flag":
        return {"de": ("nein", "ja"), "en": ("no", "yes")}[lang][bool(value)]
    if feature.kind == "text":
        return str(value)
    ids = value if isinstance(value, list) else [value]
    return ", ".join(listed.shown(lang) for value_id in ids if (listed := feature.value(value_id)))


def cell_text(feature: Feature, value: Any, lang: str = "de") -> str:
    """What an overview table shows: ✓ for a flag that applies, a rating's symbol, else the label."""
    if feature.kind == "flag":
        return PRESENT if value else ""
    if feature.kind == "rating":
        listed = feature.value(value)
        return listed.symbol or listed.id if listed else str(value)
    return value_label(feature, value, lang)
