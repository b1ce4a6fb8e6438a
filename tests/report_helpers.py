"""A small coded project for the retrieval, matrix and report tests.

Two coders, both origins, a passage coded by both coders (it must count once), a key quote,
memos and a summary. Counts the tests expect are derived from CODINGS, not typed in twice.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from qda.codebook.store import resolve_code
from qda.coding.api import add_coding, resolve_segment
from qda.store.schema import memos

# (document, segment, code, coder, origin, key_quote)
CODINGS = [
    ("BO-OP-IFK-W1", 1, "contact_density", "anna", "manual", False),
    ("BO-OP-IFK-W1", 1, "contact_density", "ben", "manual", False),
    ("BO-OP-IFK-W1", 2, "contact_density", "anna", "manual", True),
    ("BO-OP-IFK-W1", 3, "egv", "ben", "suggested", False),
    ("KR-OP-IFK-W1", 1, "contact_density", "anna", "manual", False),
    ("KR-OP-IFK-W1", 2, "interfaces/basisteam", "anna", "manual", True),
    ("KR-CL-ELB-W1", 2, "contact_density", "ben", "suggested", False),
    ("KR-CL-ELB-W1", 3, "egv", "anna", "manual", False),
    ("KR-CL-ELB-W1", 3, "contact_density", "anna", "manual", False),
]


def apply_codings(project) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    with project.engine.begin() as conn:
        for document, segment, code, coder, origin, key_quote in CODINGS:
            add_coding(conn, document, segment, code, coder, origin=origin, key_quote=key_quote,
                       suggester="keywords" if origin == "suggested" else None)
        segment = resolve_segment(conn, "BO-OP-IFK-W1", 2)
        conn.execute(insert(memos).values(target_kind="segment", segment_id=segment.id, coder="anna",
                                          text="Widerspricht der Aussage der GF.", created_at=now, updated_at=now))
        code = resolve_code(conn, "contact_density")
        conn.execute(insert(memos).values(target_kind="code", code_id=code.id, coder="anna",
                                          text="Mindestens monatlich laut Konzept.", created_at=now, updated_at=now))


def expected_segments(code_prefix: str, **where) -> set[tuple[str, int]]:
    """Distinct (document, segment) pairs coded with the code or below it, matching ``where``."""
    sites = {"BO": "Bochum", "KR": "Krefeld"}
    levels = {"OP": "operational", "CL": "client"}
    found = set()
    for document, segment, code, *_ in CODINGS:
        meta = {"site": sites[document[:2]], "level": levels[document[3:5]]}
        if (code == code_prefix or code.startswith(code_prefix + "/")) and all(meta[k] == v for k, v in where.items()):
            found.add((document, segment))
    return found


@pytest.fixture
def coded_project(loaded_project):
    apply_codings(loaded_project)
    return loaded_project
