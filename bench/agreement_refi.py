"""Agreement and REFI-QDA exchange on a study-sized project: medians of several runs.

A synthetic corpus (bench/corpus.py) is imported, the mini codebook's four codes are given by
two coders to ~30 % of segments with ~80 % agreement, then each step is timed.
Run: python bench/agreement_refi.py --documents 151 --words 4000 --runs 3
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from conftest import MINI_CODEBOOK  # noqa: E402
from corpus import write_corpus  # noqa: E402
from sqlalchemy import select  # noqa: E402

from qda.agreement import agreement_rows, disagreement_segment_ids  # noqa: E402
from qda.codebook import load_codebook_file, load_codes, sync_codebook  # noqa: E402
from qda.coding.api import store_coding  # noqa: E402
from qda.exchange.refi_export import export_refi  # noqa: E402
from qda.exchange.refi_import import import_refi  # noqa: E402
from qda.ingest import import_paths  # noqa: E402
from qda.project import init_project  # noqa: E402
from qda.store.schema import segments  # noqa: E402


def build(work: Path, documents: int, words: int):
    project = init_project(work / "project")
    import_paths(project.engine, write_corpus(work / "corpus", documents, words))
    (work / "mini.yaml").write_text(MINI_CODEBOOK, encoding="utf-8")
    rng = random.Random(3)
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(work / "mini.yaml"))
        code_ids = [code.id for code in load_codes(conn)]
        for segment in conn.execute(select(segments)).all():
            for code_id in code_ids:
                first = rng.random() < 0.3
                for index, coder in enumerate(("coder_a", "coder_b")):
                    if (first if index == 0 or rng.random() < 0.8 else not first):
                        store_coding(conn, segment, code_id, coder)
    return project


def timed(step) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=151)
    parser.add_argument("--words", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        project = build(work, args.documents, args.words)
        with project.engine.connect() as conn:
            rows = agreement_rows(conn, ["coder_a", "coder_b"])
        print(f"{args.documents} documents x ~{args.words} words, {rows[-1]['units'] // 4} segments, "
              f"overall kappa {rows[-1]['cohen_kappa']}")
        steps = {
            "agreement (segment units)": lambda: _with(project, lambda c: agreement_rows(c, ["coder_a", "coder_b"])),
            "agreement (sentence units)": lambda: _with(project, lambda c: agreement_rows(
                c, ["coder_a", "coder_b"], unit="sentence")),
            "disagreement queue": lambda: _with(project, lambda c: disagreement_segment_ids(c, ["coder_a", "coder_b"])),
            "export refi": lambda: _with(project, lambda c: export_refi(c, work / "out.qdpx", "bench")),
        }
        for name, step in steps.items():
            print(f"{name:28s} median {statistics.median(timed(step) for _ in range(args.runs)):.2f} s")
        runs = []
        for run in range(args.runs):
            fresh = init_project(work / f"fresh{run}")
            runs.append(timed(lambda: import_refi(fresh.engine, work / "out.qdpx")))
        size = (work / "out.qdpx").stat().st_size / 1e6
        print(f"{'import refi':28s} median {statistics.median(runs):.2f} s ({size:.1f} MB .qdpx)")


def _with(project, action):
    with project.engine.connect() as conn:
        return action(conn)


if __name__ == "__main__":
    main()
