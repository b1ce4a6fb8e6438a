"""``qda matrix`` prints exactly what it printed before it was made to aggregate in the database:
the reference (tests/data/matrix/reference.json) was written by the pandas implementation over
the sample corpus (both coders' gold codings, its findings and two summaries), for every value
kind, row field, column choice, filter and text format, and for the finding and interview tables.

Rewrite it (only when an output is meant to change) with ``python tests/test_matrix_reference.py``.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import openpyxl
import pytest
from reference_helpers import build_project, fingerprint, printed
from typer.testing import CliRunner

REFERENCE = Path(__file__).resolve().parent / "data" / "matrix" / "reference.json"
FORMATS = ("csv", "json", "md", "html")

COMMANDS: list[list[str]] = [
    *[["--value", value, "-f", fmt] for value in ("count", "docs", "share", "presence", "summary") for fmt in FORMATS],
    *[["--rows", rows, "--value", value, "-f", fmt] for rows in ("level", "role", "wave", "document")
      for value in ("count", "share") for fmt in ("csv", "json")],
    ["--cols", "2", "-f", "csv"], ["--cols", "2", "--value", "docs", "-f", "json"],
    ["--cols", "2", "--value", "presence", "--rows", "level", "-f", "md"],
    ["--cols", "interfaces/basisteam,egv,interfaces,egv/joint_drafting", "-f", "csv"],
    ["--cols", "3", "--value", "share", "-f", "json"],
    ["--coder", "coder_a", "-f", "csv"], ["--coder", "coder_b", "--value", "docs", "--rows", "level", "-f", "json"],
    ["--site", "Bochum", "-f", "csv"], ["--level", "client", "--value", "share", "-f", "json"],
    ["--role", "IFK", "--rows", "wave", "-f", "md"], ["--wave", "2", "--value", "presence", "-f", "csv"],
    ["--site", "Krefeld", "--level", "strategic", "--rows", "document", "--value", "docs", "-f", "csv"],
    ["--lang", "en", "-f", "csv"], ["--lang", "en", "--value", "share", "-f", "json"],
    ["--lang", "en", "--value", "presence", "-f", "md"],
    ["-f", "table"], ["--value", "share", "-f", "table"],
    *[["--value", "finding", "-f", fmt] for fmt in FORMATS],
    ["--value", "finding", "--group-by", "rd", "-f", "csv"],
    ["--value", "finding", "--features", "employer_contact_model", "--expand", "--group-by", "rd", "-f", "md"],
    ["--value", "finding", "--theme", "interfaces", "-f", "json"],
    ["--value", "finding", "--wave", "1", "-f", "csv"],
    *[["--value", "interviews", "-f", fmt] for fmt in FORMATS],
    ["--value", "interviews", "--group-by", "rd", "-f", "csv"],
    ["--value", "interviews", "--cols", "level,role,wave", "-f", "md"],
    ["--value", "interviews", "--site", "Bochum", "-f", "json"],
]
XLSX_COMMANDS: list[list[str]] = [[], ["--rows", "level", "--value", "share"], ["--cols", "2", "--coder", "coder_b"]]


def outputs(project, tmp: Path) -> dict[str, object]:
    """Every command's printed output, and the cells of every sheet of the XLSX files."""
    from qda.cli.main import app

    found: dict[str, object] = {key.removeprefix("matrix "): text
                                for key, text in printed(project, [["matrix", *args] for args in COMMANDS]).items()}
    runner = CliRunner()
    for number, args in enumerate(XLSX_COMMANDS):
        path = tmp / f"matrix-{number}.xlsx"
        result = runner.invoke(app, ["--project", str(project.root), "matrix", *args, "-f", "xlsx", "-o", str(path)])
        assert result.exit_code == 0, (args, result.output)
        book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
        cells = {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}
        found["xlsx " + " ".join(args)] = json.dumps(cells, ensure_ascii=False, default=str)
    return found


@pytest.fixture(scope="module")
def sample_project(tmp_path_factory):
    project = build_project(tmp_path_factory.mktemp("matrix-reference"))
    yield project
    project.database.dispose()


@pytest.fixture(scope="module")
def sample_outputs(sample_project, tmp_path_factory):
    return outputs(sample_project, tmp_path_factory.mktemp("xlsx"))


def test_every_matrix_output_is_as_before(sample_outputs):
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert sorted(sample_outputs) == sorted(reference)
    for command, expected in reference.items():
        assert fingerprint(sample_outputs[command]) == expected, command


@pytest.mark.parametrize("rows", ["site", "level", "role", "wave", "document"])
def test_database_counts_equal_the_frames_reports_count_from(sample_project, rows):
    """The matrices counted by the database (``qda matrix``) and from the loaded frames (reports)
    are the same frames, attributes included, with and without a coder or filter."""
    from pandas.testing import assert_frame_equal

    from qda.analysis.frame import select_codes
    from qda.analysis.matrix import VALUES, MatrixSource, matrices_from, theme_matrices

    kinds = [value for value in VALUES if value != "summary" or rows == "site"]
    with sample_project.engine.connect() as conn:
        for cols, coder, filters in ((1, None, {}), (2, "coder_b", {}), ("3", None, {"level": "operational"}),
                                     ("egv,egv/updating,interfaces", "coder_a", {"site": "Bochum"})):
            counted = theme_matrices(conn, rows, cols, kinds, coder, **filters)
            loaded = matrices_from(MatrixSource.load(conn, coder=coder, **filters), rows, select_codes(conn, cols),
                                   kinds)
            for kind in kinds:
                assert_frame_equal(counted[kind], loaded[kind])
                assert counted[kind].attrs == loaded[kind].attrs
            assert counted["count"].to_numpy().sum() > 0


def test_the_outputs_have_counts_in_them(sample_outputs):
    """The outputs compared are not empty tables: the sample corpus's counts are in them."""
    reference = sample_outputs
    counts = list(json.loads(reference["--value count -f json"]))
    assert len(counts) == 6 and sum(value for row in counts for value in row.values() if isinstance(value, int)) > 500
    assert "✓" in reference["--cols 2 --value presence --rows level -f md"]
    assert "Standardtext" in reference["--value summary -f csv"]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        made = build_project(Path(folder))
        written = outputs(made, Path(folder))
        made.database.dispose()
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE.write_text(json.dumps({key: fingerprint(value) for key, value in written.items()}, ensure_ascii=False,
                                    indent=1, default=str) + "\n", encoding="utf-8")
    print(f"wrote {REFERENCE} ({len(written)} outputs)", file=sys.stderr)
