"""Engine creation and transactions, the same for SQLite and PostgreSQL.

SQLite gets WAL mode, a busy timeout and enforced foreign keys on every connection so that two
local processes (a coder in the workbench, a script importing) can share a project file.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from qda.store.schema import metadata

SQLITE_BUSY_TIMEOUT_MS = 30_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def connect(url: str, create: bool = False) -> Engine:
    """Open the project database at ``url``; with ``create`` make any missing tables."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    if create:
        metadata.create_all(engine)
    return engine


@contextmanager
def transaction(engine: Engine) -> Iterator[Connection]:
    """One unit of work: committed when the block ends, rolled back on any error."""
    with engine.begin() as conn:
        yield conn
