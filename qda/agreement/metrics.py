"""Agreement figures for nominal ratings: percent agreement, Cohen's κ, Brennan–Prediger κ, α.

``ratings[c][u]`` is coder c's value for unit u; every coder rates every unit (presence or
absence of a code is always known), so there are no missing values. A chance-corrected figure
whose expected disagreement is zero (everyone used one value only) is undefined and returned
as ``None``; docs/agreement.md explains the formulas and that choice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from statistics import mean
from typing import Hashable, Sequence

Ratings = Sequence[Sequence[Hashable]]


@dataclass(frozen=True)
class Agreement:
    """The figures for one set of units; ``None`` where a figure is undefined."""

    units: int
    percent: float | None
    cohen_kappa: float | None
    bp_kappa: float | None
    alpha: float | None


def percent_agreement(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Share of units on which two coders gave the same value (0..1)."""
    if not a:
        return None
    return sum(x == y for x, y in zip(a, b)) / len(a)


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's κ = (po − pe) / (1 − pe), pe from each coder's own marginals."""
    po = percent_agreement(a, b)
    if po is None:
        return None
    n = len(a)
    count_a, count_b = Counter(a), Counter(b)
    pe = sum(count_a[value] * count_b[value] for value in count_a) / (n * n)
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
    """Krippendorff's α, nominal, no missing values: 1 − (n − 1)·Do / Σ_{c≠k} n_c·n_k."""
    coders = len(ratings)
    if coders < 2 or not ratings[0]:
        return None
    coincidences: Counter = Counter()
    for values, units in Counter(zip(*ratings)).items():  # few distinct patterns, many units
        counts = Counter(values)
        for c in counts:
            for k in counts:
                pairs = counts[c] * (counts[k] - (c == k))
                coincidences[c, k] += units * pairs / (coders - 1)
    totals: Counter = Counter()
    for (c, _k), value in coincidences.items():
        totals[c] += value
    n = sum(totals.values())
    observed = sum(value for (c, k), value in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


def agreement(ratings: Ratings, categories: int = 2) -> Agreement:
    """All figures for ``ratings``; with more than two coders the pairwise figures are means
    over coder pairs (Light's κ for Cohen's κ), α uses all coders at once."""
    pairs = list(combinations(range(len(ratings)), 2))
    po_values = [percent_agreement(ratings[i], ratings[j]) for i, j in pairs]
    kappas = [k for i, j in pairs if (k := cohen_kappa(ratings[i], ratings[j])) is not None]
    po = mean(po_values) if po_values and None not in po_values else None
    return Agreement(
        units=len(ratings[0]) if ratings else 0,
        percent=po,
        cohen_kappa=mean(kappas) if len(kappas) == len(pairs) and kappas else None,
        bp_kappa=brennan_prediger(po, categories),
        alpha=krippendorff_alpha(ratings),
    )
