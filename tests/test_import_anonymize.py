"""``qda import --anonymize``: no original survives anywhere in the project, one person gets one
pseudonym, and documents, pseudonyms and key file are stored together or not at all."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select

from qda.anonymize.keyfile import KeyWriter
from qda.coding.api import add_coding
from qda.store.schema import codings, documents, pseudonym_aliases, pseudonyms

FIRST = ("---\nid: X1\nsite: Bochum\nlevel: client\n---\n2.1 Frage?\n\n"
         "Frau Meier aus dem Team in Bremen-Nord ruft unter 0234 123456 an.\n")
SECOND = "---\nid: X2\nsite: Bochum\nlevel: client\n---\n2.1 Frage?\n\nAuch Frau Meier und Herr Wolf waren da.\n"
ORIGINALS = ("Meierhoff", "Sabine", "Castrop", "Wittkowski", "Brandhorst", "Oberhausen", "Roswitha", "Herne", "Bochum",
             "Sterkrade", "Kuhlenkamp")
NAMED = """---
site: Bochum
level: client
interviewer: Frau Wittkowski
befragte: Sabine Meierhoff
wohnort: Castrop-Rauxel
---
2.1 Wie oft sehen Sie Ihre Ansprechpartnerin?

Frau Meierhoff sagt, Herr Brandhorst aus Oberhausen lädt sie jeden Monat ein.
"""


CUSTOM_XML = (
    '<?xml version="1.0" encoding="UTF-8"?><Properties '
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Befragte">'
    '<vt:lpwstr>Roswitha Brandhorst</vt:lpwstr></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Gesprächsort">'
    '<vt:lpwstr>Oberhausen-Sterkrade</vt:lpwstr></property></Properties>')
ODT_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
    '<text:p>Herr Kuhlenkamp wird monatlich eingeladen.</text:p></office:text></office:body></office:document-content>')
ODT_META = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>'
    '<meta:user-defined meta:name="interviewer">Frau Wittkowski</meta:user-defined>'
    '<meta:user-defined meta:name="wohnort">Castrop-Rauxel</meta:user-defined>'
    '</office:meta></office:document-meta>')


def texts(project) -> dict[str, str]:
    with project.engine.connect() as conn:
        return dict(conn.execute(select(documents.c.doc_key, documents.c.text)).all())


def counts(project) -> tuple[int, int, int]:
    with project.engine.connect() as conn:
        return tuple(conn.execute(select(func.count()).select_from(t)).scalar()
                     for t in (documents, pseudonyms, pseudonym_aliases))


def key_entries(key: Path) -> dict[str, list[str]]:
    data = json.loads(key.read_text(encoding="utf-8"))["pseudonyms"]
    return {label: entry["originals"] for label, entry in data.items()}


def test_pseudonyms_are_consistent_across_imports_and_originals_only_in_the_key(project, run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    key = tmp_path / "secure" / "key.json"
    key.parent.mkdir()
    assert run_cli("import", tmp_path / "a.txt", "--anonymize", "--key", key).exit_code == 0
    assert run_cli("import", tmp_path / "b.txt", "--anonymize", "--key", key).exit_code == 0
    stored = texts(project)
    assert "Frau [PERSON_1] aus dem Team in [ORT_1] ruft unter [TELEFON_1] an." in stored["X1"]
    assert "Auch Frau [PERSON_1] und Herr [PERSON_2] waren da." in stored["X2"]
    database = b"".join(path.read_bytes() for path in project.root.glob("qda.db*"))
    assert b"Meier" not in database and b"Bremen-Nord" not in database and b"Bochum" not in database
    entries = key_entries(key)
    assert entries["[PERSON_1]"] == ["Meier"] and entries["[PERSON_2]"] == ["Wolf"]
    assert entries["[ORT_2]"] == ["Bochum"]
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE((project.root / "qda-pseudonym.secret").stat().st_mode) == 0o600


def test_key_without_anonymize_is_an_error(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    result = run_cli("import", tmp_path / "a.txt", "--key", tmp_path / "k.json")
    assert result.exit_code == 1 and "--key and --model go with --anonymize" in result.output


# -- leak 2: one person, one pseudonym -----------------------------------------------------------

def test_full_name_and_surname_are_one_person_and_a_later_name_another(project, run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("---\nid: A\n---\nFrau Anna Meier war da.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\nid: B\n---\nHerr Wolf und Frau Meier, dann Peter Meier.\n",
                                    encoding="utf-8")
    key = tmp_path / "k.json"
    first = run_cli("import", tmp_path / "a.txt", "--anonymize", "--key", key)
    assert first.exit_code == 0, first.output
    second = run_cli("import", tmp_path / "b.txt", "--anonymize", "--key", key)
    assert second.exit_code == 0, second.output
    assert texts(project) == {"A": "Frau [PERSON_1] war da.\n",
                              "B": "Herr [PERSON_2] und Frau [PERSON_1], dann [PERSON_3].\n"}
    assert key_entries(key) == {"[PERSON_1]": ["Anna Meier", "Meier"], "[PERSON_2]": ["Wolf"],
                                "[PERSON_3]": ["Peter Meier"]}
    with project.engine.connect() as conn:
        numbers = conn.execute(select(pseudonyms.c.kind, pseudonyms.c.number)).all()
    assert sorted(map(tuple, numbers)) == [("PERSON", 1), ("PERSON", 2), ("PERSON", 3)]


def _import_in_subprocess(project_root: Path, protocol: Path, key: Path) -> subprocess.Popen:
    code = "import sys; from qda.cli.main import main; sys.argv = ['qda'] + sys.argv[1:]; main()"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent), "QDA_PROJECT": ""}
    return subprocess.Popen([sys.executable, "-c", code, "--project", str(project_root), "import", str(protocol),
                             "--anonymize", "--key", str(key)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_concurrent_imports_never_share_a_pseudonym_between_people(project, tmp_path):
    people = ["Demir", "Kaya", "Yilmaz"]
    processes = []
    for name in people:
        protocol = tmp_path / f"p-{name}.txt"
        protocol.write_text(f"---\nid: {name[:2].upper()}\n---\nFrau {name} war da.\n", encoding="utf-8")
        processes.append(_import_in_subprocess(project.root, protocol, tmp_path / f"{name}.json"))
    for process in processes:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    labels = {name: key_entries(tmp_path / f"{name}.json") for name in people}
    given = {next(iter(entries)) for entries in labels.values()}
    assert given == {"[PERSON_1]", "[PERSON_2]", "[PERSON_3]"}
    assert all(entries == {label: [name]} for name, entries in labels.items() for label in entries)


# -- leak 4: all or nothing ------------------------------------------------------------------------

@pytest.mark.parametrize("make_key, message", [
    (lambda tmp: tmp / "missing" / "k.json", "the key file's folder does not exist"),
    (lambda tmp: tmp, "the key must be a file, not a folder"),
    (lambda tmp: (tmp / "bad.json", (tmp / "bad.json").write_text("{not json"))[0], "not a pseudonym key file"),
])
def test_a_bad_key_is_refused_before_anything_is_imported(project, run_cli, tmp_path, make_key, message):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    result = run_cli("import", tmp_path / "a.txt", "--anonymize", "--key", make_key(tmp_path))
    assert result.exit_code == 1 and message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert counts(project) == (0, 0, 0)


def test_a_failing_key_write_rolls_the_import_back(project, run_cli, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    key = tmp_path / "k.json"
    key.write_text(json.dumps({"format": "qda-pseudonym-key", "pseudonyms": {}}), encoding="utf-8")
    before = key.read_bytes()

    def disk_full(entries):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("qda.anonymize.keyfile._json_text", disk_full)
    result = run_cli("import", tmp_path / "a.txt", "--anonymize", "--key", key)
    assert result.exit_code == 1 and "cannot write the key file (No space left on device)" in result.output
    assert counts(project) == (0, 0, 0)
    assert key.read_bytes() == before and [p.name for p in tmp_path.glob(".k.json*")] == []


def test_a_failed_commit_leaves_the_key_untouched(project, tmp_path, monkeypatch):
    from qda.anonymize.importing import import_anonymized
    from qda.errors import QdaError

    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\nid: X1\n---\nFrau Kaya.\n", encoding="utf-8")
    key = tmp_path / "k.json"
    with pytest.raises(QdaError, match="duplicate document id 'X1'"):
        import_anonymized(project, [tmp_path / "a.txt", tmp_path / "b.txt"], key=key)
    assert not key.exists() and counts(project) == (0, 0, 0)
    assert list(tmp_path.glob(".k.json*")) == []
    staged = []
    monkeypatch.setattr(KeyWriter, "commit", lambda self: staged.append(self.temp.exists()))
    import_anonymized(project, [tmp_path / "a.txt"], key=key)
    assert staged == [True] and counts(project)[0] == 1


def test_attributes_work_with_and_without_anonymize(project, run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    key = tmp_path / "k.json"
    plain = run_cli("import", tmp_path / "a.txt", "--attr", "projekt=EJO")
    assert plain.exit_code == 0, plain.output
    anonymised = run_cli("import", tmp_path / "b.txt", "--anonymize", "--key", key, "--attr", "kontakt=Frau Kaya")
    assert anonymised.exit_code == 0, anonymised.output
    with project.engine.connect() as conn:
        attributes = dict(conn.execute(select(documents.c.doc_key, documents.c.attributes)).all())
    assert attributes == {"X1": {"projekt": "EJO"}, "X2": {"kontakt": "Frau [PERSON_3]"}}
    assert key_entries(key)["[PERSON_3]"] == ["Kaya"]


# -- leaks 1 and 3: REFI, file names, ids, metadata, docx properties; reports and exports ----------

def _named_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "Interview_Sabine_Meierhoff.txt").write_text(NAMED, encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("2.1 Wie läuft die Zusammenarbeit?")
    document.add_paragraph("Frau Roswitha Brandhorst erzählt von der Übergabe aus dem Basisteam.")
    document.core_properties.title = "Gespräch mit Roswitha Brandhorst"
    document.core_properties.author = "Sabine Meierhoff"
    document.save(folder / "DOCX-Brandhorst-1.docx")
    with zipfile.ZipFile(folder / "DOCX-Brandhorst-1.docx", "a") as archive:
        archive.writestr("docProps/custom.xml", CUSTOM_XML)
    with zipfile.ZipFile(folder / "Gespräch_Kuhlenkamp.odt", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", ODT_CONTENT)
        archive.writestr("meta.xml", ODT_META)
    return folder


def _dump(project) -> str:
    with sqlite3.connect(project.root / "qda.db") as conn:
        return "\n".join(conn.iterdump())


@pytest.mark.skipif(os.environ.get("QDA_TEST_DB") == "postgresql", reason="reads the SQLite file")
def test_no_original_survives_in_database_reports_or_refi_export(project, run_cli, tmp_path, mini_codebook):
    folder = _named_folder(tmp_path)
    dirty = run_cli("anonymize", "--check", folder, "--format", "json")
    assert dirty.exit_code == 1
    flagged = " ".join(row["text"] for row in json.loads(dirty.stdout))
    assert all(name in flagged for name in ("Meierhoff", "Castrop-Rauxel", "Brandhorst"))

    key = tmp_path / "k.json"
    result = run_cli("import", folder, "--anonymize", "--key", key, "--site", "Herne")
    assert result.exit_code == 0, result.output
    assert run_cli("codebook", "load", mini_codebook).exit_code == 0
    with project.engine.begin() as conn:
        keys = sorted(conn.execute(select(documents.c.doc_key)).scalars())
        for doc_key in keys:
            add_coding(conn, doc_key, 1, "contact_density", "anna", key_quote=True)
    assert keys == ["DOCX-PERSON_1-1", "Gespräch_PERSON_2", "Interview_PERSON_4"]

    reports, refi = tmp_path / "reports", tmp_path / "all.qdpx"
    assert run_cli("report", "all", "--out", reports).exit_code == 0
    assert run_cli("export", "refi", "--out", refi).exit_code == 0
    files = [path for path in reports.rglob("*") if path.is_file()]
    assert {path.suffix for path in files} >= {".md", ".html", ".docx", ".xlsx", ".csv"}
    written = [_dump(project)] + [path.read_bytes().decode("utf-8", "replace") for path in files]
    for archive_path in [refi] + [path for path in files if path.suffix in (".docx", ".xlsx")]:
        with zipfile.ZipFile(archive_path) as archive:
            written += [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
    for original in ORIGINALS:
        assert not [text for text in written if original in text], original
    for name in ("Meierhoff", "Castrop-Rauxel", "Brandhorst", "Wittkowski", "Oberhausen"):
        assert any(name in originals for originals in key_entries(key).values()), name


def test_refi_import_with_anonymize_pseudonymises_and_keeps_codings(project, run_cli, tmp_path, mini_codebook,
                                                                    runner):
    from qda.cli.main import app
    from qda.project import init_project

    source = init_project(tmp_path / "source")
    (tmp_path / "named.txt").write_text(NAMED, encoding="utf-8")
    assert runner.invoke(app, ["--project", str(source.root), "import", str(tmp_path / "named.txt")]).exit_code == 0
    assert runner.invoke(app, ["--project", str(source.root), "codebook", "load", str(mini_codebook)]).exit_code == 0
    with source.engine.begin() as conn:
        add_coding(conn, "named", 1, "contact_density", "anna")
    qdpx = tmp_path / "names.qdpx"
    assert runner.invoke(app, ["--project", str(source.root), "export", "refi", "--out", str(qdpx)]).exit_code == 0

    key = tmp_path / "k.json"
    result = run_cli("import", qdpx, "--anonymize", "--key", key)
    assert result.exit_code == 0, result.output
    stored = texts(project)
    assert list(stored) == ["named"]
    text = stored["named"]
    assert "Frau [PERSON_1] sagt, Herr [PERSON_2] aus [ORT_1] lädt sie jeden Monat ein." in text
    assert not [name for name in ORIGINALS if name in _dump(project)]
    with project.engine.connect() as conn:
        coded = conn.execute(select(codings.c.char_start, codings.c.char_end)).all()
    assert len(coded) == 1
    start, end = coded[0]
    assert text[start:end].startswith("Frau [PERSON_1] sagt") and text[start:end].endswith("ein.")
    assert key_entries(key)["[PERSON_2]"] == ["Brandhorst"]


def test_refi_archive_not_imported_whole_leaves_no_pseudonyms_or_key(project, run_cli, tmp_path):
    from refi_helpers import foreign_qdpx

    qdpx, key = foreign_qdpx(tmp_path), tmp_path / "k.json"
    refused = run_cli("import", qdpx, "--anonymize", "--key", key)
    assert refused.exit_code == 1 and "nothing imported" in refused.output
    assert counts(project) == (0, 0, 0) and not key.exists()
    partial = run_cli("import", qdpx, "--anonymize", "--key", key, "--allow-partial")
    assert partial.exit_code == 0, partial.output
    documents_, numbers, _aliases = counts(project)
    assert documents_ >= 1 and key.exists() and len(key_entries(key)) == numbers
