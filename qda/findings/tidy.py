"""Findings and site attributes as tidy frames for ``qda export findings|sites`` (pandas, R)."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Connection

from qda.codebook.store import load_features
from qda.findings.sites import list_site_attributes
from qda.findings.store import list_findings
from qda.findings.values import value_label

FINDING_COLUMNS = ("finding_id", "site", "feature", "feature_label", "kind", "code", "wave", "level", "value",
                   "value_label", "note", "evidence", "unsupported", "set_by", "set_at")


def findings_table(conn: Connection, lang: str = "de", site: str | None = None) -> pd.DataFrame:
    """One row per finding; a multi value and the evidence are joined with ``;``."""
    features = {feature.id: feature for feature in load_features(conn)}
    rows = []
    for finding in list_findings(conn, site=site):
        feature = features.get(finding.feature)
        rows.append({
            "finding_id": finding.id, "site": finding.site, "feature": finding.feature,
            "feature_label": feature.shown(lang) if feature else "", "kind": feature.kind if feature else "",
            "code": feature.code if feature else "", "wave": finding.wave, "level": finding.level,
            "value": ";".join(finding.value) if isinstance(finding.value, list) else finding.value,
            "value_label": value_label(feature, finding.value, lang) if feature else str(finding.value),
            "note": finding.note, "evidence": ";".join(finding.evidence), "unsupported": finding.unsupported,
            "set_by": finding.set_by, "set_at": finding.set_at,
        })
    frame = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    return frame.astype({"wave": "Int64"})


def sites_table(conn: Connection) -> pd.DataFrame:
    """One row per site: its attributes as columns and its number of protocols."""
    keys, rows = list_site_attributes(conn)
    return pd.DataFrame(rows, columns=["site", *keys, "protocols"])
