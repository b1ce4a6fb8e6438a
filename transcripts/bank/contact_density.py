"""Passages on contact density: frequency, duration, forms, compliance, caseload (see bank/__init__.py)."""

from transcripts.bank import Passage

PASSAGES = [
    Passage(
        codes=("contact_density/frequency",),
        text="Die IFK {berichtet|schildert|gibt an}, dass {ihre Kundinnen und Kunden|die Teilnehmenden} {etwa monatlich|in der Regel {interval}} zu einem persönlichen Gespräch eingeladen werden; {bei Bedarf|wenn es brennt} {auch öfter|auch kurzfristig}.",
        levels=("operational",),
        stance="good",
        alt=("contact_density/compliance",),
    ),
]
