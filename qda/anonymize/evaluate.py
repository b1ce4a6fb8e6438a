"""Precision and recall of the Anonymizer on a labelled set (for ``bench/anonymize.py`` and tests).

The set is JSON Lines: one sentence a line with ``marked`` (the sentence with ``{{KIND:text}}``
marks, the form a person edits), ``text`` and ``spans`` (``[start, end, kind]``, derived from
``marked``). A prediction counts only when kind, start and end all match the gold span exactly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from qda.anonymize.findings import Finding

MARK_RE = re.compile(r"\{\{([A-Z]+):(.*?)\}\}")


@dataclass(frozen=True)
class Example:
    text: str
    spans: frozenset[tuple[int, int, str]]


@dataclass
class Score:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_pos + self.false_neg
        return self.true_pos / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def parse_marked(marked: str) -> Example:
    """"Frau {{PERSON:Meier}} aus {{ORT:Köln}}" -> text and gold spans."""
    parts, spans, position, length = [], set(), 0, 0
    for match in MARK_RE.finditer(marked):
        plain = marked[position:match.start()]
        parts.append(plain)
        length += len(plain)
        kind, surface = match.groups()
        spans.add((length, length + len(surface), kind))
        parts.append(surface)
        length += len(surface)
        position = match.end()
    parts.append(marked[position:])
    return Example("".join(parts), frozenset(spans))


def load(path: Path) -> list[Example]:
    """Read the labelled set; each line's ``text``/``spans`` must agree with its ``marked``."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        example = parse_marked(row["marked"])
        stored = Example(row["text"], frozenset((s, e, k) for s, e, k in row["spans"]))
        if stored != example:
            raise ValueError(f"{path}:{number}: text/spans disagree with 'marked'")
        examples.append(example)
    return examples


def to_jsonl(marked_lines: Iterable[str]) -> str:
    """Build the JSON Lines file from marked sentences."""
    rows = []
    for marked in marked_lines:
        example = parse_marked(marked)
        spans = sorted([s, e, k] for s, e, k in example.spans)
        rows.append(json.dumps({"marked": marked, "text": example.text, "spans": spans}, ensure_ascii=False))
    return "\n".join(rows) + "\n"


def score(find: Callable[[str], list[Finding]], examples: Iterable[Example]) -> dict[str, Score]:
    """Scores per kind and ``"ALL"``; each Score lists its misses and false alarms in ``errors``."""
    scores: dict[str, Score] = {}
    for example in examples:
        predicted = {(f.start, f.end, f.kind) for f in find(example.text)}
        for start, end, kind in predicted | example.spans:
            hit, gold = (start, end, kind) in predicted, (start, end, kind) in example.spans
            for key in (kind, "ALL"):
                entry = scores.setdefault(key, Score())
                if hit and gold:
                    entry.true_pos += 1
                elif hit:
                    entry.false_pos += 1
                    entry.errors.append(f"false alarm {kind} {example.text[start:end]!r} in {example.text!r}")
                else:
                    entry.false_neg += 1
                    entry.errors.append(f"missed {kind} {example.text[start:end]!r} in {example.text!r}")
    return scores
