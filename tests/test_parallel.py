"""Forked workers: results in order, the function never pickled, errors back in the caller."""

from __future__ import annotations

import os

import pytest

from qda import parallel
from qda.errors import QdaError
from qda.parallel import forked_map, worker_count


def test_results_come_in_order_from_other_processes():
    offset = 1000  # a closure: forked with the workers, never pickled

    def work(item: int) -> tuple[int, int]:
        return item + offset, os.getpid()

    results = list(forked_map(work, range(50), 2))
    assert [value for value, _ in results] == list(range(1000, 1050))
    assert os.getpid() not in {pid for _, pid in results}


def test_one_process_runs_in_this_one():
    assert list(forked_map(lambda item: (item, os.getpid()), [1, 2], 1)) == [(1, os.getpid()), (2, os.getpid())]


def test_an_error_in_a_worker_arrives_with_file_and_line():
    def work(item: int) -> int:
        if item == 7:
            raise QdaError("bad item", "input.txt", 7)
        return item

    with pytest.raises(QdaError) as raised:
        list(forked_map(work, range(20), 2))
    assert str(raised.value) == "input.txt:7: bad item"


def test_two_processes_only_for_a_big_job_on_an_idle_machine_with_two_cores(monkeypatch, tmp_path):
    loadavg = tmp_path / "loadavg"
    monkeypatch.setattr(parallel, "LOADAVG", loadavg)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    loadavg.write_text("1.90 1.20 0.80 1/120 4242\n")  # only this process runs, a minute after a big job
    assert worker_count(5_000, 2_000) == 2
    assert worker_count(10, 2_000) == 1  # small: forking costs more than it saves
    loadavg.write_text("0.20 0.20 0.20 3/120 4242\n")  # two others run now
    assert worker_count(5_000, 2_000) == 1  # busy: no core to spare
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    loadavg.write_text("0.00 0.00 0.00 1/120 4242\n")
    assert worker_count(5_000, 2_000) == 1


def test_without_proc_the_load_average_decides(monkeypatch, tmp_path):
    monkeypatch.setattr(parallel, "LOADAVG", tmp_path / "missing")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert worker_count(5_000, 2_000) == 2
    monkeypatch.setattr(os, "getloadavg", lambda: (1.8, 1.0, 1.0))
    assert worker_count(5_000, 2_000) == 1
