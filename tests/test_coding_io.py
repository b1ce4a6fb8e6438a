"""Import and export of codings: lossless round trips, row-numbered errors, nothing half-imported."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import func, select

from qda.coding.api import add_coding, list_codings
from qda.coding.io import EXPORT_COLUMNS, export_rows, import_codings, write_codings
from qda.errors import QdaError
from qda.project import init_project
from qda.store.schema import codings


def _count(project) -> int:
    with project.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(codings)).scalar()


def _write_csv(path, rows, delimiter=","):
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def coded_project(loaded_project):
    """Codings of every kind of field: spans, memos with commas and newlines, suggested origin."""
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 2, "contact_density", "anna", memo='Krankheit, "Ausfall"\nzweite Zeile')
        add_coding(conn, "BO-OP-IFK-W1", 3, "egv", "anna", span=(298, 315), key_quote=True)
        add_coding(conn, "KR-OP-IFK-W1", 2, "interfaces/basisteam", "bernd", origin="suggested",
                   suggester="keywords", score=0.8125)
        add_coding(conn, "KR-CL-ELB-W1", 2, "contact_density", "bernd")
    return loaded_project


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_import_export_is_lossless(coded_project, tmp_path, protocol_dir, mini_codebook, run_cli, fmt):
    exported = tmp_path / f"codings.{fmt}"
    with coded_project.engine.connect() as conn, exported.open("w", encoding="utf-8", newline="") as out:
        write_codings(export_rows(conn), fmt, out)

    other = init_project(tmp_path / "other")
    from typer.testing import CliRunner

    from qda.cli.main import app

    runner = CliRunner()
    for args in (["import", str(protocol_dir)], ["codebook", "load", str(mini_codebook)]):
        assert runner.invoke(app, ["--project", str(other.root), *args]).exit_code == 0
    with other.engine.begin() as conn:
        report = import_codings(conn, exported, coder="nobody")
    assert (report.rows, report.imported, report.duplicates) == (4, 4, 0)

    with coded_project.engine.connect() as a, other.engine.connect() as b:
        assert export_rows(a) == export_rows(b)
    again = tmp_path / f"again.{fmt}"
    with other.engine.connect() as conn, again.open("w", encoding="utf-8", newline="") as out:
        write_codings(export_rows(conn), fmt, out)
    assert again.read_text(encoding="utf-8") == exported.read_text(encoding="utf-8")


def test_export_has_every_column_and_the_values(coded_project):
    with coded_project.engine.connect() as conn:
        rows = export_rows(conn, coder="anna")
    assert tuple(rows[0]) == EXPORT_COLUMNS
    span_row = next(r for r in rows if r["code"] == "egv")
    assert (span_row["start"], span_row["end"], span_row["key_quote"]) == (298, 315, True)


def test_import_minimal_csv_with_semicolons_uses_default_coder_and_counts_duplicates(loaded_project, tmp_path):
    path = _write_csv(tmp_path / "gold.csv", [
        {"document": "BO-OP-IFK-W1", "segment": "1", "code": "contact_density"},
        {"document": "BO-OP-IFK-W1", "segment": "1", "code": "contact_density"},
        {"document": "KR-OP-IFK-W1", "segment": "2", "code": "basisteam"},
    ], delimiter=";")
    with loaded_project.engine.begin() as conn:
        report = import_codings(conn, path, coder="coder_a")
    assert report.as_dict() == {"rows": 3, "imported": 2, "duplicates": 1}
    with loaded_project.engine.begin() as conn:
        assert import_codings(conn, path, coder="coder_a").as_dict() == {"rows": 3, "imported": 0, "duplicates": 3}
    with loaded_project.engine.connect() as conn:
        rows = list_codings(conn)
    assert {(r["document"], r["segment"], r["code"], r["coder"], r["origin"]) for r in rows} == {
        ("BO-OP-IFK-W1", 1, "contact_density", "coder_a", "imported"),
        ("KR-OP-IFK-W1", 2, "interfaces/basisteam", "coder_a", "imported"),
    }


@pytest.mark.parametrize("bad, message", [
    ({"document": "NOPE", "segment": "1", "code": "egv"}, "unknown document 'NOPE'"),
    ({"document": "BO-OP-IFK-W1", "segment": "99", "code": "egv"}, "has no segment 99"),
    ({"document": "BO-OP-IFK-W1", "segment": "1", "code": "missing"}, "unknown code 'missing'"),
])
def test_unknown_rows_are_named_and_nothing_is_imported(loaded_project, tmp_path, bad, message):
    good = {"document": "BO-OP-IFK-W1", "segment": "1", "code": "egv"}
    path = _write_csv(tmp_path / "bad.csv", [good, good | {"segment": "2"}, bad])
    with pytest.raises(QdaError) as raised:
        with loaded_project.engine.begin() as conn:
            import_codings(conn, path, coder="anna")
    assert raised.value.line == 4
    assert message in raised.value.message and "nothing imported" in raised.value.message
    assert _count(loaded_project) == 0


def test_error_names_several_bad_rows_and_line_counts_multiline_memos(loaded_project, tmp_path):
    rows = [
        {"document": "BO-OP-IFK-W1", "segment": "1", "code": "egv", "memo": "eins\nzwei\ndrei"},
        {"document": "BO-OP-IFK-W1", "segment": "1", "code": "nope", "memo": ""},
        {"document": "XX", "segment": "1", "code": "egv", "memo": ""},
    ]
    path = _write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(QdaError) as raised:
        with loaded_project.engine.begin() as conn:
            import_codings(conn, path, coder="anna")
    assert raised.value.line == 5  # header, a three-line row, then the bad one
    assert "also bad: rows 6" in raised.value.message


def test_json_import_checks_spans_and_reports_row_positions(loaded_project, tmp_path):
    path = tmp_path / "codings.json"
    path.write_text(json.dumps([
        {"document": "BO-OP-IFK-W1", "segment": 1, "code": "egv", "coder": "a", "start": 71, "end": 80},
        {"document": "BO-OP-IFK-W1", "segment": 1, "code": "egv", "coder": "a", "start": 0, "end": 10},
    ]), encoding="utf-8")
    with pytest.raises(QdaError, match=r"row 2: span 0:10 is not inside segment 1 \(71:152\)"):
        with loaded_project.engine.begin() as conn:
            import_codings(conn, path)
    assert _count(loaded_project) == 0


def test_rows_keyed_on_spans_find_their_segment_and_a_stray_span_is_named(loaded_project, tmp_path):
    """Gold codings keyed on offsets (no segment column) survive a change of segment numbering."""
    spans = _write_csv(tmp_path / "spans.csv", [
        {"document": "BO-OP-IFK-W1", "start": "71", "end": "152", "code": "contact_density", "coder": "a"},
        {"document": "BO-OP-IFK-W1", "start": "100", "end": "120", "code": "egv", "coder": "a"},
    ])
    with loaded_project.engine.begin() as conn:
        assert import_codings(conn, spans).imported == 2
        rows = sorted((r["segment"], r["code"], r["start"], r["end"]) for r in list_codings(conn))
    assert rows == [(1, "contact_density", 71, 152), (1, "egv", 100, 120)]
    stray = _write_csv(tmp_path / "stray.csv", [
        {"document": "KR-OP-IFK-W1", "start": "71", "end": "80", "code": "egv", "coder": "b"},
        {"document": "BO-OP-IFK-W1", "start": "140", "end": "170", "code": "egv", "coder": "b"},
    ])
    stray_row = r"row 3: document 'BO-OP-IFK-W1' has no segment containing 140:170"
    with pytest.raises(QdaError, match=stray_row), loaded_project.engine.begin() as conn:
        import_codings(conn, stray)
    assert _count(loaded_project) == 2


def test_missing_columns_and_bad_json_are_one_line_errors(loaded_project, tmp_path):
    no_code = _write_csv(tmp_path / "x.csv", [{"document": "BO-OP-IFK-W1", "segment": "1"}])
    broken = tmp_path / "x.json"
    broken.write_text("[{", encoding="utf-8")
    with loaded_project.engine.begin() as conn:
        with pytest.raises(QdaError, match="missing column"):
            import_codings(conn, no_code, coder="a")
        no_place = _write_csv(tmp_path / "y.csv", [{"document": "BO-OP-IFK-W1", "start": "1", "code": "egv"}])
        with pytest.raises(QdaError, match=r"missing column\(s\): segment \(or start and end\)"):
            import_codings(conn, no_place, coder="a")
        with pytest.raises(QdaError, match="invalid JSON"):
            import_codings(conn, broken, coder="a")


def test_cli_import_and_export(loaded_project, run_cli, tmp_path):
    source = _write_csv(tmp_path / "in.csv", [
        {"document": "KR-OP-IFK-W1", "segment": "1", "code": "contact_density", "coder": "coder_b"},
    ])
    result = run_cli("code", "import", source, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"rows": 1, "imported": 1, "duplicates": 0}]

    out = tmp_path / "out.csv"
    assert run_cli("code", "export", "-o", out).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["document"], r["segment"], r["code"], r["coder"], r["origin"]) for r in rows] == [
        ("KR-OP-IFK-W1", "1", "contact_density", "coder_b", "imported")]
    stdout = run_cli("code", "export", "--format", "json")
    assert json.loads(stdout.output)[0]["code"] == "contact_density"


def test_cli_import_error_is_one_line_with_file_and_row(loaded_project, run_cli, tmp_path):
    source = _write_csv(tmp_path / "in.csv", [{"document": "NOPE", "segment": "1", "code": "egv"}])
    result = run_cli("code", "import", source)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error: {source}:2: row 2: unknown document 'NOPE'; nothing imported"]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_streamed_json_export_is_laid_out_as_one_json_dump(count):
    rows = [{column: f"ü{index}" if column == "memo" else index for column in EXPORT_COLUMNS} for index in range(count)]
    out = io.StringIO()
    assert write_codings(iter(rows), "json", out) == count
    assert out.getvalue() == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
