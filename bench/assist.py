"""Benchmark of assisted tagging: quality against gold codings, and speed on a large corpus.

    python bench/assist.py                      # sample corpus in transcripts/, 5 folds, speed
    python bench/assist.py --corpus DIR         # a corpus folder with protocols/ and codings/
    python bench/assist.py --skip-speed --folds 10

Quality: the sample corpus is imported into a temporary project, coder_a's codings are the truth,
and rules / learned / combined are cross-validated with documents as folds. The baseline is a
plain TF-IDF + logistic regression (scikit-learn) over the same segments and the same folds, at
the usual 0.5 cut and with its cut tuned on the training folds like ours. Macro-F1 averages over
the codes coder_a used in the held-out documents.

Speed: suggesting (rules + learned + calibrated combination, evidence included) for a generated
151-protocol x 4,000-word corpus, median of several runs, and peak memory at three corpus sizes.
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

import numpy
from sqlalchemy import select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.corpus import write_corpus  # noqa: E402
from qda.assist import api  # noqa: E402
from qda.assist.combine import best_threshold, per_code  # noqa: E402
from qda.assist.data import document_folds  # noqa: E402
from qda.assist.evaluate import cross_validate  # noqa: E402
from qda.codebook import load_codebook_file, sync_codebook  # noqa: E402
from qda.coding.io import import_codings  # noqa: E402
from qda.ingest import import_paths  # noqa: E402
from qda.project import init_project, open_project  # noqa: E402
from qda.store.schema import segments  # noqa: E402

CODEBOOK = REPO / "codebooks" / "ejo-implementation.yaml"
SAMPLE = REPO / "transcripts"


def sample_project(corpus: Path, folder: Path):
    project = init_project(folder)
    import_paths(project.engine, [corpus / "protocols"])
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(CODEBOOK))
        import_codings(conn, corpus / "codings" / "coder_a.csv")
    return project


def quality(corpus: Path, folds: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        project = sample_project(corpus, Path(tmp) / "project")
        items, docs, rules, codes = api.training_data(project, "coder_a")
        started = time.perf_counter()
        ours = cross_validate(items, docs, rules, codes, folds, seed)
        took = time.perf_counter() - started
    result = {kind: ours.macro(kind)["f1"] for kind in ("rules", "learned", "combined")}
    result.update(baseline(items, codes, folds, seed))
    result.update({"segments": ours.segments, "codes_in_gold": len(ours.counts["combined"]), "folds": folds,
                   "cv_seconds": round(took, 1)})
    return result


def baseline(items, codes, folds: int, seed: int) -> dict:
    """TF-IDF + one-vs-rest logistic regression on the same complete segments and folds."""
    complete = [item for item in items if item.complete]
    documents = sorted({item.document for item in complete})
    truth_all = numpy.asarray([[item.labels[c] for c in codes] for item in complete])
    plain, tuned, truths = [], [], []
    for fold in document_folds(documents, folds, seed):
        held = set(fold)
        train = [i for i, item in enumerate(complete) if item.document not in held]
        test = [i for i, item in enumerate(complete) if item.document in held]
        scores = _tfidf_scores([complete[i].text for i in train], truth_all[train], [complete[i].text for i in test])
        cut = _inner_cut(complete, train, truth_all, codes, seed)
        plain.append((scores >= 0.5).ravel())
        tuned.append((scores >= cut).ravel())
        truths.append(truth_all[test].ravel())
    code_of = numpy.tile(numpy.asarray(codes), sum(len(t) for t in truths) // len(codes))
    truth = numpy.concatenate(truths)
    macro = {}
    for name, predicted in (("baseline", plain), ("baseline_tuned", tuned)):
        counts = per_code(numpy.concatenate(predicted), truth, code_of)
        macro[name] = round(float(numpy.mean([c.f1 for c in counts.values()])), 4)
    return macro


def _tfidf_scores(train_texts, train_truth, test_texts):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(sublinear_tf=True, min_df=1)
    X, X_test = vectorizer.fit_transform(train_texts), vectorizer.transform(test_texts)
    scores = numpy.zeros((len(test_texts), train_truth.shape[1]))
    for j in range(train_truth.shape[1]):
        if 0 < train_truth[:, j].sum() < len(train_truth):
            classifier = LogisticRegression(max_iter=1000, C=10.0).fit(X, train_truth[:, j])
            scores[:, j] = classifier.predict_proba(X_test)[:, 1]
    return scores


def _inner_cut(complete, train, truth_all, codes, seed: int) -> float:
    """The baseline's threshold picked on out-of-fold scores inside the training documents."""
    documents = sorted({complete[i].document for i in train})
    oof = numpy.zeros((len(train), len(codes)))
    for fold in document_folds(documents, 3, seed):
        held = set(fold)
        inner_train = [k for k, i in enumerate(train) if complete[i].document not in held]
        inner_test = [k for k, i in enumerate(train) if complete[i].document in held]
        oof[inner_test] = _tfidf_scores([complete[train[k]].text for k in inner_train], truth_all[train][inner_train],
                                        [complete[train[k]].text for k in inner_test])
    return best_threshold(oof.ravel(), truth_all[train].ravel(), numpy.tile(numpy.asarray(codes), len(train)))


def speed_project(folder: Path, documents: int, words: int):
    """A generated corpus with the EJO codebook and a model trained on accepted rule suggestions."""
    project = init_project(folder / "project")
    import_paths(project.engine, write_corpus(folder / "protocols", documents, words))
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(CODEBOOK))
    teacher = [row for row in api.suggest_all(project, min_score=0.5) if row["document"] < "D00012"]
    api.accept_suggestions(project, teacher, "bench")
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


def speed_and_memory(documents: int, words: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = speed_project(Path(tmp), documents, words)
        print(f"speed, {documents} x {words} words:", json.dumps(speed(project, runs)))
        print("cold run (new process):", json.dumps(cold_run(project.root)))
    for docs in (documents // 4, documents // 2):
        with tempfile.TemporaryDirectory() as tmp:
            project = speed_project(Path(tmp), docs, words)
            print(f"cold run, {docs} documents:", json.dumps(cold_run(project.root)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SAMPLE, help="folder with protocols/ and codings/coder_a.csv")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--documents", type=int, default=151)
    parser.add_argument("--words", type=int, default=4000)
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
            print("quality (macro-F1):", json.dumps(quality(args.corpus, args.folds, args.seed)))
        else:
            print(f"quality: skipped, no gold codings in {args.corpus}/codings/coder_a.csv")
    if not args.skip_speed:
        speed_and_memory(args.documents, args.words, args.runs)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
