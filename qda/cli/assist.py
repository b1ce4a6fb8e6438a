"""``qda suggest`` and ``qda assist train|eval|models``: assisted tagging at the terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer

from qda.assist.defaults import REGULARISATION, SUGGESTION_COLUMNS
from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, wide_option

assist_app = typer.Typer(help="Train, evaluate and inspect the suggesters.", no_args_is_help=True)
SUGGEST_COLUMNS = ("document", "segment", "code", "score", "suggester", "evidence")
REGULARISATION_OPTION = typer.Option(REGULARISATION, "--regularisation", min=0.001,
                                     help="Inverse L2 strength of the learned suggester (smaller: simpler).")
MODEL_OPTION = typer.Option(None, "--model", help="Installed spaCy German pipeline (name or path) for lemmas.")


def register(app: typer.Typer) -> None:
    app.command("suggest")(suggest)
    app.add_typer(assist_app, name="assist")


def suggest(
    ctx: typer.Context,
    doc: Optional[str] = typer.Option(None, "--doc", help="Only this document."),
    site: Optional[str] = typer.Option(None), level: Optional[str] = typer.Option(None),
    role: Optional[str] = typer.Option(None), wave: Optional[int] = typer.Option(None),
    code: Optional[str] = typer.Option(None, "--code", help="Only this code and its children."),
    min_score: Optional[float] = typer.Option(
        None, "--min-score", help="Lowest score shown (default: the model's threshold)."),
    coder: Optional[str] = typer.Option(None, "--coder", help="Leave out what this coder already coded or decided."),
    uncoded: bool = typer.Option(False, "--uncoded", help="Only segments without codings (by --coder, or anyone)."),
    accept_above: Optional[float] = typer.Option(
        None, "--accept-above", help="Accept every suggestion scoring at least this, as --coder."),
    model: Optional[str] = MODEL_OPTION,
    fmt: str = format_option(), wide: bool = wide_option(),
) -> None:
    """Suggest codes per segment with a calibrated score, the evidence and the suggester.

    Nothing is coded unless --accept-above is given; accepted suggestions are stored with origin
    'suggested', the suggester and its score.
    Example: qda suggest --site Bochum --min-score 0.6 --format csv
    """
    project = get_project(ctx)
    if accept_above is not None:
        coder = project.coder(coder)
        min_score = accept_above
    options: dict[str, Any] = dict(site=site, level=level, role=role, wave=wave)
    shown: list[dict[str, Any]] = []
    if fmt == "table" or accept_above is not None:  # a table is laid out from all rows; accepting needs them
        shown = list(project.iter_suggestions(doc, code, min_score, coder, uncoded, model, **options))
        emit(shown, fmt, SUGGEST_COLUMNS if fmt == "table" else SUGGESTION_COLUMNS, title=f"{len(shown)} suggestions",
             wide=wide)
    elif fmt == "csv":  # a corpus's worth of rows, written as they are scored (and rendered where)
        for piece in project.suggestion_csv(doc, code, min_score, coder, uncoded, model, **options):
            sys.stdout.write(piece)
    else:
        emit(project.suggestion_rows(doc, code, min_score, coder, uncoded, model, **options), fmt, SUGGESTION_COLUMNS)
    if accept_above is not None:
        accepted = project.accept_suggestions(shown, coder)
        typer.echo(f"accepted {accepted} suggestions scoring {accept_above} or more as {coder}", err=True)
    hint = project.retrain_hint()
    if hint:
        typer.echo(f"hint: {hint}", err=True)


@assist_app.command("train")
def train(
    ctx: typer.Context,
    coder: Optional[str] = typer.Option(None, "--coder", help="Whose codings and decisions to learn from."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same seed and data give the same model."),
    regularisation: float = REGULARISATION_OPTION,
    model: Optional[str] = MODEL_OPTION,
    fmt: str = format_option(),
) -> None:
    """Train a new version of the learned suggester and the calibration on a coder's codings.

    Segments the coder has not reached yet teach nothing: a segment is a negative for a code only
    once the coder passed it, rejected a suggestion there or marked its document done.
    Example: qda assist train --coder anna --seed 1
    """
    result = get_project(ctx).train(coder, seed=seed, regularisation=regularisation, base_model=model)
    rows = [{"version": result["version"], "coder": result["coder"], "segments": result["segments"],
             "documents": result["documents"], "decisions": result["decisions"],
             **{f"oof_f1_{kind}": value for kind, value in result["metrics"].items()}}]
    emit(rows, fmt, title="trained assist model")


@assist_app.command("eval")
def evaluate(
    ctx: typer.Context,
    coder: Optional[str] = typer.Option(None, "--coder", help="Whose codings are the truth."),
    data: Optional[Path] = typer.Option(None, "--data", help="Labelled JSONL ({\"text\", \"label\"} per line) "
                                        "instead of a coder's codings: cold and warm figures."),
    codebook: Optional[Path] = typer.Option(None, "--codebook", help="With --data: this codebook file instead of "
                                            "the project's."),
    folds: int = typer.Option(5, "--folds", help="Cross-validation folds; near-duplicate passages stay together."),
    seed: int = typer.Option(0, "--seed"),
    regularisation: float = REGULARISATION_OPTION,
    curve: bool = typer.Option(True, "--curve/--no-curve", help="Also the learning curve (25 … 400 segments)."),
    model: Optional[str] = MODEL_OPTION,
    fmt: str = format_option(),
) -> None:
    """Cross-validated precision, recall, F1, top-1, recall@3 and κ against each coder, per code
    and macro-averaged, for the rules, learned and combined suggesters and a TF-IDF baseline.

    Folds never split a passage or a near-duplicate (a shared sentence of 40+ characters).
    Example: qda assist eval --coder anna --folds 5 --format json
    Example: qda assist eval --data paragraphs.jsonl --codebook codebooks/ejo-implementation.yaml
    """
    from qda.face import evaluate_labelled, file_code_rows

    options: dict[str, Any] = dict(folds=folds, seed=seed, regularisation=regularisation, base_model=model,
                                   curve=curve)
    if data is not None:
        codes = file_code_rows(codebook) if codebook is not None else get_project(ctx).code_rows()
        cold, warm = evaluate_labelled(data, codes, **options)
        _emit_evaluation(warm, fmt, cold)
        return
    _emit_evaluation(get_project(ctx).evaluate(coder, **options), fmt)


def _emit_evaluation(result, fmt: str, cold=None) -> None:
    """Tables one after another; one JSON object (cold, codes, summary, learning_curve); CSV: per code."""
    title = f"{result.folds}-fold cross-validation over {result.segments} segments"
    parts = {"cold": cold.summary() if cold else None, "codes": result.rows(), "summary": result.summary(),
             "learning_curve": result.curve}
    if fmt == "json":
        typer.echo(json.dumps({name: rows for name, rows in parts.items() if rows is not None}, ensure_ascii=False,
                              indent=2))
        return
    if fmt == "csv":
        emit(parts["codes"], fmt)
        return
    titles = {"cold": f"cold: codebook rules only, {cold.segments if cold else 0} segments", "codes": title,
              "summary": f"{title}: summary", "learning_curve": "learning curve: macro-F1 after n coded segments"}
    for name, rows in parts.items():
        if rows:
            emit(rows, fmt, title=titles[name])


@assist_app.command("models")
def models(ctx: typer.Context, fmt: str = format_option()) -> None:
    """List trained model versions: coder, seed, size, out-of-fold macro-F1, decisions since.

    Example: qda assist models --format json
    """
    rows = get_project(ctx).models()
    emit(rows, fmt, title=f"{len(rows)} model versions")
