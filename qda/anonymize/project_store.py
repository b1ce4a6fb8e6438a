"""Pseudonyms that stay consistent across every import into one project.

The database keeps only HMAC digests and numbers (table ``pseudonyms``), never originals; the
HMAC secret lives in a file beside ``qda.yaml`` with owner-only permissions, so a copy of the
database alone cannot be tested against name lists. Numbers are assigned in memory during an
import (the import holds the write transaction) and saved when it has succeeded.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, insert, select

from qda.anonymize.anonymizer import Anonymizer
from qda.anonymize.pseudonyms import MemoryStore
from qda.project import Project
from qda.store.schema import pseudonyms

SECRET_NAME = "qda-pseudonym.secret"


class DatabaseStore(MemoryStore):
    """A :class:`MemoryStore` loaded from, and saved back to, the project's pseudonyms table."""

    def __init__(self, engine: Engine):
        super().__init__()
        with engine.connect() as conn:
            for row in conn.execute(select(pseudonyms)):
                self.rows[row.digest] = (row.kind, row.number)
        self.saved = set(self.rows)

    def save(self, engine: Engine) -> int:
        """Write the numbers assigned since loading; return how many."""
        new = [{"digest": d, "kind": k, "number": n} for d, (k, n) in self.rows.items() if d not in self.saved]
        if new:
            with engine.begin() as conn:
                conn.execute(insert(pseudonyms), new)
            self.saved.update(row["digest"] for row in new)
        return len(new)


def project_secret(root: Path) -> bytes:
    """The project's HMAC secret, created on first use as an owner-only file."""
    path = root / SECRET_NAME
    if not path.exists():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(os.urandom(32))
    return path.read_bytes()


def project_anonymizer(project: Project, model: str | None = None) -> tuple[Anonymizer, DatabaseStore]:
    """An anonymizer with the project's allow/deny lists, secret and stored pseudonyms."""
    section = project.config.get("anonymize") or {}
    store = DatabaseStore(project.engine)
    anonymizer = Anonymizer(allow=section.get("allow") or (), deny=section.get("deny") or (), model=model,
                            secret=project_secret(project.root), store=store)
    return anonymizer, store
