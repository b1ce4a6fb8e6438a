"""Coding rule, definition and anchor examples of the highlighted code, shown on demand.

A scrolling panel: long definitions scroll (``}`` down, ``{`` up, or the mouse wheel) instead of
being cut off; the rule comes first because it is what a coder checks while coding.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from qda.codebook.store import CodeRow
from qda.tui.render import code_definition


class DefinitionPanel(VerticalScroll, can_focus=False):
    def compose(self) -> ComposeResult:
        yield Static(id="definition-text")

    def show(self, code: CodeRow | None) -> None:
        self.query_one("#definition-text", Static).update(
            code_definition(code) if code is not None else "No code highlighted.")
        self.scroll_home(animate=False)
