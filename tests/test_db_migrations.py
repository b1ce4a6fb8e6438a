"""Schema versions: migrations build exactly schema.py, old projects are refused until upgraded,
and ``qda db upgrade`` keeps every row."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from db_helpers import empty_url, table_rows  # noqa: F401  (fixture)
from sqlalchemy import inspect, text

from qda.errors import QdaError
from qda.project import open_project
from qda.store.db import connect
from qda.store.migrate import BASELINE, alembic_config, downgrade, head_revision, known_revisions, upgrade
from qda.store.schema import metadata


def test_migrations_build_exactly_the_tables_of_schema_py(empty_url):
    engine = connect(empty_url)
    assert upgrade(engine) == (None, head_revision())
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert differences == []
    assert tables == set(metadata.tables) | {"alembic_version"}


def test_every_migration_goes_down_and_up_again(empty_url):
    engine = connect(empty_url)
    upgrade(engine)
    downgrade(engine, "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    assert upgrade(engine) == (None, head_revision())
    engine.dispose()


def test_head_names_the_newest_migration_script():
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == head_revision()
    assert known_revisions()[-1] == head_revision()


def test_a_new_project_is_made_by_the_migrations(project):
    with project.engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == head_revision()
    assert known_revisions()[0] == BASELINE


def _make_old(project, legacy: bool) -> None:
    """Turn ``project`` into one made by an older qda: schema at the first revision, and for
    ``legacy`` (made before migrations existed) without a version table."""
    engine = project.database
    if head_revision() != BASELINE:
        downgrade(engine, BASELINE)
    if legacy:
        with engine.begin() as conn:
            conn.execute(text("drop table alembic_version"))
    engine.dispose()


@pytest.mark.parametrize("legacy", [
    pytest.param(True, id="before-migrations"),
    pytest.param(False, id="first-revision", marks=pytest.mark.skipif(
        head_revision() == BASELINE, reason="the first revision is the newest: nothing is older")),
])
def test_old_project_is_refused_until_qda_db_upgrade_which_keeps_every_row(loaded_project, run_cli, legacy):
    assert run_cli("code", "add", "KR-OP-IFK-W1", "2", "contact_density", "--coder", "anna").exit_code == 0
    _make_old(loaded_project, legacy)
    before = table_rows(loaded_project.database)  # the old schema's rows

    refused = run_cli("docs")
    assert refused.exit_code == 1
    assert "run 'qda db upgrade'" in refused.output
    assert ("from before migrations" if legacy else f"revision {BASELINE}") in refused.output

    info = run_cli("db", "info", "--format", "json")
    assert info.exit_code == 0 and "behind: run 'qda db upgrade'" in info.output

    upgraded = run_cli("db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert f"to revision {head_revision()}" in upgraded.output
    reopened = open_project(loaded_project.root)
    after = table_rows(reopened.engine)
    # every old row is there; columns added since (at the end of each table) are new
    assert {name: [row[:len(rows[0])] for row in after[name]] if rows else after[name]
            for name, rows in before.items()} == before
    assert run_cli("db", "upgrade").output.strip() == f"schema already at revision {head_revision()}"
    listed = run_cli("code", "list", "--format", "csv")
    assert listed.exit_code == 0 and "KR-OP-IFK-W1,2,contact_density" in listed.output.replace('"', "")
    reopened.database.dispose()


def test_a_database_from_a_newer_qda_is_refused(project, run_cli):
    with project.database.begin() as conn:
        conn.execute(text("update alembic_version set version_num = 'f00d'"))
    result = run_cli("docs")
    assert result.exit_code == 1
    assert "revision f00d, made by a newer qda" in result.output
    assert "update qda" in run_cli("db", "upgrade").output


def test_an_empty_database_gets_the_schema_when_opened(tmp_path):
    root = tmp_path / "fresh"
    root.mkdir()
    (root / "qda.yaml").write_text("database_url: sqlite:///other.db\n", encoding="utf-8")
    (root / "other.db").touch()  # empty; a missing file is refused (tests/test_hostile_input.py)
    project = open_project(root)
    with project.engine.connect() as conn:
        assert "codings" in inspect(conn).get_table_names()
    assert (root / "other.db").is_file()
    project.database.dispose()


def test_upgrade_refuses_a_database_from_a_newer_qda_directly(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'x.db'}", create=True)
    with engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = 'f00d'"))
    with pytest.raises(QdaError, match="newer qda"):
        upgrade(engine)
    engine.dispose()


def test_cli_init_on_an_empty_postgresql_database_runs_the_migrations(pg_server, runner, tmp_path):
    from qda.cli.main import app

    name = pg_server.create_database()
    url = pg_server.url(name).replace("+psycopg", "")
    created = runner.invoke(app, ["init", str(tmp_path / "team"), "--database", url])
    assert created.exit_code == 0, created.output
    assert "(postgresql)" in created.output
    assert f"database_url: {url}" in (tmp_path / "team" / "qda.yaml").read_text(encoding="utf-8")
    info = runner.invoke(app, ["--project", str(tmp_path / "team"), "db", "info", "--format", "json"])
    assert '"engine": "postgresql"' in info.output and f'"revision": "{head_revision()}"' in info.output
    pg_server.drop_database(name)
