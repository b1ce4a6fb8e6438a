"""``qda site set|list``: site attributes (Regionaldirektion, Typ, start date) that group tables."""

from __future__ import annotations

from typing import List

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option

site_app = typer.Typer(help="Site attributes that group and sort overview tables.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(site_app, name="site")


@site_app.command("set")
def set_command(
    ctx: typer.Context,
    site: str = typer.Argument(..., help="Site name as in the protocols' metadata."),
    assignments: List[str] = typer.Argument(..., help="KEY=VALUE pairs; KEY= removes an attribute."),
) -> None:
    """Set attributes of a site.

    Example: qda site set Krefeld rd="RD NRW" typ=gE start=2023-10-01
    """
    from qda.findings.sites import parse_assignments

    values = parse_assignments(assignments)
    get_project(ctx).set_site(site, values)
    changes = [f"{key}={value}" if value else f"{key} removed" for key, value in values.items()]
    typer.echo(f"{site}: {', '.join(changes)}")


@site_app.command("list")
def list_command(ctx: typer.Context, fmt: str = format_option()) -> None:
    """Every site with its attributes and number of protocols.

    Example: qda site list --format csv
    """
    keys, rows = get_project(ctx).sites()
    emit(rows, fmt, ["site", *keys, "protocols"], title=f"{len(rows)} sites")
