"""Assisted tagging end to end on a real project: suggest, decide, train, evaluate, order."""

from __future__ import annotations

import pytest
from assist_helpers import (
    code_gold,
    gold,  # noqa: F401  (a fixture)
    )
from sqlalchemy import func, select, update

from qda.assist import api
from qda.assist.data import labeled_segments
from qda.assist.defaults import SUGGESTION_COLUMNS
from qda.assist.engine import SegmentText, run
from qda.cli.output import emit
from qda.store.schema import assist_models, codings, documents, segments, suggestion_decisions


@pytest.fixture
def trained(project, gold):
    code_gold(project.engine, gold, "anna")
    api.train(project, "anna", seed=3)
    return project


def count(project, table, *where) -> int:
    with project.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar()


def segment_id(project, text_start: str) -> int:
    with project.engine.connect() as conn:
        return conn.execute(select(segments.c.id).where(segments.c.text.startswith(text_start))).scalar_one()


def test_rules_suggest_from_the_codebook_before_any_training(project, gold):
    rows = api.suggest_all(project, document="T00-OP-IFK-W1")
    egv = [row for row in rows if row["code"] == "egv"]
    assert egv and {row["suggester"] for row in rows} == {"rules"}
    assert all(0 < row["score"] <= 1 for row in rows)
    assert any("EGV" in row["evidence"] or "Eingliederungsvereinbarung" in row["evidence"] for row in egv)
    assert count(project, codings) == 0  # suggestions never become codings by themselves


def test_training_is_versioned_and_reproducible_with_a_seed(project, gold):
    code_gold(project.engine, gold, "anna")
    first = api.train(project, "anna", seed=3)
    second = api.train(project, "anna", seed=3)
    assert (first["version"], second["version"]) == (1, 2)
    with project.engine.connect() as conn:
        blobs = [row.blob for row in conn.execute(select(assist_models).order_by(assist_models.c.version))]
        params = conn.execute(select(assist_models.c.params).where(assist_models.c.version == 1)).scalar()
    assert blobs[0] == blobs[1] and len(blobs[0]) > 1000
    assert params["seed"] == 3 and params["coder"] == "anna" and params["documents"] == 8
    assert set(params["calibrators"]) == {"rules", "learned", "combined"}


def test_trained_suggestions_name_the_version_and_show_features(trained):
    rows = api.suggest_all(trained, document="T01-OP-IFK-W1")
    assert {row["suggester"] for row in rows} <= {"learned@v2", "combined@v2", "learned@v1", "combined@v1"}
    assert any("features:" in row["evidence"] for row in rows)
    by_segment = api.suggest_segments(trained, [segment_id(trained, "Absatz 1.2:")])
    assert [s.code for s in next(iter(by_segment.values()))][0] == "egv"


def test_cross_validation_combined_beats_rules_on_generated_corpus(trained):
    evaluation = api.evaluate(trained, "anna", folds=4, seed=1)
    assert evaluation.segments == 64
    assert evaluation.macro("combined")["f1"] > evaluation.macro("rules")["f1"]
    codes = {row["code"] for row in evaluation.rows()}
    assert codes == {"contact_density", "egv", "interfaces/basisteam", "(macro)"}


def test_accept_stores_a_suggested_coding_and_reject_is_kept(project, gold):
    accepted_id = segment_id(project, "Absatz 0.2:")
    rejected_id = segment_id(project, "Absatz 0.1:")
    with project.engine.begin() as conn:
        coding_id = api.record_decision(conn, accepted_id, "egv", "bob", True, "rules", 0.61)
        assert api.record_decision(conn, rejected_id, "contact_density", "bob", False, "rules", 0.4) is None
    with project.engine.connect() as conn:
        coding = conn.execute(select(codings).where(codings.c.id == coding_id)).one()
        decisions = dict(conn.execute(select(suggestion_decisions.c.segment_id, suggestion_decisions.c.decision)).all())
    assert (coding.origin, coding.suggester, coding.score, coding.coder) == ("suggested", "rules", 0.61, "bob")
    assert decisions == {accepted_id: "accepted", rejected_id: "rejected"}
    assert count(project, codings) == 1
    shown = {(row["segment_id"], row["code"]) for row in api.suggest_all(project, coder="bob")}
    assert (rejected_id, "contact_density") not in shown and (accepted_id, "egv") not in shown


def test_rejections_are_negatives_for_the_learned_suggester(project, gold):
    code_gold(project.engine, gold, "anna", documents={"T00-OP-IFK-W1"})
    outside = segment_id(project, "Absatz 3.1:")
    with project.engine.begin() as conn:
        api.record_decision(conn, outside, "egv", "anna", False, "rules", 0.7)
        items = {item.segment_id: item for item in labeled_segments(conn, "anna", ["egv", "contact_density"])}
    assert items[outside].labels == {"egv": 0} and not items[outside].complete
    inside = segment_id(project, "Absatz 0.1:")
    assert items[inside].complete and items[inside].labels == {"egv": 0, "contact_density": 1}


def test_uncertainty_order_puts_the_least_sure_segments_first(trained):
    with trained.engine.connect() as conn:
        ids = list(conn.execute(select(segments.c.id).order_by(segments.c.id)).scalars())
    order = api.uncertainty_order(trained, ids)
    assert sorted(order) == ids
    scoring = api.engine(trained)
    with trained.engine.connect() as conn:
        texts = {row.id: SegmentText(row.id, row.text, row.question) for row in conn.execute(select(segments))}
    unsure = {s.segment_id: s.uncertainty for s in scoring.score([texts[i] for i in ids])}
    values = [unsure[i] for i in order]
    assert values == sorted(values, reverse=True) and values[0] > values[-1]


def test_two_worker_processes_give_the_same_suggestions_as_one(trained, monkeypatch):
    monkeypatch.setattr("qda.assist.engine.BATCH", 16)  # many batches, so both workers get some
    scoring = api.engine(trained)
    with trained.engine.connect() as conn:
        texts = [SegmentText(row.id, row.text, row.question) for row in conn.execute(select(segments))]
    serial = [(s.segment_id, s.suggestions) for s in run(scoring, texts * 3, None, 1)]
    parallel = [(s.segment_id, s.suggestions) for s in run(scoring, texts * 3, None, 2)]
    assert parallel == serial and len(serial) == 3 * len(texts)


def test_csv_rendered_by_the_workers_is_what_emit_writes_from_the_rows(trained, monkeypatch, capsys):
    monkeypatch.setattr("qda.assist.engine.BATCH", 16)
    with trained.engine.begin() as conn:  # a site a spreadsheet would run as a formula
        conn.execute(update(documents).where(documents.c.doc_key == "T00-OP-IFK-W1").values(site="=HYPERLINK(1)"))
    arguments = (trained, {}, None, 0.05, None, False, None)
    emit(api.suggestion_rows(*arguments, 1), "csv", SUGGESTION_COLUMNS)
    expected = capsys.readouterr().out
    for processes in (1, 2):
        pieces = list(api.suggestion_csv(*arguments, processes))
        assert "".join(pieces) == expected and len(pieces) > 3
    assert pieces[0].startswith("document,segment,") and "T00-OP-IFK-W1,1,1,'=HYPERLINK(1)," in expected
    assert list(api.suggestion_csv(trained, {}, None, 2.0, None, False, None, 1)) == [
        ",".join(SUGGESTION_COLUMNS) + "\n"]


def strongest_reference(classifier, columns, values, label, count=3):
    """The strongest features as first written, one row and label at a time: every feature's
    contribution, the five largest and their ties, sorted by contribution and name; every positive
    one when fewer than ``count`` names come out."""
    import numpy

    from qda.assist.features import readable
    from qda.assist.learned import CANDIDATES

    contributions = values * classifier.weights[columns, classifier.labels.index(label)]
    cut = len(columns) - CANDIDATES
    floor = numpy.partition(contributions, cut)[cut] if cut > 0 else 0.0
    rank = {feature: i for i, feature in enumerate(sorted(classifier.vocabulary))}

    def names(kept):
        found: list[str] = []
        for _, _, column in sorted((-c, rank[classifier.vocabulary[j]], j)
                                   for c, j, keep in zip(contributions.tolist(), columns.tolist(), kept) if keep):
            name = readable(classifier.vocabulary[column])
            if len(found) < count and name not in found:
                found.append(name)
        return found

    found = names((contributions > 0) & (contributions >= floor))
    return names(contributions > 0) if len(found) < count and cut > 0 else found


@pytest.mark.parametrize("shortlist", [32, 64, 128])
def test_strongest_features_are_those_the_whole_row_gives(monkeypatch, shortlist):
    """The batch search (a label's strongest features first, whole rows in chunks where unsure)
    gives what the first, one-row-at-a-time version gives: on rows of 2 to 150 features with
    ties in weight and IDF, names that repeat (w:a, l:a and x:a are all a), short lists that are
    mostly unsure and long ones, whole rows in chunks of a few rows."""
    import numpy
    from scipy import sparse

    from qda.assist import learned

    monkeypatch.setattr(learned, "SHORTLIST", shortlist)
    monkeypatch.setattr(learned, "WHOLE_ROWS", 400)
    rng = numpy.random.default_rng(7)
    features = 300
    vocabulary = sorted(f"{'wlx'[i % 3]}:{i // 3:03d}" for i in range(features))  # w:a, l:a, x:a: all "a"
    weights = numpy.round(rng.normal(0, 1, (features, 6)), 1)  # equal weights, equal contributions
    idf = rng.choice([1.0, 2.0], features)
    weights[100:200], idf[100:200] = weights[:100], idf[:100]  # w:a like l:a for some: the same name
    weights[200:250], idf[200:250] = weights[:50], idf[:50]  # three times among the largest
    classifier = learned.Classifier(vocabulary, idf, weights, numpy.zeros(6), [f"code{k}" for k in range(6)])
    rows = [numpy.sort(rng.choice(features, rng.integers(2, 150), replace=False)) for _ in range(80)]
    matrix = sparse.csr_matrix((numpy.concatenate([idf[row] for row in rows]), numpy.concatenate(rows),
                                numpy.concatenate([[0], numpy.cumsum([len(row) for row in rows])])),
                               shape=(len(rows), features))
    matrix = learned._unit_rows(matrix)
    pairs = [(i, label) for i in range(len(rows)) for label in classifier.labels]
    expected = [strongest_reference(classifier, matrix.indices[matrix.indptr[i]:matrix.indptr[i + 1]],
                                    matrix.data[matrix.indptr[i]:matrix.indptr[i + 1]], label) for i, label in pairs]
    whole: list[int] = []
    chunked = classifier._whole_rows
    monkeypatch.setattr(classifier, "_whole_rows", lambda m, r, k, c: whole.append(len(r)) or chunked(m, r, k, c))
    found = classifier.strongest_of(matrix, [i for i, _ in pairs], [label for _, label in pairs])
    assert found == expected and sum(map(len, expected)) > 2 * len(pairs)
    assert 0 < whole[0] < len(pairs)  # both ways taken


@pytest.mark.parametrize("height, width", [(300, 2_000), (70_000, 2_000), (300, 70_000)])
def test_feature_pairs_come_distinct_in_row_major_order(height, width):
    """Both ways (16-bit radix sorts, or one sort of row * width + column) give numpy's unique pairs."""
    import numpy

    from qda.assist.learned import _row_major

    rng = numpy.random.default_rng(3)
    rows, columns = rng.integers(0, height, 50_000), rng.integers(0, width, 50_000)
    rows, columns = numpy.concatenate([rows, rows[:5_000]]), numpy.concatenate([columns, columns[:5_000]])
    found = _row_major(rows, columns, height, width)
    expected = numpy.unique(rows * width + columns)
    assert numpy.array_equal(found[0] * width + found[1], expected)
