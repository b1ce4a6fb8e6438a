"""The evaluator's written summary per site and theme, and the site's overall conclusion: the
prose a case report is built around. A summary is a person's (``origin='person'``) or a machine
draft (``'machine'``, see :mod:`qda.report.drafts`) that counts as written only once a person
accepts or rewrites it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from qda.codebook.store import load_codes, resolve_code
from qda.errors import QdaError
from qda.filters import resolve_site
from qda.store.schema import documents, summaries

MAX_SUMMARY_CHARS = 20_000
OVERALL = "(overall)"  # how the overall conclusion is named in listings


def known_sites(conn: Connection) -> list[str]:
    return [site for site in conn.execute(select(documents.c.site).distinct().order_by(documents.c.site)).scalars()
            if site]


def check_site(conn: Connection, site: str) -> str:
    """The stored spelling of ``site`` (any case, German spellings); otherwise a one-line error listing the sites."""
    return resolve_site(conn, site)


def checked_text(text: str, what: str, limit: int) -> str:
    """``text`` without surrounding blanks; one error when it is empty or longer than ``limit``."""
    text = text.strip()
    if not text:
        raise QdaError(f"the {what} is empty")
    if len(text) > limit:
        raise QdaError(f"the {what} is longer than {limit} characters")
    return text


def _code_id(conn: Connection, code_ref: str | None) -> int | None:
    """The theme's code id; ``None`` stands for the overall conclusion."""
    return None if code_ref is None else resolve_code(conn, code_ref, include_inactive=False).id


def _where(site: str, code_id: int | None):
    return (summaries.c.site == site,
            summaries.c.code_id.is_(None) if code_id is None else summaries.c.code_id == code_id)


def set_summary(conn: Connection, site: str, code_ref: str | None, text: str, author: str,
                origin: str = "person") -> None:
    """Store (or replace) the summary of ``code_ref`` (``None``: the overall conclusion) for ``site``."""
    site = check_site(conn, site)
    code_id = _code_id(conn, code_ref)
    text = checked_text(text, "summary", MAX_SUMMARY_CHARS)
    conn.execute(delete(summaries).where(*_where(site, code_id)))
    conn.execute(insert(summaries).values(site=site, code_id=code_id, text=text, author=author, origin=origin,
                                          updated_at=dt.datetime.now(dt.UTC)))


def accept_draft(conn: Connection, site: str, code_ref: str | None, by: str) -> None:
    """A person takes a machine draft as the summary, as it stands."""
    site = check_site(conn, site)
    code_id = _code_id(conn, code_ref)
    row = conn.execute(select(summaries.c.origin).where(*_where(site, code_id))).first()
    if row is None or row.origin != "machine":
        raise QdaError(f"no machine draft of '{code_ref or 'overall'}' for {site} to accept")
    conn.execute(update(summaries).where(*_where(site, code_id)).values(
        origin="person", author=by, updated_at=dt.datetime.now(dt.UTC)))


def get_summary(conn: Connection, site: str, code_ref: str | None) -> dict[str, Any] | None:
    site = check_site(conn, site)
    code = resolve_code(conn, code_ref) if code_ref is not None else None
    row = conn.execute(select(summaries).where(*_where(site, code.id if code else None))).first()
    return None if row is None else {"site": site, "code": code.path if code else OVERALL,
                                     "label": code.label if code else OVERALL, "text": row.text,
                                     "author": row.author, "origin": row.origin, "updated_at": row.updated_at}


def list_summaries(conn: Connection, site: str | None = None) -> list[dict[str, Any]]:
    """Summaries in site order, the overall conclusion first, then in codebook order."""
    codes = {code.id: code for code in load_codes(conn, include_inactive=True)}
    query = select(summaries).order_by(summaries.c.site)
    if site is not None:
        query = query.where(summaries.c.site == check_site(conn, site))
    rows = [row for row in conn.execute(query) if row.code_id is None or row.code_id in codes]
    rows.sort(key=lambda row: (row.site, -1 if row.code_id is None else codes[row.code_id].position))
    return [{"site": row.site, "code": codes[row.code_id].path if row.code_id else OVERALL,
             "label": codes[row.code_id].label if row.code_id else OVERALL, "author": row.author,
             "origin": row.origin, "updated_at": row.updated_at, "text": row.text} for row in rows]
