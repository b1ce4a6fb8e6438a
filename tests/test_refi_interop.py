"""REFI-QDA archives as other tools write them, built here from the QDA-XML 1.0 schema.

Each fixture reproduces one quirk seen in the wild (bare or URL-encoded source names, NVivo's
empty plain text beside a .docx, CRLF/BOM/decomposed umlauts, upper-case and braced GUIDs,
a .qde named after the project, variables of every type, cases, sets, links, graphs). Every
fixture is validated against Project.xsd, and every import is checked against counts taken
independently from the archive's XML.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from refi_helpers import PROJECT_XSD, SAMPLES, validate, write_qdpx
from sqlalchemy import func, select

from qda.codebook.store import codebook_info, load_codes
from qda.coding.api import add_coding, list_codings
from qda.coding.memos import add_memo, list_memos, memo_target
from qda.exchange.refi_export import export_refi
from qda.exchange.refi_import import import_refi
from qda.exchange.refi_paths import resolve_member
from qda.project import init_project
from qda.store.schema import codings, documents, settings

NS = "urn:QDA-XML:project:1.0"
Q = {"q": NS}
ANNA = "{088B08AC-D5CD-4ADB-8B71-B4F3459C177F}"
CODE_A = "A182CD3A-D83C-4D8C-BC80-26D9103EC6D6"
CODE_B = "{2D2466F0-D77F-4F8C-BDF9-628966B6B74D}"
CODE_C = "086ac733-7b1c-4749-a138-d7182f63a5c9"
USERS = f'<Users><User guid="{ANNA}" name="Anna"/></Users>'
CODEBOOK = f"""<CodeBook><Codes>
  <Code guid="{CODE_A}" name="Schnittstellen" isCodable="true" color="#1f77b4">
    <Description>Zusammenarbeit zwischen Einheiten.</Description>
    <Code guid="{CODE_B}" name="Übergabe Basisteam" isCodable="true" color="#ABC"/>
  </Code>
  <Code guid="{CODE_C}" name="Kontaktdichte" isCodable="true"/>
</Codes></CodeBook>"""
TEXT = "I: Wie oft sehen Sie die Kunden?\n\nB: Die Kontaktdichte ist hoch.\n\nB: Die Übergabe aus dem Basisteam läuft."


def guid(number: int) -> str:
    return f"5A0F4C6E-{number:04d}-4D2B-9C3A-0123456789AB"


def project_xml(*parts: str, name: str = "Studie", attributes: str = "") -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{NS}" name="{name}" {attributes}>' \
           + "".join(parts) + "</Project>"


def selection(number: int, text: str, quote: str, code: str, named: bool = True, shift: int = 0) -> str:
    """A PlainTextSelection over ``quote`` in ``text`` (offsets: code points of ``text``)."""
    start = text.index(quote) + shift
    name = f' name="{quote}"' if named else ""
    return (f'<PlainTextSelection guid="{guid(9000 + number)}"{name} startPosition="{start}" '
            f'endPosition="{start + len(quote)}" creatingUser="{ANNA}">'
            f'<Coding guid="{guid(8000 + number)}" creatingUser="{ANNA}"><CodeRef targetGUID="{code}"/></Coding>'
            f"</PlainTextSelection>")


def text_source(number: int, name: str, path_attributes: str, body: str = "") -> str:
    return f'<TextSource guid="{guid(number)}" name="{name}" {path_attributes}>{body}</TextSource>'


def build(tmp_path: Path, name: str, qde: str, members: dict[str, bytes | str], qde_name: str = "project.qde") -> Path:
    validate(qde.encode("utf-8"), PROJECT_XSD)
    return write_qdpx(tmp_path / name, {qde_name: qde, **members})


def held(path: Path) -> dict[str, int]:
    """What the archive holds, counted straight from its XML."""
    with zipfile.ZipFile(path) as archive:
        qde = next(name for name in archive.namelist() if name.endswith(".qde"))
        root = etree.fromstring(archive.read(qde))
    text_sources = root.findall("q:Sources/q:TextSource", Q)
    return {
        "documents": len(text_sources),
        "segments": sum(len(s.xpath("q:PlainTextSelection[q:Coding]", namespaces=Q)) for s in text_sources),
        "codes": len(root.findall(".//q:CodeBook//q:Code", Q)),
        "codings": len(root.findall("q:Sources//q:Coding", Q)),
    }


def stored(project) -> dict[str, int]:
    """What the project holds: coded spans count as segments, as the archive's selections do."""
    with project.engine.connect() as conn:
        rows = list_codings(conn)
        return {
            "documents": conn.execute(select(func.count()).select_from(documents)).scalar(),
            "segments": len({(r["document"], r["start"], r["end"]) for r in rows}),
            "codes": len(load_codes(conn, include_inactive=True)),
            "codings": conn.execute(select(func.count()).select_from(codings)).scalar(),
        }


def docx_bytes(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes(paragraphs: list[str]) -> bytes:
    content = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
               + "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
               + "</office:text></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


PARAGRAPHS = ["I: Wie oft sehen Sie die Kunden?", "B: Die Kontaktdichte ist hoch.", "B: Die Übergabe läuft."]
TOOL_TEXT = "\n".join(PARAGRAPHS)  # a tool's plain text: one newline between paragraphs


def relative_names(tmp_path: Path) -> Path:
    """Source paths as tools spell them: bare, under sources/, URL-encoded, file:// and absolute."""
    spellings = {
        1: ('plainTextPath="board_2017.txt"', "sources/board_2017.txt"),
        2: ('plainTextPath="sources/minutes.txt"', "sources/minutes.txt"),
        3: ('plainTextPath="internal://Interview%20Bochum.txt"', "sources/Interview Bochum.txt"),
        4: (f'plainTextPath="file:///C:/Users/anna/Studie/sources/{guid(4)}.txt"', f"sources/{guid(4)}.txt"),
        5: ('plainTextPath="C:\\Projekte\\EJO\\texte\\fuenf.txt"', "texte/fuenf.txt"),
        6: (f'plainTextPath="internal://{guid(6).lower()}.TXT"', f"sources/{guid(6)}.txt"),
    }
    sources = "".join(text_source(n, f"Quelle {n}", attrs, selection(n, TEXT, "Die Kontaktdichte ist hoch.", CODE_C))
                      for n, (attrs, _) in spellings.items())
    qde = project_xml(USERS, CODEBOOK, f"<Sources>{sources}</Sources>", attributes='basePath="C:\\Projekte\\EJO"')
    return build(tmp_path, "relative.qdpx", qde, {member: TEXT for _, member in spellings.values()})


def nvivo_rich_text(tmp_path: Path) -> Path:
    """NVivo: every sources/<GUID>.txt is one newline; the text is in the .docx (or .odt, .rtf)."""
    rich = {".docx": docx_bytes(PARAGRAPHS), ".odt": odt_bytes(PARAGRAPHS),
            ".rtf": ("{\\rtf1\\ansi " + "\\par\n".join(p.replace("Ü", "\\'dc") for p in PARAGRAPHS) + "}").encode()}
    sources, members = [], {}
    for number, suffix in enumerate(rich, start=1):
        body = (selection(10 * number, TOOL_TEXT, "Die Kontaktdichte ist hoch.", CODE_C)
                + selection(10 * number + 1, TOOL_TEXT, "Die Übergabe läuft.", CODE_B))
        sources.append(text_source(number, f"Interview {number}{suffix}",
                                   f'richTextPath="internal://{guid(number)}{suffix}" '
                                   f'plainTextPath="internal://{guid(number)}.txt"', body))
        members[f"sources/{guid(number)}.txt"] = "\n"
        members[f"sources/{guid(number)}{suffix}"] = rich[suffix]
    qde = project_xml(USERS, CODEBOOK, f"<Sources>{''.join(sources)}</Sources>", name="NVivo Export")
    return build(tmp_path, "nvivo.qdpx", qde, members)


def windows_text(tmp_path: Path) -> Path:
    """CRLF, a BOM and decomposed umlauts; upper-case and braced GUIDs; '<project>.qde'."""
    decomposed = TEXT.replace("Ü", "U\u0308").replace("ä", "a\u0308")
    offsets_text = decomposed  # offsets count LF newlines and every code point of the decomposed text
    body = (selection(1, offsets_text, "Die Kontaktdichte ist hoch.", CODE_C.upper())
            + selection(2, offsets_text, "Die U\u0308bergabe aus dem Basisteam la\u0308uft.", CODE_B))
    source = text_source(1, "Interview Krefeld.txt", f'plainTextPath="internal://{guid(1).lower()}.txt"', body)
    qde = project_xml(USERS, CODEBOOK, f"<Sources>{source}</Sources>", name="Jobcenter Studie",
                      attributes=f'creatingUserGUID="{ANNA}"')
    data = b"\xef\xbb\xbf" + decomposed.replace("\n", "\r\n").encode("utf-8")
    return build(tmp_path, "windows.qdpx", qde, {f"sources/{guid(1)}.txt": data}, qde_name="Jobcenter Studie.qde")


VARIABLES = [
    ("Standort", "Text", "TextValue", "Bochum"), ("Ebene", "Text", "TextValue", "Operative Ebene"),
    ("Welle", "Integer", "IntegerValue", "2"), ("Interviewdatum", "Date", "DateValue", "2024-03-12"),
    ("Befragt am", "DateTime", "DateTimeValue", "2024-03-12T09:30:00Z"),
    ("Vertraulich", "Boolean", "BooleanValue", "true"),
    ("Dauer", "Float", "FloatValue", "47.5"), ("Gruppe", "Text", "TextValue", "IFK"),
]


def variables_cases_sets(tmp_path: Path) -> Path:
    """Variables of all six REFI types, an NVivo case with its own value, sets (a code set with
    a parent code and its nested child), a link between two codings, a graph."""
    declared = "".join(f'<Variable guid="{guid(100 + i)}" name="{name}" typeOfVariable="{kind}"/>'
                       for i, (name, kind, _, _) in enumerate(VARIABLES))
    values = "".join(f'<VariableValue><VariableRef targetGUID="{guid(100 + i)}"/><{tag}>{value}</{tag}></VariableValue>'
                     for i, (_, _, tag, value) in enumerate(VARIABLES) if i < 7)
    body = (selection(1, TEXT, "Die Kontaktdichte ist hoch.", CODE_C)
            + selection(2, TEXT, "Die Übergabe aus dem Basisteam läuft.", CODE_B) + values)
    sources = text_source(1, "BO-Interview", 'plainTextPath="internal://bo.txt"', body) + text_source(
        2, "KR-Interview", "", f"<PlainTextContent>{TEXT}</PlainTextContent>" + selection(3, TEXT, "Wie oft", CODE_A))
    cases = (f'<Cases><Case guid="{guid(200)}" name="Fall 7"><VariableValue><VariableRef targetGUID="{guid(107)}"/>'
             f'<TextValue>IFK</TextValue></VariableValue><SourceRef targetGUID="{guid(1)}"/></Case></Cases>')
    notes = (f'<Notes><Note guid="{guid(300)}" name="Warum"><PlainTextContent>Beide Stellen hängen zusammen.'
             f'</PlainTextContent></Note></Notes>')
    links = (f'<Links><Link guid="{guid(400)}" name="erklärt" direction="OneWay" originGUID="{guid(9001)}" '
             f'targetGUID="{guid(9002)}"><NoteRef targetGUID="{guid(300)}"/></Link></Links>')
    sets = (f'<Sets><Set guid="{guid(500)}" name="Welle 2"><MemberSource targetGUID="{guid(1)}"/>'
            f'<MemberSource targetGUID="{guid(2)}"/></Set>'
            f'<Set guid="{guid(501)}" name="Kooperation"><Description>Alles zur Zusammenarbeit</Description>'
            f'<MemberCode targetGUID="{CODE_A}"/><MemberCode targetGUID="{CODE_B}"/></Set></Sets>')
    graphs = (f'<Graphs><Graph guid="{guid(600)}" name="Netz"><Vertex guid="{guid(601)}" representedGUID="{CODE_A}" '
              f'firstX="0" firstY="0"/></Graph></Graphs>')
    qde = project_xml(USERS, CODEBOOK, f"<Variables>{declared}</Variables>", cases, f"<Sources>{sources}</Sources>",
                      notes, links, sets, graphs)
    return build(tmp_path, "variables.qdpx", qde, {"sources/bo.txt": TEXT})


@pytest.mark.parametrize("fixture", [relative_names, nvivo_rich_text, windows_text, variables_cases_sets])
def test_each_fixture_comes_in_whole(project, tmp_path, run_cli, fixture):
    path = fixture(tmp_path)
    result = run_cli("import", "refi", path)
    assert result.exit_code == 0, result.output
    assert "not imported" not in result.output and "all " in result.output
    assert stored(project) == held(path)


@pytest.mark.parametrize("sample", ["atlasti-23-blank.qdpx", "atlasti-23-nested-codes.qdpx"])
def test_atlas_ti_samples_come_in_whole(project, run_cli, sample):
    result = run_cli("import", "refi", SAMPLES / sample)
    assert result.exit_code == 0, result.output
    assert stored(project) == held(SAMPLES / sample)


def test_lenient_names_find_the_right_text(project, tmp_path):
    import_refi(project.engine, relative_names(tmp_path))
    with project.engine.connect() as conn:
        rows = list_codings(conn)
    assert len(rows) == 6 and {r["text"] for r in rows} == {"Die Kontaktdichte ist hoch."}


def test_rich_text_is_read_and_offsets_counted_against_it(project, tmp_path):
    report = import_refi(project.engine, nvivo_rich_text(tmp_path))
    assert report.complete, report.not_carried
    with project.engine.connect() as conn:
        texts = conn.execute(select(documents.c.doc_key, documents.c.text).order_by(documents.c.doc_key)).all()
        found = sorted((r["document"], r["code"], r["text"]) for r in list_codings(conn))
    assert [key for key, _ in texts] == ["Interview_1", "Interview_2", "Interview_3"]
    assert all(text.strip() == "\n\n".join(PARAGRAPHS) for _, text in texts)
    assert found == sorted((f"Interview_{n}", code, quote) for n in (1, 2, 3) for code, quote in (
        ("kontaktdichte", "Die Kontaktdichte ist hoch."),
        ("schnittstellen/uebergabe_basisteam", "Die Übergabe läuft.")))


def test_windows_text_is_normalised_and_offsets_kept(project, tmp_path):
    report = import_refi(project.engine, windows_text(tmp_path))
    with project.engine.connect() as conn:
        doc = conn.execute(select(documents)).first()
        found = sorted(r["text"] for r in list_codings(conn))
        name = codebook_info(conn)["name"]
    assert report.complete and doc.doc_key == "Interview_Krefeld" and doc.text == TEXT
    assert found == ["Die Kontaktdichte ist hoch.", "Die Übergabe aus dem Basisteam läuft."]
    assert name == "Jobcenter Studie"


def test_variables_cases_sets_links_and_graphs(project, tmp_path, run_cli):
    result = run_cli("import", "refi", variables_cases_sets(tmp_path), "--map-variable", "Gruppe=role",
                     "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)[0]
    assert (report["sets"], report["links"], report["graphs_skipped"], report["complete"]) == (2, 1, 1, True)
    with project.engine.connect() as conn:
        docs = {row.doc_key: row for row in conn.execute(select(documents))}
        code_sets = conn.execute(select(settings.c.value).where(settings.c.key == "code_sets")).scalar()
        memos = list_memos(conn)
    bo = docs["BO-Interview"]
    assert (bo.site, bo.level, bo.wave, bo.date, bo.role) == ("Bochum", "operational", 2, "2024-03-12", "IFK")
    assert bo.attributes == {"befragt am": "2024-03-12T09:30:00Z", "vertraulich": True, "dauer": 47.5,
                             "case": "Fall 7", "sets": "Welle 2"}
    assert docs["KR-Interview"].attributes == {"sets": "Welle 2"}
    assert code_sets == [{"name": "Kooperation", "description": "Alles zur Zusammenarbeit",
                          "codes": ["schnittstellen", "schnittstellen/uebergabe_basisteam"]}]
    link = next(m for m in memos if m["text"].startswith("Link"))
    assert link["target_kind"] == "segment" and link["document"] == "BO-Interview"
    assert link["text"].startswith("Link 'erklärt' (OneWay): BO-Interview 37:64 (kontaktdichte) → BO-Interview")
    assert "hängen zusammen" in link["text"]


def test_variable_names_map_without_override_too(project, tmp_path):
    import_refi(project.engine, variables_cases_sets(tmp_path))
    with project.engine.connect() as conn:
        bo = conn.execute(select(documents).where(documents.c.doc_key == "BO-Interview")).first()
    assert bo.role is None and bo.attributes["gruppe"] == "IFK"  # the case's value, under its own name


def test_what_cannot_come_in_is_named_and_nothing_is_written(project, tmp_path, run_cli):
    body = selection(1, TEXT, "Die Kontaktdichte ist hoch.", CODE_C)
    shifted = selection(2, TEXT, "Die Übergabe aus dem Basisteam läuft.", CODE_B, shift=-3)
    sources = "".join([
        text_source(1, "leer", f'plainTextPath="internal://{guid(1)}.txt"', body),
        text_source(2, "flyer", f'plainTextPath="internal://{guid(2)}.txt" richTextPath="internal://{guid(2)}.pdf"'),
        text_source(3, "draussen", 'plainTextPath="../../etc/passwd"', selection(3, TEXT, "Wie oft", CODE_A)),
        text_source(4, "verschoben", f'plainTextPath="internal://{guid(4)}.txt"', shifted),
        text_source(5, "extern", 'plainTextPath="file:///home/anna/geheim.txt"'),
    ])
    qde = project_xml(USERS, CODEBOOK, f"<Sources>{sources}</Sources>",
                      f'<Graphs><Graph guid="{guid(600)}" name="Netz"/></Graphs>')
    path = build(tmp_path, "a-rather-long-name-for-an-archive-from-another-tool.qdpx", qde, {
        f"sources/{guid(1)}.txt": "\r\n", f"sources/{guid(2)}.txt": "", f"sources/{guid(2)}.pdf": b"%PDF-1.4",
        f"sources/{guid(4)}.txt": TEXT, "passwd": "root"})
    result = run_cli("import", "refi", path)
    assert result.exit_code == 1
    summary = result.stdout.splitlines()
    assert max(map(len, summary)) <= 80
    assert "4 of 5 sources had no text; 3 of 3 codings not imported" in " ".join(result.stdout.split())
    assert "graphs     1 skipped" in result.stdout
    for named in ("'../../etc/passwd' leaves the archive", "qda cannot read text from the .pdf rich text",
                  "'file:///home/anna/geheim.txt' points outside the archive",
                  "quoted text 'Die Übergabe aus dem Ba…' does not match", "source 'leer': the plain text is empty"):
        assert named in result.output
    assert "error: a-rather-long-name-for-an-archive-from-another-tool.qdpx: 4 of 5 sources" in result.output
    assert stored(project) == {"documents": 0, "segments": 0, "codes": 0, "codings": 0}
    partial = run_cli("import", "refi", path, "--allow-partial", "--format", "json")
    assert partial.exit_code == 0, partial.output
    report = json.loads(partial.stdout)[0]
    assert report["lost"] == {"sources": 4, "codes": 0, "codings": 3} and report["committed"]
    assert stored(project)["documents"] == 1 and stored(project)["codings"] == 0


def test_round_trip_keeps_metadata_attributes_sets_codebook_and_memos(loaded_project, tmp_path):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 1, "contact_density", "A")
        add_coding(conn, "KR-OP-IFK-W1", 2, "interfaces/basisteam", "B", span=(234, 260), memo="Übergabebogen")
        add_memo(conn, memo_target(conn, "KR-CL-ELB-W1"), "B", "Dokument-Memo")
        add_memo(conn, memo_target(conn, code="egv"), "A", "Code-Memo")
        add_memo(conn, memo_target(conn, "BO-OP-IFK-W1", 2), "A", "Segment-Memo")
        add_memo(conn, memo_target(conn), "A", "Projekt-Memo")
        conn.execute(documents.update().where(documents.c.doc_key == "BO-OP-IFK-W1").values(attributes={
            "vertraulich": False, "dauer": 47.5, "minuten": 50, "notiz": "Gruppe A", "sets": "Pilot; Welle 1"}))
        conn.execute(settings.insert().values(key="code_sets", value=[
            {"name": "Kern", "description": "Die wichtigsten", "codes": ["contact_density", "interfaces/basisteam"]}]))
    out = tmp_path / "ejo.qdpx"
    with loaded_project.engine.connect() as conn:
        report = export_refi(conn, out, "ejo")
    assert report.valid and report.sets == 3
    fresh = init_project(tmp_path / "fresh")
    back = import_refi(fresh.engine, out)
    assert back.complete and back.not_carried == [], back.not_carried
    assert field_by_field(fresh) == field_by_field(loaded_project)


def field_by_field(project) -> dict:
    doc_fields = ("doc_key", "text", "site", "level", "role", "wave", "date", "interviewer", "attributes")
    code_fields = ("path", "label", "label_en", "color", "definition", "anchor_examples", "coding_rules", "keywords")
    with project.engine.connect() as conn:
        return {
            "documents": [{f: row._mapping[f] for f in doc_fields}
                          for row in conn.execute(select(documents).order_by(documents.c.doc_key))],
            "codes": [{f: getattr(code, f) for f in code_fields} for code in load_codes(conn)],
            "codebook": codebook_info(conn)["name"],
            "code_sets": conn.execute(select(settings.c.value).where(settings.c.key == "code_sets")).scalar(),
            "codings": sorted((r["document"], r["segment"], r["code"], r["coder"], r["start"], r["end"], r["memo"])
                              for r in list_codings(conn)),
            "memos": sorted((m["target_kind"], m["document"], m["segment"], m["code"], m["coder"], m["text"])
                            for m in list_memos(conn)),
        }


def test_pdf_text_representation_and_source_description(project, tmp_path):
    representation = (f'<Representation guid="{guid(2)}" name="flyer.txt">'
                      f"<PlainTextContent>{TEXT}</PlainTextContent>"
                      f"{selection(1, TEXT, 'Die Kontaktdichte ist hoch.', CODE_C)}</Representation>")
    pdf_area = (f'<PDFSelection guid="{guid(3)}" page="1" firstX="0" firstY="0" secondX="9" secondY="9">'
                f'<Coding guid="{guid(4)}"><CodeRef targetGUID="{CODE_A}"/></Coding></PDFSelection>')
    sources = (f'<PDFSource guid="{guid(1)}" name="Flyer.pdf" path="internal://{guid(1)}.pdf">{pdf_area}'
               f"{representation}</PDFSource>"
               + text_source(5, "Notiz", "", "<Description>Vom Team A.</Description>"
                                             f"<PlainTextContent>{TEXT}</PlainTextContent>"))
    path = build(tmp_path, "pdf.qdpx", project_xml(USERS, CODEBOOK, f"<Sources>{sources}</Sources>"), {})
    report = import_refi(project.engine, path, allow_partial=True)
    assert report.documents == ["Flyer", "Notiz"] and report.codings_imported == 1
    assert report.lost == {"sources": 0, "codes": 0, "codings": 1}
    assert "source 'Flyer.pdf': 1 codings of the whole source or of PDF areas" in report.not_carried
    with project.engine.connect() as conn:
        memos = [(m["target_kind"], m["document"], m["text"]) for m in list_memos(conn)]
    assert memos == [("document", "Notiz", "Vom Team A.")]


def test_export_says_it_validated_and_refuses_invalid_xml(coded_for_export, tmp_path, run_cli, monkeypatch):
    result = run_cli("export", "refi", "--out", tmp_path / "ok.qdpx")
    assert result.exit_code == 0 and "project.qde is valid against the REFI-QDA schema" in result.output
    from qda.exchange import refi_export

    monkeypatch.setattr(refi_export, "VARIABLE_TYPES", {"wave": "Number"})  # not a REFI variable type
    result = run_cli("export", "refi", "--out", tmp_path / "bad.qdpx")
    assert result.exit_code == 1 and "export is not valid REFI-QDA" in result.output
    assert not (tmp_path / "bad.qdpx").exists()


@pytest.fixture
def coded_for_export(loaded_project):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 1, "contact_density", "A")
    return loaded_project


MEMBERS = ["project.qde", "sources/board_2017.txt", "sources/Interview Bochum.txt", "sources/100%.txt",
           "sources/Übergabe.txt", "texte/fünf.txt"]


@pytest.mark.parametrize("reference, base, member", [
    ("internal://board_2017.txt", None, "sources/board_2017.txt"),
    ("BOARD_2017.TXT", None, "sources/board_2017.txt"),
    ("sources/board_2017.txt", None, "sources/board_2017.txt"),
    ("./sources/../sources/board_2017.txt", None, "sources/board_2017.txt"),
    ("internal://Interview%20Bochum.txt", None, "sources/Interview Bochum.txt"),
    ("100%.txt", None, "sources/100%.txt"),
    ("U\u0308bergabe.txt", None, "sources/Übergabe.txt"),
    ("file:///C:/Users/anna/Projekt/sources/board_2017.txt", None, "sources/board_2017.txt"),
    ("file://localhost/home/anna/x/sources/board_2017.txt", None, "sources/board_2017.txt"),
    ("D:\\Export\\sources\\board_2017.txt", None, "sources/board_2017.txt"),
    ("/srv/ejo/texte/fünf.txt", "/srv/ejo", "texte/fünf.txt"),
])
def test_source_paths_found_inside_the_archive(reference, base, member):
    assert resolve_member(MEMBERS, reference, base) == (member, "")


@pytest.mark.parametrize("reference, why", [
    ("../board_2017.txt", "leaves the archive"),
    ("sources/../../board_2017.txt", "leaves the archive"),
    ("/home/anna/board_2017.txt", "points outside the archive"),
    ("file:///etc/passwd", "points outside the archive"),
    ("relative://board_2017.txt", "a file beside the project"),
    ("https://example.org/board_2017.txt", "is not a file in the archive"),
    ("internal://missing.txt", "is not in the archive"),
])
def test_source_paths_leaving_the_archive_are_refused(reference, why):
    member, reason = resolve_member(MEMBERS, reference)
    assert member is None and why in reason


@pytest.mark.parametrize("broken, message", [
    (f'<PlainTextSelection guid="{guid(9)}" endPosition="5"/>', "has no valid startPosition ('None')"),
    (f'<PlainTextSelection guid="{guid(9)}" startPosition="0" endPosition="5"><Coding guid="{guid(8)}"/>'
     "</PlainTextSelection>", "has no CodeRef"),
])
def test_a_broken_selection_is_one_error_line_naming_the_file(project, tmp_path, run_cli, broken, message):
    source = text_source(1, "x", "", f"<PlainTextContent>{TEXT}</PlainTextContent>{broken}")
    path = write_qdpx(tmp_path / "broken.qdpx", {"project.qde": project_xml(f"<Sources>{source}</Sources>")})
    result = run_cli("import", "refi", path)
    assert result.exit_code == 1 and message in result.output and str(path) in result.output
    assert len(result.output.strip().splitlines()) == 1 and stored(project)["documents"] == 0
