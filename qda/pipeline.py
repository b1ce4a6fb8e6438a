"""The main job: protocols and a codebook in, case reports and matrices out, in one call.

``run_pipeline`` creates or reopens a project, imports the protocols, loads the codebook,
applies the coding files found in ``<transcripts>/codings/*.csv``, loads site attributes and
findings from ``<transcripts>/findings.yaml`` (or ``.csv``) if there is one, writes suggestions
for the still uncoded segments to ``suggestions.csv`` (they never become codings), and writes every
site's report, the matrices and the overview tables of the findings. A fingerprint of the inputs
and of the project's coded data is kept in the settings table: when neither changed and the
outputs are still there, it does nothing.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import delete, func, insert, select

from qda import __version__
from qda.codebook import load_codebook_file, sync_codebook
from qda.errors import QdaError
from qda.files import atomic_write
from qda.findings.outputs import write_overview_tables
from qda.ingest import import_paths
from qda.ingest.importer import iter_protocol_files
from qda.project import Project, init_project, open_project
from qda.report.build import REPORT_FORMATS, write_all
from qda.store.schema import approvals, codings, documents, findings, settings, site_attributes, summaries
from qda.untrusted import neutralised

SETTING_KEY = "pipeline_run"
RUN_PROJECT = ".qda-run"
SUGGESTIONS_FILE = "suggestions.csv"
FINDINGS_FILES = ("findings.yaml", "findings.yml", "findings.csv")  # in the transcripts folder
SUGGESTIONS_FILE_COLUMNS = ("document", "segment", "site", "level", "question", "code", "score", "suggester",
                            "evidence")


class Steps(Protocol):
    """Progress hooks: the CLI shows them with Rich (any class with these methods will do),
    library callers get :class:`QuietSteps`."""

    def start(self, name: str, total: int | None = None) -> None:
        """A step begins; ``total`` is how many units it has, when known."""

    def advance(self, name: str, amount: int = 1) -> None:
        """Units of the step are done."""


class QuietSteps:
    """No progress shown: the hooks do nothing."""

    def start(self, name: str, total: int | None = None) -> None:
        pass

    def advance(self, name: str, amount: int = 1) -> None:
        pass


@dataclass
class RunResult:
    """What a run did; ``changed`` is False when it found nothing to do."""

    changed: bool
    project: Path
    documents: dict[str, int] = field(default_factory=dict)
    codings_imported: int = 0
    findings_imported: int = 0
    suggestions: int = 0
    warnings: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


@dataclass
class RunOptions:
    lang: str = "de"
    formats: tuple[str, ...] = REPORT_FORMATS
    suggest: bool = True
    template: Path | None = None

    def key(self) -> dict[str, Any]:
        return {"lang": self.lang, "formats": list(self.formats), "suggest": self.suggest,
                "template": str(self.template) if self.template else None}


def default_project_dir(out: Path) -> Path:
    return out.resolve().parent / RUN_PROJECT


def run_pipeline(
    transcripts: Path, codebook: Path, out: Path, project_dir: Path | None = None,
    options: RunOptions | None = None, steps: Steps | None = None,
) -> RunResult:
    """Run the main job; see the module docstring.

    Example: run_pipeline(Path("transcripts"), Path("codebooks/ejo-implementation.yaml"), Path("reports"))
    """
    options, steps = options or RunOptions(), steps or QuietSteps()
    check_inputs(transcripts, codebook, out)
    project = _project(project_dir or default_project_dir(out))
    coding_files = sorted((transcripts / "codings").glob("*.csv")) if (transcripts / "codings").is_dir() else []
    findings_file = next((transcripts / name for name in FINDINGS_FILES if (transcripts / name).is_file()), None)
    inputs = _inputs_fingerprint(transcripts, codebook, [*coding_files, *filter(None, [findings_file])], options, out)
    stored = _stored(project)
    if stored and stored["inputs"] == inputs and stored["data"] == _data_state(project) \
            and all(Path(name).exists() for name in stored["files"]):
        return RunResult(changed=False, project=project.root, files=[Path(name) for name in stored["files"]])
    result = RunResult(changed=True, project=project.root)
    _import(project, transcripts, steps, result)
    _load_codebook(project, codebook, steps)
    _apply_codings(project, coding_files, steps, result)
    if findings_file is not None:
        _load_findings(project, findings_file, steps, result)
    if options.suggest:
        _suggest(project, out / SUGGESTIONS_FILE, steps, result)
    _reports(project, out, options, steps, result)
    _store(project, {"inputs": inputs, "data": _data_state(project), "files": [str(p.resolve()) for p in result.files]})
    return result


def check_inputs(transcripts: Path, codebook: Path, out: Path) -> None:
    """Refuse a run before anything is written: missing inputs, or reports that the next run
    would import as protocols."""
    for path in (transcripts, codebook):
        if not path.exists():
            raise QdaError("no such file or folder", path)
    if out.resolve().is_relative_to(transcripts.resolve()):
        raise QdaError("--out lies inside the transcripts folder, so the reports would be imported as "
                       "protocols next time: choose a folder beside it", out)


def _project(directory: Path) -> Project:
    return open_project(directory) if (directory / "qda.yaml").is_file() else init_project(directory)


def _hash_file(digest, path: Path) -> None:
    digest.update(str(path).encode("utf-8") + b"\0")
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)


def _inputs_fingerprint(transcripts: Path, codebook: Path, data_files: list[Path], options: RunOptions,
                        out: Path) -> str:
    """sha256 over every input file's name and bytes, the options, the output folder and the qda version."""
    settings_key = {"options": options.key(), "out": str(out.resolve()), "version": __version__}
    digest = hashlib.sha256(json.dumps(settings_key).encode("utf-8"))
    templates = sorted(options.template.rglob("*")) if options.template else []
    for path in [*iter_protocol_files([transcripts]), codebook, *data_files, *templates]:
        if path.is_file():
            _hash_file(digest, path)
    return digest.hexdigest()


def _data_state(project: Project) -> list[Any]:
    """A cheap summary of what people may change between runs (codings, summaries, approvals,
    findings, site attributes)."""
    with project.engine.connect() as conn:
        return [list(map(str, conn.execute(select(func.count(), func.max(table.c.id)).select_from(table)).one()))
                for table in (codings, summaries, approvals, findings, site_attributes)] \
            + [str(conn.execute(select(func.max(column))).scalar())
               for column in (summaries.c.updated_at, findings.c.set_at, site_attributes.c.updated_at)]


def _stored(project: Project) -> dict[str, Any] | None:
    with project.engine.connect() as conn:
        return conn.execute(select(settings.c.value).where(settings.c.key == SETTING_KEY)).scalar()


def _store(project: Project, value: dict[str, Any]) -> None:
    with project.engine.begin() as conn:
        conn.execute(delete(settings).where(settings.c.key == SETTING_KEY))
        conn.execute(insert(settings).values(key=SETTING_KEY, value=value))


def _import(project: Project, transcripts: Path, steps: Steps, result: RunResult) -> None:
    files = list(iter_protocol_files([transcripts]))
    steps.start("import", len(files))
    report = import_paths(project.engine, [transcripts], progress=lambda _: steps.advance("import"))
    result.documents = {"added": len(report.added), "updated": len(report.updated),
                        "unchanged": len(report.unchanged)}


def _load_codebook(project: Project, codebook: Path, steps: Steps) -> None:
    steps.start("codebook", 1)
    parsed = load_codebook_file(codebook)
    with project.engine.begin() as conn:
        sync_codebook(conn, parsed)
    steps.advance("codebook")


def _apply_codings(project: Project, files: list[Path], steps: Steps, result: RunResult) -> None:
    from qda.coding.io import import_codings

    steps.start("codings", len(files))
    with project.engine.begin() as conn:
        for path in files:
            result.codings_imported += import_codings(conn, path).imported
            steps.advance("codings")


def _load_findings(project: Project, path: Path, steps: Steps, result: RunResult) -> None:
    """Site attributes and findings from the transcripts' findings file; a quote no passage
    contains leaves its finding without evidence (marked in the tables) and a warning."""
    from qda.findings.io import import_findings

    steps.start("findings", 1)
    with project.engine.begin() as conn:
        counts = import_findings(conn, path, "qda run", strict=False, warn=result.warnings.append)
    result.findings_imported = counts["added"] + counts["changed"]
    steps.advance("findings")


def _suggest(project: Project, target: Path, steps: Steps, result: RunResult) -> None:
    from qda.assist.api import iter_suggestions

    steps.start("suggest")
    rows = iter_suggestions(project, {}, None, None, None, True, None, None)
    atomic_write(target, b"", lambda path: _write_suggestions(rows, path, steps, result))


def _write_suggestions(rows: Iterable[dict[str, Any]], path: Path, steps: Steps, result: RunResult) -> None:
    """Suggestions for segments nobody coded, as CSV with BOM (for Excel); never stored as codings."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, SUGGESTIONS_FILE_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: neutralised(value) for key, value in row.items()})
            result.suggestions += 1
            steps.advance("suggest")


def _reports(project: Project, out: Path, options: RunOptions, steps: Steps, result: RunResult) -> None:
    with project.engine.connect() as conn:
        sites = [s for s in conn.execute(select(documents.c.site).distinct()).scalars() if s]
        steps.start("reports", len(sites))
        result.files += write_all(conn, out, options.formats, options.lang, options.template,
                                  progress=lambda _: steps.advance("reports"))
        result.files += write_overview_tables(conn, out, options.lang)
    if options.suggest:
        result.files.append(out / SUGGESTIONS_FILE)
