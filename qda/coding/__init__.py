"""Codings and memos: what coders (and accepted suggestions) attach to segments.

``api`` adds and removes codings, ``io`` exchanges them as CSV/JSON, ``memos`` keeps notes,
``queue``, ``view``, ``session`` and ``history`` are the library behind the workbench.
"""

from qda.coding.api import add_coding, list_codings, remove_coding, resolve_document, resolve_segment, store_coding

__all__ = ["add_coding", "list_codings", "remove_coding", "resolve_document", "resolve_segment", "store_coding"]
