"""Codes as plain data, the shape of one codebook entry in Mayring's and Kuckartz's sense."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

FEATURE_KINDS = ("category", "multi", "flag", "rating", "text")
RATING_EXTRA = (("mixed", "gemischt", "mixed", "±"), ("na", "keine Angabe", "not stated", "k. A."))


@dataclass
class FeatureValue:
    """One listed value of a feature (a category, an option of a multi, a step of a rating scale)."""

    id: str
    label: str
    label_en: str | None = None
    symbol: str | None = None

    def shown(self, lang: str = "de") -> str:
        return (self.label_en or self.label) if lang == "en" else self.label


@dataclass
class Feature:
    """A feature (Ausprägung) evaluators record per site: the column of an overview table.

    ``values`` lists the allowed values of category, multi and rating features in display order
    (a rating's scale ascending, then "gemischt" and "keine Angabe"); flags and texts have none.
    """

    id: str
    label: str
    kind: str
    code: str = ""
    label_en: str | None = None
    definition: str | None = None
    values: list[FeatureValue] = field(default_factory=list)
    line: int | None = None

    def shown(self, lang: str = "de") -> str:
        return (self.label_en or self.label) if lang == "en" else self.label

    def value(self, value_id: str) -> FeatureValue | None:
        return next((value for value in self.values if value.id == value_id), None)


@dataclass
class Code:
    """A code: stable id, labels, definition, anchor examples, coding rule, and assist hints."""

    id: str
    label: str
    path: str
    label_en: str | None = None
    definition: str | None = None
    anchor_examples: list[str] = field(default_factory=list)
    coding_rules: str | None = None
    keywords: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    color: str | None = None
    children: list["Code"] = field(default_factory=list)
    features: list[Feature] = field(default_factory=list)
    line: int | None = None


@dataclass
class Codebook:
    """A named tree of codes in one language."""

    name: str
    language: str = "de"
    description: str | None = None
    codes: list[Code] = field(default_factory=list)
    name_en: str | None = None  # the name in English reports when ``name`` is in another language

    def walk(self) -> Iterator[tuple[Code, Code | None]]:
        """Every code with its parent, depth first in codebook order."""
        stack: list[tuple[Code, Code | None]] = [(code, None) for code in reversed(self.codes)]
        while stack:
            code, parent = stack.pop()
            yield code, parent
            stack.extend((child, code) for child in reversed(code.children))

    def features(self) -> list[Feature]:
        """Every feature of every code, in codebook order."""
        return [feature for code, _ in self.walk() for feature in code.features]
