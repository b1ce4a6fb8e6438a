"""The REFI export of a small, fixed project stays byte-identical: a reference written by the
export before it was made to stream (tests/data/refi/export-reference.qde) guards every element,
attribute and GUID, and the archive's members and order."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from sqlalchemy import update

from qda import __version__
from qda.codebook.store import resolve_code
from qda.coding.api import add_coding
from qda.coding.memos import add_memo, memo_target
from qda.exchange.refi_export import export_refi
from qda.exchange.refi_import import CODE_SETS
from qda.store.schema import codes, codings, documents, memos, settings

REFERENCE = Path(__file__).resolve().parent / "data" / "refi" / "export-reference.qde"
FIXED = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
PROTOCOLS = {
    "AA-ST-GF-W1": ("Aachen", "strategic", "GF", 1, "sets: Pilot; Leitung\nfeld: Nord\n",
                    ("2.1 Wie ist das Projekt organisiert?\n\nDie Übergabe aus dem Basisteam läuft reibungslos.\n\n"
                    "Die Kunden werden monatlich eingeladen, die EGV wird gemeinsam erarbeitet.\n")),
    "BO-OP-IFK-W2": ("Bochum", "operational", "IFK", 2, "sets: Pilot\n",
                     ("4.2 Wie läuft die Zusammenarbeit?\n\nDie Kontaktdichte wird nicht eingehalten.\n\n"
                     "Das Profiling ist gut.\n")),
    "KR-CL-ELB-W1": ("Krefeld", "client", "eLb", 1, "",
                     "I: Wie oft sehen Sie Ihre Ansprechpartnerin?\nB: Jeden Monat.\n"),
}


def fixed_project(project, tmp_path: Path, mini_codebook: Path, run_cli):
    """Three protocols, two coders, span and segment codings, a coding of a retired code, memos
    on everything, document and code sets; every time stamp fixed."""
    folder = tmp_path / "fixed"
    folder.mkdir()
    for key, (site, level, role, wave, extra, body) in PROTOCOLS.items():
        front = f"---\nid: {key}\nsite: {site}\nlevel: {level}\nrole: {role}\nwave: {wave}\n{extra}---\n"
        (folder / f"{key}.txt").write_text(front + body, encoding="utf-8")
    assert run_cli("import", folder).exit_code == 0
    assert run_cli("codebook", "load", mini_codebook).exit_code == 0
    with project.engine.begin() as conn:
        for coder in ("A", "B"):
            add_coding(conn, "AA-ST-GF-W1", 1, "interfaces/basisteam", coder, span=(42, 50))
            add_coding(conn, "BO-OP-IFK-W2", 1, "contact_density", coder)
        add_coding(conn, "AA-ST-GF-W1", 2, "egv", "A", memo="Gemeinsam erarbeitet")
        add_coding(conn, "AA-ST-GF-W1", 2, "contact_density", "B")
        add_coding(conn, "KR-CL-ELB-W1", 1, "contact_density", "B")
        add_coding(conn, "BO-OP-IFK-W2", 2, "interfaces", "A")
        add_memo(conn, memo_target(conn, "AA-ST-GF-W1", 1), "A", "Segment-Memo zur Übergabe")
        add_memo(conn, memo_target(conn, "KR-CL-ELB-W1", 2), "B", "Memo an einem Segment ohne Codierung")
        add_memo(conn, memo_target(conn, "KR-CL-ELB-W1"), "B", "Dokument-Memo")
        add_memo(conn, memo_target(conn, code="egv"), "A", "Code-Memo")
        add_memo(conn, memo_target(conn), "C", "Projekt-Memo")
        conn.execute(settings.insert().values(key=CODE_SETS, value=[
            {"name": "Kernthemen", "description": "Die wichtigsten Codes", "codes": ["egv", "contact_density"]}]))
        retired = resolve_code(conn, "interfaces").id
        conn.execute(update(codes).where(codes.c.id == retired).values(active=False))
        for table, column in ((documents, "imported_at"), (codings, "created_at"), (memos, "created_at")):
            conn.execute(update(table).values({column: FIXED}))
    return project


def test_export_of_a_fixed_project_matches_the_reference(project, tmp_path, mini_codebook, run_cli):
    fixed_project(project, tmp_path, mini_codebook, run_cli)
    out = tmp_path / "fixed.qdpx"
    with project.engine.connect() as conn:
        report = export_refi(conn, out, "Referenz")
    assert (report.documents, report.codings, report.skipped_codings, report.sets) == (3, 7, 1, 3)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        qde = archive.read("project.qde").decode("utf-8")
        texts = {name: archive.read(name).decode("utf-8") for name in names[1:]}
    assert names[0] == "project.qde" and names[1:] == sorted(names[1:]) and len(texts) == 3
    assert sorted(texts.values()) == sorted(body for *_, body in PROTOCOLS.values())
    assert qde.replace(f'origin="qda {__version__}"', 'origin="qda VERSION"') == REFERENCE.read_text(encoding="utf-8")
