"""Import benchmark: documents/s, words/s and peak memory for a study wave and a large corpus.

Target (issue 2): 151 protocols x ~4,000 words import, with segmentation and storage, in under
3 s on a 2-core machine, with memory flat as the corpus grows.
Run: python bench/ingest.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

MEASURE = """
import resource, sys, time
from pathlib import Path
from qda.project import init_project
from qda.ingest import import_paths
project = init_project(Path(sys.argv[1]))
start = time.perf_counter()
report = import_paths(project.engine, [Path(sys.argv[2])])
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(elapsed, len(report.added), report.words, report.segments, peak)
"""


def measure(corpus: Path, work: Path) -> tuple[float, int, int, int, float]:
    """Import ``corpus`` into a fresh project in a fresh process (so peak memory is its own)."""
    out = subprocess.run([sys.executable, "-c", MEASURE, str(work), str(corpus)],
                         check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2]), int(out[3]), float(out[4])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for documents, words in ((151, 4000), (2000, 4000)):
            corpus = Path(tmp) / f"corpus-{documents}"
            write_corpus(corpus, documents, words)
            runs = [measure(corpus, Path(tmp) / f"project-{documents}-{i}") for i in range(args.runs)]
            seconds = statistics.median(r[0] for r in runs)
            _, docs, total_words, total_segments, _ = runs[0]
            peak = statistics.median(r[4] for r in runs)
            print(f"{documents:>5} protocols x ~{words} words: median {seconds:.2f} s over {args.runs} runs | "
                  f"{docs / seconds:,.0f} documents/s | {total_words / seconds:,.0f} words/s | "
                  f"{total_segments:,} segments | peak RSS {peak:,.0f} MB")


if __name__ == "__main__":
    main()
