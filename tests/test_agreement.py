"""Agreement figures, cross-checked against scikit-learn and the krippendorff package."""

from __future__ import annotations

import json
import math
import warnings

import krippendorff
import pytest
from agreement_helpers import CODES, seed_codings, write_protocol
from sklearn.metrics import cohen_kappa_score

from qda.agreement import agreement, agreement_rows, build_units, cohen_kappa, krippendorff_alpha, unit_texts
from qda.coding.api import add_coding
from qda.errors import QdaError

SEGMENTS = 24


def reference_kappa(a, b):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = cohen_kappa_score(a, b)
    return None if math.isnan(value) else value


def reference_alpha(ratings):
    try:
        return krippendorff.alpha(reliability_data=ratings, level_of_measurement="nominal")
    except ValueError:  # "There has to be more than one value in the domain."
        return None


def close(mine, theirs):
    return (mine is None and theirs is None) or (mine is not None and theirs is not None and
                                                 math.isclose(mine, theirs, abs_tol=1e-9))


@pytest.fixture
def coded_project(project, run_cli, tmp_path, mini_codebook):
    folder = tmp_path / "generated"
    folder.mkdir()
    for key, site, level in (("AC-OP-1", "Aachen", "operational"), ("BO-OP-1", "Bochum", "operational"),
                             ("BO-ST-1", "Bochum", "strategic")):
        write_protocol(folder, key, site, level, SEGMENTS)
    assert run_cli("import", folder).exit_code == 0
    assert run_cli("codebook", "load", mini_codebook).exit_code == 0
    seed_codings(project, ["AC-OP-1", "BO-OP-1", "BO-ST-1"], ["A", "B", "C"], SEGMENTS)
    return project


@pytest.mark.parametrize("a, b", [
    ([0, 1, 1, 0, 1, 0, 0, 1], [0, 1, 0, 0, 1, 1, 0, 1]),
    ([1, 1, 1, 0], [1, 1, 1, 0]),          # perfect agreement
    ([0, 0, 0, 0], [0, 0, 0, 0]),          # a code nobody used: pe = 1
    ([1, 1, 1, 1], [1, 1, 1, 1]),          # all units coded: pe = 1
    ([1, 0, 0, 0], [0, 0, 0, 0]),          # one coder never used it: κ = 0
    ([0, 1, 0, 1], [1, 0, 1, 0]),          # systematic disagreement
])
def test_figures_match_references(a, b):
    figures = agreement([a, b])
    assert close(cohen_kappa(a, b), reference_kappa(a, b))
    assert close(figures.cohen_kappa, reference_kappa(a, b))
    assert close(figures.alpha, reference_alpha([a, b]))
    po = sum(x == y for x, y in zip(a, b)) / len(a)
    assert figures.percent == pytest.approx(po)
    assert figures.bp_kappa == pytest.approx(2 * po - 1)


def test_undefined_kappa_is_none_but_percent_and_bp_are_reported():
    figures = agreement([[0] * 5, [0] * 5])
    assert (figures.percent, figures.bp_kappa, figures.cohen_kappa, figures.alpha) == (1.0, 1.0, None, None)


def test_alpha_for_three_coders_matches_krippendorff():
    ratings = [[0, 1, 1, 0, 1, 0, 1, 1], [0, 1, 0, 0, 1, 0, 1, 1], [1, 1, 1, 0, 1, 0, 0, 1]]
    assert krippendorff_alpha(ratings) == pytest.approx(reference_alpha(ratings))
    pairs = [(0, 1), (0, 2), (1, 2)]
    light = sum(reference_kappa(ratings[i], ratings[j]) for i, j in pairs) / 3
    assert agreement(ratings).cohen_kappa == pytest.approx(light)


def test_project_figures_per_code_match_references(coded_project):
    with coded_project.engine.connect() as conn:
        table = build_units(conn, ["A", "B"])
        rows = agreement_rows(conn, ["A", "B"])
    assert len(table.units) == 3 * SEGMENTS
    by_code = {row["code"]: row for row in rows}
    assert set(by_code) == set(CODES) | {"(all)"}
    for code in CODES:
        a, b = table.ratings(code)
        row = by_code[code]
        assert row["units"] == 3 * SEGMENTS
        assert row["n_A"] == sum(a) and row["n_B"] == sum(b)
        assert row["cohen_kappa"] == pytest.approx(reference_kappa(a, b), abs=5e-4)
        assert row["alpha"] == pytest.approx(reference_alpha([a, b]), abs=5e-4)
    pooled_a = [v for code in CODES for v in table.ratings(code)[0]]
    pooled_b = [v for code in CODES for v in table.ratings(code)[1]]
    overall = by_code["(all)"]
    assert overall["units"] == 4 * 3 * SEGMENTS
    assert overall["cohen_kappa"] == pytest.approx(reference_kappa(pooled_a, pooled_b), abs=5e-4)
    assert 0.3 < overall["cohen_kappa"] < 0.9  # the seed copies 75 % of decisions


def test_sentence_units_split_segments_and_coverage_follows_spans(coded_project):
    with coded_project.engine.begin() as conn:
        add_coding(conn, "AC-OP-1", 1, "egv", "D", span=_first_sentence(conn))
        add_coding(conn, "AC-OP-1", 2, "egv", "D")
        table = build_units(conn, ["A", "D"], unit="sentence")
        first_text = unit_texts(conn, table.units[:1])
    assert len(table.units) == 2 * SEGMENTS  # only the document both coded
    first, second = table.units[0], table.units[1]
    assert first_text == ["Die Kunden werden monatlich eingeladen."]
    assert (first.segment, first.sentence, second.sentence) == (1, 1, 2)
    covered = [i for i in range(4) if "D" in table.coded.get((i, "egv"), ())]
    assert covered == [0, 2, 3]


def _first_sentence(conn):
    from sqlalchemy import select

    from qda.store.schema import documents, segments
    start = conn.execute(select(segments.c.char_start).join(documents).where(
        documents.c.doc_key == "AC-OP-1", segments.c.number == 1)).scalar_one()
    return start, start + len("Die Kunden werden monatlich eingeladen.")


def test_three_coders_alpha_against_krippendorff(coded_project):
    with coded_project.engine.connect() as conn:
        table = build_units(conn, ["A", "B", "C"])
        rows = {row["code"]: row for row in agreement_rows(conn, "A,B,C")}
    ratings = table.ratings("egv")
    assert rows["egv"]["alpha"] == pytest.approx(reference_alpha(ratings), abs=5e-4)
    assert {"n_A", "n_B", "n_C"} <= set(rows["egv"])


def test_by_site_groups_units(coded_project):
    with coded_project.engine.connect() as conn:
        rows = agreement_rows(conn, ["A", "B"], by="site")
    assert [row["site"] for row in rows] == ["Aachen", "Bochum", "(all)"]
    assert [row["units"] for row in rows] == [4 * SEGMENTS, 4 * 2 * SEGMENTS, 4 * 3 * SEGMENTS]


def test_unused_code_is_reported_with_undefined_kappa(coded_project, run_cli):
    with coded_project.engine.begin() as conn:
        from sqlalchemy import delete

        from qda.store.schema import codes, codings
        egv = conn.execute(codes.select().where(codes.c.path == "egv")).first()
        conn.execute(delete(codings).where(codings.c.code_id == egv.id))
        rows = agreement_rows(conn, ["A", "B"], code="egv")
    assert rows[0] == {"code": "egv", "units": 3 * SEGMENTS, "n_A": 0, "n_B": 0, "agreed": 3 * SEGMENTS,
                       "percent": 100.0, "cohen_kappa": None, "bp_kappa": 1.0, "alpha": None}


def test_one_coder_or_unknown_coder_is_a_clear_error(coded_project):
    with coded_project.engine.connect() as conn:
        with pytest.raises(QdaError, match="at least two different coders"):
            agreement_rows(conn, ["A"])
        with pytest.raises(QdaError, match="at least two different coders"):
            agreement_rows(conn, "A,A")
        with pytest.raises(QdaError, match="coder 'Z' has no codings"):
            agreement_rows(conn, ["A", "Z"])


def test_cli_agreement_json_and_errors(coded_project, run_cli):
    result = run_cli("agreement", "--coders", "A,B", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[-1]["code"] == "(all)" and rows[-1]["units"] == 4 * 3 * SEGMENTS
    csv_result = run_cli("agreement", "--coders", "A,B", "--by", "level", "--format", "csv")
    assert csv_result.output.splitlines()[0] == "level,units,n_A,n_B,agreed,percent,cohen_kappa,bp_kappa,alpha"
    single = run_cli("agreement", "--coders", "A")
    assert single.exit_code == 1 and "at least two different coders" in single.output
    table = run_cli("agreement", "--coders", "A,B", "--unit", "sentence")
    assert table.exit_code == 0 and "egv" in table.output


def test_themes_roll_children_up_to_their_top_level_code(coded_project):
    with coded_project.engine.connect() as conn:
        table = build_units(conn, ["A", "B"], themes=True)
        detailed = build_units(conn, ["A", "B"])
        rows = {row["code"]: row for row in agreement_rows(conn, ["A", "B"], themes=True)}
    assert set(table.codes) == {"interfaces", "contact_density", "egv"}
    for coder_index, coder in enumerate(["A", "B"]):
        expected = [max(a, b) for a, b in zip(detailed.ratings("interfaces")[coder_index],
                                              detailed.ratings("interfaces/basisteam")[coder_index])]
        assert table.ratings("interfaces")[coder_index] == expected
        assert rows["interfaces"][f"n_{coder}"] == sum(expected)
    a, b = table.ratings("interfaces")
    assert rows["interfaces"]["cohen_kappa"] == pytest.approx(reference_kappa(a, b), abs=5e-4)
