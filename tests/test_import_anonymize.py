"""``qda import --anonymize``: pseudonyms stored before anything is written, consistent across imports."""

from __future__ import annotations

import json
import stat

from sqlalchemy import select

from qda.store.schema import documents, pseudonyms

FIRST = "---\nid: X1\nsite: Bochum\nlevel: client\n---\n2.1 Frage?\n\nFrau Meier aus dem Team in Bremen-Nord ruft unter 0234 123456 an.\n"
SECOND = "---\nid: X2\nsite: Bochum\nlevel: client\n---\n2.1 Frage?\n\nAuch Frau Meier und Herr Wolf waren da.\n"


def test_pseudonyms_are_consistent_across_imports_and_originals_only_in_the_key(project, run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    key = tmp_path / "secure" / "key.json"
    key.parent.mkdir()
    assert run_cli("import", tmp_path / "a.txt", "--anonymize", "--key", key).exit_code == 0
    assert run_cli("import", tmp_path / "b.txt", "--anonymize", "--key", key).exit_code == 0
    with project.engine.connect() as conn:
        texts = dict(conn.execute(select(documents.c.doc_key, documents.c.text)).all())
        stored = conn.execute(select(pseudonyms.c.kind, pseudonyms.c.number).order_by(pseudonyms.c.kind)).all()
    assert "Frau [PERSON_1] aus dem Team in [ORT_1] ruft unter [TELEFON_1] an." in texts["X1"]
    assert "Auch Frau [PERSON_1] und Herr [PERSON_2] waren da." in texts["X2"]
    assert sorted(map(tuple, stored)) == [("ORT", 1), ("PERSON", 1), ("PERSON", 2), ("TELEFON", 1)]
    database = b"".join(path.read_bytes() for path in project.root.glob("qda.db*"))
    assert b"Meier" not in database and b"Bremen-Nord" not in database
    entries = json.loads(key.read_text(encoding="utf-8"))["pseudonyms"]
    assert entries["[PERSON_1]"]["originals"] == ["Meier"] and entries["[PERSON_2]"]["originals"] == ["Wolf"]
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE((project.root / "qda-pseudonym.secret").stat().st_mode) == 0o600


def test_key_without_anonymize_is_an_error(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    result = run_cli("import", tmp_path / "a.txt", "--key", tmp_path / "k.json")
    assert result.exit_code == 1 and "--key and --model go with --anonymize" in result.output
