"""``qda report site|all|approve|status`` and ``qda summary set|show|list``: the case reports.

The report machinery (pandas, python-docx, matplotlib) is imported inside the commands so that
every other ``qda`` command starts without it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from qda.cli.analysis import check_lang, lang_option
from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, wide_option
from qda.errors import QdaError
from qda.report.summaries import get_summary, list_summaries, set_summary

report_app = typer.Typer(help="Case reports per site (Fallberichte) and their sign-off.", no_args_is_help=True)
summary_app = typer.Typer(help="The evaluator's written summaries per site and theme.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report")
    app.add_typer(summary_app, name="summary")


def template_option():
    return typer.Option(None, "--template", help="Folder with site.md.j2 / site.html.j2 / labels.yaml / reference.docx.")


@report_app.command("site")
def report_site(
    ctx: typer.Context,
    site: str = typer.Argument(..., help="Site (Jobcenter) as in the documents' metadata."),
    fmt: str = format_option("md", "html", "docx", default="md"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output file (needed for docx)."),
    template: Optional[Path] = template_option(),
    lang: str = lang_option(),
    coder: Optional[str] = typer.Option(None, help="Count only this coder's codings (default: all coders)."),
) -> None:
    """The case report of one site; Markdown and HTML print to the terminal without --out.

    Example: qda report site Bochum --format docx --out Fallbericht-Bochum.docx
    """
    from qda.report.build import prepared_report, site_heatmap, write_report
    from qda.report.data import ReportCorpus
    from qda.report.render import render_text

    check_lang(lang)
    if fmt == "docx" and out is None:
        raise QdaError("--format docx needs --out FILE")
    with get_project(ctx).engine.connect() as conn:
        corpus = ReportCorpus.load(conn, coder=coder)
        report = prepared_report(conn, corpus, site, lang, site_heatmap(corpus, lang) if fmt != "md" else None)
    if out is None:
        typer.echo(render_text(report, fmt, template), nl=False)
        return
    write_report(report, fmt, out, template)
    typer.echo(f"wrote {out}", err=True)


@report_app.command("all")
def report_all(
    ctx: typer.Context,
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    formats: str = typer.Option("md,html,docx", "--formats", help="Comma-separated: md, html, docx."),
    template: Optional[Path] = template_option(),
    lang: str = lang_option(),
    coder: Optional[str] = typer.Option(None, help="Count only this coder's codings."),
) -> None:
    """Every site's report plus the matrices (xlsx, csv, md) and the heatmap into one folder.

    Example: qda report all --out reports/ --formats html,docx
    """
    from qda.report.build import write_all

    check_lang(lang)
    chosen = [part.strip() for part in formats.split(",") if part.strip()]
    with get_project(ctx).engine.connect() as conn:
        written = write_all(conn, out, chosen, lang, template, coder)
    typer.echo(f"wrote {len(written)} files to {out}")


@report_app.command("approve")
def report_approve(
    ctx: typer.Context,
    site: str = typer.Argument(...),
    by: str = typer.Option(..., "--by", help="Who signs off (name or initials)."),
) -> None:
    """Sign off a site's report as the coded data stands now (the report shows later changes).

    Example: qda report approve Bochum --by "Dr. M. Keller"
    """
    from qda.report.approvals import approve

    with get_project(ctx).engine.begin() as conn:
        approval = approve(conn, site, by)
    typer.echo(f"approved {site} by {approval['approved_by']} (fingerprint {approval['fingerprint'][:12]})")


@report_app.command("status")
def report_status(ctx: typer.Context, fmt: str = format_option()) -> None:
    """Approval state of every site: approved, changed after approval, or not approved.

    Example: qda report status --format json
    """
    from qda.report.approvals import approval_status, fingerprint, latest_approvals
    from qda.report.summaries import known_sites

    with get_project(ctx).engine.connect() as conn:
        approvals = latest_approvals(conn)
        rows = []
        for site in known_sites(conn):
            state = approval_status(approvals.get(site), fingerprint(conn, site))
            rows.append({"site": site, "state": "not approved" if state is None else
                         "changed after approval" if state["changed"] else "approved",
                         "approved_by": state and state["approved_by"], "approved_at": state and state["approved_at"]})
    emit(rows, fmt, ("site", "state", "approved_by", "approved_at"))


@summary_app.command("set")
def summary_set(
    ctx: typer.Context,
    site: str = typer.Argument(...),
    code: str = typer.Argument(..., help="Theme (code path or id)."),
    text: Optional[str] = typer.Argument(None, help="The summary; without it, --file or $EDITOR."),
    file: Optional[Path] = typer.Option(None, "--file", help="Read the summary from a UTF-8 text file."),
    author: Optional[str] = typer.Option(None, "--author", help="Default: the coder name."),
) -> None:
    """Write the summary of a theme for a site (replaces an earlier one).

    Example: qda summary set Bochum contact_density "Die Mindestkontaktdichte wird selten erreicht."
    """
    project = get_project(ctx)
    with project.engine.connect() as conn:
        existing = get_summary(conn, site, code)
    if text is None and file is not None:
        if not file.is_file():
            raise QdaError("no such file", file)
        text = file.read_text(encoding="utf-8")
    if text is None:
        text = _from_editor(existing["text"] if existing else "")
    with project.engine.begin() as conn:
        set_summary(conn, site, code, text or "", project.coder(author))
    typer.echo(f"summary of {code} for {site} saved")


def _from_editor(initial: str) -> str | None:
    if not (os.environ.get("VISUAL") or os.environ.get("EDITOR")):
        raise QdaError("give the summary as text, with --file, or set $EDITOR")
    import click  # the editor launcher; typer no longer ships click

    return click.edit(initial, extension=".md", require_save=True)


@summary_app.command("show")
def summary_show(ctx: typer.Context, site: str = typer.Argument(...), code: str = typer.Argument(...)) -> None:
    """Print one summary.

    Example: qda summary show Bochum contact_density
    """
    with get_project(ctx).engine.connect() as conn:
        found = get_summary(conn, site, code)
    if found is None:
        raise QdaError(f"no summary of '{code}' for {site}")
    typer.echo(found["text"])


@summary_app.command("list")
def summary_list(
    ctx: typer.Context, site: Optional[str] = typer.Option(None), fmt: str = format_option(), wide: bool = wide_option(),
) -> None:
    """All summaries (or one site's) in codebook order.

    Example: qda summary list --site Bochum --format csv
    """
    with get_project(ctx).engine.connect() as conn:
        rows = list_summaries(conn, site)
    emit(rows, fmt, ("site", "code", "author", "updated_at", "text"), wide=wide)
