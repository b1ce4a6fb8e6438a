"""Passages on staffing and qualification: recruitment, training, absence (see bank/__init__.py)."""

from transcripts.bank import Passage

PASSAGES = [
    Passage(
        codes=("staffing/absence", "contact_density/compliance"),
        text="{Die Teamleiterin|Der Teamleiter|Die Teamleitung} {berichtet|schildert}, dass {im Frühjahr|über den Winter|in den letzten Monaten} {zwei|drei} {Kolleginnen|Fachkräfte} {längerfristig erkrankt|über Wochen krankgeschrieben} gewesen seien. {Deren Kundinnen und Kunden habe man zwar verteilt, aber|Die Vertretung sei zwar geregelt gewesen, doch} {die Termine hätten gestreckt werden müssen|viele Einladungen seien verschoben worden}; {manche Kunden seien acht Wochen nicht gesehen worden|der Monatsrhythmus sei in dieser Zeit nicht zu halten gewesen}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing",),
    ),
]
