"""What every command needs: the project (found lazily, so ``qda init`` works without one)."""

from __future__ import annotations

import typer

from qda.project import Project, open_project


def project(ctx: typer.Context) -> Project:
    """The project for this invocation, from ``--project``, ``QDA_PROJECT`` or the folder tree."""
    root = ctx.find_root()
    obj = root.obj if isinstance(root.obj, dict) else {}
    if "project" not in obj:
        obj["project"] = open_project(obj.get("project_dir"))
        root.obj = obj
    return obj["project"]
