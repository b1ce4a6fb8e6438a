"""The ``/`` box over the code tree: typing filters, ↑/↓ choose among the matches, Enter applies."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class FilterInput(Input):
    """Keeps the focus while the arrow keys move the tree's cursor, so the chosen match is applied."""

    BINDINGS = [Binding("down", "choose(1)", show=False), Binding("up", "choose(-1)", show=False)]

    def action_choose(self, step: int) -> None:
        from qda.tui.code_tree import CodeTree

        tree = self.app.query_one(CodeTree)
        (tree.action_cursor_down if step > 0 else tree.action_cursor_up)()
