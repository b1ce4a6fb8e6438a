"""Assist's suggestions for the shown segment: one line each, the highlighted one with its evidence.

One line per suggestion keeps the code tree above it tall enough to see most of the codebook.
The screen is laid out again only when the number of lines changes (a move to the next segment
with the same note repaints nothing).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widget import Widget


class SuggestionsPanel(Widget):
    """Holds the open suggestions for one segment and which one the a/r keys act on."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.segment_id: int | None = None
        self.items: list[Any] = []
        self.highlighted = 0
        self.text = Text()

    def render(self) -> Text:
        return self.text

    def on_mount(self) -> None:
        self.border_title = "Suggestions a/r/w"

    def show(self, segment_id: int | None, items: list[Any], note: str | None = None) -> None:
        self.segment_id, self.items, self.highlighted = segment_id, list(items), 0
        self._render_items(note)

    def cycle(self) -> None:
        if self.items:
            self.highlighted = (self.highlighted + 1) % len(self.items)
            self._render_items()

    @property
    def current(self) -> Any | None:
        return self.items[self.highlighted] if self.items else None

    def _render_items(self, note: str | None = None) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        if note:
            text.append(note, style="dim")
        elif not self.items:
            text.append("none open", style="dim")
        for index, item in enumerate(self.items):
            chosen = index == self.highlighted
            text.append(f"{item.code} {item.score:.2f}", style="reverse" if chosen else "")
            text.append(f" {item.suggester}\n", style="dim")
            if chosen and item.evidence:
                text.append(f"  » {item.evidence}\n", style="italic dim")
        text.rstrip()
        if text != self.text:
            layout = len(text.plain.splitlines()) != len(self.text.plain.splitlines())
            self.text = text
            self.refresh(layout=layout)
