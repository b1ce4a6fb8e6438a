"""qda against the `qc` CLI (PyPI: qualitative-coding) on the same corpus, interleaved runs.

qc's `corpus import` only stores the files; qda's `import + codebook load + suggest` also
segments, lemmatises and scores every segment. The ratio printed is
(qda import + codebook + suggest) / (qc corpus import), medians of the runs; issue 19's target is
a ratio of at most 1.0 on 151 protocols of 4,000 words. qda runs twice: as three CLI commands
(three start-ups), and as one script that does the same through the library face
(``qda.init_project``, ``import_files``, ``load_codebook``, ``suggestion_csv`` to a file), as
a notebook user would.

qc is installed once into its own venv under .qda-bench/ (needs the package index the first time).
Run: python bench/compare.py [--documents 151] [--words 4000] [--runs 3]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus
from harness import Run, corpus_parser, line, machine_line, median, run_cli, run_process, run_script

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".qda-bench" / "compare"
CODEBOOK = ROOT / "codebooks" / "ejo-implementation.yaml"
LIBRARY_SCRIPT = """
import sys
import qda
project_folder, corpus, codebook, out = sys.argv[1:]
project = qda.init_project(project_folder)
project.import_files([corpus])
project.load_codebook(codebook)
with open(out, "w", encoding="utf-8", newline="") as handle:
    handle.writelines(project.suggestion_csv())
"""
LIBRARY = "qda library script (same 3 steps)"


def qc_executable() -> Path:
    """qc from its own venv, created on first use."""
    venv = ROOT / ".qda-bench" / "qc-venv"
    qc = venv / "bin" / "qc"
    if not qc.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "qualitative-coding"], check=True)
    return qc


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def qc_import(qc: Path, corpus: Path, run: int) -> Run:
    project = fresh(WORK / f"qc-{run}")
    subprocess.run([str(qc), "init"], cwd=project, check=True, capture_output=True)
    return run_process([str(qc), "corpus", "import", "--recursive", "--importer", "verbatim", str(corpus)], cwd=project)


def qda_steps(corpus: Path, run: int) -> dict[str, Run]:
    project = fresh(WORK / f"qda-{run}")
    run_cli(["init", str(project)])
    where = ["--project", str(project)]
    return {
        "qda import": run_cli([*where, "import", str(corpus)]),
        "qda codebook load": run_cli([*where, "codebook", "load", str(CODEBOOK)]),
        "qda suggest (csv)": run_cli([*where, "suggest", "--format", "csv"]),
    }


def qda_library(corpus: Path, run: int) -> Run:
    folder = fresh(WORK / f"qda-library-{run}")
    return run_script(LIBRARY_SCRIPT, [str(folder / "project"), str(corpus), str(CODEBOOK), str(folder / "out.csv")])


def main() -> None:
    args = corpus_parser(__doc__.splitlines()[0]).parse_args()
    print(f"before: {machine_line()}")
    corpus = WORK / f"corpus-{args.documents}x{args.words}"
    if not corpus.exists():
        write_corpus(corpus, args.documents, args.words)
    qc = qc_executable()
    qc_runs: list[Run] = []
    qda_runs: dict[str, list[Run]] = {}
    library_runs: list[Run] = []
    for run in range(args.runs):  # interleaved, so a change in load hits both sides alike
        qc_runs.append(qc_import(qc, corpus, run))
        for step, measured in qda_steps(corpus, run).items():
            qda_runs.setdefault(step, []).append(measured)
        library_runs.append(qda_library(corpus, run))
    totals = [Run(sum(r[i].wall for r in qda_runs.values()), sum(r[i].cpu for r in qda_runs.values()),
                  max(r[i].peak_mb for r in qda_runs.values())) for i in range(args.runs)]
    print(f"{args.documents} protocols x ~{args.words} words")
    print(line("qc corpus import", qc_runs))
    for step, runs in qda_runs.items():
        print(line(step, runs))
    print(line("qda import + codebook + suggest", totals))
    print(line(LIBRARY, library_runs))
    for label, runs in (("CLI, three commands", totals), ("library, one script", library_runs)):
        ratio = median(runs).wall / median(qc_runs).wall
        cpu_ratio = median(runs).cpu / median(qc_runs).cpu
        print(f"ratio (qda import + codebook + suggest) / (qc import), {label}: wall {ratio:.2f}, cpu {cpu_ratio:.2f}")
    print(f"after: {machine_line()}")


if __name__ == "__main__":
    main()
