"""Scoring speed of ``qda suggest``: words per CPU-second, the engine already built.

Issue 19 asks for at least 300 k words per CPU-second in scoring on 151 protocols of 4,000 words.
The project (generated corpus, study codebook, a model trained on accepted rule suggestions in the
first twelve documents, as in ``bench/assist.py``) is built once under ``.qda-bench/``. The engine
(spaCy tables, rules, model) and the segment texts are loaded in this process; each run scores
every segment in a forked child (CPU time from ``wait4``, the child's workers included; its malloc
keeps freed memory, as in the ``qda`` process, see ``qda.allocator``), with the codebook rules
alone and with the trained model, on one process and on two.

Run: python bench/suggest_speed.py [--documents 151] [--words 4000] [--runs 3]
"""

from __future__ import annotations

import shutil
import sys
from collections import deque
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from harness import corpus_parser, line, machine_line, median, repeat, run_call  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench.assist import speed_project  # noqa: E402
from qda.allocator import hold_freed_memory  # noqa: E402
from qda.assist import api  # noqa: E402
from qda.assist.engine import SegmentText, run  # noqa: E402
from qda.assist.model import untrained_model  # noqa: E402
from qda.project import open_project  # noqa: E402
from qda.store.schema import segments  # noqa: E402


def project_for(documents: int, words: int):
    folder = REPO / ".qda-bench" / f"suggest-speed-{documents}x{words}"
    if not (folder / "project").is_dir():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        speed_project(folder, documents, words)
    return open_project(folder / "project")


def score(engine, texts: list[SegmentText], processes: int) -> None:
    """Every segment scored, in a process whose malloc keeps freed memory as the CLI's does."""
    hold_freed_memory()
    deque(run(engine, texts, None, processes), maxlen=0)


def main() -> None:
    args = corpus_parser(__doc__.splitlines()[0]).parse_args()
    print(f"before: {machine_line()}", flush=True)
    project = project_for(args.documents, args.words)
    with project.engine.connect() as conn:
        texts = [SegmentText(row.id, row.text, row.question)
                 for row in conn.execute(select(segments.c.id, segments.c.text, segments.c.question))]
    words = sum(len(text.text.split()) for text in texts)
    trained = api.engine(project)
    rules_only = type(trained)(trained.nlp, trained.rules, untrained_model())
    print(f"{args.documents} protocols, {len(texts):,} segments, {words:,} words", flush=True)
    for name, engine in (("rules only", rules_only), ("trained", trained)):
        for processes in (1, 2):
            runs = repeat(lambda: run_call(lambda: score(engine, texts, processes)), args.runs)
            label = f"score, {name}, {processes} process{'es' if processes > 1 else ''}"
            print(f"{line(label, runs)}  {words / median(runs).cpu:>9,.0f} words per CPU-s", flush=True)
    print(f"after: {machine_line()}")


if __name__ == "__main__":
    main()
