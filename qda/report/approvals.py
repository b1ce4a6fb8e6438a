"""Sign-off of a site's case report, tied to a fingerprint of the coded data.

The fingerprint covers every coding of the site (document, segment, code id, coder, span) and
its summaries, whoever coded them, so the report can say "changed after approval" when anything
a reader relied on was altered later. The approval also keeps the data it covered (a snapshot),
so the report can say *what* changed since: codings and summaries added, removed or changed.
Sign-off is refused while :func:`qda.report.review.approval_blockers` names open points, unless
the approver forces it and gives a reason, which the report then shows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from typing import Any

import pandas as pd
from sqlalchemy import Connection, insert, select

from qda.analysis.frame import codings_frame, summaries_frame
from qda.codebook.store import load_codes
from qda.errors import QdaError
from qda.report.summaries import check_site
from qda.store.schema import approvals

OVERALL_KEY = "(gesamt)"  # the overall conclusion's place among the summaries


def site_data(codings: pd.DataFrame, summaries: pd.DataFrame, code_keys: dict[int, str]) -> dict[str, list]:
    """The site's codings (as tuples) and summaries as sorted plain lists, independent of
    database ids."""
    segment, start, end = (codings[name].astype("int64").tolist() for name in ("segment", "start", "end"))
    codes = [code_keys.get(code, str(code)) for code in codings["code_id"].tolist()]
    coded = sorted(zip(codings["document"].tolist(), segment, codes, codings["coder"].tolist(), start, end))
    written = sorted([_summary_key(code, code_keys), text]
                     for code, text in zip(summaries["code_id"].tolist(), summaries["text"].tolist()))
    return {"codings": coded, "summaries": written}


def _summary_key(code: Any, code_keys: dict[int, str]) -> str:
    if code is None or (isinstance(code, float) and math.isnan(code)):  # no code: the overall conclusion
        return OVERALL_KEY
    return code_keys.get(int(code), str(code))


def _serialised(data: dict[str, list]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def digest(data: dict[str, list]) -> str:
    """The fingerprint: sha256 over :func:`site_data`."""
    return hashlib.sha256(_serialised(data).encode("utf-8")).hexdigest()


def _current(conn: Connection, site: str) -> dict[str, list]:
    code_keys = {code.id: code.code_key for code in load_codes(conn, include_inactive=True)}
    return site_data(codings_frame(conn, site=site), summaries_frame(conn, site=site), code_keys)


def fingerprint(conn: Connection, site: str) -> str:
    return digest(_current(conn, site))


def approve(conn: Connection, site: str, by: str, force: bool = False, reason: str | None = None) -> dict[str, Any]:
    """Record that ``by`` signed off the site's report as the data stands now; refused while
    summaries are missing, drafts unaccepted or comments open, unless forced with a reason."""
    from qda.report.review import approval_blockers

    site = check_site(conn, site)
    if not by.strip():
        raise QdaError("say who approves: --by NAME")
    if force and not (reason or "").strip():
        raise QdaError("--force needs --reason TEXT (it is recorded and shown in the report)")
    blockers = approval_blockers(conn, site)
    if blockers and not force:
        raise QdaError(f"cannot approve {site}: {'; '.join(blockers)} (or --force --reason TEXT)")
    data = _current(conn, site)
    values = {"site": site, "approved_by": by.strip(), "approved_at": dt.datetime.now(dt.UTC),
              "fingerprint": digest(data), "reason": reason.strip() if force and reason else None,
              "snapshot": _serialised(data)}
    conn.execute(insert(approvals).values(**values))
    return {**values, "open_points": blockers if force else []}


def latest_approvals(conn: Connection) -> dict[str, dict[str, Any]]:
    """The newest approval of each site."""
    latest: dict[str, dict[str, Any]] = {}
    for row in conn.execute(select(approvals).order_by(approvals.c.approved_at, approvals.c.id)):
        latest[row.site] = {"approved_by": row.approved_by, "fingerprint": row.fingerprint,
                            "approved_at": row.approved_at, "reason": row.reason, "snapshot": row.snapshot}
    return latest


def approval_status(approval: dict[str, Any] | None, current: str,
                    data: dict[str, list] | None = None) -> dict[str, Any] | None:
    """The approval with ``changed`` set when the data no longer matches its fingerprint, and,
    given the current ``data``, the ``changes`` since (see :func:`changes_since`)."""
    if approval is None:
        return None
    changed = approval["fingerprint"] != current
    changes = changes_since(approval.get("snapshot"), data) if changed and data is not None else {}
    return {**approval, "changed": changed, "current_fingerprint": current, "changes": changes}


def changes_since(snapshot: str | None, data: dict[str, list] | None) -> dict[str, dict[str, int]]:
    """Counts per kind (codings, summaries) of what was added, removed or changed since the
    approval's snapshot; empty when the approval predates snapshots."""
    if not snapshot or data is None:
        return {}
    before = json.loads(snapshot)
    then = {tuple(row) for row in before["codings"]}
    now = {tuple(row) for row in data["codings"]}
    changes = {"codings": {"added": len(now - then), "removed": len(then - now), "changed": 0}}
    old_text = {key: text for key, text in before["summaries"]}
    new_text = {key: text for key, text in data["summaries"]}
    changes["summaries"] = {"added": len(new_text.keys() - old_text.keys()),
                            "removed": len(old_text.keys() - new_text.keys()),
                            "changed": sum(old_text[k] != new_text[k] for k in old_text.keys() & new_text.keys())}
    return {kind: counts for kind, counts in changes.items() if any(counts.values())}
