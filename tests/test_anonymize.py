"""The pseudonymisation library: spans, replacements, consistency, lists, key file, and the
precision/recall targets on the labelled protocol sentences."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from qda.anonymize import Anonymizer, MemoryStore, read_key, seed, write_key
from qda.anonymize.evaluate import load, score
from qda.errors import QdaError

LABELLED = Path(__file__).parent / "data" / "anonymize" / "labelled.jsonl"
HELDOUT = LABELLED.with_name("heldout.jsonl")
PLACES = LABELLED.with_name("places.jsonl")
SECRET = b"test-secret"


def found(text: str, **options) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in Anonymizer(secret=SECRET, **options).find(text)]


def test_issue_example_keeps_titles_and_replaces_name_and_district():
    result = Anonymizer(secret=SECRET).anonymize("Frau Meier aus dem Team in Bremen-Nord sagt, Meiers Team sei gut.")
    assert result.text == "Frau [PERSON_1] aus dem Team in [ORT_1] sagt, [PERSON_1]s Team sei gut."
    first = result.findings[0]
    assert (first.kind, first.start, first.end, first.text, first.line, first.source) == (
        "PERSON", 5, 10, "Meier", 1, "title")


@pytest.mark.parametrize("text, expected", [
    ("Herr Fischer berichtet.", [("PERSON", "Fischer")]),
    ("Der Kunde möchte als Fischer arbeiten.", []),
    ("Der Wolf im Schafspelz.", []),
    ("Herr Wolf aus dem Basisteam.", [("PERSON", "Wolf")]),
    ("Frau Müllers Vorschlag.", [("PERSON", "Müller")]),
    ("Herr Peters und Frau Dr. von der Heide.", [("PERSON", "Peters"), ("PERSON", "von der Heide")]),
    ("Hans-Peter Müller-Lüdenscheidt kam.", [("PERSON", "Hans-Peter Müller-Lüdenscheidt")]),
    ("Die Kolleginnen Meier und Schulz.", [("PERSON", "Meier"), ("PERSON", "Schulz")]),
    ("Frau Anfang 40 sucht Arbeit.", []),
    ("Die IFK hat der Frau Arbeit angeboten.", []),
    ("Frau Schneider. Schneider betont, der Schneider sei Kunde.", [("PERSON", "Schneider")] * 2),
    ("Wohnt in Köln-Kalk, nicht im Rhein-Sieg-Kreis.", [("ORT", "Köln-Kalk"), ("ORT", "Rhein-Sieg-Kreis")]),
    ("Das Kölner Jobcenter, das Jobcenter-Köln.", [("ORT", "Kölner"), ("ORT", "Köln")]),
    ("Arbeitsagentur und Agentur für Arbeit.", []),
    ("Beim Essen in der Kantine; er ist in der Lage.", []),
    ("Er hat in Essen gearbeitet.", [("ORT", "Essen")]),
    ("Er ist aus der Türkei nach Nordrhein-Westfalen gekommen.", []),
    ("Im Kreis Mettmann und in Sankt Augustin.", [("ORT", "Mettmann"), ("ORT", "Sankt Augustin")]),
])
def test_names_and_places(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, kind, match", [
    ("Tel. +49 221 9876543.", "TELEFON", "+49 221 9876543"),
    ("Tel. 0241/12345-67.", "TELEFON", "0241/12345-67"),
    ("Handy 0171 1234567.", "TELEFON", "0171 1234567"),
    ("an k.yilmaz@web.de schreiben", "EMAIL", "k.yilmaz@web.de"),
    ("IBAN DE89 3704 0044 0532 0130 00.", "IBAN", "DE89 3704 0044 0532 0130 00"),
    ("Kd.-Nr. 123D456789.", "KUNDENNR", "123D456789"),
    ("BG-Nummer 12345BG0012345.", "KUNDENNR", "12345BG0012345"),
    ("Der Kunde (geb. 12.03.1975) kam.", "GEBURTSDATUM", "12.03.1975"),
    ("Sie ist am 3. Mai 1982 geboren.", "GEBURTSDATUM", "3. Mai 1982"),
    ("Sitz: Bonner Straße 112, 50677 Köln.", "ADRESSE", "Bonner Straße 112, 50677 Köln"),
])
def test_shaped_identifiers(text, kind, match):
    assert found(text) == [(kind, match)]


def test_interview_dates_and_numbers_are_not_identifiers():
    assert found("Interview am 12.03.2014, Welle 2, Schlüssel 1:100, 2.2d, 0,5 Stellen, 2014/2015.") == []


def test_offsets_are_code_points_and_lines_count_from_one():
    text = "Zeile eins.\nÄrger mit Frau Öztürk."
    finding = Anonymizer(secret=SECRET).find(text)[0]
    assert text[finding.start:finding.end] == "Öztürk" and finding.line == 2


def test_same_name_same_pseudonym_across_documents_and_forms():
    anonymizer = Anonymizer(secret=SECRET, store=MemoryStore())
    first = anonymizer.anonymize("Frau Meier und Herr Schulz aus Bochum.")
    second = anonymizer.anonymize("Später kam Anna Meier, dann Meiers Kollege; Tel. 0171 1234567.")
    third = anonymizer.anonymize("Rückruf unter +49 171 1234567 an Herrn Schulz in Bochum.")
    assert first.text == "Frau [PERSON_1] und Herr [PERSON_2] aus [ORT_1]."
    assert second.text == "Später kam [PERSON_1], dann [PERSON_1]s Kollege; Tel. [TELEFON_1]."
    assert third.text == "Rückruf unter [TELEFON_1] an Herrn [PERSON_2] in [ORT_1]."


def test_store_holds_digests_only():
    store = MemoryStore()
    Anonymizer(secret=SECRET, store=store).anonymize("Frau Meier aus Bochum.")
    dumped = json.dumps(store.rows)
    assert "meier" not in dumped.lower() and "bochum" not in dumped.lower()
    assert sorted(kind for kind, _ in store.rows.values()) == ["ORT", "PERSON"]


def test_same_secret_and_store_continue_numbering_elsewhere():
    store = MemoryStore()
    Anonymizer(secret=SECRET, store=store).anonymize("Herr Demir und Frau Kaya.")
    later = Anonymizer(secret=SECRET, store=store).anonymize("Frau Kaya.")
    assert later.text == "Frau [PERSON_2]."


def test_anonymised_text_checks_clean_and_is_stable():
    anonymizer = Anonymizer(secret=SECRET)
    once = anonymizer.anonymize("Herr Öztürk (geb. 01.02.1990) wohnt in Duisburg-Marxloh.").text
    assert anonymizer.check(once) == []
    assert anonymizer.anonymize(once).text == once


def test_allow_list_keeps_site_but_not_its_district():
    assert found("Das Jobcenter Bremen und Bremen-Nord.", allow=["Bremen"]) == [("ORT", "Bremen-Nord")]
    assert found("Die Stadtwerke Bochum GmbH.", allow=["Stadtwerke Bochum"]) == []


def test_deny_list_finds_entries_with_their_kind():
    text = "Der Kunde aus Tannenbusch sprach mit Zorbas, Zorbas' Kollegin nickte."
    assert found(text, deny=["ORT:Tannenbusch", "Zorbas"]) == [
        ("ORT", "Tannenbusch"), ("PERSON", "Zorbas"), ("PERSON", "Zorbas")]
    assert found("Kanne und Tasse.", deny=["Kanne"], allow=["Kanne"]) == [("PERSON", "Kanne")]


def test_key_file_is_owner_only_and_merges(tmp_path):
    key = tmp_path / "key.json"
    anonymizer = Anonymizer(secret=SECRET)
    anonymizer.anonymize("Frau Meier aus Krefeld.")
    write_key(key, anonymizer.key)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600

    later = Anonymizer()
    seed(later.pseudonymizer, read_key(key))
    assert later.anonymize("Herr Wolf und Frau Meier.").text == "Herr [PERSON_2] und Frau [PERSON_1]."
    write_key(key, later.key)
    entries = read_key(key)
    assert entries["[PERSON_1]"] == {"kind": "PERSON", "originals": ["Meier"]}
    assert entries["[ORT_1]"]["originals"] == ["Krefeld"] and entries["[PERSON_2]"]["originals"] == ["Wolf"]
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_key_file_csv_and_bad_key(tmp_path):
    anonymizer = Anonymizer(secret=SECRET)
    anonymizer.anonymize("Frau Meier, Frau Meiers Kollegin.")
    write_key(tmp_path / "key.csv", anonymizer.key)
    assert (tmp_path / "key.csv").read_text().splitlines() == ["pseudonym,kind,original", "[PERSON_1],PERSON,Meier"]
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(QdaError, match="not a pseudonym key file"):
        read_key(tmp_path / "bad.json")


def test_missing_model_is_a_user_error():
    with pytest.raises(QdaError, match="not installed"):
        Anonymizer(model="de_core_news_missing")


@pytest.mark.parametrize("data, size, empty, kinds", [
    (LABELLED, 200, 80, ("PERSON", "ORT")), (HELDOUT, 150, 40, ("PERSON", "ORT")), (PLACES, 150, 30, ("ORT",))])
def test_labelled_sets_meet_targets(data, size, empty, kinds):
    """Recall of person and place names >= 0.95 at precision >= 0.9 (computed, not timed), on the
    development set, on the held-out set written without sight of the detectors, and for places
    on the set of counties, cities and municipalities in context."""
    examples = load(data)
    assert len(examples) >= size and sum(not e.spans for e in examples) >= empty
    scores = score(Anonymizer(secret=SECRET).find, examples)
    for kind in kinds:
        assert scores[kind].recall >= 0.95, scores[kind].errors
        assert scores[kind].precision >= 0.9, scores[kind].errors
    assert scores["ALL"].precision >= 0.9 and scores["ALL"].recall >= 0.9


# -- issue 15: places from the official directory, context, and the misses noted before ----------

@pytest.mark.parametrize("text, expected", [
    ("Im Landkreis Nordfriesland und im Kreis Nordfriesland.", [("ORT", "Nordfriesland"), ("ORT", "Nordfriesland")]),
    ("Das Jobcenter Harz und das Jobcenter Landkreis Harz.", [("ORT", "Harz"), ("ORT", "Harz")]),
    ("Der Ostalbkreis optiert.", [("ORT", "Ostalbkreis")]),
    ("Das Jobcenter St. Wendel liegt im Landkreis St. Wendel.", [("ORT", "St. Wendel"), ("ORT", "St. Wendel")]),
    ("In Nürnberg und München.", [("ORT", "Nürnberg"), ("ORT", "München")]),
    ("Die Region Hannover und die Städteregion Aachen.", [("ORT", "Hannover"), ("ORT", "Aachen")]),
    ("Sie wechselte aus dem RD-Bezirk Nord.", [("ORT", "Nord")]),
    ("Er pendelt nach Frankfurt (Oder), nicht nach Frankfurt.", [("ORT", "Frankfurt (Oder)"), ("ORT", "Frankfurt")]),
    ("Das Jobcenter Kleinkleckersdorf lädt ein.", [("ORT", "Kleinkleckersdorf")]),
    ("Hat das Jobcenter Sie eingeladen? Das Jobcenter Team tagt.", []),
    ("Jobcenter\tOperativer Start", []),
    ("Wir waren im Wald am Berg, nach dem Essen, weil die Lage gut war.", []),
    ("Die Stadt und der Landkreis teilen sich die Kosten im Kreis der Kollegen.", []),
    ("Die Kollegin Heike Baumgärtner zitiert Frau Maria García López.",
     [("PERSON", "Heike Baumgärtner"), ("PERSON", "Maria García López")]),
    ("Für Herrn El Amrani, nicht für Anna Arbeit.", [("PERSON", "El Amrani"), ("PERSON", "Anna")]),
    ("Frau K. und Herr M. kamen.", [("PERSON", "K"), ("PERSON", "M")]),
    ("Sie nennt als Geburtsdatum den 3.5.1980, er ist am 7.11.79 geboren.",
     [("GEBURTSDATUM", "3.5.1980"), ("GEBURTSDATUM", "7.11.79")]),
    ("Am Konrad-Adenauer-Platz, am Berliner Platz und am Kaiserplatz.",
     [("ADRESSE", "Konrad-Adenauer-Platz"), ("ADRESSE", "Berliner Platz"), ("ADRESSE", "Kaiserplatz")]),
    ("Sie sucht einen Arbeitsplatz und einen Parkplatz am Marktplatz, er ist auf dem Holzweg.", []),
])
def test_places_context_and_earlier_misses(text, expected):
    assert found(text) == expected


def test_every_district_and_county_town_is_found_after_a_cue():
    from qda.anonymize.gazetteer import read_list

    districts = [line.split("\t")[0] for line in read_list("kreise.tsv")
                 if {"Kreis", "kreisfreie Stadt"} & set(line.split("\t")[1].split(","))]
    assert len(districts) > 380
    anonymizer = Anonymizer(secret=SECRET)
    missed = [name for name in districts if not any(
        f.kind in ("ORT", "ADRESSE") and f.start <= 14 and f.end >= 14 + len(name.rstrip("."))
        for f in anonymizer.find(f"Das Jobcenter {name} lädt ein."))]
    assert missed == []
