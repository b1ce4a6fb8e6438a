"""Workbench benchmark on a 2,000-protocol project: time to open, time per "next segment",
and (``--first-paint``) the first paint of ``qda code`` in a fresh process.

Targets (issue 4): open (queue built, app started headless, first segment shown) under 1 s;
moving to the next segment under 50 ms (median). The project is generated and imported with
``import_paths``; a coder has already coded the first segments of every protocol, so the
"uncoded" queue and the code counts have real work to do. Suggestions are off (the assist model
is benchmarked in bench/assist.py; in the app it runs in a thread and never delays a move).

``--first-paint`` (issue 17) starts ``qda code`` through the CLI in a new process per run, headless,
on the sample (transcripts/, with its codings) and on the generated project, and prints wall and
CPU seconds from launch to the first segment painted and to the first suggestions shown, and the
load average (the machine may be shared).
Protocols are ~4,000 words, as real ones. Both modes print wall and CPU time, the peak memory
and the load average before and after (the machine may be shared); medians of ``--runs``.
Run: python bench/workbench.py [--documents 2000] [--words 4000] [--runs 5] [--moves 200] [--keep DIR]
     python bench/workbench.py --first-paint [--words 4000] [--runs 3] [--sample-runs 10] [--keep DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402
from harness import corpus_parser, machine_line  # noqa: E402

from qda.codebook import load_codebook_file, sync_codebook  # noqa: E402
from qda.coding.queue import QueueFilter  # noqa: E402
from qda.coding.session import CodingSession  # noqa: E402
from qda.ingest import import_paths  # noqa: E402
from qda.project import init_project, open_project  # noqa: E402
from qda.store.schema import codes, codings, segments  # noqa: E402
from qda.tui.app import WorkbenchApp  # noqa: E402
from qda.tui.segment_panel import SegmentPanel  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CODEBOOK = ROOT / "codebooks" / "ejo-implementation.yaml"
SAMPLE = ROOT / "transcripts"
CODER = "bench"
CODED_PER_DOCUMENT = 5


def build_project(folder: Path, documents: int, words: int):
    """Generate, import and pre-code the project (reused if ``folder`` already holds one)."""
    if (folder / "project" / "qda.yaml").exists():
        return open_project(folder / "project")
    started = time.perf_counter()
    write_corpus(folder / "protocols", documents, words)
    project = init_project(folder / "project")
    report = import_paths(project.engine, [folder / "protocols"])
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(CODEBOOK))
        code_ids = conn.execute(select(codes.c.id).order_by(codes.c.position)).scalars().all()
        coded = conn.execute(select(segments.c.id, segments.c.char_start, segments.c.char_end)
                             .where(segments.c.number <= CODED_PER_DOCUMENT)).all()
        now = dt.datetime.now(dt.timezone.utc)
        conn.execute(insert(codings), [
            {"segment_id": s.id, "code_id": code_ids[i % len(code_ids)], "coder": CODER, "char_start": s.char_start,
             "char_end": s.char_end, "origin": "manual", "key_quote": False, "created_at": now}
            for i, s in enumerate(coded)])
    print(f"built: {len(report.added)} protocols, {report.segments} segments, {len(coded)} codings "
          f"in {time.perf_counter() - started:.1f} s")
    return project


async def open_and_move(project, moves: int) -> tuple[float, float, list[float], list[float]]:
    """Wall and CPU seconds from session start to the first segment painted; per 'n' press the
    seconds from the key to the last screen paint it caused, and the Pilot round trip (which adds
    Pilot's own waiting for every widget to go idle)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    session = CodingSession.open(project, CODER, QueueFilter())
    app = WorkbenchApp(session, suggest=False)
    to_paint, round_trips = [], []
    async with app.run_test(size=(80, 24)) as pilot:
        panel = app.query_one(SegmentPanel)
        await pilot.pause()
        assert panel.shown_id == session.current_id is not None
        opened, opened_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        painted = _paint_times(app.screen)
        for _ in range(moves):
            painted.clear()
            before = time.perf_counter()
            await pilot.press("n")
            round_trips.append(time.perf_counter() - before)
            assert panel.shown_id == session.current_id and painted
            to_paint.append(painted[-1] - before)
    return opened, opened_cpu, to_paint, round_trips


def _paint_times(screen) -> list[float]:
    """Record when the screen writes an update to the terminal (Textual's compositor refresh)."""
    times: list[float] = []
    paint = screen._compositor_refresh

    def timed_paint() -> None:
        paint()
        times.append(time.perf_counter())

    screen._compositor_refresh = timed_paint
    return times


def library_moves(project, moves: int) -> list[float]:
    """Seconds per ``move(1)`` + ``view()`` without any screen."""
    session = CodingSession.open(project, CODER, QueueFilter(queue="all"))
    times = []
    for _ in range(moves):
        before = time.perf_counter()
        session.move(1)
        session.view()
        times.append(time.perf_counter() - before)
    return times


def build_sample(folder: Path):
    """The sample protocols with the project codebook and the two coders' codings."""
    if (folder / "qda.yaml").exists():
        return open_project(folder)
    from qda.coding.io import import_codings

    project = init_project(folder)
    import_paths(project.engine, [SAMPLE / "protocols"])
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(CODEBOOK))
        for path in sorted((SAMPLE / "codings").glob("*.csv")):
            import_codings(conn, path)
    return project


def first_paints(project_dir: Path, runs: int, suggest: bool) -> tuple[list[float], list[float], list[float],
                                                                        list[float]]:
    """Per fresh ``qda code`` process: wall seconds to the first paint, CPU seconds by then, wall
    seconds to the first suggestions (empty without ``suggest``) and the process's peak MB."""
    walls, cpus, suggested, peaks = [], [], [], []
    for _ in range(runs):
        command = [sys.executable, __file__, "--child", str(project_dir)] + ([] if suggest else ["--no-suggest"])
        started = time.time()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.stdout is not None
        lines = child.stdout.read().split("\n")
        _, status, usage = os.wait4(child.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"'qda code' failed in {' '.join(command)}")
        peaks.append(usage.ru_maxrss / 1024)
        for line in lines:
            event, _, values = line.partition(" ")
            if event in ("painted", "suggested"):
                wall, cpu = (float(v) for v in values.split()[:2])
                if event == "painted":
                    walls.append(wall - started)
                    cpus.append(cpu)
                else:
                    suggested.append(wall - started)
    return walls, cpus, suggested, peaks


def run_child(project_dir: str, suggest: bool) -> None:
    """``qda code`` through the CLI, headless; print when the first segment and the first suggestions
    are on screen (epoch seconds, CPU seconds), then leave at once."""
    from textual.app import App

    from qda.cli.main import main as cli_main
    from qda.tui.suggestions_panel import SuggestionsPanel

    def report(event: str) -> None:
        print(f"{event} {time.time():.4f} {time.process_time():.4f}", flush=True)

    def on_mount(app) -> None:
        mount(app)
        app.call_after_refresh(lambda: (app.query_one(SegmentPanel).shown_id is not None and report("painted"),
                                        None if suggest else os._exit(0)))

    def show(panel, segment_id, items, note=None) -> None:
        shown(panel, segment_id, items, note)
        if segment_id is not None and not (note or "").startswith("berechne"):
            report("suggested")
            os._exit(0)

    mount, shown = WorkbenchApp.on_mount, SuggestionsPanel.show
    WorkbenchApp.on_mount = on_mount
    if suggest:
        SuggestionsPanel.show = show
    WorkbenchApp.run = lambda app, *args, **kwargs: App.run(app, headless=True)
    sys.argv = ["qda", "--project", project_dir, "code", "--coder", CODER] + ([] if suggest else ["--no-suggest"])
    cli_main()


def paint_report(name: str, project_dir: Path, runs: int) -> None:
    load_before = os.getloadavg()
    walls, cpus, _, peaks = first_paints(project_dir, runs, suggest=False)
    swalls, scpus, suggested, speaks = first_paints(project_dir, runs, suggest=True)
    print(f"{name}: first paint of 'qda code' (new process, CLI, headless 80x24), median of {runs}:")
    print(f"  suggestions off: wall {_ms(statistics.median(walls))} (min {_ms(min(walls))}, max {_ms(max(walls))}), "
          f"CPU {_ms(statistics.median(cpus))}, peak {statistics.median(peaks):.0f} MB")
    print(f"  suggestions on:  wall {_ms(statistics.median(swalls))}, CPU {_ms(statistics.median(scpus))}; "
          f"first suggestions shown after {_ms(statistics.median(suggested))} (max {_ms(max(suggested))}), "
          f"peak {statistics.median(speaks):.0f} MB")
    print(f"  load average before {' '.join(f'{v:.2f}' for v in load_before)}, "
          f"after {' '.join(f'{v:.2f}' for v in os.getloadavg())} (2 cores, shared)")


def first_paint_main(args) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        sample = build_sample(Path(scratch) / "sample")
        paint_report(f"sample ({len(list((SAMPLE / 'protocols').rglob('*.*')))} protocols)", sample.root,
                     args.sample_runs)
        big = build_project(args.keep or Path(scratch), args.documents, args.words)
        paint_report(f"{args.documents} protocols of {args.words} words", big.root, args.runs)


def main() -> None:
    parser = corpus_parser(__doc__.splitlines()[0], documents=2000, runs=5)
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="Build (or reuse) the project in this folder.")
    parser.add_argument("--first-paint", action="store_true", help="Time 'qda code' to its first paint instead.")
    parser.add_argument("--sample-runs", type=int, default=10, help="With --first-paint: runs on the sample.")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--no-suggest", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return run_child(args.child, suggest=not args.no_suggest)
    if args.first_paint:
        return first_paint_main(args)
    print(f"before: {machine_line()}", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        project = build_project(args.keep or Path(scratch), args.documents, args.words)
        opens, open_cpus, moves, round_trips = [], [], [], []
        moving_cpu = time.process_time()
        for _ in range(args.runs):
            opened, opened_cpu, to_paint, trips = asyncio.run(open_and_move(project, args.moves))
            opens.append(opened)
            open_cpus.append(opened_cpu)
            moves.extend(to_paint)
            round_trips.extend(trips)
        moving_cpu = (time.process_time() - moving_cpu - sum(open_cpus)) / max(len(moves), 1)
        plain = library_moves(project, args.moves)
    print(f"{args.documents} protocols of ~{args.words} words, in this process (the CLI's start: --first-paint)")
    print(f"open workbench (queue + app + first segment), median of {args.runs}: {_ms(statistics.median(opens))} "
          f"wall, {_ms(statistics.median(open_cpus))} CPU (max {_ms(max(opens))}; target < 1000 ms)")
    print(f"next segment, key to screen painted, median of {len(moves)}: {_ms(statistics.median(moves))} "
          f"(p95 {_ms(_p95(moves))}; target < 50 ms)")
    print(f"next segment, Pilot round trip, median: {_ms(statistics.median(round_trips))} "
          f"(p95 {_ms(_p95(round_trips))})")
    print(f"next segment in the library (move + view), median: {_ms(statistics.median(plain))}")
    print(f"CPU per move (app, mean): {_ms(moving_cpu)}; peak memory of this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"after: {machine_line()}")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


if __name__ == "__main__":
    main()
