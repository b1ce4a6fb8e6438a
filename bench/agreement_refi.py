"""Agreement, disagreements, REFI-QDA exchange, code export, dump/restore and the document list
on projects of real-size protocols: each step as a user runs it (``qda ...``, start-up included)
and as a library call, wall and CPU time, peak memory, medians of the runs.

The project per size (bench/corpus.py: protocols of ~4,000 words imported for real, the study
codebook, two coders with ~0.4 codings per segment each and ~80 % agreement) is built once under
.qda-bench/projects/. Issue 19's target: peak memory at 5,000 protocols within 1.5x of 151.
Run: python bench/agreement_refi.py [--sizes 151,2000,5000] [--runs 3] [--steps agreement,export-refi]
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import BENCH, CODERS, bench_project
from harness import Step, run_steps

from qda.project import init_project, open_project

SCRATCH = BENCH / "scratch"
TARGET = SCRATCH / "target"
PAIR = ",".join(CODERS)


def _connected(folder: Path, action: Callable) -> object:
    project = open_project(folder)
    with project.engine.connect() as conn:
        return action(conn)


def _agreement(folder: Path) -> object:
    from qda.agreement import agreement_rows
    return _connected(folder, lambda conn: agreement_rows(conn, list(CODERS)))


def _disagreements(folder: Path) -> object:
    from qda.agreement import disagreement_rows
    return _connected(folder, lambda conn: sum(1 for _ in disagreement_rows(conn, list(CODERS))))


def _export_refi(folder: Path) -> object:
    from qda.exchange.refi_export import export_refi
    return _connected(folder, lambda conn: export_refi(conn, SCRATCH / "lib.qdpx", "bench"))


def _import_refi(_: Path) -> object:
    from qda.exchange.refi_import import import_refi
    return import_refi(open_project(TARGET).engine, SCRATCH / "cli.qdpx")


def _code_export(folder: Path) -> object:
    from qda.coding.io import iter_export_rows, write_codings

    def write(conn) -> int:
        with (SCRATCH / "lib-codings.csv").open("w", encoding="utf-8", newline="") as out:
            return write_codings(iter_export_rows(conn), "csv", out)
    return _connected(folder, write)


def _dump(folder: Path) -> object:
    from qda.store.dump import dump_file
    return dump_file(open_project(folder).engine, SCRATCH / "lib.jsonl")


def _restore(_: Path) -> object:
    from qda.store.dump import restore_file
    return restore_file(open_project(TARGET).engine, SCRATCH / "cli.jsonl")


def _docs(folder: Path) -> object:
    from qda.corpus import document_rows
    return _connected(folder, document_rows)


def _empty_target() -> None:
    shutil.rmtree(TARGET, ignore_errors=True)
    init_project(TARGET).database.dispose()


def _on(folder: Path, *args: str) -> list[str]:
    return ["--project", str(folder), *args]


STEPS = {
    "agreement": Step(lambda p: _on(p, "agreement", "--coders", PAIR, "--format", "csv"), _agreement),
    "disagreements": Step(lambda p: _on(p, "agreement", "disagreements", "--coders", PAIR, "--format", "csv"),
                          _disagreements),
    "export-refi": Step(lambda p: _on(p, "export", "refi", "--out", str(SCRATCH / "cli.qdpx")), _export_refi),
    "import-refi": Step(lambda p: _on(TARGET, "import", str(SCRATCH / "cli.qdpx")), _import_refi, _empty_target),
    "code-export": Step(lambda p: _on(p, "code", "export", "--output", str(SCRATCH / "cli-codings.csv")),
                        _code_export),
    "db-dump": Step(lambda p: _on(p, "db", "dump", str(SCRATCH / "cli.jsonl")), _dump),
    "db-restore": Step(lambda p: _on(TARGET, "db", "restore", str(SCRATCH / "cli.jsonl")), _restore, _empty_target),
    "docs-table": Step(lambda p: _on(p, "docs"), _docs),
    "docs-csv": Step(lambda p: _on(p, "docs", "--format", "csv"), _docs),
}


def project_folder(size: int, words: int) -> Path:
    SCRATCH.mkdir(parents=True, exist_ok=True)
    return bench_project(size, words)


if __name__ == "__main__":
    run_steps(__doc__.splitlines()[0], STEPS, project_folder)
