"""Helpers for the database tests: an empty database on either engine, and whole-table reads."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, MetaData, select

from qda.store.migrate import VERSION_TABLE

ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def empty_url(request, tmp_path):
    """The URL of an empty database (no tables), once per engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    server = request.getfixturevalue("pg_server")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


def table_rows(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table (the version table aside), ordered by primary key."""
    reflected = MetaData()
    with engine.connect() as conn:
        reflected.reflect(conn)
        return {
            table.name: [tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
            for table in reflected.sorted_tables if table.name != VERSION_TABLE
        }
