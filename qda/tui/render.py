"""Rich renderings shared by the full-screen workbench and the plain prompt."""

from __future__ import annotations

from typing import Mapping

from rich.console import Group, RenderableType
from rich.text import Text

from qda.codebook.store import CodeRow
from qda.coding.view import Neighbour, SegmentView

NEIGHBOUR_CHARS = 120


def segment_renderable(view: SegmentView, selection: tuple[int, int] | None = None) -> RenderableType:
    """The segment with its question, neighbours, numbered lines, codings in colour and memos.

    Plain Text rather than a Rich table: it renders several times faster, which is most of
    the time a move to the next segment takes.
    """
    parts: list[RenderableType] = []
    if view.question_text or view.question:
        parts.append(Text(view.question_text or f"[{view.question}]", style="italic cyan"))
    lines = Text()
    if view.before:
        lines.append_text(_neighbour(view.before))
    for number, line in _body_lines(view, selection):
        lines.append(f"{number:>4} │ ", style="bold")
        lines.append_text(line)
        lines.append("\n")
    if view.after:
        lines.append_text(_neighbour(view.after))
    lines.rstrip()
    parts.append(lines)
    chips = coding_chips(view)
    if chips.plain:
        parts.append(chips)
    for memo in view.memos:
        parts.append(Text(f"✎ {memo['coder']}: {memo['text']}", style="yellow"))
    return Group(*parts)


def _neighbour(neighbour: Neighbour) -> Text:
    text = " ".join(neighbour.text.split())
    if len(text) > NEIGHBOUR_CHARS:
        text = text[:NEIGHBOUR_CHARS - 1] + "…"
    return Text(f"{neighbour.line_start:>4} ┆ {text}\n", style="dim")


def _body_lines(view: SegmentView, selection: tuple[int, int] | None) -> list[tuple[int, Text]]:
    body = Text(view.text)
    for coding in view.codings:
        if not coding.whole:
            style = f"underline {coding.color}" if coding.color else "underline"
            body.stylize(style + (" bold" if coding.key_quote else ""), coding.start - view.char_start,
                         coding.end - view.char_start)
    if selection:
        body.stylize("reverse", selection[0] - view.char_start, selection[1] - view.char_start)
    return [(view.line_start + index, line) for index, line in enumerate(body.split("\n", allow_blank=True))]


def coding_chips(view: SegmentView) -> Text:
    """One coloured label per coding: ``■ egv`` (★ key quote, ◐ part of the segment)."""
    chips = Text()
    for coding in view.codings:
        marks = ("★" if coding.key_quote else "") + ("" if coding.whole else "◐")
        who = "" if coding.origin == "manual" else f" ({coding.origin})"
        chips.append("■ ", style=coding.color or "white")
        chips.append(f"{coding.path}{marks}{who}")
        if coding.coder and len({c.coder for c in view.codings}) > 1:
            chips.append(f" [{coding.coder}]", style="dim")
        chips.append("  ")
    chips.rstrip()
    return chips


def code_definition(code: CodeRow) -> Text:
    """Coding rule first (what a coder checks while coding), then definition and anchor examples."""
    text = Text()
    text.append(f"{code.label}", style="bold")
    text.append(f"  {code.path}\n", style="dim")
    if code.coding_rules:
        text.append("Regel: ", style="bold")
        text.append(f"{code.coding_rules}\n")
    if code.definition:
        text.append("Definition: ", style="bold")
        text.append(f"{code.definition}\n")
    for example in code.anchor_examples:
        text.append(f"» {example}\n", style="italic")
    text.rstrip()
    return text


def code_line(code: CodeRow, count: int, digit: int | None, indent: bool = True, full_path: bool = False) -> Text:
    """A code-tree entry: number key, colour mark, key (or the full path), label, the coder's count."""
    line = Text()
    line.append(f"{digit} " if digit else "  ", style="bold magenta")
    line.append("■ ", style=code.color or "white")
    name = code.path if full_path else code.path.rpartition("/")[2]
    line.append(("  " * code.depth if indent else "") + name)
    line.append(f" {code.label}", style="dim")
    if count:
        line.append(f" ({count})", style="green")
    return line


def quick_digits(quick: Mapping[int, CodeRow]) -> dict[int, int]:
    """Code id → number key (1-9), from digit → code."""
    return {code.id: digit for digit, code in quick.items()}


def status_line(session) -> Text:
    """Progress, document and metadata, coder, blind mode, selection."""
    view = session.view()
    done, total = session.progress()
    line = Text()
    line.append(f"{done}/{total} ", style="bold")
    if view is None:
        return line + Text("· queue empty")
    doc_done, doc_total = session.document_progress()
    meta = " ".join(str(v) for v in (view.site, view.level, view.role, f"W{view.wave}" if view.wave else None) if v)
    line.append(f"{view.document}:{view.number} ({doc_done}/{doc_total}) ", style="cyan")
    line.append(f"· {session.coder} ")
    line.append("· blind " if session.blind else "· all coders ", style="" if session.blind else "yellow")
    if session.advance:
        line.append("· auto-next ", style="magenta")
    if session.selection:
        first, last = session.selection
        line.append(f"· sentence {first + 1}" + (f"-{last + 1}" if last != first else "") + " ", style="reverse")
    line.append(f"· {meta}", style="dim")
    return line
