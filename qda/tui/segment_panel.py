"""The centre of the workbench: the segment with its context and codings.

A fixed-size widget that scrolls its own lines: replacing the segment then only repaints this
panel, where a Static in a scroll container re-lays out the screen twice per move (two frames).
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text
from textual.events import MouseScrollDown, MouseScrollUp
from textual.widget import Widget

from qda.coding.view import SegmentView
from qda.tui.render import segment_renderable

MORE = Text("  ↓ more: ] scrolls down, [ up", style="reverse")


class SegmentPanel(Widget):
    """Shows one segment; ``shown_id`` says which, so tests and benchmarks can wait for it."""

    DEFAULT_CSS = "SegmentPanel { height: 1fr; padding: 0 1; }"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.shown_id: int | None = None
        self.content: RenderableType = Text()
        self.top = 0
        self.total_lines = 0

    def show(self, view: SegmentView | None, selection: tuple[int, int] | None) -> None:
        self.content = (segment_renderable(view, selection) if view is not None
                        else Text("Nothing to code in this queue (try --queue all)."))
        self.shown_id = view.id if view is not None else None
        self.top = 0
        self.refresh()

    def scroll_lines(self, step: int) -> None:
        """Scroll the segment text by ``step`` lines (long segments)."""
        self.top = max(0, min(self.top + step, self.total_lines - self.content_region.height))
        self.refresh()

    def render(self) -> RenderableType:
        return _Window(self)

    def on_mouse_scroll_down(self, event: MouseScrollDown) -> None:
        self.scroll_lines(3)

    def on_mouse_scroll_up(self, event: MouseScrollUp) -> None:
        self.scroll_lines(-3)


class _Window:
    """The panel's content from line ``top`` on, as many lines as fit, with a "more" marker."""

    def __init__(self, panel: SegmentPanel):
        self.panel = panel

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        height = options.height or self.panel.content_region.height
        lines = console.render_lines(self.panel.content, options.update(height=None), pad=False)
        self.panel.total_lines = len(lines)
        shown = lines[self.panel.top:self.panel.top + height]
        if self.panel.top + height < len(lines) and shown:
            shown[-1] = list(MORE.render(console))
        for line in shown:
            yield from line
            yield Segment.line()
