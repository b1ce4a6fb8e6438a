"""The line above the footer that confirms each action (only after it is committed) or says why not."""

from __future__ import annotations

from rich.text import Text

from qda.tui.line_widget import LineWidget


class MessageLine(LineWidget):
    DEFAULT_CSS = "MessageLine { height: 1; }"

    def say(self, message: str, error: bool = False) -> None:
        self.set_text(Text(message, style="bold red" if error else "green"))

    @property
    def content(self) -> str:
        return self.text.plain
