"""How every benchmark measures: wall and CPU time, peak memory, load average, medians of runs.

A step is measured in a process of its own, so its peak resident memory is its own and CPU time
(user + system, from ``wait4``) shows its cost even when the machine is busy: a wall time far above
the CPU time on a single-threaded step means the machine was loaded, and the load average printed
before and after says by how much. ``run_cli`` runs ``qda`` as a user does (start-up included);
``run_call`` runs a library call in a forked child.

Linux reports a child's peak memory as at least the measuring process's own peak (the address
space a child starts from counts, even across ``exec``), so a benchmark keeps heavy work, such
as building its project, out of its own process: it runs that in a child too.
"""

from __future__ import annotations

import argparse
import compileall
import functools
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One measured run of a step."""

    wall: float
    cpu: float
    peak_mb: float


def machine_line() -> str:
    """Cores and load average, printed at the start and end of every benchmark."""
    one, five, fifteen = os.getloadavg()
    return f"{os.cpu_count()} cores, load average {one:.2f} {five:.2f} {fifteen:.2f}"


def qda_command() -> list[str]:
    """The ``qda`` console script beside this Python, or the module as a fallback."""
    script = Path(sys.executable).with_name("qda")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from qda.cli.main import main; main()"]


def run_process(command: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``command``; fail loudly (with its error output) if it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(list(command), cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    error = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"benchmark step failed ({' '.join(command)}):\n{error.decode(errors='replace')}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def run_cli(args: Sequence[str], cwd: Path | None = None) -> Run:
    """``qda ARGS`` as a user runs it: from an installation with its bytecode compiled (pip
    compiles what it installs; a checkout's own modules are compiled here once), whatever
    ``PYTHONDONTWRITEBYTECODE`` the shell that runs the benchmark sets."""
    return run_process([*qda_command(), *args], cwd=cwd, env=_installed())


def run_script(code: str, args: Sequence[str] = (), cwd: Path | None = None) -> Run:
    """A Python script using qda's library face, in a process of its own as a user runs it
    (start-up included), bytecode compiled as for :func:`run_cli`."""
    return run_process([sys.executable, "-c", code, *args], cwd=cwd, env=_installed())


def _installed() -> dict[str, str]:
    _compile_checkout()
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


@functools.cache
def _compile_checkout() -> None:
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "qda", quiet=1)


def run_call(function: Callable[[], object]) -> Run:
    """``function()`` in a forked child (its memory starts as this process's, copy-on-write)."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            function()
        except BaseException as error:  # noqa: BLE001 (reported by the parent through the exit code)
            print(f"benchmark step failed: {error!r}", file=sys.stderr)
            code = 1
        os._exit(code)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("benchmark step failed (see above)")
    return Run(time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def repeat(step: Callable[[], Run], runs: int, prepare: Callable[[int], None] | None = None) -> list[Run]:
    """``runs`` measurements of ``step``; ``prepare(i)`` runs unmeasured before each one."""
    results = []
    for index in range(runs):
        if prepare:
            prepare(index)
        results.append(step())
    return results


def median(runs: Sequence[Run]) -> Run:
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               statistics.median(r.peak_mb for r in runs))


def line(label: str, runs: Sequence[Run]) -> str:
    """``label  wall X s  cpu Y s  peak Z MB  (median of N)``."""
    m = median(runs)
    return (f"{label:34s} wall {m.wall:7.2f} s  cpu {m.cpu:7.2f} s  peak {m.peak_mb:7.0f} MB"
            f"  (median of {len(runs)})")


def corpus_parser(description: str, documents: int = 151, runs: int = 3) -> argparse.ArgumentParser:
    """The options of a benchmark on one generated corpus: ``--documents``, ``--words``, ``--runs``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--documents", type=int, default=documents)
    parser.add_argument("--words", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=runs)
    return parser


def size_list(text: str) -> list[int]:
    """``--sizes 151,2000,5000`` into numbers of protocols."""
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def table(results: dict[str, dict[int, list[Run]]], sizes: Sequence[int]) -> str:
    """A Markdown table: one row per step, one column per size, ``wall s / CPU s / peak MB``
    (medians), and the peak's growth from the smallest to the largest size."""
    header = "| step | " + " | ".join(f"{size:,}" for size in sizes) + " | peak ratio |"
    rows = [header, "|---" * (len(sizes) + 2) + "|"]
    for step, by_size in results.items():
        cells, peaks = [], []
        for size in sizes:
            if size in by_size:
                m = median(by_size[size])
                cells.append(f"{m.wall:.2f} / {m.cpu:.2f} / {m.peak_mb:.0f}")
                peaks.append(m.peak_mb)
            else:
                cells.append("–")
        ratio = f"{peaks[-1] / peaks[0]:.2f}" if len(peaks) > 1 else "–"
        rows.append(f"| {step} | " + " | ".join(cells) + f" | {ratio} |")
    return "\n".join(rows) + "\n(wall s / CPU s / peak MB, medians)"


@dataclass(frozen=True)
class Step:
    """A step on a folder of one size (a project, or a corpus to import): its ``qda`` arguments
    and its library call; ``prepare`` runs unmeasured before each run (e.g. an empty target)."""

    cli: Callable[[Path], list[str]]
    call: Callable[[Path], object]
    prepare: Callable[[], None] | None = None


def measure(name: str, step: Step, folder: Path, runs: int, library: bool = True) -> dict[str, list[Run]]:
    """The step run ``runs`` times as ``qda`` and (with ``library``) as a library call."""
    prepare = (lambda _: step.prepare()) if step.prepare else None
    measured = {f"qda {name}": repeat(lambda: run_cli(step.cli(folder)), runs, prepare)}
    if library:
        measured[f"{name} (library)"] = repeat(lambda: run_call(lambda: step.call(folder)), runs, prepare)
    return measured


def run_steps(description: str, steps: dict[str, Step], folder_for: Callable[[int, int], Path]) -> None:
    """The command line every size-scaling benchmark shares: ``--sizes``, ``--runs``, ``--steps``,
    ``--no-library``; prints each measurement, then the table and the load before and after."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sizes", type=size_list, default=[151], help="protocols, e.g. 151,2000,5000 (default 151)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=4000, help="words per protocol")
    parser.add_argument("--steps", default=",".join(steps), help=f"some of: {', '.join(steps)}")
    parser.add_argument("--no-library", action="store_true", help="only the CLI runs")
    args = parser.parse_args()
    chosen = [name.strip() for name in args.steps.split(",") if name.strip()]
    unknown = set(chosen) - set(steps)
    if unknown:
        parser.error(f"unknown step(s): {', '.join(sorted(unknown))}")
    print(f"before: {machine_line()}", flush=True)
    results: dict[str, dict[int, list[Run]]] = {}
    for size in args.sizes:
        folder = folder_for(size, args.words)
        print(f"{size:,} protocols x ~{args.words:,} words ({folder})", flush=True)
        for name in chosen:
            for label, runs in measure(name, steps[name], folder, args.runs, not args.no_library).items():
                results.setdefault(label, {})[size] = runs
                print(line(label, runs), flush=True)
    print(table(results, args.sizes))
    print(f"after: {machine_line()}")
