import csv
import os
import textwrap
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import MINI_CODEBOOK, PROTOCOLS
from sqlalchemy import func, select
from typer.testing import CliRunner

from qda.cli.main import app
from qda.pipeline import QuietSteps, RunOptions, run_pipeline
from qda.project import open_project
from qda.store.schema import codings, documents

GOLD = """\
document,segment,code,coder
BO-OP-IFK-W1,1,contact_density,coder_a
BO-OP-IFK-W1,1,contact_density,coder_b
BO-OP-IFK-W1,3,egv,coder_a
KR-OP-IFK-W1,2,interfaces/basisteam,coder_a
"""


@pytest.fixture
def sample(tmp_path):
    """A miniature of the shipped sample: transcripts/ with codings/, and a codebook."""
    transcripts = tmp_path / "transcripts"
    (transcripts / "codings").mkdir(parents=True)
    for name, text in PROTOCOLS.items():
        (transcripts / name).write_text(textwrap.dedent(text), encoding="utf-8")
    (transcripts / "codings" / "gold.csv").write_text(GOLD, encoding="utf-8")
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINI_CODEBOOK, encoding="utf-8")
    return transcripts, codebook


class Recorder(QuietSteps):
    def __init__(self):
        self.started = []

    def start(self, name, total=None):
        self.started.append((name, total))


def count_codings(project_dir):
    with open_project(project_dir).engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(codings)).scalar()


def test_run_builds_everything_then_does_nothing_until_an_input_changes(sample, tmp_path):
    transcripts, codebook = sample
    out = tmp_path / "reports"
    steps = Recorder()
    result = run_pipeline(transcripts, codebook, out, options=RunOptions(suggest=False), steps=steps)
    assert result.changed and result.project == tmp_path / ".qda-run"
    assert result.documents == {"added": 3, "updated": 0, "unchanged": 0}
    assert result.codings_imported == 4
    assert [name for name, _ in steps.started] == ["import", "codebook", "codings", "reports"]
    assert ("import", 3) in steps.started
    assert sorted(p.name for p in out.iterdir()) == [
        "bochum.docx", "bochum.html", "bochum.md", "heatmap.png", "index.html", "krefeld.docx", "krefeld.html",
        "krefeld.md", "matrix-count.csv", "matrix-docs.csv", "matrix-presence.csv", "matrix.md", "matrix.xlsx",
        "protocols"]
    umask = os.umask(0)
    os.umask(umask)
    assert {(p.stat().st_mode & 0o777) for p in out.iterdir() if p.is_file()} == {0o666 & ~umask}
    sheet = openpyxl.load_workbook(out / "matrix.xlsx")["Textstellen"]
    assert [c.value for c in sheet[3]] == ["Bochum", 0, 1, 1]
    headings = [p.text for p in docx.Document(str(out / "bochum.docx")).paragraphs if p.style.name == "Heading 2"]
    assert headings == ["Schnittstellen", "Kontaktdichte", "Eingliederungsvereinbarung"]

    again = run_pipeline(transcripts, codebook, out, options=RunOptions(suggest=False), steps=Recorder())
    assert not again.changed and count_codings(tmp_path / ".qda-run") == 4

    with (transcripts / "codings" / "gold.csv").open("a", encoding="utf-8") as handle:
        handle.write("KR-CL-ELB-W1,3,egv,coder_b\n")
    third = run_pipeline(transcripts, codebook, out, options=RunOptions(suggest=False))
    assert third.changed and third.codings_imported == 1 and third.documents["unchanged"] == 3
    (out / "bochum.md").unlink()
    assert run_pipeline(transcripts, codebook, out, options=RunOptions(suggest=False)).changed
    assert (out / "bochum.md").is_file()
    elsewhere = tmp_path / "more-reports"
    assert run_pipeline(transcripts, codebook, elsewhere, tmp_path / ".qda-run", RunOptions(suggest=False)).changed
    assert (elsewhere / "krefeld.docx").is_file()


def test_cli_run_prints_progress_then_nothing_changed(sample, tmp_path, monkeypatch):
    transcripts, codebook = sample
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    args = ["run", str(transcripts), "--codebook", str(codebook), "--out", "reports", "--no-suggest",
            "--formats", "md,html"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "importing protocols" in first.output and "writing reports and matrices" in first.output
    assert "3 protocols added" in first.output and "4 codings applied" in first.output
    assert (tmp_path / "reports" / "krefeld.html").is_file() and not (tmp_path / "reports" / "krefeld.docx").exists()
    second = runner.invoke(app, args)
    assert second.exit_code == 0 and "nothing changed" in second.output


def test_cli_run_with_explicit_project_and_suggestions_file(sample, tmp_path, run_cli, project):
    transcripts, codebook = sample
    out = tmp_path / "out"
    result = run_cli("run", transcripts, "--codebook", codebook, "--out", out, "--formats", "md")
    assert result.exit_code == 0, result.output
    assert count_codings(project.root) == 4  # suggestions are never stored as codings
    with (out / "suggestions.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {"document", "segment", "code", "score"} <= set(rows[0])
    coded = {("BO-OP-IFK-W1", "1"), ("BO-OP-IFK-W1", "3"), ("KR-OP-IFK-W1", "2")}
    assert not coded & {(row["document"], row["segment"]) for row in rows}


def test_run_bad_input_names_the_file(sample, tmp_path):
    transcripts, codebook = sample
    (transcripts / "codings" / "gold.csv").write_text(GOLD + "XX-NOPE,1,egv,coder_a\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--project", str(tmp_path / "p"), "run", str(transcripts), "--codebook",
                                      str(codebook), "--out", str(tmp_path / "o"), "--no-suggest"])
    assert result.exit_code == 1
    assert "gold.csv:6: row 6: unknown document 'XX-NOPE'" in result.output
    assert count_codings(tmp_path / "p") == 0
    missing = CliRunner().invoke(app, ["run", str(tmp_path / "nope"), "--codebook", str(codebook)])
    assert missing.exit_code == 1 and "nope: no such file or folder" in missing.output


SAMPLE = Path(__file__).resolve().parent.parent / "transcripts"
CODEBOOK = SAMPLE.parent / "codebooks" / "ejo-implementation.yaml"


@pytest.mark.skipif(not (SAMPLE / "codings" / "coder_a.csv").is_file(), reason="sample corpus not generated")
def test_main_job_on_the_shipped_sample_matches_the_gold_files(tmp_path):
    """Matrix cells recomputed from the gold CSVs alone: distinct segments per site and theme."""
    out = tmp_path / "reports"
    result = run_pipeline(SAMPLE, CODEBOOK, out, tmp_path / "project", RunOptions(suggest=False, formats=("md",)))
    with open_project(tmp_path / "project").engine.connect() as conn:
        site_of = dict(conn.execute(select(documents.c.doc_key, documents.c.site)).all())
    expected: dict[tuple[str, str], set] = {}
    for path in sorted((SAMPLE / "codings").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                theme = row["code"].split("/")[0]
                expected.setdefault((site_of[row["document"]], theme), set()).add((row["document"], row["start"]))
    with (out / "matrix-count.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    sheet = openpyxl.load_workbook(out / "matrix.xlsx")["Textstellen"]
    theme_ids = [cell.value for cell in sheet[2]][1:]
    assert len(rows) - 1 == len(set(site_of.values())) == 6
    for row in rows[1:]:
        for theme, cell in zip(theme_ids, row[1:]):
            assert int(cell) == len(expected.get((row[0], theme), ())), (row[0], theme)
    data_lines = [len(p.read_text(encoding="utf-8").splitlines()) - 1 for p in (SAMPLE / "codings").glob("*.csv")]
    assert result.codings_imported == sum(data_lines)


EXAMPLE = SAMPLE.parent / "reports" / "example"
EXAMPLE_ONLY = {"README.md", "bochum-docx-seite-01.png", "bochum-docx-seite-03.png"}


def test_the_committed_example_has_the_structure_of_a_fresh_run(tmp_path):
    """The example was made by the main job of this version: the same files, and the same
    headings in every Markdown report (texts differ where the example's team wrote summaries)."""
    out = tmp_path / "reports"
    run_pipeline(SAMPLE, CODEBOOK, out, tmp_path / "project", RunOptions())
    fresh = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(EXAMPLE).as_posix() for p in EXAMPLE.rglob("*") if p.is_file())
    assert [name for name in committed if name not in EXAMPLE_ONLY] == fresh
    for report in EXAMPLE.glob("*.md"):
        if report.name in EXAMPLE_ONLY or report.name in ("matrix.md", "findings.md"):
            continue
        def headings(path: Path) -> list[str]:
            return [line for line in path.read_text(encoding="utf-8").splitlines()
                    if line.startswith("#") and not line.startswith("#### ")]
        assert headings(report) == headings(out / report.name), report.name
    example_index = (EXAMPLE / "index.html").read_text(encoding="utf-8")
    assert 'href="bochum.html#theme-contact_density"' in example_index
