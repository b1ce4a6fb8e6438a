"""``qda run``: the main job, with a Rich progress display (the pipeline is imported on use)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from qda.cli.analysis import check_lang, lang_option

STEP_LABELS = {
    "import": "importing protocols", "codebook": "loading the codebook", "codings": "applying coding files",
    "suggest": "suggesting for uncoded segments", "reports": "writing reports and matrices",
}


def register(app: typer.Typer) -> None:
    app.command("run")(run_command)


class RichSteps:
    """One progress bar per step of the pipeline (the hooks of :class:`qda.pipeline.Steps`)."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}

    def start(self, name: str, total: int | None = None) -> None:
        self._finish_previous()
        self.tasks[name] = self.progress.add_task(STEP_LABELS.get(name, name), total=total)

    def advance(self, name: str, amount: int = 1) -> None:
        self.progress.advance(self.tasks[name], amount)

    def _finish_previous(self) -> None:
        for task in self.tasks.values():
            current = self.progress.tasks[task]
            self.progress.update(task, total=current.total if current.total is not None else current.completed,
                                 completed=current.total if current.total is not None else current.completed)

    def finish(self) -> None:
        self._finish_previous()


def run_command(
    ctx: typer.Context,
    transcripts: Path = typer.Argument(..., help="Folder of protocols; coding files in its codings/*.csv."),
    codebook: Path = typer.Option(..., "--codebook", help="Codebook YAML."),
    out: Path = typer.Option(Path("reports"), "--out", "-o", help="Folder for reports, matrices, suggestions."),
    formats: str = typer.Option("md,html,docx", "--formats", help="Report formats: md, html, docx."),
    suggest: bool = typer.Option(True, "--suggest/--no-suggest", help="Write suggestions for uncoded segments."),
    template: Optional[Path] = typer.Option(None, "--template", help="Own report templates (see qda report)."),
    lang: str = lang_option(),
) -> None:
    """Import, apply codings, suggest, and write every site's report and the matrices; a second
    run with nothing changed does nothing. The project is --project or .qda-run/ next to --out.

    Example: qda run transcripts/ --codebook codebooks/ejo-implementation.yaml --out reports/
    """
    from qda.pipeline import RunOptions, check_inputs, default_project_dir, run_pipeline

    check_lang(lang)
    check_inputs(transcripts, codebook, out)
    root = ctx.find_root().obj or {}
    project_dir = root.get("project_dir") or default_project_dir(out)
    options = RunOptions(lang=lang, formats=tuple(p.strip() for p in formats.split(",") if p.strip()),
                         suggest=suggest, template=template)
    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        steps = RichSteps(progress)
        result = run_pipeline(transcripts, codebook, out, Path(project_dir), options, steps)
        steps.finish()
    if not result.changed:
        typer.echo(f"nothing changed: reports in {out} are up to date (project {result.project})")
        return
    docs = result.documents
    typer.echo(f"{docs.get('added', 0)} protocols added, {docs.get('updated', 0)} updated, "
               f"{docs.get('unchanged', 0)} unchanged; {result.codings_imported} codings applied; "
               f"{result.suggestions} suggestions; {len(result.files)} files in {out} (project {result.project})")
