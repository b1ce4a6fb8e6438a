"""Where each setting of a project comes from, decided in one place.

Precedence, highest first (``qda info`` prints the value and its source):

- project folder: ``--project``; ``QDA_PROJECT``; the nearest folder at or above the current
  one holding ``qda.yaml``;
- database: ``database_url`` in ``qda.yaml``; ``QDA_DATABASE_URL`` (only when the file names
  none); ``qda.db`` in the project folder;
- coder: ``--coder``; ``QDA_CODER``; ``coder`` in ``qda.yaml``; the login name.

The project file wins over the environment for the database, so a shell variable left over from
another project never sends one project's codings into another's database.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONFIG_NAME = "qda.yaml"
DEFAULT_DB_NAME = "qda.db"


@dataclass(frozen=True)
class Setting:
    name: str
    value: Any
    source: str


def project_folder(explicit: str | Path | None, environ: Mapping[str, str] = os.environ,
                   cwd: Path | None = None) -> Setting:
    """The project folder (it may hold no ``qda.yaml``; opening the project says so)."""
    if explicit:
        return Setting("project", Path(explicit).resolve(), "--project")
    if environ.get("QDA_PROJECT"):
        return Setting("project", Path(environ["QDA_PROJECT"]).resolve(), "QDA_PROJECT")
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return Setting("project", folder, f"found above {start}" if folder != start else "current folder")
    return Setting("project", None, f"no {CONFIG_NAME} at or above {start}")


def database_url(config: Mapping[str, Any], root: Path, environ: Mapping[str, str] = os.environ) -> Setting:
    """The configured database URL, before relative SQLite paths are resolved."""
    if config.get("database_url"):
        return Setting("database_url", config["database_url"], CONFIG_NAME)
    if environ.get("QDA_DATABASE_URL"):
        return Setting("database_url", environ["QDA_DATABASE_URL"], "QDA_DATABASE_URL")
    return Setting("database_url", f"sqlite:///{root / DEFAULT_DB_NAME}", "default")


def coder(explicit: str | None, config: Mapping[str, Any], environ: Mapping[str, str] = os.environ) -> Setting:
    if explicit:
        return Setting("coder", explicit, "--coder")
    if environ.get("QDA_CODER"):
        return Setting("coder", environ["QDA_CODER"], "QDA_CODER")
    if config.get("coder"):
        return Setting("coder", config["coder"], CONFIG_NAME)
    return Setting("coder", getpass.getuser(), "login name")
