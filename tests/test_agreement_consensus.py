"""Disagreements, the workbench queue contract, and consensus coding."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from qda.agreement import build_consensus, disagreement_segment_ids
from qda.coding.api import add_coding, list_codings
from qda.errors import QdaError
from qda.store.schema import documents, segments


@pytest.fixture
def two_coders(loaded_project):
    """A and B agree on 3 (segment, code) units and differ on 2; only A coded the client protocol."""
    with loaded_project.engine.begin() as conn:
        for coder in ("A", "B"):
            add_coding(conn, "BO-OP-IFK-W1", 1, "contact_density", coder)
            add_coding(conn, "KR-OP-IFK-W1", 2, "interfaces/basisteam", coder, span=(234, 260))
        add_coding(conn, "BO-OP-IFK-W1", 3, "egv", "A")
        add_coding(conn, "BO-OP-IFK-W1", 3, "egv", "B", span=(298, 320))
        add_coding(conn, "BO-OP-IFK-W1", 2, "contact_density", "A")
        add_coding(conn, "KR-OP-IFK-W1", 1, "contact_density", "B")
        add_coding(conn, "KR-CL-ELB-W1", 3, "egv", "A")
    return loaded_project


def segment_id(conn, doc_key, number):
    return conn.execute(select(segments.c.id).join(documents).where(
        documents.c.doc_key == doc_key, segments.c.number == number)).scalar_one()


def consensus_codings(project, name="K"):
    with project.engine.connect() as conn:
        return {(r["document"], r["segment"], r["code"], r["start"], r["end"], r["origin"])
                for r in list_codings(conn, coder=name)}


def test_disagreement_segment_ids_in_document_order(two_coders):
    with two_coders.engine.connect() as conn:
        expected = [segment_id(conn, "BO-OP-IFK-W1", 2), segment_id(conn, "KR-OP-IFK-W1", 1)]
        assert disagreement_segment_ids(conn, ["A", "B"]) == expected


def test_cli_disagreements_csv(two_coders, run_cli):
    result = run_cli("agreement", "disagreements", "--coders", "A,B", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["document"], r["segment"], r["code"], r["coded_by"], r["not_coded_by"]) for r in rows] == [
        ("BO-OP-IFK-W1", "2", "contact_density", "A", "B"),
        ("KR-OP-IFK-W1", "1", "contact_density", "B", "A"),
    ]
    assert rows[0]["text"].startswith("Die Kontaktdichte")


def test_consensus_without_decisions_keeps_agreed_units_and_lists_the_rest(two_coders, run_cli):
    result = run_cli("consensus", "--coders", "A,B", "--as", "K")
    assert result.exit_code == 0, result.output
    assert "2 units left out" in result.output
    assert consensus_codings(two_coders) == {
        ("BO-OP-IFK-W1", 1, "contact_density", 71, 152, "consensus"),
        ("BO-OP-IFK-W1", 3, "egv", 298, 370, "consensus"),  # spans differ: whole segment
        ("KR-OP-IFK-W1", 2, "interfaces/basisteam", 234, 260, "consensus"),  # same span kept
    }


def test_decisions_file_prefer_and_workbench_decisions(two_coders, run_cli, tmp_path):
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("document,segment,code,decision\nBO-OP-IFK-W1,2,contact_density,no\n", encoding="utf-8")
    with two_coders.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 2, "contact_density", "K")  # decided in the walk, overruled by the file
    result = run_cli("consensus", "--coders", "A,B", "--as", "K", "--decisions", decisions, "--prefer", "B",
                     "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"decided": 2' in result.output and '"removed": 1' in result.output
    found = consensus_codings(two_coders)
    assert ("KR-OP-IFK-W1", 1, "contact_density", 71, 141, "consensus") in found
    assert not any(key[:3] == ("BO-OP-IFK-W1", 2, "contact_density") for key in found)


def test_codings_already_made_by_the_consensus_coder_count_as_decisions(two_coders):
    with two_coders.engine.begin() as conn:
        add_coding(conn, "KR-OP-IFK-W1", 1, "contact_density", "K")
        report = build_consensus(conn, ["A", "B"], "K")
    assert (report.agreed, report.kept, len(report.undecided)) == (3, 1, 1)
    assert report.undecided[0]["segment"] == 2


def test_bad_decisions_file_names_file_and_line_and_writes_nothing(two_coders, run_cli, tmp_path):
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("document,segment,code,decision\nBO-OP-IFK-W1,2,contact_density,no\n"
                         "KR-OP-IFK-W1,1,contact_density,maybe\n", encoding="utf-8")
    result = run_cli("consensus", "--coders", "A,B", "--as", "K", "--decisions", decisions)
    assert result.exit_code == 1
    assert f"{decisions}:3: decision 'maybe'" in result.output
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("document,segment,code,decision\nXX,1,egv,yes\n", encoding="utf-8")
    result = run_cli("consensus", "--coders", "A,B", "--as", "K", "--decisions", unknown)
    assert result.exit_code == 1 and f"{unknown}:2: unknown document 'XX'" in result.output
    assert consensus_codings(two_coders) == set()


def test_consensus_name_and_prefer_must_make_sense(two_coders):
    with two_coders.engine.begin() as conn:
        with pytest.raises(QdaError, match="is one of the compared coders"):
            build_consensus(conn, ["A", "B"], "A")
        with pytest.raises(QdaError, match="--prefer 'C'"):
            build_consensus(conn, ["A", "B"], "K", prefer="C")


def test_sentence_disagreements_name_the_sentence(two_coders, run_cli):
    result = run_cli("agreement", "disagreements", "--coders", "A,B", "--unit", "sentence", "--format", "json")
    assert result.exit_code == 0, result.output
    import json
    rows = json.loads(result.output)
    # egv: A coded all of segment 3, B only its start; one sentence, so they agree there
    assert [(r["document"], r["segment"], r["sentence"], r["code"]) for r in rows] == [
        ("BO-OP-IFK-W1", 2, 1, "contact_density"), ("KR-OP-IFK-W1", 1, 1, "contact_density")]


def test_disagreements_with_an_unknown_coder_print_nothing_but_the_error(two_coders, run_cli):
    for fmt in ("csv", "json", "table"):
        result = run_cli("agreement", "disagreements", "--coders", "A,nobody", "--format", fmt)
        assert result.exit_code == 1 and result.stdout == ""
        assert "coder 'nobody' has no codings" in result.output


def test_the_face_hands_disagreements_out_as_they_are_read(two_coders, run_cli):
    import json
    from collections.abc import Iterator

    rows = two_coders.disagreements("A,B")
    assert isinstance(rows, Iterator)
    listed = json.loads(run_cli("agreement", "disagreements", "--coders", "A,B", "--format", "json").output)
    assert [(row["document"], row["segment"], row["code"], row["coded_by"]) for row in rows] == [
        (row["document"], row["segment"], row["code"], row["coded_by"]) for row in listed]
    assert len(listed) == 2
    with pytest.raises(QdaError, match="coder 'nobody' has no codings"):
        two_coders.disagreements("A,nobody")
