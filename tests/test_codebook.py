"""Codebook files: validation with line numbers, loading, reloading, rename and merge."""

from __future__ import annotations

from pathlib import Path

import pytest

from qda.codebook import check_codebook_file, load_codebook_file, load_codes
from qda.coding.api import add_coding, list_codings
from qda.errors import QdaError
from tests.conftest import MINI_CODEBOOK

BROKEN = """\
name: Broken
codes:
  - id: interfaces
    label: Schnittstellen
    colour: "#123456"
    children:
      - id: basisteam
        label: Basisteam
        color: blue
  - id: interfaces
    label: Doppelt
  - id: Bad-Id
    label: X
    label: Y
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "codebook.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_problem_is_reported_with_its_line(tmp_path):
    problems = [str(p).split("codebook.yaml:")[1] for p in check_codebook_file(write(tmp_path, BROKEN))]
    assert problems == [
        "5: unknown key 'colour' in code (allowed: anchor_examples, children, coding_rules, color, definition, "
        "exclude, features, id, keywords, label, label_en, questions)",
        "9: bad colour 'blue' for 'basisteam' (use #rrggbb)",
        "10: duplicate code id 'interfaces' (first at line 3)",
        "14: duplicate key 'label' in code",
        "12: invalid code id 'Bad-Id' (use a-z, 0-9 and _)",
    ]


def test_load_raises_first_problem_and_counts_the_rest(tmp_path):
    with pytest.raises(QdaError, match=r"codebook.yaml:5: unknown key 'colour'.*\(4 more problems"):
        load_codebook_file(write(tmp_path, BROKEN))


def test_recursive_alias_is_a_cycle(tmp_path):
    cyclic = "name: C\ncodes:\n  - &loop\n    id: a\n    label: A\n    children:\n      - *loop\n"
    assert any("cycle" in str(p) for p in check_codebook_file(write(tmp_path, cyclic)))


def test_tree_paths_and_fields(tmp_path):
    codebook = load_codebook_file(write(tmp_path, MINI_CODEBOOK))
    walked = [(code.path, parent.id if parent else None) for code, parent in codebook.walk()]
    assert walked == [("interfaces", None), ("interfaces/basisteam", "interfaces"),
                      ("contact_density", None), ("egv", None)]
    assert codebook.codes[0].keywords == ["Schnittstelle", "Basisteam", "Übergabe"]
    assert codebook.codes[0].children[0].color == "#4a90d9"


def test_reload_without_a_code_keeps_its_codings(loaded_project, run_cli, tmp_path):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "KR-OP-IFK-W1", 2, "interfaces/basisteam", "anna")
    reduced = MINI_CODEBOOK.split("  - id: contact_density")[0].replace(
        "      - id: basisteam", "      - id: basisteam_handover").replace("label: Basisteam\n", "label: Übergabe\n")
    result = run_cli("codebook", "load", write(tmp_path, reduced))
    assert result.exit_code == 0, result.output
    assert "deactivated" in result.output and "1 codings kept" in result.output
    with loaded_project.engine.connect() as conn:
        active = [c.path for c in load_codes(conn)]
        assert active == ["interfaces", "interfaces/basisteam_handover"]
        assert [c["code"] for c in list_codings(conn)] == ["interfaces/basisteam"]
    check = run_cli("codebook", "check")
    assert check.exit_code == 1 and "is no longer in the codebook but holds 1 codings" in check.output
    merged = run_cli("codebook", "merge", "interfaces/basisteam", "interfaces/basisteam_handover")
    assert merged.exit_code == 0 and "1 codings moved" in merged.output
    with loaded_project.engine.connect() as conn:
        assert [c["code"] for c in list_codings(conn)] == ["interfaces/basisteam_handover"]


def test_rename_moves_code_and_children(loaded_project, run_cli):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "KR-OP-IFK-W1", 2, "basisteam", "anna")
    result = run_cli("codebook", "rename", "interfaces", "schnittstellen")
    assert result.exit_code == 0, result.output
    with loaded_project.engine.connect() as conn:
        assert [c.path for c in load_codes(conn)][:2] == ["schnittstellen", "schnittstellen/basisteam"]
        assert [c["code"] for c in list_codings(conn)] == ["schnittstellen/basisteam"]
    clash = run_cli("codebook", "rename", "egv", "contact_density")
    assert clash.exit_code == 1 and "already exists: use 'qda codebook merge" in clash.output
