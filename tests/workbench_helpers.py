"""Helpers for the workbench tests: a small project, the screen as text, and a headless coding
process that a test can SIGKILL (run as ``python tests/workbench_helpers.py PROJECT_DIR``)."""

from __future__ import annotations

import asyncio
import html
import re
import sys
import textwrap
from collections import defaultdict
from pathlib import Path

PROTOCOLS = {
    "HB-OP-TL-W1.txt": """\
        ---
        id: HB-OP-TL-W1
        site: Bremen
        level: operational
        role: TL-Projektteam
        wave: 1
        ---
        4.2 Wie funktioniert die Zusammenarbeit zwischen den Basisteams und den Projektteams?

        Die Übergabe aus dem Basisteam erfolgt per Übergabebogen. Rückfragen gibt es kaum. Die EGV wird danach neu erstellt.

        Die Kunden kommen monatlich zum Gespräch, meist 45 Minuten.
        """,  # noqa: E501 (a long paragraph is the test data)
    "HB-CL-ELB-W1.txt": """\
        ---
        id: HB-CL-ELB-W1
        site: Bremen
        level: client
        role: eLb
        wave: 1
        ---
        Die Kundin berichtet, dass sie ihre Ansprechpartnerin jeden Monat sieht.

        Die Eingliederungsvereinbarung wurde gemeinsam besprochen.
        """,
}


def make_workbench_project(folder: Path, codebook_text: str):
    """A project with two Bremen protocols (multi-sentence segments) and ``codebook_text``."""
    from qda.codebook import load_codebook_file, sync_codebook
    from qda.ingest import import_paths
    from qda.project import init_project

    protocols = folder / "wb-protocols"
    protocols.mkdir(parents=True)
    for name, text in PROTOCOLS.items():
        (protocols / name).write_text(textwrap.dedent(text), encoding="utf-8")
    codebook = folder / "wb-codebook.yaml"
    codebook.write_text(codebook_text, encoding="utf-8")
    project = init_project(folder / "wb-project")
    import_paths(project.engine, [protocols])
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(codebook))
    return project


_TEXT = re.compile(r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)" textLength="[\d.]+" clip-path="[^"]*">(.*?)</text>')


def screen_text(app) -> str:
    """What the terminal shows, as lines of text (from the app's SVG screenshot)."""
    rows: dict[float, list[tuple[float, str]]] = defaultdict(list)
    for match in _TEXT.finditer(app.export_screenshot()):
        rows[float(match.group(2))].append((float(match.group(1)), html.unescape(match.group(3))))
    lines = []
    for y in sorted(rows):
        line = ""
        for x, text in sorted(rows[y]):
            line = line.ljust(int(round(x / 12.2))) + text
        lines.append(line.replace("\xa0", " "))
    return "\n".join(lines)


async def _code_and_wait(project_dir: str) -> None:
    """Apply quick code 1 to every segment, printing each confirmation, then wait to be killed."""
    from qda.coding.session import CodingSession
    from qda.project import open_project
    from qda.tui.app import WorkbenchApp
    from qda.tui.message_line import MessageLine

    session = CodingSession.open(open_project(project_dir), "killed")
    app = WorkbenchApp(session, suggest=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(len(session.queue)):
            await pilot.press("1")
            shown = str(app.query_one(MessageLine).content)
            print(f"{session.view().document}:{session.view().number} {shown}", flush=True)
            await pilot.press("n")
        await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(_code_and_wait(sys.argv[1]))
