"""``qda code``: the full-screen coding workbench.

Keys do the work (``?`` lists them). Each action goes through :class:`CodingSession`, which
commits it before the message line confirms it. Suggestions are fetched in a thread, started
after the first segment is painted, so neither opening nor moving waits for the assist model.
"""

from __future__ import annotations

from typing import Callable

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input, Tree

from qda.codebook.store import CodeRow
from qda.coding.session import CodingSession
from qda.errors import QdaError
from qda.tui.code_tree import CodeTree
from qda.tui.definition_panel import DefinitionPanel
from qda.tui.filter_input import FilterInput
from qda.tui.help_screen import HelpScreen
from qda.tui.message_line import MessageLine
from qda.tui.prompt_screen import PromptScreen
from qda.tui.segment_panel import SegmentPanel
from qda.tui.status_bar import StatusBar
from qda.tui.suggestions_panel import SuggestionsPanel


class WorkbenchApp(App[None]):
    """Segment in the centre, code tree and suggestions at the side; fits 80×24."""

    TITLE = "qda code"
    CSS = """
    StatusBar { height: 1; background: $boost; }
    #main { height: 1fr; }
    #centre { width: 1fr; }
    DefinitionPanel { height: auto; max-height: 45%; border-top: solid $accent; padding: 0 1; display: none; }
    DefinitionPanel.shown { display: block; }
    #side { width: 40%; min-width: 34; max-width: 72; border-left: solid $accent; }
    #filter { height: 1; border: none; padding: 0 1; }
    CodeTree { height: 1fr; }
    SuggestionsPanel { height: auto; max-height: 6; border-top: solid $accent; }
    MessageLine { height: 1; }
    """
    BINDINGS = [
        Binding("n,pagedown", "move(1)", "Next"),
        Binding("p,pageup", "move(-1)", "Prev", show=False),
        Binding("u", "next_uncoded", "Uncoded"),
        Binding("g", "jump", "Go to doc", show=False),
        Binding("slash", "filter", "Filter"),
        Binding("escape", "clear_filter", "Clear", show=False),
        *[Binding(str(digit), f"quick({digit})", show=False) for digit in range(1, 10)],
        Binding("x", "remove", "Remove", show=False),
        Binding("k", "key_quote", "Key quote", show=False),
        Binding("m", "memo", "Memo"),
        Binding("f", "finding", "Finding", show=False),
        Binding("s", "sentence", "Sentence", show=False),
        Binding("e", "extend", "Extend", show=False),
        Binding("d", "definition", "Def", show=False),
        Binding("right_curly_bracket", "scroll_definition(3)", show=False),
        Binding("left_curly_bracket", "scroll_definition(-3)", show=False),
        Binding("P", "pin", "Pin", show=False),
        Binding("t", "toggle_advance", "Auto-next", show=False),
        Binding("b", "blind", "Blind", show=False),
        Binding("a", "decide(True)", "Accept", show=False),
        Binding("r", "decide(False)", "Reject", show=False),
        Binding("w", "next_suggestion", show=False),
        Binding("right_square_bracket", "scroll_text(3)", show=False),
        Binding("left_square_bracket", "scroll_text(-3)", show=False),
        Binding("z", "undo", "Undo"),
        Binding("y", "redo", "Redo", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, session: CodingSession, suggest: bool = True):
        super().__init__()
        self.session = session
        self.suggest = suggest
        self._computing: int | None = None  # the segment whose suggestions the worker is computing
        self._wanted: int | None = None  # the segment whose suggestions are waited for

    def compose(self) -> ComposeResult:
        yield StatusBar()
        with Horizontal(id="main"):
            with Vertical(id="centre"):
                yield SegmentPanel()
                yield DefinitionPanel()
            with Vertical(id="side"):
                yield FilterInput(placeholder="/ filter codes", id="filter")
                yield CodeTree(self.session.codes, self.session.quick)
                yield SuggestionsPanel()
        yield MessageLine()
        yield Footer()

    def on_mount(self) -> None:
        tree = self.query_one(CodeTree)
        tree.counts = dict(self.session.counts)
        tree.focus()
        self.refresh_segment(suggestions=False)
        if self.session.current_id is not None:
            self.query_one(SuggestionsPanel).show(None, [], note=self._waiting_note())
            self.call_after_refresh(self.refresh_segment)  # the model loads after the first paint

    # --- showing ------------------------------------------------------------------------------

    def refresh_segment(self, suggestions: bool = True, changed: bool = False) -> None:
        """Redraw status, segment and suggestions for the current position.

        Suggestions are recomputed on a new segment, or after a change here (``changed``: an
        undo may reopen one); a segment seen before shows them at once.
        """
        view = self.session.view()
        self.query_one(StatusBar).show(self.session)
        self.query_one(SegmentPanel).show(view, self.session.selected_span())
        new_segment = view is not None and self.query_one(SuggestionsPanel).segment_id != view.id
        if suggestions and view is not None and (new_segment or changed):
            self.load_suggestions(view.id)

    def _waiting_note(self) -> str:
        return "berechne Vorschläge…" if self.suggest else "off (--no-suggest)"

    def load_suggestions(self, segment_id: int) -> None:
        panel = self.query_one(SuggestionsPanel)
        if not self.suggest:
            panel.show(segment_id, [], note=self._waiting_note())
        elif self.session.has_suggestions(segment_id):
            panel.show(segment_id, *self._suggestions(segment_id))
        else:
            panel.show(segment_id, [], note=self._waiting_note())
            self._compute_suggestions(segment_id)

    def _compute_suggestions(self, segment_id: int) -> None:
        """One model run at a time (a thread cannot be stopped): while it runs, only the segment
        asked for last waits its turn, so paging quickly through segments does not pile up runs."""
        self._wanted = segment_id
        if self._computing is None:
            self._computing = segment_id
            self._fetch_suggestions(segment_id)

    def _suggestions(self, segment_id: int) -> tuple[list, str | None]:
        try:
            return self.session.suggestions(segment_id), None
        except QdaError as error:
            return [], str(error)

    @work(thread=True, group="suggestions")
    def _fetch_suggestions(self, segment_id: int) -> None:
        items, note = self._suggestions(segment_id)
        self.call_from_thread(self._show_suggestions, segment_id, items, note)

    def _show_suggestions(self, segment_id: int, items: list, note: str | None) -> None:
        self._computing = None
        if segment_id == self.session.current_id:
            self.query_one(SuggestionsPanel).show(segment_id, items, note)
        elif self._wanted is not None and self._wanted == self.session.current_id:
            self.load_suggestions(self._wanted)

    def _run(self, action: Callable[[], str | None], moved: bool = False) -> bool:
        """Run a session action; confirm it (it is committed by now) or show why it failed."""
        message_line = self.query_one(MessageLine)
        try:
            message = action()
        except QdaError as error:
            message_line.say(f"error: {error}", error=True)
            return False
        message_line.say(message or "")
        if not moved:
            self.query_one(CodeTree).set_counts(self.session.counts)
        self.refresh_segment(changed=not moved)
        return True

    # --- moving -------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        self._run(lambda: None if self.session.move(step) else "end of the queue", moved=True)

    def action_next_uncoded(self) -> None:
        self._run(lambda: None if self.session.next_uncoded() else "every segment in the queue is coded", moved=True)

    def action_jump(self) -> None:
        def jump(doc_key: str | None) -> None:
            if doc_key:
                self._run(lambda: self.session.jump_to_document(doc_key), moved=True)

        self.push_screen(PromptScreen("Go to document (id):"), jump)

    # --- choosing codes -----------------------------------------------------------------------

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.value = ""
        self.query_one(CodeTree).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.query_one(CodeTree).set_filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "filter":
            return
        code = self.query_one(CodeTree).highlighted_code  # the match chosen with the arrow keys
        self.action_clear_filter()
        if code is not None:
            self._apply(code)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        if event.node.data is not None:
            self._apply(event.node.data)

    def _apply(self, ref: str | CodeRow) -> None:
        """Apply a code; with auto-advance on, the session then moves to the next segment."""
        self._run(lambda: self.session.apply_codes([ref]))

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        panel = self.query_one(DefinitionPanel)
        if panel.has_class("shown"):
            panel.show(event.node.data)

    def _highlighted(self):
        code = self.query_one(CodeTree).highlighted_code
        if code is None:
            raise QdaError("highlight a code in the tree first")
        return code

    # --- actions ------------------------------------------------------------------------------

    def action_quick(self, digit: int) -> None:
        self._apply(str(digit))

    def action_pin(self) -> None:
        code = self.query_one(CodeTree).highlighted_code
        if code is None:
            self.query_one(MessageLine).say("error: highlight a code in the tree first", error=True)
            return

        def pin(digit: str | None) -> None:
            if digit and self._run(lambda: self.session.pin(digit, code), moved=True):
                self.query_one(CodeTree).set_quick(self.session.quick)

        self.push_screen(PromptScreen(f"Pin {code.path} to number key (1-9):"), pin)

    def action_toggle_advance(self) -> None:
        self.session.advance = not self.session.advance
        self._run(lambda: f"auto-advance {'on' if self.session.advance else 'off'}", moved=True)

    def action_remove(self) -> None:
        self._run(lambda: self.session.remove(self._highlighted()))

    def action_key_quote(self) -> None:
        self._run(lambda: self.session.toggle_key_quote(self._highlighted()))

    def action_memo(self) -> None:
        def save(text: str | None) -> None:
            if text:
                self._run(lambda: self.session.memo(text))

        self.push_screen(PromptScreen("Memo on this segment:"), save)

    def action_finding(self) -> None:
        """This segment as evidence for a finding of its site: ``FEATURE VALUE [@LEVEL]``."""
        from qda.findings.store import set_finding_from_segment
        from qda.store.db import run_write

        segment_id = self.session.current_id
        if segment_id is None:
            return

        def save(entry: str | None) -> None:
            if not entry:
                return

            def record() -> str:
                finding, outcome = run_write(self.session.engine, lambda conn: set_finding_from_segment(
                    conn, segment_id, entry, self.session.coder))
                scope = f" ({finding.level})" if finding.level else ""
                return (f"finding {finding.feature}{scope} for {finding.site}: {outcome}, "
                        f"evidence {finding.evidence[-1]}")

            self._run(record, moved=True)

        self.push_screen(PromptScreen("Finding with this segment as evidence (FEATURE VALUE [@LEVEL]):"), save)

    def action_sentence(self) -> None:
        self._run(lambda: self.session.select_next_sentence(), moved=True)

    def action_extend(self) -> None:
        self._run(lambda: self.session.extend_selection(), moved=True)

    def action_definition(self) -> None:
        panel = self.query_one(DefinitionPanel)
        panel.toggle_class("shown")
        panel.show(self.query_one(CodeTree).highlighted_code)

    def action_scroll_definition(self, step: int) -> None:
        self.query_one(DefinitionPanel).scroll_relative(y=step, animate=False)

    def action_blind(self) -> None:
        self._run(lambda: "other coders hidden" if self.session.toggle_blind() else "showing all coders", moved=True)

    def action_decide(self, accepted: bool) -> None:
        panel = self.query_one(SuggestionsPanel)
        suggestion = panel.current
        if suggestion is None:
            self.query_one(MessageLine).say("no suggestion to decide on", error=True)
            return
        self._run(lambda: self.session.decide(suggestion, accepted))

    def action_next_suggestion(self) -> None:
        self.query_one(SuggestionsPanel).cycle()

    def action_undo(self) -> None:
        self._run(self.session.undo)

    def action_redo(self) -> None:
        self._run(self.session.redo)

    def action_scroll_text(self, step: int) -> None:
        self.query_one(SegmentPanel).scroll_lines(step)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())
