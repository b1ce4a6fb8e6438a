"""Synthetic protocol corpora for benchmarks: German-like protocols of a given size, on disk.

Shared by the benchmarks so that each measures its own stage on the same kind of input.
"""

from __future__ import annotations

import random
from pathlib import Path

SITES = ["Aachen", "Bochum", "Bremen", "Düsseldorf", "Hannover", "Krefeld", "Bremerhaven", "Dortmund",
         "Duisburg", "Gelsenkirchen", "Herne", "Köln", "Mettmann", "Oberhausen", "Rhein-Sieg-Kreis", "Viersen"]
LEVEL_ROLES = {"strategic": ["GF", "PL"], "operational": ["TL-Projektteam", "IFK", "TL-Basisteam", "AG"],
               "client": ["IFK", "eLb"]}
QUESTIONS = ["1.3a", "2.1", "2.2", "2.2a", "2.2b", "2.2d", "2.2x", "3.1", "4.1", "4.2", "4.2a", "X.2"]
WORDS = (
    "Die IFK berichtet dass Kundinnen und Kunden monatlich zu einem persönlichen Gespräch eingeladen "
    "werden Kontaktdichte Eingliederungsvereinbarung EGV Basisteam Projektteam Übergabe Leistungsabteilung "
    "Arbeitgeberservice Profiling Zielberuf Stärken Schwächen Vermittlungsvorschlag Maßnahme Bewerbung "
    "Betreuungsschlüssel Zusammenarbeit Schnittstelle Austausch Teamleitung wöchentlich telefonisch "
    "individuell gemeinsam erarbeitet unterschrieben Standardtext Vorgabe eingehalten nicht immer"
).split()


def protocol_text(rng: random.Random, words: int) -> str:
    """A protocol body of about ``words`` words: question headings and answer paragraphs."""
    parts, written = [], 0
    while written < words:
        question = rng.choice(QUESTIONS)
        parts.append(f"{question} Wie gestaltet sich dieser Bereich in Ihrem Jobcenter?")
        for _ in range(rng.randint(1, 3)):
            length = rng.randint(40, 120)
            sentence = " ".join(rng.choice(WORDS) for _ in range(length))
            parts.append(sentence[0].upper() + sentence[1:] + ".")
            written += length
    return "\n\n".join(parts) + "\n"


def write_corpus(folder: Path, documents: int, words: int, seed: int = 7) -> list[Path]:
    """Write ``documents`` protocols of ~``words`` words into ``folder``; return their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(documents):
        site = SITES[number % len(SITES)]
        level = rng.choice(list(LEVEL_ROLES))
        role = rng.choice(LEVEL_ROLES[level])
        wave = rng.choice([1, 2])
        key = f"D{number:05d}"
        front = (f"---\nid: {key}\nsite: {site}\nlevel: {level}\nrole: {role}\nwave: {wave}\n"
                 f"date: 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\ninterviewer: INT-{rng.randint(1, 5):02d}\n---\n")
        path = folder / f"{key}.txt"
        path.write_text(front + protocol_text(rng, words), encoding="utf-8")
        paths.append(path)
    return paths
