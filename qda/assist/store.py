"""Assist models in the ``assist_models`` table: one row per trained version.

``params`` holds what reproduces a version (coder, seed, regularisation, base pipeline) and what scores
with it (labels, priors, calibrators); ``blob`` holds the classifier's arrays as a compressed ``.npz``.
"""

from __future__ import annotations

import datetime as dt
import zlib
from typing import Any

from sqlalchemy import Connection, func, insert, select

from qda.assist.combine import Calibrator
from qda.assist.learned import Classifier
from qda.assist.model import AssistModel
from qda.errors import QdaError
from qda.store.schema import assist_models

MODEL_NAME = "suggester"


def save_model(conn: Connection, model: AssistModel, params: dict[str, Any]) -> int:
    """Store ``model`` as the next version; return the version number."""
    version = (conn.execute(select(func.max(assist_models.c.version)).where(
        assist_models.c.name == MODEL_NAME)).scalar() or 0) + 1
    full = {**params, "priors": model.priors,
            "calibrators": {kind: cal.as_dict() for kind, cal in model.calibrators.items()},
            "classifier_labels": model.classifier.labels if model.classifier else []}
    conn.execute(insert(assist_models).values(
        name=MODEL_NAME, version=version, created_at=dt.datetime.now(dt.timezone.utc), params=full,
        metrics=model.metrics, blob=model.classifier.to_bytes() if model.classifier else b""))
    return version


def latest_model(conn: Connection, version: int | None = None):
    """The newest stored version (or ``version``); None if nothing is trained yet."""
    query = select(assist_models).where(assist_models.c.name == MODEL_NAME)
    if version is not None:
        row = conn.execute(query.where(assist_models.c.version == version)).first()
        if row is None:
            raise QdaError(f"no assist model version {version}: see 'qda assist models'")
        return row
    return conn.execute(query.order_by(assist_models.c.version.desc()).limit(1)).first()


def load_model(row) -> AssistModel:
    params = row.params
    try:
        classifier = Classifier.from_bytes(row.blob) if params.get("classifier_labels") else None
    except (ValueError, OSError, KeyError, zlib.error):
        raise QdaError(f"assist model v{row.version} was stored by an older qda: run 'qda assist train'") from None
    calibrators = {kind: Calibrator.from_dict(data) for kind, data in params["calibrators"].items()}
    return AssistModel(dict(params["priors"]), calibrators, classifier, row.version, dict(row.metrics or {}))


def model_rows(conn: Connection) -> list[dict[str, Any]]:
    """Every version, newest first, as plain rows for listings."""
    query = select(assist_models).where(assist_models.c.name == MODEL_NAME).order_by(assist_models.c.version.desc())
    return [
        {"version": row.version, "created_at": row.created_at, "coder": row.params.get("coder"),
         "seed": row.params.get("seed"), "regularisation": row.params.get("regularisation"),
         "base": row.params.get("base"),
         "segments": row.params.get("segments"), "documents": row.params.get("documents"),
         "decisions": row.params.get("decisions", 0), "metrics": row.metrics, "size_kb": round(len(row.blob) / 1024, 1)}
        for row in conn.execute(query)
    ]
