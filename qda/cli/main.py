"""Entry point: the ``qda`` Typer app, the global ``--project`` option, and one-line errors.

Commands load lazily: ``COMMANDS`` names the module of each top-level command and the line the
root help shows for it, so ``qda --version``, ``qda --help`` and ``qda docs`` import only what
they run (importing every command module takes longer than most commands).
"""

from __future__ import annotations

import functools
import gc
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from qda import __version__
from qda.allocator import hold_freed_memory
from qda.errors import QdaError

if TYPE_CHECKING:  # the click typer vendors, whose Context the group's methods receive
    from typer._click.core import Context as ClickContext

# top-level command -> (module whose register() adds it, its summary in the root help); a new
# command must be listed here: tests/test_cli_help.py checks the list against every module's
# register() and each summary against the first paragraph of the command's help
COMMANDS: dict[str, tuple[str, str]] = {
    "anonymize": ("qda.cli.anonymize", ("Replace names, places, addresses, phone numbers, e-mails, IBANs, birth dates "
                                        "and customer numbers with consistent pseudonyms ([PERSON_1], [ORT_2], ...).")),
    "init": ("qda.cli.project", "Create a project: qda.yaml and its database."),
    "info": ("qda.cli.project", "Every setting of the project with its value and where it came from."),
    "import": ("qda.cli.documents", "Import interview protocols; a folder is imported recursively."),
    "docs": ("qda.cli.documents", "List documents with their metadata."),
    "show": ("qda.cli.documents", "Show a document's segments with numbers, lines, offsets and question anchors."),
    "segments": ("qda.cli.documents", "Every segment with document, site, level, role, question anchor and text."),
    "retrieve": ("qda.cli.analysis",
                 "Coded passages of a code with citation and memos; combine codes with --and-code/--not-code."),
    "cooccur": ("qda.cli.analysis", "Code × code co-occurrence: segments that carry both codes (sub-codes included)."),
    "matrix": ("qda.cli.analysis", ("The theme matrix (sites × themes; XLSX holds every value kind, one sheet each), "
                                    "or an overview table of recorded findings or of the protocols per site.")),
    "consensus": ("qda.cli.agreement",
                  "Build a consensus coding: agreed units plus decisions; undecided units are listed."),
    "suggest": ("qda.cli.assist", "Suggest codes per segment with a calibrated score, the evidence and the suggester."),
    "run": ("qda.cli.run", ("Import, apply codings, suggest, and write every site's report and the matrices; "
                            "a second run with nothing changed does nothing. The project is --project or .qda-run/ "
                            "next to --out.")),
    "codebook": ("qda.cli.codebook", "Load, inspect and reorganise the codebook."),
    "agreement": ("qda.cli.agreement",
                  "Percent agreement, Cohen's κ, Brennan–Prediger κ and Krippendorff's α per code and overall."),
    "code": ("qda.cli.coding", ("Code segments: without a subcommand, open the workbench on a queue of segments "
                                "(press ? for the keys); add/remove/list/import/export serve scripts.")),
    "memo": ("qda.cli.memo", "Memos on segments, documents, codes or the project."),
    "assist": ("qda.cli.assist", "Train, evaluate and inspect the suggesters."),
    "export": ("qda.cli.export", "Exchange with other QDA tools and hand data to analysts."),
    "report": ("qda.cli.report", "Case reports per site (Fallberichte) and their sign-off."),
    "summary": ("qda.cli.report", "The evaluator's written summaries per site and theme."),
    "review": ("qda.cli.report", "Review comments on case reports, from the terminal or from Word."),
    "db": ("qda.cli.db", "The project database: schema upgrades, dump and restore, status."),
    "finding": ("qda.cli.findings", "Findings: feature values per site, backed by evidence passages."),
    "site": ("qda.cli.site", "Site attributes that group and sort overview tables."),
}


ENVIRONMENT_FAILURES = ("database or disk is full", "disk i/o error", "database is locked", "readonly database")


class QdaGroup(TyperGroup):
    """Loads each command's module when the command runs, and turns a :class:`QdaError` anywhere
    below into ``error: file:line: message`` and exit 1, and so the failures of the machine
    (missing or unreadable file, full disk) too; anything else is a bug and keeps its traceback."""

    _listing = False  # while the root help is printed, commands not loaded yet show their summary

    def list_commands(self, ctx: ClickContext) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: ClickContext, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module_name, summary = COMMANDS[cmd_name]
            if self._listing:
                return TyperCommand(cmd_name, help=summary)
            self.commands.update(_module_commands(module_name))
        return self.commands.get(cmd_name)

    def format_help(self, ctx: ClickContext, formatter: Any) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def invoke(self, ctx: ClickContext) -> Any:
        try:
            return super().invoke(ctx)
        except QdaError as error:
            typer.echo(f"error: {error}", err=True)
            ctx.exit(error.exit_code)
        except Exception as error:
            reason = _machine_failure(error)
            if reason is None:
                raise
            typer.echo(f"error: {reason}", err=True)
            ctx.exit(1)


def _machine_failure(error: Exception) -> str | None:
    """One line for a failure of the machine rather than of qda: a missing or unreadable file,
    a full disk, a database that cannot write; None for anything else."""
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{(error.strerror or str(error)).lower()}"
    database_errors = sys.modules.get("sqlalchemy.exc")  # loaded by any command that used a database
    if database_errors and isinstance(error, database_errors.OperationalError):
        reason = str(error.orig).strip()
        if reason.lower().startswith(ENVIRONMENT_FAILURES):
            return f"the database: {reason}"
    return None


def _module_commands(module_name: str) -> dict[str, Any]:
    """The click commands that ``module_name``'s ``register`` adds to an app."""
    commands = typer.Typer()
    importlib.import_module(module_name).register(commands)
    found = dict(typer.main.get_group(commands).commands)
    for command in found.values():
        _collect_when_run(command)
    return found


def _collect_when_run(command: Any) -> None:
    """``command`` (each command of a group) turns the garbage collector back on when its body
    starts, if :func:`main` turned it off, with what start-up made frozen out of its passes."""
    if isinstance(command, TyperGroup):
        for each in command.commands.values():
            _collect_when_run(each)
        return
    body = command.callback
    if body is None:
        return

    @functools.wraps(body)
    def collecting(*args: Any, **kwargs: Any) -> Any:
        if not gc.isenabled():
            gc.freeze()
            gc.enable()
        return body(*args, **kwargs)

    command.callback = collecting


app = typer.Typer(
    cls=QdaGroup,
    no_args_is_help=True,
    add_completion=False,
    help="Qualitative coding of interview protocols at the terminal.",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"qda {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    project_dir: Optional[Path] = typer.Option(
        None, "--project", "-p", envvar="QDA_PROJECT",
        help="Project folder (default: found from the current folder up)."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    source = ctx.get_parameter_source("project_dir")  # typer's own click: compare by name
    from_variable = getattr(source, "name", "") == "ENVIRONMENT"
    ctx.obj = {"project_dir": project_dir, "project_from_variable": from_variable}


def main() -> None:
    hold_freed_memory()
    gc.disable()  # till a command's body starts: loading its modules and parsing its options
    try:  # makes objects that all live on, and collecting them cost ~0.03 s a command
        app()
    finally:  # the interpreter's last collection at exit then skips what the command made
        gc.freeze()  # (0.15 s after a suggest run over 150 protocols; every file is closed by then)
