"""Undo and redo for the workbench, acting on the database rather than on screen state.

An action is recorded as the coder's rows on one segment (codings, memos, suggestion decisions)
before and after it. Undo writes the "before" rows back; redo the "after" rows. Rows keep their
ids, so an undone and redone coding is the same coding it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from qda.store.schema import codings, memos, suggestion_decisions

TRACKED = {table.name: table for table in (codings, memos, suggestion_decisions)}
Snapshot = dict[tuple[str, int], dict[str, Any]]


def snapshot(conn: Connection, segment_id: int, coder: str) -> Snapshot:
    """The coder's rows on a segment, keyed by (table, id)."""
    rows: Snapshot = {}
    for name, table in TRACKED.items():
        query = select(table).where(table.c.segment_id == segment_id, table.c.coder == coder)
        for row in conn.execute(query):
            rows[(name, row.id)] = dict(row._mapping)
    return rows


@dataclass
class Change:
    """One undoable action: what it was, and the rows it changed."""

    label: str
    segment_id: int
    before: Snapshot
    after: Snapshot


@dataclass
class History:
    """The session's undo and redo stacks."""

    undone: list[Change] = field(default_factory=list)
    done: list[Change] = field(default_factory=list)

    def record(self, label: str, segment_id: int, before: Snapshot, after: Snapshot) -> bool:
        """Remember an action if it changed anything; a new action clears the redo stack."""
        if before == after:
            return False
        self.done.append(Change(label, segment_id, before, after))
        self.undone.clear()
        return True

    def undo(self, conn: Connection) -> Change | None:
        """Put back the rows of the last action's "before"; None if there is nothing to undo."""
        return self._step(conn, self.done, self.undone, forward=False)

    def redo(self, conn: Connection) -> Change | None:
        return self._step(conn, self.undone, self.done, forward=True)

    @staticmethod
    def _step(conn: Connection, source: list[Change], target: list[Change], forward: bool) -> Change | None:
        if not source:
            return None
        change = source.pop()
        restore(conn, *((change.before, change.after) if forward else (change.after, change.before)))
        target.append(change)
        return change


def restore(conn: Connection, current: Snapshot, target: Snapshot) -> None:
    """Turn the rows in ``current`` into those in ``target``: delete, re-insert, update."""
    for (name, row_id) in current.keys() - target.keys():
        table = TRACKED[name]
        conn.execute(delete(table).where(table.c.id == row_id))
    for key in target.keys() - current.keys():
        try:
            with conn.begin_nested():
                conn.execute(insert(TRACKED[key[0]]).values(**target[key]))
        except IntegrityError:  # another process stored the same row meanwhile
            continue
    for key in target.keys() & current.keys():
        if target[key] != current[key]:
            table = TRACKED[key[0]]
            conn.execute(update(table).where(table.c.id == key[1]).values(**target[key]))
