"""Suggestions pinned byte for byte: the speed work on the scoring path must change no result.

The expected files in ``tests/data/assist_reference/`` were written by the scorer as it was before
it was made fast (spaCy ``Doc`` per segment, features as strings). A fixture corpus with German
compounds, inflections, abbreviations, phrases, exclusions, frame text and guide questions is
suggested on (a) with the codebook rules alone and (b) with a model trained on a coder's codings.
A change to rule semantics or the codebook that is meant to change suggestions regenerates them:

    QDA_REGENERATE_REFERENCE=1 python -m pytest tests/test_assist_reference.py
"""

from __future__ import annotations

import hashlib
import json
import os
import textwrap
from pathlib import Path

import numpy
import pytest
from assist_helpers import code_gold, write_protocols
from sqlalchemy import select

from qda.assist import api
from qda.assist.engine import SegmentText, run
from qda.assist.store import latest_model, load_model
from qda.ingest import import_paths
from qda.store.schema import segments

EXPECTED = Path(__file__).parent / "data" / "assist_reference"
REGENERATE = os.environ.get("QDA_REGENERATE_REFERENCE") == "1"

CODEBOOK = """\
name: Referenz
language: de
codes:
  - id: interfaces
    label: Schnittstellen
    definition: Zusammenarbeit mit anderen Einheiten.
    keywords: [Schnittstelle, Zusammenarbeit, Absprache, kurzer Dienstweg, Informationsfluss]
    exclude: [Teambesprechung im Projektteam]
    questions: ["4.1", "4.2", "4.2a"]
    children:
      - id: basisteam
        label: Basisteam
        definition: Übergabe zwischen Basis- und Projektteam.
        keywords: [Basisteam, Übergabe, überstellen, Rücküberstellung, Übergabebogen]
        exclude: [Übergabe an den Träger]
        questions: ["4.2", "4.2a"]
      - id: arbeitgeberservice
        label: Arbeitgeberservice
        definition: Zusammenarbeit mit dem AG-S.
        keywords: [AG-S, Arbeitgeberservice, 4PM, Stellenangebot]
        questions: ["4.5"]
  - id: contact_density
    label: Kontaktdichte
    definition: Häufigkeit und Dauer der Kontakte.
    keywords: [Kontaktdichte, monatlich, Gespräch, Termin, Beratungsgespräch]
    questions: ["2.2"]
  - id: egv
    label: Eingliederungsvereinbarung
    definition: Nutzung der EGV.
    keywords: [EGV, Eingliederungsvereinbarung, Kooperationsplan, Unterschrift]
    exclude: [ohne EGV]
    questions: ["2.2d"]
  - id: profiling
    label: Profiling
    definition: Profiling nach dem Vier-Phasen-Modell.
    keywords: [Profiling, Profillage, Stärkenorientierung, Vier-Phasen-Modell, Potenzialanalyse]
    questions: ["3.1", "3.2"]
"""

HANDMADE = {
    "BO-OP-IFK-W1.txt": """\
        ---
        id: BO-OP-IFK-W1
        site: Bochum
        level: operational
        role: IFK
        wave: 1
        ---
        1.1 Einstieg

        Das Interview fand am 12.03.2024 in den Räumen des Jobcenters statt und dauerte 90 Minuten.

        Vielen Dank, dass Sie sich Zeit nehmen. Wie lange sind Sie schon im Haus?

        2.2 Wie erfolgt die konkrete Nutzung der zusätzlichen Betreuungszeit?

        Die Kontaktdichtevorgaben und die Mindestkontaktdichte gelten für alle. Nach zwei Gesprächen \
mit den Kundinnen ging es auf dem kurzen Dienstweg weiter; Termine finden monatlich statt.

        I: Wie oft sehen Sie Ihre Ansprechpartnerin?

        B: Jeden Monat, und zwischendurch schreibe ich ihr E-Mails (ca. 3-4 pro Woche), z. B. \
zur Terminvereinbarung.

        2.2d Wie verändern sich Rolle und Inhalte der Eingliederungsvereinbarung?

        Die EGV ist meist ein Standardtext, der zur Unterschrift vorgelegt wird. EGVs werden selten \
fortgeschrieben, die EGV-Fortschreibung erfolgt nur bei Bedarf. Es geht auch ohne EGV.

        Die Eingliederungsvereinbarungen wurden 2023 durch den Kooperationsplan ersetzt – "endlich", \
sagt die IFK.
        """,
    "KR-ST-TL-W2.txt": """\
        ---
        id: KR-ST-TL-W2
        site: Krefeld
        level: strategic
        role: TL
        wave: 2
        ---
        4.2 Wie funktioniert die Schnittstelle zum Basisteam?

        Die Übergabe aus dem Basisteam läuft über einen Übergabebogen; Rücküberstellungen sind selten. \
Die Übergabe an den Träger regelt ein eigener Vertrag.

        Der Ansprechpartner im Basisteam ist bekannt, die Partnerschaft mit dem Träger besteht seit \
Jahren. Kund*innen werden überstellt, wenn die Profillage passt.

        4.2a Wo gibt es Reibungen?

        In der Teambesprechung im Projektteam wird die Zusammenarbeit besprochen. Absprachen laufen \
meist informell, der Informationsfluss stockt manchmal.

        4.5 Arbeitgeberservice

        Der AG-S-Koordinator stellt Stellenangebote bereit; die 4PM-Logik und der AG-S helfen dabei. \
Das Arbeitgeberservice-Team ist klein.

        3.1 Profiling

        Das Profiling folgt dem Vier-Phasen-Modell, die Profillagenwechsel werden dokumentiert. \
Die Potenzialanalysen und die Stärkenorientierung sind neu. Übergabegespräche gibt es auch.

        Auf Wiedersehen und danke!
        """,
}


@pytest.fixture
def corpus(project, tmp_path, run_cli):
    """Handmade protocols and eight generated ones, the reference codebook loaded; the gold codes."""
    folder = tmp_path / "reference"
    gold = write_protocols(folder, documents=8, seed=5)
    for name, text in HANDMADE.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    import_paths(project.engine, [folder])
    codebook = tmp_path / "reference.yaml"
    codebook.write_text(CODEBOOK, encoding="utf-8")
    assert run_cli("codebook", "load", codebook).exit_code == 0
    return gold


def suggestions_csv(run_cli, *options: str) -> str:
    result = run_cli("suggest", "--format", "csv", *options)
    assert result.exit_code == 0, result.output
    return result.stdout


def scored_lines(project, min_score: float | None) -> str:
    """Every segment's suggestions and its uncertainty (rounded past any summation-order noise)."""
    scoring = api.engine(project)
    with project.engine.connect() as conn:
        rows = conn.execute(select(segments.c.id, segments.c.text, segments.c.question).order_by(segments.c.id))
        texts = [SegmentText(row.id, row.text, row.question) for row in rows]
    return "".join(json.dumps([scored.segment_id, round(scored.uncertainty, 9),
                               [[s.code, s.score, s.suggester, s.evidence] for s in scored.suggestions]],
                              ensure_ascii=False) + "\n"
                   for scored in run(scoring, texts, min_score, 1))


def model_digest(project) -> str:
    """The trained classifier and calibrators: vocabulary, idf and weights to 9 places."""
    with project.engine.connect() as conn:
        model = load_model(latest_model(conn, None))
    classifier = model.classifier
    parts = ["\n".join(classifier.vocabulary), numpy.round(classifier.idf, 9).tobytes(),
             numpy.round(classifier.weights.astype("float64"), 9).tobytes(),
             numpy.round(classifier.intercepts, 9).tobytes(),
             json.dumps({kind: cal.as_dict() for kind, cal in model.calibrators.items()}, sort_keys=True)]
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
    return f"{len(classifier.vocabulary)} features, {digest.hexdigest()}\n"


def check(name: str, actual: str) -> None:
    path = EXPECTED / name
    if REGENERATE:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from the pinned reference"


def train_on_five(project, corpus) -> None:
    """A model trained on anna's gold codings of the first five protocols."""
    code_gold(project.engine, corpus, "anna", documents={f"T{n:02d}-OP-IFK-W1" for n in range(5)})
    api.train(project, "anna", seed=2)


def test_rules_only_suggestions_are_unchanged(project, corpus, run_cli):
    check("rules.csv", suggestions_csv(run_cli))
    check("rules-low.csv", suggestions_csv(run_cli, "--min-score", "0.05"))
    check("rules-scored.jsonl", scored_lines(project, 0.05))


def test_trained_suggestions_and_model_are_unchanged(project, corpus, run_cli):
    train_on_five(project, corpus)
    check("trained-model.txt", model_digest(project))
    check("trained.csv", suggestions_csv(run_cli))
    check("trained-low.csv", suggestions_csv(run_cli, "--min-score", "0.05"))
    check("trained-scored.jsonl", scored_lines(project, 0.05))


def test_word_forms_forgotten_between_batches_change_nothing(project, corpus, monkeypatch):
    """The per-form caches start over past their limit (here: every batch of four segments)."""
    train_on_five(project, corpus)
    monkeypatch.setattr("qda.assist.tokens.FORM_LIMIT", 5)
    monkeypatch.setattr("qda.assist.engine.BATCH", 4)
    api._ENGINES.clear()
    check("trained-scored.jsonl", scored_lines(project, 0.05))
