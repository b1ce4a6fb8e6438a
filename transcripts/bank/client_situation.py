"""Passages on the client's background: training and jobs, family, how they came into SGB II.

Client-level passages: those from the IFK about one client contain "IFK"; those from the client
(eLb) never do. Each passage speaks of either "die Kundin" or "der Kunde", never both, so that a
generator can keep one client per protocol. Health and benefit details are left out, as the
interview guides ask.
"""

from __future__ import annotations

from transcripts.bank import Passage

PASSAGES = [
    # ------------------------------------------------------------------ IFK about the client
    Passage(
        codes=("client_situation",),
        text=(
            "Die IFK {berichtet|schildert}, die Kundin habe {eine Ausbildung zur Verkäuferin abgeschlossen|nach der "
            "Realschule eine Lehre als Verkäuferin gemacht} und {danach mehrere Jahre im Einzelhandel gearbeitet|bis zur "
            "Geburt ihres ersten Kindes in einem Supermarkt gearbeitet}. {Nach der Elternzeit sei sie nicht in den Beruf "
            "zurückgekehrt|Nach den Familienjahren habe der Wiedereinstieg nicht geklappt}. {Seit der Trennung von ihrem "
            "Partner lebe sie allein mit zwei Kindern im Grundschulalter|Sie sei alleinerziehend mit zwei Kindern}; {in den "
            "Leistungsbezug sei sie nach der Trennung gekommen|seitdem sei sie auf Leistungen des Jobcenters angewiesen}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Nach Angaben der IFK {habe die Kundin im Herkunftsland als Buchhalterin gearbeitet|sei die Kundin im "
            "Herkunftsland ausgebildete Lehrerin}; {der Abschluss sei hier nicht anerkannt|eine Anerkennung des "
            "Abschlusses sei bisher nicht erfolgt}. {Seit ihrer Ankunft vor einigen Jahren habe sie vor allem in der "
            "Gebäudereinigung gearbeitet|Hier habe sie bislang nur Helfertätigkeiten ausgeübt, zuletzt in einer "
            "Wäscherei}. {Sie sei verheiratet und habe drei Kinder|Sie lebe mit ihrem Mann und drei Kindern "
            "zusammen}, {das Einkommen des Mannes reiche für die Familie nicht aus|der Mann arbeite in Teilzeit}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Die IFK {beschreibt|schildert} die Kundin als {junge Frau Mitte zwanzig|Frau Mitte zwanzig}, die {nach "
            "dem Hauptschulabschluss zwei Ausbildungen begonnen und beide abgebrochen habe|keinen Berufsabschluss "
            "habe, nachdem sie eine Ausbildung zur Friseurin abgebrochen habe}. {Seitdem habe sie nur kurze Jobs in "
            "der Gastronomie und im Verkauf gehabt|Danach habe sie sich mit Aushilfsjobs über Wasser gehalten}. {Sie "
            "wohne noch bei ihrer Mutter|Sie lebe mit ihrer Mutter in einer Bedarfsgemeinschaft}; {im Leistungsbezug "
            "sei sie mit Unterbrechungen seit mehreren Jahren|beim Jobcenter sei sie seit ihrem achtzehnten "
            "Lebensjahr immer wieder gemeldet}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Die IFK {berichtet|erläutert}, der Kunde habe {nach der Hauptschule eine Lehre als Maler begonnen, aber "
            "nicht abgeschlossen|nach der Schule eine Malerlehre angefangen und im zweiten Jahr abgebrochen}. "
            "{Seitdem habe er überwiegend über Zeitarbeit in Lagern gearbeitet|Danach habe er jahrelang über "
            "Zeitarbeitsfirmen als Helfer in der Logistik gearbeitet}, {meist nur für einige Monate am Stück|selten "
            "länger als ein halbes Jahr beim selben Einsatzbetrieb}. {Er lebe allein|Er sei ledig und lebe allein}; "
            "{arbeitslos geworden sei er, als der letzte Einsatz endete|ins Jobcenter habe ihn das Ende seines "
            "letzten Zeitarbeitsvertrags geführt}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Nach Darstellung der IFK {habe der Kunde Metallbauer gelernt|habe der Kunde eine Ausbildung als "
            "Metallbauer gemacht} und {mehr als zwanzig Jahre in einem mittelständischen Betrieb gearbeitet|bis vor "
            "zwei Jahren fast sein ganzes Berufsleben im selben Betrieb verbracht}. {Als der Betrieb Insolvenz "
            "anmelden musste, habe er seine Stelle verloren|Mit der Schließung des Betriebs sei er arbeitslos "
            "geworden}. {Nach dem Arbeitslosengeld sei er in die Grundsicherung gerutscht|Nach Ablauf des "
            "Arbeitslosengeldes sei er zum Jobcenter gekommen}. {Er sei Anfang fünfzig, verheiratet und habe zwei "
            "erwachsene Kinder|Er lebe mit seiner Frau zusammen, die Kinder seien aus dem Haus}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Die IFK {erzählt|berichtet}, der Kunde habe {eine Ausbildung als Koch gemacht|eine Kochlehre "
            "abgeschlossen} und {viele Jahre in Restaurants und Hotels gearbeitet|lange in der Gastronomie "
            "gearbeitet, meist im Schichtdienst}. {Als sein letzter Arbeitgeber das Restaurant schloss, habe er "
            "keine neue Stelle gefunden|Nach der Schließung seines letzten Betriebs sei er arbeitslos geworden}. {Er "
            "lebe mit seiner Partnerin und einem kleinen Kind zusammen|Er habe eine Partnerin und eine Tochter im "
            "Kindergartenalter}; {wegen der Kinderbetreuung wolle er keine Spätschichten mehr machen|die "
            "Arbeitszeiten in der Gastronomie seien mit der Familie schwer vereinbar}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation", "profiling/potential_analysis"),
        text=(
            "Die IFK {schildert|beschreibt} die Lage der Kundin: {Sie sei seit fast zehn Jahren nicht mehr "
            "erwerbstätig gewesen|Zuletzt gearbeitet habe sie vor fast zehn Jahren}, {weil sie ihre Mutter gepflegt habe|"
            "da sie sich um die Pflege ihrer Mutter gekümmert habe}. {Eine Ausbildung als Bürokauffrau sei vorhanden|Sie "
            "habe eine kaufmännische Ausbildung}, {die Kenntnisse seien aber veraltet|aber mit der heutigen Bürosoftware "
            "kenne sie sich kaum aus}. {Daraus ergebe sich als wichtigster Handlungsbedarf eine Auffrischung der "
            "EDV-Kenntnisse|Handlungsbedarf sehe die IFK deshalb vor allem bei den Computerkenntnissen}."
        ),
        levels=("client",),
    ),
    # ------------------------------------------------------------------ the client about themselves
    Passage(
        codes=("client_situation",),
        text=(
            "Die Kundin {erzählt|berichtet}, sie habe {Friseurin gelernt|eine Ausbildung als Friseurin gemacht}, aber "
            "{seit Jahren nicht mehr in dem Beruf gearbeitet|nach der Geburt der Kinder nicht mehr im Salon gearbeitet}. "
            "{Zuletzt habe sie als Aushilfe in einem Supermarkt gejobbt|Zuletzt sei sie auf Minijob-Basis an der Kasse "
            "eines Discounters gewesen}. {Sie habe zwei Kinder, acht und elf Jahre alt|Sie lebe mit ihren beiden Kindern "
            "allein}; {beim Jobcenter sei sie seit ungefähr drei Jahren|Kundin des Jobcenters sei sie seit der Trennung vor "
            "drei Jahren}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Die Kundin {berichtet|erzählt}, sie sei {gelernte Bürokauffrau|ausgebildete Kauffrau für Büromanagement} und "
            "habe {bis zur Geburt ihres ersten Kindes in einer Versicherung gearbeitet|einige Jahre in der Verwaltung einer "
            "Spedition gearbeitet}. {Danach sei sie lange zu Hause geblieben|Dann habe sie sich viele Jahre um die Familie "
            "gekümmert}. {Ihr Mann arbeite, verdiene aber nicht genug für die ganze Familie|Weil das Gehalt ihres Mannes "
            "nicht reiche, bekomme die Familie ergänzende Leistungen}; {so sei sie zum Jobcenter gekommen|deshalb sei auch "
            "sie beim Jobcenter gemeldet}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Die Kundin {erzählt|sagt}, sie habe {eine Ausbildung zur Arzthelferin angefangen, aber nicht beendet|nach der "
            "Schule eine Ausbildung in einer Arztpraxis begonnen und abgebrochen}. {Danach habe sie in einem Callcenter "
            "gearbeitet, immer mit befristeten Verträgen|Später habe sie mehrere befristete Stellen im Kundenservice "
            "gehabt}. {Als der letzte Vertrag nicht verlängert wurde, sei sie arbeitslos geworden|Arbeitslos sei sie "
            "geworden, weil ihr Vertrag ausgelaufen sei}. {Sie lebe allein|Sie wohne allein in einer kleinen Wohnung} und "
            "{sei zum ersten Mal beim Jobcenter|habe vorher nie mit dem Jobcenter zu tun gehabt}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Der Kunde {erzählt|berichtet}, er habe {keine Ausbildung|keinen Berufsabschluss} und {seit der Schule "
            "fast immer über Zeitarbeit gearbeitet|die meiste Zeit als Helfer bei Zeitarbeitsfirmen gearbeitet}, "
            "{vor allem in Lagern und in der Produktion|meist in Lagerhallen und am Band}. {Sein letzter Einsatz sei "
            "ausgelaufen, danach habe die Firma nichts Neues gehabt|Nach dem Ende des letzten Einsatzes sei er "
            "abgemeldet worden}. {Er lebe mit seiner Freundin und ihrem gemeinsamen Sohn zusammen|Er habe eine "
            "Lebensgefährtin und ein Kind}; {seine Partnerin sei ebenfalls ohne Arbeit|seine Partnerin arbeite in "
            "Teilzeit}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Der Kunde {berichtet|erzählt}, er sei {gelernter Elektriker|ausgebildeter Elektroinstallateur} und habe "
            "{lange als Geselle gearbeitet|viele Jahre in einem Handwerksbetrieb gearbeitet}. {Vor einigen Jahren habe er "
            "sich selbstständig gemacht, das sei aber schiefgegangen|Seine Selbstständigkeit habe er nach drei Jahren "
            "aufgeben müssen}. {Seitdem habe er nicht mehr richtig Fuß gefasst|Danach habe er keine feste Stelle mehr "
            "gefunden}. {Er sei geschieden und lebe allein|Seit der Scheidung lebe er allein}; {Kunde des Jobcenters sei er "
            "seit gut zwei Jahren|beim Jobcenter sei er seit etwa zwei Jahren}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Der Kunde {erzählt|sagt}, er habe {eine Ausbildung zum Einzelhandelskaufmann abgeschlossen|nach der "
            "Realschule Einzelhandelskaufmann gelernt}, danach aber {nur kurz im Beruf gearbeitet|keine feste Stelle im "
            "Handel gefunden}. {Seitdem wechselten sich kurze Jobs und Zeiten ohne Arbeit ab|Es sei seitdem immer ein Hin "
            "und Her zwischen Aushilfsjobs und Arbeitslosigkeit gewesen}. {Beim Jobcenter sei er schon vor einigen Jahren "
            "einmal gewesen|Er sei nicht zum ersten Mal Kunde des Jobcenters}; {diesmal sei er seit etwa einem Jahr "
            "gemeldet|die jetzige Phase dauere schon über ein Jahr}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Der Kunde {berichtet|erzählt}, er sei {vor einigen Jahren eingewandert|vor etwa fünf Jahren "
            "zugewandert} und habe {im Herkunftsland als Maurer gearbeitet|in seinem Heimatland auf dem Bau "
            "gearbeitet}, {allerdings ohne formalen Abschluss|eine Ausbildung mit Zeugnis habe er aber nicht}. {Hier "
            "habe er zunächst einen Sprachkurs besucht|Nach der Ankunft habe er erst Deutsch gelernt} und {dann als "
            "Helfer auf Baustellen gearbeitet|danach bei verschiedenen Baufirmen ausgeholfen}. {Er sei verheiratet "
            "und habe zwei kleine Kinder|Er lebe mit seiner Frau und zwei Kindern zusammen}."
        ),
        levels=("client",),
    ),
    Passage(
        codes=("client_situation",),
        text=(
            "Die Kundin {sagt|berichtet}, sie sei {seit gut einem Jahr|seit etwa anderthalb Jahren} wieder beim "
            "Jobcenter; {schon vor einigen Jahren sei sie einmal Kundin gewesen, damals habe sie aber schnell wieder "
            "eine Stelle gefunden|eine erste Phase habe es schon früher einmal gegeben, die habe aber nur wenige "
            "Monate gedauert}. {Zuletzt habe sie in der Altenpflege als Helferin gearbeitet|Ihre letzte Stelle sei "
            "in einem Pflegeheim gewesen, als Hilfskraft}. {Ihre beiden Kinder seien inzwischen im Teenageralter|Sie "
            "lebe mit ihrem Partner und zwei Kindern zusammen}."
        ),
        levels=("client",),
    ),
]
