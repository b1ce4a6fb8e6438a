"""Import stores exactly what it stored before its binary check and front matter parsing were
made faster: the reference (tests/data/ingest/reference.json) was written by the earlier code
for the sample corpus, generated protocols in every encoding the decoder knows, front matter
that uses YAML's corners, and files that must be refused (their one-line errors). One entry was
changed by hand: a tab after ``key:`` (``tab-after-colon.txt``), which PyYAML's pure-Python
scanner refused and libyaml, now parsing front matter, accepts as YAML allows.

Rewrite it (only when a result is meant to change) with ``python tests/test_ingest_reference.py``.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

from reference_helpers import TRANSCRIPTS
from sqlalchemy import select

REFERENCE = Path(__file__).resolve().parent / "data" / "ingest" / "reference.json"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

FRONT_MATTER = {  # name -> front matter block (between the --- lines)
    "anchors": "id: ANCHORS\nbase: &b {site: Bochum, level: operativ}\nextra: *b\nsite: Bochum\nwave: W2\n",
    "merge": "id: MERGE\n<<: {site: Köln, role: IFK}\nlevel: client\ndate: 01.02.2024\n",
    "types": "id: TYPES\nsite: Aachen\ncount: 12\nshare: 0.5\nflag: yes\nnothing: ~\nhuge: 123456789012345678901234\n"
             "when: 2024-02-30\nlist: [a, 'b', \"c\"]\n",
    "unicode": "id: UNICODE\nsite: \"Düsseldorf\"\nrole: TL-Projektteam  # Kommentar\nnotiz: |\n  zwei\n  Zeilen\n",
    "quoted": "id: QUOTED\nsite: 'Rhein-Sieg-Kreis'\nlevel: \"strategic\"\ninterviewer: >-\n  INT\n  07\n",
    "empty": "",
}
BAD = {  # name -> file content; each must be refused with the same message as before
    "unclosed.txt": b"---\nid: [unclosed\n---\nText\n",
    "undefined-alias.txt": b"---\nid: X\nsite: *nowhere\n---\nText\n",
    "duplicate-anchor.txt": b"---\nid: &a X\nsite: &a Y\n---\nText\n",
    "not-mapping.txt": b"---\n- a\n- b\n---\nText\n",
    "bad-indent.txt": b"---\nid: X\n  site: Y\n---\nText\n",
    "tab-indent.txt": b"---\nid: X\nsite:\n\t- a\n---\nText\n",
    "tab-after-colon.txt": b"---\nid: TAB\nsite:\tBremen\n---\nText\n",
    "binary.txt": bytes(range(256)) * 20,
    "controls.txt": ("Text \x01\x02\x03 mit Steuerzeichen\n" * 400).encode(),
    "nul-late.txt": ("Text\n" * 3000 + "\x00").encode(),
    "utf16-binary.txt": "\ufeffText\x00mehr".encode("utf-16-le"),
}


def write_inputs(folder: Path) -> list[Path]:
    """Protocols in every encoding and front matter style (the corpus generator's text)."""
    from corpus import protocol_text

    rng = random.Random(5)
    folder.mkdir(parents=True, exist_ok=True)
    for name, block in FRONT_MATTER.items():
        body = protocol_text(rng, 300)
        (folder / f"{name}.txt").write_text(f"---\n{block}---\n{body}", encoding="utf-8")
    body = "---\nid: ENC-{0}\nsite: Krefeld\n---\nÜbergabe an die Maßnahmeträger.\r\n\r\n" + protocol_text(rng, 200)
    (folder / "utf8-bom.txt").write_bytes(b"\xef\xbb\xbf" + body.format("BOM").encode("utf-8"))
    (folder / "cp1252.txt").write_bytes(body.format("CP").encode("cp1252"))
    (folder / "utf16.txt").write_bytes(body.format("U16").encode("utf-16"))
    (folder / "utf16-nobom.txt").write_bytes(body.format("U16LE").encode("utf-16-le"))
    (folder / "no-front.md").write_text("# 2.1 Frage\n\nI: Wie?\nB: So.\n\n" + protocol_text(rng, 200),
                                        encoding="utf-8")
    (folder / "few-controls.txt").write_text("---\nid: CTRL\n---\nText\x0b mit\x1f zwei.\n\n" + protocol_text(rng, 100),
                                             encoding="utf-8")
    return [folder, TRANSCRIPTS / "protocols"]


def stored(root: Path) -> dict[str, object]:
    """Every document and segment column that import writes (time stamps and ids left out)."""
    from qda.ingest import import_paths
    from qda.project import init_project
    from qda.store.schema import documents, segments

    project = init_project(root / "project")
    try:
        report = import_paths(project.engine, write_inputs(root / "inputs"))
        with project.engine.connect() as conn:
            rows = conn.execute(select(documents).order_by(documents.c.doc_key)).mappings().all()
            left_out = ("id", "imported_at", "source_path", "text")
            docs = [{**{key: value for key, value in row.items() if key not in left_out},
                     "text": hashlib.sha256(row["text"].encode("utf-8")).hexdigest()} for row in rows]
            parts = conn.execute(
                select(documents.c.doc_key, *[c for c in segments.c if c.name not in ("id", "document_id")])
                .join(documents, documents.c.id == segments.c.document_id)
                .order_by(documents.c.doc_key, segments.c.number)).all()
    finally:
        project.database.dispose()
    segment_text = json.dumps([list(row) for row in parts], ensure_ascii=False, default=str)
    return {
        "report": {"added": sorted(report.added), "failed": report.failed,
                   "warnings": sorted(warning.replace(str(root), "ROOT") for warning in report.warnings)},
        "documents": json.loads(json.dumps(docs, ensure_ascii=False, default=str)),
        "segments": {"count": len(parts), "sha256": hashlib.sha256(segment_text.encode("utf-8")).hexdigest()},
    }


def refusals(root: Path) -> dict[str, str]:
    """The one-line error for each bad file."""
    from qda.errors import QdaError
    from qda.ingest import import_paths
    from qda.project import init_project

    project = init_project(root / "refused")
    folder = root / "bad"
    folder.mkdir()
    messages = {}
    try:
        for name, content in BAD.items():
            (folder / name).write_bytes(content)
            try:
                import_paths(project.engine, [folder / name])
                messages[name] = "imported"
            except QdaError as error:
                messages[name] = str(error).replace(str(folder), "BAD")
    finally:
        project.database.dispose()
    return messages


def test_import_stores_what_it_stored_before(tmp_path):
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    found = stored(tmp_path)
    assert found["report"] == reference["stored"]["report"]
    assert len(found["documents"]) == len(reference["stored"]["documents"]) > 60
    for document, expected in zip(found["documents"], reference["stored"]["documents"]):
        assert document == expected, document["doc_key"]
    assert found["segments"] == reference["stored"]["segments"]


def test_bad_files_are_refused_with_the_same_messages(tmp_path):
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert refusals(tmp_path) == reference["refused"]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        written = {"stored": stored(Path(folder)), "refused": refusals(Path(folder))}
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE.write_text(json.dumps(written, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {REFERENCE}", file=sys.stderr)
