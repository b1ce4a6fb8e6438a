"""The top line: progress, the document, coder, blind mode, selection, then the metadata."""

from __future__ import annotations

from qda.tui.line_widget import LineWidget
from qda.tui.render import status_line


class StatusBar(LineWidget):
    DEFAULT_CSS = "StatusBar { height: 1; }"

    def show(self, session) -> None:
        self.set_text(status_line(session))
