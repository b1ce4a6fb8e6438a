"""A qda project: a folder with ``qda.yaml`` (configuration) and, by default, a SQLite database.

Commands find the project from ``--project DIR``, the ``QDA_PROJECT`` variable, or by walking up
from the current directory, the way git finds its repository.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from qda import settings
from qda.errors import QdaError
from qda.face import ProjectFace
from qda.safe_yaml import load_bounded
from qda.store.db import connect
from qda.store.migrate import require_current

CONFIG_NAME = settings.CONFIG_NAME
DEFAULT_DB_NAME = settings.DEFAULT_DB_NAME
CONFIG_MAX_VALUES = 100_000  # after alias expansion
CONFIG_MAX_DEPTH = 16


@dataclass
class Project(ProjectFace):
    """An opened project: its folder, its configuration, a lazily opened database, and the
    methods of :class:`qda.face.ProjectFace` to read and write it from Python."""

    root: Path
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def database_url(self) -> str:
        """The project's own ``database_url``; ``QDA_DATABASE_URL`` only when the file names none
        (:func:`qda.settings.database_url`), relative SQLite paths inside the project folder."""
        url = settings.database_url(self.config, self.root).value
        if not isinstance(url, str):
            raise QdaError("database_url must be a text such as sqlite:///qda.db", self.config_path)
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            relative = url[len("sqlite:///"):]
            if not relative or relative.startswith(":memory:"):
                return url
            resolved = (self.root / relative).resolve()
            if not resolved.is_relative_to(self.root.resolve()):
                raise QdaError(f"database_url '{url}' points outside the project folder "
                               "(write an absolute sqlite:////PATH if that is meant)", self.config_path)
            return f"sqlite:///{resolved}"
        return url

    @property
    def sqlite_file(self) -> Path | None:
        """The database file of a SQLite project (None for PostgreSQL or an in-memory database)."""
        try:
            url = make_url(self.database_url)
        except ArgumentError:  # connect() says what is wrong with it
            return None
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database)

    @cached_property
    def database(self) -> Engine:
        """The database whatever its schema revision (for ``qda db upgrade``, ``dump``, ``info``);
        a missing SQLite file is refused, not silently recreated empty."""
        file = self.sqlite_file
        if file is not None and not file.is_file():
            raise QdaError("the project database is missing (moved or deleted?): restore it, "
                           "or remove qda.yaml and run 'qda init' for an empty project", file)
        return connect(self.database_url)

    @cached_property
    def engine(self) -> Engine:
        """The database, refused while its schema is older or newer than this qda."""
        require_current(self.database)
        return self.database

    def coder(self, explicit: str | None = None) -> str:
        """Who is coding: ``--coder``, then ``QDA_CODER``, then the config, then the login name."""
        return str(settings.coder(explicit, self.config).value)

    def settings(self, coder: str | None = None) -> list[settings.Setting]:
        """Every setting with its value and where it came from (``qda info``)."""
        from qda.store.migrate import schema_state

        url = settings.database_url(self.config, self.root)
        found = [settings.Setting("project", self.root, "opened"), url, settings.coder(coder, self.config)]
        with self.database.connect() as conn:
            state = schema_state(conn)
        found.append(settings.Setting("schema", state.current, f"this qda needs {state.head}"))
        anonymize = self.config.get("anonymize") or {}
        for key in ("allow", "deny"):
            found.append(settings.Setting(f"anonymize.{key}", ", ".join(map(str, anonymize.get(key) or [])) or "–",
                                          CONFIG_NAME))
        return found

    def upgrade(self) -> tuple[str | None, str | None]:
        """Bring the schema to this qda's newest revision; the revisions before and after."""
        from qda.store.migrate import upgrade

        return upgrade(self.database)

    def dump(self, path: str | Path) -> dict[str, int]:
        """Every row to a portable snapshot (JSON Lines), written whole or not at all; rows per table."""
        from qda.store.dump import dump_file

        return dump_file(self.database, Path(path))

    def restore(self, path: str | Path) -> dict[str, int]:
        """Load a snapshot made by :meth:`dump` into this project's empty database; rows per table."""
        from qda.store.dump import restore_file

        return restore_file(self.database, Path(path))

    def database_status(self) -> dict[str, Any]:
        """The database engine, its address without password, schema revision and status, and the
        rows per table (``qda db info``)."""
        from qda.store.dump import row_counts
        from qda.store.migrate import schema_state

        with self.database.connect() as conn:
            state = schema_state(conn)
            counts = {} if state.empty else row_counts(conn)
        return {"engine": self.database.dialect.name,
                "url": make_url(self.database_url).render_as_string(hide_password=True),
                "revision": state.current, "head": state.head, "status": state.status, "rows": counts}

    def save_config(self) -> None:
        text = yaml.safe_dump(self.config, allow_unicode=True, sort_keys=False)
        (self.root / CONFIG_NAME).write_text(text, encoding="utf-8")


def init_project(directory: str | Path, database_url: str | None = None, coder: str | None = None) -> Project:
    """Create ``qda.yaml`` and the database in ``directory``; an existing project is reopened."""
    directory = Path(directory).resolve()
    if directory.exists() and not directory.is_dir():
        raise QdaError("not a folder: a project needs a folder of its own", directory)
    directory.mkdir(parents=True, exist_ok=True)
    if (directory / CONFIG_NAME).exists():
        project = open_project(directory)
        project.engine  # an existing project is checked, never silently upgraded
        return project
    url = database_url or os.environ.get("QDA_DATABASE_URL") or f"sqlite:///{DEFAULT_DB_NAME}"
    config: dict[str, Any] = {"database_url": url}
    if coder:
        config["coder"] = coder
    config["anonymize"] = {"allow": [], "deny": []}
    project = Project(directory, config)
    existing = project.sqlite_file is not None and project.sqlite_file.exists()
    # the database first, so one that cannot be reached (or is not one) leaves no qda.yaml
    project.database = connect(project.database_url, create=not existing)
    if existing:
        require_current(project.database)  # a database file already here is adopted only at the current schema
    project.save_config()
    return project


def open_project(explicit: str | Path | None = None) -> Project:
    """Open the project named by ``explicit``, ``QDA_PROJECT``, or found above the current folder."""
    root = settings.project_folder(explicit).value
    if root is None or not (root / CONFIG_NAME).is_file():
        where = root or Path.cwd()
        raise QdaError(f"no qda project here (no {CONFIG_NAME}); run 'qda init' first", where)
    config_path = root / CONFIG_NAME
    try:
        config = load_bounded(config_path.read_text(encoding="utf-8"), config_path, CONFIG_MAX_VALUES, CONFIG_MAX_DEPTH)
    except UnicodeDecodeError:
        raise QdaError("not a text file (UTF-8 YAML expected)", config_path) from None
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else None
        raise QdaError(f"invalid YAML: {getattr(exc, 'problem', exc)}", config_path, line) from exc
    config = config or {}
    if not isinstance(config, dict):
        raise QdaError("the configuration must be a mapping", config_path, 1)
    return Project(root, config)
