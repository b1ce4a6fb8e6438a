"""``qda code add|remove|list`` through the CLI runner, against a real project."""

from __future__ import annotations

import csv
import io
import json

from qda.coding.api import list_codings


def _codings(project):
    with project.engine.connect() as conn:
        return list_codings(conn)


def test_add_with_span_memo_and_key_quote_then_list_as_json(loaded_project, run_cli):
    result = run_cli("code", "add", "BO-OP-IFK-W1", "3", "egv", "--coder", "anna", "--span", "298:315",
                     "--memo", "Standardtext", "--key-quote")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("added coding")
    listed = json.loads(run_cli("code", "list", "--format", "json").output)
    assert len(listed) == 1
    row = listed[0]
    assert (row["document"], row["segment"], row["code"], row["coder"]) == ("BO-OP-IFK-W1", 3, "egv", "anna")
    assert (row["start"], row["end"], row["text"], row["memo"], row["key_quote"]) == (
        298, 315, "Die EGV ist meist", "Standardtext", True)
    assert row["origin"] == "manual" and row["created_at"]


def test_adding_twice_is_a_no_op(loaded_project, run_cli):
    assert run_cli("code", "add", "KR-OP-IFK-W1", "1", "contact_density", "--coder", "a").exit_code == 0
    again = run_cli("code", "add", "KR-OP-IFK-W1", "1", "contact_density", "--coder", "a")
    assert again.exit_code == 0 and "already there" in again.output
    assert len(_codings(loaded_project)) == 1


def test_coder_comes_from_qda_coder_variable(loaded_project, run_cli, monkeypatch):
    monkeypatch.setenv("QDA_CODER", "clara")
    assert run_cli("code", "add", "KR-OP-IFK-W1", "2", "basisteam").exit_code == 0
    assert [c["coder"] for c in _codings(loaded_project)] == ["clara"]


def test_list_filters_by_coder_code_and_site_as_csv(loaded_project, run_cli):
    for doc, seg, code, coder in [("BO-OP-IFK-W1", 1, "contact_density", "a"),
                                  ("KR-OP-IFK-W1", 1, "contact_density", "b"),
                                  ("KR-OP-IFK-W1", 2, "basisteam", "a")]:
        assert run_cli("code", "add", doc, seg, code, "--coder", coder).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(run_cli("code", "list", "--site", "Krefeld", "--format", "csv").output)))
    assert sorted((r["document"], r["segment"], r["coder"]) for r in rows) == [
        ("KR-OP-IFK-W1", "1", "b"), ("KR-OP-IFK-W1", "2", "a")]
    by_code = json.loads(run_cli("code", "list", "--code", "interfaces", "--children", "--format", "json").output)
    assert [r["code"] for r in by_code] == ["interfaces/basisteam"]
    by_coder = json.loads(run_cli("code", "list", "--coder", "a", "--format", "json").output)
    assert len(by_coder) == 2
    table = run_cli("code", "list", "--coder", "b")
    assert "2 codings" not in table.output and "1 codings" in table.output


def test_remove_and_errors(loaded_project, run_cli):
    assert run_cli("code", "add", "BO-OP-IFK-W1", "2", "contact_density", "--coder", "a").exit_code == 0
    removed = run_cli("code", "remove", "BO-OP-IFK-W1", "2", "contact_density", "--coder", "a")
    assert removed.exit_code == 0 and "removed 1 coding" in removed.output
    assert _codings(loaded_project) == []
    again = run_cli("code", "remove", "BO-OP-IFK-W1", "2", "contact_density", "--coder", "a")
    assert again.exit_code == 1 and again.output.startswith("error: no coding 'contact_density'")
    bad_span = run_cli("code", "add", "BO-OP-IFK-W1", "2", "egv", "--span", "1-2")
    assert bad_span.exit_code == 1 and "--span must be START:END" in bad_span.output
    outside = run_cli("code", "add", "BO-OP-IFK-W1", "2", "egv", "--span", "0:5")
    assert outside.exit_code == 1 and "not inside segment 2" in outside.output
    unknown = run_cli("code", "add", "XX", "1", "egv")
    assert unknown.exit_code == 1 and "unknown document 'XX'" in unknown.output
