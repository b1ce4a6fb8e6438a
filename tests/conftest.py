"""Shared fixtures: a real project on disk, the CLI runner, a small codebook and protocols.

Every test that needs a database takes ``project`` (a real SQLite file in tmp_path by default;
a fresh database on a throwaway PostgreSQL server with ``QDA_TEST_DB=postgresql``).
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from pg_server import database_url, pg_database, pg_server  # noqa: F401  (fixtures)
from typer.testing import CliRunner

from qda.cli.main import app
from qda.project import Project, init_project


@pytest.fixture(scope="session", autouse=True)
def qda_cache(tmp_path_factory):
    """A cache folder of the session's own (spaCy's German rules and lemmas, see qda.assist.german),
    inherited by the CLI processes tests start, so no test reads or writes the user's."""
    before = os.environ.get("QDA_CACHE_DIR")
    os.environ["QDA_CACHE_DIR"] = str(tmp_path_factory.mktemp("qda-cache"))
    yield
    if before is None:
        del os.environ["QDA_CACHE_DIR"]
    else:
        os.environ["QDA_CACHE_DIR"] = before


MINI_CODEBOOK = """\
name: Mini EJO
language: de
codes:
  - id: interfaces
    label: Schnittstellen
    label_en: Interfaces
    definition: Zusammenarbeit des Projektteams mit anderen Einheiten.
    anchor_examples: ["Die Übergabe aus dem Basisteam läuft reibungslos."]
    coding_rules: Nur wenn die Zusammenarbeit zwischen Einheiten beschrieben wird.
    keywords: [Schnittstelle, Basisteam, Übergabe]
    color: "#1f77b4"
    children:
      - id: basisteam
        label: Basisteam
        definition: Übergabe und Rücküberstellung zwischen Basis- und Projektteam.
        anchor_examples: ["Kunden werden per Übergabebogen überstellt."]
        coding_rules: Nicht für die Leistungsabteilung.
        keywords: [Basisteam, Übergabe, überstellen]
        color: "#4a90d9"
  - id: contact_density
    label: Kontaktdichte
    label_en: Contact density
    definition: Häufigkeit und Dauer der Kontakte.
    anchor_examples: ["Die Kunden werden monatlich eingeladen."]
    coding_rules: Häufigkeit, Dauer und Form der Kontakte.
    keywords: [Kontaktdichte, monatlich, Gespräch]
    color: "#ff7f0e"
  - id: egv
    label: Eingliederungsvereinbarung
    label_en: Integration agreement
    definition: Nutzung der EGV.
    anchor_examples: ["Die EGV wird gemeinsam erarbeitet."]
    coding_rules: Alles zur EGV.
    keywords: [EGV, Eingliederungsvereinbarung]
    color: "#2ca02c"
"""

PROTOCOLS = {
    "BO-OP-IFK-W1.txt": """\
        ---
        id: BO-OP-IFK-W1
        site: Bochum
        level: operational
        role: IFK
        wave: 1
        date: 2024-03-12
        interviewer: INT-01
        ---
        2.2 Wie erfolgt die konkrete Nutzung der zusätzlichen Betreuungszeit?

        Die IFK berichtet, dass die Kunden nur alle drei Monate eingeladen werden können.

        Die Kontaktdichte wird wegen Krankheitsausfällen nicht eingehalten.

        2.2d Wie verändern sich Rolle und Inhalte der Eingliederungsvereinbarung?

        Die EGV ist meist ein Standardtext, der zur Unterschrift vorgelegt wird.
        """,
    "KR-OP-IFK-W1.txt": """\
        ---
        id: KR-OP-IFK-W1
        site: Krefeld
        level: operational
        role: IFK
        wave: 1
        ---
        2.2 Wie erfolgt die konkrete Nutzung der zusätzlichen Betreuungszeit?

        Die Kunden werden monatlich zu einem persönlichen Gespräch eingeladen.

        4.2 Wie funktioniert die Zusammenarbeit zwischen den Basisteams und den Projektteams?

        Die Übergabe aus dem Basisteam läuft über einen Übergabebogen und ist reibungslos.
        """,
    "KR-CL-ELB-W1.txt": """\
        ---
        id: KR-CL-ELB-W1
        site: Krefeld
        level: client
        role: eLb
        wave: 1
        ---
        I: Wie oft sehen Sie Ihre Ansprechpartnerin?
        B: Jeden Monat, und zwischendurch schreibe ich ihr E-Mails.

        Die Kundin schildert, dass die Eingliederungsvereinbarung gemeinsam besprochen wurde.
        """,
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def project(tmp_path: Path, database_url: str | None) -> Project:
    """A fresh, empty project in a temporary folder (its database: see ``database_url``)."""
    created = init_project(tmp_path / "project", database_url=database_url)
    yield created
    created.database.dispose()


@pytest.fixture
def run_cli(project: Project, runner: CliRunner):
    """Run ``qda ARGS...`` against ``project``; returns the click Result."""

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, ["--project", str(project.root), *map(str, args)], input=input)

    return invoke


@pytest.fixture
def mini_codebook(tmp_path: Path) -> Path:
    path = tmp_path / "mini.yaml"
    path.write_text(MINI_CODEBOOK, encoding="utf-8")
    return path


@pytest.fixture
def protocol_dir(tmp_path: Path) -> Path:
    """Three small protocols (two sites, two levels) as .txt with front matter."""
    folder = tmp_path / "protocols"
    folder.mkdir()
    for name, text in PROTOCOLS.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture
def loaded_project(project: Project, protocol_dir: Path, mini_codebook: Path, run_cli) -> Project:
    """``project`` with the three protocols imported and the mini codebook loaded."""
    assert run_cli("import", protocol_dir).exit_code == 0
    assert run_cli("codebook", "load", mini_codebook).exit_code == 0
    return project
