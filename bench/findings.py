"""Benchmark: the finding matrix (Übersicht style) for 16 sites × 40 features of a 2,000-protocol
project, built and written as csv, xlsx and docx. Target: under 2 s.

Run: python bench/findings.py [--protocols 2000] [--runs 3]
Documents are one short segment each: the matrix reads findings, site attributes and the
evidence protocols' waves, not the text. Prints wall and CPU time of the library call and of
``qda matrix --value finding`` as a user runs it (start-up included; its peak memory is at least
this process's, which built the project), peak memory, the load average, medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).parent))
from harness import line, machine_line, run_cli  # noqa: E402

from qda.codebook import Code, Codebook, Feature, FeatureValue, sync_codebook  # noqa: E402
from qda.findings import set_site_attributes  # noqa: E402
from qda.findings.render import write_table  # noqa: E402
from qda.findings.table import finding_table  # noqa: E402
from qda.project import init_project  # noqa: E402
from qda.store.schema import documents, findings, segments  # noqa: E402

SITES = ["Aachen", "Bochum", "Bremen", "Düsseldorf", "Hannover", "Krefeld", "Bremerhaven", "Dortmund", "Duisburg",
         "Gelsenkirchen", "Herne", "Köln", "Mettmann", "Oberhausen", "Rhein-Sieg-Kreis", "Viersen"]
KINDS = ("category", "multi", "flag", "rating", "text")
RATINGS = ["-2", "-1", "0", "+1", "+2", "mixed", "na"]


def feature(number: int) -> Feature:
    kind = KINDS[number % len(KINDS)]
    values = [FeatureValue(f"v{i}", f"Wert {i}") for i in range(4)] if kind in ("category", "multi") else \
        [FeatureValue(value, value, symbol=value) for value in RATINGS] if kind == "rating" else []
    return Feature(f"f{number:02d}", f"Merkmal {number}", kind, code="theme", values=values)


def value_for(rng: random.Random, item: Feature):
    return {"category": lambda: rng.choice(item.values).id, "multi": lambda: [v.id for v in item.values[:2]],
            "flag": lambda: rng.random() < 0.5, "rating": lambda: rng.choice(RATINGS),
            "text": lambda: "alle 4 Wochen"}[item.kind]()


def build_project(folder: Path, protocols: int, features: int = 40, seed: int = 7):
    rng = random.Random(seed)
    project = init_project(folder)
    now = dt.datetime.now(dt.timezone.utc)
    chosen = [feature(number) for number in range(features)]
    with project.engine.begin() as conn:
        sync_codebook(conn, Codebook("bench", codes=[Code("theme", "Thema", "theme", features=chosen)]))
        conn.execute(insert(documents), [dict(
            id=n + 1, doc_key=f"DOC-{n:05d}", sha256=f"{n:064d}", version=1, site=SITES[n % len(SITES)],
            level=rng.choice(["strategic", "operational", "client"]), wave=rng.choice([1, 2]), attributes={},
            text="Kurzer Absatz.", word_count=2, imported_at=now) for n in range(protocols)])
        conn.execute(insert(segments), [dict(document_id=n + 1, number=1, char_start=0, char_end=14, line_start=1,
                                             line_end=1, kind="paragraph", text="Kurzer Absatz.", text_hash="x")
                                        for n in range(protocols)])
        for index, site in enumerate(SITES):
            set_site_attributes(conn, site, {"rd": "RD NRW" if index % 3 else "RD NSB"})
        rows = []
        for index, site in enumerate(SITES):
            docs = [n for n in range(protocols) if n % len(SITES) == index]
            for item in chosen:
                for level in (None, "strategic", "client"):
                    rows.append(dict(site=site, feature_key=item.id, wave=None, level=level,
                                     value=value_for(rng, item), note="Ausnahme" if rng.random() < 0.03 else None,
                                     evidence=[f"DOC-{n:05d}:1" for n in rng.sample(docs, 3)], set_by="bench",
                                     set_at=now))
        conn.execute(insert(findings), rows)
    return project, [item.id for item in chosen], len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--protocols", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project, feature_ids, count = build_project(Path(tmp) / "project", args.protocols)
        print(f"{args.protocols} protocols, {len(SITES)} sites, {len(feature_ids)} features, {count} findings")
        print(f"before: {machine_line()}", flush=True)
        timings, cpus = [], []
        for _ in range(args.runs):
            start, cpu = time.perf_counter(), time.process_time()
            with project.engine.connect() as conn:
                table = finding_table(conn, feature_ids, expand=True, group_by="rd")
            for fmt in ("csv", "xlsx", "docx"):
                write_table(table, fmt, Path(tmp) / f"matrix.{fmt}")
            timings.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        print(f"finding matrix {len(table.rows)} rows × {len(table.columns)} columns, built + csv/xlsx/docx: "
              f"median {statistics.median(timings):.2f} s wall, {statistics.median(cpus):.2f} s CPU "
              f"(runs: {', '.join(f'{t:.2f}' for t in timings)}); target < 2 s; peak memory of this process "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        cli = ["--project", str(project.root), "matrix", "--value", "finding", "--features", ",".join(feature_ids),
               "--expand", "--group-by", "rd", "--format", "xlsx", "--out", str(Path(tmp) / "cli.xlsx")]
        print(line("qda matrix --value finding (xlsx)", [run_cli(cli) for _ in range(args.runs)]))
        print(f"after: {machine_line()}")
        project.database.dispose()


if __name__ == "__main__":
    main()
