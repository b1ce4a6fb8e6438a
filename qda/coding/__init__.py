"""Codings and memos: what coders (and accepted suggestions) attach to segments."""

from qda.coding.api import add_coding, list_codings, remove_coding, resolve_document, resolve_segment

__all__ = ["add_coding", "list_codings", "remove_coding", "resolve_document", "resolve_segment"]
