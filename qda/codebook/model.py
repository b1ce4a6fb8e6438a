"""Codes as plain data, the shape of one codebook entry in Mayring's and Kuckartz's sense."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator


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
