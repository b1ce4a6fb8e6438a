"""YAML from untrusted files (front matter, codebooks, ``qda.yaml``) with bounded depth and size.

PyYAML loads aliases as shared references, so a 500-byte "billion laughs" document loads at once
but explodes when anything walks it (``str()``, JSON, the database); nesting thousands of levels
deep exhausts Python's recursion. Both are measured on the event stream first, which PyYAML
produces iteratively (with libyaml's C parser when installed), before any tree is built.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    ScalarEvent,
)

from qda.errors import QdaError

_EVENT_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_INT_DIGITS = 18  # a longer run of digits stays text (Python refuses int() beyond 4,300)


class _KeepsLongIntegers:
    """Overlong integers stay text instead of failing."""

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int | str:
        if len(node.value) > MAX_INT_DIGITS:
            return node.value
        return super().construct_yaml_int(node)  # type: ignore[misc]


class BoundedLoader(_KeepsLongIntegers, _EVENT_LOADER):  # type: ignore[misc,valid-type]
    """``SafeLoader`` with libyaml's C parser where installed (a codebook composes ten times faster)."""


class ExplainingLoader(_KeepsLongIntegers, yaml.SafeLoader):
    """The same in pure Python, whose errors say what is wrong in clearer words: read again with
    it when :class:`BoundedLoader` fails."""


for _loader in (BoundedLoader, ExplainingLoader):
    _loader.add_constructor("tag:yaml.org,2002:int", _loader.construct_yaml_int)


def check_bounds(text: str, path: Path | str, max_nodes: int, max_depth: int, first_line: int = 1) -> None:
    """Refuse ``text`` if it nests deeper than ``max_depth`` or holds more than ``max_nodes``
    values once every alias is expanded; syntax errors raise :class:`yaml.YAMLError`."""
    expanded: dict[str, int] = {}  # anchor -> values under it, aliases expanded
    open_sizes = [0]  # values counted so far in each open collection (the stream first)
    open_anchors: list[str | None] = [None]

    def count(event: Event, size: int, anchor: str | None) -> None:
        if anchor:
            expanded[anchor] = size
        open_sizes[-1] += size
        if open_sizes[-1] > max_nodes:
            raise QdaError(f"YAML expands to more than {max_nodes:,} values (alias bomb?)", path,
                           event.start_mark.line + first_line)

    for event in yaml.parse(text, Loader=_EVENT_LOADER):
        if isinstance(event, CollectionStartEvent):
            if len(open_sizes) > max_depth:
                raise QdaError(f"YAML nested deeper than {max_depth} levels", path,
                               event.start_mark.line + first_line)
            open_sizes.append(1)
            open_anchors.append(event.anchor)
        elif isinstance(event, CollectionEndEvent):
            count(event, open_sizes.pop(), open_anchors.pop())
        elif isinstance(event, ScalarEvent):
            count(event, 1, event.anchor)
        elif isinstance(event, AliasEvent):
            count(event, expanded.get(event.anchor or "", 1), None)


def load_bounded(text: str, path: Path | str, max_nodes: int, max_depth: int) -> object:
    """``yaml.safe_load`` after :func:`check_bounds`."""
    check_bounds(text, path, max_nodes, max_depth)
    try:
        return yaml.load(text, Loader=BoundedLoader)
    except yaml.YAMLError:
        return yaml.load(text, Loader=ExplainingLoader)
