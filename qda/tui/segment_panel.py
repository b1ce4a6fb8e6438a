"""The centre of the workbench: the segment with its context and codings."""

from __future__ import annotations

from textual.widgets import Static

from qda.coding.view import SegmentView
from qda.tui.render import segment_renderable


class SegmentPanel(Static):
    """Shows one segment; ``shown_id`` says which, so tests and benchmarks can wait for it."""

    shown_id: int | None = None

    def show(self, view: SegmentView | None, selection: tuple[int, int] | None) -> None:
        if view is None:
            self.update("Nothing to code in this queue (try --queue all).")
            self.shown_id = None
            return
        self.update(segment_renderable(view, selection))
        self.shown_id = view.id
