import json

from report_helpers import coded_project, expected_segments  # noqa: F401

from qda.analysis import cooccurrence, retrieve


def test_retrieve_lists_each_passage_once_with_citation_and_memos(coded_project):
    with coded_project.engine.connect() as conn:
        frame = retrieve(conn, "contact_density")
    assert set(zip(frame["document"], frame["segment"])) == expected_segments("contact_density")
    assert len(frame) == len(expected_segments("contact_density"))
    both = frame[(frame["document"] == "BO-OP-IFK-W1") & (frame["segment"] == 1)].iloc[0]
    assert both["coders"] == "anna, ben"
    assert both["citation"] == "Bochum · operativ · IFK · W1 · BO-OP-IFK-W1 · Z. " + both["lines"]
    assert "alle drei Monate" in both["text"]
    assert set(frame["code_memo"]) == {"Mindestens monatlich laut Konzept."}
    memo_row = frame[(frame["document"] == "BO-OP-IFK-W1") & (frame["segment"] == 2)].iloc[0]
    assert memo_row["segment_memos"] == ["Widerspricht der Aussage der GF."]


def test_retrieve_boolean_and_not_and_children(coded_project):
    with coded_project.engine.connect() as conn:
        both = retrieve(conn, "contact_density", and_codes=["egv"])
        without = retrieve(conn, "contact_density", not_codes=["egv"])
        parent_only = retrieve(conn, "interfaces")
        with_children = retrieve(conn, "interfaces", with_children=True)
        filtered = retrieve(conn, "contact_density", site="Krefeld", level="client", coder="ben")
    assert list(zip(both["document"], both["segment"])) == [("KR-CL-ELB-W1", 3)]
    assert ("KR-CL-ELB-W1", 3) not in set(zip(without["document"], without["segment"]))
    assert len(without) == len(expected_segments("contact_density")) - 1
    assert parent_only.empty
    assert list(with_children["code"]) == ["interfaces/basisteam"]
    assert list(zip(filtered["document"], filtered["segment"])) == [("KR-CL-ELB-W1", 2)]


def test_english_citation_uses_l(coded_project):
    with coded_project.engine.connect() as conn:
        frame = retrieve(conn, "egv", lang="en", site="Bochum")
    assert frame.iloc[0]["citation"].startswith("Bochum · operational · IFK · W1 · BO-OP-IFK-W1 · l. ")


def test_cooccurrence_counts_distinct_segments(coded_project):
    with coded_project.engine.connect() as conn:
        table = cooccurrence(conn, codes="contact_density,egv,interfaces")
    assert table.loc["contact_density", "contact_density"] == len(expected_segments("contact_density"))
    assert table.loc["contact_density", "egv"] == 1
    assert table.loc["egv", "contact_density"] == 1
    assert table.loc["interfaces", "interfaces"] == 1
    assert table.loc["interfaces", "egv"] == 0


def test_cli_retrieve_json_md_and_errors(coded_project, run_cli):
    result = run_cli("retrieve", "--code", "contact_density", "--and-code", "egv", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["document"], r["segment"]) for r in rows] == [("KR-CL-ELB-W1", 3)]
    result = run_cli("retrieve", "--code", "contact_density", "--site", "Bochum", "--format", "md")
    assert result.exit_code == 0, result.output
    assert "> Die Kontaktdichte wird wegen Krankheitsausfällen nicht eingehalten." in result.output
    assert "— Bochum · operativ · IFK · W1 · BO-OP-IFK-W1 · Z." in result.output
    result = run_cli("retrieve", "--code", "nope")
    assert result.exit_code == 1
    assert "unknown code 'nope'" in result.output


def test_cli_cooccur_csv(coded_project, run_cli):
    result = run_cli("cooccur", "--codes", "contact_density,egv", "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "code,contact_density,egv"
    assert lines[2] == "egv,1,2"
