"""``qda db dump`` / ``restore``: a project moves SQLite → PostgreSQL → SQLite with every row."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from db_helpers import table_rows
from sqlalchemy import insert, select, update

from qda.codebook import load_codebook_file, sync_codebook
from qda.coding.api import add_coding, list_codings
from qda.errors import QdaError
from qda.ingest import import_paths
from qda.project import init_project
from qda.store.dump import dump_file, restore_file
from qda.store.migrate import head_revision
from qda.store.schema import (
    approvals,
    assist_models,
    code_pins,
    codes,
    document_versions,
    finding_history,
    findings,
    memos,
    metadata,
    orphaned_codings,
    pseudonym_aliases,
    pseudonyms,
    review_comments,
    seen_segments,
    segments,
    settings,
    site_attributes,
    suggestion_decisions,
    summaries,
)

WHEN = dt.datetime(2024, 3, 12, 9, 30, 15, 123456, tzinfo=dt.timezone.utc)


def _fill_every_table(project) -> None:
    """Rows in every table, with the awkward values: umlauts, newlines, None, JSON, bytes with NUL,
    and a code whose parent has a larger id than itself."""
    with project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 2, "contact_density", "anna", memo="Krankheit „Ausfall“\nzweite Zeile")
        add_coding(conn, "KR-OP-IFK-W1", 2, "interfaces/basisteam", "ben", origin="suggested", suggester="rules",
                   score=0.875, key_quote=True)
        late_parent = conn.execute(insert(codes).values(
            path="zusatz", code_key="zusatz", label="Zusatz", anchor_examples=["Ä"], keywords=[], exclude=[],
            questions=["2.2d"], position=9, active=False)).inserted_primary_key[0]
        conn.execute(update(codes).where(codes.c.code_key == "egv").values(parent_id=late_parent, path="zusatz/egv"))
        segment_id = conn.execute(select(segments.c.id).limit(1)).scalar()
        code_id = conn.execute(select(codes.c.id).limit(1)).scalar()
        document_id = conn.execute(select(segments.c.document_id).where(segments.c.id == segment_id)).scalar()
        conn.execute(insert(document_versions).values(document_id=document_id, version=0, sha256="0" * 64,
                                                      text="alte Fassung\n", replaced_at=WHEN))
        conn.execute(insert(memos).values(target_kind="segment", segment_id=segment_id, coder="anna",
                                          text="Memo 🙂", created_at=WHEN, updated_at=WHEN))
        conn.execute(insert(suggestion_decisions).values(segment_id=segment_id, code_id=code_id, coder="anna",
                                                         decision="rejected", suggester="nb", score=None,
                                                         decided_at=WHEN))
        conn.execute(insert(assist_models).values(name="nb", version=1, created_at=WHEN, params={"alpha": 0.5},
                                                  metrics={"f1": [0.5, None]}, blob=b"\x00\xffmodel\n"))
        conn.execute(insert(summaries).values(site="Bochum", code_id=code_id, text="Kurz.", author="lead",
                                              updated_at=WHEN))
        conn.execute(insert(code_pins).values(coder="anna", digit=3, code_id=code_id))
        conn.execute(insert(seen_segments).values(segment_id=segment_id, coder="anna", how="done", seen_at=WHEN))
        conn.execute(insert(approvals).values(site="Bochum", approved_by="lead", fingerprint="a" * 64,
                                              approved_at=WHEN))
        conn.execute(insert(orphaned_codings).values(
            doc_key="BO-OP-IFK-W1", from_version=1, code_path="egv", coder="anna", char_start=1, char_end=5,
            quote="EGV", memo=None, origin="manual", created_at=WHEN, orphaned_at=WHEN))
        conn.execute(insert(pseudonyms).values(digest="d" * 64, kind="PERSON", number=1))
        conn.execute(insert(pseudonym_aliases).values(digest="e" * 64, kind="PERSON", number=1))
        conn.execute(insert(review_comments).values(site="Bochum", code_id=None, text="Bitte prüfen.", author="lead",
                                                    source="cli", created_at=WHEN))
        conn.execute(insert(settings).values(key="nested", value={"a": [1, 2.5, None, "ß"], "b": {"c": True}}))
        conn.execute(insert(site_attributes).values(site="Düsseldorf", key="rd", value="RD NRW", updated_at=WHEN))
        finding = {"site": "Bochum", "feature_key": "egv_form", "wave": None, "level": "client", "value": ["a", "ß"],
                   "note": "Notiz\nzwei", "evidence": ["BO-OP-IFK-W1:2"], "set_by": "anna", "set_at": WHEN}
        conn.execute(insert(findings).values(**finding))
        conn.execute(insert(finding_history).values(finding_id=1, **finding, replaced_by="ben", replaced_at=WHEN,
                                                    action="changed"))


def _move(project, target, path) -> None:
    dump_file(project.engine, path)
    restore_file(target.database, path)


def test_sqlite_to_postgresql_to_sqlite_keeps_every_row(protocol_dir, mini_codebook, pg_database, tmp_path):
    source = init_project(tmp_path / "source")
    import_paths(source.engine, [protocol_dir])
    with source.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(mini_codebook))
    _fill_every_table(source)
    original = table_rows(source.engine)
    assert all(original.values()), [name for name, rows in original.items() if not rows]

    on_postgres = init_project(tmp_path / "team", database_url=pg_database)
    _move(source, on_postgres, tmp_path / "one.jsonl")
    assert table_rows(on_postgres.engine) == original
    back = init_project(tmp_path / "back")
    _move(on_postgres, back, tmp_path / "two.jsonl")
    assert table_rows(back.engine) == original

    one, two = (tmp_path / "one.jsonl").read_text().splitlines(), (tmp_path / "two.jsonl").read_text().splitlines()
    assert one[1:] == two[1:]
    assert json.loads(two[0])["engine"] == "postgresql" and json.loads(two[0])["revision"] == head_revision()
    with on_postgres.engine.begin() as conn:  # new ids continue after the restored ones
        assert add_coding(conn, "KR-CL-ELB-W1", 1, "contact_density", "carla")[1]
        assert len(list_codings(conn)) == 3
    for project in (source, on_postgres, back):
        project.database.dispose()


@pytest.fixture
def dumped(loaded_project, tmp_path):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 2, "contact_density", "anna")
    path = tmp_path / "snapshot.jsonl"
    dump_file(loaded_project.engine, path)
    return path


def _lines(path):
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def _empty_target(tmp_path):
    return init_project(tmp_path / "target")


@pytest.mark.parametrize("damage, message", [
    (lambda lines: ["hello\n", *lines[1:]], ":1: not a qda dump"),
    (lambda lines: lines[:-1], "the dump is incomplete"),
    (lambda lines: [*lines[:3], "{broken\n", *lines[3:]], ":4: not a dump row"),
    (lambda lines: [*lines[:2], '{"table": "nonsense", "row": {}}\n', *lines[2:]], ":3: unknown table 'nonsense'"),
    (lambda lines: [lines[0].replace(f'"revision": "{head_revision()}"', '"revision": "f00d"'), *lines[1:]],
     "made by a newer qda"),
    (lambda lines: [*lines, lines[-1]], "break the database's rules"),
], ids=["not-a-dump", "truncated", "broken-line", "unknown-table", "newer-revision", "duplicate-row"])
def test_a_damaged_dump_is_refused_and_nothing_is_written(dumped, tmp_path, damage, message):
    dumped.write_text("".join(damage(_lines(dumped))), encoding="utf-8")
    target = _empty_target(tmp_path)
    with pytest.raises(QdaError, match=message):
        restore_file(target.database, dumped)
    assert not any(table_rows(target.engine).values())
    target.database.dispose()


def test_restore_refuses_a_database_that_has_rows(dumped, loaded_project):
    with pytest.raises(QdaError, match="target database is not empty"):
        restore_file(loaded_project.database, dumped)


def test_cli_dump_restore_and_info(loaded_project, run_cli, runner, tmp_path):
    from qda.cli.main import app

    path = tmp_path / "backup.jsonl"
    result = run_cli("db", "dump", path)
    assert result.exit_code == 0, result.output
    tables = len(metadata.tables)  # every table of schema.py, empty ones too
    # 17 rows: 3 documents, 8 segments, 4 codes, 2 settings (codebook, features)
    assert result.output.strip() == f"dumped 17 rows of {tables} tables to {path}"
    assert not path.with_name("backup.jsonl.partial").exists()

    target = tmp_path / "copy"
    assert runner.invoke(app, ["init", str(target)]).exit_code == 0
    restored = runner.invoke(app, ["--project", str(target), "db", "restore", str(path)])
    assert restored.exit_code == 0, restored.output
    assert restored.output.strip() == f"restored 17 rows of {tables} tables from {path}"
    again = runner.invoke(app, ["--project", str(target), "db", "restore", str(path)])
    assert again.exit_code == 1 and again.output.startswith("error: the target database is not empty")

    info = json.loads(runner.invoke(app, ["--project", str(target), "db", "info", "--format", "json"]).output)[0]
    assert (info["engine"], info["revision"], info["status"]) == ("sqlite", head_revision(), "up to date")
    assert {name: count for name, count in info["rows"].items() if count} == {
        "codes": 4, "documents": 3, "segments": 8, "settings": 2}
    csv = run_cli("db", "info", "--format", "csv").output.splitlines()
    assert csv[0] == "table,rows" and "segments,8" in csv
    missing = run_cli("db", "restore", tmp_path / "nope.jsonl")
    assert missing.exit_code == 1 and "nope.jsonl: no such file" in missing.output
