"""The shipped codebooks: required themes, well-formed ids, complete entries, and a clean check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qda.codebook.loader import check_codebook_file, load_codebook_file

CODEBOOKS = Path(__file__).resolve().parent.parent / "codebooks"
EJO = CODEBOOKS / "ejo-implementation.yaml"
REMOTE = CODEBOOKS / "remote-work-en.yaml"
REQUIRED_THEMES = ("interfaces", "profiling", "contact_density", "egv")
ID = re.compile(r"^[a-z0-9_]+$")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@pytest.fixture(params=[EJO, REMOTE], ids=["ejo", "remote-work"])
def codebook_path(request) -> Path:
    return request.param


def test_both_codebooks_pass_the_check(codebook_path):
    problems = check_codebook_file(codebook_path)
    assert problems == [], [str(p) for p in problems]


def test_required_top_level_themes_present():
    top = [code.id for code in load_codebook_file(EJO).codes]
    for theme in REQUIRED_THEMES:
        assert theme in top
    assert top[:4] == list(REQUIRED_THEMES)  # the four implementation themes come first


def test_ids_are_machine_ids_and_unique(codebook_path):
    codebook = load_codebook_file(codebook_path)
    ids = [code.id for code, _ in codebook.walk()]
    assert all(ID.match(code_id) for code_id in ids), [i for i in ids if not ID.match(i)]
    assert len(ids) == len(set(ids))
    paths = [code.path for code, _ in codebook.walk()]
    assert len(paths) == len(set(paths))


def test_every_code_is_a_complete_codebook_entry(codebook_path):
    codebook = load_codebook_file(codebook_path)
    incomplete = []
    for code, _ in codebook.walk():
        ok = (
            code.label and code.label_en and code.definition and code.coding_rules
            and len(code.anchor_examples) >= 1 and len(code.keywords) >= 1
            and code.color and COLOUR.match(code.color)
        )
        if not ok:
            incomplete.append(code.path)
    assert incomplete == []


def test_ejo_codebook_shape():
    codebook = load_codebook_file(EJO)
    assert codebook.language == "de"
    codes = list(codebook.walk())
    assert len(codes) >= 40
    for code, parent in codes:
        if parent is not None:
            assert code.path == f"{parent.path}/{code.id}"
    # the four main themes have leaves for their facets
    children = {code.id: [c.id for c in code.children] for code in codebook.codes}
    for theme in REQUIRED_THEMES:
        assert len(children[theme]) >= 3


def test_english_codebook_is_english():
    codebook = load_codebook_file(REMOTE)
    assert codebook.language == "en"
    assert codebook.codes
