"""``qda suggest`` and ``qda assist train|eval|models``: assisted tagging at the terminal."""

from __future__ import annotations

from typing import Optional

import typer

from qda.assist.defaults import EPOCHS
from qda.cli.context import project as get_project
from qda.cli.output import emit, format_option, wide_option

assist_app = typer.Typer(help="Train, evaluate and inspect the suggesters.", no_args_is_help=True)
SUGGEST_COLUMNS = ("document", "segment", "code", "score", "suggester", "evidence")
ALL_SUGGEST_COLUMNS = ("document", "segment", "segment_id", "site", "level", "question", "code", "score", "suggester",
                       "evidence")
STALE_SHARE = 0.1  # retrain hint once a tenth more codings and decisions exist than the model learned from
MODEL_OPTION = typer.Option(None, "--model", help="Installed spaCy German pipeline (name or path) for lemmas.")


def _api():
    """The assist library, imported on use: it loads spaCy, which every other command can skip."""
    from qda.assist import api

    return api


def register(app: typer.Typer) -> None:
    app.command("suggest")(suggest)
    app.add_typer(assist_app, name="assist")


def suggest(
    ctx: typer.Context,
    doc: Optional[str] = typer.Option(None, "--doc", help="Only this document."),
    site: Optional[str] = typer.Option(None), level: Optional[str] = typer.Option(None),
    role: Optional[str] = typer.Option(None), wave: Optional[int] = typer.Option(None),
    code: Optional[str] = typer.Option(None, "--code", help="Only this code and its children."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Lowest score shown (default: the model's threshold)."),
    coder: Optional[str] = typer.Option(None, "--coder", help="Leave out what this coder already coded or decided."),
    uncoded: bool = typer.Option(False, "--uncoded", help="Only segments without codings (by --coder, or anyone)."),
    accept_above: Optional[float] = typer.Option(None, "--accept-above", help="Accept every suggestion scoring at least this, as --coder."),
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
    rows = _api().suggest_all(project, document=doc, site=site, level=level, role=role, wave=wave, code=code,
                           min_score=min_score, coder=coder, uncoded_only=uncoded, base_model=model)
    emit(rows, fmt, SUGGEST_COLUMNS if fmt == "table" else ALL_SUGGEST_COLUMNS, title=f"{len(rows)} suggestions",
         wide=wide)
    if accept_above is not None:
        accepted = _api().accept_suggestions(project, rows, coder)
        typer.echo(f"accepted {accepted} suggestions scoring {accept_above} or more as {coder}", err=True)
    _stale_hint(project)


def _stale_hint(project) -> None:
    models = _api().list_models(project)
    if models and models[0]["new_decisions"] > STALE_SHARE * max(models[0]["decisions"], 1):
        typer.echo(f"hint: {models[0]['new_decisions']} decisions since model v{models[0]['version']}: "
                   f"run 'qda assist train' to learn from them", err=True)


@assist_app.command("train")
def train(
    ctx: typer.Context,
    coder: Optional[str] = typer.Option(None, "--coder", help="Whose codings and decisions to learn from."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same seed and data give the same model."),
    epochs: int = typer.Option(EPOCHS, "--epochs", min=1, help="Passes over the training segments."),
    model: Optional[str] = MODEL_OPTION,
    fmt: str = format_option(),
) -> None:
    """Train a new version of the learned suggester and the calibration on a coder's codings.

    Example: qda assist train --coder anna --seed 1
    """
    project = get_project(ctx)
    result = _api().train(project, project.coder(coder), seed=seed, epochs=epochs, base_model=model)
    rows = [{"version": result["version"], "coder": result["coder"], "segments": result["segments"],
             "documents": result["documents"], "decisions": result["decisions"],
             **{f"oof_f1_{kind}": value for kind, value in result["metrics"].items()}}]
    emit(rows, fmt, title="trained assist model")


@assist_app.command("eval")
def evaluate(
    ctx: typer.Context,
    coder: Optional[str] = typer.Option(None, "--coder", help="Whose codings are the truth."),
    folds: int = typer.Option(5, "--folds", help="Cross-validation folds (documents are split, not segments)."),
    seed: int = typer.Option(0, "--seed"),
    epochs: int = typer.Option(EPOCHS, "--epochs", min=1),
    model: Optional[str] = MODEL_OPTION,
    fmt: str = format_option(),
) -> None:
    """Cross-validated precision, recall and F1 per code and macro-averaged, for rules, learned
    and combined suggesters against a coder's codings.

    Example: qda assist eval --coder anna --folds 5 --format json
    """
    project = get_project(ctx)
    result = _api().evaluate(project, project.coder(coder), folds=folds, seed=seed, epochs=epochs, base_model=model)
    emit(result.rows(), fmt, title=f"{result.folds}-fold cross-validation over {result.segments} segments")


@assist_app.command("models")
def models(ctx: typer.Context, fmt: str = format_option()) -> None:
    """List trained model versions: coder, seed, size, out-of-fold macro-F1, decisions since.

    Example: qda assist models --format json
    """
    rows = _api().list_models(get_project(ctx))
    emit(rows, fmt, title=f"{len(rows)} model versions")
