"""Compose the synthetic sample corpus: German interview protocols and gold codings by two coders.

Run from the repository root::

    python -m tools.sample_corpus.make_corpus            # writes transcripts/protocols and transcripts/codings
    python -m tools.sample_corpus.make_corpus --out DIR  # same files into DIR (the tests compare them)

Everything is deterministic (seed 2026): running it again gives byte-identical files. The texts are
composed from the hand-written passage bank in ``bank/<theme>.yaml`` and the site facts in
``facts.yaml``; nothing here is taken from real interviews. How a protocol is made, the passage
format and the limits: README.md in this folder.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import random
import re
import statistics
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TRANSCRIPTS = REPO / "transcripts"
BANK = HERE / "bank"
FACTS = HERE / "facts.yaml"
LEVELS = ("strategic", "operational", "client")
SEED = 2026
CODEBOOK = REPO / "codebooks" / "ejo-implementation.yaml"
STANCES = ("good", "bad", "neutral")
MIN_WORDS, MAX_WORDS = 600, 3000
DISAGREEMENT = 0.18  # share of (segment, code) pairs coder_b handles differently
MAIN_THEMES = ("interfaces", "profiling", "contact_density", "egv")
CODING_COLUMNS = ("document", "start", "end", "code", "coder")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"(])|\n")
MIN_SENTENCE = 40  # no sentence this long appears twice in the corpus
STRUCTURE_ROLES = ("PL", "TLPT")  # every site's PL and project team lead state its structure (weighted passages)
MAX_PER_DOC = {"client_situation": 1}  # one account of the client's background per protocol


@dataclass(frozen=True)
class Passage:
    """One answer paragraph of the bank and its gold codes (format: README.md here)."""

    codes: tuple[str, ...]
    text: str
    levels: tuple[str, ...] = LEVELS
    stance: str = "neutral"  # good | bad | neutral: matched against the site's profile for the theme
    alt: tuple[str, ...] = ()  # codes a second coder plausibly gives instead (neighbour codes)
    answers: tuple[str, ...] = ()  # numbers of the ``tagged`` questions this passage answers
    weight: int = 1  # how much more often than others it is drawn (statements of site structure)

    @property
    def theme(self) -> str:
        return self.codes[0].split("/")[0]

# ------------------------------------------------------------------------------------------ sites


@dataclass(frozen=True)
class Site:
    code: str
    name: str
    folder: str
    slots: dict
    client_gender: str  # f | m: the client followed in the Intensivfallstudie
    # (code prefix, levels or None, waves or None, stance); the first matching rule wins
    profile: tuple


def _rules(*rules):
    return tuple(rules)


ALL = None
SITES = (
    Site("KR", "Krefeld", "krefeld",
         {"n_ifk": "zwölf", "ratio": "1:100", "interval": "alle vier Wochen", "duration": "45 bis 60 Minuten"},
         "f",
         _rules(
             ("contact_density", ALL, ALL, "good"),
             ("egv", ALL, ALL, "good"),
             ("interfaces", ALL, ALL, "good"),
             ("profiling", ALL, ALL, "good"),
             ("staffing", ALL, ALL, "good"),
             ("allocation", ALL, ALL, "good"),
             ("client_view", ALL, ALL, "good"),
             ("ifk_role", ALL, ALL, "good"),
             ("placement", ALL, ALL, "good"),
             ("goals", ALL, ALL, "good"),
         )),
    Site("BO", "Bochum", "bochum",
         {"n_ifk": "vierzehn", "ratio": "1:100", "interval": "alle vier Wochen", "duration": "30 bis 45 Minuten"},
         "m",
         _rules(
             ("contact_density", ALL, (1,), "bad"),
             ("contact_density", ALL, (2,), "good"),
             ("staffing", ALL, (1,), "bad"),
             ("staffing", ALL, (2,), "good"),
             ("egv", ALL, ALL, "bad"),
             ("profiling", ALL, ALL, "good"),
             ("client_view", ALL, (1,), "bad"),
             ("client_view", ALL, (2,), "good"),
             ("goals", ALL, (1,), "bad"),
         )),
    Site("HB", "Bremen", "bremen",
         {"n_ifk": "zehn", "ratio": "1:100", "interval": "alle drei bis vier Wochen", "duration": "45 Minuten"},
         "f",
         _rules(
             ("interfaces/basisteam", ALL, (1,), "bad"),
             ("interfaces/basisteam", ALL, (2,), "good"),
             ("allocation", ALL, (1,), "bad"),
             ("contact_density", ALL, ALL, "good"),
             ("profiling", ALL, ALL, "good"),
             ("client_view", ALL, ALL, "good"),
         )),
    Site("HA", "Hannover", "hannover",
         {"n_ifk": "sechzehn", "ratio": "1:100", "interval": "einmal im Monat", "duration": "45 bis 60 Minuten"},
         "m",
         _rules(
             ("interfaces", ALL, ALL, "good"),
             ("placement", ALL, ALL, "good"),
             ("contact_density", ALL, ALL, "good"),
             ("profiling", ALL, ALL, "good"),
             ("client_view", ALL, ALL, "good"),
             ("ifk_role", ALL, ALL, "good"),
         )),
    Site("DS", "Düsseldorf", "duesseldorf",
         {"n_ifk": "achtzehn", "ratio": "1:100", "interval": "alle vier Wochen", "duration": "30 bis 60 Minuten"},
         "m",
         _rules(
             ("profiling", ALL, ALL, "bad"),
             ("controlling", ALL, ALL, "good"),
             ("contact_density", ALL, ALL, "good"),
             ("egv", ALL, ALL, "good"),
         )),
    Site("AC", "Aachen", "aachen",
         {"n_ifk": "elf", "ratio": "1:100", "interval": "monatlich", "duration": "60 Minuten"},
         "f",
         _rules(
             ("contact_density", ("strategic",), ALL, "good"),
             ("contact_density", ("client",), ALL, "bad"),
             ("egv", ("strategic",), ALL, "good"),
             ("egv", ("client",), ALL, "bad"),
             ("client_view", ALL, ALL, "bad"),
             ("ifk_role", ("strategic",), ALL, "good"),
             ("ifk_role", ("client",), ALL, "bad"),
             ("interfaces/basisteam", ALL, ALL, "bad"),  # no hand-over rules
         )),
)
SITE_BY_CODE = {site.code: site for site in SITES}
SLOTS = ("site", "n_ifk", "ratio", "interval", "duration", "employer_contact", "selection", "teams", "actual_interval",
         "handover", "egv_form")


def site_stance(site: Site, code: str, level: str, wave: int) -> str:
    """good | bad | mixed: what the site's profile says about ``code`` at this level and wave."""
    for prefix, levels, waves, stance in site.profile:
        if (code == prefix or code.startswith(prefix + "/")) and (levels is None or level in levels) \
                and (waves is None or wave in waves):
            return stance
    return "mixed"


# ------------------------------------------------------------------------------ roles and plan


@dataclass(frozen=True)
class Role:
    key: str
    level: str
    label: str  # the ``role`` metadata value
    id_part: str
    speakers: tuple  # speaker classes a paragraph may be told by (see speaker())


ROLES = {
    "GF": Role("GF", "strategic", "GF", "ST-GF", ("GF",)),
    "PL": Role("PL", "strategic", "PL", "ST-PL", ("PL",)),
    "TLPT": Role("TLPT", "operational", "TL Projektteam", "OP-TLPT", ("TL", "TLPT")),
    "IFK": Role("IFK", "operational", "IFK", "OP-IFK", ("IFK",)),
    "TLBT": Role("TLBT", "operational", "TL Basisteam", "OP-TLBT", ("TL", "TLBT")),
    "TLLT": Role("TLLT", "operational", "TL Leistung", "OP-TLLT", ("TL", "TLLT")),
    "AGS": Role("AGS", "operational", "AG-S", "OP-AGS", ("AGS",)),
    "CIFK": Role("CIFK", "client", "IFK", "CL-IFK", ("IFK",)),
    "ELB": Role("ELB", "client", "eLb", "CL-ELB", ("ELB",)),
}

BASE_PLAN = (("GF", 1), ("PL", 1), ("TLPT", 1), ("IFK", 1), ("TLBT", 1), ("CIFK", 1), ("ELB", 1),
             ("CIFK", 2), ("ELB", 2))
EXTRA_PLAN = {"BO": (("TLLT", 1), ("IFK", 2)), "HA": (("AGS", 1),), "HB": (("TLPT", 2),)}
DOCX = {"KR-ST-GF-W1", "BO-OP-TLLT-W1", "HB-ST-PL-W1", "DS-OP-TLPT-W1", "HA-OP-AGS-W1",
        "AC-ST-GF-W1", "HA-CL-IFK-W1"}
TURNS = {"KR-CL-ELB-W1", "BO-CL-ELB-W2", "AC-CL-ELB-W1"}
LONG = {"HA-ST-PL-W1", "DS-OP-IFK-W1", "KR-OP-TLPT-W1", "BO-OP-IFK-W1"}  # longer interviews
INTERVIEWERS = {"KR": ("INT-01", "INT-03"), "BO": ("INT-02", "INT-05"), "HB": ("INT-04", "INT-06"),
                "HA": ("INT-03", "INT-04"), "DS": ("INT-01", "INT-06"), "AC": ("INT-02", "INT-05")}
WAVE_MONTHS = {1: ((2013, 10), (2013, 11), (2013, 12), (2014, 1)), 2: ((2014, 9), (2014, 10), (2014, 11))}


@dataclass
class Doc:
    doc_id: str
    site: Site
    role: Role
    wave: int
    date: str
    interviewer: str
    fmt: str  # txt | docx
    speaker_gender: str
    client_gender: str | None
    turns: bool = False
    intro: str = ""
    paragraphs: list = field(default_factory=list)  # (kind, text, codes, passage) kind: heading|intro|para|turns

    @property
    def level(self) -> str:
        return self.role.level

    @property
    def path(self) -> Path:
        return Path("protocols") / self.site.folder / f"{self.doc_id}.{self.fmt}"


# -------------------------------------------------------------------------------- guide questions


@dataclass(frozen=True)
class Question:
    number: str
    text: str
    roles: tuple
    codes: tuple  # code paths; a passage fits if its first code is one of these or below one
    waves: tuple = (1, 2)
    tagged: bool = False  # answered only by passages that name this question in ``answers``


STRATEGIC = ("GF", "PL")
OP_TL = ("TLPT", "TLBT", "TLLT")
OP_ALL = ("TLPT", "TLBT", "TLLT", "IFK", "AGS")
OP_CORE = ("TLPT", "TLBT", "IFK")

QUESTIONS = (
    # strategic level, guide A.1.2 (Jobcenter GF/PL): the GF speaks of goals, governance and steering,
    # the PL of how the project works day to day; a few questions go to both
    Question("1.1", "Was waren die Gründe für die Durchführung der Erweiterten Joboffensive (EJO)?",
             ("GF",), ("goals/expectations",)),
    Question("1.3", "Welche Ziele stehen aus Sicht der verschiedenen Akteure im Vordergrund der EJO?",
             ("GF",), ("goals/objectives", "goals")),
    Question("1.4", "Welche Rolle spielen BA-Zentrale, RD, Agentur, Land und Kommune in der Umsetzung?",
             ("GF",), ("controlling/governance",)),
    Question("1.5", "Wie wird die bisherige Umsetzung von 4PM in Ihrem Jobcenter bewertet?",
             STRATEGIC, ("profiling",)),
    Question("1.6", "Welche Erwartungen gibt es an die Joboffensive?",
             ("GF",), ("goals/expectations", "goals")),
    Question("2.1", "Welche Erwartungen und Vorstellungen gibt es im Hinblick auf die konkrete Nutzung der "
             "zusätzlichen Betreuungszeit?", ("PL",), ("contact_density",)),
    Question("2.2", "Welche Vorstellungen werden in Ihrem Jobcenter mit einer stärker individualisierten "
             "Betreuung und Vermittlung verbunden?", ("PL",), ("ifk_role", "profiling")),
    Question("2.2d", "Wie verändern sich Rolle und Inhalte der Eingliederungsvereinbarung?", ("PL",), ("egv",)),
    Question("2.3", "Wie erfolgte die Personalauswahl für die EJO in Ihrem Jobcenter?",
             STRATEGIC, ("staffing/recruitment", "=staffing")),
    Question("3.1", "Welche Bedeutung haben Maßnahmen bei der Umsetzung der EJO?", STRATEGIC, ("measures",)),
    Question("4.1", "Inwiefern spielt die Zusammenarbeit mit der Leistungssachbearbeitung eine Rolle bei der "
             "Umsetzung der EJO?", ("GF",), ("interfaces/leistung",)),
    Question("4.2", "Wie funktioniert die Zusammenarbeit zwischen den Basisteams und den Projektteams?",
             STRATEGIC, ("interfaces/basisteam", "=interfaces", "allocation")),
    Question("4.3", "Welche Rolle spielen Probleme von Kundinnen und Kunden im persönlichen Bereich oder in "
             "der Bedarfsgemeinschaft?", ("PL",), ("interfaces/fachdienste",)),
    Question("4.4", "Welchen Stellenwert hat die Zusammenarbeit mit externen Netzwerkpartnern?",
             ("GF",), ("interfaces/netzwerk",)),
    Question("5.1", "Welche Vermittlungsstrategien werden im Rahmen der EJO gewählt?",
             ("PL",), ("placement", "interfaces/arbeitgeberservice")),
    Question("6.1", "Welche Rolle spielt die EJO in der Binnensteuerung des Jobcenters?",
             ("GF",), ("controlling/kpi_monitoring", "controlling/governance", "=controlling")),
    Question("6.2", "Wie wird die Qualität der Vermittlung im Rahmen der EJO gesichert?",
             ("PL",), ("controlling/quality_assurance",)),
    Question("6.5", "Welcher Prozess der Nachsteuerung ist vorgesehen, und gibt es dazu bereits Erfahrungen?",
             ("GF",), ("controlling/readjustment",)),
    Question("6.6", "Gibt es Anzeichen für eine Veränderung der Qualität der Arbeit in den Basisteams?",
             ("PL",), ("interfaces/basisteam",)),
    # operational level, Generalleitfaden A.2.1
    Question("1.3a/1.6", "Was sind aus Ihrer Sicht die konkreten Ziele der EJO, und haben sich Ihre "
             "Erwartungen erfüllt?", OP_ALL, ("goals",)),
    Question("1.3b", "Wie wurden die qualitativen und quantitativen Ziele im Haus und in Ihr Team "
             "kommuniziert?", ("TLPT", "TLBT", "TLLT", "IFK"), ("goals/objectives", "controlling/kpi_monitoring")),
    Question("X.2", "Wie hat sich die Zuweisungspraxis im Laufe der EJO verändert?", OP_CORE, ("allocation",)),
    Question("2.1", "Welche Vorgaben und Handlungsfreiheiten gibt es zu Betreuungszeiten und Kontaktdichte?",
             OP_CORE, ("contact_density",)),
    Question("2.2", "Wie erfolgt die konkrete Nutzung der zusätzlichen Betreuungszeit?",
             OP_CORE, ("contact_density",)),
    Question("2.2a", "Inwiefern führt die EJO zu einer Veränderung des Betreuungs- und Vermittlungsprozesses?",
             ("TLPT", "IFK"), ("ifk_role", "placement", "profiling", "client_view")),
    Question("2.2b", "Wie verändern sich Rolle und Inhalte der Gespräche?",
             ("TLPT", "IFK"), ("ifk_role/conversation", "contact_density/duration", "profiling/potential_analysis")),
    Question("2.2x", "Inwiefern hat sich die Nutzung von 4PM und VerBIS durch die zusätzliche Betreuungszeit "
             "verändert?", ("TLPT", "IFK"), ("profiling",)),
    Question("2.2c", "Was ist Ihr Selbstverständnis als IFK?", ("IFK",), ("ifk_role",)),
    Question("2.2d", "Wie verändern sich Rolle und Inhalte der Eingliederungsvereinbarung?",
             ("TLPT", "IFK"), ("egv",)),
    Question("2.2e", "Welche Auswirkungen hat die EJO auf die Leistungssachbearbeitung?",
             ("TLLT",), ("interfaces/leistung",)),
    Question("2.3", "Warum und wie sind Sie in der Joboffensive gelandet?", ("TLPT", "TLBT", "IFK"),
             ("staffing/recruitment",)),
    Question("2.3", "Wurde im Zuge der EJO zusätzliches Personal in der Leistungssachbearbeitung eingestellt?",
             ("TLLT",), ("staffing",)),
    Question("2.3a", "Welche Qualifizierungsangebote gab es zur EJO für die IFK?", ("TLPT", "IFK"),
             ("staffing/training",)),
    Question("3.1", "Welche Bedeutung haben Maßnahmen bei der Umsetzung der EJO?", OP_CORE, ("measures",)),
    Question("3.2", "Wie wird der kontinuierliche Kontakt zu Kundinnen, Kunden und Trägern während einer "
             "Maßnahme gewährleistet?", ("TLPT", "IFK"), ("measures/provider_contact",)),
    Question("4.1", "Wie gestaltet sich die Zusammenarbeit zwischen der Leistungssachbearbeitung und dem "
             "EJO-Team?", ("TLPT", "TLLT", "IFK"), ("interfaces/leistung",)),
    Question("4.2", "Wie funktioniert die Zusammenarbeit zwischen den Basisteams und den Projektteams?",
             OP_CORE, ("interfaces/basisteam", "=interfaces")),
    Question("4.2a", "Werden von den Basisteams genügend und geeignete Kundinnen und Kunden an die "
             "Projektteams überstellt?", ("TLPT", "TLBT"), ("allocation/client_mix", "contact_density/caseload")),
    Question("4.2b", "Wie gestaltet sich die Rücküberstellung von Kundinnen und Kunden in die Basisteams?",
             OP_CORE, ("interfaces/basisteam",)),
    Question("4.3", "Welche Rolle spielen Probleme von Kundinnen und Kunden im persönlichen Bereich?",
             ("TLPT", "IFK"), ("interfaces/fachdienste", "client_situation")),
    Question("4.4", "Welchen Stellenwert hat die Zusammenarbeit mit externen Netzwerkpartnern?",
             ("TLPT", "IFK"), ("interfaces/netzwerk",)),
    Question("4.5", "Wie funktioniert die Zusammenarbeit zwischen Projektteam, Basisteams und "
             "Arbeitgeberservice?", ("TLPT", "IFK", "AGS"), ("interfaces/arbeitgeberservice",)),
    Question("5.1", "Welche Vermittlungsstrategien werden im Rahmen der EJO gewählt?", ("TLPT", "IFK", "AGS"),
             ("placement", "interfaces/arbeitgeberservice")),
    Question("5.2", "Inwiefern haben sich durch die EJO die Vermittlungs- und Akquisestrategien verändert?",
             ("TLPT", "IFK", "AGS"), ("placement/employer_contact", "interfaces/arbeitgeberservice")),
    Question("5.4", "Welche Hilfestellungen werden bei Eigenbemühungen gegeben?", ("TLPT", "IFK"),
             ("placement/application_support",)),
    Question("5.6", "Verändern sich Zahl und Passgenauigkeit der Vermittlungsvorschläge?",
             ("TLPT", "IFK", "AGS"), ("placement/job_offers",)),
    Question("5.7", "Gibt es Aktivitäten zur Steigerung der Qualität der Integrationen?",
             ("TLPT", "IFK", "AGS"), ("placement/aftercare",)),
    Question("5.8", "Inwieweit ist es durch die EJO zu mehr oder schnelleren Integrationen gekommen?",
             ("TLLT", "IFK"), ("goals/objectives",), tagged=True),
    Question("6.1", "Welche Rolle spielt die EJO in der Binnensteuerung des Jobcenters?",
             ("TLPT", "TLLT"), ("controlling/kpi_monitoring", "=controlling")),
    Question("6.2", "Wie wird die Qualität der Vermittlung im Rahmen der EJO gesichert?", ("TLPT",),
             ("controlling/quality_assurance",)),
    Question("6.3", "Gibt es besondere Ansprüche an die fachaufsichtliche Führung?", ("TLPT", "IFK"),
             ("controlling/quality_assurance", "controlling/kpi_monitoring")),
    Question("6.4b", "Gibt es bereits jetzt Ansatzpunkte zur Verbesserung der Umsetzung der EJO?", OP_ALL,
             ("controlling/readjustment",)),
    Question("6.5", "Welcher Prozess der Nachsteuerung ist vorgesehen?", OP_ALL, ("controlling/readjustment",)),
    Question("6.5a", "Haben sich seit Beginn der EJO die Rahmenbedingungen für das Projekt verändert?", OP_ALL,
             ("controlling/readjustment", "staffing/absence")),
    Question("6.6", "Gibt es Anzeichen für eine Verschlechterung oder Verbesserung der Arbeit in den "
             "Basisteams?", OP_CORE, ("interfaces/basisteam",)),
    # client level, guide A.3.1: the IFK about one client
    Question("1.1", "Welchen beruflichen Hintergrund hat der Kunde oder die Kundin?", ("CIFK",),
             ("client_situation",), (1,)),
    Question("1.2", "Wie ist die familiäre Situation?", ("CIFK",), ("client_situation",), (1,)),
    Question("2.1", "Welche Arbeitsmarktperspektive hat der Kunde oder die Kundin?", ("CIFK",),
             ("profiling", "allocation")),
    Question("2.2", "Welche Handlungsbedarfe gibt es?", ("CIFK",), ("profiling", "interfaces/fachdienste",
                                                                   "interfaces/netzwerk")),
    Question("2.3", "Gab es einen Profilwechsel? Falls ja, warum?", ("CIFK",), ("profiling/profile_categories",)),
    Question("3.1", "Welche Strategie soll angewendet werden?", ("CIFK",),
             ("profiling/strategy_selection", "placement", "measures", "interfaces")),
    Question("3.2", "Welche Themen werden in den Gesprächen angesprochen?", ("CIFK",),
             ("ifk_role/conversation", "contact_density", "egv")),
    Question("3.3", "Was wird von dem Kunden oder der Kundin erwartet?", ("CIFK",),
             ("egv", "placement/application_support")),
    Question("3.4", "Welches Kunden-Vermittler-Verhältnis soll aufgebaut werden?", ("CIFK",),
             ("ifk_role/relationship", "ifk_role", "staffing/absence")),
    Question("3.5", "Was sind die konkreten nächsten Schritte?", ("CIFK",),
             ("profiling/follow_up", "measures", "contact_density/frequency")),
    # client level, guide A.3.2: the client
    Question("1.1", "Was haben Sie beruflich zuletzt gemacht?", ("ELB",), ("client_situation",), (1,)),
    Question("1.3", "Wie kam es dazu, dass Sie arbeitslos geworden sind?", ("ELB",), ("client_situation",), (1,)),
    Question("1.4", "Können Sie mir noch etwas zu Ihrer familiären Situation sagen?", ("ELB",),
             ("client_situation",), (1,)),
    Question("2.1", "Seit wann sind Sie aktuell Kundin oder Kunde des Jobcenters?", ("ELB",),
             ("client_situation", "interfaces/basisteam"), (1,)),
    Question("2.3", "Welche Art der Unterstützung erwarten Sie grundsätzlich vom Jobcenter?", ("ELB",),
             ("client_view",)),
    Question("3.1", "Wurde Ihnen gesagt, dass Sie wegen der Joboffensive intensiver unterstützt werden?",
             ("ELB",), ("client_view/perceived_change", "client_view")),
    Question("4.1", "Haben Sie inzwischen häufiger Termine im Jobcenter?", ("ELB",),
             ("contact_density/frequency", "contact_density/compliance")),
    Question("4.2", "Wie lief das erste Gespräch mit Ihrem jetzigen Vermittler ab?", ("ELB",),
             ("contact_density/duration", "ifk_role/conversation", "profiling/potential_analysis")),
    Question("4.3", "Wie wurde der Zielberuf festgelegt?", ("ELB",), ("profiling/target_occupation",)),
    Question("4.5", "Gab es in dem ersten Gespräch konkrete Vermittlungsvorschläge?", ("ELB",),
             ("placement/job_offers",)),
    Question("4.6", "Welche Probleme sehen Sie bei sich selbst im Hinblick auf einen Job?", ("ELB",),
             ("profiling/potential_analysis", "interfaces/netzwerk", "interfaces/fachdienste")),
    Question("4.7", "Was haben Sie mit dem Vermittler in Bezug auf Ihre nächsten Schritte vereinbart?",
             ("ELB",), ("profiling/follow_up", "profiling/strategy_selection")),
    Question("4.8", "Wurde mit Ihnen eine Eingliederungsvereinbarung abgeschlossen?", ("ELB",), ("egv",)),
    Question("4.9", "Wie viele Gespräche im Jobcenter hatten Sie seit Ihrem ersten Gespräch?", ("ELB",),
             ("contact_density/frequency", "contact_density/duration", "egv/updating", "egv/steering")),
    Question("4.10", "Hatten Sie zwischen den persönlichen Gesprächen Kontakt mit Ihrem Vermittler?", ("ELB",),
             ("contact_density/contact_forms",)),
    Question("4.11", "Wurden Sie schon einmal zu Gruppenveranstaltungen eingeladen?", ("ELB",),
             ("measures", "contact_density/contact_forms")),
    Question("5.1", "Was haben Sie selbst unternommen, um einen Job zu finden?", ("ELB",),
             ("placement/application_support", "placement")),
    Question("5.2", "Welche Hilfe haben Sie konkret von Ihrem Vermittler bekommen?", ("ELB",),
             ("placement/application_support", "placement/employer_contact")),
    Question("5.3", "Gab es Hilfestellungen durch Andere?", ("ELB",),
             ("interfaces/netzwerk", "measures/provider_contact", "measures")),
    Question("5.4", "Sind auch zwischen Ihren Terminen Vermittlungsvorschläge bei Ihnen eingegangen?", ("ELB",),
             ("placement/job_offers",)),
    Question("5.6", "Waren Sie in der Sprechstunde oder bei einer Veranstaltung des Arbeitgeberservice?",
             ("ELB",), ("interfaces/arbeitgeberservice",)),
    Question("6.0", "Was hat sich aus Ihrer Sicht im Vergleich zu früher in der Betreuung geändert?", ("ELB",),
             ("client_view/perceived_change", "staffing/absence")),
    Question("6.2", "Hat sich an der Betreuung seit dem letzten Interview etwas geändert?", ("ELB",),
             ("client_view/perceived_change", "contact_density", "egv/updating", "interfaces/basisteam"), (2,)),
    Question("6.1", "Fühlen Sie sich insgesamt durch Ihren Vermittler und das Jobcenter gut beraten?", ("ELB",),
             ("client_view/satisfaction", "ifk_role/relationship", "client_view")),
    Question("6.5", "Wie finden Sie die häufigeren Termine im Jobcenter?", ("ELB",),
             ("client_view/satisfaction", "contact_density")),
)

FOLLOW_UPS = (
    "Können Sie das noch etwas genauer beschreiben?", "Wie war das dann beim nächsten Mal?",
    "Was heißt das für Sie konkret?", "Und wie fanden Sie das?", "Gab es dazu noch etwas?",
    "Können Sie ein Beispiel nennen?", "Hat sich daran inzwischen etwas geändert?",
)

# ---------------------------------------------------------------------------- who is speaking

_VERBS = (
    r"(?:(?:ein|an|aus|hervor|zusammen|hinzu|zu)?(?:räumt|gibt|führt|hebt|fasst|fügt|schätzt|gesteht)|"
    r"berichtet|berichten|schildert|schildern|gibt|geben|erzählt|sagt|beschreibt|beschreiben|erläutert|"
    r"betont|betonen|schätzt|meint|ergänzt|erklärt|räumt|bemängelt|kritisiert|lobt|bestätigt|"
    r"unterstreicht|verweist|bewertet|resümiert|führt\s+aus|bilanziert|beklagt|bedauert|hebt|"
    r"fasst|äußert|nennt|erinnert|vermutet|beurteilt|bezeichnet|antwortet|gesteht|fügt|skizziert|umreißt|"
    r"wünscht|empfiehlt|zeigt|zieht|sieht|hält|beobachtet|benennt|erwartet|erhofft|lobt|warnt|zählt|"
    r"verweist|unterstreicht|bestätigt|erwähnt|erkennt|schätzt|meint|glaubt|findet|weiß)"
)
_FRAMES = (
    r"(?:(?:[Nn]ach|[Aa]us)\s+(?:Einschätzung|Auffassung|Darlegung|Aussage|Darstellung|Angaben|Auskunft|Ansicht|Worten|Meinung|"
    r"Erfahrung|Beobachtung|Eindruck|Sicht|Wahrnehmung|Erinnerung|Schilderung)|[Ll]aut|,\s+so)\s+(?:der|des|dem|die)\s+"
)
_AGS = r"(?:Arbeitgeberservice|AG-S|gAG-S)s?"
# (noun regex, speaker class, gender or None); class TL is refined by what follows the noun
_NOUNS = (
    (r"(?:Vertreterin|Mitarbeiterin|Leiterin|Teamleiterin)\s+(?:des|vom)\s+(?:gemeinsamen\s+)?" + _AGS, "AGS", "f"),
    (r"(?:Vertreter|Mitarbeiter|Leiter|Teamleiter)\s+(?:des|vom)\s+(?:gemeinsamen\s+)?" + _AGS, "AGS", "m"),
    (r"Geschäftsführerin", "GF", "f"), (r"Geschäftsführers?", "GF", "m"), (r"Geschäftsführung", "GF", None),
    (r"Projektleiterin", "PL", "f"), (r"Projektleiters?", "PL", "m"), (r"Projektleitung", "PL", None),
    (r"Teamleiterin", "TL", "f"), (r"Teamleiters?", "TL", "m"), (r"Teamleitung", "TL", None),
    (r"(?:Arbeits)?[Vv]ermittlerin|Integrationsfachkraft|Fachkraft|Beraterin|Ansprechpartnerin", "IFK", "f"),
    (r"(?:Arbeits)?[Vv]ermittlers?|Beraters?|Ansprechpartners?", "IFK", "m"),
    (r"IFK", "IFK", None),
    (r"Kundin|Leistungsberechtigte|Teilnehmerin", "ELB", "f"),
    (r"Kunden?|Teilnehmers?", "ELB", "m"),
    (r"Befragte|Interviewpartnerin|Gesprächspartnerin", "ANY", "f"),
    (r"Befragter?|Interviewpartners?|Gesprächspartners?", "ANY", "m"),
)
_NOUN_RE = [(re.compile(r"\b(" + noun + r")\b"), cls, gender) for noun, cls, gender in _NOUNS]
_SUBJECT_START = re.compile(r"(?:^|[.!?;:]\s+)(?:(?:Die|Der|Eine|Ein)|[Ww]ie\s+(?:die|der))\s+$")
_FRAME_END = re.compile(_FRAMES + r"$")
_INVERTED = re.compile(r"\b" + _VERBS + r"(?:\s+sich)?\s+(?:die|der|eine|ein)\s+$")  # "..., berichtet die IFK"
_ZUFOLGE = re.compile(r"^\s+zufolge\b")
_VERB_AFTER = re.compile(r"^(?:\s+(?:des|der|im|vom|aus\s+dem|aus\s+der)\s+[\wäöüÄÖÜß\-]+){0,1}\s*,?\s*"
                         + _VERBS + r"\b")


_OPENING = re.compile(r"^(?:Die|Der)\s+$")


def speaker(text: str, opening_is_speaker: bool = False) -> tuple[str, str | None] | None:
    """The class and gender of whoever a paragraph is told by, from its first reporting frame
    ("Die Teamleiterin berichtet", "Nach Einschätzung der IFK", "Der Kunde schildert"), or None.
    With ``opening_is_speaker`` a role noun opening the paragraph counts whatever verb follows
    (right for staff interviews, not for the client level, where "Der Kunde ist ..." is common)."""
    hits = []
    for regex, cls, gender in _NOUN_RE:
        for match in regex.finditer(text):
            start = match.start()
            before = text[:start] if start <= 80 else "x " + text[start - 80:start]  # "x " blocks ^
            after = text[match.end():match.end() + 80]
            is_subject = _SUBJECT_START.search(before) and _VERB_AFTER.match(after)
            is_frame = _FRAME_END.search(before) or _ZUFOLGE.match(after) or _INVERTED.search(before) \
                or (opening_is_speaker and _OPENING.match(before))
            if is_subject or is_frame:
                hits.append((match.start(), -len(match.group(1)), cls, gender, after))
    if not hits:
        return None
    _, _, cls, gender, after = min(hits)
    return _refine(cls, after), gender


def _refine(cls: str, after: str) -> str:
    """A team lead is the lead of the team named after the noun, if any."""
    if cls == "TL":
        head = after[:40]
        if re.match(r"^\s+(?:des|im|vom|der|eines)\s+Basisteam", head):
            return "TLBT"
        if re.match(r"^\s+(?:des|im|vom|der)\s+(?:Projektteam|EJO-Team)", head):
            return "TLPT"
        if re.match(r"^\s+(?:des|im|vom|der)\s+Leistung", head):
            return "TLLT"
    return cls


def mentions_of_interviewee(text: str, doc: Doc) -> list[str | None]:
    """Genders of every mention of a team lead, GF or PL that can only be the interviewee."""
    found = []
    for regex, cls, gender in _NOUN_RE:
        if cls not in ("TL", "GF", "PL", "AGS"):
            continue
        for match in regex.finditer(text):
            if _refine(cls, text[match.end():]) in doc.role.speakers:
                found.append(gender)
    return found


_CLIENT_F = re.compile(r"\b(?:Kundin|Teilnehmerin)\b")
_CLIENT_M = re.compile(r"\b(?:[Dd]er\s+(?:\w+e\s+)?Kunde|"
                       r"(?:[Dd]em|[Dd]es|[Ee]inem|[Ee]ines|[Zz]um|[Vv]om|[Bb]eim)\s+(?:\w+en\s+)?"
                       r"Kunden|[Ee]in\s+(?:\w+er\s+)?Kunde|(?<!und )[Dd]en\s+Kunden(?!\s+und))\b")


_WAVE2 = re.compile(r"\b(?:[Ss]eit|[Nn]ach) (?:dem|der) (?:letzten|ersten|vorigen) (?:Interview|Befragung|Besuch)")


def fits_doc(text: str, doc: Doc) -> bool:
    """Whether an expanded paragraph can stand in ``doc``: told by someone of the interviewee's role
    and gender, and (client level) naming the client in the right gender."""
    who = speaker(text, opening_is_speaker=doc.level != "client")
    if who:
        cls, gender = who
        if cls != "ANY" and cls not in doc.role.speakers:
            return False
        if gender and gender != doc.speaker_gender:
            return False
    if any(g and g != doc.speaker_gender for g in mentions_of_interviewee(text, doc)):
        return False
    if doc.wave == 1 and _WAVE2.search(text):
        return False  # refers back to an earlier interview
    if doc.level == "client" and ("IFK" in text) != (doc.role.key == "CIFK"):
        return False  # bank convention: the IFK's account of a client names the IFK, the client's never does
    if wrong_facts(text, doc.site.name, doc.level, doc.wave):
        return False  # states a structural fact the site does not have
    if doc.client_gender:
        wrong = _CLIENT_M if doc.client_gender == "f" else _CLIENT_F
        if wrong.search(text):
            return False
    return True


# --------------------------------------------------------------------------- structural facts


def load_facts(path: Path = FACTS) -> tuple[dict, dict]:
    """(patterns: feature -> value -> compiled regexes, sites: site -> feature -> value spec)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    patterns = {feature: {str(value): [re.compile(regex) for regex in regexes] for value, regexes in values.items()}
                for feature, values in data["patterns"].items()}
    return patterns, data["sites"]


def facts_holding(spec, level: str, wave: int) -> set[str]:
    """The values of a feature that hold at ``level`` and ``wave`` (see facts.yaml)."""
    if isinstance(spec, dict):
        spec = spec.get(level, spec.get(wave))
    return {str(value) for value in (spec if isinstance(spec, list) else [spec])}


def doc_slots(doc) -> dict[str, str]:
    """The site's slot values for ``doc``: facts.yaml's slots (per level or wave where they differ)
    over the site's own."""
    slots = dict(doc.site.slots, site=doc.site.name)
    for name, spec in FACT_SLOTS.get(doc.site.name, {}).items():
        slots[name] = " ".join(str(spec.get(doc.level, spec.get(doc.wave))).split()) if isinstance(spec, dict) \
            else " ".join(spec.split())
    return slots


def wrong_facts(text: str, site: str, level: str, wave: int, facts=None) -> list[tuple[str, str]]:
    """(feature, value) of every structural fact ``text`` states that does not hold at the site."""
    patterns, sites = facts or FACT_DATA
    found = []
    for feature, values in patterns.items():
        holding = facts_holding(sites[site][feature], level, wave)
        for value, regexes in values.items():
            if value not in holding and any(regex.search(text) for regex in regexes):
                found.append((feature, value))
    return found


FACT_DATA = load_facts()
FACT_SLOTS = yaml.safe_load(FACTS.read_text(encoding="utf-8")).get("slots", {})


# ------------------------------------------------------------------------------------ the bank

_BRACES = re.compile(r"\{([^{}]*)\}")


def load_bank(folder: Path = BANK) -> list[tuple[str, int, Passage]]:
    """Every passage of every ``bank/<theme>.yaml``, as (theme file, index, passage)."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        for index, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            passage = Passage(codes=tuple(item["codes"]), text=" ".join(item["text"].split()),
                              levels=tuple(item.get("levels", LEVELS)), stance=item.get("stance", "neutral"),
                              alt=tuple(item.get("alt", ())), answers=tuple(item.get("answers", ())),
                              weight=item.get("weight", 1))
            found.append((path.stem, index, passage))
    return found


def check_bank(bank, code_paths: set[str]) -> list[str]:
    """Problems in the bank: unknown codes, levels, stances, slots, stray braces."""
    problems = []
    for module, index, p in bank:
        where = f"bank/{module}.yaml passage {index + 1}"
        for code in p.codes + p.alt:
            if code not in code_paths:
                problems.append(f"{where}: unknown code '{code}'")
        if not p.codes:
            problems.append(f"{where}: no codes")
        if not p.levels or any(level not in LEVELS for level in p.levels):
            problems.append(f"{where}: bad levels {p.levels}")
        if p.stance not in STANCES:
            problems.append(f"{where}: bad stance '{p.stance}'")
        text = p.text
        while True:
            match = _BRACES.search(text)
            if not match:
                break
            inner = match.group(1)
            if "|" not in inner and inner not in SLOTS:
                problems.append(f"{where}: unknown slot '{{{inner}}}'")
            text = text[:match.start()] + "x" + text[match.end():]
        if "{" in text or "}" in text:
            problems.append(f"{where}: unbalanced or literal brace")
    return problems


def expand(text: str, rng: random.Random, slots: dict) -> str:
    """Choose among ``{a|b}`` alternatives (innermost first) and fill ``{slot}`` names."""
    while True:
        match = _BRACES.search(text)
        if not match:
            break
        inner = match.group(1)
        choice = slots[inner] if inner in slots else rng.choice(inner.split("|"))
        text = text[:match.start()] + choice + text[match.end():]
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",,+", ",", text)
    return text[:1].upper() + text[1:]


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, whitespace normalised (the unit of the no-repetition rule)."""
    return [" ".join(part.split()) for part in SENTENCE_END.split(text) if part.strip()]


def words(text: str) -> int:
    return len(text.split())


# ------------------------------------------------------------------------------------ composing


def code_fits(code: str, targets) -> bool:
    """Whether ``code`` answers a question about ``targets``: the same code or a code below one (a
    question about a theme takes its leaves); ``=code`` takes only that code."""
    return any(code == t[1:] if t.startswith("=") else (code == t or code.startswith(t + "/")) for t in targets)


def answers_question(passage: Passage, question: Question) -> bool:
    if question.tagged:
        return question.number in passage.answers
    return code_fits(passage.codes[0], question.codes)


def allowed(passage: Passage, doc: Doc) -> int:
    """Weight of a passage for ``doc``: 0 if its level or stance does not fit the site profile."""
    if doc.level not in passage.levels:
        return 0
    if passage.stance == "neutral":
        return passage.weight
    stances = {site_stance(doc.site, code, doc.level, doc.wave) for code in passage.codes} - {"mixed"}
    if not stances:
        return 2
    return 4 if stances == {passage.stance} else 0  # the site's profile shows


class Composer:
    def __init__(self, bank, seed: int = SEED):
        self.bank = bank
        self.rng = random.Random(seed)
        self.seen: set[str] = set()  # sentences of MIN_SENTENCE+ characters used anywhere in the corpus
        # passages used per site and role: the same person, or the same client, in two waves
        # does not tell the same thing twice
        self.used_by_role: dict[tuple[str, str], set[tuple]] = {}
        self.misfits: set = set()  # passages no draw of which fitted a kind of protocol

    def draw(self, passage: Passage, doc: Doc, tries: int = 30) -> str | None:
        kind = (id(passage), doc.role.key, doc.speaker_gender, doc.client_gender, doc.wave)
        if kind in self.misfits:
            return None
        slots = doc_slots(doc)
        fitted = False
        for _ in range(tries):
            text = expand(passage.text, self.rng, slots)
            if fits_doc(text, doc):
                fitted = True
                if self.fresh(text):
                    return text
        if not fitted:
            self.misfits.add(kind)
        return None

    def fresh(self, text: str) -> bool:
        """Whether none of the long sentences of ``text`` is used yet (nor repeated within it)."""
        long = [sentence for sentence in sentences(text) if len(sentence) >= MIN_SENTENCE]
        return len(set(long)) == len(long) and not self.seen.intersection(long)

    def use(self, text: str) -> None:
        self.seen.update(sentence for sentence in sentences(text) if len(sentence) >= MIN_SENTENCE)

    def intro(self, doc: Doc) -> str:
        rng = self.rng
        who = {
            "GF": ("der Geschäftsführerin", "dem Geschäftsführer"),
            "PL": ("der Projektleiterin", "dem Projektleiter"),
            "TLPT": ("der Teamleiterin des Projektteams", "dem Teamleiter des Projektteams"),
            "TLBT": ("der Teamleiterin eines Basisteams", "dem Teamleiter eines Basisteams"),
            "TLLT": ("der Teamleiterin der Leistungsabteilung", "dem Teamleiter der Leistungsabteilung"),
            "IFK": ("einer Integrationsfachkraft des Projektteams", "einer Integrationsfachkraft des Projektteams"),
            "AGS": ("der Vertreterin des Arbeitgeberservice", "dem Vertreter des Arbeitgeberservice"),
            "CIFK": ("der zuständigen Integrationsfachkraft", "der zuständigen Integrationsfachkraft"),
            "ELB": ("der Kundin", "dem Kunden"),
        }[doc.role.key][0 if doc.speaker_gender == "f" else 1]
        day = dt.date.fromisoformat(doc.date).strftime("%d.%m.%Y")
        for _ in range(50):
            place = rng.choice(["in den Räumen des Jobcenters", "in einem Besprechungsraum des Jobcenters",
                                "im Büro der Interviewperson", "in einem ruhigen Beratungsraum"])
            if doc.role.key == "ELB":
                place = rng.choice(["in einem Beratungsraum des Jobcenters", "in einem Besprechungsraum",
                                    "auf Wunsch der Kundin bzw. des Kunden in einem Nebenraum des Jobcenters"])
            minutes = rng.choice(["45", "50", "60", "70", "75", "80", "90", "100", "120"])
            extra = rng.choice([
                "eine Tonaufnahme lag vor und wurde nach der Protokollierung gelöscht",
                "es wurde mit Einverständnis aufgezeichnet, die Aufnahme ist inzwischen gelöscht",
                "aufgezeichnet wurde nicht, das Protokoll beruht auf Mitschriften",
                "die datenschutzrechtliche Erklärung lag unterschrieben vor",
                "das Protokoll gibt die Aussagen sinngemäß und verdichtet wieder",
            ])
            wave = "ersten" if doc.wave == 1 else "zweiten"
            text = (f"Das Interview der {wave} Welle mit {who} fand am {day} {place} statt und dauerte "
                    f"etwa {minutes} Minuten; {extra}.")
            if self.fresh(text):
                return text
        raise RuntimeError(f"no unique intro for {doc.doc_id}")

    def compose(self, docs: list[Doc]) -> None:
        """Write the answers of all ``docs``, one paragraph per protocol in turn, so that scarce
        passages (every sentence is used once in the corpus) are shared evenly between sites."""
        drafts = [Draft(self, doc) for doc in docs]
        while True:
            active = [draft for draft in drafts if not draft.done]
            if not active:
                break
            for draft in active:
                draft.step()
        for draft in drafts:
            draft.finish()


class Draft:
    """One protocol being composed: questions in a weighted random order, answered in rounds
    (later rounds deepen questions already asked) until the target length is reached."""

    def __init__(self, composer: Composer, doc: Doc):
        rng = self.rng = composer.rng
        self.composer, self.doc = composer, doc
        questions = [q for q in QUESTIONS if doc.role.key in q.roles]
        self.pools = {id(q): [(m, i, p, w) for m, i, p in composer.bank
                              if (w := allowed(p, doc)) and answers_question(p, q)] for q in questions}
        self.questions = [q for q in questions if self.pools[id(q)] and doc.wave in q.waves]
        self.target = rng.randint(1700, 2600) if doc.doc_id in LONG else int(rng.triangular(680, 1500, 950))
        self.used = composer.used_by_role.setdefault((doc.site.code, doc.role.key), set())  # see key()
        self.answers: dict[int, list] = defaultdict(list)
        self.total = words(doc.intro)
        # main themes come up first more often: weighted random order
        self.order = sorted(self.questions, key=lambda q: rng.random() ** (1 / (3.0 if any(
            c.split("/")[0] in MAIN_THEMES for c in q.codes) else 1.0)), reverse=True)
        if doc.role.key in STRUCTURE_ROLES:  # they describe the site's structure first
            self.order.sort(key=lambda q: not any(p.weight > 1 for *_, p, _ in self.pools[id(q)]))
        self.per_theme: Counter = Counter()
        self.stances: list[tuple[str, str]] = []  # (code, good | bad) of the passages used so far
        self.round, self.position, self.progress, self.done = 0, 0, False, False

    def step(self) -> None:
        """Add one answer paragraph (or find that none fits any more)."""
        while not self.done:
            if self.total >= self.target:
                self.done = True
                return
            if self.position >= len(self.order):
                self.round += 1
                self.position = 0
                if self.round >= 6 or not self.progress:
                    self.done = True
                    return
                self.progress = False
            q = self.order[self.position]
            self.position += 1
            if self.answer(q):
                self.progress = True
                return

    def answer(self, q: Question) -> bool:
        answers = self.answers[id(q)]
        if self.round > 0 and not answers:
            return False  # later rounds deepen questions already asked
        if len(answers) >= (4 if any(c.split("/")[0] in MAIN_THEMES for c in q.codes) else 3):
            return False
        candidates = [(m, i, p, w) for m, i, p, w in self.pools[id(q)] if self.key(m, i, p) not in self.used
                      and self.per_theme[p.theme] < MAX_PER_DOC.get(p.theme, 99) and not self.contradicts(p)]
        if self.doc.role.key in STRUCTURE_ROLES and self.round == 0:
            candidates = [c for c in candidates if c[2].weight > 1] or candidates
        while candidates:
            m, i, p, w = self.rng.choices(candidates, weights=[w for *_, w in candidates])[0]
            candidates.remove((m, i, p, w))
            text = self.composer.draw(p, self.doc)
            if text is None:
                continue
            self.used.add(self.key(m, i, p))
            self.per_theme[p.theme] += 1
            if p.stance != "neutral":
                self.stances += [(code, p.stance) for code in p.codes]
            self.composer.use(text)
            if not answers:
                self.total += words(f"{q.number} {q.text}")
            answers.append((text, p))
            self.total += words(text)
            return True
        return False

    def key(self, module: str, index: int, passage: Passage) -> tuple:
        """What ``used`` records: the passage, or for a statement of site structure (which may
        change between waves) the passage in this wave."""
        return (module, index) if passage.weight == 1 else (module, index, self.doc.wave)

    def contradicts(self, passage: Passage) -> bool:
        """Whether ``passage`` judges a code (or one above or below it) the other way than a
        passage already in this protocol: a protocol never contradicts itself."""
        if passage.stance == "neutral":
            return False
        return any(stance != passage.stance and (code == used or code.startswith(used + "/")
                                                  or used.startswith(code + "/"))
                   for code in passage.codes for used, stance in self.stances)

    def finish(self) -> None:
        self.doc.paragraphs = []
        for q in self.questions:  # guide order
            if self.answers[id(q)]:
                self.doc.paragraphs.append(("heading", f"{q.number} {q.text}", (), None, q))
                for text, p in self.answers[id(q)]:
                    self.doc.paragraphs.append(("para", text, p.codes, p, q))


# ---------------------------------------------------------------------------------- the plan


def make_plan(rng: random.Random) -> list[Doc]:
    docs = []
    for site in SITES:
        plan = list(BASE_PLAN) + list(EXTRA_PLAN.get(site.code, ()))
        plan.sort(key=lambda item: (item[1], list(ROLES).index(item[0])))
        for role_key, wave in plan:
            role = ROLES[role_key]
            doc_id = f"{site.code}-{role.id_part}-W{wave}"
            year, month = rng.choice(WAVE_MONTHS[wave])
            date = dt.date(year, month, rng.randint(2, 27)).isoformat()
            interviewer = INTERVIEWERS[site.code][rng.randrange(2)]
            if role_key == "ELB":
                speaker_gender = site.client_gender
            else:
                speaker_gender = rng.choice("fm")
            client_gender = site.client_gender if role.level == "client" else None
            docs.append(Doc(doc_id, site, role, wave, date, interviewer,
                            "docx" if doc_id in DOCX else "txt", speaker_gender, client_gender,
                            turns=doc_id in TURNS))
    return docs


# --------------------------------------------------------------------------------- writing


def front_matter(doc: Doc) -> str:
    return (f"---\nid: {doc.doc_id}\nsite: {doc.site.name}\nlevel: {doc.level}\nrole: {doc.role.label}\n"
            f"wave: {doc.wave}\ndate: {doc.date}\ninterviewer: {doc.interviewer}\n---\n")


def body_blocks(doc: Doc, rng: random.Random) -> list[tuple[str, list]]:
    """The document as blocks of text, each with the coded units it holds: a list of
    (unit text, codes) in segment order (a heading holds none, a turn block several)."""
    blocks = [(doc.intro, [(doc.intro, ())])]
    paragraphs = doc.paragraphs
    turn_range = set()
    if doc.turns:  # the middle third of the questions as speaker turns
        headings = [n for n, item in enumerate(paragraphs) if item[0] == "heading"]
        k = len(headings)
        if k >= 3:
            first, last = k // 3, max(k // 3 + 2, 2 * k // 3)
            turn_range = set(range(headings[first], headings[last] if last < k else len(paragraphs)))
    n = 0
    while n < len(paragraphs):
        kind, text, codes, _, question = paragraphs[n]
        if n in turn_range and kind == "heading":
            answers = []
            m = n + 1
            while m < len(paragraphs) and paragraphs[m][0] == "para":
                answers.append(paragraphs[m])
                m += 1
            lines, units = [], []
            for k, answer in enumerate(answers):
                prompt = question.text if k == 0 else rng.choice(FOLLOW_UPS)
                lines += [f"I: {prompt}", f"B: {answer[1]}"]
                units += [(f"I: {prompt}", ()), (f"B: {answer[1]}", answer[2])]
            blocks.append(("\n".join(lines), units))
            n = m
            continue
        if kind == "heading":
            blocks.append((text, []))
        else:
            blocks.append((text, [(text, codes)]))
        n += 1
    return blocks


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a .docx container with fixed timestamps so that output is reproducible."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2014, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def write_docx(doc: Doc, blocks, path: Path) -> None:
    import docx

    document = docx.Document()
    props = document.core_properties
    stamp = dt.datetime(2014, 1, 1, 0, 0, 0)
    props.author = doc.interviewer
    props.last_modified_by = doc.interviewer
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.revision = 1
    props.title = f"Interviewprotokoll {doc.doc_id}"
    table = document.add_table(rows=0, cols=2)
    for key, value in (("id", doc.doc_id), ("site", doc.site.name), ("level", doc.level),
                       ("role", doc.role.label), ("wave", str(doc.wave)), ("date", doc.date),
                       ("interviewer", doc.interviewer)):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
    for text, units in blocks:
        if not units:
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(fixed_zip(buffer.getvalue()))


def unit_spans(blocks) -> list[tuple[int, int, str, tuple]]:
    """(start, end, text, codes) of every coded unit, as code-point offsets into the body text the
    importer stores (blocks joined by blank lines; the lines of a turn block by single newlines)."""
    spans, position = [], 0
    for block_text, units in blocks:
        offset = position
        for text, codes in units:
            offset = block_text.index(text, offset - position) + position
            spans.append((offset, offset + len(text), text, codes))
            offset += len(text)
        position += len(block_text) + 2
    return spans


def body_text(blocks) -> str:
    """The text after the front matter (.txt) or after the metadata table (.docx), as stored."""
    return "\n\n".join(text for text, _ in blocks) + "\n"


def write_doc(doc: Doc, blocks, out: Path) -> str:
    """Write one protocol; return its body text as the importer will store it."""
    path = out / doc.path
    path.parent.mkdir(parents=True, exist_ok=True)
    body = body_text(blocks)
    if doc.fmt == "docx":
        write_docx(doc, blocks, path)
    else:
        path.write_text(front_matter(doc) + body, encoding="utf-8", newline="\n")
    return body


# ------------------------------------------------------------------------------- second coder


def _uniform(*key) -> float:
    digest = hashlib.sha256("|".join(map(str, key)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2 ** 64


# where a second coder strays when a passage names no neighbour code: a plausible code of another theme
CROSS_THEME = {
    "interfaces": "allocation/client_mix", "profiling": "ifk_role/conversation",
    "contact_density": "client_view/perceived_change", "egv": "profiling/follow_up",
    "goals": "controlling/kpi_monitoring", "controlling": "goals/objectives",
    "allocation": "interfaces/basisteam", "staffing": "contact_density/compliance",
    "measures": "profiling/strategy_selection", "placement": "interfaces/arbeitgeberservice",
    "ifk_role": "client_view/satisfaction", "client_view": "ifk_role/relationship",
    "client_situation": "profiling/potential_analysis",
}


def second_coder(doc_id: str, number: int | str, codes: tuple, passage: Passage | None,
                 code_paths: set[str]) -> list[str]:
    """coder_b's codes for one segment: coder_a's with realistic, deterministic disagreement.

    About DISAGREEMENT of the (segment, code) pairs are handled differently: a neighbour code
    instead (the passage's ``alt``, else a plausible code of another theme), the parent instead of
    the leaf, the code left out, an extra code added, or a sibling leaf instead."""
    result = []
    for code in codes:
        if _uniform(SEED, doc_id, number, code) >= DISAGREEMENT:
            result.append(code)
            continue
        v = _uniform(SEED, doc_id, number, code, "how")
        theme = code.split("/")[0]
        alts = [a for a in (passage.alt if passage else ()) if a not in codes]
        cross = [a for a in alts if a.split("/")[0] != theme] or [CROSS_THEME.get(theme, code)]
        siblings = sorted(c for c in code_paths if c.startswith(theme + "/") and c != code)
        pick = int(_uniform(SEED, doc_id, number, code, "pick") * 1000)
        if v < 0.35:
            pool = alts or cross
            result.append(pool[pick % len(pool)])  # a neighbour code instead
        elif v < 0.5 and "/" in code:
            result.append(theme)  # the parent instead of the leaf
        elif v < 0.7:
            continue  # left out
        elif v < 0.9:
            result += [code, cross[pick % len(cross)]]  # an extra code
        else:
            result.append(siblings[pick % len(siblings)] if siblings else cross[0])
    unique = []
    for code in result:
        if code not in unique and code in code_paths:
            unique.append(code)
    return unique


def kappa(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two coders' presence decisions."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def theme_agreement(rows_a, rows_b, all_segments) -> dict[str, tuple[float, float, int]]:
    """Per top-level theme: (observed agreement, kappa, segments coded by either coder)."""
    def presence(rows):
        found = defaultdict(set)
        for document, segment, code in rows:
            found[code.split("/")[0]].add((document, segment))
        return found

    a, b = presence(rows_a), presence(rows_b)
    result = {}
    for theme in sorted(set(a) | set(b)):
        pairs = [(unit in a[theme], unit in b[theme]) for unit in all_segments]
        observed, k = kappa(pairs)
        result[theme] = (observed, k, len(a[theme] | b[theme]))
    return result


# ------------------------------------------------------------------------------------ main


def code_paths_of_codebook() -> set[str]:
    from qda.codebook.loader import load_codebook_file

    return {code.path for code, _ in load_codebook_file(CODEBOOK).walk()}


def build(out: Path, quiet: bool = False) -> dict:
    code_paths = code_paths_of_codebook()
    bank = load_bank()
    problems = check_bank(bank, code_paths)
    if problems:
        raise SystemExit("passage bank problems:\n  " + "\n  ".join(problems))
    rng = random.Random(SEED)
    docs = make_plan(rng)
    composer = Composer(bank, SEED)
    for doc in docs:
        doc.intro = composer.intro(doc)
        composer.use(doc.intro)
    composer.compose(docs)
    for folder in ("protocols", "codings"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    for old in sorted((out / "protocols").rglob("*")):
        if old.is_file() and old.suffix in (".txt", ".docx"):
            old.unlink()
    rows_a, rows_b, all_segments, counts = [], [], [], []
    used_passages = Counter()
    for doc in docs:
        blocks = body_blocks(doc, rng)
        body = write_doc(doc, blocks, out)
        counts.append((doc, words(body)))
        by_text = {text: passage for kind, text, _, passage, _ in doc.paragraphs if kind == "para"}
        for _, text, _, passage, _ in doc.paragraphs:
            if passage is not None:
                used_passages[id(passage)] += 1
        for start, end, unit_text, codes in unit_spans(blocks):
            all_segments.append((doc.doc_id, start))
            passage = by_text.get(unit_text.removeprefix("B: "))
            for code in codes:
                rows_a.append((doc.doc_id, start, end, code))
            for code in second_coder(doc.doc_id, start, codes, passage, code_paths):
                rows_b.append((doc.doc_id, start, end, code))
    for name, rows, coder in (("coder_a.csv", rows_a, "coder_a"), ("coder_b.csv", rows_b, "coder_b")):
        with open(out / "codings" / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(CODING_COLUMNS)
            writer.writerows([document, start, end, code, coder] for document, start, end, code in rows)
    rows_a = [(document, start, code) for document, start, _, code in rows_a]
    rows_b = [(document, start, code) for document, start, _, code in rows_b]
    agreement = theme_agreement(rows_a, rows_b, all_segments)
    pairs_a, pairs_b = set(rows_a), set(rows_b)
    summary = {
        "documents": len(docs), "words": [n for _, n in counts], "codings_a": len(rows_a),
        "codings_b": len(rows_b), "segments": len(all_segments), "agreement": agreement,
        "passages": len(bank), "passages_used": len(used_passages),
        "changed": 1 - len(pairs_a & pairs_b) / len(pairs_a),
    }
    if not quiet:
        report(docs, counts, summary)
    return summary


def report(docs, counts, summary) -> None:
    table = Counter((doc.site.name, doc.level, doc.wave) for doc in docs)
    print(f"{summary['documents']} protocols, {summary['segments']} segments; passages in bank: "
          f"{summary['passages']}, used: {summary['passages_used']}")
    for (site, level, wave), n in sorted(table.items()):
        print(f"  {site:<11} {level:<12} W{wave}: {n}")
    ws = summary["words"]
    print(f"words: min {min(ws)}, median {statistics.median(ws):.0f}, max {max(ws)}")
    print(f"codings: coder_a {summary['codings_a']}, coder_b {summary['codings_b']}; coder_a's (segment, code) "
          f"pairs that coder_b does not share: {summary['changed']:.1%}")
    print("per top-level theme, presence per segment over all segments:")
    print("theme                 agree  kappa  segments")
    for theme, (observed, k, n) in summary["agreement"].items():
        print(f"  {theme:<20} {observed:.3f}  {k:.3f}  {n}")
    short = [(doc.doc_id, n) for doc, n in counts if not MIN_WORDS <= n <= MAX_WORDS]
    if short:
        print("WARNING: outside 600-3000 words:", short)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=TRANSCRIPTS, help="folder to write protocols/ and codings/ into")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    build(args.out, args.quiet)


if __name__ == "__main__":
    main()
