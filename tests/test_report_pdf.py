"""The Word report as a reader sees it: rendered to PDF by LibreOffice (headless), then read back.

Needs Debian's libreoffice-writer and poppler-utils (installed by .ci/run); skipped without them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from qda.coding.api import add_coding

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                                reason="needs LibreOffice (soffice) and poppler-utils")
INTERFACE_LEAVES = ("basisteam", "leistung", "arbeitgeberservice", "netzwerk", "fachdienste")


def render_pdf(source: Path, work: Path) -> Path:
    profile = work / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(work), str(source)], check=True, capture_output=True, timeout=180)
    return work / f"{source.stem}.pdf"


def docx_words(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.fixture
def ejo_report(project, protocol_dir, run_cli, tmp_path) -> Path:
    assert run_cli("import", protocol_dir).exit_code == 0
    assert run_cli("codebook", "load", ROOT / "codebooks" / "ejo-implementation.yaml").exit_code == 0
    with project.engine.begin() as conn:
        for number, leaf in enumerate(INTERFACE_LEAVES):
            add_coding(conn, "BO-OP-IFK-W1", 1 + number % 3, f"interfaces/{leaf}", "anna")
    out = tmp_path / "bochum.docx"
    result = run_cli("report", "site", "Bochum", "--format", "docx", "--out", out)
    assert result.exit_code == 0, result.output
    return out


def test_pdf_is_a4_with_page_numbers_contents_and_whole_words(ejo_report, tmp_path):
    pdf = render_pdf(ejo_report, tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert f"Seite 1 von {pages}" in text and f"Seite {pages} von {pages}" in text
    contents = text.split("Inhalt", 1)[1].split("Überblick", 2)
    assert len(contents) == 3, "the table of contents lists the overview before the overview itself"
    assert "Kontaktdichte" in text.split("Inhalt", 1)[1].split("Überblick", 2)[1] or "Kontaktdichte" in contents[0]
    # a word broken inside a table cell no longer appears whole: every long word of the report
    # appears in the PDF as often as in the document
    written = docx_words(ejo_report)
    for word in sorted({w for w in re.findall(r"\w{9,}", written)}):
        assert text.count(word) >= written.count(word), f"'{word}' is broken in the PDF"
