"""Benchmark: every site's case report (md, html, docx) and the matrices for a generated project
of 2,000 protocols over 16 sites with random codings by two coders. Target: under 10 s.

Run: python bench/reports.py [--protocols 2000] [--runs 3]
Prints the median (and every run) of ``write_all`` and of the matrix computation alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from qda.analysis import theme_matrices
from qda.codebook import load_codebook_file, load_codes, sync_codebook
from qda.project import init_project
from qda.report.build import write_all
from qda.store.schema import codings, documents, segments

ROOT = Path(__file__).resolve().parent.parent
SITES = ["Aachen", "Bochum", "Bremen", "Düsseldorf", "Hannover", "Krefeld", "Bremerhaven", "Dortmund", "Duisburg",
         "Gelsenkirchen", "Herne", "Köln", "Mettmann", "Oberhausen", "Rhein-Sieg-Kreis", "Viersen"]
LEVEL_ROLES = {"strategic": ["GF", "PL"], "operational": ["TL", "IFK", "AG"], "client": ["IFK", "eLb"]}
WORDS = ("Die Kontaktdichte wird nicht eingehalten", "Die Übergabe aus dem Basisteam läuft reibungslos",
         "Die EGV wird gemeinsam erarbeitet", "Kunden werden monatlich eingeladen", "Das Profiling ist gut")


def build_project(folder: Path, protocols: int, seed: int = 7):
    """A project with ``protocols`` documents of 20 segments, ~1.3 codes per segment and coder."""
    rng = random.Random(seed)
    project = init_project(folder)
    now = dt.datetime.now(dt.timezone.utc)
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(ROOT / "codebooks" / "ejo-implementation.yaml"))
        code_ids = [code.id for code in load_codes(conn)]
        doc_rows, segment_rows = [], []
        for number in range(protocols):
            level = rng.choice(list(LEVEL_ROLES))
            paragraphs = [f"{rng.choice(WORDS)} ({number}.{i})." for i in range(20)]
            text = "\n\n".join(paragraphs)
            doc_rows.append(dict(id=number + 1, doc_key=f"DOC-{number:05d}", sha256=f"{number:064d}", version=1,
                                 site=SITES[number % len(SITES)], level=level, role=rng.choice(LEVEL_ROLES[level]),
                                 wave=rng.choice([1, 2]), attributes={}, text=text, word_count=len(text.split()),
                                 imported_at=now))
            offset = 0
            for i, paragraph in enumerate(paragraphs):
                segment_rows.append(dict(document_id=number + 1, number=i + 1, char_start=offset,
                                         char_end=offset + len(paragraph), line_start=2 * i + 1, line_end=2 * i + 1,
                                         kind="paragraph", text=paragraph, text_hash=str(i)))
                offset += len(paragraph) + 2
        conn.execute(insert(documents), doc_rows)
        conn.execute(insert(segments), segment_rows)
        coding_rows = []
        for segment_id, segment in enumerate(segment_rows, start=1):
            chosen = rng.sample(code_ids, rng.choice([0, 1, 1, 2]))
            for coder in ("coder_a", "coder_b"):
                for code_id in chosen if rng.random() < 0.85 else chosen[:1]:
                    coding_rows.append(dict(segment_id=segment_id, code_id=code_id, coder=coder,
                                            char_start=segment["char_start"], char_end=segment["char_end"],
                                            origin=rng.choice(["manual", "manual", "suggested"]),
                                            key_quote=rng.random() < 0.02, created_at=now))
        conn.execute(insert(codings), coding_rows)
    return project, len(segment_rows), len(coding_rows)


def timed(function, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each run (CPU time shows the cost on a busy machine)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def figures(label: str, measured: tuple[list[float], list[float]]) -> str:
    wall, cpu = measured
    return (f"{label}: median {statistics.median(wall):.2f} s wall, {statistics.median(cpu):.2f} s CPU "
            f"(runs: {', '.join(f'{t:.2f}' for t in wall)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--protocols", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        project, n_segments, n_codings = build_project(Path(tmp) / "project", args.protocols)
        print(f"generated {args.protocols} protocols, {n_segments} segments, {n_codings} codings, "
              f"{len(SITES)} sites in {time.perf_counter() - start:.1f} s")
        with project.engine.connect() as conn:
            matrices = timed(lambda: theme_matrices(conn, "site", 1), args.runs)
            files = []
            reports = timed(lambda: files.append(write_all(conn, Path(tmp) / "out")), args.runs)
        print(figures("matrices (5 value kinds)", matrices))
        print(figures(f"all reports (md, html, docx) + matrices + heatmap, {len(files[-1])} files", reports)
              + "; target < 10 s")


if __name__ == "__main__":
    main()
