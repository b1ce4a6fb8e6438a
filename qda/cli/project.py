"""``qda init``: create a project."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from qda.project import init_project


def register(app: typer.Typer) -> None:
    app.command("init")(init)


def init(
    directory: Path = typer.Argument(Path("."), help="Folder for the project (created if missing)."),
    database: Optional[str] = typer.Option(
        None, "--database", help="Database URL, e.g. postgresql://user@host/db (default: SQLite file qda.db)."),
    coder: Optional[str] = typer.Option(None, "--coder", help="Default coder name for this project."),
) -> None:
    """Create a project: qda.yaml and its database.

    Example: qda init study && cd study
    """
    created = init_project(directory, database_url=database, coder=coder)
    typer.echo(f"project ready in {created.root} ({created.database_url.split('://')[0]})")
