"""Memos on segments, documents, codes and the project: library and ``qda memo``."""

from __future__ import annotations

import json

import pytest

from qda.coding.memos import add_memo, list_memos, memo_target
from qda.errors import QdaError


def test_memo_targets_in_the_library(loaded_project):
    with loaded_project.engine.begin() as conn:
        add_memo(conn, memo_target(conn, "BO-OP-IFK-W1", 3), "anna", "EGV als Standardtext")
        add_memo(conn, memo_target(conn, "BO-OP-IFK-W1"), "anna", "Interview gekürzt")
        add_memo(conn, memo_target(conn, code="egv"), "bernd", "Abgrenzung zu Zielvereinbarung klären")
        add_memo(conn, memo_target(conn), "bernd", "Projektnotiz")
        with pytest.raises(QdaError, match="needs some text"):
            add_memo(conn, memo_target(conn), "bernd", "   ")
        with pytest.raises(QdaError, match="not both"):
            memo_target(conn, "BO-OP-IFK-W1", code="egv")
        with pytest.raises(QdaError, match="has no segment 42"):
            memo_target(conn, "BO-OP-IFK-W1", 42)
    with loaded_project.engine.connect() as conn:
        on_document = list_memos(conn, document="BO-OP-IFK-W1")
        assert [(m["target_kind"], m["segment"], m["text"]) for m in on_document] == [
            ("segment", 3, "EGV als Standardtext"), ("document", None, "Interview gekürzt")]
        assert [m["text"] for m in list_memos(conn, code="egv")] == ["Abgrenzung zu Zielvereinbarung klären"]
        assert [m["text"] for m in list_memos(conn, kind="project")] == ["Projektnotiz"]
        assert [m["text"] for m in list_memos(conn, coder="bernd", contains="abgrenzung klären")] == [
            "Abgrenzung zu Zielvereinbarung klären"]


def test_memo_cli_add_list_show_delete(loaded_project, run_cli):
    added = run_cli("memo", "add", "Übergabe läuft informell", "--doc", "KR-OP-IFK-W1", "--segment", "2",
                    "--coder", "anna")
    assert added.exit_code == 0 and added.output.strip() == "memo 1 saved"
    assert run_cli("memo", "add", "Regel schärfen", "--code", "interfaces/basisteam", "--coder", "anna").exit_code == 0
    listed = json.loads(run_cli("memo", "list", "--format", "json").output)
    assert [(m["id"], m["target_kind"], m["document"], m["segment"], m["code"]) for m in listed] == [
        (1, "segment", "KR-OP-IFK-W1", 2, None), (2, "code", None, None, "interfaces/basisteam")]
    shown = run_cli("memo", "show", "1")
    assert "segment KR-OP-IFK-W1:2" in shown.output and "Übergabe läuft informell" in shown.output
    assert run_cli("memo", "delete", "1").exit_code == 0
    missing = run_cli("memo", "show", "1")
    assert missing.exit_code == 1 and missing.output.strip() == "error: no memo 1"
    only_codes = json.loads(run_cli("memo", "list", "--kind", "code", "--format", "json").output)
    assert [m["text"] for m in only_codes] == ["Regel schärfen"]
    bad = run_cli("memo", "add", "x", "--segment", "2")
    assert bad.exit_code == 1 and "needs its document" in bad.output
