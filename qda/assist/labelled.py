"""Labelled text outside a project: ``{"text", "label"}`` per line of a JSONL file, evaluated with
a codebook's rules (cold) and with k-fold training (warm), like a coder's codings.

A label names a code by path or id (a top-level theme such as ``profiling``); its rules are the
keywords, exclusions and questions of the code and all its children, so a theme is found through
whatever its sub-codes name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Protocol, Sequence

from qda.assist.data import LabeledSegment
from qda.assist.rules import CodeTerms
from qda.errors import QdaError


class CodeLike(Protocol):
    path: str
    keywords: list[str]
    exclude: list[str]
    questions: list[str]


def read_labelled(path: Path) -> list[LabeledSegment]:
    """One complete labelled segment per line; every other label of the file is a negative."""
    rows: list[tuple[str, str]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QdaError(f"cannot read labelled data: {exc}", path) from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QdaError(f"not a JSON object ({exc.msg})", path, number) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
                or not isinstance(record.get("label"), str) or not record["text"].strip():
            raise QdaError('each line needs a non-empty "text" and a "label" string', path, number)
        rows.append((record["text"], record["label"].strip()))
    if not rows:
        raise QdaError("no labelled lines", path)
    labels = sorted({label for _, label in rows})
    return [LabeledSegment(number, f"line{number}", text, None, {code: int(code == label) for code in labels}, True)
            for number, (text, label) in enumerate(rows, start=1)]


def theme_terms(codes: Iterable[CodeLike], labels: Sequence[str]) -> list[CodeTerms]:
    """Rule terms per label: its code's and every descendant's (a label found nowhere gets none)."""
    codes = list(codes)
    by_id = {code.path.rsplit("/", 1)[-1]: code.path for code in codes}
    terms = []
    for label in labels:
        path = label if any(code.path == label for code in codes) else by_id.get(label, label)
        subtree = [code for code in codes if code.path == path or code.path.startswith(path + "/")]
        terms.append(CodeTerms(label, _joined(c.keywords for c in subtree), _joined(c.exclude for c in subtree),
                               _joined(c.questions for c in subtree)))
    return terms


def _joined(lists: Iterable[Sequence[str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(term for terms in lists for term in terms))


def flatten(codes) -> list:
    """A codebook file's code tree as a list, parents first."""
    return [node for code in codes for node in [code, *flatten(code.children)]]
