"""``qda codebook load|show|check|rename|merge``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.tree import Tree
from sqlalchemy import func, select

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option
from qda.codebook import check_codebook_file, load_codebook_file, load_codes, merge_codes, rename_code, sync_codebook
from qda.codebook.store import codebook_info
from qda.store.schema import codings

codebook_app = typer.Typer(help="Load, inspect and reorganise the codebook.", no_args_is_help=True)
REQUIRED_FOR_CODING = ("definition", "anchor_examples", "coding_rules")
FREE_VALUES = {"flag": "yes, no", "text": "a short phrase"}


def register(app: typer.Typer) -> None:
    app.add_typer(codebook_app, name="codebook")


@codebook_app.command("load")
def load(ctx: typer.Context, file: Path = typer.Argument(..., help="Codebook YAML file.")) -> None:
    """Load (or reload) the codebook; codes dropped from the file keep their codings.

    Example: qda codebook load codebooks/ejo-implementation.yaml
    """
    codebook = load_codebook_file(file)
    project = get_project(ctx)
    with project.engine.begin() as conn:
        result = sync_codebook(conn, codebook)
    typer.echo(f"codebook '{codebook.name}': {len(result['added'])} added, {len(result['updated'])} updated, "
               f"{len(result['deactivated'])} deactivated; {len(codebook.features())} features")
    if result["deactivated"]:
        typer.echo(f"warning: no longer in the file: {', '.join(result['deactivated'])} "
                   f"({result['kept_codings']} codings kept; use 'qda codebook merge' or 'rename')", err=True)


def code_rows(conn, include_inactive: bool = False) -> list[dict]:
    counts = dict(conn.execute(select(codings.c.code_id, func.count()).group_by(codings.c.code_id)).all())
    return [
        {"path": c.path, "label": c.label, "label_en": c.label_en, "color": c.color,
         "codings": counts.get(c.id, 0), "active": c.active, "definition": c.definition,
         "anchor_examples": c.anchor_examples, "coding_rules": c.coding_rules, "keywords": c.keywords}
        for c in load_codes(conn, include_inactive=include_inactive)
    ]


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
    with project.engine.connect() as conn:
        rows = code_rows(conn, include_inactive=all_codes)
        info = codebook_info(conn)
    if fmt != "tree":
        columns = ("path", "label", "label_en", "color", "codings", "active") if fmt == "table" else None
        emit(rows, fmt, columns)
        return
    tree = Tree(f"[bold]{info.get('name') or 'no codebook loaded'}[/]")
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
    if file is not None:
        problems = [str(p) for p in check_codebook_file(file)]
        count = None
    else:
        project = get_project(ctx)
        with project.engine.connect() as conn:
            rows = code_rows(conn, include_inactive=True)
        problems = [f"code '{r['path']}' has no {field.replace('_', ' ')}"
                    for r in rows if r["active"] for field in REQUIRED_FOR_CODING if not r[field]]
        problems += [f"code '{r['path']}' is no longer in the codebook but holds {r['codings']} codings"
                     for r in rows if not r["active"] and r["codings"]]
        if not rows:
            problems.append("no codebook loaded: run 'qda codebook load FILE'")
        count = len([r for r in rows if r["active"]])
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
    project = get_project(ctx)
    with project.engine.begin() as conn:
        code = rename_code(conn, old, new)
    typer.echo(f"renamed to {code.path}")


@codebook_app.command("merge")
def merge(ctx: typer.Context, source: str = typer.Argument(...), target: str = typer.Argument(...)) -> None:
    """Merge SOURCE into TARGET: its codings move to TARGET and SOURCE is removed.

    Example: qda codebook merge egv/standard_text egv/individuality
    """
    project = get_project(ctx)
    with project.engine.begin() as conn:
        moved = merge_codes(conn, source, target)
    typer.echo(f"merged {source} into {target}: {moved} codings moved")


@codebook_app.command("features")
def features(ctx: typer.Context, fmt: str = format_option()) -> None:
    """The features findings are recorded for: id, kind, code, label and allowed values.

    Example: qda codebook features --format json
    """
    from qda.codebook.store import load_features

    with get_project(ctx).engine.connect() as conn:
        rows = [{"id": f.id, "kind": f.kind, "code": f.code, "label": f.label, "label_en": f.label_en,
                 "values": FREE_VALUES.get(f.kind) or ", ".join(
                     f"{v.id}={v.symbol or v.label}" if f.kind == "rating" else v.id for v in f.values)}
                for f in load_features(conn)]
    emit(rows, fmt, ["id", "kind", "code", "label", "values"] if fmt == "table" else None,
         title=f"{len(rows)} features")
