"""Cross-validation folds that cannot leak: no passage and no near-duplicate on both sides.

Two segments belong to one group when they share a sentence of :data:`NEAR_DUPLICATE_CHARS` or
more characters (case and whitespace ignored), directly or through a chain of such segments
(union-find). Grouping is by segment, not by document: protocols of one study share whole
passages (a sample corpus, boilerplate, quoted guidelines), so document groups would melt into
one, while a coder half-way through a protocol is exactly the case of seen and unseen segments
of one document. scikit-learn's ``GroupKFold`` then deals the groups into folds.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy

NEAR_DUPLICATE_CHARS = 40
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def sentence_keys(text: str, min_chars: int = NEAR_DUPLICATE_CHARS) -> set[str]:
    """The normalised sentences of ``text`` long enough to mark a near-duplicate, and the whole
    text itself (identical short passages are duplicates too)."""
    keys = {" ".join(sentence.lower().split()) for sentence in _SENTENCE_END.split(text)}
    keys = {key for key in keys if len(key) >= min_chars}
    keys.add("\x00" + " ".join(text.lower().split()))
    return keys


def near_duplicate_groups(texts: Sequence[str], min_chars: int = NEAR_DUPLICATE_CHARS) -> numpy.ndarray:
    """A group number per text; texts sharing a long sentence (transitively) share a group."""
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_owner: dict[str, int] = {}
    for index, text in enumerate(texts):
        for key in sorted(sentence_keys(text, min_chars)):
            owner = first_owner.setdefault(key, index)
            a, b = root(owner), root(index)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return numpy.asarray([root(i) for i in range(len(texts))], dtype=int)


def grouped_folds(texts: Sequence[str], folds: int, seed: int) -> list[numpy.ndarray]:
    """Test indices of each fold; every near-duplicate group stays on one side."""
    from sklearn.model_selection import GroupKFold

    groups = near_duplicate_groups(texts)
    folds = min(folds, len(set(groups.tolist())))
    if folds < 2:
        return []
    splitter = GroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    return [numpy.sort(test) for _, test in splitter.split(numpy.zeros(len(texts)), groups=groups)]
