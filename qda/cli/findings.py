"""``qda finding set|list|show|remove|import``: feature values per site, backed by evidence."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option

finding_app = typer.Typer(help="Findings: feature values per site, backed by evidence passages.",
                          no_args_is_help=True)
COLUMNS = ("id", "site", "feature", "wave", "level", "value", "value_label", "note", "evidence", "unsupported",
           "set_by", "set_at")
TABLE_COLUMNS = ("id", "site", "feature", "wave", "level", "value_label", "evidence", "note", "set_by")


def register(app: typer.Typer) -> None:
    app.add_typer(finding_app, name="finding")


@finding_app.command("set")
def set_command(
    ctx: typer.Context,
    site: str = typer.Argument(..., help="Site name."),
    feature: str = typer.Argument(..., help="Feature id from the codebook."),
    value: str = typer.Argument(
        ..., help="Value id (several comma-separated for multi), yes/no, a rating (-2: put -- before the "
                  "arguments), or text."),
    wave: Optional[int] = typer.Option(None, "--wave", help="Only for this wave (default: all waves)."),
    level: Optional[str] = typer.Option(None, "--level", help="What this level says (default: overall judgement)."),
    evidence: List[str] = typer.Option(
        [], "--evidence", help="DOC:SEG (document id and segment, or DOC:quoted words) backing it; repeatable."),
    note: Optional[str] = typer.Option(None, "--note", help="Becomes a footnote in overview tables."),
    by: Optional[str] = typer.Option(None, "--by", help="Who records it (default: QDA_CODER, config, login)."),
    fmt: str = format_option(),
) -> None:
    """Record a feature value for a site; a changed value keeps the old one in the history.

    Example: qda finding set Krefeld employer_contact_model projektteam,gags --evidence KR-ST-GF-W1:4
    """
    record, what = get_project(ctx).set_finding(site, feature, value, by, wave, level, evidence, note)
    if fmt != "table":
        emit([record], fmt, COLUMNS)
        return
    typer.echo(f"finding {record['id']} {what}: {site} · {feature} = {record['value_label']}")
    if record["unsupported"]:
        typer.echo("warning: no evidence: reports mark this finding (add --evidence DOC:SEG)", err=True)


@finding_app.command("list")
def list_command(
    ctx: typer.Context,
    site: Optional[str] = typer.Option(None, "--site"), feature: Optional[str] = typer.Option(None, "--feature"),
    wave: Optional[int] = typer.Option(None, "--wave"), level: Optional[str] = typer.Option(None, "--level"),
    fmt: str = format_option(),
) -> None:
    """List findings by site and feature.

    Example: qda finding list --site Bochum --format csv
    """
    rows = get_project(ctx).finding_records(site, feature, wave, level)
    emit(rows, fmt, TABLE_COLUMNS if fmt == "table" else COLUMNS, title=f"{len(rows)} findings")


@finding_app.command("show")
def show_command(ctx: typer.Context, finding_id: int = typer.Argument(..., help="Finding id."),
                 fmt: str = format_option()) -> None:
    """One finding with its earlier values.

    Example: qda finding show 3
    """
    record, history, passages = get_project(ctx).finding(finding_id)
    if fmt != "table":
        dated = [{key: value.isoformat() if hasattr(value, "isoformat") else value for key, value in row.items()}
                 for row in history]
        emit([{**record, "passages": passages, "history": dated}], fmt, [*COLUMNS, "passages", "history"])
        return
    emit([{"field": key, "value": record[key]} for key in COLUMNS], "table", ["field", "value"],
         title=f"finding {finding_id}")
    if passages:
        emit(passages, "table", ["evidence", "level", "wave", "text"], title="evidence passages")
    if history:
        emit(history, "table", ["value", "note", "evidence", "set_by", "set_at", "action", "replaced_by"],
             title=f"{len(history)} earlier values")


@finding_app.command("remove")
def remove_command(ctx: typer.Context, finding_id: int = typer.Argument(..., help="Finding id."),
                   by: Optional[str] = typer.Option(None, "--by", help="Who removes it."),
                   fmt: str = format_option()) -> None:
    """Remove a finding (it stays in the history).

    Example: qda finding remove 3
    """
    removed = get_project(ctx).remove_finding(finding_id, by)
    if fmt == "table":
        typer.echo(f"finding {finding_id} removed ({removed['site']} · {removed['feature']})")
    else:
        emit([removed], fmt, COLUMNS)


@finding_app.command("import")
def import_command(ctx: typer.Context, file: Path = typer.Argument(..., help="Findings as CSV or YAML."),
                   by: Optional[str] = typer.Option(None, "--by", help="Who records them (default: the file's)."),
                   lenient: bool = typer.Option(
                       False, "--lenient", help="Keep a finding whose quotes match no passage (marked: no evidence)."),
                   ) -> None:
    """Record many findings and site attributes at once; all or nothing.

    CSV columns: site, feature, value, wave, level, evidence (DOC:SEG; ...), quote (words a passage of
    the site contains), note, by. YAML: 'sites:' (attributes per site) and a 'findings:' list.
    Example: qda finding import transcripts/findings.csv
    """
    result = get_project(ctx).import_findings(file, by, strict=not lenient,
                                              warn=lambda message: typer.echo(f"warning: {message}", err=True))
    typer.echo(f"{file}: {result['added']} added, {result['changed']} changed, "
               f"{result['evidence updated']} with new evidence, {result['unchanged']} unchanged, "
               f"{result['attributes']} site attributes, {result['unsupported']} without evidence")
