"""The sample corpus in transcripts/: imports cleanly, covers the plan, and its gold codings fit.

The corpus is generated (``python -m transcripts.make_corpus``); the last test regenerates it into
a temporary folder and compares every file byte for byte with the committed one.
"""

from __future__ import annotations

import csv
import statistics
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qda.codebook.loader import load_codebook_file
from qda.codebook.store import sync_codebook
from qda.coding.io import import_codings
from qda.ingest import import_paths
from qda.store.schema import codings, documents, segments

REPO = Path(__file__).resolve().parent.parent
TRANSCRIPTS = REPO / "transcripts"
PROTOCOLS = TRANSCRIPTS / "protocols"
CODINGS = TRANSCRIPTS / "codings"
CODEBOOK = REPO / "codebooks" / "ejo-implementation.yaml"
SITES = {"Aachen", "Bochum", "Bremen", "Düsseldorf", "Hannover", "Krefeld"}
MAIN_THEMES = ("interfaces", "profiling", "contact_density", "egv")


def read_codings(name: str) -> list[dict[str, str]]:
    with open(CODINGS / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def imported(project):
    """``project`` with the whole transcripts/ folder imported and the EJO codebook loaded."""
    report = import_paths(project.engine, [TRANSCRIPTS])
    assert report.failed == []
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(CODEBOOK))
    return project


def test_plan_sites_levels_waves(imported):
    with imported.engine.connect() as conn:
        rows = conn.execute(select(documents.c.doc_key, documents.c.site, documents.c.level,
                                   documents.c.wave, documents.c.role, documents.c.source_format,
                                   documents.c.word_count, documents.c.date,
                                   documents.c.interviewer)).all()
    assert len(rows) >= 48
    assert {row.site for row in rows} >= SITES
    cells = Counter((row.site, row.level, row.wave) for row in rows)
    for site in SITES:
        assert cells[(site, "strategic", 1)] >= 2
        assert cells[(site, "operational", 1)] >= 3
        assert cells[(site, "client", 1)] >= 2  # the IFK and the client, as a pair
        assert cells[(site, "client", 2)] >= 2
        roles = Counter(row.role for row in rows if row.site == site and row.level == "client")
        assert roles["IFK"] == roles["eLb"] >= 2
    assert all(row.date and row.interviewer and row.role for row in rows)
    words = [row.word_count for row in rows]
    assert min(words) >= 600 and max(words) <= 3000
    assert 700 <= statistics.median(words) <= 1300
    formats = Counter(row.source_format for row in rows)
    assert formats["docx"] >= 5 and formats["txt"] >= 40


def test_codings_reference_documents_segments_and_codes(imported):
    code_paths = {code.path for code, _ in load_codebook_file(CODEBOOK).walk()}
    with imported.engine.connect() as conn:
        known = {(row.doc_key, row.number) for row in conn.execute(
            select(documents.c.doc_key, segments.c.number).join(segments, segments.c.document_id == documents.c.id))}
    for name in ("coder_a.csv", "coder_b.csv"):
        rows = read_codings(name)
        assert rows and list(rows[0]) == ["document", "segment", "code", "coder"]
        assert {row["coder"] for row in rows} == {name[:-4]}
        for row in rows:
            assert (row["document"], int(row["segment"])) in known, row
            assert row["code"] in code_paths, row
        assert len({(r["document"], r["segment"], r["code"]) for r in rows}) == len(rows)
    # and qda itself accepts them
    with imported.engine.begin() as conn:
        for name in ("coder_a.csv", "coder_b.csv"):
            report = import_codings(conn, CODINGS / name)
            assert report.imported == report.rows
    with imported.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(codings)).scalar_one() == \
            len(read_codings("coder_a.csv")) + len(read_codings("coder_b.csv"))


def test_coded_segments_are_answers_and_turns_are_split(imported):
    coded = defaultdict(set)
    for row in read_codings("coder_a.csv"):
        coded[row["document"]].add(int(row["segment"]))
    with imported.engine.connect() as conn:
        rows = conn.execute(select(documents.c.doc_key, segments.c.number, segments.c.kind, segments.c.speaker,
                                   segments.c.question)
                            .join(segments, segments.c.document_id == documents.c.id)).all()
    turns = [row for row in rows if row.kind == "turn"]
    assert len({row.doc_key for row in turns}) >= 2
    for row in turns:
        if row.speaker == "I":
            assert row.number not in coded[row.doc_key]  # interviewer turns carry no code
    for row in rows:
        if row.number in coded[row.doc_key]:
            assert row.question  # every coded segment sits under a guide question
    # every protocol is coded, and the main themes are well represented
    assert set(coded) == {row.doc_key for row in rows}
    themes = Counter(row["code"].split("/")[0] for row in read_codings("coder_a.csv"))
    for theme in MAIN_THEMES:
        assert themes[theme] >= 50


def test_no_paragraph_repeats_across_documents(imported):
    with imported.engine.connect() as conn:
        rows = conn.execute(select(documents.c.doc_key, segments.c.text, segments.c.kind)
                            .join(segments, segments.c.document_id == documents.c.id)).all()
    seen: dict[str, str] = {}
    for row in rows:
        text = " ".join(row.text.split())
        if row.kind == "turn" and text.startswith("I:"):
            continue  # interviewer prompts are guide questions and may recur
        assert text not in seen, f"{row.doc_key} repeats a paragraph of {seen.get(text)}"
        seen[text] = row.doc_key


def _presence(rows) -> dict[str, set]:
    found = defaultdict(set)
    for row in rows:
        found[row["code"].split("/")[0]].add((row["document"], row["segment"]))
    return found


def test_coder_agreement_in_intended_band(imported):
    a_rows, b_rows = read_codings("coder_a.csv"), read_codings("coder_b.csv")
    pairs_a = {(r["document"], r["segment"], r["code"]) for r in a_rows}
    pairs_b = {(r["document"], r["segment"], r["code"]) for r in b_rows}
    changed = 1 - len(pairs_a & pairs_b) / len(pairs_a)
    assert 0.10 <= changed <= 0.20  # about 12-18 % of coder_a's (segment, code) pairs differ
    with imported.engine.connect() as conn:
        units = [(row.doc_key, str(row.number)) for row in conn.execute(
            select(documents.c.doc_key, segments.c.number).join(segments, segments.c.document_id == documents.c.id))]
    a, b = _presence(a_rows), _presence(b_rows)
    for theme in sorted(set(a) | set(b)):
        if len(a[theme]) < 30:
            continue
        n = len(units)
        observed = sum((u in a[theme]) == (u in b[theme]) for u in units) / n
        pa, pb = len(a[theme]) / n, len(b[theme]) / n
        expected = pa * pb + (1 - pa) * (1 - pb)
        kappa = (observed - expected) / (1 - expected)
        assert observed >= 0.95, theme
        assert 0.70 <= kappa <= 0.99, (theme, kappa)


def test_generator_reproduces_committed_files(tmp_path):
    from transcripts.make_corpus import build

    build(tmp_path, quiet=True)
    committed = sorted(p.relative_to(TRANSCRIPTS) for folder in (PROTOCOLS, CODINGS) for p in folder.rglob("*")
                       if p.is_file())
    generated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert generated == committed
    for relative in committed:
        assert (tmp_path / relative).read_bytes() == (TRANSCRIPTS / relative).read_bytes(), relative
