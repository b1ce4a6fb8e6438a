"""The top line: progress, the document and its metadata, coder, blind mode, selection."""

from __future__ import annotations

from textual.widgets import Static

from qda.tui.render import status_line


class StatusBar(Static):
    def show(self, session) -> None:
        self.update(status_line(session))
