"""Engine setup: SQLite writers queue instead of failing, readers never wait, retries, errors, times."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from zoneinfo import ZoneInfo

import psycopg
import pytest
from db_helpers import empty_url  # noqa: F401  (fixture)
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from qda.errors import QdaError
from qda.store.db import connect, is_retryable, run_write
from qda.store.schema import approvals, settings


@pytest.fixture
def sqlite_pair(tmp_path):
    """Two engines on one SQLite file, as two processes would have."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    first, second = connect(url, create=True), connect(url)
    yield first, second
    first.dispose()
    second.dispose()


def _count(conn) -> int:
    return conn.execute(select(func.count()).select_from(settings)).scalar_one()


def test_second_writer_waits_and_sees_the_first_writers_row(sqlite_pair):
    """Read-then-write in both: with deferred transactions the second would read a snapshot that
    the first writer's commit makes stale, and fail with 'database is locked'."""
    first, second = sqlite_pair
    first_has_read, seen = threading.Event(), []

    def first_writer():
        with first.begin() as conn:
            _count(conn)
            first_has_read.set()
            time.sleep(0.3)
            conn.execute(insert(settings).values(key="first", value=1))

    thread = threading.Thread(target=first_writer)
    thread.start()
    first_has_read.wait(5)
    with second.begin() as conn:
        seen.append(_count(conn))
        conn.execute(insert(settings).values(key="second", value=2))
    thread.join(5)
    assert seen == [1]
    with first.connect() as conn:
        assert _count(conn) == 2


def test_readers_do_not_wait_for_a_writer(sqlite_pair):
    first, second = sqlite_pair
    with first.begin() as conn:
        conn.execute(insert(settings).values(key="pending", value=1))
        started = time.monotonic()
        with second.connect() as reader:
            assert _count(reader) == 0  # the uncommitted row is not visible
        assert time.monotonic() - started < 1


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_pair):
    with sqlite_pair[0].connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000


def _locked() -> OperationalError:
    return OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))


def test_run_write_repeats_the_transaction_after_a_retryable_failure(sqlite_pair):
    engine, calls = sqlite_pair[0], []

    def work(conn):
        calls.append(1)
        conn.execute(insert(settings).values(key=f"try{len(calls)}", value=len(calls)))
        if len(calls) < 3:
            raise _locked()
        return "done"

    assert run_write(engine, work) == "done"
    with engine.connect() as conn:
        assert conn.execute(select(settings.c.key)).scalars().all() == ["try3"]  # the failed tries rolled back


def test_run_write_does_not_repeat_a_real_error(sqlite_pair):
    engine, calls = sqlite_pair[0], []

    def work(conn):
        calls.append(1)
        conn.execute(insert(settings).values(key="same", value=1))
        conn.execute(insert(settings).values(key="same", value=2))

    with pytest.raises(IntegrityError):
        run_write(engine, work)
    assert len(calls) == 1


def test_retryable_failures_are_told_from_real_ones():
    assert is_retryable(_locked())
    assert is_retryable(OperationalError("x", {}, psycopg.errors.DeadlockDetected("deadlock detected")))
    assert is_retryable(OperationalError("x", {}, psycopg.errors.SerializationFailure("could not serialize")))
    assert not is_retryable(IntegrityError("x", {}, psycopg.errors.UniqueViolation("duplicate key")))
    assert not is_retryable(ValueError("no"))


@pytest.mark.parametrize("url, message", [
    ("mysql://someone@somewhere/db", "unsupported database 'mysql'"),
    ("not a url", "not a database URL"),
    ("postgresql://nobody:secret@127.0.0.1:1/none", "cannot open the database postgresql://nobody:***@127.0.0.1:1/none"),
])
def test_a_bad_database_url_is_one_clear_line(url, message):
    with pytest.raises(QdaError, match=message.replace("*", r"\*")) as caught:
        connect(url)
    assert "\n" not in str(caught.value) and "secret" not in str(caught.value)


def test_cli_init_with_an_unreachable_database_leaves_no_project(tmp_path, runner):
    from qda.cli.main import app

    result = runner.invoke(app, ["init", str(tmp_path / "team"), "--database", "postgresql://qda@127.0.0.1:1/team"])
    assert result.exit_code == 1
    assert result.output.startswith("error: cannot open the database postgresql://qda@127.0.0.1:1/team")
    assert not (tmp_path / "team" / "qda.yaml").exists()


def test_times_come_back_as_naive_utc_on_both_engines(empty_url):
    engine = connect(empty_url, create=True)
    berlin = dt.datetime(2024, 3, 12, 9, 30, 15, 123456, tzinfo=ZoneInfo("Europe/Berlin"))
    with engine.begin() as conn:
        conn.execute(insert(approvals).values(site="Bochum", approved_by="lead", fingerprint="f" * 64,
                                              approved_at=berlin.astimezone(dt.timezone.utc)))
    with engine.connect() as conn:
        stored = conn.execute(select(approvals.c.approved_at)).scalar_one()
        if engine.dialect.name == "postgresql":
            conn.execute(text("SET TIME ZONE 'America/New_York'"))
            assert conn.execute(select(approvals.c.approved_at)).scalar_one() == stored
    engine.dispose()
    assert stored == dt.datetime(2024, 3, 12, 8, 30, 15, 123456)
    assert stored.tzinfo is None
