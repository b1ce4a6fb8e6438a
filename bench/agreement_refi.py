"""Agreement, disagreements, REFI-QDA exchange, code export, dump/restore and the document list
on projects of real-size protocols: each step as a user runs it (``qda ...``, start-up included)
and as a library call, wall and CPU time, peak memory, medians of the runs.

The project per size (bench/corpus.py: protocols of ~4,000 words imported for real, the study
codebook, two coders with ~0.4 codings per segment each and ~80 % agreement) is built once under
.qda-bench/projects/. Issue 19's target: peak memory at 5,000 protocols within 1.5x of 151.
Run: python bench/agreement_refi.py [--sizes 151,2000,5000] [--runs 3] [--steps agreement,export-refi]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import BENCH, CODERS, bench_project  # noqa: E402
from harness import Run, line, machine_line, repeat, run_call, run_cli, size_list, table  # noqa: E402

from qda.project import init_project, open_project  # noqa: E402

SCRATCH = BENCH / "scratch"
PAIR = ",".join(CODERS)


@dataclass(frozen=True)
class Step:
    """A step as CLI arguments and as a library call on the project folder; ``prepare`` runs
    unmeasured before each run (e.g. an empty target project)."""

    cli: Callable[[Path], list[str]]
    call: Callable[[Path], object]
    prepare: Callable[[Path], None] | None = None


def _connected(folder: Path, action: Callable) -> object:
    project = open_project(folder)
    with project.engine.connect() as conn:
        return action(conn)


def _agreement(folder: Path) -> object:
    from qda.agreement import agreement_rows
    return _connected(folder, lambda conn: agreement_rows(conn, list(CODERS)))


def _disagreements(folder: Path) -> object:
    from qda.agreement import disagreement_rows
    return _connected(folder, lambda conn: disagreement_rows(conn, list(CODERS)))


def _export_refi(folder: Path) -> object:
    from qda.exchange.refi_export import export_refi
    return _connected(folder, lambda conn: export_refi(conn, SCRATCH / "lib.qdpx", "bench"))


def _import_refi(folder: Path) -> object:
    from qda.exchange.refi_import import import_refi
    return import_refi(open_project(SCRATCH / "target").engine, SCRATCH / "cli.qdpx")


def _code_export(folder: Path) -> object:
    from qda.coding.io import export_rows, write_codings

    def write(conn) -> None:
        with (SCRATCH / "lib-codings.csv").open("w", encoding="utf-8", newline="") as out:
            write_codings(export_rows(conn), "csv", out)
    return _connected(folder, write)


def _dump(folder: Path) -> object:
    from qda.store.dump import dump_file
    return dump_file(open_project(folder).engine, SCRATCH / "lib.jsonl")


def _restore(folder: Path) -> object:
    from qda.store.dump import restore_file
    return restore_file(open_project(SCRATCH / "target").engine, SCRATCH / "cli.jsonl")


def _docs(folder: Path) -> object:
    from qda.corpus import document_rows
    return _connected(folder, document_rows)


def _empty_target(_: Path) -> None:
    shutil.rmtree(SCRATCH / "target", ignore_errors=True)
    init_project(SCRATCH / "target").database.dispose()


def _empty_database(_: Path) -> None:
    _empty_target(_)
    for database in (SCRATCH / "target").glob("*.db"):
        database.unlink()


STEPS = {
    "agreement": Step(lambda p: ["agreement", "--coders", PAIR, "--format", "csv"], _agreement),
    "disagreements": Step(lambda p: ["agreement", "disagreements", "--coders", PAIR, "--format", "csv"],
                          _disagreements),
    "export-refi": Step(lambda p: ["export", "refi", "--out", str(SCRATCH / "cli.qdpx")], _export_refi),
    "import-refi": Step(lambda p: ["--project", str(SCRATCH / "target"), "import", str(SCRATCH / "cli.qdpx")],
                        _import_refi, _empty_target),
    "code-export": Step(lambda p: ["code", "export", "--output", str(SCRATCH / "cli-codings.csv")], _code_export),
    "db-dump": Step(lambda p: ["db", "dump", str(SCRATCH / "cli.jsonl")], _dump),
    "db-restore": Step(lambda p: ["--project", str(SCRATCH / "target"), "db", "restore", str(SCRATCH / "cli.jsonl")],
                       _restore, _empty_database),
    "docs (table)": Step(lambda p: ["docs"], _docs),
    "docs (csv)": Step(lambda p: ["docs", "--format", "csv"], _docs),
}


def measure(name: str, step: Step, folder: Path, runs: int) -> dict[str, list[Run]]:
    prepare = (lambda _: step.prepare(folder)) if step.prepare else None
    cli = repeat(lambda: run_cli(["--project", str(folder), *step.cli(folder)]), runs, prepare)
    call = repeat(lambda: run_call(lambda: step.call(folder)), runs, prepare)
    return {f"qda {name}": cli, f"{name} (library)": call}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=size_list, default=[151], help="protocols per project, e.g. 151,2000,5000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=4000)
    parser.add_argument("--steps", default=",".join(STEPS), help=f"some of: {', '.join(STEPS)}")
    args = parser.parse_args()
    chosen = [name.strip() for name in args.steps.split(",")]
    print(f"before: {machine_line()}", flush=True)
    SCRATCH.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[int, list[Run]]] = {}
    for size in args.sizes:
        folder = bench_project(size, args.words)
        print(f"{size:,} protocols x ~{args.words:,} words ({folder})", flush=True)
        for name in chosen:
            for label, runs in measure(name, STEPS[name], folder, args.runs).items():
                results.setdefault(label, {})[size] = runs
                print(line(label, runs), flush=True)
    print(table(results, args.sizes))
    print(f"after: {machine_line()}")


if __name__ == "__main__":
    main()
