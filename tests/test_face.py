"""The library face a notebook user scripts (``qda.open_project``), and docs/api.md run as written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import qda
from qda.errors import QdaError

ROOT = Path(__file__).resolve().parent.parent


def test_notebook_example_of_ten_lines(tmp_path, protocol_dir, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = qda.init_project(Path("study"))
    p.import_files([protocol_dir])
    p.load_codebook(ROOT / "codebooks" / "ejo-implementation.yaml")
    bochum = p.documents(site="bochum", level="operativ")
    p.add_coding(bochum[0].document, 2, "contact_density/frequency", coder="anna")
    matrix = p.matrix(value="docs")
    suggestions = p.suggest(site="Krefeld")
    assert [d.document for d in bochum] == ["BO-OP-IFK-W1"]
    assert matrix.loc["Bochum", "contact_density"] == 1 and matrix.loc["Krefeld", "contact_density"] == 0
    assert [(c.document, c.segment, c.code, c.coder) for c in p.codings(code="contact_density")] == [
        ("BO-OP-IFK-W1", 2, "contact_density/frequency", "anna")]
    assert set(suggestions["document"]) <= {"KR-OP-IFK-W1", "KR-CL-ELB-W1"}
    assert p.report("Bochum").startswith("# Fallbericht Bochum")


def test_a_filter_typo_names_the_valid_filters(project, protocol_dir):
    project.import_files([protocol_dir])
    with pytest.raises(QdaError, match=r"unknown filter 'sitee' \(filters: site, level, role, wave\)"):
        project.documents(sitee="Bochum")
    with pytest.raises(QdaError, match=r"unknown site 'Kiel' \(sites: Bochum, Krefeld\)"):
        project.segments(site="Kiel")


def test_the_api_page_runs_as_written(tmp_path, monkeypatch):
    """Every ```python block of docs/api.md, in order, in a folder with the sample beside it."""
    shutil.copytree(ROOT / "transcripts" / "protocols" / "bochum", tmp_path / "transcripts" / "protocols" / "bochum")
    shutil.copytree(ROOT / "codebooks", tmp_path / "codebooks")
    monkeypatch.chdir(tmp_path)
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    assert len(blocks) >= 3
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "docs/api.md", "exec"), namespace)  # noqa: S102 (our own documentation)
    assert len(namespace["report"].added) == 11 and namespace["first"].site == "Bochum"
    assert namespace["docs"].loc["Bochum", "contact_density"] >= 1
    assert set(namespace["figures"]["code"]) >= {"contact_density"}
    assert namespace["markdown"].startswith("# Fallbericht Bochum")
    assert (tmp_path / "Fallbericht-Bochum.docx").stat().st_size > 0
    assert namespace["count"] > 0 and namespace["passages"]["code"].str.startswith("contact_density").all()
    assert "matrix.xlsx" in {path.name for path in tmp_path.iterdir()}
    assert namespace["interviews"].splitlines()[1].startswith("Bochum")
