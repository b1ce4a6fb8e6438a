"""The foundation commands through the CLI runner: init, import, docs, show, segments, codebook."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from qda.cli.main import app


def test_init_creates_config_and_database(tmp_path):
    result = CliRunner().invoke(app, ["init", str(tmp_path / "study"), "--coder", "anna"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "study" / "qda.yaml").read_text().count("coder: anna") == 1
    assert (tmp_path / "study" / "qda.db").stat().st_size > 0


def test_commands_outside_a_project_fail_with_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QDA_PROJECT", raising=False)
    result = CliRunner().invoke(app, ["docs"])
    assert result.exit_code == 1
    assert result.output.strip().endswith("no qda project here (no qda.yaml); run 'qda init' first")


def test_import_then_list_filter_and_show(run_cli, protocol_dir):
    imported = run_cli("import", protocol_dir, "--format", "json")
    assert imported.exit_code == 0, imported.output
    report = json.loads(imported.output)[0]
    assert sorted(report["added"]) == ["BO-OP-IFK-W1", "KR-CL-ELB-W1", "KR-OP-IFK-W1"]
    assert report["segments"] == 8

    docs = json.loads(run_cli("docs", "--site", "Krefeld", "--format", "json").output)
    assert [(d["doc_key"], d["level"], d["segments"]) for d in docs] == [
        ("KR-CL-ELB-W1", "client", 3), ("KR-OP-IFK-W1", "operational", 2)]

    shown = run_cli("show", "KR-CL-ELB-W1")
    assert shown.exit_code == 0
    assert "B: Jeden Monat, und zwischendurch schreibe ich ihr E-Mails." in shown.output
    assert "l.2 @" in shown.output

    listed = run_cli("segments", "--level", "operational", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(listed.output)))
    assert len(rows) == 5
    assert rows[0]["document"] == "BO-OP-IFK-W1" and rows[0]["question"] == "2.2" and rows[0]["lines"] == "3"
    assert rows[-1]["text"] == "Die Übergabe aus dem Basisteam läuft über einen Übergabebogen und ist reibungslos."

    again = json.loads(run_cli("import", protocol_dir, "--format", "json").output)[0]
    assert again["added"] == [] and len(again["unchanged"]) == 3


def test_bad_input_exit_codes(run_cli, tmp_path):
    missing = run_cli("import", tmp_path / "nope.txt")
    assert missing.exit_code == 1 and "nope.txt: no such file or folder" in missing.output
    unknown = run_cli("show", "NOPE")
    assert unknown.exit_code == 1 and "unknown document 'NOPE'" in unknown.output
    bad_format = run_cli("docs", "--format", "xml")
    assert bad_format.exit_code == 2


def test_codebook_load_show_check(run_cli, mini_codebook):
    assert run_cli("codebook", "load", mini_codebook).exit_code == 0
    shown = json.loads(run_cli("codebook", "show", "--format", "json").output)
    assert [c["path"] for c in shown] == ["interfaces", "interfaces/basisteam", "contact_density", "egv"]
    tree = run_cli("codebook", "show").output
    assert "Mini EJO" in tree and "basisteam  Basisteam" in tree
    checked = run_cli("codebook", "check")
    assert checked.exit_code == 0 and "codebook ok (4 codes)" in checked.output
    assert run_cli("codebook", "check", mini_codebook).exit_code == 0


def test_info_says_where_each_setting_came_from(project, run_cli, monkeypatch):
    import json

    monkeypatch.setenv("QDA_CODER", "anna")
    monkeypatch.setenv("QDA_DATABASE_URL", "sqlite:////tmp/elsewhere.db")
    result = run_cli("info", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert (rows["project"]["value"], rows["project"]["source"]) == (str(project.root), "--project")
    assert rows["database_url"]["source"] == "qda.yaml"  # the project's own database wins over the variable
    assert (rows["coder"]["value"], rows["coder"]["source"]) == ("anna", "QDA_CODER")
    given = {row["name"]: row for row in json.loads(run_cli("info", "--coder", "ben", "--format", "json").stdout)}
    assert (given["coder"]["value"], given["coder"]["source"]) == ("ben", "--coder")
