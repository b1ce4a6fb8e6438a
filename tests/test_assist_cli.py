"""``qda suggest`` and ``qda assist`` through the CLI runner, including a user's own spaCy pipeline."""

from __future__ import annotations

import json

import pytest
import spacy
from assist_helpers import code_gold, write_protocols
from spacy.training import Example
from sqlalchemy import func, select

from qda.assist.api import record_decision
from qda.ingest import import_paths
from qda.store.schema import codings, segments, suggestion_decisions


@pytest.fixture
def coded(project, tmp_path, mini_codebook, run_cli):
    gold = write_protocols(tmp_path / "generated", documents=6)
    import_paths(project.engine, [tmp_path / "generated"])
    assert run_cli("codebook", "load", mini_codebook).exit_code == 0
    code_gold(project.engine, gold, "anna")
    return project


def tally(project, table, *where) -> int:
    with project.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar()


def test_suggest_lists_scores_evidence_and_suggester_as_json_and_csv(coded, run_cli):
    result = run_cli("suggest", "--doc", "T00-OP-IFK-W1", "--code", "egv", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {row["code"] for row in rows} == {"egv"} and {row["suggester"] for row in rows} == {"rules"}
    assert all(set(row) >= {"document", "segment", "score", "evidence"} for row in rows)
    csv = run_cli("suggest", "--min-score", "0.99", "--format", "csv")
    assert csv.stdout.splitlines()[0] == "document,segment,segment_id,site,level,question,code,score,suggester,evidence"


def test_accept_above_codes_in_bulk_once(coded, run_cli):
    result = run_cli("suggest", "--accept-above", "0.5", "--coder", "bob", "--format", "json")
    assert result.exit_code == 0, result.output
    accepted = json.loads(result.stdout)
    assert accepted and all(row["score"] >= 0.5 for row in accepted)
    assert tally(coded, codings, codings.c.coder == "bob", codings.c.origin == "suggested") == len(accepted)
    assert tally(coded, suggestion_decisions, suggestion_decisions.c.decision == "accepted") == len(accepted)
    again = run_cli("suggest", "--accept-above", "0.5", "--coder", "bob", "--format", "json")
    assert json.loads(again.stdout) == []


def test_train_models_and_eval(coded, run_cli):
    trained = run_cli("assist", "train", "--coder", "anna", "--seed", "2", "--format", "json")
    assert trained.exit_code == 0, trained.output
    assert json.loads(trained.stdout)[0]["version"] == 1
    listed = json.loads(run_cli("assist", "models", "--format", "json").stdout)
    assert [(m["version"], m["coder"], m["seed"], m["new_decisions"]) for m in listed] == [(1, "anna", 2, 0)]
    result = run_cli("assist", "eval", "--coder", "anna", "--folds", "3", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    macro = {row["suggester"]: row for row in report["codes"] if row["code"] == "(macro)"}
    assert set(macro) == {"rules", "learned", "combined", "baseline"}
    assert all(0 <= row["f1"] <= 1 for row in macro.values()) and macro["combined"]["support"] == 36
    summary = {row["suggester"]: row for row in report["summary"]}
    assert 0 < summary["combined"]["recall_at_3"] <= 1 and "kappa_anna" in summary["combined"]
    assert [point["segments"] for point in report["learning_curve"]] == [25]  # 48 segments, 2/3 for training


def test_eval_on_labelled_jsonl_reports_cold_and_warm(project, run_cli, tmp_path, mini_codebook):
    lines = [{"text": f"Im Fall {n} wird die EGV gemeinsam erarbeitet und unterschrieben.", "label": "egv"}
             for n in range(8)]
    lines += [{"text": f"Kunde {n} wird monatlich zum Gespräch eingeladen, die Kontaktdichte passt.",
               "label": "contact_density"} for n in range(8)]
    data = tmp_path / "labelled.jsonl"
    data.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    result = run_cli("assist", "eval", "--data", str(data), "--codebook", mini_codebook, "--folds", "2",
                     "--no-curve", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["cold"][0]["suggester"] == "rules" and report["cold"][0]["top1"] == 1.0
    assert {row["suggester"] for row in report["summary"]} == {"rules", "learned", "combined", "baseline"}
    data.write_text('{"text": "ok", "label": "egv"}\n{"text": 3}\n', encoding="utf-8")
    broken = run_cli("assist", "eval", "--data", str(data), "--codebook", mini_codebook)
    assert broken.exit_code == 1 and broken.stderr.strip() == (
        f'error: {data}:2: each line needs a non-empty "text" and a "label" string')


def test_user_errors_are_one_line(coded, project, run_cli):
    nobody = run_cli("assist", "train", "--coder", "nobody")
    assert nobody.exit_code == 1 and nobody.stderr.strip() == (
        "error: coder 'nobody' has no codings to learn from: code some segments first")
    folds = run_cli("assist", "eval", "--coder", "anna", "--folds", "40")
    assert folds.exit_code == 1 and "need at least 80 coded segments" in folds.stderr
    missing = run_cli("suggest", "--model", str(project.root / "no-such-pipeline"))
    assert missing.exit_code == 1 and missing.stderr.startswith("error: cannot load spaCy pipeline")


def tiny_pipeline(path):
    """A small German pipeline trained here and saved to disk, as a user's own would be."""
    nlp = spacy.blank("de")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("tagger")
    sentences = [("Die EGV wird erarbeitet", ["DET", "NOUN", "AUX", "VERB"]),
                 ("Das Basisteam übergibt", ["DET", "NOUN", "VERB"])]
    examples = [Example.from_dict(nlp.make_doc(text), {"tags": tags}) for text, tags in sentences]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(5):
        nlp.update(examples, sgd=optimizer)
    nlp.to_disk(path)
    return path


def test_model_option_uses_an_installed_pipeline_and_guards_against_mixing(coded, run_cli, tmp_path):
    model = str(tiny_pipeline(tmp_path / "de_tiny"))
    trained = run_cli("assist", "train", "--coder", "anna", "--model", model, "--format", "json")
    assert trained.exit_code == 0, trained.output
    rows = json.loads(run_cli("suggest", "--model", model, "--doc", "T00-OP-IFK-W1", "--format", "json").stdout)
    assert rows and all(row["suggester"].endswith("@v1") for row in rows)
    listed = json.loads(run_cli("assist", "models", "--format", "json").stdout)
    assert listed[0]["base"] == model
    mixed = run_cli("suggest", "--model", "blank:de")
    assert mixed.exit_code == 1 and "was trained with spaCy pipeline" in mixed.stderr


def test_suggest_hints_at_retraining_once_decisions_accumulate(coded, run_cli):
    assert run_cli("assist", "train", "--coder", "anna").exit_code == 0
    assert "hint:" not in run_cli("suggest", "--doc", "T00-OP-IFK-W1").stderr
    with coded.engine.begin() as conn:
        for segment_id in conn.execute(select(segments.c.id).limit(10)).scalars():
            record_decision(conn, segment_id, "interfaces", "anna", False, "rules", 0.3)
    assert "run 'qda assist train' to learn from them" in run_cli("suggest", "--doc", "T00-OP-IFK-W1").stderr
