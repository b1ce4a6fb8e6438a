"""Benchmark of assisted tagging: quality against gold codings and a real-text dev set, and speed.

    python bench/assist.py                      # sample corpus in transcripts/, dev set, 5 folds, speed
    python bench/assist.py --corpus DIR         # a corpus folder with protocols/ and codings/
    python bench/assist.py --skip-speed --folds 10

Quality, sample: the corpus is imported into a temporary project, coder_a's codings are the truth
(every document marked done, so its uncoded segments are negatives), and rules / learned /
combined / the TF-IDF baseline are cross-validated on grouped folds: no passage and no
near-duplicate (a shared sentence of 40+ characters) on both sides. κ is against coder_a and
coder_b. Quality, dev set: ``../shared/assist-dev/devset.jsonl`` beside the checkout (skipped if
absent), cold (codebook rules only) and warm (k-fold training), same figures. Both print the
learning curve (macro-F1 of the shipped suggester and the baseline after 25 … 400 segments).

Speed: suggesting (rules + learned + calibrated combination, evidence included) for a generated
151-protocol x 4,000-word corpus, median of several runs. Memory: ``qda suggest --format csv`` as a
user runs it on the bench projects of ``--memory-sizes`` protocols (default 151, 2,000 and 5,000),
wall and CPU time and peak memory, medians of ``--runs``, through bench/table.py (a process that
stays small, so the peaks are suggest's own).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.corpus import write_corpus  # noqa: E402
from qda.assist import api  # noqa: E402
from qda.assist.evaluate import cross_validate  # noqa: E402
from qda.assist.labelled import flatten  # noqa: E402
from qda.codebook import load_codebook_file, sync_codebook  # noqa: E402
from qda.coding.io import import_codings  # noqa: E402
from qda.coding.seen import mark_document_done  # noqa: E402
from qda.ingest import import_paths  # noqa: E402
from qda.project import init_project, open_project  # noqa: E402
from qda.store.schema import documents, segments  # noqa: E402

CODEBOOK = REPO / "codebooks" / "ejo-implementation.yaml"
SAMPLE = REPO / "transcripts"
DEVSET = REPO.parent / "shared" / "assist-dev" / "devset.jsonl"
SHOWN = ("macro_f1", "macro_precision", "macro_recall", "top1", "recall_at_3", "right_suggested", "per_segment")


def sample_project(corpus: Path, folder: Path):
    """The corpus with every coder's codings; each coder has read every document."""
    project = init_project(folder)
    import_paths(project.engine, [corpus / "protocols"])
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(CODEBOOK))
        keys = list(conn.execute(select(documents.c.doc_key)).scalars())
        for codings_file in sorted((corpus / "codings").glob("*.csv")):
            import_codings(conn, codings_file)
            for key in keys:
                mark_document_done(conn, key, codings_file.stem)
    return project


def report(name: str, evaluation) -> None:
    for row in evaluation.summary():
        shown = {key: value for key, value in row.items() if key in SHOWN or key.startswith("kappa_")}
        print(f"{name} {row['suggester']:>9}:", json.dumps(shown))
    for point in evaluation.curve:
        print(f"{name} learning curve:", json.dumps(point))


def quality(corpus: Path, folds: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = sample_project(corpus, Path(tmp) / "project")
        started = time.perf_counter()
        evaluation = cross_validate(api.project_corpus(project, "coder_a"), folds, seed, curve_sizes=api.CURVE_SIZES)
    print(f"sample, grouped {evaluation.folds}-fold, {evaluation.segments} segments, "
          f"{len(evaluation.counts['combined'])} codes in gold, {time.perf_counter() - started:.0f} s")
    report("sample", evaluation)


def dev_quality(folds: int, seed: int) -> None:
    if not DEVSET.is_file():
        print(f"dev set: skipped, {DEVSET} not found")
        return
    cold, warm = api.evaluate_file(DEVSET, flatten(load_codebook_file(CODEBOOK).codes), folds, seed)
    print(f"dev set, {cold.segments} paragraphs, {len(cold.codes)} themes")
    report("dev cold", cold)
    report(f"dev warm {warm.folds}-fold", warm)


def speed_project(folder: Path, documents: int, words: int):
    """A generated corpus with the EJO codebook and a model trained on accepted rule suggestions in the
    first twelve documents, read to the end."""
    project = init_project(folder / "project")
    import_paths(project.engine, write_corpus(folder / "protocols", documents, words))
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(CODEBOOK))
    teacher = [row for row in api.suggest_all(project, min_score=0.5) if row["document"] < "D00012"]
    api.accept_suggestions(project, teacher, "bench")
    with project.engine.begin() as conn:  # the teacher read those documents to the end
        for key in sorted({row["document"] for row in teacher}):
            mark_document_done(conn, key, "bench")
    api.train(project, "bench", seed=0)
    return project


def speed(project, runs: int) -> dict:
    """Warm runs in this process (model and lemma tables loaded once), median of ``runs``."""
    with project.engine.connect() as conn:
        total_words = sum(len(text.split()) for text in conn.execute(select(segments.c.text)).scalars())
    timings, suggestions = [], 0
    for _ in range(runs):
        api._ENGINES.clear()  # the model is loaded again each run
        started = time.perf_counter()
        suggestions = len(api.suggest_all(project))
        timings.append(time.perf_counter() - started)
    return {"words": total_words, "suggestions": suggestions, "median_seconds": round(statistics.median(timings), 2),
            "runs": [round(t, 2) for t in timings], "words_per_second": round(total_words / statistics.median(timings))}


def cold_run(project_dir: Path) -> dict:
    """One suggest in a fresh process, as ``qda suggest`` would run: seconds and peak memory."""
    command = [sys.executable, __file__, "--suggest-only", str(project_dir)]
    started = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return {"seconds": round(time.perf_counter() - started, 2), **json.loads(out)}


def suggest_only(project_dir: Path) -> None:
    rows = api.suggest_all(open_project(project_dir))
    print(json.dumps({"suggestions": len(rows),
                      "peak_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      "peak_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}))


def speed_and_cold_run(documents: int, words: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = speed_project(Path(tmp), documents, words)
        print(f"speed, {documents} x {words} words:", json.dumps(speed(project, runs)))
        print("cold run (new process):", json.dumps(cold_run(project.root)))


def memory(sizes: str, words: int, runs: int) -> None:
    """``qda suggest`` at each size, measured by bench/table.py."""
    subprocess.run([sys.executable, str(Path(__file__).with_name("table.py")), "--steps", "suggest (csv)",
                    "--sizes", sizes, "--words", str(words), "--runs", str(runs)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SAMPLE, help="folder with protocols/ and codings/coder_a.csv")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--documents", type=int, default=151)
    parser.add_argument("--words", type=int, default=4000)
    parser.add_argument("--memory-sizes", default="151,2000,5000", help="protocols for the memory runs ('' for none)")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--suggest-only", type=Path, metavar="PROJECT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.suggest_only:
        suggest_only(args.suggest_only)
        return
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if not args.skip_quality:
        if (args.corpus / "codings" / "coder_a.csv").is_file():
            quality(args.corpus, args.folds, args.seed)
        else:
            print(f"quality: skipped, no gold codings in {args.corpus}/codings/coder_a.csv")
        dev_quality(args.folds, args.seed)
    if not args.skip_speed:
        speed_and_cold_run(args.documents, args.words, args.runs)
        if args.memory_sizes:
            memory(args.memory_sizes, args.words, args.runs)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
