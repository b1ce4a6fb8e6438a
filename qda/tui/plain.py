"""``qda code --plain``: the workbench as a line-oriented prompt, for terminals where a
full-screen app does not work (and for scripts feeding commands on stdin)."""

from __future__ import annotations

from typing import Any, Callable, TextIO

from rich.console import Console
from rich.text import Text

from qda.coding.fuzzy import filter_codes
from qda.coding.session import CodingSession
from qda.errors import QdaError
from qda.tui.render import code_definition, code_line, quick_digits, segment_renderable, status_line

HELP = """\
n / p          next / previous segment        u        next uncoded segment
g DOC          jump to a document             b        show/hide other coders' codings
a CODE...      apply codes (all or none)      r CODE   remove a code here
               (path, id or number key 1-9)
k CODE         mark/unmark as key quote       m TEXT   memo on this segment
s N[-M]        select sentences N..M (s: whole segment)
c [FILTER]     list codes (fuzzy filter)      d CODE   definition and anchor examples
sg             assist suggestions             + N / - N  accept / reject suggestion N
z / y          undo / redo                    ?  help   q  quit"""
LOOKUPS = {"c", "d", "sg", "?"}  # commands that show something and leave the segment on screen alone


class PlainLoop:
    """Reads one command a line from ``stream`` and prints to ``console``; EOF quits."""

    def __init__(self, session: CodingSession, console: Console, stream: TextIO):
        self.session, self.console, self.stream = session, console, stream
        self.suggested: list[Any] = []
        self.commands: dict[str, Callable[[str], str | None]] = {
            "n": lambda _: self._moved(session.move(1), "last segment"),
            "p": lambda _: self._moved(session.move(-1), "first segment"),
            "u": lambda _: self._moved(session.next_uncoded(), "every segment is coded"),
            "g": lambda arg: session.jump_to_document(arg),
            "a": lambda arg: session.apply_codes(self._refs(arg)),
            "r": lambda arg: session.remove(self._ref(arg)),
            "k": lambda arg: session.toggle_key_quote(self._ref(arg)),
            "m": lambda arg: session.memo(arg),
            "s": self._select,
            "c": self._codes,
            "d": lambda arg: self._print(code_definition(session.code(self._ref(arg)))),
            "b": lambda _: "other coders hidden" if session.toggle_blind() else "showing all coders",
            "sg": self._suggestions,
            "+": lambda arg: self._decide(arg, True),
            "-": lambda arg: self._decide(arg, False),
            "z": lambda _: session.undo(),
            "y": lambda _: session.redo(),
            "?": lambda _: self._print(Text(HELP)),
        }

    def run(self) -> None:
        self.show()
        while True:
            self.console.print("[bold]qda>[/] ", end="")
            self.console.file.flush()
            line = self.stream.readline()
            if not line or line.strip() == "q":
                self.console.print("bye")
                return
            self.handle(line.strip())

    def handle(self, line: str) -> None:
        """Run one command line and print its result (errors as one line, the loop goes on)."""
        if not line:
            return
        name, _, arg = line.partition(" ")
        if name[:1] in "+-" and name[1:].isdigit():
            name, arg = name[0], name[1:]
        command = self.commands.get(name)
        if command is None:
            self._say(f"unknown command '{name}' (? for help)", "red")
            return
        try:
            message = command(arg.strip())
        except QdaError as error:
            self._say(f"error: {error}", "red")
            return
        if message:
            self._say(message, "green")
        if name not in LOOKUPS:
            self.show()

    def show(self) -> None:
        self.suggested = []
        view = self.session.view()
        self.console.rule(status_line(self.session))
        if view is None:
            self.console.print("nothing to code in this queue")
            return
        self.console.print(segment_renderable(view, self.session.selected_span()))

    def _say(self, message: str, style: str) -> None:
        self.console.print(Text(message, style=style))
        self.console.file.flush()

    def _print(self, renderable) -> None:
        self.console.print(renderable)

    @staticmethod
    def _moved(moved: bool, at_end: str) -> str | None:
        return None if moved else at_end

    def _refs(self, arg: str) -> list[str]:
        refs = arg.split()
        if not refs:
            raise QdaError("name a code: its path, id, or quick digit (c lists them)")
        return refs

    def _ref(self, arg: str) -> str:
        return self._refs(arg)[0]

    def _select(self, arg: str) -> str | None:
        if not arg:
            self.session.selection = None
            return "whole segment selected"
        first, _, last = arg.partition("-")
        try:
            self.session.select_sentences(int(first) - 1, int(last or first) - 1)
        except ValueError:
            raise QdaError("use s N or s N-M (sentence numbers)") from None
        return None

    def _codes(self, arg: str) -> None:
        digits = quick_digits(self.session.quick)
        for code in filter_codes(self.session.codes, arg):
            self.console.print(code_line(code, self.session.counts.get(code.id, 0), digits.get(code.id), not arg))

    def _suggestions(self, _: str) -> None:
        if not self.session.has_suggestions(self.session.current_id):
            self._say("berechne Vorschläge…", "dim")  # the first call loads the assist model: seconds
        self.suggested = self.session.suggestions()
        if not self.suggested:
            self._say("no open suggestions for this segment", "yellow")
        for number, suggestion in enumerate(self.suggested, 1):
            self.console.print(f"{number}. {suggestion.code}  {suggestion.score:.2f}  [dim]{suggestion.suggester}[/]  "
                               f"{suggestion.evidence}", highlight=False)

    def _decide(self, arg: str, accepted: bool) -> str:
        if not self.suggested:
            raise QdaError("no suggestions listed: type sg first")
        try:
            suggestion = self.suggested[int(arg or 1) - 1]
        except (ValueError, IndexError):
            raise QdaError(f"choose a suggestion from 1 to {len(self.suggested)}") from None
        self.suggested = []
        return self.session.decide(suggestion, accepted)


def run_plain(session: CodingSession, console: Console, stream: TextIO) -> None:
    """Run the prompt loop until ``q`` or end of input."""
    PlainLoop(session, console, stream).run()
