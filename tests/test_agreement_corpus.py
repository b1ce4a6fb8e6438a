"""The sample corpus (transcripts/): agreement of the gold coders checked independently, and a
REFI round trip at corpus scale. Skipped until the corpus is there; QDA_SAMPLE_CORPUS may
point at a copy made with ``python -m tools.sample_corpus.make_corpus --out DIR``."""

from __future__ import annotations

import csv
import os
import zipfile
from pathlib import Path

import pytest
from refi_helpers import PROJECT_XSD, validate
from sklearn.metrics import cohen_kappa_score

from qda.agreement import agreement_rows
from qda.coding.api import list_codings
from qda.exchange.refi_export import export_refi
from qda.exchange.refi_import import import_refi
from qda.project import init_project

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("QDA_SAMPLE_CORPUS", REPO / "transcripts"))
GOLD = [CORPUS / "codings" / f"coder_{name}.csv" for name in "ab"]
CODEBOOK = REPO / "codebooks" / "ejo-implementation.yaml"
pytestmark = pytest.mark.skipif(not all(path.is_file() for path in GOLD), reason="sample corpus not written yet")


@pytest.fixture(scope="module")
def corpus_project(tmp_path_factory):
    from typer.testing import CliRunner

    from qda.cli.main import app
    project = init_project(tmp_path_factory.mktemp("corpus") / "project")
    runner = CliRunner()
    for args in (["import", CORPUS / "protocols"], ["codebook", "load", CODEBOOK],
                 ["code", "import", GOLD[0]], ["code", "import", GOLD[1]]):
        result = runner.invoke(app, ["--project", str(project.root), *map(str, args)])
        assert result.exit_code == 0, result.output
    return project


def gold_presence(path: Path) -> set[tuple[str, int, str]]:
    """(document, start of the coded span, theme): the gold files key codings on offsets."""
    with path.open(encoding="utf-8") as handle:
        return {(row["document"], int(row["start"]), row["code"].split("/")[0]) for row in csv.DictReader(handle)}


def test_theme_kappa_matches_an_independent_computation(corpus_project):
    with corpus_project.engine.connect() as conn:
        rows = {row["code"]: row for row in agreement_rows(conn, ["coder_a", "coder_b"], themes=True)}
        segments = sorted(_all_segments(conn))
    a, b = (gold_presence(path) for path in GOLD)
    for theme in ("interfaces", "contact_density", "egv", "profiling"):
        ratings_a = [int((doc, seg, theme) in a) for doc, seg in segments]
        ratings_b = [int((doc, seg, theme) in b) for doc, seg in segments]
        assert rows[theme]["units"] == len(segments)
        assert rows[theme]["cohen_kappa"] == pytest.approx(cohen_kappa_score(ratings_a, ratings_b), abs=5e-4)
    assert 0.6 < rows["(all)"]["cohen_kappa"] < 1.0


def _all_segments(conn):
    from sqlalchemy import select

    from qda.store.schema import documents, segments
    return conn.execute(select(documents.c.doc_key, segments.c.char_start).join(documents)).all()


def test_corpus_round_trip_through_refi(corpus_project, tmp_path):
    out = tmp_path / "corpus.qdpx"
    with corpus_project.engine.connect() as conn:
        report = export_refi(conn, out, "corpus")
        before = sorted((r["document"], r["segment"], r["code"], r["coder"], r["start"], r["end"])
                        for r in list_codings(conn))
    with zipfile.ZipFile(out) as archive:
        validate(archive.read("project.qde"), PROJECT_XSD)
    fresh = init_project(tmp_path / "fresh")
    imported = import_refi(fresh.engine, out)
    assert imported.codings == report.codings == len(before) and imported.not_carried == []
    with fresh.engine.connect() as conn:
        after = sorted((r["document"], r["segment"], r["code"], r["coder"], r["start"], r["end"])
                       for r in list_codings(conn))
    assert after == before
