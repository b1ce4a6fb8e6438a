"""REFI-QDA .qdpx: schema-valid, deterministic export; round trip; foreign and malicious files."""

from __future__ import annotations

import zipfile

import pytest
from refi_helpers import PROJECT_XSD, SAMPLES, foreign_qdpx, validate, write_qdpx
from sqlalchemy import func, select

from qda.codebook.store import load_codes
from qda.coding.api import add_coding, list_codings
from qda.coding.memos import add_memo, list_memos, memo_target
from qda.errors import QdaError
from qda.exchange.refi_export import export_refi
from qda.exchange.refi_import import import_refi
from qda.project import init_project
from qda.store.schema import documents

DOC_FIELDS = ("doc_key", "text", "site", "level", "role", "wave", "date", "interviewer", "attributes")
CODE_FIELDS = ("path", "label", "label_en", "color", "definition", "anchor_examples", "coding_rules", "keywords")


@pytest.fixture
def coded(loaded_project):
    with loaded_project.engine.begin() as conn:
        for coder in ("A", "B"):
            add_coding(conn, "BO-OP-IFK-W1", 1, "contact_density", coder)
            add_coding(conn, "KR-OP-IFK-W1", 2, "interfaces/basisteam", coder, span=(234, 260), memo="Übergabebogen")
        add_coding(conn, "BO-OP-IFK-W1", 3, "egv", "A")
        add_memo(conn, memo_target(conn, "BO-OP-IFK-W1", 2), "A", "Segment-Memo")
        add_memo(conn, memo_target(conn, "KR-CL-ELB-W1"), "B", "Dokument-Memo")
        add_memo(conn, memo_target(conn, code="egv"), "A", "Code-Memo")
        add_memo(conn, memo_target(conn), "A", "Projekt-Memo")
    return loaded_project


def snapshot(project):
    with project.engine.connect() as conn:
        docs = [tuple(row._mapping[f] for f in DOC_FIELDS) for row in
                conn.execute(select(documents).order_by(documents.c.doc_key))]
        code_rows = [tuple(getattr(code, f) for f in CODE_FIELDS) for code in load_codes(conn)]
        coding_rows = sorted((r["document"], r["segment"], r["code"], r["coder"], r["start"], r["end"], r["memo"])
                             for r in list_codings(conn))
        memos = sorted((m["target_kind"], m["document"], m["segment"], m["code"], m["coder"], m["text"])
                       for m in list_memos(conn))
    return docs, code_rows, coding_rows, memos


def test_export_is_schema_valid_deterministic_and_counts_code_points(coded, tmp_path):
    first, second = tmp_path / "a.qdpx", tmp_path / "b.qdpx"
    with coded.engine.connect() as conn:
        report = export_refi(conn, first, "ejo")
        export_refi(conn, second, "ejo")
    assert first.read_bytes() == second.read_bytes()
    assert (report.documents, report.codes, report.codings, report.notes) == (3, 4, 5, 6)
    with zipfile.ZipFile(first) as archive:
        qde = archive.read("project.qde")
        validate(qde, PROJECT_XSD)
        sources = [name for name in archive.namelist() if name.startswith("sources/")]
        assert len(sources) == 3 and all(name.endswith(".txt") for name in sources)
        from lxml import etree
        root = etree.fromstring(qde)
        ns = {"q": "urn:QDA-XML:project:1.0"}
        source = root.find("q:Sources/q:TextSource[@name='KR-OP-IFK-W1']", ns)
        text = archive.read(f"sources/{source.get('guid')}.txt").decode("utf-8")
    selection = source.find("q:PlainTextSelection", ns)
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert text[start:end] == "Übergabe aus dem Basisteam"
    assert len(selection.findall("q:Coding", ns)) == 2
    cases = root.findall("q:Cases/q:Case", ns)
    assert [c.get("name") for c in cases] == ["BO-OP-IFK-W1", "KR-CL-ELB-W1", "KR-OP-IFK-W1"]
    assert len(cases[0].findall("q:VariableValue", ns)) == len(root.find(
        "q:Sources/q:TextSource[@name='BO-OP-IFK-W1']", ns).findall("q:VariableValue", ns)) >= 4
    assert {v.get("name") for v in root.findall("q:Variables/q:Variable", ns)} >= {"site", "level", "role", "wave"}
    assert len(root.findall("q:Notes/q:Note", ns)) == 6


def test_round_trip_gives_the_same_documents_codes_codings_and_memos(coded, tmp_path, run_cli):
    out = tmp_path / "ejo.qdpx"
    assert run_cli("export", "refi", "--out", out).exit_code == 0
    fresh = init_project(tmp_path / "fresh")
    report = import_refi(fresh.engine, out)
    assert report.not_carried == [] and report.codings == 5 and report.memos == 4
    assert snapshot(fresh) == snapshot(coded)
    again = tmp_path / "again.qdpx"
    with fresh.engine.connect() as conn:
        export_refi(conn, again, "fresh")
    with zipfile.ZipFile(out) as a, zipfile.ZipFile(again) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())  # same GUIDs for the same documents


def test_importing_the_same_file_twice_adds_nothing(coded, tmp_path):
    out = tmp_path / "ejo.qdpx"
    with coded.engine.connect() as conn:
        export_refi(conn, out, "ejo")
    before = snapshot(coded)
    report = import_refi(coded.engine, out)
    assert report.documents == [] and len(report.reused_documents) == 3 and report.codings == 0
    assert snapshot(coded)[:3] == before[:3]


def test_foreign_project_nested_codes_users_offsets_and_report(project, tmp_path):
    report = import_refi(project.engine, foreign_qdpx(tmp_path), allow_partial=True)
    with project.engine.connect() as conn:
        paths = [(c.path, c.label, c.color) for c in load_codes(conn)]
        doc = conn.execute(select(documents).where(documents.c.doc_key == "Interview_Bochum")).first()
        found = [(r["code"], r["coder"], r["text"]) for r in list_codings(conn)]
    assert paths == [("schnittstellen", "Schnittstellen", "#aabbcc"),
                     ("schnittstellen/uebergabe_basisteam", "Übergabe Basisteam", None),
                     ("kontaktdichte", "Kontaktdichte", "#FF7F0E")]
    assert doc.text.startswith("Die Kontaktdichte wird gehalten.\n\nDie Übergabe läuft gut.")
    assert (doc.site, doc.level, doc.attributes) == ("Bochum", None, {"refi_level": "Leitung"})
    assert ("schnittstellen/uebergabe_basisteam", "Ben", "Übergabe") in found
    assert [f for f in found if f[0] == "kontaktdichte"] == [
        ("kontaktdichte", "Anna", "Die Kontaktdichte wird gehalten."),
        ("kontaktdichte", "Anna", "Die Übergabe läuft gut.")]
    assert report.users == ["Anna", "Ben"] and sorted(report.documents) == ["Interview_Bochum", "Notiz"]
    problems = "\n".join(report.not_carried)
    assert "PDFSource 'Flyer.pdf'" in problems
    assert "spans 2 segments" in problems
    assert "unknown level 'Leitung'" in problems


@pytest.mark.parametrize("sample, codes", [
    ("atlasti-23-blank.qdpx", []),
    ("atlasti-23-nested-codes.qdpx", ["commits", "commits/2022_05_10t02_05_59z_19e4dce",
                                      "commits/2022_02_11t10_39_25z_cdbfd92"]),
])
def test_atlas_ti_samples(project, sample, codes, run_cli):
    result = run_cli("import", "refi", SAMPLES / sample, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"Enric Llagostera"' in result.output
    with project.engine.connect() as conn:
        assert [c.path for c in load_codes(conn)] == codes


def test_cli_imports_a_qdpx_path_directly(coded, tmp_path, run_cli, runner):
    out = tmp_path / "ejo.qdpx"
    assert run_cli("export", "refi", "-o", out).exit_code == 0
    from qda.cli.main import app
    fresh = init_project(tmp_path / "fresh")
    result = runner.invoke(app, ["--project", str(fresh.root), "import", str(out)])
    assert result.exit_code == 0, result.output
    assert snapshot(fresh) == snapshot(coded)


def document_count(project):
    with project.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(documents)).scalar()


@pytest.mark.parametrize("members, message", [
    ({"project.qde": "<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>", "../../evil.txt": "owned"},
     "unsafe file name in the archive: '../../evil.txt'"),
    ({"project.qde": "<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>", "/etc/evil": "owned"},
     "unsafe file name"),
    ({"project.qde": """<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&c;"/>"""}, "entity declarations"),
    ({"project.qde": """<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>"""}, "entity declarations"),
    ({"project.qde": "<Project name='x'><Users>"}, "invalid XML"),
    ({"notes.txt": "no project"}, "exactly one .qde"),
    ({"project.qde": "<CodeBook xmlns='urn:QDA-XML:codebook:1.0'/>"}, "not a REFI-QDA project"),
])
def test_malicious_or_broken_archives_are_refused(project, tmp_path, run_cli, members, message):
    path = write_qdpx(tmp_path / "bad.qdpx", members)
    result = run_cli("import", "refi", path)
    assert result.exit_code == 1
    assert message in result.output and str(path) in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert document_count(project) == 0
    assert not (tmp_path.parent / "evil.txt").exists()


def test_not_a_zip_and_conflicting_document(coded, tmp_path):
    fake = tmp_path / "fake.qdpx"
    fake.write_text("hello", encoding="utf-8")
    with pytest.raises(QdaError, match="not a valid .qdpx"):
        import_refi(coded.engine, fake)
    out = tmp_path / "ejo.qdpx"
    with coded.engine.connect() as conn:
        export_refi(conn, out, "ejo")
    other = init_project(tmp_path / "other")
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "BO-OP-IFK-W1.txt").write_text("Ein anderer Text.\n", encoding="utf-8")
    from qda.ingest import import_paths
    import_paths(other.engine, [tmp_path / "p"])
    with pytest.raises(QdaError, match="'BO-OP-IFK-W1' already exists with a different text"):
        import_refi(other.engine, out)
    assert document_count(other) == 1
    with other.engine.connect() as conn:
        assert load_codes(conn) == []


def test_zip_bomb_and_wrong_extension_are_refused(project, tmp_path, run_cli):
    bomb = tmp_path / "bomb.qdpx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", "<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>")
        archive.writestr("sources/big.txt", b"\0" * 5_000_000)
    result = run_cli("import", bomb)
    assert result.exit_code == 1 and "ZIP bomb guard" in result.output
    result = run_cli("export", "refi", "--out", tmp_path / "project.zip")
    assert result.exit_code == 1 and "ends in .qdpx" in result.output
    assert not (tmp_path / "project.zip").exists()


def test_cli_lists_what_it_could_not_carry_over(project, tmp_path, run_cli):
    result = run_cli("import", "refi", foreign_qdpx(tmp_path), "--format", "csv")
    assert result.exit_code == 1, result.output
    assert "not carried over: PDFSource 'Flyer.pdf': only text sources are imported" in result.output
    assert "error: foreign.qdpx: 1 of 3 sources are PDFSources; nothing imported" in result.output
    assert document_count(project) == 0
    result = run_cli("import", "refi", foreign_qdpx(tmp_path), "--format", "csv", "--allow-partial")
    assert result.exit_code == 0, result.output
    assert any(line.startswith("file,documents,reused,codes_added") for line in result.output.splitlines())
    assert "warning: foreign.qdpx: 1 of 3 sources are PDFSources" in result.output
    assert document_count(project) == 2
