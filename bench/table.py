"""The README's benchmark table: every step a study runs, as a user runs it (``qda ...``, start-up
included), at 151, 2,000 and 5,000 protocols of ~4,000 words: wall and CPU time and peak memory
(medians of ``--runs``), and the peak's growth from the smallest to the largest size, as Markdown.

The projects are bench/corpus.py's (protocols imported for real, the study codebook, two coders at
~0.4 codings per segment each), built once under .qda-bench/projects/ (about 0.5 min at 2,000 and
1–2 min at 5,000 protocols on the 2-core machine). Each run measures every step in turn (runs
interleave, so a busy minute spreads over all steps rather than spoiling one): import into an
empty project, codebook load and code import into that project, then suggest, agreement,
disagreements, REFI export, code export, dump, restore into an empty database, matrix,
report all and the document list on the built project. Preparation (empty projects, the codings
file to import) runs in child processes, unmeasured, so this process stays small: Linux counts
the measuring process's size into a child's peak.

Run: python bench/table.py [--sizes 151,2000,5000] [--runs 3] [--steps import,matrix,...]
Run time (shared 2-core machine, load 4–5): one run of every step takes about 1 min at 151,
6 min at 2,000 and 15 min at 5,000 protocols (suggest is two thirds of it), so the default, 3 runs
at all three sizes, takes about 65 min plus building the projects the first time; the closing
line of a run says how long it took.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import BENCH, CODEBOOK, CODERS, bench_project, corpus_folder
from harness import Run, line, machine_line, run_call, run_cli, size_list, table


@dataclass(frozen=True)
class Place:
    """The folders one size's steps work on."""

    project: Path  # the built project (read by most steps)
    corpus: Path  # its protocols (what import reads)
    scratch: Path  # outputs, and the projects import and restore write into

    @property
    def imported(self) -> Path:
        return self.scratch / "imported"

    @property
    def restored(self) -> Path:
        return self.scratch / "restored"

    def out(self, name: str) -> Path:
        return self.scratch / name


@dataclass(frozen=True)
class Step:
    """``qda ARGS`` for a size's folders; ``prepare`` runs unmeasured, in a child, before each run."""

    args: Callable[[Place], list[str]]
    prepare: Callable[[Place], None] | None = None


def _on(project: Path, *args: str | Path) -> list[str]:
    return ["--project", str(project), *map(str, args)]


def _empty_project(folder: Path) -> None:
    from qda.project import init_project

    shutil.rmtree(folder, ignore_errors=True)
    init_project(folder).database.dispose()


def _fresh_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)


PAIR = ",".join(CODERS)
STEPS: dict[str, Step] = {  # in the order a run measures them: import, codebook and code import build on each other
    "import": Step(lambda p: _on(p.imported, "import", p.corpus), lambda p: _empty_project(p.imported)),
    "codebook load": Step(lambda p: _on(p.imported, "codebook", "load", CODEBOOK)),
    "code import": Step(lambda p: _on(p.imported, "code", "import", p.out("codings.csv"))),
    "suggest (csv)": Step(lambda p: _on(p.project, "suggest", "--format", "csv")),
    "agreement": Step(lambda p: _on(p.project, "agreement", "--coders", PAIR, "--format", "csv")),
    "disagreements": Step(lambda p: _on(p.project, "agreement", "disagreements", "--coders", PAIR, "--format", "csv")),
    "export refi": Step(lambda p: _on(p.project, "export", "refi", "--out", p.out("project.qdpx"))),
    "code export": Step(lambda p: _on(p.project, "code", "export", "--output", p.out("exported.csv"))),
    "db dump": Step(lambda p: _on(p.project, "db", "dump", p.out("dump.jsonl"))),
    "db restore": Step(lambda p: _on(p.restored, "db", "restore", p.out("dump.jsonl")),
                       lambda p: _empty_project(p.restored)),
    "matrix (csv)": Step(lambda p: _on(p.project, "matrix", "--format", "csv")),
    "matrix (xlsx)": Step(lambda p: _on(p.project, "matrix", "--format", "xlsx", "--out", p.out("matrix.xlsx"))),
    "report all": Step(lambda p: _on(p.project, "report", "all", "--out", p.out("reports")),
                       lambda p: _fresh_folder(p.out("reports"))),
    "docs": Step(lambda p: _on(p.project, "docs")),
}
NEEDS = {"codebook load": "import", "code import": "codebook load", "db restore": "db dump"}


def place(size: int, words: int) -> Place:
    """The size's project (built in a child the first time) and folders; the codings the code
    import step reads are exported once, unmeasured."""
    run_call(lambda: bench_project(size, words))
    found = Place(BENCH / "projects" / f"{size}x{words}", corpus_folder(size, words),
                  BENCH / "scratch" / "table" / f"{size}x{words}")
    found.scratch.mkdir(parents=True, exist_ok=True)
    if not found.out("codings.csv").exists():
        run_cli(_on(found.project, "code", "export", "--output", found.out("codings.csv")))
    return found


def measure_size(where: Place, chosen: list[str], runs: int) -> dict[str, list[Run]]:
    """Every chosen step ``runs`` times, all steps in each run."""
    measured: dict[str, list[Run]] = {name: [] for name in chosen}
    for _ in range(runs):
        for name in chosen:
            step = STEPS[name]
            if step.prepare:
                prepare = step.prepare
                run_call(lambda: prepare(where))
            measured[name].append(run_cli(step.args(where)))
    return measured


def chosen_steps(text: str, parser: argparse.ArgumentParser) -> list[str]:
    """The steps named, in run order, with the steps they build on."""
    named = {name.strip() for name in text.split(",") if name.strip()}
    unknown = named - set(STEPS)
    if unknown:
        parser.error(f"unknown step(s): {', '.join(sorted(unknown))} (use: {', '.join(STEPS)})")
    for name in list(named):
        while name in NEEDS:
            name = NEEDS[name]
            named.add(name)
    return [name for name in STEPS if name in named]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=size_list, default=[151, 2000, 5000], help="protocols (default 151,2000,5000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per step and size; the table shows medians")
    parser.add_argument("--words", type=int, default=4000, help="words per protocol")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"some of: {', '.join(STEPS)}")
    args = parser.parse_args()
    chosen = chosen_steps(args.steps, parser)
    started = time.perf_counter()
    print(f"before: {machine_line()}", flush=True)
    results: dict[str, dict[int, list[Run]]] = {f"qda {name}": {} for name in chosen}
    for size in args.sizes:
        where = place(size, args.words)
        print(f"{size:,} protocols x ~{args.words:,} words ({where.project})", flush=True)
        for name, runs in measure_size(where, chosen, args.runs).items():
            results[f"qda {name}"][size] = runs
            print(line(f"qda {name}", runs), flush=True)
    print()
    print(table(results, args.sizes))
    print(f"after: {machine_line()}; this run took {(time.perf_counter() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()
