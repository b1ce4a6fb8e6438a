"""Agreement figures for nominal ratings: percent agreement, Cohen's κ, Brennan–Prediger κ, α.

``ratings[c][u]`` is coder c's value for unit u; every coder rates every unit (presence or
absence of a code is always known), so there are no missing values. Every figure depends only on
how many units show each *pattern* (the tuple of the coders' values), so the figures are computed
from those counts: a study's millions of (unit, code) pairs collapse into a handful of patterns.
A chance-corrected figure whose expected disagreement is zero (everyone used one value only) is
undefined and returned as ``None``; docs/agreement.md explains the formulas and that choice.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from statistics import mean

Ratings = Sequence[Sequence[Hashable]]
Patterns = Mapping[tuple[Hashable, ...], int]  # coders' values on a unit -> number of such units


@dataclass(frozen=True)
class Agreement:
    """The figures for one set of units; ``None`` where a figure is undefined."""

    units: int
    percent: float | None
    cohen_kappa: float | None
    bp_kappa: float | None
    alpha: float | None


def patterns_of(ratings: Ratings) -> Counter:
    """The pattern counts of per-coder rating lists."""
    return Counter(zip(*ratings))


def percent_agreement(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Share of units on which two coders gave the same value (0..1)."""
    return _pair_percent(patterns_of([a, b]), 0, 1)


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's κ = (po − pe) / (1 − pe), pe from each coder's own marginals."""
    return _pair_kappa(patterns_of([a, b]), 0, 1)


def _pair_percent(patterns: Patterns, i: int, j: int) -> float | None:
    n = sum(patterns.values())
    if not n:
        return None
    return sum(units for values, units in patterns.items() if values[i] == values[j]) / n


def _pair_kappa(patterns: Patterns, i: int, j: int) -> float | None:
    po = _pair_percent(patterns, i, j)
    if po is None:
        return None
    n = sum(patterns.values())
    count_i: Counter = Counter()
    count_j: Counter = Counter()
    for values, units in patterns.items():
        count_i[values[i]] += units
        count_j[values[j]] += units
    pe = sum(count_i[value] * count_j[value] for value in count_i) / (n * n)
    if pe >= 1:
        return None
    return (po - pe) / (1 - pe)


def brennan_prediger(po: float | None, categories: int = 2) -> float | None:
    """Brennan–Prediger κ = (po − 1/q) / (1 − 1/q): chance is a uniform guess among q values."""
    if po is None:
        return None
    chance = 1 / categories
    return (po - chance) / (1 - chance)


def krippendorff_alpha(ratings: Ratings) -> float | None:
    """Krippendorff's α, nominal, no missing values."""
    return _alpha(patterns_of(ratings), len(ratings))


def _alpha(patterns: Patterns, coders: int) -> float | None:
    """α = 1 − (n − 1)·Do / Σ_{c≠k} n_c·n_k over the coincidence matrix of the patterns."""
    if coders < 2 or not sum(patterns.values()):
        return None
    coincidences: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for values, units in patterns.items():
        counts = Counter(values)
        for c in counts:
            for k in counts:
                pairs = counts[c] * (counts[k] - (c == k))
                coincidences[c, k] += units * pairs / (coders - 1)
    totals: defaultdict[Hashable, float] = defaultdict(float)
    for (c, _k), value in coincidences.items():
        totals[c] += value
    n = sum(totals.values())
    observed = sum(value for (c, k), value in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


def agreement(ratings: Ratings, categories: int = 2) -> Agreement:
    """All figures for per-coder rating lists (see ``agreement_from_patterns``)."""
    return agreement_from_patterns(patterns_of(ratings), len(ratings), categories)


def agreement_from_patterns(patterns: Patterns, coders: int, categories: int = 2) -> Agreement:
    """All figures from pattern counts; with more than two coders the pairwise figures are means
    over coder pairs (Light's κ for Cohen's κ), α uses all coders at once."""
    pairs = list(combinations(range(coders), 2))
    po_values = [_pair_percent(patterns, i, j) for i, j in pairs]
    kappas = [k for i, j in pairs if (k := _pair_kappa(patterns, i, j)) is not None]
    po = mean(po_values) if po_values and None not in po_values else None  # type: ignore[type-var]
    return Agreement(
        units=sum(patterns.values()) if coders else 0,
        percent=po,
        cohen_kappa=mean(kappas) if len(kappas) == len(pairs) and kappas else None,
        bp_kappa=brennan_prediger(po, categories),
        alpha=_alpha(patterns, coders),
    )
