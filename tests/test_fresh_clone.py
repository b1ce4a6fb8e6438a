"""A clone with nothing beside it runs the REFI tests: everything they need is in the repository.

The REFI tests once read schemas and samples from ``../shared/``, which only the developers' machine
had; this clones the committed HEAD into an empty temp folder and runs those tests there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFI_TESTS = ("tests/test_refi.py", "tests/test_refi_interop.py", "tests/test_export.py")


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], check=False, cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    if shutil.which("git") is None or _git("rev-parse", "HEAD", cwd=ROOT).returncode != 0:
        pytest.skip("not a git checkout")
    target = tmp_path / "qda"
    result = _git("clone", "--quiet", str(ROOT), str(target), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["qda"]
    return target


def test_refi_tests_pass_in_a_clone_with_nothing_beside_it(clone: Path):
    env = {**os.environ, "PYTHONPATH": str(clone), "QDA_TEST_DB": "sqlite"}
    where = subprocess.run([sys.executable, "-c", "import qda; print(qda.__file__)"], check=True, cwd=clone,
                           env=env, capture_output=True, text=True, timeout=60)
    assert Path(where.stdout.strip()).is_relative_to(clone)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *REFI_TESTS],
                         check=False, cwd=clone, env=env, capture_output=True, text=True, timeout=600)
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert " passed" in summary and "failed" not in summary and "error" not in summary
