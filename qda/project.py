"""A qda project: a folder with ``qda.yaml`` (configuration) and, by default, a SQLite database.

Commands find the project from ``--project DIR``, the ``QDA_PROJECT`` variable, or by walking up
from the current directory, the way git finds its repository.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine

from qda.errors import QdaError
from qda.face import ProjectFace
from qda.store.db import connect
from qda.store.migrate import require_current, upgrade

CONFIG_NAME = "qda.yaml"
DEFAULT_DB_NAME = "qda.db"


@dataclass
class Project(ProjectFace):
    """An opened project: its folder, its configuration, a lazily opened database, and the
    methods of :class:`qda.face.ProjectFace` to read and write it from Python."""

    root: Path
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def database_url(self) -> str:
        url = os.environ.get("QDA_DATABASE_URL") or self.config.get("database_url")
        if not url:
            return f"sqlite:///{self.root / DEFAULT_DB_NAME}"
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            relative = url[len("sqlite:///"):]
            return f"sqlite:///{(self.root / relative).resolve()}"
        return url

    @cached_property
    def database(self) -> Engine:
        """The database whatever its schema revision (for ``qda db upgrade``, ``dump``, ``info``)."""
        return connect(self.database_url)

    @cached_property
    def engine(self) -> Engine:
        """The database, refused while its schema is older or newer than this qda."""
        require_current(self.database)
        return self.database

    def coder(self, explicit: str | None = None) -> str:
        """Who is coding: ``--coder``, then ``QDA_CODER``, then the config, then the login name."""
        return explicit or os.environ.get("QDA_CODER") or self.config.get("coder") or getpass.getuser()

    def save_config(self) -> None:
        text = yaml.safe_dump(self.config, allow_unicode=True, sort_keys=False)
        (self.root / CONFIG_NAME).write_text(text, encoding="utf-8")


def init_project(directory: str | Path, database_url: str | None = None, coder: str | None = None) -> Project:
    """Create ``qda.yaml`` and the database in ``directory``; an existing project is reopened."""
    directory = Path(directory).resolve()
    directory.mkdir(parents=True, exist_ok=True)
    if (directory / CONFIG_NAME).exists():
        project = open_project(directory)
        project.engine  # an existing project is checked, never silently upgraded
        return project
    config: dict[str, Any] = {"database_url": database_url or f"sqlite:///{DEFAULT_DB_NAME}"}
    if coder:
        config["coder"] = coder
    config["anonymize"] = {"allow": [], "deny": []}
    project = Project(directory, config)
    upgrade(project.database)  # first, so a database that cannot be reached leaves no qda.yaml
    project.save_config()
    return project


def find_project_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds a ``qda.yaml``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def open_project(explicit: str | Path | None = None) -> Project:
    """Open the project named by ``explicit``, ``QDA_PROJECT``, or found above the current folder."""
    chosen = explicit or os.environ.get("QDA_PROJECT")
    root = Path(chosen).resolve() if chosen else find_project_root(Path.cwd())
    if root is None or not (root / CONFIG_NAME).is_file():
        where = root or Path.cwd()
        raise QdaError(f"no qda project here (no {CONFIG_NAME}); run 'qda init' first", where)
    config_path = root / CONFIG_NAME
    try:
        config = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else None
        raise QdaError(f"invalid YAML: {getattr(exc, 'problem', exc)}", config_path, line) from exc
    if not isinstance(config, dict):
        raise QdaError("the configuration must be a mapping", config_path, 1)
    return Project(root, config)
