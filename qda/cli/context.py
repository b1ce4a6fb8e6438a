"""What every command needs: the project (found lazily, so ``qda init`` works without one)."""

from __future__ import annotations

import os

import typer

from qda.project import CONFIG_NAME, Project, open_project


def project(ctx: typer.Context) -> Project:
    """The project for this invocation, from ``--project``, ``QDA_PROJECT`` or the folder tree."""
    root = ctx.find_root()
    obj = root.obj if isinstance(root.obj, dict) else {}
    if "project" not in obj:
        obj["project"] = open_project(obj.get("project_dir"))
        root.obj = obj
        _say_which_database(obj["project"])
    return obj["project"]


def _say_which_database(opened: Project) -> None:
    """The project's own database wins over ``QDA_DATABASE_URL``; say so rather than surprise."""
    from_env = os.environ.get("QDA_DATABASE_URL")
    own = opened.config.get("database_url")
    if from_env and own and from_env != own:
        typer.echo(f"warning: QDA_DATABASE_URL ignored: {CONFIG_NAME} names its own database_url", err=True)
