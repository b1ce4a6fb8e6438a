"""One error type for everything a user can get wrong, rendered as a single line."""

from __future__ import annotations

from pathlib import Path


class QdaError(Exception):
    """A user-facing error: bad input, unknown id, missing project.

    Carries the file and line it is about so the CLI can print ``file:line: problem``.
    """

    exit_code = 1

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"
