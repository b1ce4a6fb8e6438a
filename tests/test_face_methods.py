"""The face's methods behind the commands, called from Python as a notebook would: what the CLI
prints comes from these, so their results are checked here without the CLI."""

from __future__ import annotations

import json

import openpyxl
import pytest
from conftest import MINI_CODEBOOK
from test_findings import feature_codebook

from qda.analysis.retrieve import passages_markdown
from qda.errors import QdaError


@pytest.fixture
def study(project, protocol_dir, tmp_path):
    """The three protocols and the mini codebook with features, loaded through the face."""
    codebook = tmp_path / "features.yaml"
    codebook.write_text(feature_codebook(), encoding="utf-8")
    project.import_files([protocol_dir])
    project.load_codebook(codebook)
    return project


def test_codebook_check_names_what_keeps_it_from_coding(project, tmp_path):
    assert project.check_codebook() == (["no codebook loaded: run 'qda codebook load FILE'"], 0)
    lacking = tmp_path / "lacking.yaml"
    lacking.write_text(MINI_CODEBOOK.replace("    coding_rules: Alles zur EGV.\n", ""), encoding="utf-8")
    project.load_codebook(lacking)
    assert project.check_codebook() == (["code 'egv' has no coding rules"], 4)
    assert [code["path"] for code in project.codes()][:2] == ["interfaces", "interfaces/basisteam"]


def test_a_dropped_code_with_codings_is_a_problem(study, tmp_path):
    study.add_coding("BO-OP-IFK-W1", 3, "egv", coder="anna")
    smaller = tmp_path / "smaller.yaml"
    smaller.write_text(MINI_CODEBOOK[:MINI_CODEBOOK.index("  - id: egv")], encoding="utf-8")
    assert study.load_codebook(smaller)["deactivated"] == ["egv"]
    problems, count = study.check_codebook()
    assert problems == ["code 'egv' is no longer in the codebook but holds 1 codings"] and count == 3
    assert {code["path"]: code["codings"] for code in study.codes(include_inactive=True)}["egv"] == 1


def test_codings_memos_and_pins_round_trip(study):
    coding_id, created = study.add_coding("BO-OP-IFK-W1", 2, "contact_density", coder="anna", key_quote=True,
                                          memo="Ausfall")
    assert created and study.add_coding("BO-OP-IFK-W1", 2, "contact_density", coder="anna") == (coding_id, False)
    [coding] = study.codings(document="BO-OP-IFK-W1")
    assert (coding.code, coding.key_quote, coding.memo, coding.origin) == ("contact_density", True, "Ausfall", "manual")
    assert study.pin(3, "egv", coder="anna") == "egv"
    assert {row["digit"]: row["code"] for row in study.pins("anna")}[3] == "egv"
    assert study.unpin(3, coder="anna") and not study.unpin(3, coder="anna")
    memo_id = study.add_memo("EGV als Standardtext", document="BO-OP-IFK-W1", segment=3, coder="anna")
    assert study.memo(memo_id)["target_kind"] == "segment"
    assert [memo["text"] for memo in study.memos(document="BO-OP-IFK-W1")] == ["EGV als Standardtext"]
    study.delete_memo(memo_id)
    assert study.memos() == []
    assert study.remove_coding("BO-OP-IFK-W1", 2, "contact_density", coder="anna") == 1
    assert study.mark_done("BO-OP-IFK-W1", coder="anna") == len(study.segments(document="BO-OP-IFK-W1"))


def test_matrix_output_as_text_and_files(study, tmp_path):
    study.add_coding("BO-OP-IFK-W1", 2, "contact_density", coder="anna")
    study.add_coding("KR-OP-IFK-W1", 2, "interfaces/basisteam", coder="anna")
    csv_text = study.matrix_output("csv", value="docs")
    assert csv_text.startswith("\ufeffStandort (Protokolle)") and "Bochum,0,1,0" in csv_text
    records = json.loads(study.matrix_output("json", value="docs", lang="en"))
    assert records[0] == {"Site": "Bochum", "Interfaces": 0, "Contact density": 1, "Integration agreement": 0,
                          "counts": "Cells: protocols with at least one coded passage per Site and code"}
    workbook = study.matrix_output("xlsx", tmp_path / "out" / "matrix.xlsx", value="share")
    assert openpyxl.load_workbook(workbook).sheetnames[0] == "Anteil Protokolle"
    picture = study.matrix_output("png", tmp_path / "out" / "heatmap.png", highlight="Bochum")
    assert picture.read_bytes().startswith(b"\x89PNG")
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["heatmap.png", "matrix.xlsx"]
    with pytest.raises(QdaError, match="--format png needs --out FILE"):
        study.matrix_output("png")
    with pytest.raises(QdaError, match="not 'docx'"):
        study.matrix_output("docx", tmp_path / "matrix.docx")


def test_presence_shows_the_sub_codes_unless_told(study):
    study.add_coding("KR-OP-IFK-W1", 2, "interfaces/basisteam", coder="anna")
    presence = study.matrix(value="presence")
    assert "interfaces/basisteam" in presence.columns and presence.loc["Krefeld", "interfaces/basisteam"] == "✓"
    assert "interfaces/basisteam" not in study.matrix(value="presence", codes=1).columns


def test_overviews_of_findings_and_interviews(study, tmp_path):
    record, what = study.set_finding("Krefeld", "contact_density_kept", "kept", by="anna",
                                     evidence=["KR-OP-IFK-W1:1"])
    assert what == "added" and record["value_label"] == "eingehalten" and not record["unsupported"]
    assert [row["feature"] for row in study.finding_records(site="Krefeld")] == ["contact_density_kept"]
    shown, history, passages = study.finding(record["id"])
    assert shown["evidence"] == ["KR-OP-IFK-W1:1"] and history == [] and "monatlich" in passages[0]["text"]
    table = study.overview("finding", features=["contact_density_kept"])
    assert any("eingehalten" in cells for _, cells in table.body())
    assert "Krefeld" in study.overview_output("md", value="interviews")
    written = study.overview_output("docx", tmp_path / "findings.docx", features=["contact_density_kept"])
    assert written.stat().st_size > 0
    with pytest.raises(QdaError, match="has no picture"):
        study.overview_output("png", tmp_path / "x.png")
    assert study.remove_finding(record["id"], by="anna")["site"] == "Krefeld" and study.finding_records() == []


def test_retrieve_quotes_passages_with_memos_in_markdown(study):
    study.add_coding("BO-OP-IFK-W1", 2, "contact_density", coder="anna", memo="<b>Krankheit</b>")
    passages = study.retrieve("contact_density", site="bochum")
    markdown = passages_markdown(passages)
    assert markdown.startswith("> Die Kontaktdichte wird wegen Krankheitsausfällen nicht eingehalten.")
    assert markdown.endswith("*Memo:* &lt;b>Krankheit&lt;/b>\n")  # no HTML in a viewer
    with pytest.raises(QdaError, match="unknown language 'fr'"):
        study.retrieve("contact_density", lang="fr")


def test_retraining_hint_once_a_tenth_more_was_taught(study, monkeypatch):
    assert study.retrain_hint() is None  # no model yet
    newest = {"version": 2, "decisions": 50, "new_decisions": 5}
    monkeypatch.setattr(type(study), "models", lambda self: [newest])
    assert study.retrain_hint() is None
    newest["new_decisions"] = 6
    assert study.retrain_hint() == "6 decisions since model v2: run 'qda assist train' to learn from them"


def test_exports_refuse_before_writing(study, tmp_path):
    text, count = study.export_codebook("md")
    assert text.startswith("# Kodierleitfaden: Mini EJO") and count == 4
    assert study.export_codebook("qdc", tmp_path / "codes.qdc") == ("", 4)
    assert (tmp_path / "codes.qdc").read_bytes().startswith(b"<?xml")
    with pytest.raises(QdaError, match="needs --out FILE"):
        study.export_codebook("docx")
    with pytest.raises(QdaError, match="ends in .qdpx"):
        study.export_refi(tmp_path / "project.zip")
    assert not (tmp_path / "project.zip").exists()
    frame = study.segment_table(site="Krefeld")
    assert set(frame["document"]) == {"KR-OP-IFK-W1", "KR-CL-ELB-W1"}


def test_reviews_and_summaries(study):
    number = study.add_comment("Bochum", "Welle 2 fehlt.", theme="contact_density", author="mk")
    assert [(c["id"], c["state"]) for c in study.comments("Bochum")] == [(number, "open")]
    study.resolve_comment(number, by="mk")
    assert study.comments("Bochum", open_only=True) == []
    study.set_summary("Bochum", "contact_density", "Selten eingehalten.", author="mk")
    assert study.summary("Bochum", "contact_density")["text"] == "Selten eingehalten."
    assert [row["code"] for row in study.summaries("Bochum")] == ["contact_density"]
    assert study.report_states()[0]["site"] == "Bochum"


def test_documents_and_the_database(study):
    document = study.document("BO-OP-IFK-W1")
    assert (document.site, document.version, document.format) == ("Bochum", 1, "txt")
    assert document.segments == len(study.segments(document="BO-OP-IFK-W1"))
    with pytest.raises(QdaError, match="unknown document 'BO-XX'"):
        study.document("BO-XX")
    status = study.database_status()
    assert status["status"] == "up to date" and status["rows"]["documents"] == 3
    assert study.rename_code("egv", "interfaces/egv") == "interfaces/egv"
    assert study.merge_codes("interfaces/egv", "interfaces") == 0
