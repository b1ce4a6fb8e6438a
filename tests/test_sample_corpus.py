"""The sample corpus in transcripts/: imports cleanly, covers the plan, reads like distinct protocols,
answers fit their questions, sites state their structural facts consistently, and the generator
(``python -m tools.sample_corpus.make_corpus``) reproduces every committed file byte for byte.
"""

from __future__ import annotations

import csv
import re
import statistics
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from qda.codebook.loader import load_codebook_file
from qda.codebook.store import sync_codebook
from qda.coding.io import import_codings
from qda.ingest import import_paths
from qda.store.schema import documents, segments
from tools.sample_corpus import make_corpus as generator

REPO = Path(__file__).resolve().parent.parent
TRANSCRIPTS = REPO / "transcripts"
PROTOCOLS = TRANSCRIPTS / "protocols"
CODINGS = TRANSCRIPTS / "codings"
CODEBOOK = REPO / "codebooks" / "ejo-implementation.yaml"
MAIN_THEMES = ("interfaces", "profiling", "contact_density", "egv")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"(])|\n")
MIN_SENTENCE = 40


def read_codings(name: str) -> list[dict[str, str]]:
    with open(CODINGS / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """A project with the whole transcripts/ folder imported and the EJO codebook loaded."""
    from qda.project import init_project

    project = init_project(tmp_path_factory.mktemp("sample") / "project")
    report = import_paths(project.engine, [TRANSCRIPTS])
    assert report.failed == []
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(CODEBOOK))
    return project


@pytest.fixture(scope="module")
def corpus_segments(imported):
    with imported.engine.connect() as conn:
        return conn.execute(select(documents.c.doc_key, documents.c.site, documents.c.level, documents.c.role,
                                   documents.c.wave, segments.c.number, segments.c.char_start, segments.c.char_end,
                                   segments.c.kind, segments.c.speaker, segments.c.question, segments.c.text)
                            .join(segments, segments.c.document_id == documents.c.id)
                            .order_by(documents.c.doc_key, segments.c.number)).all()


def test_plan_sites_levels_waves(imported):
    with imported.engine.connect() as conn:
        rows = conn.execute(select(documents.c.doc_key, documents.c.site, documents.c.level,
                                   documents.c.wave, documents.c.role, documents.c.source_format,
                                   documents.c.word_count, documents.c.date,
                                   documents.c.interviewer)).all()
    planned = generator.make_plan(generator.random.Random(generator.SEED))
    assert sorted(row.doc_key for row in rows) == sorted(doc.doc_id for doc in planned)
    assert {row.site for row in rows} == {site.name for site in generator.SITES}
    cells = Counter((row.site, row.level, row.wave) for row in rows)
    for site in generator.SITES:
        assert cells[(site.name, "strategic", 1)] >= 2
        assert cells[(site.name, "operational", 1)] >= 3
        assert cells[(site.name, "client", 1)] == cells[(site.name, "client", 2)] == 2  # the IFK and the client
    assert all(row.date and row.interviewer and row.role for row in rows)
    words = [row.word_count for row in rows]
    assert min(words) >= generator.MIN_WORDS and max(words) <= generator.MAX_WORDS
    assert 700 <= statistics.median(words) <= 1300
    formats = Counter(row.source_format for row in rows)
    assert formats["docx"] == len(generator.DOCX) and formats["txt"] == len(rows) - len(generator.DOCX)


def test_codings_are_keyed_on_segment_spans_and_import_cleanly(imported, corpus_segments):
    code_paths = {code.path for code, _ in load_codebook_file(CODEBOOK).walk()}
    spans = {(row.doc_key, row.char_start, row.char_end) for row in corpus_segments}
    for name in ("coder_a.csv", "coder_b.csv"):
        rows = read_codings(name)
        assert rows and tuple(rows[0]) == generator.CODING_COLUMNS
        assert {row["coder"] for row in rows} == {name[:-4]}
        for row in rows:
            assert (row["document"], int(row["start"]), int(row["end"])) in spans, row  # a whole segment
            assert row["code"] in code_paths, row
        assert len({(r["document"], r["start"], r["code"]) for r in rows}) == len(rows)
    with imported.engine.begin() as conn:
        for name in ("coder_a.csv", "coder_b.csv"):
            report = import_codings(conn, CODINGS / name)
            assert report.imported == report.rows == len(read_codings(name))
        conn.rollback()


def test_coded_segments_are_answers_and_turns_are_split(corpus_segments):
    coded = defaultdict(set)
    for row in read_codings("coder_a.csv"):
        coded[row["document"]].add(int(row["start"]))
    turns = [row for row in corpus_segments if row.kind == "turn"]
    assert {row.doc_key for row in turns} == generator.TURNS
    for row in turns:
        if row.speaker == "I":
            assert row.char_start not in coded[row.doc_key]  # interviewer turns carry no code
    for row in corpus_segments:
        if row.char_start in coded[row.doc_key]:
            assert row.question  # every coded segment sits under a guide question
    assert set(coded) == {row.doc_key for row in corpus_segments}  # every protocol is coded
    themes = Counter(row["code"].split("/")[0] for row in read_codings("coder_a.csv"))
    for theme in MAIN_THEMES:
        assert themes[theme] >= 50


def sentences(text: str) -> list[str]:
    return [" ".join(part.split()) for part in SENTENCE_END.split(text) if part.strip()]


def test_no_sentence_of_40_characters_appears_twice(corpus_segments):
    """Every sentence of 40+ characters occurs once in the whole corpus (interviewer prompts aside:
    they are guide questions)."""
    where: dict[str, list[str]] = defaultdict(list)
    for row in corpus_segments:
        if row.speaker == "I":
            continue
        for sentence in sentences(row.text.removeprefix("B: ")):
            if len(sentence) >= MIN_SENTENCE:
                where[sentence].append(row.doc_key)
    repeated = {sentence: docs for sentence, docs in where.items() if len(docs) > 1}
    assert not repeated, f"{len(repeated)} repeated sentences, e.g. {next(iter(repeated.items()))}"


def test_every_answer_fits_its_guide_question(corpus_segments):
    """coder_a's first code of every answer is one of the codes its question lists, or below one."""
    first_code: dict[tuple[str, int], str] = {}
    for row in read_codings("coder_a.csv"):
        first_code.setdefault((row["document"], int(row["start"])), row["code"])
    by_role = defaultdict(dict)
    for question in generator.QUESTIONS:
        for role in question.roles:
            by_role[role][question.number] = by_role[role][question.text] = question
    role_of = {doc.doc_id: doc.role.key for doc in generator.make_plan(generator.random.Random(generator.SEED))}
    misfits, checked, current = [], 0, None
    for row in corpus_segments:
        questions = by_role[role_of[row.doc_key]]
        if row.speaker == "I":
            current = questions.get(row.text[3:], current)  # the prompt is the question, or a follow-up
            continue
        if row.kind != "turn":
            current = questions.get(row.question)
        code = first_code.get((row.doc_key, row.char_start))
        if code is None:
            continue
        checked += 1
        if current is None or not generator.code_fits(code, current.codes):
            misfits.append((row.doc_key, row.number, code, current and current.number))
    assert checked > 1000
    assert not misfits, f"{len(misfits)} answers do not fit their question, e.g. {misfits[:3]}"


def test_sites_state_their_structural_facts_consistently(corpus_segments):
    """Every answer that states a structural fact (employer-service model, selection variant, one or
    several project teams, specialisation, hand-over rules, EGV form) states the site's value as
    tools/sample_corpus/facts.yaml records it, and each site states its main facts somewhere."""
    patterns, sites = generator.load_facts()
    wrong, stated = [], defaultdict(set)
    for row in corpus_segments:
        if row.speaker == "I":
            continue
        for feature, values in patterns.items():
            holding = generator.facts_holding(sites[row.site][feature], row.level, row.wave)
            for value, regexes in values.items():
                if any(regex.search(row.text) for regex in regexes):
                    stated[row.site].add(feature)
                    if value not in holding:
                        wrong.append((row.doc_key, row.number, feature, value))
    assert not wrong, wrong[:5]
    for site in sites:
        assert {"employer_contact_model", "selection_variant", "project_teams"} <= stated[site], site


def test_coder_agreement_in_intended_band(corpus_segments):
    a_rows, b_rows = read_codings("coder_a.csv"), read_codings("coder_b.csv")
    pairs_a = {(r["document"], r["start"], r["code"]) for r in a_rows}
    pairs_b = {(r["document"], r["start"], r["code"]) for r in b_rows}
    changed = 1 - len(pairs_a & pairs_b) / len(pairs_a)
    assert 0.10 <= changed <= 0.20  # about 12-18 % of coder_a's (segment, code) pairs differ
    units = [(row.doc_key, str(row.char_start)) for row in corpus_segments]
    a, b = presence(a_rows), presence(b_rows)
    for theme in sorted(set(a) | set(b)):
        if len(a[theme]) < 30:
            continue
        observed, kappa = generator.kappa([(unit in a[theme], unit in b[theme]) for unit in units])
        assert observed >= 0.95, theme
        assert 0.70 <= kappa <= 0.99, (theme, kappa)


def presence(rows) -> dict[str, set]:
    found = defaultdict(set)
    for row in rows:
        found[row["code"].split("/")[0]].add((row["document"], row["start"]))
    return found


def test_generator_reproduces_committed_files(tmp_path):
    generator.build(tmp_path, quiet=True)
    committed = sorted(p.relative_to(TRANSCRIPTS) for folder in (PROTOCOLS, CODINGS) for p in folder.rglob("*")
                       if p.is_file())
    generated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert generated == committed
    for relative in committed:
        assert (tmp_path / relative).read_bytes() == (TRANSCRIPTS / relative).read_bytes(), relative
