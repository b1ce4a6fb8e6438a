"""``qda anonymize``: pseudonymise protocol files into a folder, or check them before import or sharing."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import List, Optional

import typer

from qda.anonymize import Anonymizer
from qda.anonymize.files import anonymize_with_key, check_paths
from qda.cli.output import emit, format_option
from qda.errors import QdaError
from qda.project import open_project


def register(app: typer.Typer) -> None:
    app.command("anonymize")(anonymize)


def anonymize(
    ctx: typer.Context,
    paths: List[Path] = typer.Argument(..., help="Protocol files or folders (.txt .md .docx .odt .rtf)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for the pseudonymised files."),
    key: Optional[Path] = typer.Option(
        None, "--key", help="Key file (pseudonym -> original, .json or .csv), written 0600 and merged."),
    check: bool = typer.Option(False, "--check", help="Only report what is still found; exit 1 if anything is."),
    allow: List[str] = typer.Option([], "--allow", help="Text that may stay, e.g. a site name (repeatable)."),
    deny: List[str] = typer.Option(
        [], "--deny", help="Text always replaced, 'ORT:Name' for a place, else a person (repeatable)."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline used as extra detector."),
    fmt: str = format_option(),
) -> None:
    """Replace names, places, addresses, phone numbers, e-mails, IBANs, birth dates and customer
    numbers with consistent pseudonyms ([PERSON_1], [ORT_2], ...).

    The project's anonymize.allow/deny lists apply when run inside a project.
    Example: qda anonymize raw/ --out clean/ --key ~/secure/key.json
    Example: qda anonymize --check clean/
    """
    config = _project_lists(ctx)
    anonymizer = Anonymizer(allow=[*config.get("allow", []), *allow], deny=[*config.get("deny", []), *deny],
                            model=model)
    if check:
        _check(paths, anonymizer, fmt)
        return
    if out is None:
        raise QdaError("--out FOLDER is required (or use --check)")
    outcomes, pseudonyms = anonymize_with_key(paths, out, anonymizer, key)
    rows = [_summary(o.source, o.target, o.result.findings) for o in outcomes]
    emit(rows, fmt, columns=["file", "output", "replaced", "kinds"], title=f"{len(rows)} files pseudonymised")
    if key is not None:
        typer.echo(f"key: {pseudonyms} pseudonyms in {key} (keep it away from the protocols)", err=True)
    else:
        typer.echo("warning: no --key given, the pseudonyms cannot be traced back", err=True)


def _check(paths: List[Path], anonymizer: Anonymizer, fmt: str) -> None:
    rows = [
        {"file": str(path), "line": f.line, "kind": f.kind, "text": f.text, "detector": f.source}
        for path, f in check_paths(paths, anonymizer)
    ]
    if rows:
        emit(rows, fmt, columns=["file", "line", "kind", "text", "detector"], title=f"{len(rows)} findings")
        raise typer.Exit(1)
    if fmt == "json":
        emit([], fmt)
    else:
        typer.echo("clean: nothing found")


def _summary(source: Path, target: Path, findings) -> dict:
    kinds = Counter(f.kind for f in findings)
    return {"file": str(source), "output": str(target), "replaced": len(findings),
            "kinds": ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))}


def _project_lists(ctx: typer.Context) -> dict:
    """The project's ``anonymize`` lists, or none when run outside a project."""
    root = ctx.find_root()
    explicit = root.obj.get("project_dir") if isinstance(root.obj, dict) else None
    try:
        project = open_project(explicit)
    except QdaError:
        if explicit:
            raise
        return {}
    return project.anonymize_lists()
