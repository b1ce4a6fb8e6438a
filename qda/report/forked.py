"""Work done in a forked child while the parent goes on: ``report all`` writes the reports and
matrices (from data already in memory, no database) beside the protocol pages (read from the
database), so on two cores the two halves overlap.

The child inherits the data by ``fork`` (copy-on-write, nothing sent); only its result, or its
error, comes back through a pipe. Without ``fork`` (Windows) the work runs when its result is
asked for.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from qda.errors import QdaError

T = TypeVar("T")


class Beside(Generic[T]):
    """``work()`` started in a child process (``parallel`` and ``fork`` available), or deferred."""

    def __init__(self, work: Callable[[], T], parallel: bool) -> None:
        self.work = work
        self.pid: int | None = None
        self.read_end = -1
        if parallel and hasattr(os, "fork"):
            self._start()

    def _start(self) -> None:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run, send the outcome, leave without the parent's clean-up
            os.close(read_end)
            code = 1
            try:
                try:
                    outcome: tuple = ("ok", self.work())
                except QdaError as error:
                    outcome = ("qda", (error.message, error.path, error.line))
                except Exception as error:  # noqa: BLE001 (re-raised in the parent)
                    outcome = ("error", f"{type(error).__name__}: {error}")
                with os.fdopen(write_end, "wb") as pipe:
                    pickle.dump(outcome, pipe)
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        self.pid, self.read_end = pid, read_end

    def result(self) -> T:
        """The work's result (waiting for the child); its error raised here."""
        if self.pid is None:
            return self.work()
        with os.fdopen(self.read_end, "rb") as pipe:
            data = pipe.read()
        os.waitpid(self.pid, 0)
        self.pid = None
        outcome: tuple[str, Any] = pickle.loads(data) if data else ("error", "the child ended without a result")
        kind, value = outcome
        if kind == "qda":
            raise QdaError(*value)
        if kind == "error":
            raise RuntimeError(value)
        result: T = value
        return result

    def abandon(self) -> None:
        """Wait for the child without its result (the parent failed first)."""
        if self.pid is not None:
            os.close(self.read_end)
            os.waitpid(self.pid, 0)
            self.pid = None
