"""Generated protocols with known codes, for the assist tests (mini codebook of conftest.py).

Each segment is built from sentences typical of one code, some without any keyword, so the rule
suggester alone cannot get everything and the learned one has something to learn.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import select

from qda.coding.api import store_coding
from qda.ingest import import_paths
from qda.store.schema import codes, segments

SENTENCES = {
    "interfaces/basisteam": [
        "Die Übergabe aus dem Basisteam läuft über einen Übergabebogen.",
        "Rücküberstellungen werden mit der Teamleitung der Bestandsteams abgestimmt.",
        "Die abgebenden Kolleginnen schicken oft unvollständige Vermerke mit.",
        "Strittige Fälle kommen in der gemeinsamen Runde beider Teamleitungen auf den Tisch.",
    ],
    "contact_density": [
        "Die Kunden werden monatlich zu einem persönlichen Gespräch eingeladen.",
        "Die Mindestkontaktdichte wird wegen Krankheitsausfällen nicht eingehalten.",
        "Zwischen den Terminen telefoniert die IFK mit den Kundinnen.",
        "Ein Termin dauert meist eine Stunde, manchmal neunzig Minuten.",
    ],
    "egv": [
        "Die EGV wird gemeinsam erarbeitet und regelmäßig fortgeschrieben.",
        "Die Eingliederungsvereinbarung ist meist ein Standardtext zur Unterschrift.",
        "Die Vereinbarung wird nach jedem Termin angepasst und unterschrieben.",
        "Die Pflichten der Kundin stehen schriftlich fest, Textbausteine helfen dabei.",
    ],
    None: [
        "Das Gespräch fand in den Räumen des Jobcenters statt.",
        "Die Befragte ist seit vier Jahren im Haus beschäftigt.",
        "Zum Ende des Interviews bedankt sich die Interviewerin.",
    ],
}
QUESTIONS = {"interfaces/basisteam": "4.2", "contact_density": "2.2", "egv": "2.2d", None: "1.1"}
SITES = ("Bochum", "Krefeld", "Aachen", "Bremen")


def write_protocols(folder: Path, documents: int = 8, seed: int = 1) -> dict[str, set[str]]:
    """Write ``documents`` protocols into ``folder``; return the gold codes per segment text."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    gold: dict[str, set[str]] = {}
    for number in range(documents):
        key = f"T{number:02d}-OP-IFK-W1"
        lines = ["---", f"id: {key}", f"site: {SITES[number % len(SITES)]}", "level: operational", "role: IFK",
                 "wave: 1", "---", ""]
        for index in range(8):
            code = list(SENTENCES)[index % len(SENTENCES)]
            sentences = [f"{sentence[:-1]}, so Fall {number}.{index}." for sentence in rng.sample(SENTENCES[code], 2)]
            text = f"Absatz {number}.{index}: " + " ".join(sentences)  # no sentence repeats: folds can split
            lines += [f"{QUESTIONS[code]} Leitfrage", "", text, ""]
            gold[text] = {code} if code else set()
        (folder / f"{key}.txt").write_text("\n".join(lines), encoding="utf-8")
    return gold


def code_gold(engine, gold: dict[str, set[str]], coder: str, documents: set[str] | None = None,
              done: bool = True) -> int:
    """Store the gold codes as ``coder``'s codings (optionally only in some documents), each coded
    document marked done (read to the end) unless ``done`` is False."""
    from qda.coding.seen import mark_document_done
    from qda.store.schema import documents as documents_table

    stored = 0
    with engine.begin() as conn:
        code_ids = dict(conn.execute(select(codes.c.path, codes.c.id)).all())
        query = select(segments, documents_table.c.doc_key).join(
            documents_table, documents_table.c.id == segments.c.document_id)
        for row in conn.execute(query).all():
            if documents is not None and row.doc_key not in documents:
                continue
            for code in gold.get(row.text, ()):
                store_coding(conn, row, code_ids[code], coder)
                stored += 1
        if done:
            for key in sorted(documents or set(conn.execute(select(documents_table.c.doc_key)).scalars())):
                mark_document_done(conn, key, coder)
    return stored


@pytest.fixture
def gold(project, tmp_path, mini_codebook, run_cli):
    """Eight generated protocols imported into ``project`` with the mini codebook; the gold codes."""
    truth = write_protocols(tmp_path / "generated", documents=8)
    import_paths(project.engine, [tmp_path / "generated"])
    assert run_cli("codebook", "load", mini_codebook).exit_code == 0
    return truth
