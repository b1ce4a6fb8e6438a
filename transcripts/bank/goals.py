"""Passages on goals and expectations of the EJO (conventions: see contact_density.py)."""

from transcripts.bank import Passage

_ST = "{Die Geschäftsführerin|Der Geschäftsführer|Die Projektleiterin|Der Projektleiter}"
_OP = "{Die Teamleiterin|Der Teamleiter|Die IFK|Die Teamleitung}"

PASSAGES = [
    # ------------------------------------------------------------------ goals (general)
    Passage(
        codes=("goals",),
        text=_ST + " {zieht|äußert} eine {insgesamt positive|durchweg positive} {Zwischenbilanz|Einschätzung}: "
        "{Die Joboffensive habe im Haus einen Aufbruch ausgelöst, den man so lange nicht erlebt habe|Selten habe "
        "ein Projekt so viel Bewegung ins Haus gebracht}. {Auch Kolleginnen und Kollegen außerhalb des "
        "Projektteams sprächen inzwischen anders über Vermittlung|Das strahle weit über das Projektteam hinaus}; "
        "{davon wolle man auch nach dem Projektende etwas behalten|vieles davon solle bleiben}.",
        levels=("strategic",),
        stance="good",
        alt=("goals/expectations",),
    ),
    Passage(
        codes=("goals",),
        text="{Die Joboffensive|Das Projekt} werde {im Haus sehr unterschiedlich gesehen|nicht von allen "
        "gleich getragen}, {meint|berichtet} " + "{die Teamleiterin|der Teamleiter|die IFK}" + ": {Im Projektteam "
        "sei die Begeisterung groß, in den Basisteams eher verhalten|Wer drin sei, finde es gut; wer draußen sei, "
        "sehe vor allem die Mehrarbeit}. {Mit der Zeit habe sich das etwas angeglichen|Inzwischen sei der "
        "Ton sachlicher geworden}.",
        levels=("operational",),
        stance="neutral",
        alt=("interfaces/basisteam",),
    ),
    Passage(
        codes=("goals",),
        text=_OP + " {äußert sich|zeigt sich} {ernüchtert|enttäuscht} über den bisherigen Verlauf: {Von dem "
        "Aufbruch am Anfang sei wenig geblieben|Die große Idee sei im Alltag stecken geblieben}. {Man verwalte "
        "wieder mehr, als dass man vermittle|Vieles laufe wieder wie vorher}, {und viele im Team fragten sich, "
        "wofür man das alles gemacht habe|und die Stimmung im Team sei gedrückt}.",
        levels=("operational",),
        stance="bad",
        alt=("goals/expectations",),
    ),
    # ------------------------------------------------------------------ objectives
    Passage(
        codes=("goals/objectives",),
        text=_ST + " {nennt|beschreibt} {als vorrangiges Ziel|als wichtigstes Ziel} {mehr und schnellere "
        "Integrationen in bedarfsdeckende Beschäftigung|die Senkung der Hilfebedürftigkeit durch mehr "
        "Integrationen}. {Die Integrationsquote im Projektteam solle deutlich über der des übrigen Hauses liegen|"
        "Man habe sich vorgenommen, die Integrationsquote im Projektteam spürbar zu steigern}; {daneben gehe es der "
        "Kommune vor allem um sinkende Kosten der Unterkunft|für die Kommune stünden die Kosten der Unterkunft im "
        "Vordergrund}.",
        levels=("strategic",),
        stance="neutral",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("goals/objectives",),
        text=_ST + " {betont|unterstreicht}, dass {neben den Zahlen|über die Integrationen hinaus} {die Qualität "
        "der Beratung|eine bessere Beratung} ausdrücklich ein Ziel sei. {Man wolle zeigen, dass sich mehr Personal "
        "rechnet|Der Nachweis, dass sich mehr Personal durch Einsparungen selbst trägt, sei wichtig}, {aber nicht um "
        "den Preis schneller Vermittlungen in kurze Jobs|doch es gehe um nachhaltige Arbeitsaufnahmen}. {Das sei "
        "im Haus auch so kommuniziert worden|Diese Linie trage auch die Trägerversammlung}.",
        levels=("strategic",),
        stance="good",
        alt=("goals/expectations", "placement/aftercare"),
    ),
    Passage(
        codes=("goals/objectives",),
        text=_ST + " {sieht|benennt} einen {deutlichen|offenen} Zielkonflikt: {Die Kommune wolle vor allem "
        "Bedarfsgemeinschaften mit hohen Unterkunftskosten erreichen, die Agentur schaue auf Integrationszahlen|"
        "Während die einen auf schnelle Integrationen drängten, wollten die anderen vor allem nachhaltige "
        "Arbeitsaufnahmen}. {Gelöst sei das bis heute nicht|Eine gemeinsame Linie habe man noch nicht gefunden}; "
        "{im Alltag entschieden die Fachkräfte selbst, was Vorrang habe|das lande am Ende bei den Teams}.",
        levels=("strategic",),
        stance="bad",
        alt=("controlling/governance",),
    ),
    Passage(
        codes=("goals/objectives",),
        text="{Die Ziele seien|Die Zielvorgaben seien} {in einer Auftaktveranstaltung|in der ersten Teamsitzung} "
        "{klar kommuniziert worden|offen vorgestellt worden}, {berichtet|erläutert} " + "{die IFK|die "
        "Teamleiterin|der Teamleiter}" + ": {Es gebe einen Zielwert für Integrationen und einen für die "
        "Kontaktdichte|Jede Fachkraft kenne die Integrationsziele des Teams}. {Die Ziele seien ehrgeizig, aber "
        "erreichbar|Umsetzbar seien sie, wenn das Team vollständig besetzt sei}.",
        levels=("operational",),
        stance="good",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("goals/objectives",),
        text=_OP + " {bemängelt|kritisiert}, dass {die Ziele|die Zielvorgaben} {nie richtig erklärt worden seien|"
        "nur als Zahlen in einer Mail angekommen seien}. {Was genau erreicht werden solle, wisse im Team kaum "
        "jemand|Über die Ziele sei im Team nie gesprochen worden}; {man erfahre nur, wenn man hinter den Zahlen "
        "zurückliege|bekannt sei eigentlich nur die Integrationsquote}. {Umsetzbar seien die Vorgaben bei der "
        "jetzigen Besetzung ohnehin nicht|Mit dem aktuellen Personal seien sie kaum zu schaffen}.",
        levels=("operational",),
        stance="bad",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("goals/objectives",),
        text="{Mehr Integrationen|Schnellere Integrationen} habe es {durchaus|spürbar|tatsächlich} gegeben, "
        "{schätzt|meint} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ", {vor allem in Helfertätigkeiten und "
        "in der Logistik|allerdings oft in Teilzeit oder befristet}. {Ob die Hilfebedürftigkeit damit beendet sei, "
        "stehe auf einem anderen Blatt|Bedarfsdeckend seien längst nicht alle Arbeitsaufnahmen}; {viele blieben "
        "aufstockend im Leistungsbezug|ein Teil komme nach einigen Monaten zurück}.",
        levels=("operational",),
        stance="neutral",
        alt=("placement/aftercare", "interfaces/leistung"),
    ),
    Passage(
        codes=("goals/objectives",),
        text="{Die Teamleiterin|Der Teamleiter} der Leistungsabteilung {schätzt|gibt an}, dass es {durch die "
        "Joboffensive|seit Beginn des Projekts} {mehr Arbeitsaufnahmen|deutlich mehr Abgänge in Arbeit} gegeben habe, "
        "{viele davon allerdings nicht bedarfsdeckend|ein großer Teil davon aber mit ergänzendem Leistungsbezug}. "
        "{Für die Leistungsteams heiße das nicht weniger, sondern andere Arbeit|In der Sachbearbeitung sehe man vor "
        "allem mehr Anrechnungsfälle}.",
        levels=("operational",),
        stance="neutral",
        alt=("interfaces/leistung",),
    ),
    # ------------------------------------------------------------------ expectations
    Passage(
        codes=("goals/expectations",),
        text=_OP + " {erzählt|berichtet}, {persönlich habe man sich vor allem erhofft|die größte Hoffnung sei "
        "gewesen}, {endlich wieder richtig vermitteln zu können statt nur zu verwalten|wieder Zeit für die "
        "Menschen statt für Formulare zu haben}. {Das habe sich weitgehend erfüllt|Diese Erwartung sei größtenteils "
        "eingetreten}; {nur die Dokumentation sei nicht weniger geworden|lediglich der Verwaltungsaufwand sei "
        "geblieben}.",
        levels=("operational",),
        stance="good",
        alt=("ifk_role/self_image",),
    ),
    Passage(
        codes=("goals/expectations",),
        text=_OP + " {gibt an|räumt ein}, dass sich {die eigenen Erwartungen|die Hoffnungen vom Anfang} {nur zum "
        "Teil erfüllt hätten|bislang kaum erfüllt hätten}. {Man sei mit viel Elan gestartet|Am Anfang habe man "
        "gedacht, endlich richtig arbeiten zu können}, {doch Personalausfälle und Zahlendruck hätten vieles "
        "zunichtegemacht|dann seien Krankheitsausfälle und volle Kalender gekommen}. {Von der versprochenen Zeit "
        "für die Menschen merke man wenig|Eigentlich arbeite man wie vorher, nur unter anderem Namen}.",
        levels=("operational",),
        stance="bad",
        alt=("goals",),
    ),
    Passage(
        codes=("goals/expectations",),
        text=_ST + " {erklärt|erläutert} die Beteiligung an der Joboffensive {mit der Chance|vor allem mit der "
        "Möglichkeit}, {zusätzliches Personal zu bekommen|mit mehr Personal zu zeigen, was möglich ist}. {Man habe "
        "die Erfahrungen aus der Berliner Joboffensive genau verfolgt|Die Ergebnisse aus Berlin hätten überzeugt}, "
        "{und das Haus habe sich bewusst beworben|deshalb habe man sich früh bei der Regionaldirektion gemeldet}. "
        "{Risiken habe man vor allem bei der Personalgewinnung gesehen|Sorge habe allenfalls die Befristung der "
        "Stellen gemacht}.",
        levels=("strategic",),
        stance="neutral",
        alt=("controlling/governance",),
    ),
    Passage(
        codes=("goals/expectations",),
        text=_ST + " {erwartet|erhofft sich} von der Joboffensive {vor allem|in erster Linie} {den Nachweis, dass "
        "intensive Betreuung wirkt|eine belastbare Antwort auf die Frage, ob mehr Personal mehr Integrationen "
        "bringt}. {Bisher sehe es danach aus|Die ersten Zahlen stimmten zuversichtlich}; {man hoffe, die guten "
        "Ansätze später ins ganze Haus zu übertragen|gute Praxis solle später auch in den Basisteams ankommen}.",
        levels=("strategic",),
        stance="good",
        alt=("goals/objectives",),
    ),
    Passage(
        codes=("goals/expectations",),
        text=_ST + " {räumt ein|gibt offen zu}, dass {die Erwartungen|die Erwartungen an die Joboffensive} {zu "
        "hoch gesteckt gewesen seien|sich bisher nicht erfüllt hätten}. {Man habe unterschätzt, wie lange es dauert, "
        "neues Personal zu finden und einzuarbeiten|Die Anlaufphase habe viel länger gedauert als gedacht}, {und "
        "die Zahlen lägen hinter dem Plan|so dass die Ergebnisse bislang enttäuschten}. {Aufgeben wolle man "
        "deshalb aber nicht|Man setze auf das zweite Jahr}.",
        levels=("strategic",),
        stance="bad",
        alt=("staffing/recruitment", "goals/objectives"),
    ),
    Passage(
        codes=("goals/expectations",),
        text="{Als gute Praxis|Zur Übernahme in die normale Vermittlungsarbeit} {empfiehlt|nennt} " + "{die "
        "IFK|die Teamleiterin|der Teamleiter|die Vertreterin des Arbeitgeberservice|der Vertreter des "
        "Arbeitgeberservice}" + " {vor allem die festen Folgetermine|in erster Linie die kurzen Wege zwischen den "
        "Beteiligten}: {Wer wisse, wann er wiederkommt, bleibe dran|Wenn alle wüssten, wen sie anrufen können, "
        "gehe vieles schneller}. {Das lasse sich auch ohne Projektmittel übertragen|Dafür brauche es nicht einmal "
        "mehr Personal, nur klare Absprachen}.",
        levels=("operational",),
        stance="good",
        alt=("controlling/readjustment",),
    ),
    Passage(
        codes=("goals/expectations",),
        text="{Was von der Joboffensive bleiben solle|Was man aus dem Projekt mitnehmen könne}, sei {schwer zu "
        "sagen|noch nicht ausgemacht}, {meint|sagt} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ". {Viel "
        "hänge am Personalschlüssel, und der lasse sich nicht einfach übertragen|Ohne die kleineren Fallzahlen "
        "funktioniere das meiste nicht}; {einzelne Elemente wie die gemeinsamen Fallbesprechungen könne man aber "
        "sicher übernehmen|Übertragbar seien am ehesten die Gesprächsleitfäden}.",
        levels=("operational",),
        stance="neutral",
        alt=("controlling/quality_assurance",),
    ),
    Passage(
        codes=("goals/expectations",),
        text="{Ins Projektteam|In die Joboffensive} sei sie {gewechselt|gegangen}, {erzählt|berichtet} die IFK, "
        "{weil die Arbeit im Basisteam nur noch aus Verwalten bestanden habe|weil sie wieder näher an den Menschen "
        "habe arbeiten wollen}. {Die Erwartung, mehr bewirken zu können, habe sich erfüllt|Das "
        "sei auch so eingetreten}; {der Druck durch die Zahlen sei allerdings größer als gedacht|überrascht habe sie "
        "nur der Zahlendruck}.",
        levels=("operational",),
        stance="good",
        alt=("staffing/recruitment",),
    ),
    Passage(
        codes=("goals/expectations",),
        text="{Die Vertreterin|Der Vertreter} des Arbeitgeberservice {erzählt|berichtet}, man habe sich von der "
        "Joboffensive {vor allem besser vorbereitete Bewerberinnen und Bewerber erhofft|in erster Linie passendere "
        "Vorschläge aus dem Jobcenter erhofft}. {Das habe sich zum Teil erfüllt|Teilweise sei das eingetreten}: "
        "{Die Bewerber aus dem Projektteam kämen besser vorbereitet zu den Betrieben|Die Vorschläge seien "
        "zielgenauer geworden}, {bei den übrigen Teams merke man keinen Unterschied|außerhalb des Projektteams "
        "habe sich wenig getan}.",
        levels=("operational",),
        stance="neutral",
        alt=("interfaces/arbeitgeberservice",),
    ),
    Passage(
        codes=("goals/objectives",),
        text="{Am Ende gehe es darum|Im Kern gehe es darum}, {dass mehr Familien wieder ohne Unterstützung vom Amt "
        "auskommen|dass mehr Menschen von ihrer Arbeit leben können}, {sagt|meint} " + "{die Geschäftsführerin|"
        "der Geschäftsführer|die Projektleiterin|der Projektleiter}" + ". {Jede Arbeitsaufnahme, die eine Familie "
        "unabhängig mache, zähle doppelt|Wichtiger als jede einzelne Stelle sei, dass sie auch trage}; {das habe "
        "man auch den Teams so vermittelt|so sei es auch im Haus angekommen}.",
        levels=("strategic",),
        stance="good",
        alt=("goals/expectations",),
    ),
    # ------------------------------------------------------------------ double-coded
    Passage(
        codes=("goals/objectives", "controlling/kpi_monitoring"),
        text="{Die Integrationsziele|Die Zielwerte} würden {jeden Monat|monatlich} {mit den Ist-Zahlen "
        "abgeglichen|in der Teamrunde besprochen}, {berichtet|erläutert} " + "{die Teamleiterin|der Teamleiter|die "
        "IFK}" + ". {Wer hinter seinem Anteil zurückliege, werde angesprochen|Die Liste zeige für jede Fachkraft, "
        "wo sie stehe}; {das erzeuge Druck, aber auch Klarheit|manche empfänden das als Ansporn, andere als "
        "Belastung}.",
        levels=("operational",),
        stance="neutral",
        alt=("goals",),
    ),
]
