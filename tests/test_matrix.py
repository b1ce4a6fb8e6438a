import json

import openpyxl
import pytest
from report_helpers import coded_project  # noqa: F401
from sqlalchemy import text

from qda.analysis import theme_matrices, theme_matrix
from qda.errors import QdaError

# Independent of the pandas code: plain SQL over the tables, themes by path prefix.
DISTINCT_SQL = """
SELECT COUNT(DISTINCT {unit}) FROM codings c
JOIN segments s ON s.id = c.segment_id JOIN documents d ON d.id = s.document_id
JOIN codes k ON k.id = c.code_id
WHERE d.site = :site AND (k.path = :theme OR k.path LIKE :theme || '/%')
"""


def sql_count(conn, unit, site, theme):
    return conn.execute(text(DISTINCT_SQL.format(unit=unit)), {"site": site, "theme": theme}).scalar()


def test_matrix_cells_match_sql_counts(coded_project):
    with coded_project.engine.connect() as conn:
        matrices = theme_matrices(conn, rows="site", cols=1, values=["count", "docs", "share", "presence"])
        count, docs, share, presence = (matrices[k] for k in ("count", "docs", "share", "presence"))
        assert list(count.columns) == ["interfaces", "contact_density", "egv"]
        assert list(count.index) == ["Bochum", "Krefeld"]
        for site in count.index:
            for theme in count.columns:
                assert count.loc[site, theme] == sql_count(conn, "c.segment_id", site, theme)
                assert docs.loc[site, theme] == sql_count(conn, "d.id", site, theme)
    assert count.loc["Bochum", "contact_density"] == 2  # coded by two coders on segment 1: counted once
    assert share.loc["Krefeld", "interfaces"] == 0.5
    assert presence.loc["Bochum", "interfaces"] == "" and presence.loc["Krefeld", "interfaces"] == "✓"
    assert count.attrs["labels"]["egv"]["de"] == "Eingliederungsvereinbarung"
    assert count.attrs["documents"] == {"Bochum": 1, "Krefeld": 2}


def test_matrix_rows_levels_waves_coder_and_subcodes(coded_project):
    with coded_project.engine.connect() as conn:
        by_level = theme_matrix(conn, rows="level", cols="contact_density,egv")
        ben = theme_matrix(conn, rows="site", cols="contact_density", coder="ben")
        subcodes = theme_matrix(conn, rows="wave", cols=2)
    assert list(by_level.index) == ["operational", "client"]
    assert by_level.loc["client", "contact_density"] == 2
    assert ben.loc["Bochum", "contact_density"] == 1 and ben.loc["Krefeld", "contact_density"] == 1
    assert list(subcodes.columns) == ["interfaces/basisteam", "contact_density", "egv"]
    assert list(subcodes.index) == ["W1"]


def test_summary_matrix_needs_site_rows(coded_project, run_cli):
    assert run_cli("summary", "set", "Krefeld", "egv", "EGV wird gemeinsam erarbeitet.").exit_code == 0
    with coded_project.engine.connect() as conn:
        summary = theme_matrix(conn, value="summary")
        assert summary.loc["Krefeld", "egv"] == "EGV wird gemeinsam erarbeitet."
        assert summary.loc["Bochum", "egv"] == ""
        with pytest.raises(QdaError, match="--rows site"):
            theme_matrix(conn, rows="level", value="summary")


def test_cli_matrix_csv_has_bom_and_labels(coded_project, run_cli, tmp_path):
    out = tmp_path / "m.csv"
    result = run_cli("matrix", "--format", "csv", "--out", out)
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Standort (Textstellen),Schnittstellen,Kontaktdichte,Eingliederungsvereinbarung"
    assert lines[1] == "Bochum,0,2,1"


def test_cli_matrix_xlsx_sheets_hidden_ids_and_colour_scale(coded_project, run_cli, tmp_path):
    run_cli("summary", "set", "Bochum", "contact_density", "Kontaktdichte wird verfehlt.")
    out = tmp_path / "m.xlsx"
    result = run_cli("matrix", "--value", "docs", "--format", "xlsx", "--out", out)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Protokolle", "Textstellen", "Anteil Protokolle", "Vorkommen", "Zusammenfassung"]
    sheet = book["Textstellen"]
    assert [c.value for c in sheet[1]] == ["Standort", "Schnittstellen", "Kontaktdichte", "Eingliederungsvereinbarung"]
    assert [c.value for c in sheet[2]] == ["id", "interfaces", "contact_density", "egv"]
    assert sheet.row_dimensions[2].hidden
    assert sheet.freeze_panes == "B3"
    assert [c.value for c in sheet[3]] == ["Bochum", 0, 2, 1]
    assert len(sheet.conditional_formatting) == 1
    assert book["Vorkommen"]["B4"].value == "✓"
    assert book["Zusammenfassung"]["C3"].value == "Kontaktdichte wird verfehlt."


def test_cli_matrix_md_html_json_png_and_errors(coded_project, run_cli, tmp_path):
    md = run_cli("matrix", "--value", "presence", "--format", "md")
    assert md.exit_code == 0, md.output
    assert "| Standort | Basisteam | Kontaktdichte | Eingliederungsvereinbarung |" in md.output  # sub-codes
    assert "| Krefeld | ✓ | ✓ | ✓ |" in md.output
    assert "*Zellen: ✓ = mindestens eine kodierte Textstelle je Standort und Code*" in md.output
    page = tmp_path / "m.html"
    assert run_cli("matrix", "--format", "html", "--out", page, "--lang", "en").exit_code == 0
    assert "<th>Contact density</th>" in page.read_text(encoding="utf-8")
    data = json.loads(run_cli("matrix", "--value", "share", "--format", "json").output)
    assert data[1] == {"Standort": "Krefeld", "Schnittstellen": 0.5, "Kontaktdichte": 1.0,
                       "Eingliederungsvereinbarung": 0.5,
                       "counts": "Zellen: Anteil der Protokolle je Standort "
                                 "mit mindestens einer kodierten Textstelle zum Code"}
    png = tmp_path / "heat.png"
    assert run_cli("matrix", "--format", "png", "--out", png).exit_code == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    bad = run_cli("matrix", "--format", "xlsx")
    assert bad.exit_code == 1 and "needs --out" in bad.output
    bad = run_cli("matrix", "--rows", "interviewer")
    assert bad.exit_code == 1 and "unknown rows 'interviewer'" in bad.output


def test_matrix_by_document_and_role_and_table_output(coded_project, run_cli):
    with coded_project.engine.connect() as conn:
        by_document = theme_matrix(conn, rows="document", cols="contact_density", value="docs")
        by_role = theme_matrix(conn, rows="role", cols="egv", value="share")
    assert by_document["contact_density"].to_dict() == {"BO-OP-IFK-W1": 1, "KR-CL-ELB-W1": 1, "KR-OP-IFK-W1": 1}
    assert by_role["egv"].to_dict() == {"eLb": 1.0, "IFK": 0.5}
    table = run_cli("matrix", "--rows", "level", "--value", "share", "--lang", "en")
    assert table.exit_code == 0, table.output
    assert "Level" in table.output and "Contact density" in table.output and "100 %" in table.output
