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
    assert both["citation"].startswith(
        "Bochum · operative Ebene · IFK · W1 · BO-OP-IFK-W1 · Z. " + both["lines"] + " · ")
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
    assert frame.iloc[0]["citation"].startswith("Bochum · operational level · IFK · W1 · BO-OP-IFK-W1 · l. ")


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
    assert "— Bochum · operative Ebene · IFK · W1 · BO-OP-IFK-W1 · Z." in result.output
    result = run_cli("retrieve", "--code", "nope")
    assert result.exit_code == 1
    assert "unknown code 'nope'" in result.output


def test_cli_cooccur_csv(coded_project, run_cli):
    result = run_cli("cooccur", "--codes", "contact_density,egv", "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "code,contact_density,egv"
    assert lines[2] == "egv,1,2"


def test_citation_of_a_text_protocol_points_at_the_file_line_of_the_quote(coded_project, protocol_dir):
    """Front matter counted: the cited line of the file on disk holds the passage's first words."""
    with coded_project.engine.connect() as conn:
        frame = retrieve(conn, "contact_density", with_children=True)
    for row in frame.itertuples():
        file_lines = (protocol_dir / f"{row.document}.txt").read_text(encoding="utf-8").splitlines()
        first = int(row.lines.split("–")[0])
        first_words = " ".join(row.text.split()[:4])
        assert first_words.split(": ", 1)[-1] in file_lines[first - 1], (row.citation, file_lines[first - 1])
        assert f"Abschn. {row.segment}" in row.citation


def test_citation_of_a_word_protocol_names_the_paragraph(project, run_cli, mini_codebook, tmp_path):
    import docx

    from qda.coding.api import add_coding

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (key, value) in zip(table.rows, [("id", "DS-OP-IFK-W1"), ("site", "Düsseldorf"), ("level", "operativ")]):
        row.cells[0].text, row.cells[1].text = key, value
    paragraphs = ["Das Interview fand im Jobcenter statt.", "2.2d Wie verändern sich Rolle und Inhalte der EGV?",
                  "", "Die EGV wird gemeinsam mit der Kundin erarbeitet.", "Sie wird alle drei Monate erneuert."]
    for text in paragraphs:
        document.add_paragraph(text)
    folder = tmp_path / "word"
    folder.mkdir()
    document.save(str(folder / "DS-OP-IFK-W1.docx"))
    assert run_cli("import", folder).exit_code == 0
    assert run_cli("codebook", "load", mini_codebook).exit_code == 0
    with project.engine.begin() as conn:
        add_coding(conn, "DS-OP-IFK-W1", 3, "egv", "anna")
    with project.engine.connect() as conn:
        frame = retrieve(conn, "egv")
    # Word counts the empty paragraph too: segment 3 stands in the fifth paragraph after the table
    assert frame.iloc[0]["citation"] == "Düsseldorf · operative Ebene · DS-OP-IFK-W1 · Abs. 5 · Abschn. 3 · Frage 2.2d"
