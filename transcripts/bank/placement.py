"""Passages on placement: job offers, application support, employer contacts by the IFK, aftercare.

Client-level passages: those from the IFK about one client contain "IFK"; those from the client
(eLb) never do and speak of "ihre/seine Vermittlerin". Each client-level passage speaks of either
"die Kundin" or "der Kunde", never both, so that a generator can keep one client per protocol.
The employers' view is reported by the employer service (AG-S) at the operational level.
"""

from __future__ import annotations

from transcripts.bank import Passage

PASSAGES = [
    # ------------------------------------------------------------------ placement (general, results)
    Passage(
        codes=("placement",),
        text=(
            "{Nach Einschätzung der Geschäftsführung|Aus Sicht der Projektleitung} werde im Projektteam {deutlich aktiver "
            "vermittelt als früher|spürbar offensiver vermittelt als im Regelgeschäft}. {Die Zahl der Arbeitsaufnahmen liege "
            "klar über der der Basisteams|Die Integrationen hätten sich seit dem Start der Joboffensive erkennbar erhöht}. "
            "{Die Ergebnisse fielen allerdings je nach Branche sehr unterschiedlich aus|Besonders gut laufe es in Logistik, "
            "Handel und Gastronomie, schwieriger sei es in Büroberufen}. {Man sei mit der Entwicklung insgesamt zufrieden|"
            "Das Haus sehe sich damit auf einem guten Weg}. "
            "{Ein wichtiger Grund sei die engere Zusammenarbeit mit den Betrieben|Dazu trügen auch die besseren Kontakte zu den Betrieben bei}."
        ),
        levels=("strategic",),
        stance="good",
        alt=("goals/objectives",),
    ),
    Passage(
        codes=("placement",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie im Interview eingeräumt wird,} {seien die Vermittlungszahlen im "
            "Projektteam zuletzt gesunken|blieben die Arbeitsaufnahmen hinter den Erwartungen zurück}. {Wer ständig "
            "Vertretungen übernehmen müsse, komme kaum zur eigentlichen Vermittlungsarbeit|Durch die vielen Ausfälle im Team "
            "bleibe für die Stellensuche mit den Menschen wenig Zeit}. {Die Stimmung im Team leide darunter|Das sei für alle "
            "frustrierend}, {weil man wisse, dass mehr möglich wäre|zumal die Nachfrage der Betriebe eigentlich da sei}. "
            "{Die Teamleitung habe das Problem mehrfach an die Geschäftsführung gemeldet|Erst mit den neuen Kolleginnen werde sich das wohl ändern}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("placement",),
        text=(
            "Die IFK {berichtet|erzählt}, der Kunde habe {seit dem letzten Interview|vor einigen Wochen} eine Stelle "
            "{als Helfer in einer Großbäckerei|als Fahrer bei einem Lieferdienst} angetreten. {Die Stelle sei "
            "sozialversicherungspflichtig und zunächst auf ein Jahr befristet|Es handle sich um eine Vollzeitstelle, "
            "zunächst befristet}. {Ob das Einkommen reiche, um ganz aus dem Leistungsbezug herauszukommen, sei noch offen|"
            "Ergänzende Leistungen würden voraussichtlich noch für einige Monate nötig sein}. {Sie sei trotzdem sehr zufrieden "
            "mit dem Ergebnis|Für den Kunden sei das ein großer Schritt}."
        ),
        levels=("client",),
        stance="good",
    ),
    # ------------------------------------------------------------------ job_offers
    Passage(
        codes=("placement/job_offers",),
        text=(
            "{Die IFK berichtet|Im Interview wird berichtet}, dass {die Zahl der Vermittlungsvorschläge eher "
            "gesunken sei, ihre Passgenauigkeit aber deutlich gestiegen sei|heute weniger, dafür aber treffsicherere "
            "Vermittlungsvorschläge verschickt würden als früher}. {Weil man die Menschen besser kenne, schicke man "
            "nur noch Angebote, die wirklich passten|Wer seine Kundschaft kenne, müsse nicht mehr mit der Gießkanne "
            "arbeiten}. {Auch die Betriebe merkten das|Die Rückmeldungen der Arbeitgeber seien entsprechend besser}; "
            "{die Quote der Einladungen zum Vorstellungsgespräch sei gestiegen|es gebe weniger Absagen nach dem "
            "ersten Blick auf die Unterlagen}. {Das spare am Ende auch Zeit, weil weniger Absagen nachbearbeitet "
            "werden müssten|Die Kundinnen und Kunden nähmen passende Angebote außerdem ernster}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("placement/job_offers",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie offen eingeräumt wird,} {würden Vermittlungsvorschläge oft in großer "
            "Zahl aus der Jobbörse verschickt|gingen viele Vermittlungsvorschläge ungeprüft aus der Jobbörse raus}, {weil "
            "die Zahl der Vorschläge in den Kennzahlen auftauche|weil auf die Anzahl der Vorschläge geschaut werde}. {Ob "
            "ein Angebot wirklich passe, prüfe man unter diesem Druck nicht immer|Für eine genaue Prüfung fehle bei dieser "
            "Menge die Zeit}. {Die Betriebe seien davon zunehmend genervt|Bei manchen Arbeitgebern habe das dem Ruf des "
            "Jobcenters geschadet}. "
            "{Die Kundinnen und Kunden reagierten darauf zunehmend mit Gleichgültigkeit|Viele bewürben sich dann nur noch pro forma}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("placement/job_offers",),
        text=(
            "Die Kundin {erzählt|berichtet}, sie habe {im ersten Gespräch|gleich beim ersten Termin} {drei "
            "Vermittlungsvorschläge|drei Stellenangebote} mitbekommen. {Zwei davon hätten nicht gepasst, weil Schichtarbeit "
            "verlangt wurde|Eines sei zu weit weg gewesen, ein anderes nur am Wochenende}. {Auf das dritte habe sie sich "
            "beworben und sei zum Vorstellungsgespräch eingeladen worden|Aus dem dritten sei immerhin ein "
            "Vorstellungsgespräch geworden}. {Eine Zusage habe sie zwar nicht bekommen, aber das Gespräch habe ihr Mut "
            "gemacht|Sie warte noch auf eine Antwort}. "
            "{Ihre Vermittlerin habe danach gefragt, wie das Gespräch gelaufen sei|Beim nächsten Termin habe man darüber gesprochen, was sie besser machen könne}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    Passage(
        codes=("placement/job_offers",),
        text=(
            "Der Kunde {erzählt|meint}, die Angebote, die er bekomme, {passten meistens nicht|gingen an ihm vorbei}. "
            "{Er habe keinen Führerschein, bekomme aber Stellen in Gewerbegebieten ohne Busanbindung|Oft gehe es um "
            "Nachtschichten, obwohl er gesagt habe, dass er das wegen der Kinder nicht könne}. {Er bewerbe sich trotzdem, "
            "weil er sonst Ärger bekomme|Beworben habe er sich trotzdem überall, damit niemand sagen könne, er tue nichts}. "
            "{Eine Einladung sei dabei noch nie herausgekommen|Von den Betrieben habe er meist gar keine Antwort bekommen}. "
            "{Er habe das auch schon angesprochen, aber geändert habe sich nichts|Mit seiner Vermittlerin habe er darüber noch nicht richtig reden können}."
        ),
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("placement/job_offers",),
        text=(
            "Die IFK {berichtet|gibt an}, dass sie der Kundin {seit dem letzten Interview|in den vergangenen Monaten} "
            "{fünf Vermittlungsvorschläge|mehrere Vermittlungsvorschläge} geschickt habe, {alle im Verkauf am Vormittag|"
            "jeweils in Teilzeit und in erreichbarer Nähe}. {Zwei Betriebe hätten abgesagt, einer habe sich noch nicht "
            "gemeldet|Aus zwei Angeboten seien Vorstellungsgespräche geworden}. {Sie wähle die Stellen gemeinsam mit der "
            "Kundin aus|Vorher bespreche sie mit der Kundin, ob die Stelle in Frage komme}, {damit keine Vorschläge ins "
            "Leere liefen|was die Trefferquote deutlich verbessere}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("placement/job_offers",),
        text=(
            "Die Kundin {erzählt|berichtet}, {zwischen den Terminen|auch zwischendurch} kämen {ab und zu Briefe mit "
            "Stellen|immer wieder Stellen per Post}, die sie sich anschauen solle. {Manche davon seien interessant|Einige "
            "davon habe sie gut gefunden}, {andere habe sie nicht verstanden, weil sie gar nicht zu ihr passten|bei anderen "
            "frage sie sich, wer die ausgesucht habe}. {Sie melde sich dann jedes Mal bei dem Betrieb|Bei jeder Stelle rufe "
            "sie trotzdem an}, {wie es von ihr verlangt werde|weil man das von ihr erwarte}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    Passage(
        codes=("placement/job_offers", "client_view/perceived_change"),
        text=(
            "Der Kunde {sagt|erzählt}, {früher habe er fast nie Angebote bekommen|früher sei kaum einmal ein Angebot "
            "gekommen}, {und wenn, dann für irgendwelche Helferjobs|und die wenigen hätten nicht gepasst}. {Seit er bei "
            "seiner jetzigen Vermittlerin sei, bekomme er Stellen, die zu dem passten, was er gelernt habe|Heute bekomme er "
            "Angebote im Metallbereich, also genau in seinem Beruf}. {Das sei ein großer Unterschied|Das sei für ihn die "
            "wichtigste Veränderung}; {zweimal sei er schon zum Probearbeiten eingeladen worden|bei einem Betrieb sei er "
            "schon in der zweiten Runde}."
        ),
        levels=("client",),
        stance="good",
    ),
    # ------------------------------------------------------------------ application_support
    Passage(
        codes=("placement/application_support",),
        text=(
            "{Die IFK schildert|Im Interview wird geschildert}, dass die Bewerbungsunterlagen {im Projektteam selbst "
            "überarbeitet würden|heute direkt im Gespräch verbessert würden}, {statt die Leute ins Bewerbungscenter zu "
            "schicken|ohne dafür eine Maßnahme zu bemühen}. {Man gehe den Lebenslauf Zeile für Zeile durch und formuliere "
            "das Anschreiben gemeinsam|Lebenslauf und Anschreiben würden gemeinsam am Bildschirm angepasst}. {Vor wichtigen "
            "Terminen übe man auch das Vorstellungsgespräch|Wer zu einem Vorstellungsgespräch eingeladen sei, könne es vorher "
            "mit der Fachkraft durchspielen}. "
            "{Das sei einer der Bereiche, in denen die zusätzliche Zeit am meisten bringe|Die Kundinnen und Kunden schätzten diese Hilfe sehr}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("placement/application_support",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie im Interview deutlich wird,} {beschränke sich die Unterstützung bei "
            "Bewerbungen derzeit oft auf die Kontrolle der Nachweise|werde bei den Eigenbemühungen vor allem nachgehalten, "
            "ob die vereinbarte Zahl erreicht sei}. {Für Hilfe beim Lebenslauf fehle die Zeit|Inhaltlich an den Unterlagen "
            "zu arbeiten, schaffe man kaum}, {so dass man an einen Träger verweise|weshalb viele ins Bewerbungscenter "
            "geschickt würden}. {Das sei nicht das, was man sich von der Joboffensive versprochen habe|Gerade hier sehe "
            "man großen Verbesserungsbedarf}. "
            "{Die Teamleitung hoffe auf Besserung, sobald die offenen Stellen besetzt seien|Mit voller Besetzung wolle man das wieder selbst übernehmen}."
        ),
        levels=("operational",),
        stance="bad",
    ),
    Passage(
        codes=("placement/application_support",),
        text=(
            "Die Kundin {erzählt|berichtet}, ihre Vermittlerin sei {mit ihr den Lebenslauf Zeile für Zeile "
            "durchgegangen|ihre Bewerbungsunterlagen gründlich mit ihr durchgegangen}. {Sie habe vorgeschlagen, die "
            "Lücke mit der Pflege der Mutter offen zu benennen, statt sie zu verstecken|Die Jahre, in denen sie ihre "
            "Mutter gepflegt habe, stünden jetzt ausdrücklich im Lebenslauf, weil das auch eine Leistung sei}. "
            "{Außerdem habe sie ein neues Foto machen lassen|Auch das Anschreiben sei neu formuliert worden}; "
            "{seitdem bekomme sie häufiger Antworten|seitdem fühle sie sich bei Bewerbungen viel sicherer}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("placement/application_support",),
        text=(
            "Der Kunde {erzählt|berichtet}, er suche {vor allem selbst im Internet|hauptsächlich über die Jobbörse "
            "und Zeitarbeitsfirmen} nach Stellen. {Außerdem frage er im Bekanntenkreis herum|Auch über Bekannte habe "
            "er schon von Stellen erfahren}, {das sei oft der bessere Weg|so habe er früher auch seine letzte Arbeit "
            "gefunden}. {Die Nachweise bringe er zu jedem Termin mit; meist seien es acht bis zehn im Monat|Seine "
            "Bewerbungen schreibe er in eine Liste, die er zu den Gesprächen mitnehme; in manchen Monaten mehr, in "
            "anderen weniger}. "
            "{Von seiner Vermittlerin bekomme er zusätzlich ab und zu Tipps, wo er suchen könne|Ein Arbeitgeber habe ihn neulich sogar zurückgerufen}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    Passage(
        codes=("placement/application_support",),
        text=(
            "Die IFK {berichtet|erzählt}, sie habe {mit dem Kunden vor seinem Vorstellungsgespräch|kurz vor dem Termin beim "
            "Betrieb mit dem Kunden} {das Gespräch einmal durchgespielt|die typischen Fragen geübt}. {Er sei sehr nervös "
            "gewesen und habe kaum gewusst, was er über sich erzählen solle|Der Kunde habe große Angst gehabt, etwas "
            "Falsches zu sagen}. {Nach der Übung sei er deutlich sicherer gewesen|Die Übung habe ihm spürbar geholfen}; "
            "{das Gespräch beim Betrieb sei gut gelaufen|der Betrieb habe ihn zum Probearbeiten eingeladen}. "
            "{Auch den Lebenslauf habe man vorher noch einmal gemeinsam angepasst|Solche Übungen mache sie mit vielen ihrer Kundinnen und Kunden}."
        ),
        levels=("client",),
        stance="good",
        alt=("ifk_role/conversation",),
    ),
    Passage(
        codes=("placement/application_support",),
        text=(
            "Die Kundin {erzählt|sagt}, sie müsse {jeden Monat zehn Bewerbungen nachweisen|jeden Monat eine Liste "
            "mit zehn Bewerbungen abgeben}, {bekomme dabei aber keine Hilfe|Unterstützung gebe es dafür aber keine}. "
            "{Ob ihre Unterlagen überhaupt gut seien, habe sich noch niemand angeschaut|Ihren Lebenslauf habe ihre "
            "Vermittlerin nie gesehen}. {Sie schreibe die Bewerbungen abends am Handy, was mühsam sei|Einen Computer "
            "habe sie zu Hause nicht, was viel Zeit koste}; {Antworten bekomme sie kaum|auf die meisten Bewerbungen "
            "komme nichts zurück}. "
            "{Sie habe das Gefühl, dass es nur um die Zahl gehe|Eigentlich wünsche sie sich jemanden, der mit ihr die Unterlagen durchgeht}."
        ),
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction",),
    ),
    # ------------------------------------------------------------------ employer_contact
    Passage(
        codes=("placement/employer_contact",),
        text=(
            "{Die IFK berichtet|Die IFK erzählt}, dass sie {regelmäßig selbst bei Betrieben anrufe|immer öfter "
            "selbst zum Telefon greife}, wenn sie {für eine Person eine passende Stelle suche|jemanden gezielt "
            "unterbringen wolle}. {Zuletzt habe sie bei einem Gartenbaubetrieb angerufen, den Kunden vorgestellt und "
            "gleich einen Termin zum Probearbeiten vereinbart|Erst vor Kurzem habe sie so einem Kunden einen "
            "Probetag in einer Spedition verschafft}. {Diese bewerberorientierte Vermittlung sei aufwendig, lohne "
            "sich aber fast immer|Das koste Zeit, sei aber oft der direkteste Weg in Arbeit}. "
            "{Die Betriebe schätzten es, wenn sie eine Person nicht nur vom Papier her kennenlernten|Wichtig sei, dass man den Betrieben nur Leute vorstelle, die wirklich passten}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("placement/employer_contact",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie im Interview geschildert wird,} {hätten die Fachkräfte im "
            "Projektteam kaum eigene Kontakte zu Betrieben|spiele die eigene Arbeitgeberansprache im Projektteam "
            "kaum eine Rolle}. {Dafür fehle die Zeit|Neben den Terminen bleibe dafür keine Zeit}, {und außerdem sei "
            "das Aufgabe des Arbeitgeberservice|zumal der Arbeitgeberservice keine Doppelansprache der Betriebe "
            "wünsche}. {Einzelne Kolleginnen telefonierten trotzdem ab und zu mit Betrieben, das sei aber eher die "
            "Ausnahme|Ausnahmen gebe es bei Betrieben, die man seit Jahren kenne, systematisch geschehe das aber "
            "nicht}. "
            "{Die Teamleitung sehe das pragmatisch|Daran werde sich auf absehbare Zeit wohl nichts ändern}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("interfaces/arbeitgeberservice",),
    ),
    Passage(
        codes=("placement/employer_contact",),
        text=(
            "{Die Vertreterin des Arbeitgeberservice|Der Vertreter des Arbeitgeberservice} {berichtet|schildert}, "
            "dass {Betriebe immer wieder zurückmeldeten|von Arbeitgebern häufig die Rückmeldung komme}, die "
            "Fachkräfte aus dem Projektteam meldeten sich direkt bei ihnen, um passende Bewerberinnen und Bewerber "
            "vorzustellen. {Die Vorschläge passten in der Regel gut|Die vorgestellten Leute seien meist gut "
            "vorbereitet}, {weil die Fachkräfte die Betriebe inzwischen kennten|weil man sich vorher über die "
            "Anforderungen abstimme}. {Eine Spedition habe auf diesem Weg zuletzt zwei Stellen besetzt|Ein "
            "Handwerksbetrieb habe so innerhalb einer Woche eine Stelle besetzen können}; {so unkompliziert hätten "
            "die Betriebe das vom Jobcenter nicht erwartet|das spreche sich unter den Arbeitgebern herum}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("placement/employer_contact",),
        text=(
            "{Die Vertreterin des Arbeitgeberservice|Der Vertreter des Arbeitgeberservice} {berichtet|schildert}, "
            "{viele Betriebe klagten darüber|von Arbeitgebern höre man oft}, dass Bewerbungen aus dem Jobcenter "
            "nicht zu den ausgeschriebenen Stellen passten. {Manche Bewerber wüssten nicht, um welche Stelle es "
            "gehe|Einige seien gar nicht erst zum Vorstellungstermin erschienen}. {Die Betriebe wüssten zudem oft "
            "nicht, wen sie im Jobcenter anrufen könnten|Einen festen Ansprechpartner im Projektteam hätten die "
            "meisten Betriebe nicht}; {manche besetzten Stellen deshalb lieber über Zeitarbeit|einige hätten "
            "angekündigt, ihre Stellen künftig nicht mehr zu melden}."
        ),
        levels=("operational",),
        stance="bad",
    ),
    Passage(
        codes=("placement/employer_contact",),
        text=(
            "Der Kunde {erzählt|berichtet}, seine Vermittlerin habe {ein Vorstellungsgespräch direkt im Jobcenter "
            "organisiert|einen Termin mit einem Betrieb im Jobcenter vereinbart} {und sei selbst dabei gewesen|und "
            "habe selbst am Gespräch teilgenommen}. {Das habe ihm die Nervosität genommen|Dadurch sei er viel "
            "ruhiger gewesen}, {weil er nicht allein dem Chef gegenübergesessen habe|weil jemand da war, der ihn "
            "kannte}. {Am Ende habe er einen Probetag bekommen|Danach sei er zum Probearbeiten eingeladen worden}. "
            "{Seine Vermittlerin habe ihn vorher auch gut auf das Gespräch vorbereitet|So etwas habe er vorher beim "
            "Jobcenter nicht erlebt}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("placement/employer_contact",),
        text=(
            "{Nach Darstellung der Projektleitung sei die bewerberorientierte Vermittlung im Projektteam deutlich "
            "ausgebaut worden|Die Geschäftsführung berichtet, dass die Fachkräfte im Projektteam inzwischen gezielt "
            "Betriebe für einzelne Personen ansprächen}. {Dazu gebe es regelmäßig Jobbörsen vor Ort, bei denen "
            "Betriebe und Arbeitsuchende direkt ins Gespräch kämen|Zusätzlich veranstalte man kleine Bewerbertage "
            "mit ausgewählten Betrieben}. {Die Resonanz der Arbeitgeber sei gut|Die Betriebe schätzten diesen "
            "direkten Kontakt sehr}, {auch weil die Vorauswahl stimme|und fragten inzwischen von sich aus nach}. "
            "{Im Haus gelte das als einer der wichtigsten Erfolge der Joboffensive|Das wolle man auch nach dem Ende der Joboffensive beibehalten}."
        ),
        levels=("strategic",),
        stance="good",
    ),
    Passage(
        codes=("placement/employer_contact", "interfaces/arbeitgeberservice"),
        text=(
            "{Die IFK beschreibt|Im Interview wird beschrieben}, dass {die Arbeit mit den Betrieben eng mit dem "
            "Arbeitgeberservice abgestimmt sei|man sich die Arbeit mit den Betrieben mit dem Arbeitgeberservice teile}. "
            "{Der Arbeitgeberservice akquiriere die Stellen, die Fachkräfte im Projektteam sprächen Betriebe gezielt für "
            "einzelne Personen an|Während der Arbeitgeberservice die Stellen hereinhole, stellten die Fachkräfte ihre "
            "Bewerberinnen und Bewerber direkt bei den Betrieben vor}. {In einer wöchentlichen Runde gleiche man Stellen und "
            "Bewerber ab|Einmal pro Woche setze man sich zusammen und schaue, wer auf welche Stelle passt}; {das funktioniere "
            "sehr gut|die Betriebe bekämen so keine doppelten Anrufe}."
        ),
        levels=("operational",),
        stance="good",
    ),
    # ------------------------------------------------------------------ aftercare
    Passage(
        codes=("placement/aftercare",),
        text=(
            "{Die IFK berichtet|Die IFK schildert}, dass sie {nach einer Arbeitsaufnahme in den ersten Wochen zweimal "
            "anrufe|nach dem Start in den Job in den ersten Wochen den Kontakt halte}, {um zu hören, ob es im Betrieb läuft|"
            "um Probleme früh zu erkennen}. {Wenn es hake, spreche sie auch mit dem Betrieb|Bei Schwierigkeiten vermittle "
            "sie zwischen Betrieb und Beschäftigten}. {So seien schon einige Abbrüche in der Probezeit verhindert worden|"
            "Mehrere Beschäftigungen hätten so über die Probezeit hinaus gehalten}, {was für die Nachhaltigkeit entscheidend "
            "sei|und darauf komme es am Ende an}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("placement/aftercare",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie offen eingeräumt wird,} {finde eine Nachbetreuung nach der "
            "Arbeitsaufnahme praktisch nicht statt|sei für eine Begleitung nach der Arbeitsaufnahme keine Zeit}. {Sobald "
            "jemand eine Stelle habe, werde der Fall abgeschlossen|Mit dem Arbeitsvertrag ende in der Regel auch der Kontakt}, "
            "{weil neue Fälle nachrückten|weil die Plätze im Projektteam sofort wieder belegt würden}. {Dass manche nach "
            "wenigen Wochen wieder arbeitslos seien, erfahre man erst, wenn sie erneut vor der Tür stünden|Von Abbrüchen in "
            "der Probezeit höre man meist erst viel später}. "
            "{Das sei bedauerlich, weil gerade die ersten Wochen im Job entscheidend seien|Dabei wisse man, dass gerade die Probezeit kritisch sei}."
        ),
        levels=("operational",),
        stance="bad",
    ),
    Passage(
        codes=("placement/aftercare",),
        text=(
            "Die IFK {berichtet|erzählt}, die Kundin arbeite {seit drei Monaten|seit dem Frühjahr} in einer "
            "{Bäckereifiliale|Wäscherei} und sei {gerade in der Probezeit|noch in der Probezeit}. {Sie telefoniere "
            "alle zwei Wochen kurz mit ihr|Man habe vereinbart, sich alle paar Wochen kurz zu sprechen}, {um zu "
            "hören, wie es laufe|damit kleine Probleme nicht groß würden}. {Einmal habe es Ärger wegen der "
            "Schichtplanung gegeben, den habe man mit einem Anruf beim Betrieb klären können|Als es Schwierigkeiten "
            "mit den Arbeitszeiten gegeben habe, habe ein Gespräch mit der Vorgesetzten geholfen}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("placement/aftercare",),
        text=(
            "Der Kunde {erzählt|berichtet}, er habe {im Sommer|vor einigen Monaten} eine Stelle {in einem Lager|bei einem "
            "Paketdienst} angefangen, {sie aber in der Probezeit wieder verloren|nach sechs Wochen aber wieder gehen müssen}. "
            "{Nach dem Start habe sich niemand mehr bei ihm gemeldet|Vom Jobcenter habe in der ganzen Zeit niemand nachgefragt, "
            "wie es laufe}. {Mit den Arbeitszeiten und dem Weg sei er nicht zurechtgekommen|Es habe Probleme mit dem "
            "Vorarbeiter gegeben}; {vielleicht hätte man das mit etwas Unterstützung lösen können|darüber habe er mit "
            "niemandem reden können}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("placement/aftercare",),
        text=(
            "{Aus Sicht der Projektleitung|Nach Einschätzung der Geschäftsführung} sei die Nachhaltigkeit der Integrationen "
            "{die eigentliche Bewährungsprobe der Joboffensive|ein zentrales Thema}. {Viele Arbeitsaufnahmen seien befristet "
            "oder in Zeitarbeit|Ein erheblicher Teil der neuen Stellen sei befristet}, {und nicht alle hielten über die "
            "Probezeit hinaus|so dass manche nach wenigen Monaten zurückkämen}. {Man beobachte deshalb inzwischen auch, wie "
            "viele Beschäftigungen nach sechs Monaten noch bestünden|Deshalb schaue man nicht nur auf die Zahl der "
            "Integrationen, sondern auch auf ihre Dauer}. "
            "{Dazu würden die Zahlen inzwischen regelmäßig ausgewertet|Erste Auswertungen zeigten ein gemischtes Bild}."
        ),
        levels=("strategic",),
        stance="neutral",
        alt=("controlling/kpi_monitoring",),
    ),
    # ------------------------------------------------------------------ the employer service's view
    Passage(
        codes=("placement/job_offers",),
        text=(
            "{Die Vertreterin des Arbeitgeberservice|Der Vertreter des Arbeitgeberservice} {berichtet|schildert}, "
            "dass die Vermittlungsvorschläge aus dem Projektteam {deutlich passgenauer geworden seien|spürbar besser "
            "zu den Stellen passten als früher}. {Die Betriebe bekämen weniger, dafür aber geeignetere "
            "Bewerbungen|Statt zwanzig Bewerbungen auf eine Stelle kämen heute fünf, von denen drei passten}. {Das "
            "erleichtere die Arbeit des Arbeitgeberservice erheblich, weil die Betriebe wieder bereit seien, ihre "
            "Stellen zu melden|Für die Stellenakquise sei das ein echtes Argument, weil sich die Zufriedenheit der "
            "Arbeitgeber herumspreche}. "
            "{Die Zusammenarbeit mit dem Projektteam sei inzwischen eng und verlässlich|Man stimme sich wöchentlich mit den Fachkräften ab}."
        ),
        levels=("operational",),
        stance="good",
        alt=("interfaces/arbeitgeberservice",),
    ),
    Passage(
        codes=("placement/employer_contact",),
        text=(
            "{Die Vertreterin des Arbeitgeberservice|Der Vertreter des Arbeitgeberservice} {berichtet|erläutert}, dass "
            "man {mehrmals im Jahr kleine Jobbörsen vor Ort veranstalte|regelmäßig Bewerbertage direkt im Jobcenter "
            "organisiere}, {zu denen ausgewählte Betriebe kämen|bei denen sich Betriebe und Arbeitsuchende persönlich "
            "kennenlernten}. {Die Fachkräfte aus dem Projektteam wählten dafür gezielt Bewerberinnen und Bewerber aus|Die "
            "Vorauswahl übernähmen die Fachkräfte aus dem Projektteam}. {Bei der letzten Veranstaltung seien mehrere "
            "Einstellungen zustande gekommen|Die Erfolgsquote sei deutlich höher als bei schriftlichen Bewerbungen}, {was "
            "auch die Betriebe überzeugt habe|so dass die Betriebe gern wiederkämen}."
        ),
        levels=("operational",),
        stance="good",
        alt=("interfaces/arbeitgeberservice",),
    ),
    Passage(
        codes=("placement/aftercare",),
        text=(
            "{Die Vertreterin des Arbeitgeberservice|Der Vertreter des Arbeitgeberservice} {schildert|berichtet}, "
            "dass man {nach einer Einstellung in den ersten Wochen beim Betrieb nachfrage, ob alles laufe|nach der "
            "Arbeitsaufnahme den Kontakt zum Betrieb halte, um zu hören, wie sich die neue Kraft mache}. {Wenn es "
            "Schwierigkeiten gebe, melde man das an die zuständige Fachkraft im Projektteam|Hake es, werde die "
            "zuständige Fachkraft eingeschaltet}, {die dann mit dem Beschäftigten spreche|so dass beide Seiten "
            "Unterstützung bekämen}. {Auf diese Weise hätten schon mehrere Arbeitsverhältnisse die Probezeit "
            "überstanden|Das trage spürbar zur Nachhaltigkeit der Integrationen bei}. {Die Betriebe schätzten diesen "
            "Service sehr|Für viele Betriebe sei das ein Grund, wieder Stellen zu melden}."
        ),
        levels=("operational",),
        stance="good",
        alt=("interfaces/arbeitgeberservice",),
    ),
    Passage(
        codes=("placement",),
        text=(
            "{Die Vertreterin des Arbeitgeberservice|Der Vertreter des Arbeitgeberservice} {bewertet|beurteilt} die "
            "Vermittlungsergebnisse des Projektteams {insgesamt als gut|alles in allem positiv}. {Gerade in der "
            "Logistik und im Handel hätten viele Stellen mit Menschen aus dem Projektteam besetzt werden können|Vor "
            "allem bei Helferstellen im Lager und im Verkauf sei das Projektteam inzwischen eine feste Größe}. "
            "{Schwieriger sei es bei Stellen mit höheren Anforderungen, wo die Betriebe einen Abschluss "
            "verlangten|Bei Fachkräftestellen komme man dagegen selten zum Zug, weil dort formale Abschlüsse "
            "zählten}."
        ),
        levels=("operational",),
        stance="neutral",
    ),
]
