"""Freed memory is reused, not faulted in again, once the CLI or a scoring worker tuned malloc."""

from __future__ import annotations

import subprocess
import sys

import pytest

from qda.allocator import hold_freed_memory

CHURN = """
import resource, sys
import numpy
from qda.allocator import hold_freed_memory
tuned = hold_freed_memory() if sys.argv[1] == "hold" else False
sizes = [(37 * i) % 23 + 1 for i in range(60)]  # arrays of 0.5 to 12 MB, made and freed as a batch's are


def batch():
    kept = [numpy.ones(size << 16) for size in sizes[:20]]
    for size in sizes[20:]:
        kept.append(numpy.ones(size << 16))
        kept.pop(0)


batch()  # the first batch faults its memory in either way
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    batch()
print(tuned, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def faults(mode: str) -> tuple[str, int]:
    done = subprocess.run([sys.executable, "-c", CHURN, mode], capture_output=True, text=True, check=True)
    tuned, count = done.stdout.split()
    return tuned, int(count)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_memory_freed_by_one_batch_is_reused_by_the_next():
    assert faults("default")[1] > 50_000  # given back and faulted in again, batch after batch
    tuned, count = faults("hold")
    assert tuned == "True" and count < 1000


def test_the_tuning_says_whether_it_applied():
    assert hold_freed_memory() is sys.platform.startswith("linux")
