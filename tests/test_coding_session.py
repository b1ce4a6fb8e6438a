"""The library behind the workbench: queues, moving, actions committed at once, undo/redo in the
database, sentence selection, blind coding, fuzzy code search."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from qda.codebook.store import load_codes
from qda.coding.api import add_coding, list_codings
from qda.coding.assistance import Assistance
from qda.coding.fuzzy import filter_codes
from qda.coding.queue import QueueFilter
from qda.coding.sentences import split_sentences
from qda.coding.session import CodingSession
from qda.errors import QdaError
from qda.face import assistance as face_assistance
from qda.store.schema import codings, memos


def _mine(project, coder="anna"):
    with project.engine.connect() as conn:
        return [(r["document"], r["segment"], r["code"], r["start"], r["end"], r["key_quote"])
                for r in list_codings(conn, coder=coder)]


def _queue(project, coder="anna", assistance=None, **wanted):
    session = CodingSession.open(project, coder, QueueFilter(**wanted), assistance=assistance or face_assistance())
    shown = []
    for position in range(len(session.queue)):
        session.position = position
        shown.append((session.view().document, session.view().number))
    return shown


def test_queues_follow_filters_and_the_coders_view(loaded_project):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "KR-OP-IFK-W1", 1, "contact_density", "anna")
        add_coding(conn, "KR-OP-IFK-W1", 2, "basisteam", "bernd")
    assert _queue(loaded_project, site="Krefeld", level="operational", queue="all") == [
        ("KR-OP-IFK-W1", 1), ("KR-OP-IFK-W1", 2)]
    assert _queue(loaded_project, site="Krefeld", level="operational") == [("KR-OP-IFK-W1", 2)]
    assert _queue(loaded_project, queue="mine") == [("KR-OP-IFK-W1", 1)]
    assert _queue(loaded_project, queue="all", code="interfaces") == []  # blind: bernd's codings do not count
    assert _queue(loaded_project, coder="bernd", queue="all", code="interfaces") == [("KR-OP-IFK-W1", 2)]
    assert _queue(loaded_project, queue="all", role="eLb") == [("KR-CL-ELB-W1", 1), ("KR-CL-ELB-W1", 2),
                                                              ("KR-CL-ELB-W1", 3)]
    with pytest.raises(QdaError, match="needs two coders"):
        _queue(loaded_project, queue="disagreements")
    with pytest.raises(QdaError, match="unknown queue"):
        _queue(loaded_project, queue="everything")


def test_disagreements_queue_uses_the_agreement_module(loaded_project):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "KR-OP-IFK-W1", 1, "contact_density", "anna")
        add_coding(conn, "KR-OP-IFK-W1", 1, "contact_density", "bernd")
        add_coding(conn, "KR-OP-IFK-W1", 2, "basisteam", "bernd")
    queue = _queue(loaded_project, queue="disagreements", coders=["anna", "bernd"])
    assert queue == [("KR-OP-IFK-W1", 2)]


def test_actions_are_committed_at_once_and_progress_counts(loaded_project):
    session = CodingSession.open(loaded_project, "anna")
    assert session.progress() == (0, 8)
    assert session.apply("contact_density") == "applied contact_density"
    assert _mine(loaded_project) == [("BO-OP-IFK-W1", 1, "contact_density", 71, 152, False)]
    assert session.progress() == (1, 8) and session.document_progress() == (1, 3)
    assert session.apply("contact_density") == "contact_density is already applied"
    assert session.toggle_key_quote("contact_density").endswith("marked a key quote")
    assert _mine(loaded_project)[0][-1] is True
    session.remove("contact_density")
    assert _mine(loaded_project) == [] and session.progress() == (0, 8)
    with pytest.raises(QdaError, match="not applied here"):
        session.remove("contact_density")


def test_undo_and_redo_act_on_the_database(loaded_project):
    session = CodingSession.open(loaded_project, "anna")
    session.apply("egv")
    with loaded_project.engine.connect() as conn:
        first_id = conn.execute(select(codings.c.id)).scalar()
    session.move(2)
    session.apply("1")  # quick digit: the first code when nothing is coded yet
    session.memo("Übergabe unklar")
    assert session.undo() == "undid memo"
    assert session.undo() == "undid apply interfaces"
    assert _mine(loaded_project) == [("BO-OP-IFK-W1", 1, "egv", 71, 152, False)]
    assert session.undo() == "undid apply egv" and session.position == 0
    assert _mine(loaded_project) == [] and session.progress() == (0, 8)
    assert session.undo() == "nothing to undo"
    assert session.redo() == "redid apply egv"
    with loaded_project.engine.connect() as conn:
        assert conn.execute(select(codings.c.id)).scalar() == first_id  # the same coding again
    session.redo()
    session.redo()
    with loaded_project.engine.connect() as conn:
        assert conn.execute(select(memos.c.text)).scalars().all() == ["Übergabe unklar"]
    assert len(_mine(loaded_project)) == 2
    session.undo()
    session.apply("egv")  # a new action drops what could be redone
    assert session.redo() == "nothing to redo"


def test_sentence_selection_codes_only_that_span(loaded_project):
    session = CodingSession.open(loaded_project, "anna", QueueFilter(doc="KR-CL-ELB-W1", queue="all"))
    session.move(2)
    assert len(session.sentences()) == 1
    session.select_next_sentence()
    assert session.selection is None  # one sentence: always the whole segment
    with loaded_project.engine.begin() as conn:
        from qda.store.schema import segments
        conn.execute(segments.update().where(segments.c.id == session.current_id).values(
            text="Erster Satz. Zweiter Satz z. B. mit Abkürzung. Dritter."))
    session._view = None
    assert len(session.sentences()) == 3
    session.select_next_sentence()
    session.select_next_sentence()
    session.extend_selection()
    start, end = session.selected_span()
    offset = session.view().char_start
    assert session.view().text[start - offset:end - offset] == "Zweiter Satz z. B. mit Abkürzung. Dritter."
    session.apply("egv")
    coded = _mine(loaded_project)[0]
    assert (coded[3], coded[4]) == (start, end)
    session.move(-1)
    assert session.selection is None


def test_next_uncoded_jump_and_blind_view(loaded_project):
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "BO-OP-IFK-W1", 2, "egv", "anna")
        add_coding(conn, "BO-OP-IFK-W1", 1, "contact_density", "bernd")
    session = CodingSession.open(loaded_project, "anna", QueueFilter(queue="all"))
    assert session.view().codings == []  # bernd's coding is hidden
    assert session.toggle_blind() is False
    assert [c.coder for c in session.view().codings] == ["bernd"]
    assert session.next_uncoded() and session.view().number == 3  # skips anna's segment 2
    session.jump_to_document("KR-OP-IFK-W1")
    assert (session.view().document, session.view().number) == ("KR-OP-IFK-W1", 1)
    assert session.view().question_text.startswith("2.2 Wie erfolgt")
    with pytest.raises(QdaError, match="unknown document"):
        session.jump_to_document("NOPE")
    assert not session.move(-100)


def test_sentence_splitter_keeps_abbreviations_and_ordinals():
    text = ("Die Kunden werden z. B. monatlich eingeladen. Am 3. Mai gab es ein Gespräch! "
            "Danach ca. 20 Min. Telefon. Ende")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Die Kunden werden z. B. monatlich eingeladen.", "Am 3. Mai gab es ein Gespräch!",
        "Danach ca. 20 Min. Telefon.", "Ende"]


def test_fuzzy_filter_finds_codes_by_scattered_letters(loaded_project):
    with loaded_project.engine.connect() as conn:
        codes = load_codes(conn)
    assert [c.path for c in filter_codes(codes, "kdi")] == ["contact_density"]
    assert [c.path for c in filter_codes(codes, "basis")][0] == "interfaces/basisteam"
    assert [c.path for c in filter_codes(codes, "agreement")] == ["egv"]
    assert len(filter_codes(codes, "")) == 4 and filter_codes(codes, "zzz") == []


def test_uncertain_queue_takes_the_assist_order_of_uncoded_segments(loaded_project, monkeypatch):
    asked = {}

    def reversed_order(project, segment_ids):
        asked["ids"] = list(segment_ids)
        return list(reversed(segment_ids))

    assistance = Assistance(uncertainty_order=reversed_order)
    with loaded_project.engine.begin() as conn:
        add_coding(conn, "KR-OP-IFK-W1", 2, "basisteam", "anna")
    assert _queue(loaded_project, assistance=assistance, queue="uncertain", site="Krefeld") == [
        ("KR-OP-IFK-W1", 1), ("KR-CL-ELB-W1", 3), ("KR-CL-ELB-W1", 2), ("KR-CL-ELB-W1", 1)]
    assert len(asked["ids"]) == 4  # only segments anna has not coded are ranked
