"""The shipped name and place lists (``qda/data/gazetteers``), loaded once per process.

The lists are small extracts of public data (see the README there). Besides names they carry
the knowledge that makes names safe to match in German text: which names are also everyday
words ("Fischer", "Essen", "Lage") and which capitalised words are common nouns ("Anfang",
"Bescheid"), since every noun is capitalised in German.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


def read_list(name: str) -> frozenset[str]:
    """One entry a line; '#' starts a comment."""
    path = resources.files("qda") / "data" / "gazetteers" / name
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


STUDY_SITES = read_list("sites.txt")


@dataclass(frozen=True)
class Gazetteer:
    """Lookup sets for the detectors.

    ``known_places`` are the large cities and the study sites' districts, which a bare "in" is
    enough to read as a place even when the name is an everyday word ("in Essen", "in Kalk");
    ``place_phrases`` holds multi-word places as word tuples.
    """

    first_names: frozenset[str]
    surnames: frozenset[str]
    frequent_surnames: frozenset[str]
    places: frozenset[str]
    large_places: frozenset[str]
    known_places: frozenset[str]
    place_phrases: dict[str, tuple[tuple[str, ...], ...]]
    demonyms: dict[str, str]
    ambiguous: frozenset[str]
    common_nouns: frozenset[str]
    coarse: frozenset[str]

    def is_name(self, word: str) -> bool:
        return word in self.first_names or word in self.surnames

    def is_clear(self, word: str) -> bool:
        """Listed word that reads as a name or place even without context."""
        return word not in self.ambiguous

    def is_noun(self, word: str) -> bool:
        return word in self.common_nouns


def _phrases(places: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> multi-word places starting with it, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for place in places:
        parts = tuple(place.replace(".", " ").split())
        if len(parts) > 1:
            by_first.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _pairs(name: str) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in read_list(name))


def _official_places() -> tuple[frozenset[str], frozenset[str]]:
    """Landkreise, kreisfreie Städte and Regierungsbezirke, and the names that are only a federal
    state (too coarse to identify anyone, like countries)."""
    levels = _pairs("kreise.tsv")
    states = frozenset(name for name, level in levels.items() if level == "Land")
    return frozenset(levels) - states, states


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The shipped gazetteer; cached because the lists take ~0.3 s to read."""
    official, states = _official_places()
    coarse = read_list("coarse_places.txt") | states
    places = (read_list("places.txt") | official | read_list("districts.txt") | STUDY_SITES) - coarse
    return Gazetteer(
        first_names=read_list("first_names.txt"),
        surnames=read_list("surnames.txt"),
        frequent_surnames=read_list("surnames_common.txt"),
        places=places,
        large_places=read_list("places_large.txt"),
        known_places=read_list("places_large.txt") | read_list("districts.txt") | STUDY_SITES,
        place_phrases=_phrases(places),
        demonyms=_pairs("demonyms.txt"),
        ambiguous=read_list("ambiguous.txt") | read_list("ambiguous_extra.txt"),
        common_nouns=read_list("common_nouns.txt"),
        coarse=coarse,
    )
