"""Passages on the integration agreement (EGV): individuality, updating, joint drafting, steering.

Client-level passages: those from the IFK about one client contain "IFK"; those from the client
(eLb) never do and speak of "ihre/seine Vermittlerin". Each client-level passage speaks of either
"die Kundin" or "der Kunde", never both, so that a generator can keep one client per protocol.
"""

from __future__ import annotations

from transcripts.bank import Passage

PASSAGES = [
    # ------------------------------------------------------------------ egv (general)
    Passage(
        codes=("egv",),
        text=(
            "Die Eingliederungsvereinbarung sei {nach Aussage der Geschäftsführung|aus Sicht der Projektleitung} ein "
            "Thema, bei dem sich im Haus die Geister schieden. {Die einen sähen darin vor allem eine gesetzliche "
            "Pflicht, die anderen ein Werkzeug für die Beratung|Für manche sei sie in erster Linie ein "
            "Rechtsinstrument, für andere ein Mittel, Absprachen festzuhalten}. {Eine einheitliche Linie gebe es "
            "dazu bislang nicht|Man habe bewusst darauf verzichtet, den Teams hier etwas vorzuschreiben}, {zumal "
            "sich die gesetzlichen Vorgaben gerade änderten|und warte die weitere Entwicklung ab}."
        ),
        levels=("strategic",),
        stance="neutral",
    ),
    Passage(
        codes=("egv",),
        text=(
            "{Im Interview wird deutlich|Die Interviewperson macht deutlich}, dass die EGV im Projektteam {keine große Rolle "
            "spiele|eher am Rand stehe}. {Wichtiger sei das Gespräch selbst|Entscheidend sei, was im Gespräch passiere}, "
            "{die Vereinbarung halte nur fest, was ohnehin besprochen sei|das Papier dokumentiere lediglich die Ergebnisse}. "
            "{Einige Kolleginnen sähen das anders und arbeiteten sehr eng mit der EGV|Es gebe im Team allerdings auch Kolleginnen, "
            "die der Vereinbarung mehr Gewicht gäben}, {das sei eine Frage des Stils|hier sei jede Fachkraft etwas anders unterwegs}."
        ),
        levels=("operational",),
        stance="neutral",
    ),
    Passage(
        codes=("egv",),
        text=(
            "Die Kundin {weiß|erinnert sich}, dass sie {eine Eingliederungsvereinbarung unterschrieben habe|im Jobcenter eine "
            "Vereinbarung unterschrieben habe}, {kann aber nicht mehr genau sagen, was darin stehe|weiß aber nicht mehr genau, was darin "
            "steht}. {Ob das gut oder schlecht sei, könne sie nicht beurteilen|Eine Meinung dazu habe sie eigentlich nicht}; "
            "{so etwas gehöre eben dazu|das sei nun einmal so üblich}. {Wichtiger sei ihr, dass sie mit ihrer Vermittlerin gut "
            "zurechtkomme|Für sie zähle mehr, wie die Gespräche liefen}. "
            "{Sie habe das Papier in ihrer Mappe abgeheftet und seitdem nicht mehr hineingeschaut|Die Vereinbarung liege irgendwo bei ihren Unterlagen}."
        ),
        levels=("client",),
        stance="neutral",
        alt=("egv/steering",),
    ),
    # ------------------------------------------------------------------ individuality
    Passage(
        codes=("egv/individuality",),
        text=(
            "{Nach Darstellung der Geschäftsführung seien die Eingliederungsvereinbarungen im Projektteam deutlich "
            "individueller als früher|Die Projektleitung betont, dass die EGVs im Projektteam inzwischen auf die "
            "einzelne Person zugeschnitten seien}. {Man habe die Fachkräfte ausdrücklich ermuntert, auf "
            "Textbausteine zu verzichten|Die Vorgabe laute, konkrete Schritte mit Datum und Ansprechpartner "
            "festzuhalten, statt Standardformulierungen zu verwenden}. {Das sei eine der sichtbarsten Veränderungen "
            "durch die Joboffensive|In Stichproben zeige sich, dass das weitgehend gelinge}. {Die Regionaldirektion "
            "habe dazu eine Arbeitshilfe mit Beispielen herausgegeben|Eine Arbeitshilfe mit gelungenen "
            "Formulierungen sei allen Teams zur Verfügung gestellt worden}."
        ),
        levels=("strategic",),
        stance="good",
    ),
    Passage(
        codes=("egv/individuality",),
        text=(
            "{Die Projektleitung räumt ein|Nach Einschätzung der Geschäftsführung gilt}, dass die EGVs auch im Projektteam "
            "{überwiegend aus Textbausteinen bestünden|meist aus Standardformulierungen zusammengesetzt würden}. {Das habe vor "
            "allem rechtliche Gründe|Hintergrund sei die Sorge um die Rechtssicherheit}: {Individuelle Formulierungen seien "
            "angreifbarer, wenn es zu einem Widerspruch komme|Bei einer Sanktion müsse die Vereinbarung vor Gericht bestehen}. "
            "{Die Verständlichkeit für die Kundschaft leide darunter|Dass die Menschen die Texte oft kaum verstünden, nehme man in "
            "Kauf}, {auch wenn das niemand gut finde|so unbefriedigend das sei}."
        ),
        levels=("strategic",),
        stance="bad",
        alt=("egv/steering",),
    ),
    Passage(
        codes=("egv/individuality",),
        text=(
            "Die IFK {berichtet|schildert}, dass sie in die EGV {nur konkrete Schritte aufnehme|ausschließlich Dinge schreibe, die "
            "im Gespräch verabredet worden seien}: {etwa drei Bewerbungen bei namentlich genannten Betrieben bis zu einem festen "
            "Datum|zum Beispiel zwei Bewerbungen pro Woche in einer bestimmten Branche} und {die Zusage, die Fahrtkosten zu "
            "übernehmen|was das Jobcenter im Gegenzug leistet}. {Allgemeine Sätze über Eigenbemühungen lasse sie weg|Pauschale "
            "Formulierungen aus dem Baukasten verwende sie kaum noch}, {weil die niemandem helfen|weil damit niemand etwas anfangen könne}."
        ),
        levels=("operational",),
        stance="good",
        alt=("egv/joint_drafting",),
    ),
    Passage(
        codes=("egv/individuality",),
        text=(
            "{Im Interview wird offen eingeräumt|Die Interviewperson räumt offen ein}, dass die EGV {meist aus den Textbausteinen "
            "der Software zusammengeklickt werde|in der Regel mit den vorgegebenen Bausteinen erstellt werde}. {Bei der Zahl der "
            "Fälle sei für individuelle Formulierungen schlicht keine Zeit|Individuell formulieren könne man bei dieser Belastung nicht}; "
            "{oft werde die alte Vereinbarung kopiert und nur das Datum geändert|häufig übernehme man die vorige Fassung fast "
            "unverändert}. {Das sei eine Standard-EGV, das wisse jeder|Dass das nicht im Sinne der Joboffensive sei, sei allen klar}. "
            "{Die Teamleitung kenne das Problem, könne aber derzeit nichts daran ändern|Eine Änderung sei erst zu erwarten, wenn wieder mehr Personal da sei}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("egv/updating",),
    ),
    Passage(
        codes=("egv/individuality",),
        text=(
            "Die IFK {erläutert|berichtet}, dass in der EGV des Kunden {sehr konkrete Punkte stünden|genau festgehalten sei, "
            "was bis wann passieren solle}: {Bewerbungen bei vier Pflegeeinrichtungen im Umkreis, ein Termin bei der "
            "Führerscheinstelle|die Bewerbung bei zwei Pflegediensten, die Anmeldung zur Führerscheinprüfung} und {die "
            "Kostenübernahme für die Fahrstunden durch das Jobcenter|die Zusage, die Fahrstunden zu fördern}. {Vermittlungsvorschläge "
            "würden dort bewusst nicht aufgeführt|Allgemeine Floskeln habe sie bewusst weggelassen}, {damit der Kunde genau wisse, "
            "woran er sei|so dass der Kunde jeden Punkt nachvollziehen könne}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("egv/individuality",),
        text=(
            "Die Kundin {sagt|berichtet}, in der Vereinbarung {stünden dieselben Sätze wie in der vom letzten Jahr|stehe genau das "
            "Gleiche wie in allen früheren}, {nur das Datum sei neu|lediglich die Unterschrift sei eine andere}. {Sie solle sich "
            "zehnmal im Monat bewerben und jede Änderung melden|Es gehe um Bewerbungen, Nachweise und Meldepflichten}, {aber was "
            "sie konkret tun solle, stehe nicht drin|von ihrem Wunsch, in Teilzeit zu arbeiten, sei keine Rede}. {Das meiste habe "
            "sie ohnehin nicht verstanden|Die Sprache sei für sie schwer zu verstehen}, {gefragt habe sie aber nicht|weil es so "
            "juristisch formuliert sei}."
        ),
        levels=("client",),
        stance="bad",
        alt=("egv/updating",),
    ),
    Passage(
        codes=("egv/individuality",),
        text=(
            "Der Kunde {erzählt|meint}, in dem Papier stehe {das, was wohl bei allen drinstehe|nur das Übliche, was er schon kenne}: {Bewerbungen schreiben, Termine einhalten, Bescheid sagen, wenn man krank sei|Termine wahrnehmen, sich bewerben "
            "und Nachweise bringen}. {Dass er seit Monaten einen Platz für den Staplerkurs suche, stehe dort nicht|Von seinem Plan, "
            "als Fahrer zu arbeiten, finde sich darin nichts}. {Er habe es unterschrieben, weil man das eben so mache|Mit ihm "
            "persönlich habe das eigentlich wenig zu tun}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("egv/individuality",),
        text=(
            "Die Kundin {erzählt|berichtet}, in ihrer Vereinbarung stehe {genau das, was sie mit ihrer Vermittlerin besprochen "
            "habe|ziemlich genau, was im Gespräch verabredet worden sei}: {die Bewerbung bei den beiden Bäckereien, der Termin "
            "bei der Kita und der Zuschuss für die Monatskarte|Bewerbungen im Verkauf am Vormittag und die Hilfe bei der Suche nach "
            "einem Kitaplatz}. {Sie habe alles gut verstanden|Die Sätze seien verständlich gewesen}, {anders als bei früheren "
            "Vereinbarungen|was sie von früher nicht kenne}. {Sie habe das Papier sogar zu Hause aufgehängt|Sie schaue selbst "
            "ab und zu hinein}."
        ),
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    # ------------------------------------------------------------------ updating
    Passage(
        codes=("egv/updating",),
        text=(
            "{Die IFK berichtet|Im Interview wird geschildert}, dass die EGV im Projektteam {nicht mehr für sechs "
            "Monate abgeschlossen werde|keine lange Laufzeit mehr habe}, {sondern nach jedem zweiten Gespräch "
            "fortgeschrieben werde|sondern regelmäßig an den Stand der Dinge angepasst werde}. {Sobald sich etwas "
            "Wesentliches ändere, etwa der Zielberuf oder eine Maßnahme, werde sie neu gefasst|Bei jedem größeren "
            "Schritt passe man sie an}. {Das mache zwar Arbeit, halte die Vereinbarung aber aktuell|Der Aufwand sei "
            "höher, aber dafür stimme das Papier mit dem überein, was tatsächlich passiere}. {Im Team sei das "
            "inzwischen selbstverständlich geworden|Die Kundinnen und Kunden schätzten es, immer eine aktuelle "
            "Fassung in der Hand zu haben}."
        ),
        levels=("operational",),
        stance="good",
        alt=("egv/steering",),
    ),
    Passage(
        codes=("egv/updating",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie im Interview eingeräumt wird,} {laufe die EGV in der Regel sechs Monate|"
            "werde die EGV für die längstmögliche Laufzeit abgeschlossen} und werde {zwischendurch kaum angefasst|in dieser Zeit "
            "selten geändert}. {Eine Anpassung sei mit so viel Schreibarbeit verbunden, dass man sie sich spare|Für eine "
            "Fortschreibung fehle bei der aktuellen Personallage die Zeit}, {selbst wenn sich der Plan längst geändert habe|auch "
            "wenn die Vereinbarung dann nicht mehr zur Lage passe}. {Erst wenn sie auslaufe, mache man eine neue|Die Folge-EGV "
            "entstehe meist erst nach Ablauf}."
        ),
        levels=("operational",),
        stance="bad",
    ),
    Passage(
        codes=("egv/updating",),
        text=(
            "{Aus Sicht der Geschäftsführung|Nach Darstellung der Projektleitung} {gelte im Projektteam die Linie|gebe es die "
            "Erwartung}, die EGV {bei jeder Änderung des Ziels oder der Strategie zu aktualisieren|mit kurzer Laufzeit abzuschließen "
            "und laufend fortzuschreiben}. {Eine starre Laufzeit von sechs Monaten passe nicht zu monatlichen Gesprächen|Bei "
            "häufigeren Kontakten ergebe eine lange Laufzeit wenig Sinn}. {Ob das überall so umgesetzt werde, könne man "
            "allerdings nur stichprobenartig prüfen|Die Umsetzung werde in den Fachaufsichtsgesprächen angesprochen}, {bislang "
            "mit gutem Ergebnis|die Tendenz sei aber gut}. "
            "{Man verspreche sich davon, dass die Vereinbarung näher am Beratungsprozess bleibe|Die Teamleitungen achteten darauf besonders}."
        ),
        levels=("strategic",),
        stance="good",
        alt=("controlling/quality_assurance",),
    ),
    Passage(
        codes=("egv/updating",),
        text=(
            "{Die Projektleitung räumt ein|Die Geschäftsführung gesteht ein}, dass {viele Eingliederungsvereinbarungen im "
            "Projektteam abgelaufen seien|ein beträchtlicher Teil der EGVs nicht mehr gültig sei}, {ohne dass eine neue "
            "abgeschlossen wurde|ohne rechtzeitig erneuert worden zu sein}. {Die Personalausfälle der letzten Monate hätten hier "
            "Spuren hinterlassen|Das sei eine Folge der angespannten Personalsituation}. {Teilweise würden Folge-EGVs inzwischen "
            "per Post verschickt|Man habe nun begonnen, abgelaufene Vereinbarungen systematisch nachzuholen}, {was natürlich nicht "
            "im Sinne der Joboffensive sei|auch wenn das fachlich nicht ideal sei}. "
            "{Eine schnelle Lösung sei nicht in Sicht|Auch die Regionaldirektion habe das Thema bereits angesprochen}."
        ),
        levels=("strategic",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("egv/updating",),
        text=(
            "Die IFK {berichtet|erzählt}, dass sie die EGV {mit der Kundin seit dem ersten Interview zweimal angepasst habe|der "
            "Kundin inzwischen zweimal fortgeschrieben habe}. {Nach dem Wechsel des Zielberufs in die Gastronomie|Als klar war, "
            "dass es im Verkauf nicht weitergehe,} habe man {die Bewerbungsziele neu gefasst|die vereinbarten Schritte neu "
            "formuliert}; {später sei noch der Sprachkurs aufgenommen worden|beim zweiten Mal sei der Kurs am Abend hinzugekommen}. "
            "{So sei das Papier immer auf dem aktuellen Stand|Die Kundin habe jeweils die neue Fassung mitbekommen}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("egv/updating",),
        text=(
            "Der Kunde {sagt|erzählt}, er habe {noch die Vereinbarung aus der Zeit vor dem Wechsel|immer noch die alte "
            "Vereinbarung aus dem Basisteam}, {obwohl sich seitdem eigentlich alles geändert habe|auch wenn er inzwischen ganz "
            "andere Stellen suche}. {Darin stehe noch die Umschulung, die längst abgesagt sei|Die Punkte darin passten gar nicht "
            "mehr zu dem, was jetzt besprochen werde}. {Angepasst worden sei sie nie|Eine neue habe ihm bisher niemand "
            "angeboten}, {und er habe auch nicht danach gefragt|was ihn nicht weiter störe}. "
            "{Seine Vermittlerin habe das Thema bisher nicht angesprochen|In den Gesprächen gehe es ohnehin um anderes}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("egv/updating",),
        text=(
            "Die Kundin {erzählt|berichtet}, nach dem Praktikum {habe man das Papier neu gemacht|sei das Papier neu aufgesetzt "
            "worden}; {jetzt stehe die Weiterbildung drin|nun stünden dort die Weiterbildung und die Bewerbungen im Büro}. {Das "
            "sei schon das dritte Mal gewesen|Auch vorher sei es schon einmal geändert worden}, {immer dann, wenn sich etwas "
            "getan habe|jedes Mal, wenn es einen neuen Schritt gab}. {Sie finde das gut, weil es dann auch stimme|Auf diese Weise "
            "passe das, was drinstehe, zu dem, was sie gerade mache}."
        ),
        levels=("client",),
        stance="good",
    ),
    # ------------------------------------------------------------------ joint_drafting
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "{Die IFK schildert|Im Interview wird geschildert}, dass die EGV {gemeinsam am Bildschirm formuliert werde|im "
            "Gespräch Punkt für Punkt zusammen erarbeitet werde}. {Der Bildschirm werde dazu so gedreht, dass beide lesen "
            "könnten|Die Kundinnen und Kunden könnten mitlesen und Änderungen vorschlagen}; {was nicht passe, werde umformuliert|"
            "Einwände würden ernst genommen und eingearbeitet}. {Am Ende wisse jeder, was drinstehe und warum|So verstünden die "
            "Menschen, worauf sie sich einlassen}, {und die Unterschrift sei keine bloße Formsache|und es gebe kaum Streit über "
            "die Inhalte}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie offen eingeräumt wird,} {werde die EGV meist vorbereitet und "
            "am Ende des Termins zur Unterschrift vorgelegt|lege man die fertige EGV in der Regel am Schluss des "
            "Gesprächs zur Unterschrift hin}. {Für eine gemeinsame Erarbeitung reiche die Zeit nicht|Zusammen "
            "formulieren sei bei dem Terminplan nicht drin}. {Wer nicht unterschreibe, bekomme die Vereinbarung als "
            "Verwaltungsakt|Weigere sich jemand, werde ein Verwaltungsakt erlassen}; {das komme aber selten vor, "
            "weil kaum jemand Ärger wolle|die meisten unterschrieben ohne Nachfrage, was nicht unbedingt heiße, dass "
            "sie einverstanden seien}."
        ),
        levels=("operational",),
        stance="bad",
    ),
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "{Die Geschäftsführung erwartet nach eigener Aussage|Nach Darstellung der Projektleitung erwarte das "
            "Haus}, dass die EGV im Projektteam {mit der Kundin oder dem Kunden ausgehandelt werde|gemeinsam "
            "erarbeitet und nicht einfach vorgelegt werde}. {Dazu habe es zu Beginn der Joboffensive eine eigene "
            "Schulung gegeben|Das sei bei der Einführung der Joboffensive ausdrücklich Thema in den Schulungen "
            "gewesen}. {Ein Verwaltungsakt solle die Ausnahme bleiben, und das gelinge nach den Zahlen "
            "auch|Verwaltungsakte seien im Projektteam deutlich seltener als im Regelgeschäft, was sich auch in der "
            "Statistik zeige}."
        ),
        levels=("strategic",),
        stance="good",
        alt=("staffing/training",),
    ),
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "{Die Geschäftsführung räumt ein|Nach Einschätzung der Projektleitung ist es so}, dass die EGV {in der Praxis "
            "vielfach vorformuliert vorgelegt werde|oft eher vorgegeben als ausgehandelt werde}. {Der Anspruch, sie gemeinsam zu "
            "erarbeiten, sei richtig|Die gemeinsame Erarbeitung sei zwar das Ziel}, {scheitere aber an der Zeit|lasse sich aber "
            "bei der aktuellen Personallage nicht durchhalten}. {Man wolle das Thema angehen, sobald die neuen Kolleginnen "
            "eingearbeitet seien|Nach den Neueinstellungen solle das wieder stärker in den Blick genommen werden}, {vorher sei "
            "daran nicht zu denken|bis dahin müsse man damit leben}."
        ),
        levels=("strategic",),
        stance="bad",
        alt=("staffing/recruitment",),
    ),
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "Der Kunde {sagt|erzählt}, man habe die Punkte {gemeinsam am Bildschirm formuliert|zusammen am Computer aufgeschrieben}, "
            "und er habe {einen Satz zu den Fahrtkosten noch ändern lassen|bei den Fahrtkosten noch etwas ergänzen lassen}. "
            "{Seine Vermittlerin habe ihm jeden Punkt erklärt|Was er nicht verstanden habe, sei ihm erklärt worden}, {auch das "
            "Kleingedruckte mit den Folgen|auch was passiere, wenn er sich nicht daran halte}. {So etwas habe er vorher noch "
            "nicht erlebt|Das sei bei früheren Vereinbarungen ganz anders gewesen}; {er habe sich ernst genommen gefühlt|"
            "unterschrieben habe er deshalb gern}."
        ),
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "Die Kundin {erzählt|berichtet}, am Ende des Termins sei ihr {das Papier hingelegt worden|die Vereinbarung "
            "vorgelegt worden} mit der Bitte, {unten zu unterschreiben|gleich zu unterschreiben}; {erklärt worden sei wenig|"
            "besprochen habe man den Inhalt nicht}. {Sie habe sich nicht getraut nachzufragen|Nachfragen habe sie sich nicht "
            "getraut}, {weil hinter ihr schon der nächste Termin gewartet habe|weil die Zeit ohnehin knapp gewesen sei}. {Was "
            "genau sie unterschrieben habe, wisse sie bis heute nicht so recht|Zu Hause habe sie es dann gelesen und vieles nicht "
            "verstanden}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "Die IFK {berichtet|erläutert}, sie habe die Vereinbarung {mit dem Kunden Satz für Satz durchgesprochen|gemeinsam "
            "mit dem Kunden Punkt für Punkt erarbeitet}. {Der Kunde habe viele Fragen gestellt, besonders zu den Folgen bei "
            "Versäumnissen|Gerade bei den Rechtsfolgen habe der Kunde genau wissen wollen, was gemeint sei}. {Einen Punkt zu den "
            "Bewerbungszahlen habe man auf seinen Wunsch hin geändert|Bei der Zahl der Bewerbungen sei man ihm entgegengekommen}, "
            "{weil er sonst zusagen müsste, was er nicht schaffen könne|weil er nur vormittags suchen könne}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "Die IFK {räumt ein|gibt zu}, dass die EGV {für die Kundin vorab vorbereitet worden sei|der Kundin "
            "fertig vorgelegt worden sei}. {Im ersten Gespräch habe es so viel anderes zu klären gegeben, dass für "
            "ein gemeinsames Formulieren keine Zeit geblieben sei|Das erste Gespräch sei ohnehin knapp gewesen, so "
            "dass man die Vereinbarung nur noch kurz angesprochen habe}. {Die Kundin habe ohne Fragen "
            "unterschrieben|Fragen habe die Kundin dazu keine gestellt}; {beim nächsten Mal wolle sie das besser "
            "machen|ob sie alles verstanden habe, sei offen}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("egv/joint_drafting", "ifk_role/conversation"),
        text=(
            "{Die IFK beschreibt|Im Interview wird beschrieben}, dass die Vereinbarung {nie am Anfang, sondern erst "
            "am Ende des Gesprächs|immer erst zum Schluss} Thema werde. {Zuerst rede man darüber, was die Person "
            "wolle und was sie sich zutraue|Erst komme das Gespräch über Wünsche, Sorgen und Möglichkeiten}, {dann "
            "fasse man gemeinsam zusammen, was daraus folge|danach schreibe man gemeinsam auf, was verabredet "
            "wurde}. {So werde die EGV zur Zusammenfassung des Gesprächs, nicht zu einem Formular, das über allem "
            "hänge|Die Vereinbarung sei dann nichts Fremdes mehr, und die Atmosphäre bleibe entspannt}."
        ),
        levels=("operational",),
        stance="good",
        alt=("egv/individuality",),
    ),
    # ------------------------------------------------------------------ steering
    Passage(
        codes=("egv/steering",),
        text=(
            "{Die IFK berichtet|Im Interview wird berichtet}, dass die EGV {im Projektteam als Fahrplan diene|eine echte "
            "Arbeitsgrundlage sei}. {Im Folgegespräch nehme man sie in die Hand und gehe Punkt für Punkt durch, was erledigt sei|"
            "Jedes Folgegespräch beginne mit einem Blick in die Vereinbarung}. {Dadurch bekomme das Papier Verbindlichkeit, und "
            "zwar für beide Seiten|Das schaffe Verbindlichkeit, auch für das Jobcenter}; {wer etwas zugesagt habe, werde daran "
            "erinnert|auch die Zusagen des Hauses würden so überprüft}. "
            "{Die Kundinnen und Kunden wüssten dadurch immer, woran sie seien|Das sei vielleicht die größte Veränderung gegenüber der Zeit vor der Joboffensive}."
        ),
        levels=("operational",),
        stance="good",
        alt=("profiling/follow_up",),
    ),
    Passage(
        codes=("egv/steering",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie im Interview deutlich wird,} {sei die EGV im Alltag eine Formalie|habe "
            "die EGV im Alltag kaum praktische Bedeutung}: {Sie werde abgeschlossen, weil es vorgeschrieben sei, und verschwinde "
            "dann in der Akte|Einmal unterschrieben, schaue sie im Grunde niemand mehr an}. {In den Folgegesprächen nehme "
            "kaum jemand darauf Bezug|Bezug genommen werde allenfalls, wenn es um eine Sanktion gehe}. {Gesteuert werde über "
            "das Gespräch, nicht über das Papier|Wichtiger als die Vereinbarung seien die Vermittlungsvorschläge}, {so die "
            "nüchterne Einschätzung|und das sei auch allen klar}. "
            "{Das gelte für das Projektteam ebenso wie für das Basisteam|Im Projektteam sei das nicht anders als früher}."
        ),
        levels=("operational",),
        stance="bad",
    ),
    Passage(
        codes=("egv/steering",),
        text=(
            "{Aus Sicht der Geschäftsführung|Nach Einschätzung der Projektleitung} habe die EGV {eine doppelte "
            "Funktion|zwei Seiten}: {Sie halte fest, was verabredet sei, und sie sei mit der Rechtsfolgenbelehrung "
            "auch ein Druckmittel|Sie sei Arbeitsgrundlage und zugleich Grundlage für Sanktionen}. {Im Projektteam "
            "solle die erste Funktion im Vordergrund stehen, ohne auf die zweite ganz zu verzichten|Man wolle, dass "
            "die Beratung und nicht die Drohung im Mittelpunkt stehe, auch wenn man auf Verbindlichkeit nicht "
            "verzichten könne}. {Diese Spannung lasse sich nicht auflösen|Damit müsse jede Fachkraft umgehen "
            "lernen}. {In den Teams werde darüber immer wieder diskutiert|Dazu gebe es im Haus durchaus "
            "unterschiedliche Haltungen}."
        ),
        levels=("strategic",),
        stance="neutral",
    ),
    Passage(
        codes=("egv/steering",),
        text=(
            "{Nach Darstellung der Projektleitung sei die EGV im Projektteam das zentrale "
            "Steuerungsinstrument im Einzelfall|Die Geschäftsführung hebt hervor, dass die EGV im Projektteam den Beratungsprozess tatsächlich steuere}. {Jede "
            "Vereinbarung enthalte überprüfbare Schritte, die im nächsten Gespräch nachgehalten würden|Die Fachkräfte arbeiteten "
            "in jedem Termin mit der Vereinbarung}. {So werde sichtbar, wo jemand stehe|Dadurch sei nachvollziehbar, was erreicht "
            "wurde}; {das sei ein deutlicher Unterschied zum Regelgeschäft|im Basisteam sei das so nicht zu leisten}. "
            "{Die Regionaldirektion habe dieses Vorgehen ausdrücklich gelobt|Darauf sei man im Haus durchaus stolz}."
        ),
        levels=("strategic",),
        stance="good",
        alt=("egv/updating",),
    ),
    Passage(
        codes=("egv/steering",),
        text=(
            "Die Kundin {sagt|erzählt}, die Vereinbarung sei {ein Zettel, der im Ordner liege|ein Blatt Papier, das zu "
            "Hause in einer Mappe liege}; {in den Gesprächen sei nie wieder darauf geschaut worden|"
            "angesprochen worden sei sie seit der Unterschrift nicht mehr}. {Was darin stehe, spiele für die Termine keine "
            "Rolle|Worüber man rede, habe mit dem Papier nichts zu tun}. {Sie frage sich manchmal, wozu sie es überhaupt "
            "unterschreiben musste|Warum es so wichtig gewesen sei, es zu unterschreiben, verstehe sie bis heute nicht}. "
            "{Ihre Vermittlerin rede lieber über konkrete Stellen|In den Terminen gehe es stattdessen um Stellenangebote und Bewerbungen}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("egv/steering",),
        text=(
            "Der Kunde {erzählt|berichtet}, er {denke oft an die Vereinbarung, vor allem an den Teil mit den Kürzungen|habe die "
            "Vereinbarung immer im Hinterkopf, besonders das, was passiere, wenn er sich nicht daran halte}. "
            "{Deshalb schreibe er lieber eine Bewerbung mehr als eine zu wenig|Aus Angst vor einer Sanktion bringe er jeden "
            "Nachweis pünktlich vorbei}. {Ob ihm das bei der Suche hilft, wisse er nicht|Geholfen habe ihm das bei der Suche "
            "nicht unbedingt}; {aber er wolle keinen Ärger|es gehe ihm eher darum, nichts falsch zu machen}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    Passage(
        codes=("egv/steering",),
        text=(
            "Die IFK {schildert|berichtet}, dass sie {mit der Kundin in jedem Gespräch auf die Vereinbarung schaue|in jedem "
            "Termin die Vereinbarung der Kundin auf den Tisch lege}. {Als die Kundin zwei verabredete Bewerbungen nicht "
            "geschrieben hatte|Als einmal verabredete Schritte liegen geblieben seien}, habe man {anhand der Vereinbarung "
            "besprochen, woran es gelegen habe|gemeinsam geschaut, was dort stehe und was realistisch sei}. {Sanktionen habe "
            "sie dabei nicht angesprochen|Mit Rechtsfolgen habe sie nicht gedroht}; {es sei um Klarheit gegangen, nicht um "
            "Druck|die Vereinbarung sei eher ein Leitfaden}."
        ),
        levels=("client",),
        stance="good",
        alt=("profiling/follow_up",),
    ),
    Passage(
        codes=("egv/steering", "egv/individuality"),
        text=(
            "Der Kunde {meint|sagt}, {die Vereinbarung sei reine Formsache|das Papier sei für ihn eine Formalität}: "
            "{Da stünden die üblichen Sätze drin, die er schon von früher kenne|Es seien dieselben allgemeinen "
            "Punkte wie immer}, und {später habe niemand mehr danach gefragt|im weiteren Verlauf sei davon nie "
            "wieder die Rede gewesen}. {Mit seinen eigentlichen Plänen habe das nichts zu tun|Was er wirklich "
            "vorhabe, stehe da nicht drin}; {er habe nur unterschrieben, damit es keinen Ärger gebe|unterschrieben "
            "habe er trotzdem, um keine Probleme zu bekommen}. {Seine Vermittlerin sei zwar freundlich, aber an dem "
            "Papier ändere das nichts|Was für ihn wirklich zähle, seien die Gespräche}."
        ),
        levels=("client",),
        stance="bad",
        alt=("egv/joint_drafting",),
    ),
    Passage(
        codes=("egv/individuality", "egv/joint_drafting"),
        text=(
            "Die Kundin {erzählt|berichtet}, sie habe {die Vereinbarung zusammen mit ihrer Vermittlerin aufgesetzt|mit ihrer "
            "Vermittlerin gemeinsam überlegt, was in die Vereinbarung kommt}. {Deshalb stünden da auch ihre eigenen Punkte "
            "drin|Darum finde sie sich darin wieder}: {die Bewerbungen nur am Vormittag, die Hilfe beim Lebenslauf und der "
            "Deutschkurs am Abend|dass sie nur Teilzeit suche, dass das Jobcenter den Kurs bezahle und dass sie zwei Bewerbungen "
            "im Monat schreibe}. {So eine Vereinbarung habe sie früher nie gehabt|Früher seien das immer Formulare gewesen}. "
            "{Sie habe das Gefühl, dass die Vereinbarung wirklich ihre eigene sei|Deshalb halte sie sich auch gern daran}."
        ),
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    # ------------------------------------------------------------------ without the obvious keywords
    Passage(
        codes=("egv/individuality",),
        text=(
            "Der Kunde {erzählt|berichtet}, das Papier, das er {beim ersten Termin|im ersten Gespräch} bekommen habe, sei "
            "{dasselbe wie vor zwei Jahren|genau das gleiche wie beim letzten Mal}; {nur das Datum oben rechts sei ein "
            "anderes|geändert habe sich allein das Datum}. {Darin stehe, dass er sich regelmäßig bewerben und zu den Terminen "
            "kommen müsse|Es gehe um Bewerbungen, Termine und Meldepflichten}, {das kenne er inzwischen auswendig|was er "
            "schon lange wisse}. {Von seinem Wunsch, einen Staplerschein zu machen, finde sich darin kein Wort|Was er selbst "
            "vorhabe, komme in dem Papier nicht vor}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("egv/individuality",),
        text=(
            "Die Kundin {erzählt|berichtet}, in dem Schriftstück stehe {diesmal wirklich ihr Fall|diesmal genau das, "
            "was sie betreffe}: {die zwei Bäckereien, bei denen sie sich melden wolle, der Kitaplatz ab Herbst und "
            "die Monatskarte, die das Jobcenter bezahle|welche Betriebe sie anschreibe, bis wann sie sich um die "
            "Kinderbetreuung kümmere und was das Jobcenter übernehme}. {Jeder Satz habe mit ihr zu tun|Nichts davon "
            "sei allgemeines Gerede}. {So etwas habe sie früher nie in der Hand gehabt|Früher seien das Seiten "
            "voller Paragrafen gewesen, die sie kaum verstanden habe}."
        ),
        levels=("client",),
        stance="good",
        alt=("egv/joint_drafting",),
    ),
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "Der Kunde {berichtet|erzählt}, seine Vermittlerin habe ihn {am Ende des Gesprächs|zum Schluss des Termins} "
            "gefragt, was er sich bis zum nächsten Mal zutraue. {Das habe sie dann Satz für Satz mit ihm am Bildschirm "
            "aufgeschrieben|Seine Antworten habe sie direkt am Computer festgehalten und ihm dabei den Bildschirm "
            "zugedreht}. {Einen Punkt zu den Fahrtkosten habe er noch ergänzen lassen|Als ihm eine Zahl zu hoch vorkam, "
            "habe sie die geändert}. {Er habe genau gewusst, worauf er sich einlasse|Zum ersten Mal habe er verstanden, was "
            "von ihm erwartet werde}, {und das sei ein gutes Gefühl gewesen|was ihm die Sache leichter gemacht habe}."
        ),
        levels=("client",),
        stance="good",
        alt=("ifk_role/conversation",),
    ),
    Passage(
        codes=("egv/joint_drafting",),
        text=(
            "Die Kundin {erzählt|berichtet}, am Schluss habe man ihr {ein fertig ausgedrucktes Blatt gegeben, unter "
            "das sie nur noch ihren Namen setzen sollte|zwei fertig ausgedruckte Seiten gegeben, unter die sie nur "
            "noch ihren Namen setzen sollte}. {Gefragt habe man sie nicht, was sie davon halte|Ihre Meinung dazu sei "
            "nicht gefragt gewesen}, {und für Erklärungen sei keine Zeit gewesen|und erklärt habe ihr das niemand}. "
            "{Erst zu Hause habe sie gelesen, was darin stehe|Was genau drinstehe, habe sie erst später in Ruhe "
            "gelesen}; {manches davon habe sie bis heute nicht verstanden|einiges sei ihr immer noch unklar}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("egv/steering",),
        text=(
            "Die IFK {schildert|berichtet}, dass das Papier mit den Absprachen {bei jedem Folgetermin auf dem Tisch "
            "liege|in jedem weiteren Gespräch als Erstes hervorgeholt werde}. {Man gehe die Punkte nacheinander "
            "durch: was erledigt sei, was hänge und was sich ändern müsse|Punkt für Punkt werde geschaut, was "
            "geschafft sei und wo es klemme}. {So wüssten beide Seiten, woran sie seien, auch das Jobcenter mit "
            "seinen Zusagen|Dadurch habe jeder im Blick, was er zugesagt habe, und zwar nicht nur die Kundin oder "
            "der Kunde}. {Ohne dieses Papier würden die Gespräche schnell beliebig|Das gebe den Terminen eine klare "
            "Richtung}."
        ),
        levels=("operational",),
        stance="good",
        alt=("profiling/follow_up",),
    ),
    Passage(
        codes=("egv/steering",),
        text=(
            "Der Kunde {sagt|meint}, was damals aufgeschrieben worden sei, habe {danach niemanden mehr interessiert|in "
            "den späteren Terminen keine Rolle mehr gespielt}. {Das Blatt liege zu Hause in einer Schublade|Er habe das "
            "Papier irgendwo abgeheftet}; {in den Gesprächen sei nie wieder die Rede davon gewesen|seine Vermittlerin habe es "
            "nie wieder erwähnt}. {Man rede jedes Mal über andere Dinge|Es gehe jedes Mal um neue Stellen und Nachweise}, "
            "{als hätte es das Papier nie gegeben|ohne auf das zurückzukommen, was damals festgehalten wurde}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("egv/updating",),
        text=(
            "{Im Interview wird geschildert|Die IFK berichtet}, dass die schriftlichen Absprachen im Projektteam {nicht "
            "mehr für ein halbes Jahr im Voraus festgeschrieben würden|nicht mehr lange im Voraus festgelegt würden}. "
            "{Stattdessen werde das Papier nach jedem zweiten Termin auf den neuesten Stand gebracht|Nach jedem zweiten "
            "Gespräch werde der Text überarbeitet}, {und immer dann, wenn sich das Ziel ändere|spätestens aber, wenn ein "
            "neuer Schritt ansteht}. {So stimme das, was schriftlich vorliege, mit dem überein, was tatsächlich passiere|"
            "Damit hinke das Papier der Wirklichkeit nicht mehr hinterher}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("egv/updating",),
        text=(
            "Die Kundin {erzählt|berichtet}, in ihrem Papier stehe {noch der Kurs, den sie längst abgeschlossen habe|immer "
            "noch ein Kurs, der schon vor Monaten zu Ende gegangen sei}, und {eine Stelle, die es gar nicht mehr gebe|ein "
            "Bewerbungsziel, das sich erledigt habe}. {Seit dem Wechsel in das neue Team habe niemand etwas daran geändert|"
            "Daran sei seit dem Wechsel der Zuständigkeit nichts mehr gemacht worden}. {Sie habe das einmal angesprochen|Sie "
            "habe ihre Vermittlerin darauf hingewiesen}, {aber es habe geheißen, das mache man beim nächsten Mal|doch "
            "passiert sei bisher nichts}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("egv/steering",),
        text=(
            "{Die Geschäftsführung räumt ein|Nach Einschätzung der Projektleitung gilt}, dass die EGV {im Alltag eher ein "
            "Pflichtdokument sei|in der Praxis vor allem eine rechtliche Pflicht erfülle}. {Für die Steuerung des "
            "Beratungsprozesses spiele sie kaum eine Rolle|Als Instrument für den weiteren Prozess werde sie kaum genutzt}. "
            "{Bedeutung bekomme sie meist erst, wenn es um Sanktionen gehe|Herangezogen werde sie vor allem, wenn Pflichten "
            "verletzt würden}. {Das sei nicht der Anspruch der Joboffensive|Daran habe auch die Joboffensive wenig geändert}, "
            "{man wolle das aber nicht schönreden|was man offen zugeben müsse}."
        ),
        levels=("strategic",),
        stance="bad",
    ),
]
