"""A generated protocol with many segments and seeded codings by several coders."""

from __future__ import annotations

import random
from pathlib import Path

from qda.coding.api import add_coding
from qda.project import Project

SENTENCES = (
    "Die Kunden werden monatlich eingeladen. Zwischendurch gibt es Telefonate.",
    "Die Übergabe aus dem Basisteam läuft z. B. über einen Bogen. Das klappt gut.",
    "Die EGV wird gemeinsam erarbeitet. Sie wird ca. alle 3 Monate angepasst.",
)
CODES = ("interfaces/basisteam", "contact_density", "egv", "interfaces")


def write_protocol(folder: Path, doc_key: str, site: str, level: str, paragraphs: int) -> Path:
    """A protocol with ``paragraphs`` two-sentence segments."""
    body = "\n\n".join(SENTENCES[i % len(SENTENCES)] for i in range(paragraphs))
    path = folder / f"{doc_key}.txt"
    path.write_text(f"---\nid: {doc_key}\nsite: {site}\nlevel: {level}\nrole: IFK\nwave: 1\n---\n{body}\n",
                    encoding="utf-8")
    return path


def seed_codings(project: Project, doc_keys: list[str], coders: list[str], segments: int, seed: int = 7,
                 agree: float = 0.75) -> None:
    """Coder 1 codes at random; the others copy each decision with probability ``agree``."""
    rng = random.Random(seed)
    with project.engine.begin() as conn:
        for doc_key in doc_keys:
            for number in range(1, segments + 1):
                for code in CODES:
                    first = rng.random() < 0.3
                    for index, coder in enumerate(coders):
                        present = first if index == 0 or rng.random() < agree else not first
                        if present:
                            add_coding(conn, doc_key, number, code, coder)
