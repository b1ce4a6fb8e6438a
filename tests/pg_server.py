"""A throwaway PostgreSQL server for tests and benchmarks (no Docker): ``initdb`` into a temporary
folder, started on a free local port with its socket in that folder, removed when stopped.

PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user that
Debian's ``postgresql`` package creates. ``QDA_TEST_DB=postgresql`` runs the whole suite on it.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pytest

from qda.store.db import connect
from qda.store.migrate import upgrade

TEMPLATE = "qda_template"
FAST_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


def engine_under_test() -> str:
    """``sqlite`` (default) or ``postgresql``, from ``QDA_TEST_DB``."""
    return os.environ.get("QDA_TEST_DB", "sqlite")


def pg_bin_dir() -> Path | None:
    """The newest PostgreSQL server binaries installed from Debian's packages, or on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).resolve().parent if on_path else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PgServer:
    """One running server; databases are created and dropped over an admin connection."""

    def __init__(self, durable: bool = False):
        self.bin = pg_bin_dir()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (apt-get install -y postgresql)")
        self.root = Path(tempfile.mkdtemp(prefix="qda-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.run_as = "postgres" if os.geteuid() == 0 else None
        if self.run_as:
            shutil.chown(self.root, self.run_as)
        settings = {"listen_addresses": "127.0.0.1", "port": str(self.port), "unix_socket_directories": str(self.root),
                    "max_connections": "200", **({} if durable else FAST_SETTINGS)}
        options = " ".join(f"-c {key}={value}" for key, value in settings.items())
        self._names = itertools.count(1)
        try:
            self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale",
                      "--no-sync")
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")
        except subprocess.CalledProcessError as error:
            log = self.root / "server.log"
            details = error.stderr + (log.read_text(errors="replace")[-2000:] if log.exists() else "")
            shutil.rmtree(self.root, ignore_errors=True)
            raise RuntimeError(f"could not start PostgreSQL ({' '.join(error.cmd)}):\n{details}") from None

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        subprocess.run(command, check=True, cwd=self.root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, timeout=120, text=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str):
        """Run ``sql`` on the server's maintenance database; rows if it returns any."""
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            cursor = conn.execute(sql)
            return cursor.fetchall() if cursor.description else None

    def create_database(self, template: str = "template0") -> str:
        """A new database, empty (``template0``) or a copy of ``template``; returns its name."""
        name = f"qda_test_{next(self._names)}"
        version = self.admin("SELECT current_setting('server_version_num')::int")[0][0]
        strategy = " STRATEGY FILE_COPY" if version >= 150000 else ""  # 5x faster for small databases
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'{strategy}')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def make_project_template(self) -> None:
        """A database at the newest schema that fresh project databases are copied from."""
        self.admin(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE template0 ENCODING \'UTF8\'')
        engine = connect(self.url(TEMPLATE))
        upgrade(engine)
        engine.dispose()

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for this test session; without PostgreSQL installed, its tests are skipped
    (and fail when the suite runs with ``QDA_TEST_DB=postgresql``)."""
    if pg_bin_dir() is None:
        missing = "PostgreSQL is not installed (apt-get install -y postgresql)"
        pytest.fail(missing) if engine_under_test() == "postgresql" else pytest.skip(missing)
    server = PgServer()
    server.make_project_template()
    yield server
    server.stop()


@pytest.fixture
def pg_database(pg_server):
    """The URL of a fresh PostgreSQL database at the newest schema, dropped after the test."""
    name = pg_server.create_database(template=TEMPLATE)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def database_url(request):
    """The database the ``project`` fixture uses: None (a SQLite file) or a fresh PostgreSQL one."""
    if engine_under_test() == "postgresql":
        return request.getfixturevalue("pg_database")
    return None
