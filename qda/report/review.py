"""Review of a site's case report: comments, what still blocks sign-off, and the report's state.

A report is a draft (Entwurf) until someone comments on it, in review (in Prüfung) while it has
comments or after a change to approved data, and approved (freigegeben) while the data matches
the approved fingerprint. Team leads who live in Word comment in the generated .docx; those
comments come back with :func:`import_docx_comments`, attached to the theme they sit in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, insert, select, update

from qda.codebook.store import CodeRow, load_codes, resolve_code
from qda.errors import QdaError
from qda.report.summaries import check_site, checked_text, known_sites
from qda.store.db import inserted_id
from qda.store.schema import codings, documents, review_comments, segments, summaries

STATES = ("draft", "in_review", "approved")
MAX_COMMENT_CHARS = 5_000


@dataclass(frozen=True)
class ReviewComment:
    id: int
    site: str
    theme: str | None
    text: str
    author: str
    source: str
    created_at: dt.datetime
    resolved_by: str | None
    resolved_at: dt.datetime | None

    @property
    def open(self) -> bool:
        return self.resolved_at is None


def add_comment(conn: Connection, site: str, text: str, author: str, theme: str | None = None,
                source: str = "cli") -> int:
    """Store a comment on ``site``'s report (on one theme, or on the whole report)."""
    site = check_site(conn, site)
    text = checked_text(text, "comment", MAX_COMMENT_CHARS)
    code_id = _theme_of(conn, theme).id if theme else None
    result = conn.execute(insert(review_comments).values(
        site=site, code_id=code_id, text=text, author=author, source=source,
        created_at=dt.datetime.now(dt.UTC)))
    return inserted_id(result)


def _theme_of(conn: Connection, ref: str) -> CodeRow:
    code = resolve_code(conn, ref, include_inactive=False)
    if code.parent_id is not None:
        raise QdaError(f"'{ref}' is not a theme (a top-level code); comment on '{code.path.split('/')[0]}'")
    return code


def list_comments(conn: Connection, site: str | None = None, open_only: bool = False) -> list[ReviewComment]:
    paths = {code.id: code.path for code in load_codes(conn, include_inactive=True)}
    query = select(review_comments).order_by(review_comments.c.site, review_comments.c.id)
    if site is not None:
        query = query.where(review_comments.c.site == site)
    if open_only:
        query = query.where(review_comments.c.resolved_at.is_(None))
    return [ReviewComment(row.id, row.site, paths.get(row.code_id) if row.code_id else None, row.text, row.author,
                          row.source, row.created_at, row.resolved_by, row.resolved_at)
            for row in conn.execute(query)]


def resolve_comment(conn: Connection, comment_id: int, by: str) -> None:
    found = conn.execute(select(review_comments.c.resolved_at).where(review_comments.c.id == comment_id)).first()
    if found is None:
        raise QdaError(f"no review comment {comment_id}")
    if found.resolved_at is not None:
        raise QdaError(f"review comment {comment_id} is already resolved")
    conn.execute(update(review_comments).where(review_comments.c.id == comment_id)
                 .values(resolved_by=by, resolved_at=dt.datetime.now(dt.UTC)))


def approval_blockers(conn: Connection, site: str) -> list[str]:
    """What stands between the report and its sign-off: themes with coded passages but no
    written summary, machine drafts nobody accepted, open comments."""
    coded = set(conn.execute(
        select(codings.c.code_id).distinct().join(segments, segments.c.id == codings.c.segment_id)
        .join(documents, documents.c.id == segments.c.document_id).where(documents.c.site == site)).scalars())
    codes = load_codes(conn)
    by_id = {code.id: code for code in codes}
    themes_coded = {_top(by_id, code_id) for code_id in coded if code_id in by_id}
    written = {row.code_id: row.origin for row in conn.execute(
        select(summaries.c.code_id, summaries.c.origin).where(summaries.c.site == site))}
    blockers = []
    missing = [code.path for code in codes if code.id in themes_coded and code.id not in written]
    drafts = [code.path for code in codes if written.get(code.id) == "machine"]
    if missing:
        blockers.append(f"{len(missing)} theme(s) without a summary: {', '.join(missing)}")
    if drafts:
        blockers.append(f"{len(drafts)} machine draft(s) not yet accepted: {', '.join(drafts)}")
    open_comments = conn.execute(select(func.count()).select_from(review_comments).where(
        review_comments.c.site == site, review_comments.c.resolved_at.is_(None))).scalar_one()
    if open_comments:
        blockers.append(f"{open_comments} open review comment(s) (qda review list --site {site})")
    return blockers


def _top(by_id: dict[int, CodeRow], code_id: int) -> int:
    code = by_id[code_id]
    while code.parent_id is not None and code.parent_id in by_id:
        code = by_id[code.parent_id]
    return code.id


def report_states(conn: Connection) -> list[dict[str, object]]:
    """Every site's review state with its latest approval (and whether data changed since)."""
    from qda.report.approvals import approval_status, fingerprint, latest_approvals

    approvals = latest_approvals(conn)
    commented = set(conn.execute(select(review_comments.c.site).distinct()).scalars())
    rows = []
    for site in known_sites(conn):
        approval = approval_status(approvals.get(site), fingerprint(conn, site))
        if approval is not None and not approval["changed"]:
            state = "approved"
        elif approval is not None or site in commented:
            state = "in_review"
        else:
            state = "draft"
        rows.append({"site": site, "state": state, "changed_since_approval": bool(approval and approval["changed"]),
                     "approved_by": approval and approval["approved_by"],
                     "approved_at": approval and approval["approved_at"],
                     "forced": bool(approval and approval.get("reason"))})
    return rows


def import_docx_comments(conn: Connection, path: Path, site: str, author: str | None = None) -> list[int]:
    """Word comments left in a generated report of ``site``, stored as review comments on the
    theme whose section (Heading 2) they sit in; a comment before the first theme is about the
    whole report. Returns the new comment ids."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn

    site = check_site(conn, site)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise QdaError(f"not a Word document: {exc}", path) from exc
    themes = {label: code.path for code in load_codes(conn) if code.parent_id is None
              for label in (code.label, code.label_en) if label}
    placed: dict[str, str | None] = {}
    theme: str | None = None
    for paragraph in document.element.body.iter(qn("w:p")):
        style = paragraph.style or ""
        if style.replace(" ", "").lower() in ("heading2", "berschrift2", "überschrift2"):
            text = "".join(node.text or "" for node in paragraph.iter(qn("w:t")))
            theme = themes.get(text.strip())
        for mark in paragraph.iter(qn("w:commentRangeStart"), qn("w:commentReference")):
            placed.setdefault(mark.get(qn("w:id")), theme)
    ids = []
    for comment in document.comments:
        text = comment.text.strip()
        if not text:
            continue
        key = str(comment.comment_id)
        ids.append(add_comment(conn, site, text, author or comment.author or "Word", placed.get(key), source="docx"))
    return ids
