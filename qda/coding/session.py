"""A coding session: the queue, the position in it, and every action a coder takes.

The full-screen workbench and the plain prompt are two faces of this class. Each action runs in
its own transaction and is committed before the screen says it is done, so a killed terminal
loses nothing the coder saw confirmed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from qda.codebook.store import CodeRow, load_codes, resolve_code
from qda.coding.api import store_coding
from qda.coding.assistance import Assistance
from qda.coding.history import History, snapshot
from qda.coding.memos import add_memo
from qda.coding.pins import load_pins, pin_code, quick_codes, unpin
from qda.coding.queue import QueueFilter, build_queue
from qda.coding.seen import mark_document_done, mark_seen
from qda.coding.sentences import split_sentences
from qda.coding.view import DocumentTexts, SegmentView, load_view
from qda.errors import QdaError
from qda.store.db import run_write
from qda.store.schema import codings, documents, segments, suggestion_decisions

SUGGESTIONS_KEPT = 64  # segments whose raw suggestions stay cached (undo, moving back)


class CodingSession:
    """One coder working through a queue of segments."""

    def __init__(self, project, coder: str, queue: list[tuple[int, int]], blind: bool = True,
                 advance: bool = False, assistance: Assistance | None = None):
        self.project, self.engine, self.coder, self.blind = project, project.engine, coder, blind
        self.assistance = assistance or Assistance()  # suggestions: handed in from above (qda.face.assistance)
        self.advance = advance  # move to the next segment after applying codes
        self.queue = [segment for segment, _ in queue]
        self.document_of = dict(queue)
        self.position = 0
        self.history = History()
        self.selection: tuple[int, int] | None = None
        self._texts = DocumentTexts()
        self._view: SegmentView | None = None
        self._index: dict[int, int] | None = None
        self._by_document: dict[int, list[int]] = {}
        self._suggested: dict[int, list[Any]] = {}
        for segment, document in queue:
            self._by_document.setdefault(document, []).append(segment)
        with self.engine.connect() as conn:
            self.codes = load_codes(conn)
            self.coded = set(conn.execute(
                select(codings.c.segment_id).where(codings.c.coder == coder).distinct()).scalars())
            self.counts = self._count_codings(conn)
            self.pins = load_pins(conn, coder)
        self.done = sum(1 for segment in self.queue if segment in self.coded)
        self.quick = quick_codes(self.codes, self.pins)

    @classmethod
    def open(cls, project, coder: str, wanted: QueueFilter | None = None, blind: bool = True,
             advance: bool = False, assistance: Assistance | None = None) -> CodingSession:
        """A session on the coder's queue; a QdaError before any screen opens if there is nothing to code with."""
        with project.engine.connect() as conn:
            if not load_codes(conn):
                raise QdaError("no codebook loaded: run 'qda codebook load FILE' first")
        queue = build_queue(project, coder, wanted or QueueFilter(), blind, assistance)
        return cls(project, coder, queue, blind, advance, assistance)

    # --- where we are -------------------------------------------------------------------------

    @property
    def current_id(self) -> int | None:
        return self.queue[self.position] if self.queue else None

    def view(self) -> SegmentView | None:
        """The current segment (fetched once, again after each change)."""
        if self.current_id is None:
            return None
        if self._view is None or self._view.id != self.current_id:
            with self.engine.connect() as conn:
                self._view = load_view(conn, self.current_id, self.coder if self.blind else None, self._texts)
        return self._view

    def _current(self) -> int:
        """The current segment's id: acting on an empty queue is an error, not a crash."""
        if self.current_id is None:
            raise QdaError("no segment here: the queue is empty")
        return self.current_id

    def _current_view(self) -> SegmentView:
        view = self.view()
        if view is None:
            raise QdaError("no segment here: the queue is empty")
        return view

    def progress(self) -> tuple[int, int]:
        """(segments coded by me, segments in the queue)."""
        return self.done, len(self.queue)

    def document_progress(self) -> tuple[int, int]:
        """(coded, total) for the current segment's document within the queue."""
        if self.current_id is None:
            return 0, 0
        members = self._by_document.get(self.document_of[self.current_id], [])
        return sum(1 for segment in members if segment in self.coded), len(members)

    # --- moving -------------------------------------------------------------------------------

    def move(self, step: int) -> bool:
        """Go ``step`` segments forward (negative: back); False at either end."""
        target = self.position + step
        if not self.queue or not 0 <= target < len(self.queue):
            return False
        self._go(target, passed=True)
        return True

    def next_uncoded(self) -> bool:
        """The next segment this coder has not coded, wrapping round once; False if none is left."""
        count = len(self.queue)
        for offset in range(1, count + 1):
            target = (self.position + offset) % count
            if self.queue[target] not in self.coded:
                self._go(target, passed=True)
                return True
        return False

    def jump_to_document(self, document: str) -> None:
        """Go to the document's (by its id) first segment in the queue."""
        with self.engine.connect() as conn:
            document_id = conn.execute(select(documents.c.id).where(documents.c.doc_key == document.strip())).scalar()
        if document_id is None:
            raise QdaError(f"unknown document '{document}'")
        if document_id not in self._by_document:
            raise QdaError(f"document '{document}' has no segments in this queue")
        self._go(self._positions()[self._by_document[document_id][0]])

    def _go(self, position: int, passed: bool = False) -> None:
        """The one place the position changes (moving, jumping, undo going back to a segment)."""
        if passed and position != self.position:  # read and left: uncoded codes are negatives for assist
            leaving = self._current()
            run_write(self.engine, lambda conn: mark_seen(conn, [leaving], self.coder))
        self.position = position
        self.selection = None

    def document_done(self) -> str:
        """Mark the current segment's whole document as read by this coder."""
        key = self._current_view().document
        marked = run_write(self.engine, lambda conn: mark_document_done(conn, key, self.coder))
        return f"{key} done: {marked} more segments seen"

    def _positions(self) -> dict[int, int]:
        if self._index is None:
            self._index = {segment: position for position, segment in enumerate(self.queue)}
        return self._index

    # --- selecting sentences ------------------------------------------------------------------

    def sentences(self) -> list[tuple[int, int]]:
        """Absolute (start, end) offsets of the current segment's sentences."""
        view = self._current_view()
        return [(view.char_start + a, view.char_start + b) for a, b in split_sentences(view.text)]

    def select_sentences(self, first: int, last: int | None = None) -> None:
        """Select sentences ``first``..``last`` (0-based, inclusive) so actions code only them."""
        last = first if last is None else last
        count = len(self.sentences())
        if not 0 <= first <= last < count:
            raise QdaError(f"this segment has sentences 1 to {count}")
        self.selection = None if (first, last) == (0, count - 1) else (first, last)

    def select_next_sentence(self) -> None:
        """Whole segment → sentence 1 → 2 → … → whole segment again."""
        following = 0 if self.selection is None else self.selection[0] + 1
        count = len(self.sentences())
        self.selection = (following, following) if following < count and count > 1 else None

    def extend_selection(self) -> None:
        """Add the next sentence to the selection."""
        if self.selection is not None and self.selection[1] + 1 < len(self.sentences()):
            self.selection = (self.selection[0], self.selection[1] + 1)

    def selected_span(self) -> tuple[int, int] | None:
        if self.selection is None:
            return None
        spans = self.sentences()
        return spans[self.selection[0]][0], spans[self.selection[1]][1]

    # --- actions (each one committed at once) -------------------------------------------------

    def code(self, ref: str | int | CodeRow) -> CodeRow:
        """A code by path, bare id, or number key (pinned or codebook order)."""
        if isinstance(ref, CodeRow):
            return ref
        ref = str(ref).strip()
        if len(ref) == 1 and ref in "123456789":
            if int(ref) not in self.quick:
                raise QdaError(f"no code on number key {ref}: pin one to it (P in the workbench)")
            return self.quick[int(ref)]
        with self.engine.connect() as conn:
            return resolve_code(conn, ref, include_inactive=False)

    def apply(self, ref: str | int | CodeRow, key_quote: bool = False) -> str:
        """Code the selection (or the whole segment) with ``ref``."""
        return self._apply_codes([self.code(ref)], key_quote)

    def apply_codes(self, refs: Sequence[str | int | CodeRow]) -> str:
        """Apply several codes in one step: all of them, or (one unknown) none; then move on if ``advance``."""
        try:
            chosen = [self.code(ref) for ref in refs]  # an unknown code raises before anything is stored
        except QdaError as error:
            raise QdaError(f"{error}: nothing applied" if len(refs) > 1 else str(error)) from None
        message = self._apply_codes(chosen)
        if self.advance and not self.move(1):
            message += "; end of the queue"
        return message

    def _apply_codes(self, chosen: list[CodeRow], key_quote: bool = False) -> str:
        span = self.selected_span()

        def action(conn: Connection) -> str:
            segment = conn.execute(select(segments).where(segments.c.id == self.current_id)).one()
            said = []
            for code in chosen:
                _, created = store_coding(conn, segment, code.id, self.coder, span, key_quote=key_quote)
                said.append(f"applied {code.path}" if created else f"{code.path} is already applied")
            return "; ".join(said)

        return self._act(f"apply {', '.join(code.path for code in chosen)}", action)

    def remove(self, ref: str | int | CodeRow) -> str:
        """Remove my codings of ``ref`` here (only the selected span if there is a selection)."""
        code = self.code(ref)

        def action(conn: Connection) -> str:
            removed = conn.execute(delete(codings).where(self._mine(code))).rowcount
            if not removed:
                raise QdaError(f"{code.path} is not applied here")
            return f"removed {code.path}"

        return self._act(f"remove {code.path}", action)

    def toggle_key_quote(self, ref: str | int | CodeRow) -> str:
        """Mark my coding of ``ref`` as a key quote (coding it first if needed), or unmark it."""
        code = self.code(ref)
        with self.engine.connect() as conn:
            marked = conn.execute(select(codings.c.key_quote).where(self._mine(code))).scalars().all()
        if not marked:
            return self.apply(code, key_quote=True).replace("applied", "applied as key quote")
        flag = not any(marked)

        def action(conn: Connection) -> str:
            conn.execute(update(codings).where(self._mine(code)).values(key_quote=flag))
            return f"{code.path} {'marked' if flag else 'no longer'} a key quote"

        return self._act(f"key quote {code.path}", action)

    def _mine(self, code: CodeRow):
        condition = (codings.c.segment_id == self.current_id) & (codings.c.code_id == code.id) & (
            codings.c.coder == self.coder)
        span = self.selected_span()
        if span is not None:
            condition &= (codings.c.char_start == span[0]) & (codings.c.char_end == span[1])
        return condition

    def memo(self, text: str) -> str:
        """Write a memo on the current segment."""
        current = self._current()
        target = {"target_kind": "segment", "segment_id": current, "document_id": self.document_of[current]}
        return self._act("memo", lambda conn: f"memo {add_memo(conn, target, self.coder, text)} saved")

    def decide(self, suggestion: Any, accepted: bool) -> str:
        """Accept (store the coding) or reject an assist suggestion for the current segment."""
        record = self.assistance.need("record_decision")

        def action(conn: Connection) -> str:
            record(conn, self.current_id, suggestion.code, self.coder, accepted, suggestion.suggester,
                   suggestion.score)
            return f"{'accepted' if accepted else 'rejected'} {suggestion.code}"

        return self._act(f"{'accept' if accepted else 'reject'} {suggestion.code}", action)

    def suggestions(self, segment_id: int | None = None) -> list[Any]:
        """Assist's suggestions for a segment that this coder has neither applied nor decided."""
        segment_id = segment_id or self.current_id
        if segment_id is None:
            return []
        found = self._suggested.get(segment_id)
        if found is None:
            found = self.assistance.need("suggest_segments")(self.project, [segment_id]).get(segment_id, [])
            if len(self._suggested) >= SUGGESTIONS_KEPT:
                self._suggested.pop(next(iter(self._suggested)))
            self._suggested[segment_id] = found
        with self.engine.connect() as conn:
            handled = set(conn.execute(
                select(suggestion_decisions.c.code_id).where(
                    suggestion_decisions.c.segment_id == segment_id, suggestion_decisions.c.coder == self.coder)
                .union(select(codings.c.code_id).where(
                    codings.c.segment_id == segment_id, codings.c.coder == self.coder))).scalars())
        paths = {code.id: code.path for code in self.codes}
        handled_paths = {paths.get(code_id) for code_id in handled}
        return [s for s in found if s.code not in handled_paths]

    def has_suggestions(self, segment_id: int | None) -> bool:
        """True if the segment's suggestions are computed already (showing them again is quick)."""
        return segment_id in self._suggested

    def undo(self) -> str:
        return self._replay(self.history.undo, "undo", "undid")

    def redo(self) -> str:
        return self._replay(self.history.redo, "redo", "redid")

    def _replay(self, step: Callable, verb: str, past: str) -> str:
        with self.engine.begin() as conn:
            change = step(conn)
        if change is None:
            return f"nothing to {verb}"
        self._after_change(change.segment_id)
        if change.segment_id in self._positions():
            self._go(self._positions()[change.segment_id])
        return f"{past} {change.label}"

    def toggle_blind(self) -> bool:
        """Show or hide other coders' codings; returns True when they are hidden again."""
        self.blind = not self.blind
        self._view = None
        return self.blind

    def _act(self, label: str, action: Callable[[Connection], str]) -> str:
        if self.current_id is None:
            raise QdaError("the queue is empty")
        segment_id = self.current_id
        def work(conn: Connection) -> tuple:
            before = snapshot(conn, segment_id, self.coder)
            message = action(conn)
            return before, message, snapshot(conn, segment_id, self.coder)

        before, message, after = run_write(self.engine, work)  # retried on a deadlock, never half-done
        self.history.record(label, segment_id, before, after)
        self._after_change(segment_id)
        return message

    def _after_change(self, segment_id: int) -> None:
        with self.engine.connect() as conn:
            has_mine = conn.execute(select(codings.c.id).where(
                codings.c.segment_id == segment_id, codings.c.coder == self.coder).limit(1)).first() is not None
            self.counts = self._count_codings(conn)
        was_coded = segment_id in self.coded
        if has_mine != was_coded:
            (self.coded.add if has_mine else self.coded.discard)(segment_id)
            if segment_id in self.document_of:
                self.done += 1 if has_mine else -1
        self._view = None

    # --- the code list ------------------------------------------------------------------------

    def _count_codings(self, conn: Connection) -> dict[int, int]:
        return dict(conn.execute(select(codings.c.code_id, func.count()).where(codings.c.coder == self.coder)
                                 .group_by(codings.c.code_id)).all())

    def pin(self, digit: int | str, ref: str | CodeRow) -> str:
        """Pin a code to a number key for this coder (kept in the project for later sessions)."""
        path = ref.path if isinstance(ref, CodeRow) else ref
        code = run_write(self.engine, lambda conn: pin_code(conn, self.coder, digit, path))
        self._reload_pins()
        return f"{code.path} pinned to {digit}"

    def unpin(self, digit: int | str) -> str:
        """Free a number key (key N applies the N-th code of the codebook again)."""
        freed = run_write(self.engine, lambda conn: unpin(conn, self.coder, digit))
        self._reload_pins()
        return f"{digit} unpinned" if freed else f"nothing was pinned to {digit}"

    def _reload_pins(self) -> None:
        with self.engine.connect() as conn:
            self.pins = load_pins(conn, self.coder)
        self.quick = quick_codes(self.codes, self.pins)
