"""Precision, recall and F1 per kind of the pseudonymisation detectors on the labelled sets, and speed.

    python bench/anonymize.py [--errors] [--model NAME_OR_PATH] [--data FILE ...]

Sets (tests/data/anonymize): ``labelled`` (development), ``heldout`` (written without sight of
the detectors) and ``places`` (counties, cities and municipalities in context, with everyday
words that are also place names). A prediction counts only with exact kind, start and end.
Target (issues 8 and 15): recall of person and place names >= 0.95 at precision >= 0.9; on the
places set, of place names.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from harness import machine_line  # noqa: E402

from qda.anonymize import KINDS, Anonymizer  # noqa: E402
from qda.anonymize.evaluate import Example, Score, load, score  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "anonymize"
SETS = [DATA / "labelled.jsonl", DATA / "heldout.jsonl", DATA / "places.jsonl"]
TARGET_KINDS = {"places.jsonl": ("ORT",)}
RECALL, PRECISION = 0.95, 0.9


def report(path: Path, examples: list[Example], scores: dict[str, Score]) -> None:
    print(f"\n{path.name}: {len(examples)} sentences, {sum(len(e.spans) for e in examples)} gold spans, "
          f"{sum(not e.spans for e in examples)} sentences without any")
    print(f"{'kind':14s} {'gold':>5s} {'found':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for kind in (*KINDS, "ALL"):
        s = scores.get(kind)
        if s:
            print(f"{kind:14s} {s.true_pos + s.false_neg:5d} {s.true_pos + s.false_pos:5d} "
                  f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    for kind in TARGET_KINDS.get(path.name, ("PERSON", "ORT")):
        s = scores.get(kind, Score())
        met = "met" if s.recall >= RECALL and s.precision >= PRECISION else "MISSED"
        print(f"target {kind}: recall {s.recall:.3f} at precision {s.precision:.3f} "
              f"(>= {RECALL} at >= {PRECISION}): {met}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", default=SETS)
    parser.add_argument("--model", help="installed spaCy pipeline (name or path) to add as NER detector")
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs over the first set")
    args = parser.parse_args()

    anonymizer = Anonymizer(model=args.model, secret=b"bench")
    anonymizer.find("Warm-up: Frau Meier aus Köln.")
    sets = [(path, load(path)) for path in args.data]
    for path, examples in sets:
        scores = score(anonymizer.find, examples)
        report(path, examples, scores)
        if args.errors:
            for line in scores["ALL"].errors:
                print(line)

    examples = sets[0][1]
    print(f"\nbefore: {machine_line()}")
    walls, cpus = [], []
    for _ in range(args.repeat):
        start, cpu = time.perf_counter(), time.process_time()
        for example in examples:
            anonymizer.anonymize(example.text)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"speed: {len(examples) / wall:,.0f} sentences/s wall, {len(examples) / cpu:,.0f} per CPU-second "
          f"(anonymize, {sets[0][0].name}, median of {args.repeat} runs); peak memory "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"after: {machine_line()}")


if __name__ == "__main__":
    main()
