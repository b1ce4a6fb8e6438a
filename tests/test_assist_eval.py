"""Evaluation that cannot leak, negatives only from seen segments, out-of-fold calibration,
frame text and deterministic suggestion files."""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy
from assist_helpers import (
    SENTENCES,
    code_gold,
    gold,  # noqa: F401  (a fixture)
    )
from conftest import MINI_CODEBOOK
from sqlalchemy import select

from qda.assist import api
from qda.assist.combine import KAPPA_FLOOR
from qda.assist.data import labeled_segments
from qda.assist.folds import grouped_folds, near_duplicate_groups
from qda.coding.api import store_coding
from qda.coding.queue import QueueFilter
from qda.coding.session import CodingSession
from qda.pipeline import RunOptions, run_pipeline
from qda.store.schema import codes, documents, seen_segments, segments

REPO = Path(__file__).resolve().parent.parent
SHARED = "Die Übergabe aus dem Basisteam läuft über einen Übergabebogen mit allen Vermerken."


def test_segments_sharing_a_long_sentence_are_one_group_transitively():
    texts = [f"Erstens. {SHARED}", "Ganz anderer Inhalt ohne Überschneidung, lang genug für einen Satz.",
             f"{SHARED} Dazu kommt: Die Kontaktdichte wird wegen Krankheit nicht gehalten, sagt sie.",
             "Die Kontaktdichte wird wegen Krankheit nicht gehalten, sagt sie. Sonst nichts.",
             "Kurz. Kurz.", "kurz.  KURZ."]
    groups = near_duplicate_groups(texts)
    assert groups[0] == groups[2] == groups[3]  # 0-2 share SHARED, 2-3 the second sentence
    assert groups[1] != groups[0] and groups[4] == groups[5]  # identical short passages too
    assert len(set(groups.tolist())) == 3


def test_grouped_folds_never_put_a_near_duplicate_on_both_sides():
    pool = [sentence for sentences in SENTENCES.values() for sentence in sentences]
    texts = [f"Im Fall {n} sagt die Fachkraft Folgendes zur Sache. {pool[n // 4]}" for n in range(40)]
    groups = near_duplicate_groups(texts)
    assert len(set(groups.tolist())) == 10
    folds = grouped_folds(texts, 4, seed=1)
    assert sorted(numpy.concatenate(folds).tolist()) == list(range(40))
    for test in folds:
        inside = set(groups[test].tolist())
        outside = set(numpy.delete(groups, test).tolist())
        assert not inside & outside


def _rows(project):
    with project.engine.connect() as conn:
        return conn.execute(select(segments, documents.c.doc_key).join(
            documents, documents.c.id == segments.c.document_id).order_by(segments.c.id)).all()


def test_a_half_coded_document_still_gets_suggestions_on_its_rest(project, gold):
    """The coder works through the first half of every protocol in the workbench: what comes after
    is unlabelled, not negative, and the trained model suggests the right codes there."""
    rows = _rows(project)
    first_half = {row.id for row in rows if row.number <= 4}
    session = CodingSession.open(project, "anna", QueueFilter(queue="all"), blind=True)
    for key in sorted({row.doc_key for row in rows}):
        session.jump_to_document(key)
        for _ in range(4):
            for code in sorted(gold[session.view().text]):
                session.apply(code)
            assert session.move(1)  # moving on marks the segment left behind as seen
    with project.engine.connect() as conn:
        code_ids = dict(conn.execute(select(codes.c.path, codes.c.id)).all())
    with project.engine.connect() as conn:
        seen = set(conn.execute(select(seen_segments.c.segment_id).where(seen_segments.c.coder == "anna")).scalars())
        items = {item.segment_id: item for item in labeled_segments(conn, "anna", list(code_ids))}
    assert seen and seen <= first_half
    rest = [row for row in rows if row.id not in first_half]
    assert not any(items.get(row.id) and items[row.id].complete for row in rest)
    api.train(project, "anna", seed=0)
    suggested = api.suggest_segments(project, [row.id for row in rest])
    coded_rest = [row for row in rest if gold[row.text]]
    found = [row for row in coded_rest if gold[row.text] & {s.code for s in suggested[row.id]}]
    assert len(found) >= 0.8 * len(coded_rest)


def test_document_done_makes_the_uncoded_segments_negatives(project, gold, run_cli):
    code_gold(project.engine, gold, "anna", documents={"T00-OP-IFK-W1"}, done=False)
    with project.engine.connect() as conn:
        before = [item for item in labeled_segments(conn, "anna", ["egv"]) if item.complete]
    result = run_cli("code", "done", "T00-OP-IFK-W1", "--coder", "anna")
    assert result.exit_code == 0 and "8 more segments marked as seen" in result.output
    with project.engine.connect() as conn:
        after = [item for item in labeled_segments(conn, "anna", ["egv"]) if item.complete]
    assert before == [] and len(after) == 8 and sum(item.labels["egv"] for item in after) == 2


def test_calibration_is_out_of_fold_and_an_unpredictable_code_is_unsicher(project, gold):
    """interfaces is coded at random, so no fold can predict it: its κ sits below the floor and its
    suggestions say so; egv is learnable and keeps a high out-of-fold κ."""
    code_gold(project.engine, gold, "anna")
    rng = random.Random(7)
    with project.engine.begin() as conn:
        interfaces = conn.execute(select(codes.c.id).where(codes.c.path == "interfaces")).scalar()
        for row in conn.execute(select(segments)).all():
            if rng.random() < 0.3:
                store_coding(conn, row, interfaces, "anna")
    result = api.train(project, "anna", seed=0)
    model = api.engine(project).model
    kappa = model.calibrators["combined"].kappa
    assert kappa["interfaces"] < KAPPA_FLOOR <= kappa["egv"]
    assert 0 < result["metrics"]["combined"] < 1  # out-of-fold, not a perfect in-sample fit
    rows = api.suggest_all(project, code="interfaces", min_score=0.0)
    assert rows and all(row["evidence"].startswith("unsicher (κ") for row in rows if row["code"] == "interfaces")
    assert not any(row["evidence"].startswith("unsicher") for row in api.suggest_all(project, code="egv"))


FRAMED = """\
---
id: FR-OP-IFK-W1
site: Bochum
level: operational
role: IFK
wave: 1
---
Das Interview mit der IFK fand am 12.03.2024 im Jobcenter statt und dauerte etwa 60 Minuten. Die datenschutzrechtliche Erklärung zur Eingliederungsvereinbarung lag unterschrieben vor.

2.2d Wie verändern sich Rolle und Inhalte der Eingliederungsvereinbarung?

I: Wird die EGV mit der Eingliederungsvereinbarung gemeinsam erarbeitet?
B: Die EGV ist meist ein Standardtext, die Eingliederungsvereinbarung wird nur vorgelegt.

Die Kontaktdichte wird monatlich im Gespräch gehalten; die EGV und die Eingliederungsvereinbarung werden dabei fortgeschrieben.

Zum Schluss bedankt sich die Interviewerin für das Gespräch zur EGV.
"""  # noqa: E501 (long paragraphs are the test data)


def test_main_job_writes_no_suggestion_on_frame_text(tmp_path):
    transcripts = tmp_path / "transcripts"
    transcripts.mkdir()
    (transcripts / "FR-OP-IFK-W1.txt").write_text(FRAMED, encoding="utf-8")
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(MINI_CODEBOOK, encoding="utf-8")
    out = tmp_path / "out"
    run_pipeline(transcripts, codebook, out, tmp_path / "project", RunOptions(formats=("md",)))
    with (out / "suggestions.csv").open(encoding="utf-8-sig") as handle:
        suggested = {int(row["segment"]) for row in csv.DictReader(handle)}
    assert suggested == {3, 4}  # the B: answer and the paragraph on contact density and the EGV


def _suggest_csv(project_root: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", "from qda.cli.main import main; main()", "--project", str(project_root),
               "suggest", "--min-score", "0.05", "--format", "csv"]
    return subprocess.run(command, capture_output=True, env=env, check=True, timeout=600).stdout


def test_suggestion_files_are_byte_identical_under_two_hash_seeds(project, gold):
    code_gold(project.engine, gold, "anna")
    api.train(project, "anna", seed=0)
    first, second = _suggest_csv(project.root, "1"), _suggest_csv(project.root, "2")
    assert first == second and first.count(b"\n") > 20 and b"features:" in first
