"""Sign-off of a site's case report, tied to a fingerprint of the coded data.

The fingerprint covers every coding of the site (document, segment, code id, coder, span) and
its summaries, whoever coded them, so the report can say "changed after approval" when anything
a reader relied on was altered later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import pandas as pd
from sqlalchemy import Connection, insert, select

from qda.analysis.frame import codings_frame, summaries_frame
from qda.codebook.store import load_codes
from qda.errors import QdaError
from qda.report.summaries import check_site
from qda.store.schema import approvals


def fingerprint_of(codings: pd.DataFrame, summaries: pd.DataFrame, code_keys: dict[int, str]) -> str:
    """sha256 over the site's codings and summaries, independent of row order and database ids."""
    columns = (codings[name].tolist() for name in ("document", "segment", "code_id", "coder", "start", "end"))
    coded = sorted((doc, int(seg), code_keys.get(code, str(code)), coder, int(start), int(end))
                   for doc, seg, code, coder, start, end in zip(*columns))
    written = sorted((code_keys.get(code, str(code)), text)
                     for code, text in zip(summaries["code_id"].tolist(), summaries["text"].tolist()))
    payload = json.dumps({"codings": coded, "summaries": written}, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def fingerprint(conn: Connection, site: str) -> str:
    code_keys = {code.id: code.code_key for code in load_codes(conn, include_inactive=True)}
    return fingerprint_of(codings_frame(conn, site=site), summaries_frame(conn, site=site), code_keys)


def approve(conn: Connection, site: str, by: str) -> dict[str, Any]:
    """Record that ``by`` signed off the site's report as the data stands now."""
    site = check_site(conn, site)
    if not by.strip():
        raise QdaError("say who approves: --by NAME")
    values = {"site": site, "approved_by": by.strip(), "fingerprint": fingerprint(conn, site),
              "approved_at": dt.datetime.now(dt.timezone.utc)}
    conn.execute(insert(approvals).values(**values))
    return values


def latest_approvals(conn: Connection) -> dict[str, dict[str, Any]]:
    """The newest approval of each site."""
    latest: dict[str, dict[str, Any]] = {}
    for row in conn.execute(select(approvals).order_by(approvals.c.approved_at, approvals.c.id)):
        latest[row.site] = {"approved_by": row.approved_by, "fingerprint": row.fingerprint,
                            "approved_at": row.approved_at}
    return latest


def approval_status(approval: dict[str, Any] | None, current: str) -> dict[str, Any] | None:
    """The approval with ``changed`` set when the data no longer matches its fingerprint."""
    if approval is None:
        return None
    return {**approval, "changed": approval["fingerprint"] != current}
