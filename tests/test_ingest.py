"""Import of protocol files: formats, encodings, metadata precedence, versions, bad input."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select, text

from qda.coding.api import add_coding, list_codings
from qda.errors import QdaError
from qda.ingest import import_paths
from qda.store.schema import document_versions, documents, orphaned_codings, segments

FRONT = "---\nid: {id}\nsite: Bochum\nlevel: operational\nrole: IFK\nwave: 1\n---\n"
BODY = ("2.2d Wie verändern sich Rolle und Inhalte der EGV?\n\n"
        "Die EGV wird gemeinsam erarbeitet und monatlich überprüft.\n\n"
        "Die Übergabe aus dem Basisteam läuft reibungslos.\n")


def write(path: Path, content: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(content.encode(encoding))
    return path


def count(project, table) -> int:
    with project.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def stored(project, key: str):
    with project.engine.connect() as conn:
        return conn.execute(select(documents).where(documents.c.doc_key == key)).one()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_text_encodings_are_detected(project, tmp_path, encoding):
    path = write(tmp_path / "p.txt", FRONT.format(id="P1") + BODY, encoding)
    import_paths(project.engine, [path])
    document = stored(project, "P1")
    assert "Übergabe" in document.text and "\ufeff" not in document.text
    assert (document.site, document.level, document.role, document.wave) == ("Bochum", "operational", "IFK", 1)
    assert count(project, segments) == 2


def test_docx_with_metadata_table_and_custom_properties(project, tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (key, value) in zip(table.rows, [("id", "HA-CL-ELB-W2"), ("site", "Hannover"), ("level", "Kunden")]):
        row.cells[0].text, row.cells[1].text = key, value
    document.add_paragraph("2.1 Seit wann sind Sie Kunde des Jobcenters?")
    document.add_paragraph("Die Kundin ist seit zwei Jahren im Leistungsbezug.")
    document.add_paragraph("")
    document.add_paragraph("Sie wird monatlich eingeladen.")
    path = tmp_path / "protokoll.docx"
    document.save(path)
    import_paths(project.engine, [path], defaults={"wave": 2, "site": "Bremen"})
    stored_doc = stored(project, "HA-CL-ELB-W2")
    assert (stored_doc.site, stored_doc.level, stored_doc.wave) == ("Hannover", "client", 2)
    with project.engine.connect() as conn:
        rows = conn.execute(select(segments.c.text, segments.c.question).order_by(segments.c.number)).all()
    assert [tuple(r) for r in rows] == [
        ("Die Kundin ist seit zwei Jahren im Leistungsbezug.", "2.1"), ("Sie wird monatlich eingeladen.", "2.1")]


def test_odt_and_rtf(project, tmp_path):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        '<text:h>4.1 Zusammenarbeit mit der Leistungsabteilung</text:h>'
        '<text:p>Die Leistungssachbearbeitung sitzt auf demselben Flur.</text:p>'
        '</office:text></office:body></office:document-content>')
    odt = tmp_path / "KR-OP-TL-W1.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    rtf = tmp_path / "KR-OP-AG-W1.rtf"
    rtf.write_text(r"{\rtf1\ansi 3.1 Welche Bedeutung haben Ma\'dfnahmen?\par\par "
                   r"Ma\'dfnahmen werden selten genutzt.\par}", encoding="ascii")
    report = import_paths(project.engine, [odt, rtf], defaults={"site": "Krefeld"})
    assert sorted(report.added) == ["KR-OP-AG-W1", "KR-OP-TL-W1"]
    assert "Leistungssachbearbeitung sitzt" in stored(project, "KR-OP-TL-W1").text
    assert "Maßnahmen werden selten genutzt." in stored(project, "KR-OP-AG-W1").text


def test_metadata_precedence_file_then_sidecar_then_options(project, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "a.txt", "---\nid: A\nsite: Aachen\n---\n" + BODY)
    write(folder / "b.txt", BODY)
    sidecar = write(tmp_path / "meta.csv", "file,site,level,wave\na.txt,Bremen,client,2\nb.txt,Bremen,client,2\n")
    report = import_paths(project.engine, [folder], defaults={"site": "Köln", "level": "strategic", "role": "GF"},
                          sidecar=sidecar)
    a, b = stored(project, "A"), stored(project, "b")
    assert (a.site, a.level, a.wave, a.role) == ("Aachen", "client", 2, "GF")
    assert (b.site, b.level, b.wave, b.role) == ("Bremen", "client", 2, "GF")
    assert any("site 'Aachen' kept" in warning for warning in report.warnings)


def test_reimport_unchanged_is_noop_and_changed_file_is_new_version(loaded_project, protocol_dir):
    project = loaded_project
    path = protocol_dir / "BO-OP-IFK-W1.txt"
    with project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 2, "contact_density", "anna")
        add_coding(conn, "BO-OP-IFK-W1", 3, "egv", "anna")
        add_coding(conn, "BO-OP-IFK-W1", 1, "contact_density", "anna")
    assert import_paths(project.engine, [protocol_dir]).unchanged == ["BO-OP-IFK-W1", "KR-CL-ELB-W1", "KR-OP-IFK-W1"]
    original = path.read_text(encoding="utf-8")
    changed = original.replace("2.2 Wie erfolgt", "Vorbemerkung: Gespräch im Besprechungsraum.\n\n2.2 Wie erfolgt")
    changed = changed.replace("nur alle drei Monate", "nur alle drei bis vier Monate")
    path.write_text(changed, encoding="utf-8")
    report = import_paths(project.engine, [path])
    assert report.updated == ["BO-OP-IFK-W1"] and report.codings_carried == 2
    assert [(o["code"], o["coder"]) for o in report.orphaned] == [("contact_density", "anna")]
    with project.engine.connect() as conn:
        kept = list_codings(conn, document="BO-OP-IFK-W1")
        assert conn.execute(select(func.count()).select_from(document_versions)).scalar() == 1
        orphan = conn.execute(select(orphaned_codings)).one()
    assert [(c["segment"], c["code"], c["text"]) for c in kept] == [
        (3, "contact_density", "Die Kontaktdichte wird wegen Krankheitsausfällen nicht eingehalten."),
        (4, "egv", "Die EGV ist meist ein Standardtext, der zur Unterschrift vorgelegt wird.")]
    assert orphan.quote.startswith("Die IFK berichtet, dass die Kunden nur alle drei Monate")
    assert stored(project, "BO-OP-IFK-W1").version == 2


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n", "no text in file"),
    ("binary.txt", bytes(range(256)) * 20, "binary"),
    ("bad.docx", b"PK\x03\x04 this is not really a zip", "not a valid .docx"),
    ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
    ("level.txt", FRONT.replace("operational", "tactical").format(id="L").encode() + BODY.encode(),
     "level.txt:4: unknown level 'tactical'"),
    ("yaml.txt", b"---\nid: [unclosed\n---\nText\n", "invalid front matter"),
])
def test_bad_files_give_one_line_errors_and_write_nothing(project, tmp_path, name, content, message):
    good = write(tmp_path / "good.txt", FRONT.format(id="GOOD") + BODY)
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(QdaError) as raised:
        import_paths(project.engine, [good, bad])
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert name in str(raised.value)
    assert count(project, documents) == 0 and count(project, segments) == 0


def test_huge_file_is_refused_by_size_before_reading(project, tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(QdaError, match=r"huge.txt: file too large \(104.9 MB > 20.0 MB limit"):
        import_paths(project.engine, [huge])


def test_duplicate_document_ids_in_one_import(project, tmp_path):
    write(tmp_path / "one.txt", FRONT.format(id="SAME") + BODY)
    write(tmp_path / "two.txt", FRONT.format(id="SAME") + BODY)
    with pytest.raises(QdaError, match=r"two.txt: duplicate document id 'SAME' \(also in .*one.txt\)"):
        import_paths(project.engine, [tmp_path / "one.txt", tmp_path / "two.txt"])
    assert count(project, documents) == 0


def test_skip_errors_imports_the_good_files(project, tmp_path):
    write(tmp_path / "good.txt", FRONT.format(id="GOOD") + BODY)
    (tmp_path / "empty.txt").write_bytes(b"")
    report = import_paths(project.engine, [tmp_path], skip_errors=True)
    assert report.added == ["GOOD"] and len(report.failed) == 1 and "empty.txt: empty file" in report.failed[0]


KILLED_IMPORT = """
import sys
from pathlib import Path
from qda.project import open_project
from qda.ingest import import_paths
def progress(path):
    print(path.name, flush=True)
import_paths(open_project(sys.argv[1]).engine, [Path(sys.argv[2])], progress=progress)
"""


def test_import_killed_midway_leaves_project_consistent_and_rerun_finishes(project, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(400):
        write(folder / f"d{number:03d}.txt", FRONT.format(id=f"D{number:03d}") + BODY * 30)
    child = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(project.root), str(folder)],
                             stdout=subprocess.PIPE, text=True)
    for _ in range(150):
        child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    if project.database.dialect.name == "sqlite":  # PostgreSQL has no file to corrupt
        with project.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert count(project, documents) in (0, 400)
    report = import_paths(project.engine, [folder])
    assert len(report.added) + len(report.unchanged) == 400
    assert count(project, documents) == 400 and count(project, segments) == 400 * 60
