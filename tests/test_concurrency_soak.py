"""Soak: 4 coder processes × 500 codings on one project while the codebook is reloaded, one coder
SIGKILLed at random moments and restarted; then every acknowledged coding is there exactly once.

Runs on SQLite and PostgreSQL in the SQLite pass of the suite (the PostgreSQL pass skips it).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml
from pg_server import engine_under_test
from sqlalchemy import func, select

from qda.codebook import load_codebook_file, sync_codebook
from qda.ingest import import_paths
from qda.project import init_project
from qda.store.db import run_write
from qda.store.schema import codes, codings, documents, orphaned_codings, segments

pytestmark = pytest.mark.skipif(engine_under_test() == "postgresql",
                                reason="runs on both engines itself, in the SQLite pass")

WORKER = Path(__file__).with_name("coding_worker.py")
CODERS = ("anna", "anna", "ben", "ben")  # pairs race on the same codings; the last worker is the one killed
OPS = 500
KILLS = 3
DEADLINE = 90  # seconds for the whole soak


@pytest.fixture(params=["sqlite", "postgresql"])
def soak_project(request, tmp_path, protocol_dir, mini_codebook):
    url = request.getfixturevalue("pg_database") if request.param == "postgresql" else None
    project = init_project(tmp_path / "soak", database_url=url)
    import_paths(project.engine, [protocol_dir])
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(mini_codebook))
    yield project
    project.database.dispose()


def _other_codebook(mini_codebook: Path, folder: Path) -> Path:
    """The mini codebook reordered, relabelled and with one more code."""
    data = yaml.safe_load(mini_codebook.read_text(encoding="utf-8"))
    data["codes"] = [*reversed(data["codes"]), {"id": "extra", "label": "Zusatz"}]
    for code in data["codes"]:
        code["label"] += " (neu)"
    path = folder / "other.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


class Reloader(threading.Thread):
    """Reloads the two codebook versions in turn until stopped, as a second user would."""

    def __init__(self, project, files: list[Path]):
        super().__init__(daemon=True)
        self.project, self.books, self.reloads = project, [load_codebook_file(f) for f in files], 0
        self.stop, self.error = threading.Event(), None

    def run(self) -> None:
        try:
            while not self.stop.wait(0.05):
                book = self.books[self.reloads % 2]
                run_write(self.project.engine, lambda conn: sync_codebook(conn, book))
                self.reloads += 1
        except Exception as error:  # reported by the test
            self.error = error


def _start(project, index: int, first: int, out: Path) -> subprocess.Popen:
    command = [sys.executable, str(WORKER), str(project.root), CODERS[index], str(index + 1), str(OPS), str(first)]
    return subprocess.Popen(command, stdout=out.open("w"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def _acks(out: Path) -> list[list[str]]:
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    return [line.split() for line in lines if line.startswith("ack ") and line.endswith("\n")]


def _wait_for_new_ack(out: Path, seen: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while len(_acks(out)) <= seen and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)


def _run_victim(project, folder: Path, chooser: random.Random) -> tuple[list[Path], int]:
    """Worker 4, SIGKILLed at random moments after it has coded something, restarted each time
    from its first unacknowledged operation; returns its output files and the kills made."""
    outputs, first, kills = [], 0, 0
    while True:
        out = folder / f"victim-{len(outputs)}.out"
        outputs.append(out)
        process = _start(project, 3, first, out)
        if kills == KILLS:
            assert process.wait(timeout=DEADLINE) == 0, out.read_text()
            return outputs, kills
        _wait_for_new_ack(out, 0, process)
        time.sleep(chooser.uniform(0, 0.15))
        if process.poll() is not None:  # finished before the kill
            return outputs, kills
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
        kills += 1
        acked = _acks(out)
        first = int(acked[-1][1]) + 1 if acked else first


def test_four_coders_one_killed_every_acknowledged_coding_present_once(soak_project, mini_codebook, tmp_path):
    started = time.monotonic()
    reloader = Reloader(soak_project, [_other_codebook(mini_codebook, tmp_path), mini_codebook])
    reloader.start()
    outs = [tmp_path / f"worker-{index}.out" for index in range(3)]
    workers = [_start(soak_project, index, 0, out) for index, out in enumerate(outs)]
    victim_outputs, kills = _run_victim(soak_project, tmp_path, random.Random(20240312))
    for worker, out in zip(workers, outs):
        assert worker.wait(timeout=DEADLINE) == 0, out.read_text()
    reloader.stop.set()
    reloader.join(30)
    elapsed = time.monotonic() - started
    assert reloader.error is None and reloader.reloads >= 2
    assert kills == KILLS

    acked = [(coder, ack) for coder, out in zip(CODERS, outs) for ack in _acks(out)]
    acked += [("ben", ack) for out in victim_outputs for ack in _acks(out)]
    assert len(acked) >= 3 * OPS + OPS  # the victim's restarts re-do what was not acknowledged
    victim_ops = {int(ack[1]) for out in victim_outputs for ack in _acks(out)}
    assert victim_ops == set(range(OPS))

    stored = _stored_codings(soak_project)
    keys = Counter(stored)
    assert not [key for key, count in keys.items() if count > 1]  # no duplicates
    ids = {}
    for coder, (_, _, doc, segment, code, start, end, coding_id, _) in acked:
        key = (coder, doc, int(segment), code, int(start), int(end))
        assert keys[key] == 1, f"acknowledged coding {key} is missing"
        assert ids.setdefault(key, int(coding_id)) == int(coding_id)  # every ack names the one stored row
    # nothing stored that no one acknowledged (a kill fell between commit and ack: re-done)
    assert set(stored) == set(ids)
    _assert_consistent(soak_project)
    assert elapsed < DEADLINE


def _stored_codings(project) -> list[tuple]:
    with project.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(
            select(codings.c.coder, documents.c.doc_key, segments.c.number, codes.c.path, codings.c.char_start,
                   codings.c.char_end)
            .join(segments, segments.c.id == codings.c.segment_id)
            .join(documents, documents.c.id == segments.c.document_id)
            .join(codes, codes.c.id == codings.c.code_id))]


def _assert_consistent(project) -> None:
    """Codes all present and active, nothing orphaned, and the SQLite file intact."""
    with project.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(orphaned_codings)).scalar() == 0
        used = conn.execute(select(codes.c.path, codes.c.active).where(
            codes.c.id.in_(select(codings.c.code_id)))).all()
        assert sorted(used) == [(path, True) for path in sorted(
            ("contact_density", "egv", "interfaces", "interfaces/basisteam"))]
        if project.database.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
