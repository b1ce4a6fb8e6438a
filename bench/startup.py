"""Start-up time of the ``qda`` command: ``--version``, ``--help`` and ``docs`` on the sample.

Targets (issue 17): ``qda --version`` and ``qda --help`` under 0.3 s, ``qda docs`` under 0.5 s on
the sample corpus (58 protocols). Each command runs ``--runs`` times in a fresh process (like
hyperfine); the script prints the median wall time, the median CPU time (user + system) and peak
memory of the process, and the load average, because the machine is often shared and wall times vary with it.
The sample is imported into a fresh project in a temporary folder first.
With ``--imports`` it also lists the costliest top-level imports of ``qda docs`` (``python -X importtime``).
Run: python bench/startup.py [--runs 10] [--imports]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from harness import Run, qda_command, run_process  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"--version": 0.3, "--help": 0.3, "docs": 0.5}


def sample_project(folder: Path) -> Path:
    project = folder / "project"
    protocols = ROOT / "transcripts" / "protocols"
    for args in (["init", str(project)], ["--project", str(project), "import", str(protocols)]):
        subprocess.run([*qda_command(), *args], check=True, capture_output=True)
    return project


def timed(command: list[str]) -> Run:
    """Wall and CPU seconds and peak MB of one run of ``command`` at 80 columns."""
    return run_process(command, env={**os.environ, "COLUMNS": "80"})


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
    print(f"{'command':<24}{'median s':>10}{'cpu s':>8}{'min s':>8}{'peak MB':>9}{'target':>8}")
    for name, target in TARGETS.items():
        command = [*qda_command(), "--project", str(project), *name.split()]
        timed(command)  # warm the file cache
        timings = [timed(command) for _ in range(runs)]
        walls = [run.wall for run in timings]
        print(f"{'qda ' + name:<24}{statistics.median(walls):>10.3f}{statistics.median(r.cpu for r in timings):>8.3f}"
              f"{min(walls):>8.3f}{statistics.median(r.peak_mb for r in timings):>9.0f}{target:>8.1f}")
    print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if imports:
        print("top-level imports of qda docs (cumulative s):")
        for module, seconds in top_imports(project):
            print(f"  {module:<40}{seconds:>8.3f}")


if __name__ == "__main__":
    main()
