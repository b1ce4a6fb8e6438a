"""Findings per site: features in the codebook, evidence, history, levels, and the Übersicht
3-3 overview table compared cell by cell across csv, xlsx and docx."""

from __future__ import annotations

import csv
import textwrap
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import MINI_CODEBOOK
from sqlalchemy import select

from qda.codebook import check_codebook_file, load_codebook_file, sync_codebook
from qda.errors import QdaError
from qda.findings import finding_history, list_findings, remove_finding, set_finding, set_site_attributes, site_findings
from qda.findings.table import finding_table, interviews_table
from qda.ingest import import_paths
from qda.store.schema import documents, segments

FEATURES = {
    "interfaces": """\
    features:
      - id: employer_contact_model
        label: Arbeitgeberansprache durch …
        label_en: Employer contact by …
        kind: multi
        definition: Wer Arbeitgeber anspricht.
        values:
          - {id: projektteam, label: die EJO-Projektteams}
          - {id: ags_eigen, label: den jobcentereigenen AG-S}
          - {id: gags, label: den gAG-S}
      - id: handover_rules
        label: Übergaberegeln
        kind: flag
    """,
    "contact_density": """\
    features:
      - id: contact_density_kept
        label: Kontaktdichte eingehalten
        kind: category
        values:
          - {id: kept, label: eingehalten}
          - {id: partly, label: teilweise}
          - {id: missed, label: verfehlt}
      - id: talk_rhythm
        label: Gesprächsrhythmus
        kind: text
    """,
    "egv": """\
    features:
      - id: egv_joint
        label: EGV gemeinsam erarbeitet
        kind: rating
    """,
}


def feature_codebook() -> str:
    """MINI_CODEBOOK with features on three top-level codes."""
    lines = []
    for line in MINI_CODEBOOK.splitlines():
        lines.append(line)
        for code, block in FEATURES.items():
            if line == f"  - id: {code}":
                lines.append(textwrap.indent(textwrap.dedent(block).rstrip(), "    "))
    return "\n".join(lines) + "\n"


@pytest.fixture
def loaded(project, protocol_dir, tmp_path):
    """The project with the three protocols (Bochum, Krefeld) and a codebook with features."""
    path = tmp_path / "features.yaml"
    path.write_text(feature_codebook(), encoding="utf-8")
    import_paths(project.engine, [protocol_dir])
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(path))
    return project


def first_segment(conn, doc_key: str, containing: str) -> str:
    rows = conn.execute(select(segments.c.number, segments.c.text).join(documents).where(
        documents.c.doc_key == doc_key).order_by(segments.c.number)).all()
    return f"{doc_key}:{next(number for number, text in rows if containing in text)}"


def test_codebook_features_are_checked_with_lines(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(textwrap.dedent("""\
        name: x
        codes:
          - id: a
            label: A
            features:
              - {id: f, label: F, kind: category}
              - {id: f, label: G, kind: flag}
              - {id: g, label: G, kind: rating, scale: [{value: 1, label: x}, {value: 1, label: y}]}
              - {id: h, label: H, kind: sometimes}
        """), encoding="utf-8")
    problems = [f"{p.line}: {p.message}" for p in check_codebook_file(path)]
    assert problems == [
        "6: feature 'f' needs a list of 'values'",
        "7: duplicate feature id 'f' (first at line 6)",
        "8: the scale of 'g' must ascend without repeats",
        "9: feature 'h' needs a kind: category, multi, flag, rating, text",
    ]
    good = tmp_path / "good.yaml"
    good.write_text(feature_codebook(), encoding="utf-8")
    rating = next(f for f in load_codebook_file(good).features() if f.id == "egv_joint")
    assert [v.id for v in rating.values] == ["-2", "-1", "0", "+1", "+2", "mixed", "na"]
    assert rating.value("mixed").label == "gemischt" and rating.value("na").label == "keine Angabe"


def test_shipped_codebook_has_the_site_fact_features():
    codebook = load_codebook_file(Path(__file__).parent.parent / "codebooks" / "ejo-implementation.yaml")
    kinds = {f.id: f.kind for f in codebook.features()}
    assert kinds == {
        "handover_rules": "flag", "employer_contact_model": "multi", "fourpm_consistent": "rating",
        "talk_rhythm": "text", "contact_density_kept": "category", "egv_form": "category", "egv_joint": "rating",
        "selection_variant": "category", "project_teams": "category", "occupational_specialisation": "flag",
    }


def test_values_are_checked_against_the_feature_kind(loaded):
    with loaded.engine.begin() as conn:
        for feature, value in [("egv_joint", "+3"), ("handover_rules", "maybe"), ("contact_density_kept", "gut"),
                               ("employer_contact_model", "jobcenter"), ("nonexistent", "x")]:
            with pytest.raises(QdaError):
                set_finding(conn, "Krefeld", feature, value, by="ana")
        finding, _ = set_finding(conn, "Krefeld", "egv_joint", "gemischt", by="ana")
        assert finding.value == "mixed"
        finding, _ = set_finding(conn, "Krefeld", "employer_contact_model", "gags, projektteam", by="ana")
        assert finding.value == ["projektteam", "gags"]  # codebook order


def test_evidence_must_exist_history_keeps_old_values_and_levels_sit_side_by_side(loaded, run_cli):
    with loaded.engine.begin() as conn:
        evidence = first_segment(conn, "KR-OP-IFK-W1", "monatlich")
        other_site = first_segment(conn, "BO-OP-IFK-W1", "Kontaktdichte")
        for bad in ("KR-OP-IFK-W1:99", "XX-NONE:1", other_site, "KR-OP-IFK-W1"):
            with pytest.raises(QdaError, match="evidence"):
                set_finding(conn, "Krefeld", "contact_density_kept", "kept", by="ana", evidence=[bad])
        assert list_findings(conn) == []
        first, what = set_finding(conn, "Krefeld", "contact_density_kept", "missed", by="ana")
        assert what == "added" and first.unsupported
        changed, what = set_finding(conn, "Krefeld", "contact_density_kept", "partly", by="ben", evidence=[evidence])
        assert what == "changed" and changed.id == first.id and not changed.unsupported
        history = finding_history(conn, first.id)
        assert [(h["value"], h["set_by"], h["replaced_by"], h["action"]) for h in history] == [
            ("missed", "ana", "ben", "changed")]
        quoted, what = set_finding(conn, "Krefeld", "contact_density_kept", "partly", by="ben",
                                   evidence=["KR-CL-ELB-W1:jeden monat"])
        assert what == "evidence updated"
        assert quoted.evidence == [evidence, first_segment(conn, "KR-CL-ELB-W1", "Jeden")]
        set_finding(conn, "Krefeld", "contact_density_kept", "kept", by="ana", level="operational")
        set_finding(conn, "Krefeld", "contact_density_kept", "missed", by="ana", level="client", wave=1)
        set_finding(conn, "Krefeld", "talk_rhythm", "monatlich", by="ana", level="client")
        table = site_findings(conn, "Krefeld")
        removed = remove_finding(conn, set_finding(conn, "Krefeld", "handover_rules", "yes", by="ana")[0].id, "ben")
        assert finding_history(conn, removed.id)[-1]["action"] == "removed"
    assert list(table.columns) == ["overall", "strategic", "operational", "client"]
    assert table.loc["contact_density_kept"].tolist() == ["teilweise", "", "eingehalten", "W1: verfehlt"]
    assert table.loc["talk_rhythm"].tolist() == ["", "", "", "monatlich"]
    assert table.attrs["unsupported"] == [("contact_density_kept", "operational"), ("contact_density_kept", "client"),
                                          ("talk_rhythm", "client")]
    result = run_cli("finding", "set", "Krefeld", "contact_density_kept", "kept", "--evidence", "KR-OP-IFK-W1:99")
    assert result.exit_code == 1 and result.output.startswith("error: evidence 'KR-OP-IFK-W1:99'")


UEBERSICHT = [
    ["", "Arbeitgeberansprache durch …", "", "", ""],
    ["Standort", "die EJO-Projektteams", "den jobcentereigenen AG-S", "den gAG-S", "EGV gemeinsam erarbeitet"],
    ["RD NRW", "", "", "", ""],
    ["Bochum", "", "✓", "✓", "−−"],
    ["Krefeld", "", "✓ ¹⁾", "", "± °"],
    ["RD NSB", "", "", "", ""],
    ["Bremen", "✓ ²⁾ °", "", "✓", ""],
]


def record_uebersicht(run_cli, loaded) -> None:
    with loaded.engine.connect() as conn:
        bochum = first_segment(conn, "BO-OP-IFK-W1", "Standardtext")
        krefeld = first_segment(conn, "KR-OP-IFK-W1", "Übergabe")
    for site, rd in (("Bochum", "RD NRW"), ("Krefeld", "RD NRW"), ("Bremen", "RD NSB")):
        assert run_cli("site", "set", site, f"rd={rd}", "typ=gE").exit_code == 0
    commands = [
        ("Bochum", "employer_contact_model", "ags_eigen,gags", "--evidence", bochum),
        ("--evidence", bochum, "--", "Bochum", "egv_joint", "-2"),  # "--": a negative rating is no option
        ("Krefeld", "employer_contact_model", "ags_eigen", "--evidence", krefeld,
         "--note", "Theoretisch werden Stellen auch über den gAG-S gewonnen."),
        ("Krefeld", "egv_joint", "mixed"),
        ("Bremen", "employer_contact_model", "projektteam,gags", "--note", "Grundsätzlich über den gAG-S."),
    ]
    for args in commands:
        assert run_cli("finding", "set", "--by", "ana", *args).exit_code == 0


def test_uebersicht_3_3_in_csv_xlsx_and_docx_cell_by_cell(loaded, run_cli, tmp_path):
    record_uebersicht(run_cli, loaded)
    base = ("matrix", "--value", "finding", "--features", "employer_contact_model,egv_joint", "--expand",
            "--group-by", "rd")
    for fmt in ("csv", "xlsx", "docx"):
        result = run_cli(*base, "--format", fmt, "--out", tmp_path / f"3-3.{fmt}")
        assert result.exit_code == 0, result.output
    with open(tmp_path / "3-3.csv", encoding="utf-8-sig", newline="") as handle:
        csv_rows = list(csv.reader(handle))
    sheet = openpyxl.load_workbook(tmp_path / "3-3.xlsx").active
    xlsx_rows = [[cell if cell is not None else "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    document = docx.Document(tmp_path / "3-3.docx")
    docx_rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    width = len(UEBERSICHT[0])
    assert csv_rows[:len(UEBERSICHT)] == UEBERSICHT
    assert [row[:width] for row in xlsx_rows[:len(UEBERSICHT)]] == UEBERSICHT
    assert docx_rows == UEBERSICHT
    footnotes = ["¹⁾ Theoretisch werden Stellen auch über den gAG-S gewonnen.", "²⁾ Grundsätzlich über den gAG-S."]
    paragraphs = [p.text for p in document.paragraphs]
    below = len(UEBERSICHT) + 1
    for lines in ([row[0] for row in csv_rows[below:]], [row[0] for row in xlsx_rows[below:]], paragraphs):
        assert all(note in lines for note in footnotes)
        source = next(line for line in lines if line.startswith("Quelle:"))
        assert "2 Protokollen (Welle 1): BO-OP-IFK-W1, KR-OP-IFK-W1" in source
        assert "Zellen: festgestellte Ausprägung je Standort (✓ = trifft zu)" in lines
        assert "° ohne Belegstelle in den Protokollen" in lines
    with loaded.engine.connect() as conn:
        tidy = finding_table(conn, ["egv_joint"], group_by="rd").tidy
    assert [(row["site"], row["rd"], row["value"], row["value_label"]) for row in tidy] == [
        ("Bochum", "RD NRW", "-2", "deutlich hinderlich"), ("Krefeld", "RD NRW", "mixed", "gemischt"),
        ("Bremen", "RD NSB", None, "")]


def test_other_formats_and_columns_in_the_order_asked(loaded, run_cli):
    record_uebersicht(run_cli, loaded)
    result = run_cli("matrix", "--value", "finding", "--features", "egv_joint,employer_contact_model", "-f", "md")
    lines = result.output.splitlines()
    assert lines[2] == "| Standort | EGV gemeinsam erarbeitet | Arbeitgeberansprache durch … |"
    assert "| Krefeld | ± ° | den jobcentereigenen AG-S ²⁾ |" in lines  # footnotes numbered down the rows
    html = run_cli("matrix", "--value", "finding", "--theme", "interfaces", "--expand", "--group-by", "rd",
                   "-f", "html")
    assert '<th colspan="3">Arbeitgeberansprache durch …</th>' in html.output
    assert '<th class="group" colspan="5">RD NSB</th>' in html.output
    bad = run_cli("matrix", "--value", "finding", "--group-by", "bundesland")
    assert bad.exit_code == 1 and "no site has the attribute 'bundesland'" in bad.output


def test_import_resolves_quotes_and_rejects_the_whole_file_on_a_bad_row(loaded, run_cli, tmp_path):
    good = tmp_path / "findings.yaml"
    good.write_text(textwrap.dedent("""\
        sites:
          Krefeld: {rd: RD NRW}
        findings:
          - {site: Krefeld, feature: talk_rhythm, value: monatlich, quote: "Jeden Monat", level: client}
          - {site: Krefeld, feature: employer_contact_model, value: [projektteam, gags]}
        """), encoding="utf-8")
    result = run_cli("finding", "import", good)
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output and "1 without evidence" in result.output
    with loaded.engine.connect() as conn:
        rhythm = list_findings(conn, feature="talk_rhythm")[0]
        assert rhythm.evidence == [first_segment(conn, "KR-CL-ELB-W1", "Jeden Monat")]
    good.write_text(good.read_text(encoding="utf-8").replace("Jeden Monat", "gemeinsam besprochen"), encoding="utf-8")
    assert "1 with new evidence" in run_cli("finding", "import", good).output
    with loaded.engine.connect() as conn:  # the file's evidence replaces the old, it is not added to it
        replaced = list_findings(conn, feature="talk_rhythm")[0].evidence
        assert replaced == [first_segment(conn, "KR-CL-ELB-W1", "gemeinsam besprochen")]
    bad = tmp_path / "bad.csv"
    bad.write_text("site,feature,value,quote\nBochum,handover_rules,yes,\nBochum,talk_rhythm,quartalsweise,"
                   "kommt nirgends vor\n", encoding="utf-8")
    result = run_cli("finding", "import", bad)
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {bad}:3: no passage of Bochum's protocols contains 'kommt nirgends vor'"
    with loaded.engine.connect() as conn:
        assert list_findings(conn, site="Bochum") == []


def test_interviews_table_counts_protocols_per_site_level_and_wave(loaded):
    with loaded.engine.begin() as conn:
        set_site_attributes(conn, "Krefeld", {"rd": "RD NRW"})
        set_site_attributes(conn, "Bochum", {"rd": "RD NRW"})
        table = interviews_table(conn, ("level", "wave"), group_by="rd")
    assert table.grid() == [
        ["Standort", "operative Ebene W1", "Kundenebene W1"],
        ["RD NRW", "", ""],
        ["Bochum", "1", "0"],
        ["Krefeld", "1", "1"],
        ["Gesamt", "2", "1"],
    ]
    assert table.cells_label == "Zellen: Anzahl Protokolle"


def test_a_finding_needs_a_known_site(loaded, run_cli):
    result = run_cli("finding", "set", "Krefled", "handover_rules", "yes")
    assert result.exit_code == 1
    assert result.output.startswith("error: unknown site 'Krefled': no protocols or attributes")
    assert run_cli("site", "set", "Bremerhaven", "rd=RD NSB").exit_code == 0
    assert run_cli("finding", "set", "Bremerhaven", "handover_rules", "yes").exit_code == 0
