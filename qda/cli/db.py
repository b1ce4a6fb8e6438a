"""``qda db upgrade|dump|restore|info``: schema versions and portable snapshots of the database."""

from __future__ import annotations

from pathlib import Path

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option

db_app = typer.Typer(help="The project database: schema upgrades, dump and restore, status.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade_command(ctx: typer.Context) -> None:
    """Bring the database schema to this qda's newest revision (old projects keep all their data).

    Example: qda db upgrade
    """
    before, after = get_project(ctx).upgrade()
    if before == after:
        typer.echo(f"schema already at revision {after}")
    else:
        typer.echo(f"schema upgraded from {before or 'the pre-migration schema'} to revision {after}")


@db_app.command("dump")
def dump_command(ctx: typer.Context,
                 file: Path = typer.Argument(..., help="Snapshot file to write (JSON Lines).")) -> None:
    """Save every row of the project to a portable snapshot (SQLite and PostgreSQL alike).

    Example: qda db dump backup.jsonl
    """
    counts = get_project(ctx).dump(file)
    typer.echo(f"dumped {sum(counts.values())} rows of {len(counts)} tables to {file}")


@db_app.command("restore")
def restore_command(ctx: typer.Context,
                    file: Path = typer.Argument(..., help="Snapshot made by 'qda db dump'.")) -> None:
    """Load a snapshot into this project's empty database (e.g. a new project on PostgreSQL).

    Example: qda init team --database postgresql://qda@db.example/team && qda -p team db restore backup.jsonl
    """
    counts = get_project(ctx).restore(file)
    typer.echo(f"restored {sum(counts.values())} rows of {len(counts)} tables from {file}")


@db_app.command("info")
def info_command(ctx: typer.Context, fmt: str = format_option()) -> None:
    """Show the database engine, its schema revision and the rows per table.

    Example: qda db info --format json
    """
    status = get_project(ctx).database_status()
    counts = status.pop("rows")
    if fmt == "json":
        emit([{**status, "rows": counts}], fmt)
    else:
        if fmt == "table":
            typer.echo(f"{status['engine']} {status['url']} · schema revision {status['revision'] or '(none)'} · "
                       f"{status['status']}")
        emit([{"table": table, "rows": count} for table, count in counts.items()], fmt, ["table", "rows"])
