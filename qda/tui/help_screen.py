"""The list of workbench keys, on ``?``."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = """\
n / p        next / previous segment      u   next uncoded      g  jump to document
↑ ↓ Enter    choose a code and apply it   1-9 apply a quick code (most used)
/            filter codes (type letters, Enter applies the best match, Esc back)
x            remove the highlighted code here        k  mark/unmark key quote
s / e        select next sentence / extend selection (whole segment after the last)
m            memo on this segment                    d  show/hide code definition
a / r / w    accept / reject / next assist suggestion
z / y        undo / redo (in the database)           b  show/hide other coders
] / [        scroll a long segment down / up
q            quit (everything shown as done is already saved)"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [("escape,q,question_mark", "dismiss_help", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Static { width: 80; height: auto; border: round $accent; background: $surface; }
    """

    def compose(self) -> ComposeResult:
        yield Static(Text(KEYS))

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
