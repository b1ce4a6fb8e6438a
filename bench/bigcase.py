"""The big case (issue 19, item 7): a 20,000-protocol project on PostgreSQL, the team setup.

A throwaway local PostgreSQL server (tests/pg_server.py, Debian's postgresql) holds the project.
Each step runs once as a user runs it (``qda ...``, start-up included): import of protocols of
~4,000 words (bench/corpus.py), codebook load, then, after two coders' codings are added in bulk
(unmeasured, as in the other benchmarks), suggest, the theme matrix, agreement, disagreements, REFI export
and one site's report. Printed: wall and CPU time and the client's peak memory (the server's
memory is PostgreSQL's own), with the load average before and after.
Run: python bench/bigcase.py [--documents 20000] [--words 4000]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from corpus import BENCH, CODEBOOK, CODERS, SITES, add_codings, corpus_folder
from harness import line, machine_line, run_call, run_cli
from pg_server import PgServer

from qda.project import open_project


def _add_codings(folder: Path) -> None:
    project = open_project(folder)
    with project.engine.begin() as conn:
        print(f"(codings added: {add_codings(conn):,})", flush=True)
    project.database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--words", type=int, default=4000)
    args = parser.parse_args()
    print(f"before: {machine_line()}", flush=True)
    corpus = corpus_folder(args.documents, args.words)
    folder = BENCH / "bigcase"
    shutil.rmtree(folder, ignore_errors=True)
    server = PgServer()
    try:
        database = server.create_database()
        run_cli(["init", str(folder), "--database", server.url(database)])
        where = ["--project", str(folder)]
        out = BENCH / "scratch" / "bigcase"
        out.mkdir(parents=True, exist_ok=True)
        print(f"{args.documents:,} protocols x ~{args.words:,} words on PostgreSQL", flush=True)
        print(line("qda import", [run_cli([*where, "import", str(corpus)])]), flush=True)
        print(line("qda codebook load", [run_cli([*where, "codebook", "load", str(CODEBOOK)])]), flush=True)
        run_call(lambda: _add_codings(folder))  # in a child, so this process stays small (see harness.py)
        pair = ",".join(CODERS)
        steps = {
            "qda suggest (csv)": ["suggest", "--format", "csv"],
            "qda matrix (csv)": ["matrix", "--format", "csv"],
            "qda agreement": ["agreement", "--coders", pair, "--format", "csv"],
            "qda agreement disagreements": ["agreement", "disagreements", "--coders", pair, "--format", "csv"],
            "qda export refi": ["export", "refi", "--out", str(out / "big.qdpx")],
            f"qda report site {SITES[0]} (docx)": ["report", "site", SITES[0], "--format", "docx",
                                                   "--out", str(out / "site.docx")],
        }
        for label, command in steps.items():
            print(line(label, [run_cli([*where, *command])]), flush=True)
    finally:
        server.stop()
    print(f"after: {machine_line()}")


if __name__ == "__main__":
    main()
