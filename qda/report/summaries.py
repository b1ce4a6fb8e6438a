"""The evaluator's written summary per site and theme: the prose a case report is built around."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from qda.codebook.store import load_codes, resolve_code
from qda.errors import QdaError
from qda.filters import resolve_site
from qda.store.schema import documents, summaries

MAX_SUMMARY_CHARS = 20_000


def known_sites(conn: Connection) -> list[str]:
    return [site for site in conn.execute(select(documents.c.site).distinct().order_by(documents.c.site)).scalars()
            if site]


def check_site(conn: Connection, site: str) -> str:
    """The stored spelling of ``site`` (any case, German spellings); otherwise a one-line error listing the sites."""
    return resolve_site(conn, site)


def set_summary(conn: Connection, site: str, code_ref: str, text: str, author: str) -> None:
    """Store (or replace) the summary of ``code_ref`` for ``site``."""
    site = check_site(conn, site)
    code = resolve_code(conn, code_ref, include_inactive=False)
    text = text.strip()
    if not text:
        raise QdaError("the summary is empty")
    if len(text) > MAX_SUMMARY_CHARS:
        raise QdaError(f"the summary is longer than {MAX_SUMMARY_CHARS} characters")
    conn.execute(delete(summaries).where(summaries.c.site == site, summaries.c.code_id == code.id))
    conn.execute(insert(summaries).values(site=site, code_id=code.id, text=text, author=author,
                                          updated_at=dt.datetime.now(dt.timezone.utc)))


def get_summary(conn: Connection, site: str, code_ref: str) -> dict[str, Any] | None:
    site = check_site(conn, site)
    code = resolve_code(conn, code_ref)
    row = conn.execute(select(summaries).where(summaries.c.site == site, summaries.c.code_id == code.id)).first()
    return None if row is None else {"site": site, "code": code.path, "label": code.label, "text": row.text,
                                     "author": row.author, "updated_at": row.updated_at}


def list_summaries(conn: Connection, site: str | None = None) -> list[dict[str, Any]]:
    """Summaries in site and codebook order."""
    codes = {code.id: code for code in load_codes(conn, include_inactive=True)}
    query = select(summaries).order_by(summaries.c.site)
    if site is not None:
        query = query.where(summaries.c.site == check_site(conn, site))
    rows = [row for row in conn.execute(query) if row.code_id in codes]
    rows.sort(key=lambda row: (row.site, codes[row.code_id].position))
    return [{"site": row.site, "code": codes[row.code_id].path, "label": codes[row.code_id].label,
             "author": row.author, "updated_at": row.updated_at, "text": row.text} for row in rows]
