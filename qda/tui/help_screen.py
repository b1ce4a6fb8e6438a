"""The list of workbench keys, on ``?``: two columns on a wide terminal, one on a narrow one."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.events import Resize
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = [
    ("n / p", "next / previous segment"),
    ("u", "next uncoded segment"),
    ("g", "jump to a document"),
    ("↑ ↓ Enter", "choose a code in the tree and apply it"),
    ("1-9", "apply the code on that number key"),
    ("P", "pin the highlighted code to a number key"),
    ("/", "filter codes: type letters, ↑ ↓ choose, Enter applies"),
    ("t", "auto-advance on/off (next segment after applying)"),
    ("x", "remove the highlighted code here"),
    ("k", "mark/unmark the highlighted code as key quote"),
    ("s / e", "select next sentence / extend the selection"),
    ("m", "memo on this segment"),
    ("f", "finding of the site, this segment as evidence"),
    ("d", "show/hide the code's rule and definition"),
    ("} / {", "scroll the definition down / up"),
    ("a / r / w", "accept / reject / next assist suggestion"),
    ("z / y", "undo / redo (in the database)"),
    ("b", "show/hide other coders' codings"),
    ("] / [", "scroll a long segment down / up"),
    ("q", "quit (everything shown as done is saved)"),
]
TWO_COLUMNS_FROM = 110  # terminal width from which the keys are shown side by side


def help_table(width: int) -> Table:
    """The keys as a grid fitting ``width`` columns."""
    pairs = 2 if width >= TWO_COLUMNS_FROM else 1
    table = Table.grid(padding=(0, 2))
    for _ in range(pairs):
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
    rows = -(-len(KEYS) // pairs)
    padded = KEYS + [("", "")] * (rows * pairs - len(KEYS))
    for row in range(rows):
        table.add_row(*[cell for column in range(pairs) for cell in padded[row + column * rows]])
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [("escape,q,question_mark", "dismiss_help", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Static { width: auto; max-width: 100%; height: auto; max-height: 100%; border: round $accent;
                          background: $surface; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static(help_table(self.app.size.width))

    def on_resize(self, event: Resize) -> None:
        self.query_one(Static).update(help_table(event.size.width))

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
