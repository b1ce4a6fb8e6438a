"""Passages on steering and controlling: governance, KPIs, quality assurance, readjustment
(conventions: see contact_density.py)."""

from transcripts.bank import Passage

_ST = "{Die Geschäftsführerin|Der Geschäftsführer|Die Projektleiterin|Der Projektleiter}"
_OP = "{Die Teamleiterin|Der Teamleiter|Die IFK|Die Teamleitung}"
_TL = "{Die Teamleiterin|Der Teamleiter|Die Teamleitung}"

PASSAGES = [
    # ------------------------------------------------------------------ controlling (general)
    Passage(
        codes=("controlling",),
        text=_ST + " {betont|erklärt}, die Steuerung der Joboffensive {laufe|erfolge} {über dieselben Runden wie "
        "alles andere|in den üblichen Strukturen des Hauses}; {Sonderwege gebe es nicht|eigene Gremien habe man "
        "bewusst nicht geschaffen}. {Die Projektleitung berichte in der wöchentlichen Leitungsrunde|Einmal im Monat "
        "stehe das Projekt auf der Tagesordnung der Führungsrunde}, {was kurze Entscheidungswege ermögliche|so "
        "bleibe es eng an die Binnensteuerung angebunden}.",
        levels=("strategic",),
        stance="neutral",
        alt=("controlling/governance",),
    ),
    Passage(
        codes=("controlling",),
        text="{Wer die Joboffensive eigentlich steuere|Wo im Haus über die Joboffensive entschieden werde}, {sei|"
        "bleibe} {aus Sicht des Teams|für das Team} {nicht ganz klar|eher undurchsichtig}, {meint|sagt} " +
        "{die IFK|die Teamleiterin|der Teamleiter}" + ". {Entscheidungen kämen von oben, ohne dass man wisse, wer "
        "sie getroffen habe|Anweisungen erreichten das Team meist als fertige Beschlüsse}; {Rückfragen verliefen im "
        "Sande|eine Rückkopplung finde kaum statt}.",
        levels=("operational",),
        stance="bad",
        alt=("controlling/governance",),
    ),
    # ------------------------------------------------------------------ governance
    Passage(
        codes=("controlling/governance",),
        text=_ST + " {beschreibt|schildert} die Rolle der Regionaldirektion {als zurückhaltend|als eher "
        "rahmensetzend}: {Sie habe den Rahmen gesetzt und sich dann weitgehend herausgehalten|Nach dem "
        "Eckpunktepapier habe es kaum weitere Vorgaben gegeben}. {Die Kommune sitze über die Trägerversammlung mit "
        "am Tisch|Über die Trägerversammlung sei die Kommune eingebunden} {und trage das Projekt mit|und habe der "
        "Beteiligung ausdrücklich zugestimmt}. {Diese Freiräume habe man gut nutzen können|So habe man eigene Wege "
        "gehen können}.",
        levels=("strategic",),
        stance="good",
        alt=("controlling",),
    ),
    Passage(
        codes=("controlling/governance",),
        text=_ST + " {kritisiert|bemängelt}, dass {die BA-Zentrale und die Regionaldirektion|die übergeordneten "
        "Ebenen} {zu viele Detailvorgaben gemacht hätten|eng in die Umsetzung hineinregiert hätten}. {Jede "
        "Abweichung vom Rahmenkonzept müsse begründet werden|Für kleine Änderungen brauche man lange "
        "Abstimmungen}, {und die Berichtspflichten seien erheblich|dazu kämen umfangreiche Berichtspflichten}. "
        "{Mehr Vertrauen in die Jobcenter vor Ort wäre wünschenswert|Vom versprochenen Gestaltungsspielraum sei "
        "wenig zu spüren}.",
        levels=("strategic",),
        stance="bad",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("controlling/governance",),
        text=_ST + " {hebt|hebt besonders} den {Erfahrungsaustausch zwischen den beteiligten Jobcentern|Austausch "
        "mit den anderen Standorten der Joboffensive} hervor, {den die Regionaldirektion organisiere|der über die "
        "Regionaldirektion laufe}. {Zweimal im Jahr treffe man sich zu Workshops|Regelmäßig gebe es "
        "Projektleitertreffen}, {bei denen auch Kolleginnen aus Berlin berichtet hätten|in denen man voneinander "
        "lerne}. {Manches habe man dort direkt übernommen|Das sei für die eigene Planung sehr nützlich gewesen}.",
        levels=("strategic",),
        stance="good",
        alt=("goals/expectations",),
    ),
    Passage(
        codes=("controlling/governance",),
        text="{Die Agentur für Arbeit|Die Agentur} sehe die Joboffensive {mit Wohlwollen|positiv}, "
        "spiele in der Umsetzung aber {nur eine Nebenrolle|kaum eine Rolle}, {erklärt|berichtet} " +
        "{die Geschäftsführerin|der Geschäftsführer|die Projektleiterin|der Projektleiter}" + ". {Die Kommune "
        "dagegen verfolge das Projekt sehr genau|Das Land halte sich heraus}, {weil sie sich Einsparungen bei den "
        "Unterkunftskosten erhoffe|weil es dort vor allem um die Kosten der Unterkunft gehe}.",
        levels=("strategic",),
        stance="neutral",
        alt=("goals/objectives",),
    ),
    Passage(
        codes=("controlling/governance",),
        text="{Von der Regionaldirektion|Von übergeordneten Stellen} bekomme man im Team {kaum etwas mit|"
        "wenig mit}, {meint|sagt} " + "{die IFK|die Teamleiterin|der Teamleiter}" + "; {Vorgaben kämen über die "
        "Projektleitung|was dort entschieden werde, erfahre man über die Teamleitung}. {Einmal sei jemand aus der "
        "Regionaldirektion zu Besuch gewesen|Bei einem Besuch aus der Regionaldirektion habe das Team berichten "
        "dürfen}, {was gut angekommen sei|und das sei durchaus wertschätzend gewesen}.",
        levels=("operational",),
        stance="neutral",
        alt=("controlling",),
    ),
    # ------------------------------------------------------------------ kpi_monitoring
    Passage(
        codes=("controlling/kpi_monitoring",),
        text="Jeden Monat komme aus dem Controlling eine Liste, auf der {für jede Fachkraft|für jede "
        "Kollegin und jeden Kollegen} {Integrationen und überfällige Termine|Integrationen, Kontaktdichte und "
        "offene Wiedervorlagen} {stünden|aufgeführt seien}, {berichtet|erzählt} " + "{die IFK|die Teamleiterin|der "
        "Teamleiter}" + ". {In der Teamrunde werde die Liste gemeinsam durchgegangen|Die Teamleitung bespreche die "
        "Zahlen in Einzelgesprächen}; {das sei transparent und helfe beim Nachsteuern|wer zurückliege, bekomme "
        "Unterstützung}.",
        levels=("operational",),
        stance="good",
        alt=("controlling/quality_assurance",),
    ),
    Passage(
        codes=("controlling/kpi_monitoring",),
        text=_OP + " {beklagt|kritisiert} den {starken|wachsenden} Druck durch Kennzahlen: {Es gehe fast nur noch "
        "um Integrationszahlen|Im Zielnachhaltedialog zähle allein die Integrationsquote}, {was zu Vermittlungen in "
        "kurzfristige Jobs verleite|und dabei gerate die Qualität der Beratung aus dem Blick}. {Wer seine Zahlen "
        "nicht bringe, werde vor dem ganzen Team darauf angesprochen|Die wöchentlichen Auswertungen empfinde man "
        "als Kontrolle}.",
        levels=("operational",),
        stance="bad",
        alt=("goals/objectives",),
    ),
    Passage(
        codes=("controlling/kpi_monitoring",),
        text=_ST + " {betont|erläutert}, dass die Joboffensive {engmaschig|sehr genau} {über Kennzahlen gesteuert|"
        "im Controlling beobachtet} werde: {Integrationen, Kontaktdichte und Abgänge aus dem Leistungsbezug würden "
        "monatlich ausgewertet|Man habe ein eigenes Kennzahlenblatt für das Projektteam entwickelt}. {In den "
        "Zielnachhaltedialogen mit den Teamleitungen werde jede Abweichung besprochen|Abweichungen fielen so früh "
        "auf}, {und das zahle sich aus|die Ergebnisse gäben dem recht}.",
        levels=("strategic",),
        stance="good",
        alt=("goals/objectives",),
    ),
    Passage(
        codes=("controlling/kpi_monitoring",),
        text=_ST + " {räumt ein|gibt zu bedenken}, dass {die vorhandenen Kennzahlen|die Auswertungen aus dem "
        "Controlling} {die Wirkung der Joboffensive nur unzureichend abbildeten|wenig über die Qualität der Arbeit "
        "aussagten}. {Integrationen ließen sich zählen, bessere Beratung nicht|Was in den Gesprächen passiere, "
        "tauche in keiner Statistik auf}; {eine aussagekräftige Auswertung gebe es bislang nicht|man warte noch "
        "auf die Evaluation}.",
        levels=("strategic",),
        stance="neutral",
        alt=("controlling/quality_assurance",),
    ),
    Passage(
        codes=("controlling/kpi_monitoring",),
        text="{Welche Zahlen für sie zählten|Woran die eigene Arbeit gemessen werde}, sehe " + "{die IFK|die "
        "Teamleiterin|der Teamleiter}" + " {jeden Morgen im System|auf einen Blick in der Übersicht}: {Wer überfällig "
        "sei, werde rot markiert|Überfällige Termine leuchteten rot}. {Am Monatsende werde abgerechnet|Einmal im "
        "Monat gebe es die Auswertung}, {und ehrlich gesagt schaue man im Team ständig darauf|das präge den Alltag "
        "mehr, als man zugeben möge}.",
        levels=("operational",),
        stance="neutral",
        alt=("contact_density/compliance",),
    ),
    Passage(
        codes=("controlling/kpi_monitoring",),
        text="{Die Teamleiterin|Der Teamleiter} der Leistungsabteilung {berichtet|erläutert}, dass {ihr Bereich nach "
        "eigenen Kennzahlen gesteuert werde|die Leistungsteams an Bearbeitungszeiten und Rückständen gemessen "
        "würden}. {Die Erfolge des Projektteams tauchten dort nicht auf|Mehr Integrationen schlügen sich in ihren "
        "Zahlen als Mehrarbeit nieder}; {das führe gelegentlich zu Spannungen|darüber rede in der Leitungsrunde "
        "niemand gern}.",
        levels=("operational",),
        stance="neutral",
        alt=("interfaces/leistung",),
    ),
    # ------------------------------------------------------------------ quality_assurance
    Passage(
        codes=("controlling/quality_assurance",),
        text=_TL + " sitze {pro Quartal|zweimal im Halbjahr} bei {zwei Gesprächen|einigen Gesprächen} jeder "
        "Fachkraft mit dabei und bespreche {hinterher, was gut lief|anschließend Stärken und "
        "Verbesserungen}. {Dazu kämen monatliche Fallbesprechungen im Team|Ergänzend gebe es kollegiale Beratung "
        "in kleinen Gruppen}, {die sehr geschätzt würden|in denen schwierige Fälle offen diskutiert würden}. "
        "{Das sei aufwendig, lohne sich aber|Die Zeit dafür sei gut investiert}.",
        levels=("operational",),
        stance="good",
        alt=("staffing/training",),
    ),
    Passage(
        codes=("controlling/quality_assurance",),
        text=_OP + " {bedauert|bemängelt}, dass {Fallbesprechungen|kollegiale Beratung} {zwar vorgesehen seien, "
        "aber selten stattfänden|im Alltag meist ausfielen}. {Es fehle schlicht die Zeit|Termine gingen immer "
        "vor}, {und die Teamleitung sei selbst überlastet|Hospitationen habe es seit Monaten nicht gegeben}. "
        "{Von gemeinsamen Qualitätsstandards könne man kaum sprechen|Wie gut jemand berate, wisse eigentlich "
        "niemand}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing/training",),
    ),
    Passage(
        codes=("controlling/quality_assurance",),
        text=_ST + " {erläutert|beschreibt}, dass man {für die Joboffensive|im Projektteam} {eigene "
        "Qualitätsstandards formuliert habe|gemeinsame Standards für Erst- und Folgegespräche eingeführt habe}: "
        "{Jede Fachkraft arbeite mit einem Gesprächsleitfaden|Es gebe Mindestinhalte für jeden Vermerk}, {und "
        "stichprobenartig würden Akten geprüft|die Teamleitungen prüften Stichproben}. {Hinzu kämen "
        "Gesprächsbeobachtungen durch die Führungskräfte|Die fachaufsichtliche Führung sei dadurch deutlich "
        "verbindlicher geworden}.",
        levels=("strategic",),
        stance="good",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("controlling/quality_assurance",),
        text=_ST + " {räumt ein|gibt zu}, dass es {für die Joboffensive|im Projekt} {keine eigenen "
        "Qualitätsstandards gebe|bisher keine besonderen Verfahren der Qualitätssicherung gebe}. {Man verlasse "
        "sich auf die üblichen Instrumente|Es gälten die normalen Standards des Hauses}; {Supervision habe man "
        "zwar diskutiert, aber nicht eingeführt|eine Supervision sei aus Kostengründen verworfen worden}.",
        levels=("strategic",),
        stance="bad",
        alt=("controlling",),
    ),
    Passage(
        codes=("controlling/quality_assurance",),
        text="{Einmal im Monat|Alle vier Wochen} setze sich das Team {für zwei Stunden|einen Nachmittag} "
        "zusammen, um {schwierige Fälle|Fälle, bei denen man nicht weiterkommt}, {gemeinsam zu besprechen|reihum "
        "vorzustellen}, {erzählt|berichtet} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ". {Oft komme "
        "dabei eine Idee, auf die man allein nicht gekommen wäre|Der Blick von außen helfe enorm}; {auch neue "
        "Kolleginnen lernten dort viel|gerade für die Neuen sei das wertvoll}.",
        levels=("operational",),
        stance="good",
        alt=("staffing/training",),
    ),
    Passage(
        codes=("controlling/quality_assurance",),
        text="{Im Rahmen der fachaufsichtlichen Führung|Von der Fachaufsicht} wünscht sich die IFK {mehr "
        "Rückmeldung zur eigenen Gesprächsführung|regelmäßiges Feedback zu ihren Gesprächen}. {Bisher werde vor allem geprüft, ob die Vermerke vollständig seien|Kontrolliert werde eher "
        "die Dokumentation als die Beratung}; {ob ein Gespräch gut gewesen sei, frage niemand|wie man mit schwierigen "
        "Kunden umgehe, sei kaum Thema}.",
        levels=("operational",),
        stance="bad",
        alt=("ifk_role/conversation",),
    ),
    # ------------------------------------------------------------------ readjustment
    Passage(
        codes=("controlling/readjustment",),
        text=_ST + " {berichtet|erläutert}, dass man {nach dem ersten halben Jahr|nach den ersten Monaten} "
        "{die Zuweisungskriterien gelockert habe|die Kriterien für die Aufnahme ins Projektteam angepasst habe}, "
        "{weil die Projektteams sonst nicht voll geworden wären|weil zu wenige Kundinnen und Kunden die "
        "ursprünglichen Kriterien erfüllt hätten}. {Außerdem habe man die Übergabe neu geregelt|Auch das "
        "Übergabeverfahren sei überarbeitet worden}; {das sei in einer gemeinsamen Runde mit den Teamleitungen "
        "beschlossen worden|die Teams seien daran beteiligt gewesen}.",
        levels=("strategic",),
        stance="neutral",
        alt=("allocation/selection_criteria",),
    ),
    Passage(
        codes=("controlling/readjustment",),
        text="{Seit dem letzten Interview|Seit der ersten Befragung} habe sich {einiges|manches} "
        "{verändert|getan}, {berichtet|erzählt} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ": {Die "
        "Übergaben liefen jetzt über eine gemeinsame Konferenz|Es gebe inzwischen einen festen Übergabetermin pro "
        "Woche}, {und die Terminplanung sei umgestellt worden|außerdem seien die Gesprächszeiten verlängert "
        "worden}. {Die Anregungen aus dem Team seien aufgegriffen worden|Vieles davon sei aus dem Team selbst "
        "gekommen}.",
        levels=("operational",),
        stance="good",
        alt=("interfaces/basisteam",),
    ),
    Passage(
        codes=("controlling/readjustment",),
        text=_OP + " {bemängelt|kritisiert}, dass {Verbesserungsvorschläge aus dem Team|Anregungen der Fachkräfte} "
        "{kaum aufgegriffen würden|in der Regel folgenlos blieben}. {Man habe mehrfach auf die Probleme bei der "
        "Übergabe hingewiesen|Auf die langen Wartezeiten bei den Fachdiensten habe man oft aufmerksam gemacht}, "
        "{ohne dass sich etwas geändert habe|passiert sei bislang nichts}. {Eine Nachsteuerung finde eher auf dem "
        "Papier statt|Von Nachsteuerung merke man im Alltag wenig}.",
        levels=("operational",),
        stance="bad",
        alt=("controlling",),
    ),
    Passage(
        codes=("controlling/readjustment",),
        text="Die Rahmenbedingungen hätten sich {seit dem Start|im Lauf der "
        "Zeit} {verändert|deutlich verschoben}, {meint|erklärt} " + "{die IFK|die Teamleiterin|der Teamleiter|die "
        "Vertreterin des Arbeitgeberservice|der Vertreter des Arbeitgeberservice}" + ": {Der Arbeitsmarkt in der "
        "Region habe angezogen|Die Nachfrage nach Helfern in der Logistik sei gestiegen}, {gleichzeitig seien die "
        "gut Vermittelbaren weg|während die verbliebenen Kundinnen und Kunden schwerer zu vermitteln seien}. {Darauf "
        "müsse das Konzept reagieren|Das verlange andere Strategien als am Anfang}.",
        levels=("operational",),
        stance="neutral",
        alt=("allocation/client_mix",),
    ),
    Passage(
        codes=("controlling/readjustment",),
        text=_ST + " {beschreibt|schildert} {einen festen Prozess der Nachsteuerung|ein geregeltes Verfahren der "
        "Nachsteuerung}: {Vierteljährlich würden Kennzahlen und Rückmeldungen aus den Teams ausgewertet|Jedes "
        "Quartal kämen Projektleitung und Teamleitungen zu einer Bilanzrunde zusammen}, {und daraus würden konkrete "
        "Änderungen abgeleitet|in der Entscheidungen über Anpassungen fielen}. {So habe man etwa die "
        "Gesprächszeiten für Erstgespräche verlängert|Zuletzt habe man die Übergabe aus den Basisteams neu "
        "geregelt}.",
        levels=("strategic",),
        stance="good",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("controlling/readjustment",),
        text=_ST + " {räumt ein|gesteht zu}, dass {eine systematische Nachsteuerung|ein geordneter Prozess zur "
        "Nachsteuerung} {bisher fehle|noch nicht etabliert sei}. {Man reagiere eher auf akute Probleme|Geändert "
        "werde, wenn es brenne}, {etwa bei Personalausfällen|zum Beispiel wenn Stellen unbesetzt blieben}; {für "
        "eine grundsätzliche Überprüfung des Konzepts habe die Zeit gefehlt|eine Bilanz der ersten Phase stehe noch "
        "aus}.",
        levels=("strategic",),
        stance="bad",
        alt=("controlling",),
    ),
    # ------------------------------------------------------------------ without the obvious keywords
    Passage(
        codes=("controlling/kpi_monitoring",),
        text="Am Monatsende {lande|liege} auf jedem Schreibtisch ein Blatt, {auf dem stehe, wie viele Menschen man in "
        "Arbeit gebracht habe und wer zu lange nicht eingeladen worden sei|das zeige, wer wie viele Leute in Arbeit "
        "gebracht habe}, {erzählt|berichtet} {die IFK|die Teamleiterin|der Teamleiter}. {Darüber werde im Team offen "
        "gesprochen|In der Teamrunde gehe man das gemeinsam durch}, {was anfangs manche gestört habe|und "
        "inzwischen sei das für alle normal}.",
        levels=("operational",),
        stance="neutral",
        alt=("goals/objectives",),
    ),
    Passage(
        codes=("controlling/quality_assurance",),
        text=_TL + " {setze|geselle} sich {ab und zu|ein paarmal im Jahr} {mit in ein Gespräch|zu einem "
        "Beratungsgespräch dazu} und gebe {hinterher|anschließend unter vier Augen} Rückmeldung. {Anfangs sei das "
        "für manche ungewohnt gewesen|Einige hätten das zuerst als Kontrolle empfunden}, {heute wünschten sich "
        "die meisten sogar mehr davon|inzwischen werde das als Unterstützung gesehen}. {Dazu komme ein "
        "gemeinsamer Blick in ausgewählte Akten|Ergänzend schaue man gemeinsam in einzelne Akten}.",
        levels=("operational",),
        stance="good",
        alt=("staffing/training",),
    ),
    Passage(
        codes=("controlling/readjustment",),
        text=_ST + " {erläutert|berichtet}, man habe {nach dem ersten Jahr|nach einer Bilanz im Herbst} "
        "{einiges umgestellt|das Konzept an mehreren Stellen angepasst}: {Die Zeiten für das erste Gespräch seien "
        "verlängert worden, und wer kurz vor einer Arbeitsaufnahme stehe, werde enger begleitet|Die Gruppe der "
        "aufgenommenen Personen sei erweitert worden}. {Die Kontaktdichte selbst habe man dabei bewusst nicht "
        "angetastet|An der Kontaktdichte habe man nichts geändert}; {es gehe um Feinarbeit|Grundsätzliches stehe "
        "nicht zur Debatte}.",
        levels=("strategic",),
        stance="good",
        alt=("contact_density",),
    ),
    # ------------------------------------------------------------------ double-coded
    Passage(
        codes=("controlling/readjustment", "staffing/recruitment"),
        text=_ST + " {berichtet|erklärt}, dass man {auf die Personalausfälle|auf die vielen Vakanzen im ersten Jahr} "
        "{mit zusätzlichen Einstellungen reagiert habe|mit einer zweiten Einstellungsrunde reagiert habe}: {Vier neue "
        "Fachkräfte seien im Frühjahr gekommen|Mehrere Stellen seien inzwischen neu besetzt}, {teils entfristet|"
        "diesmal mit längeren Verträgen}. {Seitdem entspanne sich die Lage|Das wirke sich bereits auf die "
        "Kontaktdichte aus}.",
        levels=("strategic",),
        stance="good",
        alt=("staffing",),
    ),
    Passage(
        codes=("controlling/kpi_monitoring", "contact_density/compliance"),
        text="{Ob die Kontaktdichte eingehalten werde|Wie es um die Einhaltung der Kontaktdichte stehe}, zeige {eine wöchentliche Auswertung|eine Liste aus dem Controlling}, {erläutert|berichtet} " + "{die "
        "Teamleiterin|der Teamleiter}" + ". {Darin stehe für jede Fachkraft, wer länger als {interval} nicht "
        "eingeladen worden sei|Überfällige Kontakte würden namentlich aufgelistet}; {die Quote liege derzeit über "
        "neunzig Prozent|fast alle Kundinnen und Kunden würden fristgerecht gesehen}.",
        levels=("operational",),
        stance="good",
        alt=("contact_density/frequency",),
    ),
]
