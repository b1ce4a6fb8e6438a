"""The rule suggester on real spaCy German lemmas: compounds, abbreviations, exclusions, anchors."""

from pathlib import Path

import numpy
import pytest

from qda.assist.combine import COLUMNS, default_rules, evidence_matrix
from qda.assist.labelled import flatten, theme_terms
from qda.assist.nlp import base_pipeline
from qda.assist.rules import MIN_WEIGHT, CodeTerms, Evidence, RuleSet, evidence_sentence, is_abbreviation, specificity
from qda.assist.tokens import Lexicon, Parsed
from qda.codebook import load_codebook_file

SHIPPED = Path(__file__).resolve().parent.parent / "codebooks" / "ejo-implementation.yaml"

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
def parse(nlp):
    """``parse(text)``: one segment's tokens, as the engine parses it."""
    lexicon = Lexicon(nlp)
    return lambda text: Parsed(text, list(lexicon.parse([text]).segment(0)))


@pytest.fixture(scope="module")
def rules(nlp):
    return RuleSet(CODES, nlp)


def matched(rules, parse, text, question=None):
    doc = parse(text)
    return {code: (hit.terms, [text[s:e] for s, e in hit.spans], hit.question)
            for code, hit in rules.match(doc, question).items()}


def test_compounds_match_keyword_anywhere_in_the_word(rules, parse):
    hits = matched(rules, parse, "Die Kontaktdichtevorgaben und die Mindestkontaktdichte gelten.")
    assert hits["contact_density"][1] == ["Kontaktdichtevorgaben", "Mindestkontaktdichte"]
    assert hits["contact_density"][0] == ["Kontaktdichte"]


def test_lemmas_match_inflected_forms_and_phrases(rules, parse):
    hits = matched(rules, parse, "Nach zwei Gesprächen ging es auf dem kurzen Dienstweg weiter.")
    assert set(hits["contact_density"][0]) == {"Gespräch", "kurzer Dienstweg"}
    assert "kurzen Dienstweg" in hits["contact_density"][1]


def test_abbreviations_match_whole_tokens_and_hyphen_parts_only(rules, parse):
    hits = matched(rules, parse, "Die EGV-Fortschreibung, die AG-S-Koordinatorin und das 4PM.")
    assert hits["egv"][1] == ["EGV-Fortschreibung"]
    assert hits["interfaces/arbeitgeberservice"][0] == ["AG-S", "4PM"]
    assert matched(rules, parse, "Die Tage sind lang, die Kollegen kegeln.") == {}


def test_exclusion_term_removes_only_the_hits_inside_it(rules, parse):
    assert matched(rules, parse, "Die Übergabe an den Träger erfolgt schriftlich.") == {}
    hits = matched(rules, parse, "Die Übergabe an den Träger erfolgt, das Basisteam weiß Bescheid.")
    assert hits["interfaces/basisteam"][0] == ["Basisteam"]


def test_question_anchor_is_a_signal_even_without_keywords(rules, parse):
    assert matched(rules, parse, "Sie wird vorgelegt.", "2.2d")["egv"] == ([], [], 2)
    assert matched(rules, parse, "Sie wird vorgelegt.", "4.2b")["interfaces/basisteam"][2] == 2  # sub-question
    assert matched(rules, parse, "Sie wird vorgelegt.", "2.2a")["egv"][2] == 1  # sibling of 2.2d
    assert matched(rules, parse, "Sie wird vorgelegt.", "1.3a/4.5")["interfaces/arbeitgeberservice"][2] == 2


def test_abbreviation_detection():
    assert [is_abbreviation(t) for t in ("EGV", "4PM", "AG-S", "ÄD", "Reha", "Kontaktdichte", "kurzer Weg")] == [
        True, True, True, True, False, False, False]


def test_evidence_is_the_sentence_around_the_hit():
    text = "Erst kam die Frage. Dann die EGV, die gemeinsam erarbeitet wird! Zuletzt anderes."
    start = text.index("EGV")
    assert evidence_sentence(text, (start, start + 3)) == "Dann die EGV, die gemeinsam erarbeitet wird!"
    assert evidence_sentence("x " * 200, (0, 1), limit=20).endswith("…")
    assert evidence_sentence(text, (0, 4)) == "Erst kam die Frage."
    cache: dict = {}  # one segment's: the same sentences, whichever span or limit asks first
    together = text.index("gemeinsam")
    spans = [(start, start + 3), (0, 4), (together, together + 9), (len(text) - 3, len(text))]
    for span, limit in [(span, limit) for span in spans for limit in (160, 12)] * 2:
        assert evidence_sentence(text, span, cache, limit) == evidence_sentence(text, span, limit=limit)
    assert evidence_sentence(text, spans[2], cache, 12) == "Dann die EG…"


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
def test_compounds_and_inflections_match_whole_word_parts_only(nlp, text, code, found, parse):
    assert (code in RuleSet(GERMAN, nlp).match(parse(text))) is found


def test_evidence_terms_come_in_text_order_whatever_the_keyword_order(nlp, parse):
    text = "Die Übergabe aus dem Basisteam und die Kontaktdichte im Gespräch."
    forward = RuleSet(CODES, nlp).match(parse(text))
    backward = RuleSet([CodeTerms(c.path, list(reversed(c.keywords)), c.exclude, c.questions) for c in CODES],
                       nlp).match(parse(text))
    assert forward["interfaces/basisteam"].terms == backward["interfaces/basisteam"].terms == ["Übergabe", "Basisteam"]
    assert forward["contact_density"].terms == ["Kontaktdichte", "Gespräch"]


def test_common_words_weigh_less_than_domain_terms(nlp, parse):
    """A keyword among the commonest German words ("Sicht") is weak evidence, a domain term strong."""
    assert specificity("Sicht", "sicht") == MIN_WEIGHT
    assert specificity("Kontaktdichte", "kontaktdichte") == 1.0
    assert specificity("Eingliederungsvereinbarung", "eingliederungsvereinbarung") == 1.0
    assert MIN_WEIGHT < specificity("Motivation", "motivation") < 1.0
    rules = RuleSet([CodeTerms("client_view", ["Sicht"]), CodeTerms("contact_density", ["Kontaktdichte"])], nlp)
    hits = rules.match(parse("Aus Sicht der Leitung ist die Kontaktdichte hoch."))
    evidence = evidence_matrix([hits], None, ["client_view", "contact_density"], numpy.full(2, 0.1))
    assert evidence[0, :, COLUMNS.index("terms")].tolist() == [MIN_WEIGHT, 1.0]
    scores = default_rules().predict(evidence)[0]
    assert scores[1] > scores[0]


def test_a_word_family_counts_once(nlp, parse):
    """"Überprüfung" and "überprüfen" are one keyword twice, not two keywords."""
    rules = RuleSet([CodeTerms("follow_up", ["Überprüfung", "überprüfen", "Wiedervorlage"])], nlp)
    hit = rules.match(parse("Die Überprüfung ist Pflicht: Teamleitungen überprüfen die Akten."))["follow_up"]
    assert hit.terms == ["Überprüfung", "überprüfen"] and len(hit.keys) == 1 and len(hit.spans) == 2
    hit = rules.match(parse("Nach der Überprüfung kommt die Wiedervorlage."))["follow_up"]
    assert len(hit.keys) == 2


@pytest.fixture(scope="module")
def shipped_themes(nlp):
    codes = flatten(load_codebook_file(SHIPPED).codes)
    return RuleSet(theme_terms(codes, sorted({code.path.split("/")[0] for code in codes})), nlp)


@pytest.mark.parametrize("text, theme, found", [
    ("Aus Sicht der Kundinnen hat sich die Betreuung verbessert.", "client_view", True),
    ("Aus Sicht der Teamleitung hat sich die Betreuung verbessert.", "client_view", False),  # not the clients' view
    ("Die Bestandskräfte bringen Verwaltungserfahrung mit.", "contact_density", False),  # not the caseload
    ("Die Identifikation der Akteure mit der EJO ist hoch.", "goals", True),
    ("Die IFK treten aus Sicht der eLb kompetent auf.", "ifk_role", True),
    ("Ins Projektteam kommen alle integrationsnahen Kundinnen und Kunden.", "allocation", True),
    ("Die Interviewpersonen der Agentur für Arbeit wurden befragt.", "interfaces", False),  # an actor, not the AG-S
    ("Die Aktivitäten werden regelmäßig nachgehalten.", "profiling", True),
])
def test_shipped_codebook_finds_themes_in_evaluators_prose(shipped_themes, text, theme, found, parse):
    assert (theme in shipped_themes.match(parse(text))) is found


def test_a_batch_matches_as_each_segment_alone(nlp):
    """match_batch (arrays) against match (one segment at a time), with the shipped codebook on
    the sample protocols and on texts with exclusions and phrases, under questions: the same
    calibration evidence, and for any codes asked in any order the same terms, first span and
    question level (None where match has no hit)."""
    codebook = load_codebook_file(SHIPPED)
    shipped = RuleSet([CodeTerms(code.path, code.keywords, code.exclude, code.questions)
                       for code in flatten(codebook.codes)], nlp)
    protocols = sorted((Path(__file__).resolve().parent.parent / "transcripts" / "protocols").rglob("*.txt"))
    texts = [part for path in protocols[:12] for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip()]
    texts += ["Die Übergabe an den Träger lief, die Übergabe ans Basisteam auch. Übergabe!",
              "Aus Sicht der Kunden ist die Kontaktdichte hoch; alle vier Wochen ein Gespräch im Projektteam.",
              "Einmal im Monat kommt der Kunde, nicht schaffen sie es nach Arbeitsaufnahme.", "",
              "EGV EGV-Abschluss 4PM"]
    questions = [None, "2.2", "4.2a", "2.2d/4.5", "1.3"]
    asked = [questions[i % len(questions)] for i in range(len(texts))]
    for rules in (shipped, RuleSet(CODES, nlp)):
        lexicon = Lexicon(nlp)
        tokens = lexicon.parse(texts)
        batch = rules.match_batch(tokens, asked)
        alone = [rules.match(Parsed(text, list(tokens.segment(i))), asked[i]) for i, text in enumerate(texts)]
        assert len(batch) == len(alone) and sum(map(len, alone)) > 20
        priors = numpy.full(len(rules.codes), 0.1)
        assert numpy.array_equal(evidence_matrix(batch, None, rules.codes, priors),
                                 evidence_matrix(alone, None, rules.codes, priors))
        every = list(rules.codes) + ["not-a-code"]
        for asked_codes in ([every] * len(texts), [every[::-1][i % 3::2] for i in range(len(texts))]):
            expected = [[None if (hit := single.get(code)) is None else
                         Evidence(hit.terms, hit.spans[0] if hit.spans else None, hit.question) for code in codes]
                        for single, codes in zip(alone, asked_codes)]
            assert batch.evidence_of(asked_codes) == expected
            assert sum(evidence is not None and bool(evidence.terms) for row in expected for evidence in row) > 20
