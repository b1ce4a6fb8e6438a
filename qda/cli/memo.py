"""``qda memo add|list|show|delete``: notes on segments, documents, codes or the project."""

from __future__ import annotations

from typing import Optional

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, wide_option
from qda.coding.memos import TARGET_KINDS

memo_app = typer.Typer(help="Memos on segments, documents, codes or the project.", no_args_is_help=True)
MEMO_COLUMNS = ("id", "target_kind", "document", "segment", "code", "coder", "updated_at", "text")
TABLE_COLUMNS = ("id", "target_kind", "document", "segment", "code", "coder", "text")


def register(app: typer.Typer) -> None:
    app.add_typer(memo_app, name="memo")


@memo_app.command("add")
def add(
    ctx: typer.Context,
    text: str = typer.Argument(..., help="The memo text."),
    doc: Optional[str] = typer.Option(
        None, "--doc", help="On this document, by its id (with --segment: on a segment)."),
    segment: Optional[int] = typer.Option(None, "--segment", help="Segment number in --doc."),
    code: Optional[str] = typer.Option(None, "--code", help="On this code."),
    coder: Optional[str] = typer.Option(None, "--coder", help="Author (default: QDA_CODER, config, login)."),
) -> None:
    """Write a memo; without --doc or --code it is a project memo.

    Example: qda memo add "EGV hier fast immer Standardtext" --doc BO-OP-IFK-W1 --segment 3
    """
    memo_id = get_project(ctx).add_memo(text, doc, segment, code, coder)
    typer.echo(f"memo {memo_id} saved")


@memo_app.command("list")
def list_command(
    ctx: typer.Context,
    kind: Optional[str] = typer.Option(None, "--kind", help=f"Only memos on: {', '.join(TARGET_KINDS)}."),
    doc: Optional[str] = typer.Option(None, "--doc", help="Memos on this document and its segments."),
    code: Optional[str] = typer.Option(None, "--code", help="Memos on this code."),
    coder: Optional[str] = typer.Option(None, "--coder", help="Only this author."),
    contains: Optional[str] = typer.Option(None, "--contains", help="Only memos containing all these words."),
    fmt: str = format_option(), wide: bool = wide_option(),
) -> None:
    """List memos, oldest first.

    Example: qda memo list --doc BO-OP-IFK-W1 --format json
    """
    rows = get_project(ctx).memos(kind, doc, code, coder, contains)
    emit(rows, fmt, TABLE_COLUMNS if fmt == "table" else MEMO_COLUMNS, title=f"{len(rows)} memos", wide=wide)


@memo_app.command("show")
def show(ctx: typer.Context, memo_id: int = typer.Argument(..., help="Memo id."), fmt: str = format_option()) -> None:
    """Show one memo in full.

    Example: qda memo show 3
    """
    memo = get_project(ctx).memo(memo_id)
    if fmt != "table":
        emit([memo], fmt, MEMO_COLUMNS + ("created_at",))
        return
    target = {"project": "project", "code": f"code {memo['code']}", "document": f"document {memo['document']}",
              "segment": f"segment {memo['document']}:{memo['segment']}"}[memo["target_kind"]]
    from rich.console import Console

    console = Console()
    console.print(f"[bold]memo {memo['id']}[/] on {target} · {memo['coder']} · {memo['updated_at']:%Y-%m-%d %H:%M}",
                  highlight=False)
    console.print(memo["text"], markup=False, highlight=False)


@memo_app.command("delete")
def delete(ctx: typer.Context, memo_id: int = typer.Argument(..., help="Memo id.")) -> None:
    """Delete a memo.

    Example: qda memo delete 3
    """
    get_project(ctx).delete_memo(memo_id)
    typer.echo(f"memo {memo_id} deleted")
