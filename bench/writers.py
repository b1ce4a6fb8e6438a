"""Codings per second with 1, 2 and 4 concurrent writer processes, on SQLite and PostgreSQL.

Each writer is ``tests/coding_worker.py --sequential`` with its own coder: every operation adds a
new coding in a transaction of its own, as a coder clicking through the workbench does (with the
segment and code looked up each time). Throughput = all codings / (last writer's end − first
writer's start). PostgreSQL is a throwaway local server with its default, durable settings
(fsync and synchronous commit on), and again with synchronous_commit=off for the database, which
is the durability SQLite has here (WAL mode, synchronous=NORMAL: a power cut may lose the last
commits, a crashed process loses nothing). The projects hold 12 protocols of ~4,000 words (the
size of a real protocol); the load average before and after shows how busy the machine was.
Run: python bench/writers.py --ops 400 --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from conftest import MINI_CODEBOOK
from corpus import write_corpus
from harness import machine_line
from pg_server import TEMPLATE, PgServer

from qda.codebook import load_codebook_file, sync_codebook
from qda.ingest import import_paths
from qda.project import init_project

WORKER = Path(__file__).parent.parent / "tests" / "coding_worker.py"


def make_project(folder: Path, corpus: list[Path], codebook: Path, url: str | None):
    project = init_project(folder, database_url=url)
    import_paths(project.engine, corpus)
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(codebook))
    project.database.dispose()
    return project


def codings_per_second(project, writers: int, ops: int) -> float:
    processes = [subprocess.Popen(
        [sys.executable, str(WORKER), str(project.root), f"writer{index}", "0", str(ops), "0", "--sequential"],
        stdout=subprocess.PIPE, text=True) for index in range(writers)]
    spans = []
    for process in processes:
        output, _ = process.communicate(timeout=600)
        if process.returncode:
            raise SystemExit(f"a writer failed:\n{output[-2000:]}")
        _, count, start, end = output.splitlines()[-1].split()
        spans.append((int(count), float(start), float(end)))
    total = sum(count for count, _, _ in spans)
    return total / (max(end for _, _, end in spans) - min(start for _, start, _ in spans))


def new_database(server: PgServer, durable: bool) -> str:
    name = server.create_database(TEMPLATE)
    if not durable:
        server.admin(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    return server.url(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=400, help="codings per writer")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--writers", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    print(f"before: {machine_line()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus", documents=12, words=4000)
        codebook = work / "mini.yaml"
        codebook.write_text(MINI_CODEBOOK, encoding="utf-8")
        server = PgServer(durable=True)
        try:
            server.make_project_template()
            engines = {"sqlite": lambda: None, "postgresql": lambda: new_database(server, durable=True),
                       "postgresql-async": lambda: new_database(server, durable=False)}
            print(f"{'engine':<16} {'writers':>7} {'codings/s (median)':>19}  runs")
            for engine, new_url in engines.items():
                for writers in args.writers:
                    rates = []
                    for run in range(args.runs):
                        folder = work / f"{engine}-{writers}-{run}"
                        rates.append(codings_per_second(make_project(folder, corpus, codebook, new_url()),
                                                        writers, args.ops))
                    print(f"{engine:<16} {writers:>7} {statistics.median(rates):>19.0f}  "
                          + " ".join(f"{rate:.0f}" for rate in rates), flush=True)
        finally:
            server.stop()
    print(f"after: {machine_line()}")


if __name__ == "__main__":
    main()
