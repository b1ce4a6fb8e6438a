"""The workbench driven by keystrokes (Textual Pilot, 80×24) and the plain prompt through its input
stream; the database is checked after every step that the screen confirms."""

from __future__ import annotations

import asyncio
import io
import threading
from types import SimpleNamespace

import pytest
from conftest import MINI_CODEBOOK
from rich.console import Console
from workbench_helpers import make_workbench_project, screen_text

from qda.coding.api import add_coding, list_codings
from qda.coding.assistance import Assistance
from qda.coding.memos import list_memos
from qda.coding.queue import QueueFilter
from qda.coding.session import CodingSession
from qda.face import assistance as face_assistance
from qda.tui.app import WorkbenchApp
from qda.tui.message_line import MessageLine
from qda.tui.plain import run_plain


@pytest.fixture
def wb_project(tmp_path):
    """Bremen: client protocol (2 segments) first, then the team lead (2 segments, one with 3 sentences)."""
    return make_workbench_project(tmp_path, MINI_CODEBOOK)


def _codings(project, coder="anna"):
    with project.engine.connect() as conn:
        return [(r["document"], r["segment"], r["code"], r["text"], r["key_quote"])
                for r in list_codings(conn, coder=coder)]


def drive(project, *steps, coder="anna", wanted=None, suggest=False, check=None, advance=False, size=(80, 24),
          assistance=None):
    """Open the app at 80×24 and press ``steps`` (strings are key sequences separated by spaces)."""
    session = CodingSession.open(project, coder, wanted or QueueFilter(), advance=advance,
                                 assistance=assistance or face_assistance())
    app = WorkbenchApp(session, suggest=suggest)
    seen = {}

    async def run():
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for step in steps:
                await pilot.press(*step.split())
                await pilot.pause()
            if check:
                await check(app, pilot)
            seen["screen"] = screen_text(app)
            seen["message"] = str(app.query_one(MessageLine).content)

    asyncio.run(run())
    return seen


def test_quick_digit_filter_and_tree_apply_and_remove(wb_project):
    seen = drive(wb_project, "3", "n", "slash e g v enter", "n", "down down x")
    assert _codings(wb_project) == [
        ("HB-CL-ELB-W1", 1, "contact_density",
         "Die Kundin berichtet, dass sie ihre Ansprechpartnerin jeden Monat sieht.", False),
        ("HB-CL-ELB-W1", 2, "egv", "Die Eingliederungsvereinbarung wurde gemeinsam besprochen.", False),
    ]
    assert seen["message"] == "error: contact_density is not applied here"
    assert seen["screen"].splitlines()[0].startswith("2/4 HB-OP-TL-W1:1 (0/2)")


def test_tree_enter_key_quote_and_remove(wb_project):
    seen = drive(wb_project, "down enter", "k", "down k", "up x")
    assert [(code, key_quote) for _, _, code, _, key_quote in _codings(wb_project)] == [("contact_density", True)]
    assert seen["message"] == "removed interfaces/basisteam"
    assert "contact_density★" in seen["screen"]


def test_sentence_selection_codes_part_of_a_segment(wb_project):
    seen = drive(wb_project, "n n", "s s", "e", "4")
    assert _codings(wb_project) == [
        ("HB-OP-TL-W1", 1, "egv", "Rückfragen gibt es kaum. Die EGV wird danach neu erstellt.", False)]
    assert "egv◐" in seen["screen"]
    assert "sentence 2-3" in seen["screen"].splitlines()[0]


def test_undo_redo_and_next_uncoded(wb_project):
    drive(wb_project, "1", "u", "2", "z", "z", "y")
    assert [(d, s, c) for d, s, c, *_ in _codings(wb_project)] == [("HB-CL-ELB-W1", 1, "interfaces")]
    seen = drive(wb_project, "u", "u", wanted=QueueFilter(queue="all"))
    assert seen["screen"].splitlines()[0].startswith("1/4 HB-OP-TL-W1:1 (0/2)")


def test_memo_prompt_and_jump_to_document(wb_project):
    seen = drive(wb_project, "g", "H B minus O P minus T L minus W 1 enter", "m",
                 "Ü b e r g a b e space k l a r enter")
    with wb_project.engine.connect() as conn:
        memos = list_memos(conn)
    assert [(m["document"], m["segment"], m["coder"], m["text"]) for m in memos] == [
        ("HB-OP-TL-W1", 1, "anna", "Übergabe klar")]
    assert "✎ anna: Übergabe klar" in seen["screen"]
    escaped = drive(wb_project, "m", "a b c escape", "3")
    assert escaped["message"] == "applied contact_density"
    with wb_project.engine.connect() as conn:
        assert len(list_memos(conn)) == 1


def test_blind_coding_hides_other_coders_until_toggled(wb_project):
    with wb_project.engine.begin() as conn:
        add_coding(conn, "HB-CL-ELB-W1", 1, "egv", "bernd")
    blind = drive(wb_project)

    def chip_lines(screen):
        return [line for line in screen.splitlines() if line.startswith(" ■ ")]

    assert chip_lines(blind["screen"]) == [] and "blind" in blind["screen"].splitlines()[0]
    shown = drive(wb_project, "b")
    assert [line.split("│")[0].strip() for line in chip_lines(shown["screen"])] == ["■ egv"]
    assert "all coders" in shown["screen"].splitlines()[0]


def test_fits_80_by_24_with_question_definition_and_keys(wb_project):
    seen = drive(wb_project, "n n", "d", "question_mark", "escape")
    lines = seen["screen"].splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert lines[0].startswith("0/4 HB-OP-TL-W1:1 (0/2)")
    assert "4.2 Wie funktioniert die Zusammenarbeit" in seen["screen"]
    assert "Regel: Nur wenn die Zusammenarbeit" in seen["screen"]  # definition of the highlighted code
    assert "contact_density" in seen["screen"] and "Quit" in lines[-1]


def real_assist(name):
    return getattr(face_assistance(), name)


class FakeAssist:
    """Stands in for qda.assist's suggester; decisions go to the real record_decision."""

    def __init__(self, real=real_assist):
        self.real = real

    def assistance(self) -> Assistance:
        return Assistance(**{name: self(name) for name in ("suggest_segments", "record_decision",
                                                           "uncertainty_order", "disagreement_segment_ids")})

    def __call__(self, name):
        if name == "suggest_segments":
            return lambda project, ids: {ids[0]: [
                SimpleNamespace(code="contact_density", score=0.91, suggester="keywords", evidence="jeden Monat"),
                SimpleNamespace(code="egv", score=0.40, suggester="learned", evidence="Ansprechpartnerin"),
            ]}
        return self.real(name)


def test_suggestions_accept_and_reject_with_one_key(wb_project):
    assistance = FakeAssist().assistance()

    async def wait_for_suggestions(app, pilot):
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "contact_density 0.91" in screen_text(app)
        await pilot.press("w", "r")  # reject the second (egv)
        await pilot.press("a")  # accept the first
        await pilot.pause()

    seen = drive(wb_project, suggest=True, assistance=assistance, check=wait_for_suggestions)
    assert seen["message"] == "accepted contact_density"
    with wb_project.engine.connect() as conn:
        rows = list_codings(conn)
        decisions = conn.exec_driver_sql("select decision, coder from suggestion_decisions order by id").all()
    assert [(r["code"], r["origin"], r["suggester"], r["score"]) for r in rows] == [
        ("contact_density", "suggested", "keywords", 0.91)]
    assert [tuple(d) for d in decisions] == [("rejected", "anna"), ("accepted", "anna")]
    assert "none open" in seen["screen"]


def test_undo_of_an_accepted_suggestion_removes_coding_and_decision(wb_project):
    assistance = FakeAssist().assistance()

    async def accept_then_undo(app, pilot):
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("a", "z")
        await pilot.pause()

    seen = drive(wb_project, suggest=True, assistance=assistance, check=accept_then_undo)
    assert seen["message"] == "undid accept contact_density"
    with wb_project.engine.connect() as conn:
        assert list_codings(conn) == []
        assert conn.exec_driver_sql("select count(*) from suggestion_decisions").scalar() == 0


def test_plain_mode_through_its_input_stream(wb_project):
    session = CodingSession.open(wb_project, "anna", QueueFilter(queue="all"), assistance=face_assistance())
    out = io.StringIO()
    commands = "a contact_density egv\nn\nk 2\nr 3\nm Kundin zufrieden\nn\ns 2-3\na 4\nz\ny\nb\nc kdi\nd egv\nwhat\nq\n"
    run_plain(session, Console(file=out, width=80, color_system=None), io.StringIO(commands))
    assert [(d, s, c, q) for d, s, c, _, q in _codings(wb_project)] == [
        ("HB-CL-ELB-W1", 1, "contact_density", False), ("HB-CL-ELB-W1", 1, "egv", False),
        ("HB-CL-ELB-W1", 2, "interfaces/basisteam", True), ("HB-OP-TL-W1", 1, "egv", False)]
    assert _codings(wb_project)[-1][3] == "Rückfragen gibt es kaum. Die EGV wird danach neu erstellt."
    text = out.getvalue()
    assert "applied contact_density; applied egv" in text
    assert "error: contact_density is not applied here" in text
    assert "redid apply egv" in text and "unknown command 'what'" in text
    assert "Zusammenarbeit des Projektteams" not in text  # 'd egv' shows egv's definition
    assert "Nutzung der EGV." in text and "3 ■ contact_density" in text
    with wb_project.engine.connect() as conn:
        assert [m["text"] for m in list_memos(conn)] == ["Kundin zufrieden"]


def test_plain_mode_from_the_cli(loaded_project, run_cli):
    result = run_cli("code", "--plain", "--coder", "anna", "--site", "Krefeld", input="a 3\nn\na 4\nq\n")
    assert result.exit_code == 0, result.output
    assert "applied contact_density" in result.output and "bye" in result.output
    with loaded_project.engine.connect() as conn:
        rows = list_codings(conn)
    assert [(r["document"], r["segment"], r["code"]) for r in rows] == [
        ("KR-CL-ELB-W1", 1, "contact_density"), ("KR-CL-ELB-W1", 2, "egv")]


def _read_until(process, count: int, marker: str, timeout: float = 60) -> list[str]:
    """Lines of ``process``'s stdout containing ``marker``, until ``count`` of them were seen."""
    import time

    found, deadline = [], time.monotonic() + timeout
    while len(found) < count and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if marker in line:
            found.append(line.strip())
    return found


def _kill(process) -> None:
    import signal

    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def test_sigkill_of_the_workbench_loses_nothing_shown_as_done(wb_project):
    import subprocess
    import sys
    from pathlib import Path

    helper = Path(__file__).with_name("workbench_helpers.py")
    process = subprocess.Popen([sys.executable, str(helper), str(wb_project.root)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        confirmed = _read_until(process, 3, "applied")
    finally:
        _kill(process)
    assert len(confirmed) == 3
    shown = {tuple(line.split(" ", 1)[0].rsplit(":", 1)) for line in confirmed}
    with wb_project.engine.connect() as conn:
        stored = {(r["document"], str(r["segment"])) for r in list_codings(conn, coder="killed", code="interfaces")}
    assert shown <= stored


def test_sigkill_of_the_plain_prompt_loses_nothing_shown_as_done(wb_project):
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-c", "from qda.cli.main import main; main()", "--project", str(wb_project.root), "code",
         "--plain", "--coder", "killed", "--queue", "all"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        confirmed = []
        for command in ("a egv", "n", "a contact_density", "n", "a 2"):
            process.stdin.write(command + "\n")
            process.stdin.flush()
            if command.startswith("a "):
                confirmed += [line.split("qda> ")[-1] for line in _read_until(process, 1, "applied")]
    finally:
        _kill(process)
    assert confirmed == ["applied egv", "applied contact_density", "applied interfaces/basisteam"]
    with wb_project.engine.connect() as conn:
        stored = [(r["document"], r["segment"], r["code"]) for r in list_codings(conn, coder="killed")]
    assert stored == [("HB-CL-ELB-W1", 1, "egv"), ("HB-CL-ELB-W1", 2, "contact_density"),
                      ("HB-OP-TL-W1", 1, "interfaces/basisteam")]


def test_filter_arrow_keys_choose_among_full_path_matches_and_enter_applies_the_chosen(wb_project):
    async def filter_in(app, pilot):
        await pilot.press("slash", "i", "n")
        await pilot.pause()
        matches = [line.split("│")[-1].strip() for line in screen_text(app).splitlines()[2:5]]
        assert [line.split()[1:3] for line in matches] == [
            ["■", "interfaces"], ["■", "interfaces/basisteam"], ["■", "egv"]]
        await pilot.press("down", "down", "up", "down", "enter")
        await pilot.pause()

    seen = drive(wb_project, check=filter_in)
    assert seen["message"] == "applied egv"
    assert [(d, s, c) for d, s, c, *_ in _codings(wb_project)] == [("HB-CL-ELB-W1", 1, "egv")]


def test_auto_advance_moves_on_after_applying_and_t_toggles_it(wb_project):
    seen = drive(wb_project, "1", "t", "3", advance=True)
    assert [(d, s, c) for d, s, c, *_ in _codings(wb_project)] == [
        ("HB-CL-ELB-W1", 1, "interfaces"), ("HB-CL-ELB-W1", 2, "contact_density")]
    status = seen["screen"].splitlines()[0]
    assert status.startswith("2/4 HB-CL-ELB-W1:2 (2/2)") and "auto-next" not in status  # t turned it off
    on = drive(wb_project, "t")
    assert "auto-next" in on["screen"].splitlines()[0] and on["message"] == "auto-advance on"


def test_pinned_number_keys_survive_a_restart_and_never_re_rank(wb_project):
    pinned = drive(wb_project, "down down down", "P", "2 enter")  # egv (4th in the codebook) onto key 2
    assert pinned["message"] == "egv pinned to 2"
    assert "2 ■ egv" in pinned["screen"]
    for _ in range(3):  # contact_density becomes the most used code: the keys must not follow use
        drive(wb_project, "3")
    restarted = drive(wb_project, "2", "1", "4", wanted=QueueFilter(queue="all"))
    assert restarted["message"] == "error: no code on number key 4: pin one to it (P in the workbench)"
    tree = [line.split("│")[-1] for line in restarted["screen"].splitlines()[2:6]]
    assert [line.split(" ■ ")[0].strip(" └") for line in tree] == ["1", "", "3", "2"]  # basisteam lost key 2
    assert sorted((d, s, c) for d, s, c, *_ in _codings(wb_project)) == [
        ("HB-CL-ELB-W1", 1, "contact_density"), ("HB-CL-ELB-W1", 1, "egv"), ("HB-CL-ELB-W1", 1, "interfaces"),
        ("HB-CL-ELB-W1", 2, "contact_density"), ("HB-OP-TL-W1", 1, "contact_density")]


def test_code_pin_commands_store_pins_per_coder(loaded_project, run_cli):
    assert run_cli("code", "pin", "3", "egv", "--coder", "anna").output.strip() == "egv pinned to 3 for anna"
    assert run_cli("code", "pin", "1", "interfaces/basisteam", "--coder", "anna").exit_code == 0
    listed = run_cli("code", "pin", "--list", "--coder", "anna", "--format", "csv").output.splitlines()
    assert listed[:5] == ["digit,code,label,source", "1,interfaces/basisteam,Basisteam,pinned", "2,,,free",
                          "3,egv,Eingliederungsvereinbarung,pinned", "4,,,free"]
    assert "1,interfaces,Schnittstellen,codebook order" in run_cli(
        "code", "pin", "--list", "--coder", "bernd", "--format", "csv").output
    assert run_cli("code", "unpin", "3", "--coder", "anna").output.strip() == "3 unpinned for anna"
    assert CodingSession.open(loaded_project, "anna").code("3").path == "contact_density"  # its codebook place
    refused = run_cli("code", "pin", "12", "egv", "--coder", "anna")
    assert refused.exit_code == 1 and refused.output.strip() == "error: pin to a digit from 1 to 9, not '12'"
    unknown = run_cli("code", "pin", "4", "lebenslage", "--coder", "anna")
    assert unknown.exit_code == 1 and "unknown code 'lebenslage'" in unknown.output


LONG_DEFINITION = MINI_CODEBOOK.replace(
    "definition: Nutzung der EGV.\n    anchor_examples: [\"Die EGV wird gemeinsam erarbeitet.\"]",
    "definition: " + "Nutzung, Inhalt und Entstehung der Eingliederungsvereinbarung im Beratungsprozess. " * 4
    + "\n    anchor_examples: [" + ", ".join(f'"Ankerbeispiel Nummer {n} zur EGV."' for n in range(1, 9)) + "]")


def test_definition_shows_the_rule_first_and_scrolls_to_the_end(tmp_path):
    project = make_workbench_project(tmp_path, LONG_DEFINITION)

    async def read_definition(app, pilot):
        from qda.tui.definition_panel import DefinitionPanel

        screen = screen_text(app)
        assert "Regel: Alles zur EGV." in screen and "Ankerbeispiel Nummer 8" not in screen
        await pilot.press(*["right_curly_bracket"] * 10)
        await pilot.pause()
        screen = screen_text(app)
        assert "Ankerbeispiel Nummer 8" in screen and "Regel: Alles zur EGV." not in screen
        assert app.query_one(DefinitionPanel).scroll_y > 0

    drive(project, "down down down", "d", check=read_definition)


def test_help_adapts_to_the_terminal_width(wb_project):
    narrow = drive(wb_project, "question_mark")["screen"].splitlines()
    wide = drive(wb_project, "question_mark", size=(140, 30))["screen"].splitlines()
    assert all(len(line) <= 80 for line in narrow)
    assert any("next / previous segment" in line and "select next sentence" in line for line in wide)
    assert not any("next / previous segment" in line and "select next sentence" in line for line in narrow)


def test_code_tree_takes_a_share_of_the_width_and_cuts_labels_with_an_ellipsis(wb_project):
    async def widths(app, pilot):
        from qda.tui.code_tree import CodeTree

        assert app.query_one(CodeTree).size.width >= 40

    drive(wb_project, size=(120, 40), check=widths)
    narrow = drive(wb_project)["screen"].splitlines()
    assert narrow[5].endswith("│4 ■ egv Eingliederungsvereinbaru…")


class SlowAssist(FakeAssist):
    """The fake suggester, held back until the test releases it (a model still loading)."""

    def __init__(self, real=real_assist):
        super().__init__(real)
        self.release = threading.Event()
        self.asked: list[int] = []

    def __call__(self, name):
        fast = super().__call__(name)
        if name != "suggest_segments":
            return fast

        def slow(project, ids):
            self.asked.append(ids[0])
            self.release.wait(30)
            return fast(project, ids)

        return slow


def test_first_segment_shows_at_once_while_suggestions_are_computed(wb_project):
    slow = SlowAssist()
    assistance = slow.assistance()

    async def wait_for_the_model(app, pilot):
        screen = screen_text(app)
        assert "Die Kundin berichtet" in screen and "berechne Vorschläge…" in screen
        slow.release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "contact_density 0.91" in screen_text(app) and "berechne" not in screen_text(app)

    drive(wb_project, suggest=True, assistance=assistance, check=wait_for_the_model)


def test_paging_while_the_model_runs_computes_only_the_segment_shown_last(wb_project):
    slow = SlowAssist()
    assistance = slow.assistance()

    async def page_then_release(app, pilot):
        await pilot.press("n", "n", "n")
        await pilot.pause()
        slow.release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert slow.asked == [app.session.queue[0], app.session.queue[3]]
        assert "contact_density 0.91" in screen_text(app)

    drive(wb_project, suggest=True, assistance=assistance, check=page_then_release)


def test_undo_of_a_rejection_reopens_the_suggestion_at_once(wb_project):
    assistance = FakeAssist().assistance()

    async def reject_then_undo(app, pilot):
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert "contact_density 0.91" not in screen_text(app) and "egv 0.40" in screen_text(app)
        await pilot.press("z")
        await pilot.pause()
        assert "contact_density 0.91" in screen_text(app)  # no move, no waiting for the model
        await pilot.press("y")
        await pilot.pause()
        assert "contact_density 0.91" not in screen_text(app)

    seen = drive(wb_project, suggest=True, assistance=assistance, check=reject_then_undo)
    assert seen["message"] == "redid reject contact_density"


def test_plain_mode_applies_several_codes_all_or_nothing(wb_project):
    assistance = FakeAssist().assistance()
    session = CodingSession.open(wb_project, "anna", QueueFilter(queue="all"), assistance=assistance)
    out = io.StringIO()
    commands = "a contact_density lebenslage\na contact_density egv\nz\ny\nsg\nsg\nq\n"
    run_plain(session, Console(file=out, width=80, color_system=None), io.StringIO(commands))
    text = out.getvalue()
    assert "error: unknown code 'lebenslage': nothing applied" in text
    assert "undid apply contact_density, egv" in text and "redid apply contact_density, egv" in text
    assert [(d, s, c) for d, s, c, *_ in _codings(wb_project)] == [
        ("HB-CL-ELB-W1", 1, "contact_density"), ("HB-CL-ELB-W1", 1, "egv")]
    assert text.count("berechne Vorschläge…") == 1  # said before the first suggestions only
    assert text.index("berechne Vorschläge…") < text.index("no open suggestions")


def test_no_codebook_is_a_one_line_error_before_the_screen_opens(project, protocol_dir, run_cli):
    assert run_cli("import", protocol_dir).exit_code == 0
    for mode in ((), ("--plain",)):
        result = run_cli("code", "--coder", "anna", *mode)
        assert result.exit_code == 1
        assert result.output.strip() == "error: no codebook loaded: run 'qda codebook load FILE' first"


def test_finding_key_records_the_segment_as_evidence(tmp_path):
    from qda.findings import list_findings

    features = (
        "    features:\n"
        "      - id: density_kept\n"
        "        label: Kontaktdichte eingehalten\n"
        "        kind: category\n"
        "        values:\n"
        "          - {id: kept, label: eingehalten}\n"
        "          - {id: missed, label: verfehlt}\n")
    marker = "    keywords: [Kontaktdichte, monatlich, Gespräch]\n"
    project = make_workbench_project(tmp_path, MINI_CODEBOOK.replace(marker, marker + features))
    seen = drive(project, "f", "d e n s i t y underscore k e p t space m i s s e d space at K u n d e n enter")
    with project.engine.connect() as conn:
        found = list_findings(conn)
    assert [(f.site, f.feature, f.value, f.level, f.evidence, f.set_by) for f in found] == [
        ("Bremen", "density_kept", "missed", "client", ["HB-CL-ELB-W1:1"], "anna")]
    assert seen["message"] == "finding density_kept (client) for Bremen: added, evidence HB-CL-ELB-W1:1"
    wrong = drive(project, "f", "d e n s i t y underscore k e p t space s o m e t i m e s enter")
    assert wrong["message"].startswith("error: ") and "sometimes" in wrong["message"]
