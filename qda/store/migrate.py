"""Schema versions: Alembic migrations, run in code (no alembic.ini) in one transaction.

New databases are made by running every migration, so a fresh project and an upgraded old one
end up with the same schema. Projects made before qda had migrations carry no version table; they
hold the first revision's schema and are stamped with it before upgrading.
Opening a project only compares its version with :data:`HEAD`; Alembic (a quarter second to
import) is loaded only to migrate.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import Connection, Engine, inspect, text

from qda.errors import QdaError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001"  # the schema of projects made before migrations existed
HEAD = "0003"  # the newest revision in migrations/versions (a test keeps the two in step)
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> "Config":
    """An Alembic configuration pointing at qda's migrations, bound to ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this version of qda knows."""
    return HEAD


@lru_cache(maxsize=1)
def known_revisions() -> tuple[str, ...]:
    """All revisions in the migration scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return tuple(rev.revision for rev in reversed(list(script.walk_revisions())))


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands: its revision (None if unversioned), and what that means."""

    current: str | None
    head: str
    empty: bool

    @property
    def legacy(self) -> bool:
        """Made before migrations existed: tables but no version."""
        return self.current is None and not self.empty

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def newer(self) -> bool:
        """Made by a newer qda: a revision this version does not know."""
        return self.current is not None and self.current not in known_revisions()

    @property
    def status(self) -> str:
        """Where the database stands, in words (``qda db info``)."""
        if self.empty:
            return "empty"
        if self.up_to_date:
            return "up to date"
        return "newer than this qda" if self.newer else "behind: run 'qda db upgrade'"


def schema_state(conn: Connection) -> SchemaState:
    tables = set(inspect(conn).get_table_names())
    current = (conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
               if VERSION_TABLE in tables else None)
    return SchemaState(current=current, head=HEAD, empty=not tables - {VERSION_TABLE})  # a version table alone: empty


@contextmanager
def schema_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction for schema changes. On SQLite foreign keys are off meanwhile (batch
    migrations drop and re-create tables, which would cascade) and checked before the commit."""
    with engine.connect() as conn:
        sqlite = conn.connection.dbapi_connection if engine.dialect.name == "sqlite" else None
        if sqlite is not None:
            sqlite.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        try:
            with conn.begin():
                yield conn
                if sqlite is not None and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise QdaError("the migration left rows pointing at missing rows; nothing was changed")
        finally:
            if sqlite is not None:
                sqlite.execute("PRAGMA foreign_keys=ON")


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Bring the schema to ``revision``; return (revision before, revision after)."""
    with schema_transaction(engine) as conn:
        return upgrade_connection(conn, revision)


def upgrade_connection(conn: Connection, revision: str = "head") -> tuple[str | None, str | None]:
    """:func:`upgrade` inside the caller's :func:`schema_transaction`."""
    state = schema_state(conn)
    if state.up_to_date and revision in ("head", HEAD):
        return state.current, state.current
    from alembic import command

    if state.newer:
        raise QdaError(_newer_message(state))
    config = alembic_config(conn)
    if state.legacy:
        command.stamp(config, BASELINE)
    command.upgrade(config, revision)
    return state.current, schema_state(conn).current


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to ``revision`` (``base``: no tables); for tests and restores."""
    from alembic import command

    with schema_transaction(engine) as conn:
        command.downgrade(alembic_config(conn), revision)


def recreate_connection(conn: Connection, revision: str) -> None:
    """Drop every table and build the schema of ``revision``: for an empty database only."""
    from alembic import command

    config = alembic_config(conn)
    if schema_state(conn).legacy:
        command.stamp(config, BASELINE)
    command.downgrade(config, "base")
    command.upgrade(config, revision)


def require_current(engine: Engine) -> None:
    """Refuse a database whose schema is older or newer than this qda; an empty one is created."""
    with engine.connect() as conn:
        state = schema_state(conn)
    if state.up_to_date:
        return
    if state.empty:
        upgrade(engine)
    elif state.newer:
        raise QdaError(_newer_message(state))
    else:
        version = state.current or "from before migrations"
        raise QdaError(f"the project database is at schema revision {version}, this qda needs {state.head}: "
                       "run 'qda db upgrade' (after a backup with 'qda db dump FILE')")


def _newer_message(state: SchemaState) -> str:
    return (f"the project database is at schema revision {state.current}, made by a newer qda "
            f"(this one knows up to {state.head}): update qda")
