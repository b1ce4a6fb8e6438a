"""Work spread over two cores by forking: when it pays, and an ordered map over forked workers.

The workers are forked with the work's function already in them (a module global), so nothing
is pickled but the items and the results; a bounded window of items is in flight, so memory
stays flat however many items come.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from qda.allocator import hold_freed_memory

LOADAVG = Path("/proc/loadavg")  # its fourth field: runnable tasks / all tasks
_TASK: Callable[[Any], Any] | None = None


def worker_count(jobs: int, threshold: int) -> int:
    """Two processes for at least ``threshold`` jobs while a core is idle; one otherwise (a second
    process on a busy machine, or for a small job, only adds the cost of forking)."""
    cores = os.cpu_count() or 1
    if jobs < threshold or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return 2 if others_running() < cores - 0.5 else 1


def others_running() -> float:
    """How many processes besides this one run now: on Linux the count of runnable tasks in
    ``/proc/loadavg``, elsewhere the load average of the last minute. (That average lags: for a
    minute after a job on two cores ends it still says the machine is busy.)"""
    try:
        return int(LOADAVG.read_text().split()[3].split("/")[0]) - 1
    except (OSError, IndexError, ValueError):
        return os.getloadavg()[0]


def forked_map(function: Callable[[Any], Any], items: Iterable[Any], processes: int) -> Iterator[Any]:
    """``function(item)`` for each item, in order; on ``processes`` forked workers when more than one."""
    if processes <= 1:
        yield from map(function, items)
        return
    global _TASK
    _TASK = function
    try:
        with multiprocessing.get_context("fork").Pool(processes, initializer=hold_freed_memory) as pool:
            pending: deque = deque()
            for item in items:
                pending.append(pool.apply_async(_run_task, (item,)))
                if len(pending) > 2 * processes:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()
    finally:
        _TASK = None


def _run_task(item: Any) -> Any:
    assert _TASK is not None, "a worker runs tasks only after forked_map forked it with one"
    return _TASK(item)
