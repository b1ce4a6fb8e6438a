"""Start-up time of the ``qda`` command: ``--version``, ``--help`` and ``docs`` on the sample.

Targets (issue 17): ``qda --version`` and ``qda --help`` under 0.3 s, ``qda docs`` under 0.5 s on
the sample corpus (58 protocols). Each command runs ``--runs`` times in a fresh process (like
hyperfine); the script prints the median wall time, the median CPU time (user + system) of the
process, and the load average, because the machine is often shared and wall times vary with it.
The sample is imported into a fresh project in a temporary folder first.
With ``--imports`` it also lists the costliest top-level imports of ``qda docs`` (``python -X importtime``).
Run: python bench/startup.py [--runs 10] [--imports]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"--version": 0.3, "--help": 0.3, "docs": 0.5}


def qda_command() -> list[str]:
    """The installed ``qda`` script beside this interpreter, as a user runs it."""
    script = Path(sys.executable).parent / "qda"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from qda.cli.main import main; main()"]


def sample_project(folder: Path) -> Path:
    project = folder / "project"
    protocols = ROOT / "transcripts" / "protocols"
    for args in (["init", str(project)], ["--project", str(project), "import", str(protocols)]):
        subprocess.run([*qda_command(), *args], check=True, capture_output=True)
    return project


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "80"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def top_imports(project: Path, count: int = 8) -> list[tuple[str, float]]:
    """The top-level modules ``qda docs`` imports, costliest first, in seconds (one run)."""
    code = "from qda.cli.main import main; main()"
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", code, "--project", str(project), "docs"],
                         capture_output=True, text=True, check=True, env={**os.environ, "COLUMNS": "80"})
    costs = []
    for line in run.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2].startswith("  "):
            costs.append((parts[2].strip(), int(parts[1]) / 1e6))
    return sorted(costs, key=lambda item: -item[1])[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--imports", action="store_true", help="list the costliest imports of qda docs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report(sample_project(Path(folder)), args.runs, args.imports)


def report(project: Path, runs: int, imports: bool) -> None:
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'command':<24}{'median s':>10}{'cpu s':>8}{'min s':>8}{'target':>8}")
    for name, target in TARGETS.items():
        command = [*qda_command(), "--project", str(project), *name.split()]
        timed(command)  # warm the file cache
        timings = [timed(command) for _ in range(runs)]
        walls = [wall for wall, _ in timings]
        print(f"{'qda ' + name:<24}{statistics.median(walls):>10.3f}{statistics.median(c for _, c in timings):>8.3f}"
              f"{min(walls):>8.3f}{target:>8.1f}")
    print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if imports:
        print("top-level imports of qda docs (cumulative s):")
        for module, seconds in top_imports(project):
            print(f"  {module:<40}{seconds:>8.3f}")


if __name__ == "__main__":
    main()
