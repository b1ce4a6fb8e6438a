"""Writing output files safely: every file qda writes appears whole or not at all.

A file is written to a temporary name next to its target and renamed over it, so an interrupted
run never leaves a half-written report, table or suggestion list; temporaries that a killed run
left behind are removed by the next write. Every layer may use this module.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable
from pathlib import Path


def atomic_write(path: Path, data: bytes | str, writer: Callable[[Path], None] | None = None) -> None:
    """Write ``data`` (or let ``writer`` write) to a temporary file next to ``path``, then rename.
    Temporaries that a killed run left behind are removed first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # created with the user's umask
    temporary.unlink(missing_ok=True)
    try:
        if writer is not None:
            writer(temporary)
        elif isinstance(data, str):
            temporary.write_text(data, encoding="utf-8")
        else:
            temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _remove_stale_temporaries(path: Path) -> None:
    """``.NAME.PID.tmp`` files of processes that no longer run (killed mid-write)."""
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = stale.name[len(path.name) + 2:-len(".tmp")]
        if pid.isdigit() and not _running(int(pid)):
            stale.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but someone else's
        pass
    return True
