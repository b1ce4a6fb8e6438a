"""Definition, anchor examples and coding rule of the highlighted code, shown on demand."""

from __future__ import annotations

from textual.widgets import Static

from qda.codebook.store import CodeRow
from qda.tui.render import code_definition


class DefinitionPanel(Static):
    def show(self, code: CodeRow | None) -> None:
        self.update(code_definition(code) if code is not None else "No code highlighted.")
