import datetime as dt
import json
import math
import re
import textwrap
import zipfile
from collections import Counter

import docx
import pytest
from docx.oxml.ns import qn
from report_helpers import coded_project  # noqa: F401
from sqlalchemy import insert, update

import qda.report.build as report_build
from qda.codebook.store import resolve_code
from qda.coding.api import add_coding
from qda.errors import QdaError
from qda.report import ReportCorpus, passages, site_report
from qda.report.build import write_all
from qda.store.schema import documents, memos

WHEN = dt.datetime(2024, 3, 12, 9, 30, tzinfo=dt.UTC)


def build(project, site, lang="de"):
    with project.engine.connect() as conn:
        return site_report(conn, ReportCorpus.load(conn), site, lang)


def test_site_report_data_counts_summaries_and_levels(coded_project, run_cli):
    run_cli("summary", "set", "Krefeld", "egv", "Die EGV wird gemeinsam erarbeitet.", "--author", "mk")
    report = build(coded_project, "Krefeld")
    assert report.documents == 2
    assert report.by_level == [("operative Ebene", 1), ("Kundenebene", 1)]
    assert report.completeness == {"documents": 2, "documents_coded": 2, "segments": 5, "segments_coded": 4,
                                   "share": 80}
    assert [row["coder"] for row in report.coders] == ["anna", "ben"]
    assert [theme.path for theme in report.themes] == ["interfaces", "contact_density", "egv"]
    interfaces, contact, egv = report.themes
    assert (contact.passages, contact.documents) == (3, 2)
    assert [account.account for account in contact.accounts] == ["operational", "client_self"]
    assert (egv.summary.text, egv.summary.author, egv.summary.draft) == (
        "Die EGV wird gemeinsam erarbeitet.", "mk", False)
    assert contact.summary is None
    assert interfaces.subcodes == [{"label": "Basisteam", "passages": 1, "documents": 1, "by_level": [0, 1, 0]}]
    assert interfaces.accounts[0].quotes[0].key_quote
    provenance = {row["label"]: row for row in report.provenance}
    assert provenance["Kontaktdichte"]["manual"] == 2 and provenance["Kontaktdichte"]["suggested"] == 1


def test_bochum_passage_coded_twice_counts_once(coded_project):
    contact = build(coded_project, "Bochum").themes[1]
    assert contact.passages == 2
    quotes = contact.accounts[0].quotes
    assert quotes[0].key_quote and "nicht eingehalten" in quotes[0].text
    assert quotes[1].coders == "anna, ben"


def test_cli_markdown_report(coded_project, run_cli):
    result = run_cli("report", "site", "Bochum")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("# Fallbericht Bochum\n")
    assert (out.index("### Schnittstellen") < out.index("### Kontaktdichte")
            < out.index("### Eingliederungsvereinbarung"))
    assert "> Die Kontaktdichte wird wegen Krankheitsausfällen nicht eingehalten." in out
    assert "— Bochum · operative Ebene · IFK · W1 · BO-OP-IFK-W1 · Z. " in out
    assert "**Zusammenfassung:** *Zusammenfassung fehlt.*" in out and "qda summary" not in out
    assert "| Eingliederungsvereinbarung | 0 | 1 | 0 | 0 | 1 |" in out
    english = run_cli("report", "site", "Bochum", "--lang", "en").output
    assert english.startswith("# Case report Bochum") and "BO-OP-IFK-W1 · l. " in english


def test_html_report_is_self_contained_and_escaped(coded_project, run_cli, tmp_path):
    run_cli("summary", "set", "Krefeld", "egv", "<script>alert(1)</script> gemeinsam")
    out = tmp_path / "krefeld.html"
    assert run_cli("report", "site", "Krefeld", "--format", "html", "--out", out).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; gemeinsam" in page
    assert 'src="data:image/png;base64,' in page
    assert "<link" not in page and "http://" not in page and "https://" not in page
    assert "<style>" in page
    assert "Krefeld · Kundenebene · eLb · W1 · KR-CL-ELB-W1 · Z. " in page


def test_docx_report_has_headings_toc_quotes_tables_and_picture(coded_project, run_cli, tmp_path):
    out = tmp_path / "bochum.docx"
    result = run_cli("report", "site", "Bochum", "--format", "docx", "--out", out)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "Überblick") in headings and ("Heading 1", "Themen") in headings
    assert ("Heading 2", "Kontaktdichte") in headings
    assert ("Heading 3", "Operative Ebene (2 Textstellen)") in headings
    instructions = [node.text for node in document.element.body.iter(qn("w:instrText"))]
    assert any(text.startswith("TOC ") for text in instructions)
    toc = [p.text for p in document.paragraphs if p.style.name.startswith("toc ")]
    assert toc[:4] == ["Überblick", "Gesamteinschätzung", "Themen", "Schnittstellen"] and "Kontaktdichte" in toc
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    footer_fields = [node.text for node in section.footer._element.iter(qn("w:instrText"))]
    assert footer_fields == ["PAGE", "NUMPAGES"] and section.footer.paragraphs[0].text.startswith("Seite ")
    assert "Bochum" in section.header.paragraphs[0].text
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert "Die Kontaktdichte wird wegen Krankheitsausfällen nicht eingehalten." in quotes
    citations = [p.text for p in document.paragraphs if p.style.name == "Citation"]
    assert any(c.startswith("— Bochum · operative Ebene · IFK · W1 · BO-OP-IFK-W1 · Z. ") for c in citations)
    assert any("übernommener Vorschlag" in c for c in citations)
    provenance = document.tables[-1]
    rows = [[cell.text for cell in row.cells] for row in provenance.rows]
    assert rows[0] == ["Thema", "von Hand", "übernommene Vorschläge", "importiert", "Konsens", "gesamt"]
    assert rows[2] == ["Kontaktdichte", "2", "0", "0", "0", "2"]
    assert len(document.inline_shapes) == 1


def test_approval_refused_with_open_points_then_forced_and_later_changes_listed(coded_project, run_cli):
    assert "Noch nicht freigegeben" in run_cli("report", "site", "Bochum").output
    refused = run_cli("report", "approve", "Bochum", "--by", "MK")
    assert refused.exit_code == 1
    assert "cannot approve Bochum: 2 theme(s) without a summary: contact_density, egv" in refused.output
    assert run_cli("report", "approve", "Bochum", "--by", "MK", "--force").exit_code == 1  # no reason
    forced = run_cli("report", "approve", "Bochum", "--by", "MK", "--force", "--reason", "Vorabfassung für die RD")
    assert forced.exit_code == 0, forced.output
    out = run_cli("report", "site", "Bochum").output
    assert "Freigegeben von MK am " in out and "nach der Freigabe geändert" not in out
    assert "Freigegeben trotz offener Punkte. Begründung: Vorabfassung für die RD" in out
    status = json.loads(run_cli("report", "status", "--format", "json").output)
    assert [(row["site"], row["state"], row["forced"]) for row in status] == [
        ("Bochum", "approved", True), ("Krefeld", "draft", False)]
    with coded_project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 3, "contact_density", "ben")
        add_coding(conn, "BO-OP-IFK-W1", 2, "egv", "ben")
    run_cli("summary", "set", "Bochum", "egv", "Standardtexte.")
    run_cli("summary", "set", "Krefeld", "egv", "neu")  # another site's change does not touch Bochum
    out = run_cli("report", "site", "Bochum").output
    assert "Achtung: Kodierungen oder Zusammenfassungen wurden nach der Freigabe geändert." in out
    assert "Seit der Freigabe: 2 Kodierungen hinzugefügt, 1 Zusammenfassung hinzugefügt." in out
    assert "Fingerabdruck bei der Freigabe " in out
    status = json.loads(run_cli("report", "status", "--format", "json").output)
    assert (status[0]["state"], status[0]["changed_since_approval"]) == ("in_review", True)
    assert run_cli("report", "approve", "Nowhere", "--by", "MK").exit_code == 1


def test_approval_passes_when_summaries_written_and_comments_resolved(coded_project, run_cli):
    for theme in ("contact_density", "egv"):
        assert run_cli("summary", "set", "Bochum", theme, "Geschrieben.").exit_code == 0
    assert run_cli("review", "comment", "Bochum", "egv", "Welle 2 fehlt.", "--author", "TL").exit_code == 0
    assert "1 open review comment(s)" in run_cli("report", "approve", "Bochum", "--by", "TL").output
    rows = json.loads(run_cli("review", "list", "--open", "--format", "json").output)
    assert [(r["site"], r["theme"], r["author"], r["text"]) for r in rows] == [
        ("Bochum", "egv", "TL", "Welle 2 fehlt.")]
    assert run_cli("review", "resolve", str(rows[0]["id"])).exit_code == 0
    assert run_cli("review", "resolve", str(rows[0]["id"])).exit_code == 1  # already resolved
    assert run_cli("report", "approve", "Bochum", "--by", "TL").exit_code == 0
    assert run_cli("review", "comment", "Bochum", "interfaces/basisteam", "x").exit_code == 1  # not a theme


def test_word_comments_come_back_on_their_theme(coded_project, run_cli, tmp_path):
    out = tmp_path / "bochum.docx"
    assert run_cli("report", "site", "Bochum", "--format", "docx", "--out", out).exit_code == 0
    document = docx.Document(str(out))
    paragraphs = document.paragraphs
    egv = next(i for i, p in enumerate(paragraphs)
               if p.style.name == "Heading 2" and p.text == "Eingliederungsvereinbarung")
    below_egv = next(p for p in paragraphs[egv + 1:] if p.runs)
    document.add_comment(below_egv.runs, text="Bitte Welle 2 ergänzen.", author="Team Lead", initials="TL")
    title = next(p for p in paragraphs if p.style.name == "Title")
    document.add_comment(title.runs, text="Gesamteindruck gut.", author="Team Lead", initials="TL")
    document.save(str(out))
    result = run_cli("review", "import", out, "--site", "Bochum")
    assert result.exit_code == 0 and "imported 2 comment(s)" in result.output
    rows = json.loads(run_cli("review", "list", "--format", "json").output)
    assert sorted((r["theme"] or "", r["text"], r["author"], r["source"]) for r in rows) == [
        ("", "Gesamteindruck gut.", "Team Lead", "docx"), ("egv", "Bitte Welle 2 ergänzen.", "Team Lead", "docx")]
    status = json.loads(run_cli("report", "status", "--format", "json").output)
    assert status[0]["state"] == "in_review"


def test_summary_commands(coded_project, run_cli, tmp_path, monkeypatch):
    text_file = tmp_path / "s.txt"
    text_file.write_text("Übergaben laufen über Bögen.\n", encoding="utf-8")
    assert run_cli("summary", "set", "Krefeld", "basisteam", "--file", text_file).exit_code == 0
    monkeypatch.setenv("EDITOR", "true")
    monkeypatch.setattr("click.edit", lambda text, **kwargs: text + "Monatliche Termine.")
    assert run_cli("summary", "set", "Krefeld", "contact_density").exit_code == 0
    assert run_cli("summary", "show", "Krefeld", "interfaces/basisteam").output == "Übergaben laufen über Bögen.\n"
    rows = json.loads(run_cli("summary", "list", "--format", "json").output)
    assert [(r["code"], r["text"]) for r in rows] == [
        ("interfaces/basisteam", "Übergaben laufen über Bögen."), ("contact_density", "Monatliche Termine.")]
    for args, message in [
        (("summary", "set", "Kiel", "egv", "x"), "unknown site 'Kiel' (sites: Bochum, Krefeld)"),
        (("summary", "set", "Krefeld", "nope", "x"), "unknown code 'nope'"),
        (("summary", "set", "Krefeld", "egv", "  "), "the summary is empty"),
        (("summary", "show", "Bochum", "egv"), "no summary of 'egv' for Bochum"),
    ]:
        result = run_cli(*args)
        assert result.exit_code == 1 and message in result.output, result.output


def test_user_template_and_labels_override(coded_project, run_cli, tmp_path):
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "site.md.j2").write_text("Bericht {{ report.site }}: {{ t.title.format(site='X') }}"
                                       "{% for theme in report.themes %} {{ theme.passages }}{% endfor %}.\n",
                                       encoding="utf-8")
    (folder / "labels.yaml").write_text("title: 'Standortbericht {site}'\naccounts:\n  client_self: Kund*innen\n",
                                        encoding="utf-8")
    result = run_cli("report", "site", "Krefeld", "--template", folder)
    assert result.output == "Bericht Krefeld: Standortbericht X 1 3 1.\n"
    html = tmp_path / "k.html"
    run_cli("report", "site", "Krefeld", "--format", "html", "--template", folder, "--out", html)
    assert "Kund*innen" in html.read_text(encoding="utf-8") and "Operative Ebene" in html.read_text(encoding="utf-8")
    (folder / "site.md.j2").write_text("{% for x in %}\n", encoding="utf-8")
    result = run_cli("report", "site", "Krefeld", "--template", folder)
    assert result.exit_code == 1 and "site.md.j2:1: template error" in result.output


def test_report_errors(coded_project, run_cli):
    assert "unknown site 'Kiel'" in run_cli("report", "site", "Kiel").output
    result = run_cli("report", "site", "Bochum", "--format", "docx")
    assert result.exit_code == 1 and "needs --out" in result.output


ACCOUNTS = {
    "HA-ST-GF-W1.txt": "---\nid: HA-ST-GF-W1\nsite: Hannover\nlevel: strategic\nrole: GF\nwave: 1\n---\n"
                       "Die Kontaktdichte wird gut eingehalten, alle Kunden kommen regelmäßig zum Gespräch.\n",
    "HA-CL-IFK-W1.txt": "---\nid: HA-CL-IFK-W1\nsite: Hannover\nlevel: client\nrole: IFK\nwave: 1\n---\n"
                        "Die IFK lädt den Kunden monatlich zum Gespräch ein; "
                        "die Übergabe aus dem Basisteam lief gut.\n\n"
                        "Der Kunde komme meist pünktlich.\n",
    "HA-CL-ELB-W2.txt": "---\nid: HA-CL-ELB-W2\nsite: Hannover\nlevel: client\nrole: eLb\nwave: 2\n---\n"
                        "B: Ich sehe meine Ansprechpartnerin selten, Gespräche fallen aus.\n",
}


@pytest.fixture
def accounts_project(project, mini_codebook, run_cli, tmp_path):
    folder = tmp_path / "accounts"
    folder.mkdir()
    for name, text in ACCOUNTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert run_cli("import", folder).exit_code == 0
    assert run_cli("codebook", "load", mini_codebook).exit_code == 0
    with project.engine.begin() as conn:
        for doc, segment in (("HA-ST-GF-W1", 1), ("HA-CL-IFK-W1", 1), ("HA-CL-IFK-W1", 2), ("HA-CL-ELB-W2", 1)):
            add_coding(conn, doc, segment, "contact_density", "anna")
        add_coding(conn, "HA-CL-IFK-W1", 1, "interfaces", "anna")
        add_coding(conn, "HA-CL-IFK-W1", 1, "interfaces/basisteam", "anna", span=(53, 92))  # same segment, other span
        conn.execute(insert(memos).values(target_kind="code", code_id=resolve_code(conn, "contact_density").id,
                                          coder="anna", text="Rhythmus mit der RD klären.", created_at=WHEN,
                                          updated_at=WHEN))
    return project


def test_accounts_keep_the_ifk_and_the_client_apart_waves_and_memos(accounts_project, run_cli, tmp_path):
    interfaces, contact, _ = build(accounts_project, "Hannover").themes
    assert [(a.account, a.passages) for a in contact.accounts] == [
        ("strategic", 1), ("client_ifk", 2), ("client_self", 1)]
    client_self = contact.accounts[2].quotes[0]
    assert client_self.text == "Ich sehe meine Ansprechpartnerin selten, Gespräche fallen aus."  # no "B:"
    # the IFK's passage sharing the theme's vocabulary (Gespräch, Kunden) comes before the short one
    assert contact.accounts[1].quotes[0].text.startswith("Die IFK lädt den Kunden monatlich")
    assert [(w.wave, w.passages, w.documents, w.protocols) for w in contact.waves] == [(1, 3, 2, 2), (2, 1, 1, 1)]
    assert contact.memos == [{"by": "anna", "text": "Rhythmus mit der RD klären."}]
    quoted = [q.citation for a in interfaces.accounts for q in a.quotes]
    assert len(quoted) == 1  # one segment coded twice under the theme is quoted once
    md = run_cli("report", "site", "Hannover").output
    assert "#### Kundenebene – Sicht der IFK (2 Textstellen)" in md
    assert "#### Kundenebene – Sicht der Kundinnen und Kunden (1 Textstelle)" in md
    assert ("**Vergleich der Wellen:** Welle 1: 3 Textstellen in 2 von 2 Protokollen "
            "→ Welle 2: 1 Textstelle in 1 von 1 Protokoll") in md
    out = tmp_path / "h.docx"
    assert run_cli("report", "site", "Hannover", "--format", "docx", "--out", out).exit_code == 0
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 3"]
    assert "Kundenebene – Sicht der IFK (2 Textstellen)" in headings


def test_machine_drafts_are_marked_block_approval_until_accepted(accounts_project, run_cli):
    result = run_cli("summary", "draft", "Hannover", "--all")
    assert result.exit_code == 0, result.output
    assert "contact_density: drafted" in result.output and "egv: nothing coded" in result.output
    draft = json.loads(run_cli("summary", "list", "--format", "json").output)
    contact = next(row for row in draft if row["code"] == "contact_density")
    assert contact["origin"] == "machine"
    lines = contact["text"].splitlines()
    assert len(lines) == 3 and all(line.startswith("„") and " · Hannover" not in line for line in lines)
    assert {line.rsplit("(", 1)[1].split(" · ")[0] for line in lines} == {"Hannover"}
    assert any("HA-CL-ELB-W2" in line for line in lines) and any("HA-ST-GF-W1" in line for line in lines)
    md = run_cli("report", "site", "Hannover").output
    assert "*Entwurf (maschinell, ungeprüft)* „" in md
    assert "2 machine draft(s) not yet accepted: interfaces, contact_density" in run_cli(
        "report", "approve", "Hannover", "--by", "TL").output
    assert run_cli("summary", "accept", "Hannover", "contact_density", "--by", "TL").exit_code == 0
    assert run_cli("summary", "set", "Hannover", "--overall", "Kontakte dicht, Übergaben gut.").exit_code == 0
    run_cli("summary", "draft", "Hannover", "contact_density")  # a person's summary is kept
    rows = {row["code"]: row for row in json.loads(run_cli("summary", "list", "--format", "json").output)}
    assert rows["contact_density"]["origin"] == "person" and rows["contact_density"]["author"] == "TL"
    assert rows["(overall)"]["text"] == "Kontakte dicht, Übergaben gut."
    assert "## Gesamteinschätzung\n\nKontakte dicht, Übergaben gut." in run_cli("report", "site", "Hannover").output


def test_report_all_writes_every_site_and_the_matrices(coded_project, run_cli, tmp_path):
    out = tmp_path / "reports"
    result = run_cli("report", "all", "--out", out)
    assert result.exit_code == 0, result.output
    names = sorted(path.name for path in out.iterdir())
    assert names == ["bochum.docx", "bochum.html", "bochum.md", "heatmap.png", "index.html", "krefeld.docx",
                     "krefeld.html", "krefeld.md", "matrix-count.csv", "matrix-docs.csv", "matrix-presence.csv",
                     "matrix.md", "matrix.xlsx", "protocols"]
    assert sorted(p.name for p in (out / "protocols").iterdir()) == [
        ".pages.json", "BO-OP-IFK-W1.html", "KR-CL-ELB-W1.html", "KR-OP-IFK-W1.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="bochum.html">html</a>' in index and '<a href="matrix.xlsx">matrix.xlsx</a>' in index
    assert '<a href="bochum.html#theme-contact_density">2</a>' in index  # a matrix cell leads to the theme
    report = (out / "bochum.html").read_text(encoding="utf-8")
    link = re.search(r'<cite><a href="(protocols/BO-OP-IFK-W1\.html)#(S\d+)">', report)
    page = (out / link.group(1)).read_text(encoding="utf-8")
    assert f'<span id="{link.group(2)}"></span>' in page  # the cited segment has its anchor
    assert '<tr id="L10"><td class="n">10</td>' in page  # file line numbers, front matter counted
    assert "![Textstellen je Standort und Thema (alle Standorte)](heatmap.png)" in (out / "bochum.md").read_text(
        encoding="utf-8")
    assert textwrap.dedent("""\
        | Standort | Schnittstellen | Kontaktdichte | Eingliederungsvereinbarung |
        |---|---|---|---|
        | Bochum | 0 | 2 | 1 |
        """) in (out / "matrix.md").read_text(encoding="utf-8")


def test_protocol_pages_are_written_again_only_when_they_would_change(coded_project, run_cli, tmp_path):
    out = tmp_path / "reports"
    pages = out / "protocols"
    assert run_cli("report", "all", "--out", out).exit_code == 0
    fresh = {page.name: page.read_text(encoding="utf-8") for page in pages.glob("*.html")}
    for page in pages.glob("*.html"):
        page.write_text("untouched", encoding="utf-8")
    (pages / "KR-OP-IFK-W1.html").unlink()
    with coded_project.engine.begin() as conn:
        conn.execute(update(documents).where(documents.c.doc_key == "KR-CL-ELB-W1").values(role="Kundin"))
    assert run_cli("report", "all", "--out", out).exit_code == 0
    assert (pages / "BO-OP-IFK-W1.html").read_text(encoding="utf-8") == "untouched"  # nothing changed
    assert (pages / "KR-OP-IFK-W1.html").read_text(encoding="utf-8") == fresh["KR-OP-IFK-W1.html"]  # was missing
    assert "Kundenebene · Kundin" in (pages / "KR-CL-ELB-W1.html").read_text(encoding="utf-8")  # metadata changed
    assert run_cli("report", "all", "--out", out, "--lang", "en").exit_code == 0
    assert '<html lang="en">' in (pages / "BO-OP-IFK-W1.html").read_text(encoding="utf-8")


def _contents(folder):
    """Every file's content; Word and Excel files as their parts, without the time stamps."""
    contents = {}
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".docx", ".xlsx"):
            with zipfile.ZipFile(path) as archive:
                contents[path.relative_to(folder)] = {name: archive.read(name) for name in archive.namelist()
                                                      if name != "docProps/core.xml"}
        elif path.is_file():
            contents[path.relative_to(folder)] = path.read_bytes()
    return contents


def test_report_all_in_two_processes_writes_what_one_writes(coded_project, tmp_path, monkeypatch):
    with coded_project.engine.connect() as conn:
        one = write_all(conn, tmp_path / "one")
        monkeypatch.setattr(report_build, "PARALLEL_DOCUMENTS", 0)  # the reports in a forked child
        steps = []
        two = write_all(conn, tmp_path / "two", progress=steps.append)
    assert [path.relative_to(tmp_path / "two") for path in two] == [path.relative_to(tmp_path / "one") for path in one]
    assert steps == ["Bochum", "Krefeld"]
    assert _contents(tmp_path / "two") == _contents(tmp_path / "one")
    broken = tmp_path / "tpl"
    broken.mkdir()
    (broken / "site.html.j2").write_text("{% for x in %}\n", encoding="utf-8")
    with coded_project.engine.connect() as conn, pytest.raises(QdaError, match="template error") as raised:
        write_all(conn, tmp_path / "three", template_dir=broken)
    assert raised.value.path.endswith("site.html.j2") and raised.value.line == 1  # the child's error, in the parent


def test_english_docx_and_user_html_template_is_autoescaped(coded_project, run_cli, tmp_path):
    out = tmp_path / "en.docx"
    assert run_cli("report", "site", "Krefeld", "--lang", "en", "--format", "docx", "--out", out).exit_code == 0
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Overview", "Overall assessment", "Themes", "Provenance of the codings"]
    assert document.paragraphs[0].text == "Case report Krefeld"
    run_cli("summary", "set", "Krefeld", "egv", "<img src=x onerror=alert(1)>")
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "site.html.j2").write_text("{% for theme in report.themes %}<p>{{ theme.summary }}</p>{% endfor %}",
                                         encoding="utf-8")
    page = run_cli("report", "site", "Krefeld", "--format", "html", "--template", folder).output
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page
    (folder / "labels.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    result = run_cli("report", "site", "Krefeld", "--template", folder)
    assert result.exit_code == 1 and "labels.yaml:2: invalid YAML" in result.output


def test_matrix_workbook_prints_landscape_and_links_to_its_evidence(coded_project, run_cli, tmp_path):
    import openpyxl

    out = tmp_path / "reports"
    assert run_cli("report", "all", "--out", out, "--formats", "md").exit_code == 0
    book = openpyxl.load_workbook(out / "matrix.xlsx")
    evidence = book["Belege"]
    rows = [[cell.value for cell in row] for row in evidence.iter_rows()]
    assert rows[0] == ["Standort", "Thema", "Zitat", "Beleg"]
    assert ["Bochum", "Kontaktdichte", "Die Kontaktdichte wird wegen Krankheitsausfällen nicht eingehalten."] in [
        row[:3] for row in rows]
    counts = book["Textstellen"]
    assert counts.page_setup.orientation == "landscape" and counts.page_setup.fitToWidth == 1
    assert counts.sheet_properties.pageSetUpPr.fitToPage and counts.print_title_rows == "$1:$1"
    header = [cell.value for cell in counts[1]]
    bochum = next(row for row in counts.iter_rows(min_row=3) if row[0].value == "Bochum")
    cell = bochum[header.index("Kontaktdichte")]
    target = int((cell.hyperlink.location or cell.hyperlink.target).rsplit("A", 1)[1])
    assert rows[target - 1][:2] == ["Bochum", "Kontaktdichte"]  # the first quote of that site and theme


FEATURES = """
    features:
      - id: density_kept
        label: Kontaktdichte eingehalten
        kind: category
        values:
          - {id: kept, label: eingehalten}
          - {id: missed, label: verfehlt}
"""


def test_findings_stand_per_level_side_by_side_with_wave_changes(accounts_project, run_cli, tmp_path):
    from conftest import MINI_CODEBOOK

    codebook = tmp_path / "features.yaml"
    marker = "    keywords: [Kontaktdichte, monatlich, Gespräch]\n"
    child = "        keywords: [Basisteam, Übergabe, überstellen]\n"
    handover = ("        features:\n          - id: handover_rules\n            label: Übergaberegeln\n"
                "            kind: flag\n")
    codebook.write_text(MINI_CODEBOOK.replace(marker, marker + FEATURES.lstrip("\n")).replace(child, child + handover),
                        encoding="utf-8")
    assert run_cli("codebook", "load", codebook).exit_code == 0
    for args in (["density_kept", "missed", "--wave", "1", "--evidence", "HA-CL-ELB-W2:1"],
                 ["density_kept", "kept", "--wave", "2"],
                 ["density_kept", "kept", "--level", "strategic", "--evidence", "HA-ST-GF-W1:1"],
                 ["density_kept", "missed", "--level", "client", "--evidence", "HA-CL-ELB-W2:1"]):
        result = run_cli("finding", "set", "Hannover", *args, "--by", "MK")
        assert result.exit_code == 0, result.output
    assert run_cli("finding", "set", "Hannover", "handover_rules", "yes", "--by", "MK").exit_code == 0
    assert run_cli("site", "set", "Hannover", "rd=Niedersachsen-Bremen").exit_code == 0
    interfaces, contact, _ = build(accounts_project, "Hannover").themes
    assert [(row.label, row.cells) for row in interfaces.findings] == [("Übergaberegeln", {"overall": "ja"})]
    row = contact.findings[0]
    assert row.cells == {"overall": "W1: verfehlt · W2: eingehalten", "strategic": "eingehalten",
                         "client": "verfehlt"}
    assert row.unsupported == ["overall"] and row.levels_differ
    assert row.wave_change == "W1: verfehlt → W2: eingehalten"
    md = run_cli("report", "site", "Hannover").output
    assert "| Kontaktdichte eingehalten | W1: verfehlt · W2: eingehalten ° | eingehalten |  | verfehlt |" in md
    assert "Die Ebenen unterscheiden sich (erfasste Ausprägungen): Kontaktdichte eingehalten." in md
    assert "Veränderte Ausprägungen: Kontaktdichte eingehalten (W1: verfehlt → W2: eingehalten)." in md
    assert "Standortmerkmale: rd Niedersachsen-Bremen." in md
    out = tmp_path / "h.docx"
    assert run_cli("report", "site", "Hannover", "--format", "docx", "--out", out).exit_code == 0
    table = next(t for t in docx.Document(str(out)).tables
                 if t.rows[0].cells[0].text == "Merkmal" and t.rows[1].cells[0].text == "Kontaktdichte eingehalten")
    assert [c.text for c in table.rows[1].cells] == [
        "Kontaktdichte eingehalten", "W1: verfehlt · W2: eingehalten °", "eingehalten", "", "verfehlt"]


TRICKY = ["Die Übergabe klappt gut, die Übergabe!", "Łódź und Straße: „Zitat“ – İstanbul ﬁnanz Ärger²",
          "naïve façade № 4 über… µm ½x ǅemal", "„Kontaktdichte“ – monatlich, Kontaktdichte.", "a b c", ""]


def test_word_counts_are_the_unicode_patterns_counts_and_centrality_its_cosine():
    for text in TRICKY:  # the Latin-1 fast path finds what the pattern finds
        found = [word.decode("latin-1") if isinstance(word, bytes) else word for word in passages._words(text)]
        assert found == passages.WORD.findall(text.lower()), text
    counts = [Counter(passages.WORD.findall(text.lower())) for text in TRICKY]
    total = sum(counts, Counter())
    expected = [sum(n * total[word] for word, n in count.items())
                / (math.sqrt(sum(n * n for n in count.values())) * math.sqrt(sum(n * n for n in total.values())))
                if count else 0.0 for count in counts]
    assert passages.centrality(TRICKY) == pytest.approx(expected)
    assert passages.centrality(["a b", "xx"]) == [0.0, 0.0]


def test_a_report_table_has_its_properties_once_and_in_the_schema_order():
    from qda.report.docx_layout import table_element

    properties = table_element([["Thema", "Textstellen"], ["Schnittstellen", 3]], "TableGrid").find(qn("w:tblPr"))
    names = [child.tag.split("}")[1] for child in properties]
    assert names == ["tblStyle", "tblW", "jc", "tblLayout", "tblLook"]
