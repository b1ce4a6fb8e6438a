"""Synthetic protocol corpora for benchmarks: German-like protocols of a given size, on disk.

Shared by the benchmarks so that each measures its own stage on the same kind of input.
"""

from __future__ import annotations

import random
from pathlib import Path

from harness import run_call

SITES = ["Aachen", "Bochum", "Bremen", "Düsseldorf", "Hannover", "Krefeld", "Bremerhaven", "Dortmund",
         "Duisburg", "Gelsenkirchen", "Herne", "Köln", "Mettmann", "Oberhausen", "Rhein-Sieg-Kreis", "Viersen"]
LEVEL_ROLES = {"strategic": ["GF", "PL"], "operational": ["TL-Projektteam", "IFK", "TL-Basisteam", "AG"],
               "client": ["IFK", "eLb"]}
QUESTIONS = ["1.3a", "2.1", "2.2", "2.2a", "2.2b", "2.2d", "2.2x", "3.1", "4.1", "4.2", "4.2a", "X.2"]
WORDS = (
    "Die IFK berichtet dass Kundinnen und Kunden monatlich zu einem persönlichen Gespräch eingeladen "
    "werden Kontaktdichte Eingliederungsvereinbarung EGV Basisteam Projektteam Übergabe Leistungsabteilung "
    "Arbeitgeberservice Profiling Zielberuf Stärken Schwächen Vermittlungsvorschlag Maßnahme Bewerbung "
    "Betreuungsschlüssel Zusammenarbeit Schnittstelle Austausch Teamleitung wöchentlich telefonisch "
    "individuell gemeinsam erarbeitet unterschrieben Standardtext Vorgabe eingehalten nicht immer"
).split()


def protocol_text(rng: random.Random, words: int) -> str:
    """A protocol body of about ``words`` words: question headings and answer paragraphs."""
    parts, written = [], 0
    while written < words:
        question = rng.choice(QUESTIONS)
        parts.append(f"{question} Wie gestaltet sich dieser Bereich in Ihrem Jobcenter?")
        for _ in range(rng.randint(1, 3)):
            length = rng.randint(40, 120)
            sentence = " ".join(rng.choice(WORDS) for _ in range(length))
            parts.append(sentence[0].upper() + sentence[1:] + ".")
            written += length
    return "\n\n".join(parts) + "\n"


def write_corpus(folder: Path, documents: int, words: int, seed: int = 7) -> list[Path]:
    """Write ``documents`` protocols of ~``words`` words into ``folder``; return their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(documents):
        site = SITES[number % len(SITES)]
        level = rng.choice(list(LEVEL_ROLES))
        role = rng.choice(LEVEL_ROLES[level])
        wave = rng.choice([1, 2])
        key = f"D{number:05d}"
        front = (f"---\nid: {key}\nsite: {site}\nlevel: {level}\nrole: {role}\nwave: {wave}\n"
                 f"date: 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n"
                 f"interviewer: INT-{rng.randint(1, 5):02d}\n---\n")
        path = folder / f"{key}.txt"
        path.write_text(front + protocol_text(rng, words), encoding="utf-8")
        paths.append(path)
    return paths


ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / ".qda-bench"
CODEBOOK = ROOT / "codebooks" / "ejo-implementation.yaml"
CODERS = ("coder_a", "coder_b")
CODING_RATE = 0.4  # codings per segment and coder, as in the study
AGREEMENT = 0.8  # share of coder_a's codings that coder_b gives too


def corpus_folder(documents: int, words: int = 4000) -> Path:
    """The protocols of one size under .qda-bench/corpora/, written once."""
    folder = BENCH / "corpora" / f"{documents}x{words}"
    if not (folder / f"D{documents - 1:05d}.txt").exists():
        write_corpus(folder, documents, words)
    return folder


def bench_project(documents: int, words: int = 4000) -> Path:
    """A project of real-size protocols imported for real, the study codebook loaded and two
    coders' codings; built once under .qda-bench/projects/ (delete the folder to rebuild) and
    upgraded to the current schema when reused."""
    from qda.codebook import load_codebook_file, sync_codebook
    from qda.ingest import import_paths
    from qda.project import init_project

    folder = BENCH / "projects" / f"{documents}x{words}"
    done = folder / "complete"
    if done.exists():
        from qda.project import open_project
        from qda.store.migrate import upgrade

        project = open_project(folder)  # a project built by an older qda is brought to its schema
        upgrade(project.database)
        project.database.dispose()
        return folder
    import shutil

    shutil.rmtree(folder, ignore_errors=True)

    def build() -> None:
        project = init_project(folder)
        import_paths(project.engine, [corpus_folder(documents, words)])
        with project.engine.begin() as conn:
            sync_codebook(conn, load_codebook_file(CODEBOOK))
            add_codings(conn)
        project.database.dispose()

    run_call(build)  # in a child: the measuring process's own peak memory is a floor under every child's
    done.touch()
    return folder


def add_codings(conn, seed: int = 11) -> int:
    """Two coders' codings of the codebook's leaf codes: ``CODING_RATE`` per segment for coder_a,
    ``AGREEMENT`` of them shared by coder_b, who adds codings of his own to match the rate; one in
    five covers the segment's first half only. Returns the number of codings."""
    import datetime as dt

    from sqlalchemy import insert, select

    from qda.codebook import load_codes
    from qda.store.schema import codings, segments

    rng = random.Random(seed)
    codes = load_codes(conn)
    parents = {code.parent_id for code in codes}
    leaves = [code.id for code in codes if code.id not in parents]
    now = dt.datetime(2024, 6, 1, 9, 0, tzinfo=dt.UTC)
    batch: list[dict] = []
    total = 0
    rows = conn.execute(select(segments.c.id, segments.c.char_start, segments.c.char_end).order_by(segments.c.id)).all()
    for segment_id, start, end in rows:
        if rng.random() >= CODING_RATE:
            continue
        span = (start, end) if rng.random() < 0.8 else (start, start + max(1, (end - start) // 2))
        code_a = rng.choice(leaves)
        code_b = code_a if rng.random() < AGREEMENT else rng.choice(leaves)
        for coder, code_id in zip(CODERS, (code_a, code_b)):
            batch.append({"segment_id": segment_id, "code_id": code_id, "coder": coder, "char_start": span[0],
                          "char_end": span[1], "origin": "manual", "key_quote": False, "created_at": now})
        if len(batch) >= 5000:
            conn.execute(insert(codings), batch)
            total += len(batch)
            batch = []
    if batch:
        conn.execute(insert(codings), batch)
        total += len(batch)
    return total
