"""Passages on contact density: frequency, duration, forms of contact, compliance, caseload.

Conventions (shared with the other bank modules, see make_corpus.py):
- strategic passages are told by the GF or PL ("Die Geschäftsführerin", "Aus Sicht der
  Projektleitung"), operational ones by a team lead or the IFK; alternatives offer several speakers
  and the generator keeps those fitting the interviewee.
- client-level passages from the IFK about one client contain "IFK"; those from the client never
  do (they say "ihre Vermittlerin", "sein Ansprechpartner"). Each client-level passage speaks of
  either "die Kundin" or "der Kunde", never both.
"""

from transcripts.bank import Passage

_OP = "{Die Teamleiterin|Der Teamleiter|Die IFK|Die Teamleitung}"  # operational speakers
_ST = "{Die Geschäftsführerin|Der Geschäftsführer|Die Projektleiterin|Der Projektleiter}"  # strategic speakers

PASSAGES = [
    # ------------------------------------------------------------------ contact_density (general)
    Passage(
        codes=("contact_density",),
        text=_ST + " {sieht|beschreibt} die {intensivere Betreuung|höhere Betreuungsintensität} als "
        "{den eigentlichen Kern|das Herzstück} der Joboffensive. {Die zusätzliche Zeit sei vor allem in mehr und "
        "längere Gespräche geflossen|Gewonnen habe man vor allem Zeit für die einzelnen Menschen}; {das spüre man im "
        "ganzen Haus|das merke man sogar an der Stimmung im Wartebereich}. {Vorher seien viele Kundinnen und Kunden "
        "nur verwaltet worden|Früher habe man viele Kunden über Monate nicht zu Gesicht bekommen}, {jetzt wisse jede "
        "Fachkraft, wen sie vor sich habe|heute kenne man die Leute wieder}.",
        levels=("strategic",),
        stance="good",
        alt=("goals/expectations",),
    ),
    Passage(
        codes=("contact_density",),
        text="{Im Projektteam|Unter den Fachkräften des Projektteams} {wird deutlich|zeigt sich}, dass sich die "
        "Betreuung {grundlegend|spürbar} verändert habe: {Man habe|Es gebe} {schlicht mehr Zeit für den einzelnen "
        "Menschen|endlich Luft für Gespräche, die über die Pflichtpunkte hinausgehen}. {Die Betreuungsintensität sei "
        "mit dem Regelgeschäft nicht zu vergleichen|Mit der Arbeit im Basisteam habe das wenig gemein}, "
        "{auch wenn der Dokumentationsaufwand mitgewachsen sei|wenngleich nicht jede gewonnene Minute bei den "
        "Kundinnen und Kunden ankomme}.",
        levels=("operational",),
        stance="neutral",
        alt=("ifk_role",),
    ),
    Passage(
        codes=("contact_density",),
        text=_OP + " {räumt ein|gibt zu bedenken}, dass von der {versprochenen intensiveren Betreuung|"
        "angekündigten Betreuungsintensität} {im Alltag wenig übrig geblieben sei|derzeit nicht viel zu spüren "
        "sei}. {Man sei froh, wenn die Pflichttermine überhaupt stattfänden|Die Gespräche seien wieder kürzer und "
        "seltener geworden}; {für ausführliche Gespräche fehle schlicht die Zeit|ausführliche Beratung sei eher "
        "die Ausnahme}. {Die Kundinnen und Kunden merkten das|Das bleibe auch den Kunden nicht verborgen}.",
        levels=("operational",),
        stance="bad",
        alt=("contact_density/compliance",),
    ),
    # ------------------------------------------------------------------ frequency
    Passage(
        codes=("contact_density/frequency",),
        text=_OP + " {berichtet|schildert|gibt an}, dass die Kundinnen und Kunden {in der Regel {interval}|"
        "etwa monatlich} zu einem persönlichen Gespräch eingeladen werden; {bei Bedarf|wenn es brennt} "
        "{auch öfter|auch kurzfristig}. {Marktnahe Kunden sehe man eher alle drei Wochen|Bei Menschen kurz vor "
        "der Arbeitsaufnahme werde der Abstand verkürzt}, {bei anderen dürfe es auch einmal länger dauern|"
        "während in Maßnahmen auch sechs Wochen vertretbar seien}.",
        levels=("operational",),
        stance="good",
        alt=("contact_density/compliance",),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text="{Im Projektteam|Für die Fachkräfte der Joboffensive} gelte ein {fester|verbindlicher} "
        "Gesprächsrhythmus: {Jede Kundin und jeder Kunde werde {interval} eingeladen|Die Termine würden {interval} "
        "vergeben}. {Im Regelgeschäft seien es früher eher drei Monate gewesen|Vorher habe man die Leute oft nur "
        "zwei- oder dreimal im Jahr gesehen}. {Dieser Turnus sei inzwischen selbstverständlich geworden|An den Takt "
        "hätten sich Kunden und Fachkräfte gleichermaßen gewöhnt}.",
        levels=("operational", "strategic"),
        stance="good",
        alt=("contact_density/compliance", "contact_density"),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text=_ST + " {erläutert|beschreibt} die Vorgaben des Hauses: Im Projektteam {solle|müsse} jede Kundin und "
        "jeder Kunde {interval} persönlich gesprochen werden, {im Basisteam gelte weiterhin ein Abstand von etwa "
        "drei Monaten|in den Basisteams bleibe es beim bisherigen Quartalsrhythmus}. {Bewusst habe man den "
        "Fachkräften Spielräume gelassen|Abweichungen nach oben seien ausdrücklich erwünscht}, {etwa bei "
        "Kundinnen und Kunden kurz vor einer Arbeitsaufnahme|wenn ein Vorstellungsgespräch ansteht}.",
        levels=("strategic",),
        stance="neutral",
        alt=("contact_density/compliance", "controlling/governance"),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text="{Sehr viele Leute|Einige Kundinnen und Kunden} {säßen inzwischen fast jede zweite Woche im Büro|"
        "kämen heute beinahe alle zwei, drei Wochen vorbei}, {berichtet|schildert} " + "{die Teamleiterin|der "
        "Teamleiter|die IFK}. {Wer kurz vor dem Sprung in Arbeit stehe, werde engmaschig begleitet|Bei wem sich "
        "etwas bewege, bleibe man dicht dran}; {andere sehe man eher alle sechs Wochen|bei Menschen in einer "
        "Maßnahme dürfe der Abstand auch größer sein}. {Einen starren Takt gebe es nicht|Man entscheide das im "
        "Einzelfall}.",
        levels=("operational",),
        stance="good",
        alt=("contact_density",),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text="Die Kundin {erzählt|berichtet}, dass sie ihre Vermittlerin {eigentlich jeden Monat|ungefähr alle "
        "vier Wochen} sehe. {Früher sei sie höchstens zweimal im Jahr eingeladen worden|Vor dem Wechsel habe sie "
        "manchmal ein halbes Jahr nichts vom Jobcenter gehört}. {Den nächsten Termin bekomme sie immer gleich am "
        "Ende des Gesprächs|Am Ende jedes Gesprächs werde direkt der nächste Termin ausgemacht}, {das finde sie "
        "verbindlich|so wisse sie immer, woran sie sei}.",
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text="Der Kunde {schildert|berichtet}, er sei {seit dem Wechsel in das neue Team|seit dem Frühjahr} "
        "{ungefähr alle vier Wochen|etwa einmal im Monat} im Haus. {Das sei deutlich öfter als früher|Vorher "
        "habe er seinen Ansprechpartner kaum gekannt}, {als er nur zur Unterschrift der Unterlagen gekommen sei|"
        "da habe es nur alle paar Monate einen Termin gegeben}. {Zwischen den Terminen habe er meist schon eine "
        "Aufgabe zu erledigen|Meist gehe er mit einem Auftrag nach Hause}.",
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text="Die Kundin {erzählt|gibt an}, {seit dem ersten Gespräch|in den vergangenen fünf Monaten} nur "
        "{zwei|ein einziges weiteres} Mal eingeladen worden zu sein. {Man habe ihr zwar gesagt, dass sie jetzt "
        "öfter komme|Angekündigt worden seien monatliche Gespräche}, {davon merke sie aber nichts|doch dabei sei "
        "es geblieben}. {Zwischendurch habe sie selbst angerufen, um nachzufragen|Einmal sei ein Termin "
        "kurzfristig abgesagt und nicht neu vergeben worden}.",
        levels=("client",),
        stance="bad",
        alt=("contact_density/compliance",),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text="Der Kunde {berichtet|schildert}, dass er {seit dem Sommer|seit seinem ersten Gespräch im neuen Team} "
        "{nur alle zwei bis drei Monate|eher selten} einen Termin bekomme. {Von häufigeren Gesprächen habe er "
        "nichts bemerkt|Dass er jetzt intensiver betreut werde, habe ihm niemand gesagt}. {Meist erfahre er aus "
        "einem Brief, wann er wiederkommen solle|Die Einladungen kämen per Post, oft mit wenigen Tagen Vorlauf}.",
        levels=("client",),
        stance="bad",
        alt=("contact_density/compliance", "client_view/perceived_change"),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text="Die IFK {berichtet|erläutert}, dass sie die Kundin {seit der Übernahme|seit dem Erstgespräch} "
        "{regelmäßig {interval}|etwa im Monatsabstand} sehe, {in der Phase der Bewerbungen auch öfter|vor "
        "Vorstellungsgesprächen auch einmal zwischendurch}. {Diese Regelmäßigkeit sei bei ihr wichtig|Gerade bei "
        "dieser Kundin zahle sich der enge Takt aus}, {weil sonst schnell der Faden reiße|da sie sonst dazu neige, "
        "Dinge aufzuschieben}.",
        levels=("client",),
        stance="good",
        alt=("profiling/follow_up",),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text="Die IFK {schildert|gibt an}, der Kunde komme {zuletzt|seit der Übernahme} {etwa alle vier Wochen|"
        "{interval}} zum Gespräch. {Er erscheine zuverlässig|Die Termine nehme er zuverlässig wahr} und "
        "{bringe meist schon Unterlagen mit|habe in der Regel etwas vorbereitet}. {Vor einem Vorstellungsgespräch "
        "habe man sich einmal kurzfristig zusätzlich getroffen|Als sich eine Stelle abgezeichnet habe, sei der "
        "Abstand verkürzt worden}.",
        levels=("client",),
        stance="good",
        alt=("ifk_role/relationship",),
    ),
    # ------------------------------------------------------------------ duration
    Passage(
        codes=("contact_density/duration",),
        text="Für ein Erstgespräch {plane|nehme sich} " + "{die IFK|man im Projektteam|das Team}" + " {neunzig "
        "Minuten|bis zu anderthalb Stunden} Zeit, Folgegespräche dauerten {meist|in der Regel} {duration}. "
        "{Früher seien es oft nur zwanzig Minuten gewesen|Im Regelgeschäft habe man dafür kaum eine halbe Stunde "
        "gehabt}. {Hinzu kämen Vor- und Nachbereitung|Die Vorbereitung mit Blick in die Akte komme noch hinzu}, "
        "{die man sich jetzt auch wirklich nehmen könne|für die nun endlich Raum sei}.",
        levels=("operational",),
        stance="good",
        alt=("ifk_role/conversation",),
    ),
    Passage(
        codes=("contact_density/duration",),
        text=_OP + " {berichtet|erläutert}, dass {die Gesprächszeiten|die Zeitfenster für Gespräche} "
        "{im Kalender fest vorgegeben|im System auf dreißig Minuten getaktet} seien. {Für ein Erstgespräch reiche "
        "das kaum|Gerade bei Erstgesprächen werde es damit knapp}, {man überziehe regelmäßig und hole die Zeit bei "
        "der Nachbereitung wieder herein|die Dokumentation falle dann in die Mittagspause}. {Eine längere "
        "Vorbereitung sei selten drin|Für die Vorbereitung blieben oft nur wenige Minuten}.",
        levels=("operational",),
        stance="bad",
        alt=("contact_density/compliance",),
    ),
    Passage(
        codes=("contact_density/duration",),
        text="{Nach Einschätzung der IFK|Nach Darstellung der Teamleitung} unterschieden sich die Gesprächslängen "
        "{stark|je nach Person deutlich}: {Mit manchen Kunden sei man in zwanzig Minuten "
        "durch, mit anderen sitze man eine gute Stunde|Manche Gespräche seien nach einer Viertelstunde erledigt, "
        "andere zögen sich über eine Stunde}. {Im Schnitt komme man auf {duration}|Durchschnittlich lägen die "
        "Folgegespräche bei {duration}}; {ein starres Zeitraster gebe es nicht|vorgegeben sei nur ein grober "
        "Rahmen}.",
        levels=("operational",),
        stance="neutral",
        alt=("contact_density",),
    ),
    Passage(
        codes=("contact_density/duration",),
        text="Der Kunde {erzählt|berichtet}, das erste Gespräch habe {über eine Stunde|fast anderthalb Stunden} "
        "gedauert; {so lange habe sich vorher noch niemand im Jobcenter Zeit für ihn genommen|das sei für ihn "
        "völlig neu gewesen}. {Die folgenden Gespräche seien kürzer|Spätere Termine dauerten meist eine halbe "
        "Stunde bis Dreiviertelstunde}, {aber nie gehetzt|doch er habe nie das Gefühl, dass auf die Uhr geschaut "
        "werde}.",
        levels=("client",),
        stance="good",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("contact_density/duration",),
        text="Die Kundin {berichtet|erzählt}, {die Gespräche seien meist nach einer Viertelstunde vorbei|sie sei "
        "selten länger als zwanzig Minuten im Büro}. {Oft stehe schon die nächste Person vor der Tür|Man merke, "
        "dass draußen schon jemand warte}. {Für ihre Fragen zur Kinderbetreuung sei da kaum Zeit geblieben|Was sie "
        "eigentlich habe besprechen wollen, komme dann zu kurz}.",
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("contact_density/duration",),
        text="Die IFK {berichtet|schildert}, dass sie {sich für das Erstgespräch mit dem Kunden|für den ersten "
        "Termin mit dem Kunden} {eine gute Stunde|mehr als eine Stunde} Zeit genommen habe, {auch weil vieles zu klären "
        "gewesen sei|da die Unterlagen aus dem Basisteam lückenhaft gewesen seien}. {Die Folgetermine dauerten|"
        "Spätere Gespräche lägen bei} {duration}; {vorbereitet werde jeweils mit einem Blick auf die Vereinbarungen "
        "vom letzten Mal|in der Vorbereitung gehe sie die offenen Punkte durch}.",
        levels=("client",),
        stance="good",
        alt=("profiling/follow_up",),
    ),
    Passage(
        codes=("contact_density/duration",),
        text="{Die Projektleitung|Die Geschäftsführung} {betont|hebt hervor}, dass es {bewusst keine Vorgaben|"
        "keine festen Vorgaben} zur Dauer der Gespräche gebe: {Die Fachkräfte sollten sich die Zeit nehmen, die "
        "der Fall brauche|Wie lange ein Gespräch dauere, entscheide die Fachkraft}. {Für Erstgespräche seien im "
        "Terminsystem aber längere Zeitfenster hinterlegt|Im Kalender seien für Erstgespräche neunzig Minuten "
        "vorgesehen}, {für Folgegespräche {duration}|Folgetermine würden mit {duration} geplant}.",
        levels=("strategic",),
        stance="neutral",
        alt=("controlling/governance",),
    ),
    Passage(
        codes=("contact_density/duration",),
        text="{Eine Stunde sitze man heute schon einmal zusammen|Es komme vor, dass ein Gespräch eine ganze Stunde "
        "dauere}, {berichtet|erzählt} {die IFK|die Teamleiterin|der Teamleiter}, {wenn es um die Familie oder "
        "Schulden gehe|sobald persönliche Probleme auf den Tisch kämen}. {Früher hätte man solche Themen auf den "
        "nächsten Termin in drei Monaten verschoben|Im alten System sei dafür nie Raum gewesen}; {heute bleibe "
        "man dran, bis ein nächster Schritt feststehe|jetzt könne man das Gespräch zu Ende führen}.",
        levels=("operational",),
        stance="good",
        alt=("ifk_role/conversation",),
    ),
    # ------------------------------------------------------------------ contact_forms
    Passage(
        codes=("contact_density/contact_forms",),
        text="{Zwischen den Terminen|Neben den persönlichen Gesprächen} halte " + "{die IFK|das Team}" +
        " {vor allem telefonisch und per E-Mail|per Telefon und Mail} Kontakt. {Viele Kundinnen und Kunden hätten "
        "inzwischen die Durchwahl|Die Kunden kennten ihre direkte Durchwahl}, {und das werde rege genutzt|was "
        "manchmal auch anstrengend sei}. {Stellenangebote würden oft einfach per Mail weitergeleitet|Kurze Fragen "
        "ließen sich so ohne eigenen Termin klären}.",
        levels=("operational",),
        stance="good",
        alt=("contact_density",),
    ),
    Passage(
        codes=("contact_density/contact_forms",),
        text=_OP + " {schildert|berichtet}, dass {E-Mail-Kontakt mit Kundinnen und Kunden|der Kontakt per Mail} "
        "{im Haus nur eingeschränkt erlaubt|wegen des Datenschutzes schwierig} sei. {Man greife daher meist zum "
        "Telefon|Bleibe also das Telefon}, {erreiche die Leute aber oft nicht|doch viele gingen bei unbekannter "
        "Nummer nicht ran}. {Vieles laufe deshalb weiter über Briefe|Am Ende verschicke man doch wieder "
        "Einladungen per Post}.",
        levels=("operational",),
        stance="bad",
        alt=("contact_density",),
    ),
    Passage(
        codes=("contact_density/contact_forms",),
        text="{Neu sei im Projektteam|Eingeführt habe man} {die kurzfristige Einladung|eine Art Kurzkontakt}: "
        "{Wenn eine passende Stelle hereinkomme, rufe man die Person an und bitte sie noch am selben Tag ins Haus|"
        "Kommt eine passende Stelle, werde die Person angerufen und für den nächsten Morgen eingeladen}. "
        "{Daneben gebe es Gruppentermine zu Bewerbungsfragen|Ergänzend fänden Gruppeninformationen statt}, "
        "{die aber das Einzelgespräch nicht ersetzten|die eher als Zusatz gedacht seien}.",
        levels=("operational",),
        stance="good",
        alt=("placement/job_offers",),
    ),
    Passage(
        codes=("contact_density/contact_forms",),
        text="Die Kundin {erzählt|berichtet}, dass sie ihrer Vermittlerin {zwischendurch E-Mails schreibe|auch "
        "zwischen den Terminen schreiben dürfe} und {meist am selben Tag|spätestens am nächsten Tag} eine Antwort "
        "bekomme. {Einmal sei sie angerufen worden, weil eine Stelle ganz in der Nähe frei geworden sei|Als eine "
        "passende Stelle frei wurde, habe die Vermittlerin sie sogar angerufen}. {Das habe sie vom Jobcenter so "
        "nicht gekannt|So etwas habe sie früher nie erlebt}.",
        levels=("client",),
        stance="good",
        alt=("placement/job_offers",),
    ),
    Passage(
        codes=("contact_density/contact_forms",),
        text="Der Kunde {schildert|gibt an}, zwischen den Terminen {keinen Kontakt|so gut wie keinen Kontakt} mit "
        "seinem Ansprechpartner zu haben. {Die Telefonnummer, die er bekommen habe, führe ins Servicecenter|Rufe er "
        "an, lande er im Servicecenter}, {wo man ihm nicht weiterhelfen könne|und dort wisse niemand über seinen "
        "Fall Bescheid}. {Eine E-Mail-Adresse habe man ihm nicht gegeben|Eine direkte Mailadresse habe er nicht}.",
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("contact_density/contact_forms",),
        text="Die IFK {berichtet|erzählt}, dass der Kunde {zwischen den Gesprächen|neben den Terminen} {oft "
        "anrufe|sich regelmäßig per Mail melde}, {meist wegen einer Bewerbung oder eines Formulars|häufig mit "
        "kurzen Fragen zu Stellen}. {Sie schicke ihm Stellenangebote auch per Mail|Passende Angebote leite sie "
        "ihm direkt weiter}, {weil es so schneller gehe|damit er nicht bis zum nächsten Termin warten müsse}.",
        levels=("client",),
        stance="good",
        alt=("placement/job_offers",),
    ),
    Passage(
        codes=("contact_density/contact_forms",),
        text="{Zu Gruppenveranstaltungen sei sie|Zu einer Gruppeninformation sei sie} {einmal|bisher zweimal} "
        "eingeladen worden, {erzählt|berichtet} die Kundin, {einmal zum Thema Bewerbung und einmal zu Teilzeitstellen|"
        "dabei sei es um Bewerbungsunterlagen gegangen}. {Das sei ganz nett gewesen|Geholfen habe ihr das nur "
        "bedingt}, {ersetze aber nicht das Gespräch unter vier Augen|am meisten bringe ihr aber das persönliche "
        "Gespräch}.",
        levels=("client",),
        stance="neutral",
        alt=("measures/measure_use",),
    ),
    Passage(
        codes=("contact_density/contact_forms",),
        text="{Ob man zwischendurch telefoniere|Wie oft zwischen den Terminen telefoniert werde}, {hänge stark von "
        "der Person ab|sei sehr unterschiedlich}, {erläutert|erklärt} {die IFK|die Teamleiterin|der Teamleiter}. "
        "{Bei jüngeren Kundinnen und Kunden laufe viel über Mail und Kurznachrichten, ältere kämen lieber persönlich "
        "vorbei|Manche meldeten sich fast jede Woche, andere nie}. {Dokumentiert werde jeder dieser Kontakte im "
        "System|Jeder Kontakt werde vermerkt}, {auch wenn er nur zwei Minuten dauere|was Zeit koste}.",
        levels=("operational",),
        stance="neutral",
        alt=("contact_density",),
    ),
    # ------------------------------------------------------------------ compliance
    Passage(
        codes=("contact_density/compliance",),
        text=_OP + " {bestätigt|betont}, dass die Vorgabe, {jede Kundin und jeden Kunden {interval} zu sehen|die "
        "Kunden {interval} einzuladen}, {im Projektteam eingehalten werde|praktisch immer eingehalten werde}. "
        "{Ausreißer gebe es nur, wenn jemand absage oder krank sei|Wenn ein Termin ausfalle, werde er innerhalb "
        "weniger Tage nachgeholt}. {Dafür sorge schon die Terminplanung, in der die Folgetermine gleich mitgebucht "
        "würden|Die Terminplanung schlage den nächsten Termin automatisch vor}.",
        levels=("operational",),
        stance="good",
        alt=("contact_density/frequency",),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text=_OP + " {räumt ein|berichtet offen}, dass die Kontaktdichte {in den letzten Monaten|seit dem "
        "Frühjahr} {nicht zu halten gewesen sei|deutlich unterschritten worden sei}. {Viele Kundinnen und Kunden "
        "seien sechs oder acht Wochen nicht eingeladen worden|Statt {interval} sehe man die Leute derzeit eher "
        "alle zwei Monate}; {man habe Prioritäten setzen müssen|zuerst kämen die, bei denen eine Arbeitsaufnahme "
        "in Sicht sei}. {Das sei unbefriedigend|Mit dem Konzept habe das wenig zu tun}.",
        levels=("operational",),
        stance="bad",
        alt=("contact_density/frequency",),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text=_ST + " {bilanziert|erklärt}, die Mindestkontaktdichte werde {im Projektteam zuverlässig eingehalten|"
        "nach den Auswertungen fast durchgängig erreicht}. {Man habe von Anfang an großen Wert darauf gelegt|Das sei "
        "von Beginn an das wichtigste Versprechen der Joboffensive gewesen}, {und die Fachkräfte hätten das "
        "verinnerlicht|und das Team stehe dahinter}. {Jede Kundin und jeder Kunde werde {interval} gesehen|Die Leute "
        "kämen {interval} ins Haus}.",
        levels=("strategic",),
        stance="good",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text=_ST + " {räumt ein|gesteht zu}, dass die vorgesehene Kontaktdichte {im ersten Jahr|in den ersten "
        "Monaten} {nicht durchgängig erreicht worden sei|nur teilweise eingehalten worden sei}. {Ursache seien vor "
        "allem unbesetzte Stellen und Krankheitsausfälle|Das habe an der Personalsituation gelegen}; {man habe dann "
        "bewusst Schwerpunkte gesetzt|statt aller Kunden habe man zuerst die marktnahen eingeladen}. {Inzwischen "
        "sei man auf einem besseren Weg|Man arbeite daran, den Rückstand aufzuholen}.",
        levels=("strategic",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text="{Seit die neuen Kolleginnen da seien|Seit die Stellen wieder besetzt seien}, {klappe|funktioniere} "
        "es {wieder|endlich}, {berichtet|sagt} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ": {Die Leute würden "
        "wieder {interval} eingeladen|Der Monatsrhythmus werde wieder eingehalten}. {Die Rückstände aus dem Winter "
        "seien abgearbeitet|Liegengebliebene Termine habe man nachgeholt}, {und man komme auch wieder zu den "
        "Kundinnen und Kunden, die lange niemand gesehen habe|auch die lange nicht Gesehenen seien wieder im "
        "Blick}.",
        levels=("operational",),
        stance="good",
        alt=("staffing/recruitment", "controlling/readjustment"),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text="Die IFK {schildert|räumt ein}, dass die Kundin {zwischen dem ersten und dem zweiten Gespräch|"
        "zwischenzeitlich} {fast drei Monate|über zehn Wochen} nicht eingeladen worden sei. {In dieser Zeit sei "
        "im Team viel ausgefallen|Grund seien Vertretungen im Team gewesen}; {eigentlich hätte sie die Kundin "
        "öfter sehen müssen|die Vorgabe von {interval} habe man bei ihr nicht geschafft}. {Man habe dann mit "
        "einem längeren Gespräch nachgesteuert|Beim nächsten Termin habe man vieles nachholen müssen}.",
        levels=("client",),
        stance="bad",
        alt=("contact_density/frequency",),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text="Die IFK {berichtet|gibt an}, der Kunde sei {zuletzt|in den vergangenen Monaten} {seltener als "
        "vorgesehen|nur etwa alle acht Wochen} eingeladen worden. {Zwei Termine seien wegen Krankheit im Team "
        "ausgefallen|Ein Termin sei ausgefallen, ein weiterer von ihm selbst abgesagt worden}, {und neue Termine "
        "seien erst Wochen später frei gewesen|der Kalender sei einfach voll}. {Das sei bei ihm eigentlich "
        "ungünstig|Gerade bei ihm wäre mehr Kontakt wichtig}, {weil er sonst schnell den Mut verliere|weil er "
        "klare Strukturen brauche}.",
        levels=("client",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text="Der Kunde {erzählt|schildert}, {ein Termin sei ihm kurzfristig abgesagt worden|zwei Termine seien "
        "von Seiten des Jobcenters verschoben worden}, {ohne dass ein neuer genannt worden sei|und danach habe er "
        "lange nichts gehört}. {Erst als er selbst nachgefragt habe, sei er wieder eingeladen worden|Er habe "
        "schließlich selbst angerufen}. {Den versprochenen Monatsrhythmus habe er so nie erlebt|Von regelmäßigen "
        "Gesprächen könne keine Rede sein}.",
        levels=("client",),
        stance="bad",
        alt=("contact_density/frequency",),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text="Die Kundin {berichtet|erzählt}, dass {die Termine bisher immer stattgefunden hätten|noch kein Termin "
        "ausgefallen sei}; {einmal habe sie selbst verschieben müssen, weil ihr Kind krank gewesen sei|als sie einmal "
        "absagen musste, habe sie sofort einen neuen Termin bekommen}. {Auf die Verabredungen könne sie sich "
        "verlassen|Das Jobcenter halte sich an das, was ausgemacht sei}.",
        levels=("client",),
        stance="good",
        alt=("contact_density/frequency",),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text="{Wer nicht zum Termin erscheine, werde zunächst angerufen und neu eingeladen|Bei unentschuldigtem "
        "Fehlen frage man zuerst telefonisch nach und lade erneut ein}, {erläutert|beschreibt} "
        "{die IFK|die Teamleiterin|der Teamleiter}. {So halte man die Kontaktdichte auch bei schwierigen Fällen "
        "weitgehend ein|Damit sinke die Zahl der Kunden, die aus dem Rhythmus fallen}. {Sanktionen seien eher die "
        "Ausnahme|Erst wenn das nichts bringe, werde über Sanktionen gesprochen}.",
        levels=("operational",),
        stance="neutral",
        alt=("contact_density/contact_forms", "interfaces/leistung"),
    ),
    # ------------------------------------------------------------------ caseload
    Passage(
        codes=("contact_density/caseload",),
        text="{Rechnerisch|Auf dem Papier} betreue jede Fachkraft {hundert|rund hundert} Kundinnen und "
        "Kunden, {berichtet|erläutert} " + "{die Teamleiterin|der Teamleiter|die IFK}" + "; {tatsächlich lägen "
        "einige Kolleginnen derzeit bei über hundertzwanzig|wegen unbesetzter Stellen liege der Schnitt aber eher "
        "bei hundertdreißig}. {Der Schlüssel von {ratio} sei so nicht zu halten|Von {ratio} könne man im Moment nur "
        "träumen}, {solange Vertretungen mitgetragen werden müssten|bis alle Stellen wieder besetzt seien}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("contact_density/caseload",),
        text=_OP + " {bestätigt|berichtet}, dass der Betreuungsschlüssel von {ratio} {im Projektteam|bei den "
        "Fachkräften der Joboffensive} {weitgehend eingehalten|fast durchgehend erreicht} werde. {Schwankungen gebe "
        "es nur, wenn viele auf einmal in Arbeit gingen und die Nachrücker noch nicht da seien|Mal sei man bei "
        "fünfundneunzig, mal bei hundertfünf}. {Das sei gut handhabbar|Mit dieser Fallzahl könne man arbeiten}.",
        levels=("operational",),
        stance="good",
        alt=("contact_density",),
    ),
    Passage(
        codes=("contact_density/caseload",),
        text=_ST + " {verweist auf|nennt} die Zahlen: {Mit {n_ifk} Integrationsfachkräften im Projektteam|Im "
        "Projektteam mit {n_ifk} Fachkräften} {gelte|liege} ein Schlüssel von {ratio}, {während die Basisteams weiter "
        "bei etwa 1:180 lägen|in den Basisteams seien es nach wie vor deutlich über 1:150}. {Genau dieser Unterschied "
        "sei ja der Kern des Modells|Das sei der Hebel, auf den man setze}, {auch wenn er im Haus nicht nur Freunde "
        "habe|auch wenn die Basisteams das mit gemischten Gefühlen sähen}.",
        levels=("strategic",),
        stance="neutral",
        alt=("staffing",),
    ),
    Passage(
        codes=("contact_density/caseload",),
        text="{Im Basisteam|In den Basisteams} {habe sich die Fallzahl kaum verändert|sei die Zahl der Kunden je "
        "Fachkraft sogar gestiegen}, {berichtet|schildert} {die Teamleiterin|der Teamleiter} des Basisteams. {Man habe gehofft, "
        "durch die Abgabe an das Projektteam entlastet zu werden|Eigentlich sei eine Entlastung versprochen "
        "worden}, {doch die Neuzugänge füllten die Lücken schnell wieder auf|tatsächlich betreue jede Kollegin "
        "weiterhin an die zweihundert Menschen}.",
        levels=("operational",),
        stance="bad",
        alt=("interfaces/basisteam",),
    ),
    Passage(
        codes=("contact_density/caseload",),
        text="{Hundert Leute|Rund hundert Menschen} {könne man wirklich kennen|seien eine Zahl, bei der man jeden "
        "Namen im Kopf habe}, {sagt|meint} " + "{die IFK|die Teamleiterin|der Teamleiter}" + "; {bei zweihundert "
        "wie früher sei das unmöglich gewesen|früher im Basisteam habe man manche Akte erst im Gespräch "
        "aufgeschlagen}. {Gerade das mache den Unterschied|Das sei der eigentliche Gewinn}, {weil man Entwicklungen "
        "sehe|weil man merke, wenn jemand abrutsche}.",
        levels=("operational",),
        stance="good",
        alt=("contact_density", "ifk_role/relationship"),
    ),
    Passage(
        codes=("contact_density/caseload",),
        text=_ST + " {berichtet|erläutert}, dass {der Schlüssel von {ratio}|die Betreuungsrelation} {nur im "
        "Jahresdurchschnitt|rechnerisch} erreicht werde. {Weil Stellen erst mit Verzögerung besetzt worden seien|"
        "Wegen der Vakanzen im ersten Halbjahr}, {hätten einzelne Fachkräfte phasenweise hundertvierzig Fälle "
        "gehabt|seien die Fallzahlen zeitweise deutlich darüber gewesen}. {Das habe man gegenüber der "
        "Regionaldirektion auch offen gemeldet|Das sei in den Berichten an die Regionaldirektion auch so "
        "vermerkt}.",
        levels=("strategic",),
        stance="bad",
        alt=("staffing/absence", "controlling/governance"),
    ),
    Passage(
        codes=("contact_density/caseload",),
        text="Die IFK {berichtet|erwähnt}, dass sie {derzeit|im Moment} {etwa hundert|knapp hundert} Kundinnen und "
        "Kunden betreue; der Kunde, um den es im Gespräch geht, {sei einer davon|gehöre dazu}. {Mit dieser "
        "Zahl könne sie sich für ihn die nötige Zeit nehmen|Deshalb sei es möglich, ihn so eng zu begleiten}; "
        "{im Basisteam wäre das nicht machbar gewesen|mit der früheren Fallzahl hätte sie ihn kaum gekannt}.",
        levels=("client",),
        stance="good",
        alt=("contact_density",),
    ),
    # ------------------------------------------------------------------ without the obvious keywords
    Passage(
        codes=("contact_density/frequency",),
        text="Die Kundin {erzählt|sagt}, sie sitze {eigentlich jeden Monat|so gut wie jeden Monat} bei ihrer "
        "Ansprechpartnerin im Büro, {manchmal auch zweimal|vor Vorstellungsgesprächen auch öfter}. {Das sei "
        "am Anfang ungewohnt gewesen|Anfangs habe sie gedacht, das sei eine Kontrolle}, {inzwischen freue sie "
        "sich fast darauf|heute sei es ihr eine Hilfe}. {Früher habe sie im Jobcenter kaum jemanden gekannt|Vorher "
        "habe sie nie gewusst, wer für sie zuständig sei}.",
        levels=("client",),
        stance="good",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("contact_density/frequency",),
        text="Der Kunde {sagt|berichtet}, zwischen zwei Besuchen im Haus {lägen|vergingen} {oft ein Vierteljahr|"
        "meist drei, vier Monate}; {dazwischen passiere nichts|in der Zwischenzeit höre er nichts}. {Man habe ihm "
        "zwar gesagt, er werde jetzt enger begleitet|Dass er jetzt in einem besonderen Team sei, habe man ihm "
        "erzählt}, {gemerkt habe er davon aber nichts|doch im Alltag sei alles wie immer}.",
        levels=("client",),
        stance="bad",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("contact_density/duration",),
        text="{Man könne die Leute jetzt ausreden lassen|Heute könne man die Menschen ausreden lassen}, {erzählt|"
        "berichtet} {die IFK|die Teamleiterin|der Teamleiter}; {niemand schaue mehr nervös auf die Uhr|keiner "
        "müsse mitten im Satz abbrechen, weil draußen schon der Nächste warte}. {Beim ersten Kennenlernen werde "
        "erst einmal über das Leben gesprochen und erst zum Schluss über Stellen|Gerade beim ersten Treffen nehme "
        "man sich bewusst Zeit für die ganze Geschichte}, {was sich später auszahle|weil man sonst das Wichtigste "
        "übersehe}.",
        levels=("operational",),
        stance="good",
        alt=("ifk_role/conversation",),
    ),
    Passage(
        codes=("contact_density/contact_forms",),
        text="Die IFK {erzählt|berichtet}, dass der Kunde {ihr zwischen den Treffen Nachrichten schicke|sich mit "
        "kurzen Nachrichten melde}, {wenn er eine Stelle gefunden habe oder nicht weiterwisse|sobald sich bei "
        "einer Bewerbung etwas tue}. {Sie antworte meist am selben Tag|Eine Antwort bekomme er in der Regel "
        "noch am selben Tag}; {so sei auch festgehalten, was in der EGV als nächster Schritt stehe|nebenbei "
        "erinnere sie ihn so an die Absprachen aus der EGV}.",
        levels=("client",),
        stance="good",
        alt=("egv/steering",),
    ),
    Passage(
        codes=("contact_density/compliance",),
        text=_OP + " {gibt zu|räumt ein}, dass {manche Kundinnen und Kunden seit dem Sommer niemand mehr zu Gesicht "
        "bekommen habe|einige Leute seit Monaten nicht mehr im Haus gewesen seien}. {Auf dem Papier stehe ein "
        "anderer Takt|Geplant sei das anders gewesen}, {doch wenn die Hälfte des Teams fehle, rutschten die "
        "Ruhigen eben durch|aber die Unauffälligen fielen als Erste hinten herunter}. {Man hole das nach, so gut es "
        "gehe|Aufholen werde man das erst im neuen Jahr können}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("contact_density/caseload",),
        text="{Auf jede Kollegin im Team|Auf jede Fachkraft} {kämen|entfielen} {derzeit|im Moment} {deutlich mehr "
        "Menschen als einmal vereinbart|spürbar mehr Leute, als im Konzept stehe}, {berichtet|sagt} " +
        "{die Teamleiterin|der Teamleiter|die IFK}" + ". {Wer neu sei und noch in der Schulung stecke, bekomme "
        "zwar weniger|Neue Kolleginnen würden in den ersten Wochen geschont}, {doch das müssten die anderen "
        "auffangen|was die Erfahrenen zusätzlich trügen}; {ein normales Maß sei das nicht|auf Dauer gehe das nicht "
        "gut}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    # ------------------------------------------------------------------ double-coded
    Passage(
        codes=("contact_density/frequency", "egv/updating"),
        text="{Weil man sich jetzt {interval} sehe|Durch die regelmäßigen Termine}, {werde auch die "
        "Eingliederungsvereinbarung häufiger angepasst|komme man öfter dazu, die Vereinbarung zu aktualisieren}, "
        "{berichtet|erläutert} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ". {Früher habe eine EGV sechs "
        "Monate unverändert gegolten|Im Regelgeschäft sei die EGV ein halbes Jahr liegen geblieben}; {heute werde "
        "sie bei jedem zweiten oder dritten Termin auf den Tisch gelegt|heute werde nach jedem größeren Schritt "
        "nachgebessert}.",
        levels=("operational",),
        stance="good",
        alt=("egv/steering",),
    ),
    Passage(
        codes=("contact_density/compliance", "staffing/absence"),
        text="{Im Winter|Über mehrere Monate} seien im Projektteam {drei von {n_ifk}|mehrere} Stellen "
        "{nicht besetzt|verwaist}, {weil Kolleginnen in andere Jobcenter gewechselt seien|wegen Elternzeit und "
        "Langzeiterkrankung}, {berichtet|schildert} " + "{die Teamleiterin|der Teamleiter|die IFK}" + ". {Die "
        "Kundinnen und Kunden der Vakanzen habe man auf alle verteilt|Deren Kunden hätten die übrigen mitbetreut}; "
        "{die Kontaktdichte sei in dieser Zeit eingebrochen|an monatliche Gespräche sei nicht zu denken gewesen}.",
        levels=("operational",),
        stance="bad",
        alt=("contact_density/caseload",),
    ),
]
