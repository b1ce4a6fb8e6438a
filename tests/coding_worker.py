"""A coder in its own process, for the soak test and ``bench/writers.py``.

Run as ``python tests/coding_worker.py PROJECT_DIR CODER SEED OPS [FIRST_OP] [--sequential]``.
Operation ``i`` adds one coding (document, segment, code, span) chosen from the project's
segments × codes × three spans: at random by ``SEED`` (so targets repeat and the same coding is
added again, here and by other workers with the same coder), or target ``i`` with
``--sequential``. After each commit it prints ``ack OP DOC SEGMENT CODE START END ID CREATED``
and flushes: a line printed is a coding the database has promised to keep. ``FIRST_OP`` lets a
restarted worker continue where its killed predecessor stopped. At the end it prints
``done OPS FIRST_START LAST_END`` (wall-clock seconds of its first and last operation).
"""

from __future__ import annotations

import random
import sys
import time

from sqlalchemy import select

from qda.coding.api import add_coding
from qda.project import open_project
from qda.store.db import run_write
from qda.store.schema import codes, documents, segments

CODE_PATHS = ("interfaces", "interfaces/basisteam", "contact_density", "egv")


def coding_targets(conn) -> list[tuple[str, int, str, int, int]]:
    """(doc_key, segment, code, start, end): every segment × code × (whole, first half, second half)."""
    rows = conn.execute(select(documents.c.doc_key, segments.c.number, segments.c.char_start, segments.c.char_end)
                        .join(documents, documents.c.id == segments.c.document_id)
                        .order_by(documents.c.doc_key, segments.c.number)).all()
    paths = set(conn.execute(select(codes.c.path).where(codes.c.active.is_(True))).scalars())
    targets = []
    for doc_key, number, start, end in rows:
        middle = (start + end) // 2
        for code in (path for path in CODE_PATHS if path in paths):
            targets += [(doc_key, number, code, start, end), (doc_key, number, code, start, middle),
                        (doc_key, number, code, middle, end)]
    return targets


def main(root: str, coder: str, seed: int, ops: int, first: int = 0, sequential: bool = False) -> None:
    project = open_project(root)
    with project.engine.connect() as conn:
        targets = coding_targets(conn)
    chooser = random.Random(seed)
    plan = [index % len(targets) if sequential else chooser.randrange(len(targets)) for index in range(ops)]
    started = time.time()
    for op in range(first, ops):
        doc_key, number, code, start, end = target = targets[plan[op]]
        coding_id, created = run_write(
            project.engine, lambda conn: add_coding(conn, doc_key, number, code, coder, span=(start, end)))
        print("ack", op, *target, coding_id, int(created), flush=True)
    print("done", ops - first, started, time.time(), flush=True)


if __name__ == "__main__":
    arguments = [arg for arg in sys.argv[1:] if arg != "--sequential"]
    main(arguments[0], arguments[1], int(arguments[2]), int(arguments[3]),
         int(arguments[4]) if len(arguments) > 4 else 0, "--sequential" in sys.argv)
