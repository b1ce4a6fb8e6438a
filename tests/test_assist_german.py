"""The blank German base without spaCy: the same tokens as spaCy's tokenizer, rules kept in a cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from qda.assist.german import GermanTokenizer, Lemmas, german_rules, spacy_rules, spans
from qda.assist.nlp import BlankGerman, term_lemmas
from qda.assist.tokens import Lexicon

PROTOCOLS = Path(__file__).resolve().parent.parent / "transcripts" / "protocols"
TRICKY = [
    "a  b\n\nc \n d\t e\xa0f  ", " x", "", "   ", "\n",
    "z. B. u.a. usw. Nr. 3 §§ 16a SGB II, 1.000 € 3,5% (vgl. S. 4f.)",
    "E-Mail: a.b@jobcenter-x.de, https://www.arbeitsagentur.de/a?b=1 ... „Zitat“ – so 's geht's",
    "EGV-Fortschreibung/AG-S; U25-Team: 4PM (ÄD/PD) ca. 30 % d.h. 1:150 bzw. 1 : 150!?", "Ü25-Kunden,z.B.:…",
]


@pytest.fixture(scope="module")
def tokenizers():
    return spacy.blank("de").tokenizer, GermanTokenizer(spacy_rules())


def test_same_tokens_and_offsets_as_spacy(tokenizers):
    theirs, ours = tokenizers
    texts = [path.read_text(encoding="utf-8") for path in sorted(PROTOCOLS.rglob("*.txt"))]
    specials_in_context = " ".join(f"{before}{special}{after}" for special in ours.specials
                                   for before in ("", "(", "„") for after in ("", ".", ",", ")", "“"))
    assert len(texts) >= 50
    for text in texts + TRICKY + [specials_in_context]:
        assert ours(text) == [(token.text, token.idx) for token in theirs(text)]


def test_a_lexicon_batch_has_the_tokens_and_offsets_of_spacy(tokenizers):
    """Texts of single-spaced words (split, chunks like ``Jobcenter.`` expanded) and texts with
    other whitespace (chunk by chunk) in one batch, each chunk seen for the first time or again."""
    theirs, _ = tokenizers
    protocols = [path.read_text(encoding="utf-8") for path in sorted(PROTOCOLS.rglob("*.txt"))[:5]]
    single_spaced = [" ".join(text.split()) for text in protocols] + ["Jobcenter. Kunden, (EGV) z.B. u.a.", "x"]
    texts = single_spaced + protocols + TRICKY + single_spaced
    lexicon = Lexicon(BlankGerman())
    batch = lexicon.parse(texts)
    for i, text in enumerate(texts):
        parsed = [(token[0], token[2]) for token in batch.segment(i)]
        assert parsed == [(token.text, token.idx) for token in theirs(text)], text[:60]


def test_spans_keep_whitespace_runs_but_not_single_spaces():
    assert spans("a  b\nc") == [("a", 0), (" ", 2), ("b", 3), ("\n", 4), ("c", 5)]
    assert spans(" x ") == [(" ", 0), ("x", 1)]


def test_lemmas_and_stop_words_as_spacy_sets_them():
    german = BlankGerman()
    nlp = spacy.blank("de")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    text = "Die Schnittstellen wurden überprüft und die Kunden gingen UND kamen."
    doc = nlp(text)
    lemmas = german.lemmas_of([token.text for token in doc])
    assert [lemmas[token.text] for token in doc] == [token.lemma_.lower() for token in doc]
    assert [german.is_stop(token.text) for token in doc] == [token.is_stop for token in doc]
    assert term_lemmas(german, "Sicht der Kunden") == ("sicht", "der", "kunde")


def test_rules_and_lemmas_come_from_the_cache_without_spacy(tmp_path):
    """The first process reads spaCy once; the next one tokenizes without importing it."""
    script = ("import sys; from qda.assist.nlp import BlankGerman; german = BlankGerman(); "
              "print(german.tokenizer('Kontaktdichte, z.B. monatlich.'), german.lemmas_of(['Kunden'])['Kunden'], "
              "'spacy' in sys.modules)")
    env = {**os.environ, "QDA_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    expected = "[('Kontaktdichte', 0), (',', 13), ('z.B.', 15), ('monatlich', 20), ('.', 29)] kunde"
    assert runs == [f"{expected} True\n", f"{expected} False\n"]
    assert sorted(path.name.split("-")[-1] for path in tmp_path.iterdir()) == ["lemmas.sqlite", "tokenizer.json"]


def test_an_unwritable_cache_folder_still_tokenizes(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("QDA_CACHE_DIR", str(blocked / "qda"))
    german_rules.cache_clear()
    try:
        assert Lemmas().get("Kunden", "?") == "Kunde"
        assert GermanTokenizer(german_rules())("Die EGV.") == [("Die", 0), ("EGV", 4), (".", 7)]
    finally:
        german_rules.cache_clear()


def test_a_damaged_cache_is_written_again(tmp_path, monkeypatch):
    monkeypatch.setenv("QDA_CACHE_DIR", str(tmp_path))
    german_rules.cache_clear()
    try:
        german_rules()
        Lemmas()
        for path in tmp_path.iterdir():
            path.write_bytes(b"\x00 not what it was")
        german_rules.cache_clear()
        assert GermanTokenizer(german_rules())("Die EGV.") == [("Die", 0), ("EGV", 4), (".", 7)]
        assert Lemmas().get("Kunden", "?") == "Kunde"
        assert all(not path.read_bytes().startswith(b"\x00") for path in tmp_path.iterdir())
    finally:
        german_rules.cache_clear()
