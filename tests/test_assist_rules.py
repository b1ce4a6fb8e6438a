"""The rule suggester on real spaCy German lemmas: compounds, abbreviations, exclusions, anchors."""

import pytest

from qda.assist.nlp import base_pipeline
from qda.assist.rules import CodeTerms, RuleSet, evidence_sentence, is_abbreviation

CODES = [
    CodeTerms("contact_density", ["Kontaktdichte", "kurzer Dienstweg", "Gespräch"], [], ["2.2"]),
    CodeTerms("egv", ["EGV", "Eingliederungsvereinbarung"], [], ["2.2d"]),
    CodeTerms("interfaces/arbeitgeberservice", ["AG-S", "4PM"], [], ["4.5"]),
    CodeTerms("interfaces/basisteam", ["Übergabe", "Basisteam"], ["Übergabe an den Träger"], ["4.2", "4.2a"]),
]


@pytest.fixture(scope="module")
def nlp():
    return base_pipeline()


@pytest.fixture(scope="module")
def rules(nlp):
    return RuleSet(CODES, nlp)


def matched(rules, nlp, text, question=None):
    doc = nlp(text)
    return {code: (hit.terms, [text[s:e] for s, e in hit.spans], hit.question)
            for code, hit in rules.match(doc, question).items()}


def test_compounds_match_keyword_anywhere_in_the_word(rules, nlp):
    hits = matched(rules, nlp, "Die Kontaktdichtevorgaben und die Mindestkontaktdichte gelten.")
    assert hits["contact_density"][1] == ["Kontaktdichtevorgaben", "Mindestkontaktdichte"]
    assert hits["contact_density"][0] == ["Kontaktdichte"]


def test_lemmas_match_inflected_forms_and_phrases(rules, nlp):
    hits = matched(rules, nlp, "Nach zwei Gesprächen ging es auf dem kurzen Dienstweg weiter.")
    assert set(hits["contact_density"][0]) == {"Gespräch", "kurzer Dienstweg"}
    assert "kurzen Dienstweg" in hits["contact_density"][1]


def test_abbreviations_match_whole_tokens_and_hyphen_parts_only(rules, nlp):
    hits = matched(rules, nlp, "Die EGV-Fortschreibung, die AG-S-Koordinatorin und das 4PM.")
    assert hits["egv"][1] == ["EGV-Fortschreibung"]
    assert hits["interfaces/arbeitgeberservice"][0] == ["AG-S", "4PM"]
    assert matched(rules, nlp, "Die Tage sind lang, die Kollegen kegeln.") == {}


def test_exclusion_term_removes_only_the_hits_inside_it(rules, nlp):
    assert matched(rules, nlp, "Die Übergabe an den Träger erfolgt schriftlich.") == {}
    hits = matched(rules, nlp, "Die Übergabe an den Träger erfolgt, das Basisteam weiß Bescheid.")
    assert hits["interfaces/basisteam"][0] == ["Basisteam"]


def test_question_anchor_is_a_signal_even_without_keywords(rules, nlp):
    assert matched(rules, nlp, "Sie wird vorgelegt.", "2.2d")["egv"] == ([], [], 2)
    assert matched(rules, nlp, "Sie wird vorgelegt.", "4.2b")["interfaces/basisteam"][2] == 2  # sub-question
    assert matched(rules, nlp, "Sie wird vorgelegt.", "2.2a")["egv"][2] == 1  # sibling of 2.2d
    assert matched(rules, nlp, "Sie wird vorgelegt.", "1.3a/4.5")["interfaces/arbeitgeberservice"][2] == 2


def test_abbreviation_detection():
    assert [is_abbreviation(t) for t in ("EGV", "4PM", "AG-S", "ÄD", "Reha", "Kontaktdichte", "kurzer Weg")] == [
        True, True, True, True, False, False, False]


def test_evidence_is_the_sentence_around_the_hit():
    text = "Erst kam die Frage. Dann die EGV, die gemeinsam erarbeitet wird! Zuletzt anderes."
    start = text.index("EGV")
    assert evidence_sentence(text, (start, start + 3)) == "Dann die EGV, die gemeinsam erarbeitet wird!"
    assert evidence_sentence("x " * 200, (0, 1), limit=20).endswith("…")
    assert evidence_sentence(text, (0, 4)) == "Erst kam die Frage."


GERMAN = [
    CodeTerms("client_situation", ["Partner"], [], []),
    CodeTerms("profiling", ["Profillage"], [], []),
    CodeTerms("interfaces/basisteam", ["Übergabe"], [], []),
    CodeTerms("contact_density", ["Kontaktdichte", "Gespräch"], [], []),
]


@pytest.mark.parametrize("text, code, found", [
    ("Der Ansprechpartner im Basisteam wechselt oft.", "client_situation", False),
    ("Die Partnerschaft mit dem Träger läuft gut.", "client_situation", False),
    ("Ihr Partner arbeitet in Teilzeit.", "client_situation", True),
    ("Die Partnerin des Kunden ist krank.", "client_situation", True),
    ("Ein Profillagenwechsel ist selten.", "profiling", True),
    ("Im Übergabegespräch fehlen Vermerke.", "interfaces/basisteam", True),
    ("Im Übergabegespräch fehlen Vermerke.", "contact_density", False),  # a short head is not the keyword
    ("Die Kontaktdichtevorgabe gilt für alle.", "contact_density", True),
    ("Nach drei Gesprächen war alles klar.", "contact_density", True),
])
def test_compounds_and_inflections_match_whole_word_parts_only(nlp, text, code, found):
    assert (code in RuleSet(GERMAN, nlp).match(nlp(text))) is found


def test_evidence_terms_come_in_text_order_whatever_the_keyword_order(nlp):
    text = "Die Übergabe aus dem Basisteam und die Kontaktdichte im Gespräch."
    forward = RuleSet(CODES, nlp).match(nlp(text))
    backward = RuleSet([CodeTerms(c.path, list(reversed(c.keywords)), c.exclude, c.questions) for c in CODES],
                       nlp).match(nlp(text))
    assert forward["interfaces/basisteam"].terms == backward["interfaces/basisteam"].terms == ["Übergabe", "Basisteam"]
    assert forward["contact_density"].terms == ["Kontaktdichte", "Gespräch"]
