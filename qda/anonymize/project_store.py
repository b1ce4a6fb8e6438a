"""Pseudonyms that stay consistent across every import into one project.

The database keeps only HMAC digests and numbers, never originals: one row per pseudonym in
``pseudonyms`` (unique per kind and number) and its further keys in ``pseudonym_aliases``. The
HMAC secret lives in a file beside ``qda.yaml`` with owner-only permissions, so a copy of the
database alone cannot be tested against name lists.

Numbers are allocated inside the import's own transaction, after taking the project's
pseudonym lock (SQLite's write lock, which ``BEGIN IMMEDIATE`` holds from the start; a
transaction-scoped advisory lock on PostgreSQL): two concurrent imports queue, so they never
give one number to two people, and a failed import leaves no numbers behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, func, insert, select, text

from qda.anonymize.pseudonyms import MemoryStore
from qda.store.schema import pseudonym_aliases, pseudonyms

SECRET_NAME = "qda-pseudonym.secret"
PG_LOCK_KEY = 0x71646170  # "qdap": the advisory lock that serialises pseudonym allocation


class DatabaseStore(MemoryStore):
    """The project's pseudonym tables, read and written through the import's connection."""

    def __init__(self, conn: Connection):
        super().__init__()
        self.conn = conn
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        for table in (pseudonyms, pseudonym_aliases):
            for row in conn.execute(select(table.c.digest, table.c.kind, table.c.number)):
                self.rows[row.digest] = (row.kind, row.number)

    def allocate(self, digest: str, kind: str) -> int:
        highest = self.conn.execute(select(func.max(pseudonyms.c.number)).where(pseudonyms.c.kind == kind)).scalar()
        number = (highest or 0) + 1
        self.conn.execute(insert(pseudonyms).values(digest=digest, kind=kind, number=number))
        self.rows[digest] = (kind, number)
        return number

    def alias(self, digest: str, kind: str, number: int) -> None:
        if digest not in self.rows:
            self.conn.execute(insert(pseudonym_aliases).values(digest=digest, kind=kind, number=number))
            self.rows[digest] = (kind, number)


def project_secret(root: Path) -> bytes:
    """The project's HMAC secret, created on first use as an owner-only file.

    Written to a temporary file and linked into place, so a concurrent first import never
    reads a half-written secret and both end up with the same one.
    """
    path = root / SECRET_NAME
    if not path.exists():
        temp = root / f".{SECRET_NAME}.{os.getpid()}.tmp"
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(os.urandom(32))
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temp, path)
        except FileExistsError:
            pass
        finally:
            temp.unlink()
    return path.read_bytes()
