"""Import of real-size protocols into a new project: ``qda import`` as a user runs it (start-up
included) and the library's ``import_paths``; wall and CPU time, peak memory, medians of the runs.

The corpus per size is bench/corpus.py's (~4,000 words per protocol), written once under
.qda-bench/corpora/. Target (issues 2 and 19): 151 protocols in under 3 s, memory flat as the
corpus grows.
Run: python bench/ingest.py [--sizes 151,2000,5000] [--runs 3]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import BENCH, corpus_folder
from harness import Step, run_steps

from qda.project import init_project, open_project

TARGET = BENCH / "scratch" / "import-target"


def _import(corpus: Path) -> object:
    from qda.ingest import import_paths
    return import_paths(open_project(TARGET).engine, [corpus])


def _empty_target() -> None:
    shutil.rmtree(TARGET, ignore_errors=True)
    init_project(TARGET).database.dispose()


STEPS = {"import": Step(lambda corpus: ["--project", str(TARGET), "import", str(corpus)], _import, _empty_target)}

if __name__ == "__main__":
    run_steps(__doc__.splitlines()[0], STEPS, corpus_folder)
