import hashlib

import pytest

from qda.ingest.decode import normalize_text
from qda.ingest.segment import question_number, segment_text, text_hash

PROTOCOL = """# Interviewprotokoll

2.2d Wie verändern sich Rolle und Inhalte der Eingliederungsvereinbarung?

Die EGV wird individuell erstellt.
Sie wird alle drei Monate aktualisiert.

I: Wie oft sehen Sie Ihre IFK?
B: Jeden Monat.
Manchmal auch öfter.

4.2 Die Zusammenarbeit mit dem Basisteam ist eng, die Übergabe läuft über einen Bogen, der alle Informationen enthält, und Rückfragen werden am selben Tag telefonisch geklärt, sodass keine Kundin verloren geht oder doppelt betreut wird.
"""  # noqa: E501 (a long paragraph is the test data)


def test_segments_have_exact_offsets_lines_and_anchors():
    found = segment_text(PROTOCOL)
    assert [s.number for s in found] == [1, 2, 3, 4]
    for segment in found:
        assert PROTOCOL[segment.start:segment.end] == segment.text
    first, question, answer, long_paragraph = found
    assert first.text == "Die EGV wird individuell erstellt.\nSie wird alle drei Monate aktualisiert."
    assert (first.line_start, first.line_end, first.question, first.kind) == (5, 6, "2.2d", "paragraph")
    assert (question.speaker, question.kind, question.text) == ("I", "turn", "I: Wie oft sehen Sie Ihre IFK?")
    assert answer.text == "B: Jeden Monat.\nManchmal auch öfter." and answer.line_start == 9 and answer.line_end == 10
    assert long_paragraph.question == "4.2" and long_paragraph.text.startswith("4.2 Die Zusammenarbeit")


def test_offsets_count_code_points_after_normalisation():
    decomposed = "1.1 Frage?\r\n\r\nDie Übergabe läuft gut.\r\n\r\nZweiter Absatz für Müller-Lüdenscheidt.\r\n"
    text = normalize_text(decomposed.replace("Ü", "U\u0308"))
    found = segment_text(text)
    assert [s.text for s in found] == ["Die Übergabe läuft gut.", "Zweiter Absatz für Müller-Lüdenscheidt."]
    assert found[0].start == len("1.1 Frage?\n\n") and found[0].end - found[0].start == 23


def test_question_numbers_are_normalised_and_dates_are_not_questions():
    assert question_number("2.2 d) Rolle der EGV") == "2.2d"
    assert question_number("X.2 Zuweisungspraxis") == "X.2"
    assert question_number("1.3a/1.6 Ziele der EJO") == "1.3a/1.6"
    assert question_number("Frage 4.2a: Überstellung") == "4.2a"
    assert question_number("12.03.2024 fand das Gespräch statt") is None
    assert question_number("Die 2.2d ist gemeint") is None


def test_same_text_gives_same_hash_regardless_of_whitespace():
    one = segment_text("Ein  Absatz\nmit Umbruch.")[0]
    two = segment_text("Ein Absatz mit\tUmbruch.")[0]
    assert one.text_hash == two.text_hash
    assert one.text_hash != segment_text("Ein anderer Absatz.")[0].text_hash


@pytest.mark.parametrize("text", [
    "Ein Absatz.", "Ein  Absatz.", " Ein Absatz.", "Ein Absatz. ", "", " ", "Ein\u00a0Absatz.", "Ein\u2009Absatz.",
    "Ein\u3000Absatz", "Ein\x1cAbsatz", "Ein\x85Absatz", "Ein\u2028Absatz", "Ein\tAbsatz", "Ein\u200bAbsatz",
    "Übergabe ans Basisteam – „gut“ …", "Ein\r\nAbsatz",
])
def test_the_fingerprint_is_that_of_the_words_joined_by_single_spaces(text):
    assert text_hash(text) == hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
