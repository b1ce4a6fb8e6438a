"""Deterministic GUIDs: the same project exported twice gives byte-identical files."""

from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("6f1c2a9e-3b7d-5e40-9a61-2d8c4b0e7f13")


def guid(kind: str, *parts: object) -> str:
    """A uuid5 for a thing of ``kind`` identified by ``parts`` (e.g. ``guid("code", "egv")``)."""
    return str(uuid.uuid5(NAMESPACE, "\x1f".join([kind, *map(str, parts)])))


def normal_guid(value: str | None) -> str | None:
    """GUIDs compare case-insensitively and may come in braces (ATLAS.ti writes upper case)."""
    return value.strip().strip("{}").lower() if value else None
