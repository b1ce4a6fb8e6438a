"""A one-line widget whose text changes without a new screen layout (status and message lines).

``Static.update`` re-lays out the whole screen; a fixed-height line only needs repainting,
which keeps moving between segments fast.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class LineWidget(Widget):
    DEFAULT_CSS = "LineWidget { height: 1; }"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.text = Text()

    def render(self) -> Text:
        return self.text

    def set_text(self, text: Text) -> None:
        if text != self.text:
            self.text = text
            self.refresh()
