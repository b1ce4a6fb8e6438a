"""Engine creation and transactions, the same for SQLite and PostgreSQL.

SQLite gets WAL mode, a busy timeout and enforced foreign keys on every connection so that
several local processes (coders in the workbench, a script importing) can share a project file.
Explicit transactions (``engine.begin()``, ``conn.begin()``) start with ``BEGIN IMMEDIATE``: a
writer takes the write lock before it reads, so two writers queue on the busy timeout instead of
failing when one of them tries to upgrade a stale read snapshot. Transactions that begin
implicitly (``engine.connect()`` and a query) stay deferred, so readers never block writers.
PostgreSQL runs at READ COMMITTED; :func:`run_write` retries the rare serialization failure or
deadlock. Times are stored in UTC and come back from both engines as naive UTC datetimes (what
SQLite does natively), so output does not depend on the engine or the server's time zone.
"""

from __future__ import annotations

import random
import time
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

from sqlalchemy import Connection, CursorResult, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError

from qda.errors import QdaError
from qda.store.migrate import upgrade

SQLITE_BUSY_TIMEOUT_MS = 30_000
PG_CONNECT_TIMEOUT_S = 10  # a URL pointing at something that is not PostgreSQL must not hang
RETRY_ATTEMPTS = 8
RETRYABLE_PG_STATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_AUTOBEGIN = "qda_autobegin"

T = TypeVar("T")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # the driver emits no BEGIN of its own: we do
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _note_autobegin(conn: Connection, *_args) -> None:
    """A statement outside a transaction: the BEGIN about to happen is an implicit one."""
    if not conn.in_transaction():
        conn.info[_AUTOBEGIN] = True


def _forget_autobegin(conn: Connection) -> None:
    """A fresh checkout: no note left over from a statement that failed before it began."""
    conn.info.pop(_AUTOBEGIN, None)


def _sqlite_begin(conn: Connection) -> None:
    try:
        conn.exec_driver_sql("BEGIN" if conn.info.get(_AUTOBEGIN) else "BEGIN IMMEDIATE")
    finally:
        conn.info.pop(_AUTOBEGIN, None)


def connect(url: str, create: bool = False) -> Engine:
    """Open the database at ``url``; with ``create`` bring its schema to the newest revision."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise QdaError(f"not a database URL: '{url}' (use sqlite:///FILE or postgresql://USER@HOST/DB)") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = _sqlite_engine(parsed)
    elif backend == "postgresql":
        engine = _postgres_engine(parsed)
    else:
        raise QdaError(f"unsupported database '{backend}': use sqlite:///FILE or postgresql://USER@HOST/DB")
    _require_reachable(engine, parsed)
    if create:
        upgrade(engine)
    return engine


def _require_reachable(engine: Engine, url: URL) -> None:
    """Fail now, in one line, rather than with a driver traceback at the first query."""
    try:
        engine.connect().close()
    except DatabaseError as error:
        reason = " ".join(line.strip() for line in str(error.orig).splitlines() if line.strip())
        raise QdaError(f"cannot open the database {url.render_as_string(hide_password=True)}: {reason}") from None


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "engine_connect", _forget_autobegin)
    event.listen(engine, "before_execute", _note_autobegin)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _postgres_engine(url: URL) -> Engine:
    from qda.store import postgres  # imports psycopg, which SQLite projects never need

    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    timeout = {} if "connect_timeout" in url.query else {"connect_timeout": PG_CONNECT_TIMEOUT_S}
    engine = create_engine(url, pool_pre_ping=True, connect_args={**postgres.SESSION_OPTIONS, **timeout})
    event.listen(engine, "connect", postgres.on_connect)
    return engine


@contextmanager
def transaction(engine: Engine) -> Iterator[Connection]:
    """One unit of work: committed when the block ends, rolled back on any error."""
    with engine.begin() as conn:
        yield conn


def is_retryable(error: BaseException) -> bool:
    """True for failures that say "try the same transaction again", not "your data is wrong"."""
    if not isinstance(error, DBAPIError):
        return False
    state = getattr(error.orig, "sqlstate", None)
    return error.connection_invalidated or state in RETRYABLE_PG_STATES or "database is locked" in str(error.orig)


def run_write(engine: Engine, work: Callable[[Connection], T], attempts: int = RETRY_ATTEMPTS) -> T:
    """Run ``work(conn)`` in a transaction, again (after a short random pause) while the database
    asks for a retry; ``work`` must be safe to repeat, which the rolled-back transaction makes it."""
    for attempt in range(1, attempts):
        try:
            with engine.begin() as conn:
                return work(conn)
        except DBAPIError as error:
            if not is_retryable(error):
                raise
        time.sleep(random.uniform(0, 0.01 * 2**attempt))
    with engine.begin() as conn:
        return work(conn)


def inserted_id(result: CursorResult) -> int:
    """The primary key of the row an INSERT stored."""
    key = result.inserted_primary_key
    if key is None:  # not an INSERT of one row: a programming error, not bad input
        raise TypeError("inserted_id needs the result of a single-row INSERT")
    return int(key[0])
