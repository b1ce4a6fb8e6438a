"""``qda report site|all|approve|status``, ``qda summary set|show|list`` and
``qda review comment|list|resolve|import``: the case reports and their sign-off.

The report machinery (pandas, python-docx, matplotlib) is imported inside the commands so that
every other ``qda`` command starts without it.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from qda.cli.analysis import check_lang, lang_option
from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, wide_option
from qda.errors import QdaError

report_app = typer.Typer(help="Case reports per site (Fallberichte) and their sign-off.", no_args_is_help=True)
summary_app = typer.Typer(help="The evaluator's written summaries per site and theme.", no_args_is_help=True)
review_app = typer.Typer(help="Review comments on case reports, from the terminal or from Word.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report")
    app.add_typer(summary_app, name="summary")
    app.add_typer(review_app, name="review")


def template_option():
    return typer.Option(None, "--template",
                        help="Folder with site.md.j2 / site.html.j2 / labels.yaml / reference.docx.")


@report_app.command("site")
def report_site(
    ctx: typer.Context,
    site: str = typer.Argument(..., help="Site (Jobcenter) as in the documents' metadata."),
    fmt: str = format_option("md", "html", "docx", default="md"),
    out: Path | None = typer.Option(None, "--out", "-o", help="Output file (needed for docx)."),
    template: Path | None = template_option(),
    lang: str = lang_option(),
    coder: str | None = typer.Option(None, help="Count only this coder's codings (default: all coders)."),
) -> None:
    """The case report of one site; Markdown and HTML print to the terminal without --out.

    Example: qda report site Bochum --format docx --out Fallbericht-Bochum.docx
    """
    check_lang(lang)
    written = get_project(ctx).report(site, fmt, out, lang, template, coder)
    if out is None:
        typer.echo(written, nl=False)
        return
    typer.echo(f"wrote {out}", err=True)


@report_app.command("all")
def report_all(
    ctx: typer.Context,
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    formats: str = typer.Option("md,html,docx", "--formats", help="Comma-separated: md, html, docx."),
    template: Path | None = template_option(),
    lang: str = lang_option(),
    coder: str | None = typer.Option(None, help="Count only this coder's codings."),
) -> None:
    """Every site's report plus the matrices (xlsx, csv, md) and the heatmap into one folder.

    Example: qda report all --out reports/ --formats html,docx
    """
    check_lang(lang)
    chosen = [part.strip() for part in formats.split(",") if part.strip()]
    written = get_project(ctx).report_all(out, chosen, lang, template, coder)
    typer.echo(f"wrote {len(written)} files to {out}")


@report_app.command("approve")
def report_approve(
    ctx: typer.Context,
    site: str = typer.Argument(...),
    by: str = typer.Option(..., "--by", help="Who signs off (name or initials)."),
    force: bool = typer.Option(False, "--force", help="Approve despite missing summaries, drafts or open comments."),
    reason: str | None = typer.Option(None, "--reason", help="Why, with --force (recorded, shown in the report)."),
) -> None:
    """Sign off a site's report as the coded data stands now (the report shows later changes).

    Refused while a coded theme has no summary, a machine draft is not accepted or a review
    comment is open, unless --force --reason TEXT.

    Example: qda report approve Bochum --by "Dr. M. Keller"
    """
    approval = get_project(ctx).approve(site, by, force, reason)
    typer.echo(f"approved {site} by {approval['approved_by']} (fingerprint {approval['fingerprint'][:12]})")
    for point in approval["open_points"]:
        typer.echo(f"  approved despite: {point}", err=True)


@report_app.command("status")
def report_status(ctx: typer.Context, fmt: str = format_option()) -> None:
    """Review state of every site: draft, in_review or approved, and whether data changed since.

    Example: qda report status --format json
    """
    rows = get_project(ctx).report_states()
    emit(rows, fmt, ("site", "state", "changed_since_approval", "approved_by", "approved_at", "forced"))


@review_app.command("comment")
def review_comment(
    ctx: typer.Context,
    site: str = typer.Argument(...),
    args: list[str] = typer.Argument(..., help="[THEME] TEXT: a theme (code path or id) is optional."),
    author: str | None = typer.Option(None, "--author", help="Default: the coder name."),
) -> None:
    """Comment on a site's report, on one theme or on the whole report.

    Example: qda review comment Bochum contact_density "Welle 2 fehlt in der Zusammenfassung."
    """
    if len(args) > 2:
        raise QdaError("give at most a theme and the text (quote the text)")
    theme, text = (args[0], args[1]) if len(args) == 2 else (None, args[0])
    number = get_project(ctx).add_comment(site, text, theme, author)
    typer.echo(f"comment {number} on {site}{' / ' + theme if theme else ''} saved")


@review_app.command("list")
def review_list(
    ctx: typer.Context,
    site: str | None = typer.Option(None, "--site"),
    open_only: bool = typer.Option(False, "--open", help="Only comments not yet resolved."),
    fmt: str = format_option(), wide: bool = wide_option(),
) -> None:
    """Review comments, oldest first per site.

    Example: qda review list --site Bochum --open
    """
    rows = get_project(ctx).comments(site, open_only)
    emit(rows, fmt, ("id", "site", "theme", "state", "author", "source", "created_at", "text"), wide=wide,
         spare=("source", "created_at"))


@review_app.command("resolve")
def review_resolve(
    ctx: typer.Context,
    comment_id: int = typer.Argument(..., metavar="ID"),
    by: str | None = typer.Option(None, "--by", help="Default: the coder name."),
) -> None:
    """Mark a review comment as resolved.

    Example: qda review resolve 3
    """
    get_project(ctx).resolve_comment(comment_id, by)
    typer.echo(f"comment {comment_id} resolved")


@review_app.command("import")
def review_import(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="A generated .docx report with Word comments."),
    site: str = typer.Option(..., "--site", help="The site the report is about."),
    author: str | None = typer.Option(None, "--author", help="Default: each comment's Word author."),
) -> None:
    """Bring the comments a team lead left in a Word report back as review comments.

    Example: qda review import Fallbericht-Bochum.docx --site Bochum
    """
    ids = get_project(ctx).import_comments(file, site, author)
    typer.echo(f"imported {len(ids)} comment(s) from {file.name}")


def _theme_or_overall(code: str | None, text: str | None, overall: bool) -> tuple[str | None, str | None]:
    """``set SITE CODE [TEXT]`` or ``set SITE --overall [TEXT]``: the theme (None: overall) and text."""
    if overall:
        if code is not None and text is not None:
            raise QdaError("--overall takes no theme: give only the text")
        return None, text if text is not None else code
    if code is None:
        raise QdaError("name the theme (code path or id), or use --overall")
    return code, text


@summary_app.command("set")
def summary_set(
    ctx: typer.Context,
    site: str = typer.Argument(...),
    code: str | None = typer.Argument(None, help="Theme (code path or id); leave out with --overall."),
    text: str | None = typer.Argument(None, help="The summary; without it, --file or $EDITOR."),
    overall: bool = typer.Option(False, "--overall", help="The site's overall conclusion instead of a theme's."),
    file: Path | None = typer.Option(None, "--file", help="Read the summary from a UTF-8 text file."),
    author: str | None = typer.Option(None, "--author", help="Default: the coder name."),
) -> None:
    """Write the summary of a theme (or the overall conclusion) for a site, replacing an earlier one.

    Example: qda summary set Bochum contact_density "Die Mindestkontaktdichte wird selten erreicht."
    """
    code, text = _theme_or_overall(code, text, overall)
    project = get_project(ctx)
    existing = project.summary(site, code)
    if text is None and file is not None:
        if not file.is_file():
            raise QdaError("no such file", file)
        text = file.read_text(encoding="utf-8")
    if text is None:
        text = _from_editor(existing["text"] if existing else "")
    project.set_summary(site, code, text or "", author)
    typer.echo(f"summary of {code or 'the overall conclusion'} for {site} saved")


@summary_app.command("draft")
def summary_draft(
    ctx: typer.Context,
    site: str = typer.Argument(...),
    code: str | None = typer.Argument(None, help="Theme (code path or id); leave out with --all."),
    all_themes: bool = typer.Option(False, "--all", help="Draft every theme that has no written summary."),
    lang: str = lang_option(),
) -> None:
    """Draft a theme's summary from its coded passages: a few cited sentences, balanced across
    levels and waves, marked as a machine draft until accepted (summary accept) or rewritten.

    Example: qda summary draft Bochum --all
    """
    if (code is None) == (not all_themes):
        raise QdaError("name one theme, or use --all")
    outcomes = get_project(ctx).draft_summaries(site, code, lang)
    for theme, outcome in outcomes:
        typer.echo(f"{theme}: {outcome}")


@summary_app.command("accept")
def summary_accept(
    ctx: typer.Context,
    site: str = typer.Argument(...),
    code: str | None = typer.Argument(None, help="Theme (code path or id); leave out with --overall."),
    overall: bool = typer.Option(False, "--overall"),
    by: str | None = typer.Option(None, "--by", help="Default: the coder name."),
) -> None:
    """Accept a machine draft as it stands; it then counts as a written summary.

    Example: qda summary accept Bochum contact_density --by MK
    """
    code, _ = _theme_or_overall(code, None, overall) if not overall else (None, None)
    get_project(ctx).accept_draft(site, code, by)
    typer.echo(f"draft of {code or 'the overall conclusion'} for {site} accepted")


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
    found = get_project(ctx).summary(site, code)
    if found is None:
        raise QdaError(f"no summary of '{code}' for {site}")
    typer.echo(found["text"])


@summary_app.command("list")
def summary_list(
    ctx: typer.Context, site: str | None = typer.Option(None), fmt: str = format_option(), wide: bool = wide_option(),
) -> None:
    """All summaries (or one site's) in codebook order.

    Example: qda summary list --site Bochum --format csv
    """
    rows = get_project(ctx).summaries(site)
    emit(rows, fmt, ("site", "code", "origin", "author", "updated_at", "text"), wide=wide)
