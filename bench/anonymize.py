"""Precision, recall and F1 per kind of the pseudonymisation detectors on the labelled set, and speed.

    python bench/anonymize.py [--errors] [--model NAME_OR_PATH] [--data FILE]

A prediction counts only with exact kind, start and end. Target (issue 8): recall of person and
place names >= 0.95 at precision >= 0.9.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from qda.anonymize import KINDS, Anonymizer
from qda.anonymize.evaluate import load, score

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "anonymize" / "labelled.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", help="installed spaCy pipeline (name or path) to add as NER detector")
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs over the whole set")
    args = parser.parse_args()

    examples = load(args.data)
    anonymizer = Anonymizer(model=args.model, secret=b"bench")
    anonymizer.find("Warm-up: Frau Meier aus Köln.")
    scores = score(anonymizer.find, examples)

    print(f"{len(examples)} sentences, {sum(len(e.spans) for e in examples)} gold spans, "
          f"{sum(not e.spans for e in examples)} sentences without any")
    print(f"{'kind':14s} {'gold':>5s} {'found':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for kind in (*KINDS, "ALL"):
        s = scores.get(kind)
        if s:
            print(f"{kind:14s} {s.true_pos + s.false_neg:5d} {s.true_pos + s.false_pos:5d} "
                  f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")

    start = time.perf_counter()
    for _ in range(args.repeat):
        for example in examples:
            anonymizer.anonymize(example.text)
    elapsed = time.perf_counter() - start
    print(f"speed: {args.repeat * len(examples) / elapsed:,.0f} sentences/s (anonymize, {args.repeat} runs)")

    if args.errors:
        for line in scores["ALL"].errors:
            print(line)


if __name__ == "__main__":
    main()
