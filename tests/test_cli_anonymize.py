"""``qda anonymize`` through the CLI runner: pseudonymised files, key file, --check gate."""

from __future__ import annotations

import json
import stat

import pytest
import typer
from typer.testing import CliRunner

from qda.cli import anonymize
from qda.cli.main import QdaGroup, main_options

PROTOCOL = """---
id: KR-OP-TL-W1
site: Krefeld
---
Die Teamleiterin, Frau Schneider, berichtet über das Team in Krefeld-Uerdingen.
Rückfragen unter 02151 123456.
"""


@pytest.fixture(autouse=True)
def outside_any_project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def make_app() -> typer.Typer:
    app = typer.Typer(cls=QdaGroup)
    app.callback()(main_options)
    anonymize.register(app)
    return app


def run(*args):
    return CliRunner().invoke(make_app(), [str(a) for a in args], env={"QDA_PROJECT": ""})


def test_anonymize_writes_files_key_and_checks_clean(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kr.txt").write_text(PROTOCOL, encoding="utf-8")
    key = tmp_path / "secure" / "key.json"
    key.parent.mkdir()

    result = run("anonymize", raw, "--out", tmp_path / "clean", "--key", key, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["replaced"] == 3
    written = (tmp_path / "clean" / "kr.txt").read_text(encoding="utf-8")
    assert written.startswith("---\nid: KR-OP-TL-W1\nsite: '[ORT_2]'\n---\n")
    assert "Frau [PERSON_1]" in written and "[ORT_1]" in written and "[TELEFON_1]" in written
    assert "Schneider" not in written
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert json.loads(key.read_text())["pseudonyms"]["[PERSON_1]"]["originals"] == ["Schneider"]

    clean = run("anonymize", "--check", tmp_path / "clean")
    assert clean.exit_code == 0 and "clean" in clean.output

    dirty = run("anonymize", "--check", raw, "--format", "json")
    assert dirty.exit_code == 1
    rows = json.loads(dirty.stdout)
    assert [(r["line"], r["kind"], r["text"], r["detector"]) for r in rows] == [
        (3, "ORT", "Krefeld", "front matter: site"), (5, "PERSON", "Schneider", "title"),
        (5, "ORT", "Krefeld-Uerdingen", "gazetteer"), (6, "TELEFON", "02151 123456", "pattern")]


def test_second_run_continues_the_key(tmp_path):
    (tmp_path / "a.txt").write_text("Frau Meier aus Bochum.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Herr Wolf und Frau Meier.", encoding="utf-8")
    key = tmp_path / "key.csv"
    assert run("anonymize", tmp_path / "a.txt", "--out", tmp_path / "o1", "--key", key).exit_code == 0
    assert run("anonymize", tmp_path / "b.txt", "--out", tmp_path / "o2", "--key", key).exit_code == 0
    assert (tmp_path / "o2" / "b.txt").read_text() == "Herr [PERSON_2] und Frau [PERSON_1]."
    assert key.read_text().splitlines()[1:] == [
        "[ORT_1],ORT,Bochum", "[PERSON_1],PERSON,Meier", "[PERSON_2],PERSON,Wolf"]


def test_allow_and_deny_options(tmp_path):
    (tmp_path / "p.txt").write_text("Das Jobcenter Bremen hat ein Büro in Tannenbusch.", encoding="utf-8")
    result = run("anonymize", "--check", tmp_path / "p.txt", "--allow", "Bremen", "--deny", "ORT:Tannenbusch",
                 "--format", "json")
    assert result.exit_code == 1
    assert [(r["kind"], r["text"]) for r in json.loads(result.stdout)] == [("ORT", "Tannenbusch")]


def test_user_errors_are_one_line(tmp_path):
    (tmp_path / "p.txt").write_text("Text.", encoding="utf-8")
    no_out = run("anonymize", tmp_path / "p.txt")
    assert no_out.exit_code == 1 and "--out FOLDER is required" in no_out.output
    inside = run("anonymize", tmp_path / "p.txt", "--out", tmp_path / "o", "--key", tmp_path / "o" / "key.json")
    assert inside.exit_code == 1 and "must not be inside the --out folder" in inside.output
    over = run("anonymize", tmp_path / "p.txt", "--out", tmp_path)
    assert over.exit_code == 1 and "overwrite the input" in over.output


def test_project_config_lists_apply(tmp_path):
    (tmp_path / "qda.yaml").write_text("anonymize:\n  allow: [Bremen]\n  deny: ['ORT:Tannenbusch']\n")
    (tmp_path / "p.txt").write_text("Das Jobcenter Bremen hat ein Büro in Tannenbusch.", encoding="utf-8")
    result = run("anonymize", "--check", tmp_path / "p.txt", "--format", "json")
    assert [(r["kind"], r["text"]) for r in json.loads(result.stdout)] == [("ORT", "Tannenbusch")]


def test_word_protocol_is_written_as_text_with_its_metadata(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Herr Öztürk wohnt in Gelsenkirchen-Buer.")
    document.save(tmp_path / "ge.docx")
    result = run("anonymize", tmp_path / "ge.docx", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "ge.txt").read_text(encoding="utf-8").strip().endswith(
        "Herr [PERSON_1] wohnt in [ORT_1].")


NAMED = """---
id: DOCX-Meierhoff-1
interviewer: Frau Wittkowski
befragte: Sabine Meierhoff
wohnort: Castrop-Rauxel
wave: 2
---
Frau Meierhoff kommt jeden Monat.
"""


def test_front_matter_and_file_name_are_pseudonymised_and_checked(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "Interview_Sabine_Meierhoff.txt").write_text(NAMED, encoding="utf-8")
    dirty = run("anonymize", "--check", raw, "--format", "json")
    assert dirty.exit_code == 1
    flagged = {(r["line"], r["text"], r["detector"]) for r in json.loads(dirty.stdout)}
    assert {(0, "Sabine_Meierhoff", "file name"), (3, "Wittkowski", "front matter: interviewer"),
            (4, "Sabine Meierhoff", "front matter: befragte"), (5, "Castrop-Rauxel", "front matter: wohnort"),
            (8, "Meierhoff", "title")} <= flagged

    key = tmp_path / "key.json"
    result = run("anonymize", raw, "--out", tmp_path / "clean", "--key", key)
    assert result.exit_code == 0, result.output
    written = {path.name: path.read_text(encoding="utf-8") for path in (tmp_path / "clean").iterdir()}
    assert list(written) == ["Interview_PERSON_1.txt"]
    text = written["Interview_PERSON_1.txt"]
    assert ("id: DOCX-PERSON_1-1\ninterviewer: Frau [PERSON_2]\nbefragte: '[PERSON_1]'\nwohnort: '[ORT_1]'\n"
            "wave: 2\n") in text
    assert not [name for name in ("Meierhoff", "Wittkowski", "Castrop", "Sabine") if name in text]
    clean = run("anonymize", "--check", tmp_path / "clean")
    assert clean.exit_code == 0, clean.output


def test_a_failing_file_writes_nothing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Frau Meier.", encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("Herr Wolf.", encoding="utf-8")
    result = run("anonymize", tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1 and "two inputs would both be written to x.txt" in result.output
    assert not (tmp_path / "out").exists()


def test_a_bad_key_is_refused_before_any_file_is_written(tmp_path):
    (tmp_path / "p.txt").write_text("Frau Meier.", encoding="utf-8")
    result = run("anonymize", tmp_path / "p.txt", "--out", tmp_path / "out", "--key", tmp_path / "no" / "k.json")
    assert result.exit_code == 1 and "the key file's folder does not exist" in result.output
    assert not (tmp_path / "out").exists()


def test_allowed_site_stays_in_front_matter(tmp_path):
    (tmp_path / "p.txt").write_text("---\nsite: Bremen\nort: Bremen\nwohnort: Kleinkleckersdorf\n---\nText.\n",
                                    encoding="utf-8")
    result = run("anonymize", tmp_path / "p.txt", "--out", tmp_path / "out", "--allow", "Bremen")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "p.txt").read_text(encoding="utf-8").startswith(
        "---\nsite: Bremen\nort: Bremen\nwohnort: '[ORT_1]'\n---\n")
