"""The passage bank the sample corpus is composed from (see ../make_corpus.py).

Each theme module defines ``PASSAGES: list[Passage]``. A passage is one answer paragraph of a
content-analytic protocol, written for this corpus (never copied from the study's sources), with
the codes a careful coder gives it. ``{a|b|c}`` marks alternatives the generator chooses between,
so that no paragraph repeats verbatim across protocols; ``{slot}`` names a site fact the
generator fills in (see SLOTS in make_corpus.py).
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("strategic", "operational", "client")


@dataclass(frozen=True)
class Passage:
    """One answer paragraph and its gold codes."""

    codes: tuple[str, ...]
    text: str
    levels: tuple[str, ...] = LEVELS
    stance: str = "neutral"  # good | bad | neutral: matched against the site's profile for the theme
    alt: tuple[str, ...] = ()  # codes a second coder plausibly gives instead (neighbour codes)

    @property
    def theme(self) -> str:
        return self.codes[0].split("/")[0]
