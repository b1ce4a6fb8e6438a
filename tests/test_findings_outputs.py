"""Findings in the main job and exports; counts that say what they count; the heatmap."""

from __future__ import annotations

import csv
import io
import json
import textwrap

import docx
import numpy
import openpyxl
from conftest import PROTOCOLS
from PIL import Image
from test_findings import (
    feature_codebook,
    loaded,  # noqa: F401  (the fixture)
    record_uebersicht,
)

from qda.analysis import theme_matrix
from qda.pipeline import RunOptions, run_pipeline
from qda.report.heatmap import heatmap_png, heatmap_title

FINDINGS_YAML = """\
sites:
  Krefeld: {rd: RD NRW}
  Bochum: {rd: RD NRW}
findings:
  - {site: Krefeld, feature: employer_contact_model, value: [projektteam, gags], quote: "Übergabebogen"}
  - {site: Bochum, feature: employer_contact_model, value: [ags_eigen], quote: "kommt in keinem Protokoll vor"}
  - {site: Bochum, feature: contact_density_kept, wave: 1, value: missed, note: In Welle 1 verfehlt.}
"""


def test_main_job_loads_findings_and_writes_the_overview_tables(tmp_path):
    transcripts = tmp_path / "transcripts"
    transcripts.mkdir()
    for name, text in PROTOCOLS.items():
        (transcripts / name).write_text(textwrap.dedent(text), encoding="utf-8")
    (transcripts / "findings.yaml").write_text(FINDINGS_YAML, encoding="utf-8")
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(feature_codebook(), encoding="utf-8")
    out = tmp_path / "reports"
    result = run_pipeline(transcripts, codebook, out, options=RunOptions(suggest=False, formats=("md",)))
    assert result.findings_imported == 3
    assert result.warnings == [f"{transcripts / 'findings.yaml'}:6: no passage of Bochum's protocols contains "
                               "'kommt in keinem Protokoll vor' (employer_contact_model kept without evidence)"]
    names = {path.name for path in out.iterdir()}
    assert {"findings.md", "findings.csv", "findings.json", "findings.xlsx", "findings.docx", "interviews.csv",
            "matrix.xlsx"} <= names
    with open(out / "findings.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["Standort", "Arbeitgeberansprache durch …", "Übergaberegeln", "Kontaktdichte eingehalten"]
    assert rows[1][0] == "RD NRW"
    assert rows[2][:4] == ["Bochum", "den jobcentereigenen AG-S °", "", "W1: verfehlt ¹⁾ °"]
    assert rows[3][:3] == ["Krefeld", "die EJO-Projektteams, den gAG-S", ""]
    markdown = (out / "findings.md").read_text(encoding="utf-8")
    assert "| Krefeld | ✓ |  | ✓ |" in markdown  # the expanded employer-contact table
    assert "Quelle: eigene Darstellung auf Basis von 1 Protokollen (Welle 1): KR-OP-IFK-W1" in markdown
    table = docx.Document(out / "findings.docx").tables[0]
    assert [cell.text for cell in table.rows[2].cells][:3] == ["Bochum", "den jobcentereigenen AG-S °", ""]
    with open(out / "interviews.csv", encoding="utf-8-sig", newline="") as handle:
        head = list(csv.reader(handle))[:2]
    assert head == [["Standort", "operative Ebene W1", "Kundenebene W1"], ["RD NRW", "", ""]]
    again = run_pipeline(transcripts, codebook, out, options=RunOptions(suggest=False, formats=("md",)))
    assert not again.changed


def test_cli_list_show_remove_and_exports(loaded, run_cli, tmp_path):
    record_uebersicht(run_cli, loaded)
    listed = json.loads(run_cli("finding", "list", "--site", "Krefeld", "--format", "json").output)
    assert [(row["feature"], row["value"], row["unsupported"]) for row in listed] == [
        ("egv_joint", "mixed", True), ("employer_contact_model", ["ags_eigen"], False)]
    finding_id = listed[1]["id"]
    before = json.loads(run_cli("finding", "show", finding_id, "--format", "json").output)[0]
    assert [(p["evidence"], p["level"]) for p in before["passages"]] == [(listed[1]["evidence"][0], "operational")]
    assert "Übergabe" in before["passages"][0]["text"]
    assert run_cli("finding", "set", "Krefeld", "employer_contact_model", "gags", "--by", "ben").exit_code == 0
    shown = json.loads(run_cli("finding", "show", finding_id, "--format", "json").output)[0]
    assert shown["value"] == ["gags"] and shown["set_by"] == "ben" and shown["passages"] == []
    assert [(h["value"], h["set_by"], h["action"]) for h in shown["history"]] == [(["ags_eigen"], "ana", "changed")]
    assert run_cli("finding", "remove", finding_id, "--by", "ben").exit_code == 0
    assert run_cli("finding", "show", finding_id).exit_code == 1
    exported = list(csv.DictReader(io.StringIO(run_cli("export", "findings").output)))
    assert [(row["site"], row["feature"], row["value"], row["value_label"]) for row in exported] == [
        ("Bochum", "egv_joint", "-2", "deutlich hinderlich"),
        ("Bochum", "employer_contact_model", "ags_eigen;gags", "den jobcentereigenen AG-S, den gAG-S"),
        ("Bremen", "employer_contact_model", "projektteam;gags", "die EJO-Projektteams, den gAG-S"),
        ("Krefeld", "egv_joint", "mixed", "gemischt")]
    sites = json.loads(run_cli("export", "sites", "--format", "json").output)
    assert sites[0] == {"site": "Bochum", "rd": "RD NRW", "typ": "gE", "protocols": 1}
    assert sites[1]["protocols"] == 0  # Bremen: attributes, no protocols
    features = json.loads(run_cli("codebook", "features", "--format", "json").output)
    assert [(f["id"], f["kind"], f["values"]) for f in features][:2] == [
        ("employer_contact_model", "multi", "projektteam, ags_eigen, gags"), ("handover_rules", "flag", "yes, no")]
    listing = run_cli("site", "list", "--format", "csv").output.splitlines()
    assert listing[:2] == ["site,rd,typ,protocols", "Bochum,RD NRW,gE,1"]


def test_count_outputs_say_what_they_count_and_the_heatmap_shows_it(loaded, run_cli, tmp_path):
    assert run_cli("code", "add", "KR-OP-IFK-W1", "2", "interfaces/basisteam", "--coder", "ana").exit_code == 0
    out = tmp_path / "m.xlsx"
    assert run_cli("matrix", "--format", "xlsx", "--out", out).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Textstellen"]
    notes = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert "Zellen: kodierte Textstellen (Segmente) je Standort und Code, Unter-Codes eingeschlossen" in notes
    assert run_cli("matrix", "--format", "csv").output.splitlines()[0].startswith("\ufeffStandort (Textstellen),")
    with loaded.engine.connect() as conn:
        counts = theme_matrix(conn, cols=1)
    assert heatmap_title(counts) == "Kodierte Textstellen (Segmente) je Standort und Code, Unter-Codes eingeschlossen"
    plain, marked = (numpy.asarray(Image.open(io.BytesIO(heatmap_png(counts, highlight=site))).convert("RGB"))
                     for site in (None, "Krefeld"))

    def red_pixels(image) -> int:
        return int(((image[..., 0] > 180) & (image[..., 1] < 80) & (image[..., 2] < 80)).sum())

    assert red_pixels(marked) > 200 and red_pixels(plain) == 0  # the highlight frame and label


def test_count_matrix_columns_come_in_the_order_asked(loaded):
    with loaded.engine.connect() as conn:
        asked = theme_matrix(conn, cols="egv,interfaces/basisteam,contact_density")
    assert list(asked.columns) == ["egv", "interfaces/basisteam", "contact_density"]
