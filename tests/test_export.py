"""Codebook as .qdc and coding guide; tidy codings and segments that pandas reads directly."""

from __future__ import annotations

import io
import json

import docx
import pandas as pd
import pytest
from refi_helpers import CODEBOOK_XSD, validate

from qda.coding.api import add_coding


@pytest.fixture
def coded(loaded_project):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 1, "contact_density", "A")
        add_coding(conn, "KR-OP-IFK-W1", 2, "interfaces/basisteam", "A", span=(234, 260))
        add_coding(conn, "KR-OP-IFK-W1", 2, "interfaces/basisteam", "B")
    return loaded_project


def test_qdc_is_schema_valid_and_nested(loaded_project, run_cli, tmp_path):
    out = tmp_path / "codebook.qdc"
    result = run_cli("export", "codebook", "--format", "qdc", "--out", out)
    assert result.exit_code == 0, result.output
    validate(out.read_bytes(), CODEBOOK_XSD)
    from lxml import etree
    root = etree.parse(str(out)).getroot()
    ns = {"c": "urn:QDA-XML:codebook:1.0"}
    assert [c.get("name") for c in root.findall("c:Codes/c:Code", ns)] == [
        "Schnittstellen", "Kontaktdichte", "Eingliederungsvereinbarung"]
    child = root.find("c:Codes/c:Code/c:Code", ns)
    assert child.get("name") == "Basisteam" and child.get("color") == "#4a90d9"
    assert ("Ankerbeispiel: Kunden werden per Übergabebogen überstellt."
            in child.findtext("c:Description", namespaces=ns))


def test_markdown_guide_in_german_and_english(loaded_project, run_cli):
    german = run_cli("export", "codebook", "--format", "md")
    assert german.exit_code == 0
    assert german.output.startswith("# Kodierleitfaden: Mini EJO")
    assert "### 1.1 Basisteam (`interfaces/basisteam`)" in german.output
    assert "> Die EGV wird gemeinsam erarbeitet." in german.output
    assert "**Kodierregel:** Nicht für die Leistungsabteilung." in german.output
    english = run_cli("export", "codebook", "--format", "md", "--lang", "en")
    assert "# Coding guide: Mini EJO" in english.output and "## 2 Contact density" in english.output


def test_docx_guide(loaded_project, run_cli, tmp_path):
    out = tmp_path / "Kodierleitfaden.docx"
    result = run_cli("export", "codebook", "--format", "docx", "--out", out)
    assert result.exit_code == 0 and "4 codes written" in result.output
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[0] == "Kodierleitfaden: Mini EJO"
    assert "1.1 Basisteam (interfaces/basisteam)" in paragraphs
    assert "Definition: Häufigkeit und Dauer der Kontakte." in paragraphs
    assert "Die Kunden werden monatlich eingeladen." in paragraphs


def test_codebook_export_needs_a_codebook_and_an_out_file(project, run_cli):
    result = run_cli("export", "codebook", "--format", "md")
    assert result.exit_code == 1 and "no codebook loaded" in result.output
    result = run_cli("export", "codebook", "--format", "docx")
    assert result.exit_code == 1 and "needs --out" in result.output


def test_tidy_codings_csv_and_json_read_by_pandas(coded, run_cli, tmp_path):
    out = tmp_path / "codings.csv"
    assert run_cli("export", "codings", "--format", "csv", "--out", out).exit_code == 0
    frame = pd.read_csv(out)
    assert len(frame) == 3
    assert list(frame.columns[:6]) == ["document", "site", "level", "role", "wave", "segment"]
    row = frame[(frame.coder == "A") & (frame.code == "interfaces/basisteam")].iloc[0]
    assert (row.text, row.theme, row.code_label, row.site, row.wave) == (
        "Übergabe aus dem Basisteam", "interfaces", "Basisteam", "Krefeld", 1)
    result = run_cli("export", "codings", "--format", "json", "--coder", "B")
    records = pd.read_json(io.StringIO(result.output), orient="records")
    assert records.coder.tolist() == ["B"] and records.key_quote.tolist() == [False]


def test_tidy_segments_carry_their_codes(coded, run_cli):
    result = run_cli("export", "segments", "--format", "csv", "--site", "Krefeld")
    frame = pd.read_csv(io.StringIO(result.output), keep_default_na=False)
    assert len(frame) == 5 and set(frame.site) == {"Krefeld"}
    coded_row = frame[(frame.document == "KR-OP-IFK-W1") & (frame.segment == 2)].iloc[0]
    assert (coded_row.codes, coded_row.coders) == ("interfaces/basisteam", "A;B")
    rows = json.loads(run_cli("export", "segments", "--format", "json").output)
    assert len(rows) == 8 and rows[0]["codes"] == "contact_density"
