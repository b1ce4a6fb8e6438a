"""Every site's case report (md, html, docx) with the matrices, and the theme matrix alone, on
projects of real-size protocols over 16 sites: as a user runs them (``qda ...``, start-up
included) and as library calls; wall and CPU time, peak memory, medians of the runs.

The project per size is bench/corpus.py's (protocols of ~4,000 words imported for real, the
study codebook, two coders). Issue 19's target: all reports of 2,000 protocols under 10 s.
``report-all`` starts from an empty folder every run (cold); ``report-all-rerun`` writes over
what the run before left (protocol pages whose data did not change are not written again).
Run: python bench/reports.py [--sizes 151,2000,5000] [--runs 3]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import BENCH, bench_project
from harness import Step, run_steps

from qda.project import open_project

OUT = BENCH / "scratch" / "reports"


def _write_all(folder: Path) -> object:
    from qda.report.build import write_all
    with open_project(folder).engine.connect() as conn:
        return write_all(conn, OUT / "library")


def _matrices(folder: Path) -> object:
    from qda.analysis import theme_matrices
    with open_project(folder).engine.connect() as conn:
        return theme_matrices(conn, "site", 1)


def _fresh_output() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)


def _report_all(folder: Path) -> list[str]:
    return ["--project", str(folder), "report", "all", "--out", str(OUT / "cli")]


STEPS = {
    "report-all": Step(_report_all, _write_all, _fresh_output),  # cold: nothing written before
    "report-all-rerun": Step(_report_all, _write_all),  # over the output of the step before (unchanged pages kept)
    "matrix": Step(lambda p: ["--project", str(p), "matrix", "--format", "csv"], _matrices),
}

if __name__ == "__main__":
    run_steps(__doc__.splitlines()[0], STEPS, bench_project)
