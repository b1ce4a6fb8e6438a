"""Code import pinned to the results it gave before it was streamed: the ``codings`` table after
importing CSV (every separator, encoding and line ending) and JSON, the counts, and the exact
error for each kind of bad row, also when the bad row comes thousands of rows into the file."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from qda.coding.api import add_coding
from qda.coding.io import import_codings
from qda.errors import QdaError
from qda.ingest.decode import decode_bytes, decoded_lines
from qda.store.schema import codings

GIVEN_TIME = "2024-01-02T03:04:05"
COLUMNS = ["document", "segment", "code", "coder", "start", "end", "memo", "origin", "suggester", "score",
           "key_quote", "created_at"]
ROWS: list[dict[str, Any]] = [  # documents visited, left and visited again; every optional field
    {"document": "BO-OP-IFK-W1", "segment": "1", "code": "contact_density", "memo": 'eins, "zwei"\ndrei'},
    {"document": "KR-OP-IFK-W1", "segment": "KR-OP-IFK-W1:2", "code": "basisteam", "coder": "bernd",
     "origin": "suggested", "suggester": "keywords", "score": "0.8125", "key_quote": "ja"},
    {"document": "BO-OP-IFK-W1", "start": "300", "end": "320", "code": "egv", "key_quote": "x",
     "created_at": GIVEN_TIME},
    {"document": "BO-OP-IFK-W1", "segment": "1", "code": "contact_density"},  # repeated in the file
    {"document": "KR-CL-ELB-W1", "segment": "2", "code": "interfaces", "memo": "'=SUMME(A1)"},
    {"document": "BO-OP-IFK-W1", "segment": "2", "code": "egv"},  # stored before the import
    {"document": "KR-CL-ELB-W1", "start": "0", "end": "44", "code": "interfaces/basisteam", "memo": "Übergabe ä ö ü ß"},
    {"document": "BO-OP-IFK-W1", "segment": "3", "start": "298", "end": "370", "code": "egv", "key_quote": "false"},
]
EXPECTED_TABLE = [  # id, segment_id, code_id, coder, start, end, memo, origin, suggester, score, key_quote, created_at
    (2, 1, 3, "anna", 71, 152, 'eins, "zwei"\ndrei', "imported", None, None, False, "now"),
    (3, 8, 2, "bernd", 230, 312, None, "suggested", "keywords", 0.8125, True, "now"),
    (4, 3, 4, "anna", 300, 320, None, "imported", None, None, True, GIVEN_TIME),
    (5, 5, 1, "anna", 45, 104, "=SUMME(A1)", "imported", None, None, False, "now"),
    (6, 4, 2, "anna", 0, 44, "Übergabe ä ö ü ß", "imported", None, None, False, "now"),
    (7, 3, 4, "anna", 298, 370, None, "imported", None, None, False, "now"),
]
EXPECTED_COUNTS = {"rows": 8, "imported": 6, "duplicates": 2}


def _table(project) -> list[tuple]:
    """The codings table with import-time stamps (not given in the file) shown as ``now``."""
    with project.engine.connect() as conn:
        rows = conn.execute(select(codings).order_by(codings.c.id)).all()
    recent = dt.datetime.now() - dt.timedelta(days=2)
    stamps = [row.created_at.replace(tzinfo=None) for row in rows]
    return [(*row[:-1], "now" if stamp > recent else stamp.isoformat()) for row, stamp in zip(rows, stamps)]


def _count(project) -> int:
    with project.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(codings)).scalar()


def _write_csv(path: Path, rows: list[dict[str, Any]], delimiter: str = ",", encoding: str = "utf-8",
               newline: str = "\n") -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter=delimiter, lineterminator=newline)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _import(project, path: Path, coder: str | None = "anna") -> dict[str, int]:
    with project.engine.begin() as conn:
        return import_codings(conn, path, coder=coder).as_dict()


def _error(project, path: Path, coder: str | None = "anna") -> tuple[str, int | None]:
    with pytest.raises(QdaError) as raised:
        _import(project, path, coder)
    assert _count(project) == 1  # only the coding stored before
    return raised.value.message, raised.value.line


@pytest.fixture
def prepared(loaded_project):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 2, "egv", "anna")
    return loaded_project


@pytest.mark.parametrize("delimiter, encoding, newline", [
    (",", "utf-8", "\n"), (";", "utf-8-sig", "\r\n"), ("\t", "cp1252", "\n"), (",", "utf-16", "\r\n"),
    (",", "utf-8", "\r"),
])
def test_csv_import_gives_the_pinned_table(prepared, tmp_path, delimiter, encoding, newline):
    path = _write_csv(tmp_path / "in.csv", ROWS, delimiter, encoding, newline)
    assert _import(prepared, path) == EXPECTED_COUNTS
    assert _table(prepared)[1:] == EXPECTED_TABLE


@pytest.mark.parametrize("wrapped", [False, True])
def test_json_import_gives_the_pinned_table(prepared, tmp_path, wrapped):
    typed = [row | {"segment": int(row["segment"])} if row.get("segment", "").isdigit() else row for row in ROWS]
    typed = [row | ({"key_quote": row["key_quote"] in ("ja", "x")} if "key_quote" in row else {}) for row in typed]
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"codings": typed} if wrapped else typed, ensure_ascii=False), encoding="utf-8")
    assert _import(prepared, path) == EXPECTED_COUNTS
    escaped = (5, 5, 1, "anna", 45, 104, "'=SUMME(A1)", "imported", None, None, False, "now")  # JSON is taken as is
    assert _table(prepared)[1:] == [escaped if row[0] == 5 else row for row in EXPECTED_TABLE]


GOOD = {"document": "BO-OP-IFK-W1", "segment": "1", "code": "egv"}
BAD_ROWS = [
    ({"document": "NOPE", "segment": "1", "code": "egv"}, "unknown document 'NOPE'"),
    ({"document": "BO-OP-IFK-W1", "segment": "9", "code": "egv"}, "document 'BO-OP-IFK-W1' has no segment 9"),
    ({"document": "BO-OP-IFK-W1", "segment": "eins", "code": "egv"}, "segment must be a number, not 'eins'"),
    ({"document": "BO-OP-IFK-W1", "segment": "1", "code": "nope"}, "unknown code 'nope'"),
    ({"document": "BO-OP-IFK-W1", "start": "5", "code": "egv"}, "give both start and end, or neither"),
    ({"document": "BO-OP-IFK-W1", "start": "a", "end": "9", "code": "egv"}, "start must be a whole number, not 'a'"),
    ({"document": "BO-OP-IFK-W1", "start": "140", "end": "170", "code": "egv"},
     "document 'BO-OP-IFK-W1' has no segment containing 140:170"),
    ({"document": "KR-CL-ELB-W1", "start": "-5", "end": "3", "code": "egv"},
     "document 'KR-CL-ELB-W1' has no segment containing -5:3"),
    ({"document": "BO-OP-IFK-W1", "segment": "1", "start": "0", "end": "10", "code": "egv"},
     "span 0:10 is not inside segment 1 (71:152)"),
    ({"document": "BO-OP-IFK-W1", "segment": "1", "code": "egv", "score": "hoch"},
     "score must be a number, not 'hoch'"),
    ({"document": "BO-OP-IFK-W1", "segment": "1", "code": "egv", "key_quote": "vielleicht"},
     "key_quote must be true or false, not 'vielleicht'"),
    ({"document": "BO-OP-IFK-W1", "segment": "1", "code": "egv", "created_at": "gestern"},
     "created_at must be an ISO date-time, not 'gestern'"),
    ({"document": "BO-OP-IFK-W1", "segment": "1", "code": "egv", "origin": "magic"},
     "unknown origin 'magic' (use manual, suggested, imported, consensus)"),
]


@pytest.mark.parametrize("bad, message", BAD_ROWS)
def test_each_kind_of_bad_row_is_named_exactly(prepared, tmp_path, bad, message):
    path = _write_csv(tmp_path / "bad.csv", [GOOD, bad, GOOD])
    assert _error(prepared, path) == (f"row 3: {message}; nothing imported", 3)


def test_no_coder_is_a_bad_row(prepared, tmp_path):
    path = _write_csv(tmp_path / "bad.csv", [GOOD | {"coder": "a"}, GOOD])
    message = "row 3: no coder (add a 'coder' column or pass --coder); nothing imported"
    assert _error(prepared, path, coder=None) == (message, 3)


def test_many_bad_rows_name_the_first_and_five_more(prepared, tmp_path):
    rows = [GOOD | {"memo": "zwei\nZeilen"}] + [row for bad, _ in BAD_ROWS for row in (bad, GOOD)]
    path = _write_csv(tmp_path / "bad.csv", rows)
    assert _error(prepared, path) == (
        "row 4: unknown document 'NOPE' (also bad: rows 6, 8, 10, 12, 14 ...); nothing imported", 4)
    json_path = tmp_path / "bad.json"
    json_path.write_text(json.dumps(rows), encoding="utf-8")
    assert _error(prepared, json_path) == (
        "row 2: unknown document 'NOPE' (also bad: rows 4, 6, 8, 10, 12 ...); nothing imported", None)


def test_two_bad_rows_name_both_without_dots(prepared, tmp_path):
    path = _write_csv(tmp_path / "bad.csv", [GOOD, BAD_ROWS[0][0], BAD_ROWS[3][0]])
    assert _error(prepared, path) == ("row 3: unknown document 'NOPE' (also bad: rows 4); nothing imported", 3)


def _long_file_rows(count: int) -> list[dict[str, Any]]:
    """``count`` rows over every segment and code, each coding repeated about twice."""
    places = [("BO-OP-IFK-W1", 3), ("KR-CL-ELB-W1", 3), ("KR-OP-IFK-W1", 2)]
    segments = [(document, str(number)) for document, last in places for number in range(1, last + 1)]
    codes = ["interfaces", "interfaces/basisteam", "contact_density", "egv"]
    return [{"document": segments[i % 8][0], "segment": segments[i % 8][1], "code": codes[i // 8 % 4],
             "coder": f"c{i // 32 % (count // 64)}"} for i in range(count)]


def test_a_long_file_imports_once_and_a_late_bad_row_stores_nothing(prepared, tmp_path):
    rows = _long_file_rows(6000)
    path = _write_csv(tmp_path / "long.csv", rows + [BAD_ROWS[1][0]])
    assert _error(prepared, path) == ("row 6002: document 'BO-OP-IFK-W1' has no segment 9; nothing imported", 6002)
    good = _write_csv(tmp_path / "good.csv", rows)
    assert _import(prepared, good) == {"rows": 6000, "imported": 2976, "duplicates": 3024}
    table = _table(prepared)
    ids = [row[0] for row in table]  # PostgreSQL keeps the ids the failed import drew; SQLite reuses them
    assert len(table) == 2977 and ids == sorted(ids) and ids[-1] - ids[1] == 2975
    assert table[1][1:] == (1, 1, "c0", 71, 152, None, "imported", None, None, False, "now")
    assert table[-1][1:] == (8, 4, "c92", 230, 312, None, "imported", None, None, False, "now")
    assert _import(prepared, good) == {"rows": 6000, "imported": 0, "duplicates": 6000}


def test_empty_and_header_only_files_are_errors(prepared, tmp_path):
    header_only = _write_csv(tmp_path / "empty.csv", [])
    with pytest.raises(QdaError, match="no codings in file"):
        _import(prepared, header_only)
    empty_json = tmp_path / "empty.json"
    empty_json.write_text("[]", encoding="utf-8")
    with pytest.raises(QdaError, match="no codings in file"):
        _import(prepared, empty_json)


def test_cli_error_line_for_a_late_bad_row(prepared, run_cli, tmp_path):
    path = _write_csv(tmp_path / "in.csv", [GOOD] * 3 + [BAD_ROWS[0][0]], newline="\r\n")
    result = run_cli("code", "import", path, "--coder", "anna")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {path}:5: row 5: unknown document 'NOPE'; nothing imported"]
    assert _count(prepared) == 1


def test_a_caller_that_commits_after_the_error_still_gets_nothing(prepared, tmp_path):
    """The batches written before a late bad row are undone by the import itself."""
    path = _write_csv(tmp_path / "long.csv", _long_file_rows(6000) + [BAD_ROWS[0][0]])
    with prepared.engine.begin() as conn:
        with pytest.raises(QdaError, match="row 6002: unknown document 'NOPE'"):
            import_codings(conn, path, coder="anna")
    assert _count(prepared) == 1


@pytest.mark.parametrize("data", [
    "a,b\r\nÄ,\"x\ry\"\n".encode("utf-8"), b"\xef\xbb\xbfa;b\n\xc3\xa4;\xe2\x80\x8b\n", "a\tb\nö\tß\n".encode("cp1252"),
    "a,b\nü,1\n".encode("utf-16"), "a,b\nü,1\n".encode("utf-16-le"), "a,b\nu\u0308,1\n\ufeff".encode("utf-8"),
    b"\x81\x8d,ok\n", b"",
])
def test_lines_are_decoded_as_the_whole_file_is(tmp_path, data):
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    assert "".join(decoded_lines(path)) == decode_bytes(data, str(path))[0]


@pytest.mark.parametrize("data, message, line", [
    (b"a,b\n1,2\n3,\x004\n", "binary content, not a text protocol", 3),
    (b"a,b\n" + b"\x01\x02" * 40 + b"\n", "binary content, not a text protocol", 1),
    (b"a,b\n" * 10 + b"\xff\x00x\n", "binary file, not a text protocol", None),
    (b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xd8", "cannot decode as utf-16-le: unexpected end of data", None),
])
def test_binary_and_undecodable_files_fail_as_before(tmp_path, data, message, line):
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    for read in (lambda: decode_bytes(data, str(path)), lambda: list(decoded_lines(path))):
        with pytest.raises(QdaError) as raised:
            read()
        assert (raised.value.message, raised.value.line) == (message, line)
