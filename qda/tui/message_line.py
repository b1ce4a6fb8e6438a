"""The line above the footer that confirms each action (only after it is committed) or says why not."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class MessageLine(Static):
    def say(self, message: str, error: bool = False) -> None:
        self.update(Text(message, style="bold red" if error else "green"))
