"""``qda codebook load|show|check|rename|merge``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option
from qda.codebook import check_codebook_file, load_codebook_file

codebook_app = typer.Typer(help="Load, inspect and reorganise the codebook.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(codebook_app, name="codebook")


@codebook_app.command("load")
def load(ctx: typer.Context, file: Path = typer.Argument(..., help="Codebook YAML file.")) -> None:
    """Load (or reload) the codebook; codes dropped from the file keep their codings.

    Example: qda codebook load codebooks/ejo-implementation.yaml
    """
    codebook = load_codebook_file(file)
    result = get_project(ctx).load_codebook(codebook)
    typer.echo(f"codebook '{codebook.name}': {len(result['added'])} added, {len(result['updated'])} updated, "
               f"{len(result['deactivated'])} deactivated; {len(codebook.features())} features")
    if result["deactivated"]:
        typer.echo(f"warning: no longer in the file: {', '.join(result['deactivated'])} "
                   f"({result['kept_codings']} codings kept; use 'qda codebook merge' or 'rename')", err=True)


@codebook_app.command("show")
def show(
    ctx: typer.Context,
    fmt: str = format_option("tree", "table", "json", "csv", default="tree"),
    all_codes: bool = typer.Option(False, "--all", help="Include codes no longer in the codebook."),
) -> None:
    """Show the code tree with labels and coding counts.

    Example: qda codebook show --format json
    """
    project = get_project(ctx)
    rows = project.codes(include_inactive=all_codes)
    if fmt != "tree":
        columns = ("path", "label", "label_en", "color", "codings", "active") if fmt == "table" else None
        emit(rows, fmt, columns)
        return
    from rich.console import Console
    from rich.tree import Tree

    tree = Tree(f"[bold]{project.codebook_name() or 'no codebook loaded'}[/]")
    nodes = {"": tree}
    for row in rows:
        parent = row["path"].rpartition("/")[0]
        style = row["color"] or "white"
        label = f"[{style}]■[/] {row['path'].rpartition('/')[2]}  {row['label']}  [dim]({row['codings']})[/]"
        nodes[row["path"]] = nodes.get(parent, tree).add(label)
    Console().print(tree)


@codebook_app.command("check")
def check(
    ctx: typer.Context,
    file: Optional[Path] = typer.Argument(None, help="A codebook file; default: the project's codebook."),
) -> None:
    """Validate a codebook file, or check the project's codebook is complete enough to code with.

    Example: qda codebook check codebooks/ejo-implementation.yaml
    """
    count: int | None = None
    if file is not None:
        problems = [str(p) for p in check_codebook_file(file)]
    else:
        problems, count = get_project(ctx).check_codebook()
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"codebook ok ({count} codes)" if count is not None else "codebook ok")


@codebook_app.command("rename")
def rename(ctx: typer.Context, old: str = typer.Argument(...), new: str = typer.Argument(...)) -> None:
    """Give a code a new id or place in the tree; its codings move along.

    Example: qda codebook rename interfaces/netzwerk interfaces/partners
    """
    typer.echo(f"renamed to {get_project(ctx).rename_code(old, new)}")


@codebook_app.command("merge")
def merge(ctx: typer.Context, source: str = typer.Argument(...), target: str = typer.Argument(...)) -> None:
    """Merge SOURCE into TARGET: its codings move to TARGET and SOURCE is removed.

    Example: qda codebook merge egv/standard_text egv/individuality
    """
    moved = get_project(ctx).merge_codes(source, target)
    typer.echo(f"merged {source} into {target}: {moved} codings moved")


@codebook_app.command("features")
def features(ctx: typer.Context, fmt: str = format_option()) -> None:
    """The features findings are recorded for: id, kind, code, label and allowed values.

    Example: qda codebook features --format json
    """
    rows = get_project(ctx).features()
    emit(rows, fmt, ["id", "kind", "code", "label", "values"] if fmt == "table" else None,
         title=f"{len(rows)} features")
