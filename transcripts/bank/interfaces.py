"""Passages on interfaces: base teams, benefits department, employer service, network partners,
internal specialist services (conventions: see contact_density.py and make_corpus.py)."""

from transcripts.bank import Passage

_OP = "{Die Teamleiterin|Der Teamleiter|Die IFK|Die Teamleitung}"
_TL = "{Die Teamleiterin|Der Teamleiter|Die Teamleitung}"
_ST = "{Die Geschäftsführerin|Der Geschäftsführer|Die Projektleiterin|Der Projektleiter}"

PASSAGES = [
    # ------------------------------------------------------------------ interfaces (general)
    Passage(
        codes=("interfaces",),
        text=_ST + " {beschreibt|bezeichnet} die Schnittstellen im Haus {insgesamt als eingespielt|als weitgehend "
        "unproblematisch}. {Man kenne sich seit Jahren und kläre vieles auf dem kurzen Dienstweg|Die Wege seien kurz, "
        "vieles lasse sich mit einem Anruf klären}. {Mit der Joboffensive seien zwar neue Nahtstellen entstanden|Die "
        "Joboffensive habe zwar zusätzliche Abstimmungen nötig gemacht}, {doch die habe man früh in einem "
        "Schnittstellenpapier geregelt|die seien aber in gemeinsamen Runden schnell geklärt worden}.",
        levels=("strategic",),
        stance="good",
        alt=("interfaces/basisteam",),
    ),
    Passage(
        codes=("interfaces",),
        text=_ST + " {räumt ein|gibt zu}, dass die Joboffensive {im Haus neue Reibungsflächen geschaffen habe|"
        "die Zusammenarbeit zwischen den Bereichen belastet habe}. {Das Projektteam werde von manchen als "
        "privilegiert wahrgenommen|Viele sähen im Projektteam eine bevorzugte Einheit}, {und das wirke sich auf die "
        "Bereitschaft aus, einander zuzuarbeiten|was die Abstimmung zwischen den Teams nicht leichter mache}. "
        "{Man arbeite an klareren Zuständigkeiten|Eine Schnittstellenregelung sei in Arbeit}.",
        levels=("strategic",),
        stance="bad",
        alt=("interfaces/basisteam", "controlling/readjustment"),
    ),
    Passage(
        codes=("interfaces",),
        text="{Wer mit wem was abzustimmen habe|Welche Einheit wofür zuständig sei}, {sei im Alltag nicht immer "
        "klar|müsse man im Alltag oft erst herausfinden}, {meint|berichtet} " + "{die IFK|die Teamleiterin|der "
        "Teamleiter}" + ". {Vieles hänge an persönlichen Kontakten|Wer die richtigen Leute kenne, komme schneller "
        "ans Ziel}; {ein Organigramm helfe da wenig|schriftliche Regelungen gebe es zwar, gelesen würden sie "
        "kaum}.",
        levels=("operational",),
        stance="neutral",
        alt=("interfaces/basisteam",),
    ),
    # ------------------------------------------------------------------ basisteam
    Passage(
        codes=("interfaces/basisteam",),
        text=_OP + " {beschreibt|schildert} die Übergabe aus den Basisteams als {eingespielt|reibungslos}: "
        "{Die abgebende Fachkraft fülle einen Übergabebogen aus|Zu jeder Person komme ein Übergabebogen mit den "
        "wichtigsten Eckdaten}, {und bei Unklarheiten rufe man kurz an|offene Fragen würden telefonisch geklärt}. "
        "{Einmal im Monat träfen sich die Teamleitungen, um strittige Fälle zu besprechen|Strittige Fälle kämen in "
        "einer monatlichen Übergabekonferenz auf den Tisch}.",
        levels=("operational",),
        stance="good",
        alt=("allocation/selection_criteria",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text="Bei der Übergabe fehlten {häufig|nach wie vor oft} die Vermerke aus dem Basisteam, "
        "{berichtet|schildert} " + "{die IFK|die Teamleiterin|der Teamleiter}" + "; {im Erstgespräch fange man dann "
        "wieder bei null an|man müsse im Erstgespräch alles neu erfragen}. {Manche Kundinnen und Kunden wüssten nicht "
        "einmal, warum sie jetzt woanders betreut würden|Oft sei den Leuten der Wechsel gar nicht erklärt worden}. "
        "{Das koste Zeit und Vertrauen|Das sei ein schlechter Start}.",
        levels=("operational",),
        stance="bad",
        alt=("allocation/client_mix",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text=_OP + " {beklagt|kritisiert}, dass {aus den Basisteams|von den abgebenden Teams} {immer wieder Kundinnen "
        "und Kunden überstellt würden, die für das Projektteam gar nicht vorgesehen seien|auffällig viele Personen "
        "kämen, die eigentlich ins Fallmanagement gehörten}. {Man habe den Eindruck, dass dort schwierige Fälle "
        "abgegeben würden|Der Verdacht liege nahe, dass die Basisteams ihre aufwendigen Fälle loswerden wollten}. "
        "{Rückfragen würden oft nur zögerlich beantwortet|Auf Nachfragen komme selten eine schnelle Antwort}.",
        levels=("operational",),
        stance="bad",
        alt=("allocation/client_mix",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text="{Die Teamleiterin|Der Teamleiter} des Basisteams {berichtet|schildert}, dass {das Verhältnis zum "
        "Projektteam am Anfang angespannt gewesen sei|es zu Beginn viel Unmut über das Projektteam gegeben habe}: "
        "{Die Kolleginnen im Basisteam hätten das Gefühl gehabt, ihre besten Kunden abgeben zu müssen|Man habe die "
        "marktnahen Kunden abgeben müssen und die schwierigen behalten}. {Inzwischen habe sich das eingespielt|"
        "Mittlerweile sei das Klima deutlich besser}, {auch weil Rücküberstellungen gemeinsam besprochen würden|"
        "seit es eine regelmäßige Runde beider Teams gebe}.",
        levels=("operational",),
        stance="good",
        alt=("allocation/client_mix",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text="{Die Teamleiterin|Der Teamleiter} des Basisteams {beklagt|bemängelt}, dass die Arbeit im Basisteam "
        "{seit Beginn der Joboffensive schwerer geworden sei|durch die Joboffensive deutlich belastender geworden "
        "sei}. {Zurück kämen vor allem Kundinnen und Kunden, bei denen das Projektteam nicht weitergekommen sei|"
        "Rücküberstellt würden fast nur die, mit denen im Projektteam nichts zu erreichen gewesen sei}, "
        "{oft ohne nachvollziehbare Begründung|häufig mit einem knappen Vermerk}. {Die Stimmung im Team leide "
        "darunter|Im Basisteam fühle man sich als Resterampe}.",
        levels=("operational",),
        stance="bad",
        alt=("allocation/client_mix",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text="{Rücküberstellungen|Rückgaben in die Basisteams} {würden|werden} {einmal im Monat|in einer festen "
        "monatlichen Runde} {mit beiden Teamleitungen|gemeinsam von Projekt- und Basisteam} besprochen, {berichtet|"
        "erläutert} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ". {Wer zurückgehe, bekomme einen ausführlichen "
        "Vermerk mit|Zu jeder Rückgabe gehöre eine kurze Begründung und der Stand der Schritte}; {so könne das "
        "Basisteam nahtlos weiterarbeiten|das Basisteam wisse dann, wo es ansetzen könne}.",
        levels=("operational",),
        stance="good",
        alt=("allocation/client_mix",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text=_ST + " {sieht|beschreibt} die Zusammenarbeit zwischen Basis- und Projektteams {als größte Baustelle|"
        "als den heikelsten Punkt} der Umsetzung. {Bei den Übergaben gehe zu viel verloren|Übergaben liefen oft "
        "ohne ausreichende Informationen}, {und um einzelne Kundinnen und Kunden werde regelrecht gestritten|und "
        "es gebe Streit darüber, wer als geeignet gelte}. {Man habe deshalb eine gemeinsame Arbeitsgruppe der "
        "Teamleitungen eingerichtet|Die Geschäftsführung habe eine Klärung der Abläufe angestoßen}.",
        levels=("strategic",),
        stance="bad",
        alt=("allocation/selection_criteria", "controlling/readjustment"),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text=_ST + " {hält|bezeichnet} die Übergabe zwischen Basis- und Projektteams {für gut gelöst|als "
        "gelungen}: {Es gebe ein verbindliches Übergabeverfahren mit festen Fristen|Ein gemeinsam erarbeiteter "
        "Übergabeleitfaden regle, wer was wann weitergibt}. {Die Teamleitungen stimmten sich wöchentlich ab|Die "
        "Teamleitungen säßen regelmäßig zusammen}, {Konflikte würden dort früh aufgefangen|so dass Streitfälle "
        "gar nicht erst eskalierten}.",
        levels=("strategic",),
        stance="good",
        alt=("interfaces",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text="{Anzeichen für eine Verschlechterung der Arbeit in den Basisteams|Hinweise darauf, dass die Basisteams "
        "unter der Joboffensive leiden}, {sieht|erkennt} " + "{die Geschäftsführerin|der Geschäftsführer|die "
        "Projektleiterin|der Projektleiter}" + " {durchaus|zumindest teilweise}: {Dort bleibe ein schwierigerer "
        "Kundenstamm bei hoher Fallzahl|Die Basisteams betreuten nun vor allem die marktfernen Personen}, {und die "
        "Motivation der Kolleginnen und Kollegen sei nicht überall hoch|was an der Stimmung nage}. {Man versuche "
        "gegenzusteuern, etwa mit Schulungen|Gegensteuern wolle man mit gezielter Unterstützung}.",
        levels=("strategic",),
        stance="neutral",
        alt=("allocation/client_mix", "staffing"),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text="Die IFK {berichtet|schildert}, dass die Kundin {aus dem Basisteam mit einem ausführlichen Vermerk|mit "
        "vollständigen Unterlagen aus dem Basisteam} übernommen worden sei. {Die frühere Vermittlerin habe sie sogar "
        "kurz angerufen|Es habe ein kurzes Übergabegespräch mit der abgebenden Kollegin gegeben}, {so dass sie gleich "
        "an die bisherigen Schritte habe anknüpfen können|so dass nichts doppelt habe erfragt werden müssen}. "
        "{Das sei nicht immer so|So gut laufe es nicht bei jedem Wechsel}.",
        levels=("client",),
        stance="good",
        alt=("profiling/follow_up",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text="Die IFK {erzählt|berichtet}, dass der Kunde {ohne verwertbare Unterlagen|mit einem Übergabebogen, "
        "der kaum etwas enthielt,} aus dem Basisteam gekommen sei. {Der letzte Vermerk sei über ein Jahr alt "
        "gewesen|Im System habe seit Monaten nichts gestanden}; {sie habe im Erstgespräch alles neu erheben müssen|"
        "Lebenslauf und bisherige Schritte habe sie erst mühsam rekonstruieren müssen}. {Ein Rückruf im Basisteam "
        "habe wenig gebracht|Die frühere Ansprechpartnerin sei nicht erreichbar gewesen}.",
        levels=("client",),
        stance="bad",
        alt=("profiling/potential_analysis",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text="Die Kundin {erzählt|schildert}, {sie habe eines Tages einen Brief bekommen, dass sie jetzt eine neue "
        "Ansprechpartnerin habe|ihr sei ohne Vorwarnung mitgeteilt worden, dass sie in ein anderes Team wechsle}. "
        "{Warum, habe ihr niemand erklärt|Eine Erklärung dafür habe es nicht gegeben}. {Im ersten Gespräch habe sie "
        "dann wieder alles von vorn erzählen müssen|Die neue Vermittlerin habe anfangs nichts über sie gewusst}.",
        levels=("client",),
        stance="bad",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("interfaces/basisteam",),
        text="Der Kunde {berichtet|erzählt}, sein {früherer|alter} Ansprechpartner habe ihm {den Wechsel in das neue "
        "Team persönlich angekündigt|in einem letzten Gespräch erklärt, dass er jetzt enger betreut werde}. "
        "{Die neue Vermittlerin habe dann schon Bescheid gewusst, was er bisher gemacht habe|Beim ersten Termin im "
        "neuen Team sei alles schon bekannt gewesen}, {das habe ihm gefallen|so habe er nicht alles wiederholen "
        "müssen}.",
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    # ------------------------------------------------------------------ leistung
    Passage(
        codes=("interfaces/leistung",),
        text="Wenn eine Kundin {kurzfristig|von heute auf morgen} eine Stelle {antrete|annehme}, erfahre "
        "die Leistungsabteilung {davon oft erst mit Wochen Verspätung|häufig erst Wochen später davon}, {berichtet|"
        "schildert} " + "{die Teamleiterin|der Teamleiter|die IFK}" + ". {Dann müssten Überzahlungen zurückgefordert "
        "werden|Die Folge seien Überzahlungen und Rückforderungen}, {was die Leute verärgere|was für Kunden wie "
        "Sachbearbeitung ärgerlich sei}. {Eine feste Meldekette gebe es nicht|Wer wen informiere, sei nirgends "
        "geregelt}.",
        levels=("operational",),
        stance="bad",
        alt=("interfaces",),
    ),
    Passage(
        codes=("interfaces/leistung",),
        text=_OP + " {berichtet|erläutert}, dass {jede Fachkraft im Projektteam|das Projektteam} {eine feste "
        "Ansprechperson in der Leistungssachbearbeitung habe|feste Ansprechpartnerinnen in den Leistungsteams "
        "habe}. {Arbeitsaufnahmen würden noch am selben Tag per Mail gemeldet|Veränderungsmitteilungen gingen "
        "direkt und ohne Umweg hinüber}, {und bei Fragen zu einem Bescheid greife man zum Telefon|Fragen zu "
        "Bescheiden kläre man auf kurzem Weg}. {Das funktioniere gut|Seitdem gebe es kaum noch Beschwerden}.",
        levels=("operational",),
        stance="good",
        alt=("interfaces",),
    ),
    Passage(
        codes=("interfaces/leistung",),
        text="{Die Teamleiterin|Der Teamleiter} der Leistungsabteilung {schildert|berichtet}, dass die "
        "Joboffensive {in ihrem Bereich|in der Leistungssachbearbeitung} {spürbar Mehrarbeit|einen deutlich höheren "
        "Aufwand} verursacht habe. {Mehr Arbeitsaufnahmen bedeuteten mehr Veränderungsmitteilungen und "
        "Einkommensanrechnungen|Jede befristete Arbeitsaufnahme ziehe neue Berechnungen nach sich}, {dazu kämen "
        "mehr Sanktionen|auch Sanktionen seien häufiger geworden}. {Zusätzliches Personal habe es dafür nicht "
        "gegeben|Personell sei das nicht ausgeglichen worden}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing",),
    ),
    Passage(
        codes=("interfaces/leistung",),
        text="{Die Teamleiterin|Der Teamleiter} der Leistungsabteilung {beschreibt|bezeichnet} die Zusammenarbeit "
        "mit dem Projektteam als {gut eingespielt|unkompliziert}. {Man habe gemeinsam ein kurzes "
        "Schnittstellenpapier erarbeitet|Zu Beginn habe man sich auf feste Meldewege verständigt}, {in dem "
        "geregelt sei, wer bei Arbeitsaufnahmen was an wen meldet|das Meldungen und Rückfragen regle}. {Die "
        "Bearbeitungszeiten seien dadurch sogar kürzer geworden|Überzahlungen seien seitdem seltener}.",
        levels=("operational",),
        stance="good",
        alt=("interfaces",),
    ),
    Passage(
        codes=("interfaces/leistung",),
        text=_ST + " {erläutert|betont}, dass die Leistungssachbearbeitung {bei der Planung der Joboffensive "
        "bewusst einbezogen worden sei|von Anfang an mit am Tisch gesessen habe}. {Man habe damit gerechnet, dass "
        "mehr Arbeitsaufnahmen dort Mehrarbeit auslösen|Klar sei gewesen, dass mehr Integrationen auch mehr Arbeit "
        "in den Leistungsteams bedeuten}, {und deshalb zwei zusätzliche Stellen eingeplant|und habe die Abläufe "
        "vorab abgestimmt}. {Leistungen aus einer Hand seien eben mehr als ein Schlagwort|Nur so könne der Übergang "
        "in Arbeit ohne Brüche gelingen}.",
        levels=("strategic",),
        stance="good",
        alt=("staffing/recruitment",),
    ),
    Passage(
        codes=("interfaces/leistung",),
        text="{Was im Leistungsteam laufe|Was die Kolleginnen in der Leistungsabteilung gerade bearbeiteten}, "
        "{wisse man im Projektteam kaum|bekomme man im Projektteam nur am Rande mit}, {meint|berichtet} "
        "{die IFK|die Teamleiterin|der Teamleiter}. {Ein regelmäßiger Austausch finde nicht statt|Gemeinsame "
        "Besprechungen gebe es nicht}; {man kenne sich eher vom Flur|man treffe sich höchstens in der Kantine}. "
        "{Schlecht sei das nicht, aber es gehe eben viel über Zufall|Bei Problemen finde man trotzdem meist eine "
        "Lösung}.",
        levels=("operational",),
        stance="neutral",
        alt=("interfaces",),
    ),
    Passage(
        codes=("interfaces/leistung",),
        text="Die IFK {berichtet|erwähnt}, dass es bei dem Kunden {nach der Aufnahme des Minijobs|nach seiner "
        "kurzen Beschäftigung} {Ärger mit einer Rückforderung|Probleme mit dem Leistungsbescheid} gegeben habe. "
        "{Sie habe dann mit der zuständigen Sachbearbeiterin telefoniert|Mit der Leistungsabteilung habe sie das "
        "direkt geklärt}, {damit der Kunde nicht wieder das Vertrauen verliere|weil der Kunde sonst die Arbeit "
        "hingeschmissen hätte}. {Das sei eigentlich nicht ihre Aufgabe, gehöre aber dazu|So etwas nehme viel Zeit "
        "in Anspruch}.",
        levels=("client",),
        stance="neutral",
        alt=("ifk_role/relationship",),
    ),
    # ------------------------------------------------------------------ arbeitgeberservice
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="Der gemeinsame Arbeitgeberservice {melde|schicke} dem Projektteam {jeden Montag|einmal pro Woche} "
        "seine offenen Stellen, {berichtet|erläutert} " + "{die IFK|die Teamleiterin|der Teamleiter}" + "; "
        "{umgekehrt schickten die Fachkräfte Kurzprofile geeigneter Bewerberinnen und Bewerber|im Gegenzug gingen "
        "Bewerberprofile an den AG-S}. {Eine Kollegin aus dem AG-S sitze außerdem einmal im Monat in der "
        "Teambesprechung|Es gebe einen festen Koordinator für die Joboffensive}. {Das habe die Vermittlung "
        "spürbar beschleunigt|So kämen Stellen und Bewerber schneller zusammen}.",
        levels=("operational",),
        stance="good",
        alt=("placement/employer_contact",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text=_OP + " {bemängelt|kritisiert}, dass {der Arbeitgeberservice|der gAG-S} {vor allem für die Kundschaft "
        "der Agentur arbeite|Stellen bevorzugt mit Arbeitslosen der Agentur besetze}. {Die Ziele seien eben "
        "unterschiedlich|Agentur und Jobcenter zählten ihre Erfolge getrennt}, {und das merke man|was sich bei der "
        "Besetzung auswirke}. {Rückmeldungen zu vorgeschlagenen Bewerberinnen und Bewerbern kämen selten|Man höre "
        "oft wochenlang nichts}.",
        levels=("operational",),
        stance="bad",
        alt=("placement/employer_contact",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="{Die Vertreterin|Der Vertreter} des Arbeitgeberservice {berichtet|schildert}, dass man {für die "
        "Joboffensive einen eigenen Ansprechpartner benannt habe|mit dem Projektteam eine feste Abstimmung "
        "vereinbart habe}. {Jede Woche gehe eine Liste mit neuen Stellen hinüber|Stellen würden wöchentlich "
        "abgeglichen}, {und die Fachkräfte meldeten sich rasch mit passenden Bewerbern|die Rückmeldungen aus dem "
        "Projektteam kämen schnell}. {Das sei besser als die frühere Zusammenarbeit mit dem Jobcenter|Früher habe "
        "man oft aneinander vorbeigearbeitet}.",
        levels=("operational",),
        stance="good",
        alt=("placement/job_offers",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="{Die Vertreterin|Der Vertreter} des Arbeitgeberservice {bemängelt|beklagt} die {Datenqualität|"
        "Qualität der Bewerberprofile} im Jobcenter: {Viele Profile seien veraltet oder unvollständig|In vielen "
        "Datensätzen fehlten Angaben zu Führerschein oder Arbeitszeiten}, {das Matching funktioniere dann nicht|"
        "so laufe jede Suche ins Leere}. {Mit dem Projektteam sei es besser geworden|Im Projektteam sei man "
        "sorgfältiger}, {die Basisteams hinkten hinterher|bei den übrigen Teams sehe es schlechter aus}.",
        levels=("operational",),
        stance="neutral",
        alt=("profiling",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="{Gemeinsam mit dem Arbeitgeberservice|Zusammen mit dem AG-S} {habe man mehrere "
        "Arbeitgebertage organisiert|veranstalte man regelmäßig Bewerbertage mit Betrieben aus der Region}, {berichtet|erzählt} "
        "{die IFK|die Teamleiterin|der Teamleiter|die Vertreterin des Arbeitgeberservice|der Vertreter des "
        "Arbeitgeberservice}. {Dort könnten sich Kundinnen und Kunden direkt vorstellen|Die Betriebe führten dort "
        "gleich erste Gespräche}, {und aus jedem Termin gingen einige Einstellungen hervor|was schon zu etlichen "
        "Einstellungen geführt habe}.",
        levels=("operational",),
        stance="good",
        alt=("placement/employer_contact",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text=_ST + " {hebt hervor|betont}, dass {die enge Zusammenarbeit mit dem gemeinsamen Arbeitgeberservice|die "
        "Abstimmung mit dem AG-S} ein {wesentlicher|zentraler} Erfolgsfaktor sei. {Man habe eigens einen "
        "Schnittstellenkoordinator eingesetzt|Ein Koordinator halte die Verbindung zwischen beiden Seiten}, "
        "{und die Agentur trage das mit|auch die Agentur stehe dahinter}. {Arbeitgeber hätten so einen "
        "Ansprechpartner statt mehrerer|Betriebe würden nicht mehr doppelt angesprochen}.",
        levels=("strategic",),
        stance="good",
        alt=("controlling/governance", "placement/employer_contact"),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text=_ST + " {räumt ein|gibt zu}, dass die Zusammenarbeit mit dem gemeinsamen Arbeitgeberservice {nicht "
        "reibungslos|schwierig} sei. {Die Agentur verfolge ihre eigenen Ziele|Der AG-S werde nach anderen Zahlen "
        "gesteuert als das Jobcenter}, {und Jobcenterkunden gälten dort als schwerer vermittelbar|was dazu führe, "
        "dass Jobcenterkunden nachrangig behandelt würden}. {Deshalb akquirierten die Fachkräfte inzwischen selbst "
        "Stellen|Man baue darum eine eigene Stellenakquise im Projektteam auf}.",
        levels=("strategic",),
        stance="bad",
        alt=("placement/employer_contact", "controlling/governance"),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="Die Kundin {erzählt|berichtet}, sie sei auf Anregung ihrer {Vermittlerin|Ansprechpartnerin} zu "
        "einer {Sprechstunde|Veranstaltung} des Arbeitgeberservice gegangen. {Dort hätten "
        "sich drei Firmen vorgestellt|Es seien mehrere Betriebe aus der Pflege da gewesen}, {mit einer davon habe "
        "sie danach ein Vorstellungsgespräch gehabt|und sie habe gleich ihre Unterlagen abgeben können}. "
        "{Das sei hilfreich gewesen|Das habe ihr Mut gemacht}.",
        levels=("client",),
        stance="good",
        alt=("placement/employer_contact",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="Der Kunde {gibt an|berichtet}, {vom Arbeitgeberservice|von einer Sprechstunde für Arbeitgeber} "
        "{noch nie etwas gehört zu haben|nichts zu wissen}. {Zu einer Veranstaltung sei er nicht eingeladen worden|"
        "Eingeladen worden sei er zu so etwas nie}; {Stellen bekomme er nur von seinem Vermittler|alles laufe über "
        "seinen Ansprechpartner}. {Ob das bei seinem Beruf etwas bringen würde, wisse er nicht|Ihm sei nicht klar, "
        "was der AG-S überhaupt mache}.",
        levels=("client",),
        stance="neutral",
        alt=("placement/job_offers",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="{Die Vertreterin|Der Vertreter} des Arbeitgeberservice {schildert|beschreibt} die Arbeit des AG-S: "
        "{Man betreue Groß-, Ziel- und Standardkunden unterschiedlich eng|Mit großen Betrieben gebe es feste "
        "Ansprechpartner, kleinere würden eher telefonisch betreut}, {und Stellen würden vor allem über "
        "Betriebsbesuche und Telefonakquise gewonnen|die meisten Stellen kämen über persönliche Kontakte zu den "
        "Personalabteilungen}. {Für die Joboffensive habe sich daran wenig geändert|Die Joboffensive habe vor "
        "allem den Austausch mit dem Jobcenter verändert}.",
        levels=("operational",),
        stance="neutral",
        alt=("placement/employer_contact",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="{Die Vertreterin|Der Vertreter} des Arbeitgeberservice {bemängelt|kritisiert}, dass {die Fachkräfte "
        "des Projektteams|Kolleginnen aus dem Jobcenter} {inzwischen selbst Betriebe anriefen, ohne sich "
        "abzustimmen|auf eigene Faust Arbeitgeber ansprächen}. {Manche Firmen seien in einer Woche dreimal "
        "kontaktiert worden|Einzelne Betriebe hätten sich über doppelte Anfragen beschwert}; {das schade dem Ruf "
        "beider Häuser|so verspiele man Vertrauen}. {Eine Abstimmung über die Akquise gebe es bislang nicht|Wer "
        "welchen Betrieb anspreche, sei nicht geregelt}.",
        levels=("operational",),
        stance="bad",
        alt=("placement/employer_contact",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="{Seit Beginn der Joboffensive|Mit der Joboffensive} habe sich {der Austausch zwischen "
        "Jobcenter und Arbeitgeberservice|der Austausch mit dem Jobcenter} {deutlich verändert|spürbar "
        "verbessert}, {erklärt|berichtet} {die Vertreterin|der Vertreter} des Arbeitgeberservice: {Es gebe jetzt "
        "eine wöchentliche Stellenbörse mit dem Projektteam|Einmal pro Woche gleiche man offene Stellen und "
        "Bewerberprofile gemeinsam ab}. {Die Datenqualität der Profile sei besser geworden|Die Profile aus dem "
        "Projektteam seien aktueller}, {was das Matching erleichtere|so dass Vorschläge häufiger passten}.",
        levels=("operational",),
        stance="good",
        alt=("placement/job_offers",),
    ),
    # ------------------------------------------------------------------ netzwerk
    Passage(
        codes=("interfaces/netzwerk",),
        text="{Für die Kundin habe über das Familienbüro der Stadt {kurzfristig|innerhalb weniger Wochen} ein Platz "
        "in der Randzeitenbetreuung gefunden werden können|Über das Familienbüro der Stadt sei für die Kundin "
        "{kurzfristig|binnen weniger Wochen} ein Platz in der Randzeitenbetreuung gefunden worden}, {berichtet|"
        "erzählt} die IFK. {Ohne diesen "
        "Platz wäre die Spätschicht nicht möglich gewesen|Erst damit sei die Stelle im Einzelhandel überhaupt in "
        "Frage gekommen}. {Den Kontakt habe sie selbst hergestellt|Sie habe dort direkt angerufen}, {was sich "
        "bewährt habe|weil das schneller gehe als jeder Antrag}.",
        levels=("client",),
        stance="good",
        alt=("client_situation",),
    ),
    Passage(
        codes=("interfaces/netzwerk",),
        text=_OP + " {betont|berichtet}, dass {die Zusammenarbeit mit der Schuldnerberatung|der Draht zur "
        "Schuldner- und Suchtberatung} {seit der Joboffensive deutlich enger geworden sei|inzwischen sehr gut "
        "funktioniere}. {Es gebe feste Sprechzeiten für Kundinnen und Kunden des Projektteams|Termine bekomme man "
        "innerhalb von zwei Wochen}, {und mit Einverständnis der Person tausche man sich aus|Rückmeldungen kämen "
        "mit Einwilligung der Betroffenen direkt}. {Früher habe man die Leute nur mit einem Flyer weggeschickt|Vorher "
        "sei es bei einem Hinweis auf die Beratungsstelle geblieben}.",
        levels=("operational",),
        stance="good",
        alt=("client_situation",),
    ),
    Passage(
        codes=("interfaces/netzwerk",),
        text=_OP + " {beklagt|bemängelt}, dass die Wartezeiten bei {den kommunalen Beratungsstellen|der "
        "Schuldnerberatung der Stadt} {mehrere Monate|bis zu einem halben Jahr} betrügen. {In dieser Zeit passiere "
        "bei den Betroffenen wenig|Solange bleibe die Vermittlung praktisch liegen}; {einen kurzen Draht gebe es "
        "nicht|eine Absprache über schnellere Termine habe die Kommune abgelehnt}. {Auch bei der Kinderbetreuung "
        "fehlten Plätze|Kitaplätze seien ohnehin knapp}.",
        levels=("operational",),
        stance="bad",
        alt=("client_situation",),
    ),
    Passage(
        codes=("interfaces/netzwerk",),
        text=_ST + " {verweist auf|betont} die {gewachsene|enge} Kooperation mit der Kommune: {Über die "
        "Trägerversammlung sei vereinbart worden, dass Kundinnen und Kunden der Joboffensive bevorzugt Termine bei "
        "den kommunalen Diensten erhielten|Mit der Stadt gebe es eine Vereinbarung über schnelle Termine in der "
        "Schuldner- und Suchtberatung}. {Auch mit Familienzentren und Migrationsberatung arbeite man zusammen|Dazu "
        "kämen Absprachen mit Kitas und Familienzentren}.",
        levels=("strategic",),
        stance="good",
        alt=("controlling/governance",),
    ),
    Passage(
        codes=("interfaces/netzwerk",),
        text="{Wie viel Netzwerk|Wie stark auf externe Partner zurückgegriffen werde}, hänge {sehr von der "
        "einzelnen Fachkraft ab|stark davon ab, wen man kenne}, {meint|räumt ein} " + "{die IFK|die Teamleiterin|der "
        "Teamleiter}" + ". {Eine Übersicht über Beratungsstellen gebe es zwar im Intranet|Es gebe eine Liste der "
        "Angebote}, {doch die sei veraltet|aber gepflegt werde sie kaum}. {Neue Kolleginnen und Kollegen müssten "
        "sich das erst erarbeiten|Wer neu sei, tue sich schwer}.",
        levels=("operational",),
        stance="neutral",
        alt=("staffing/training",),
    ),
    Passage(
        codes=("interfaces/netzwerk",),
        text="Der Kunde {erzählt|berichtet}, {sein Vermittler habe ihm einen Termin bei der Schuldnerberatung "
        "besorgt|über das Jobcenter habe er schnell einen Termin bei der Schuldnerberatung bekommen}. {Dort habe man "
        "mit ihm einen Plan aufgestellt|Die Beraterin dort habe ihm geholfen, Ordnung in die Briefe zu bringen}, "
        "{und seitdem könne er wieder nachts schlafen|was ihm viel Druck genommen habe}. {Ohne diesen Anstoß wäre "
        "er da nicht hingegangen|Allein hätte er sich das nicht getraut}.",
        levels=("client",),
        stance="good",
        alt=("client_situation",),
    ),
    Passage(
        codes=("interfaces/netzwerk",),
        text="Die Kundin {berichtet|schildert}, sie suche seit Monaten {einen Betreuungsplatz für ihre Tochter|"
        "eine Betreuung am Nachmittag für ihren Sohn}; {vom Jobcenter habe sie dabei keine Unterstützung bekommen|"
        "man habe ihr nur gesagt, sie solle sich an die Stadt wenden}. {Solange das nicht geklärt sei, könne sie "
        "höchstens vormittags arbeiten|Ohne Betreuung komme nur eine Stelle am Vormittag in Frage}, {was die Suche "
        "schwer mache|und davon gebe es kaum welche}.",
        levels=("client",),
        stance="bad",
        alt=("client_situation",),
    ),
    Passage(
        codes=("interfaces/netzwerk",),
        text="Die IFK {schildert|berichtet}, dass der Kunde {an die Suchtberatung eines Wohlfahrtsverbands|an "
        "eine Beratungsstelle} vermittelt worden sei, {nachdem er im dritten Gespräch offen über seinen Alkoholkonsum "
        "gesprochen habe|als klar wurde, dass ohne Hilfe dort nichts vorangehe}. {Mit seinem Einverständnis halte sie "
        "Kontakt zur Beraterin|Sie stimme sich mit der Beratungsstelle ab}, {damit die Schritte zueinander passten|"
        "so dass die Vermittlung nicht ins Leere laufe}.",
        levels=("client",),
        stance="good",
        alt=("client_situation",),
    ),
    # ------------------------------------------------------------------ fachdienste
    Passage(
        codes=("interfaces/fachdienste",),
        text="Auf ein Gutachten des Ärztlichen Dienstes {warte man|warte das Team} {derzeit|im Moment} {gut drei "
        "Monate|zwölf Wochen und mehr}, {berichtet|schildert} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ". "
        "{In dieser Zeit könne man mit den Betroffenen eigentlich nur überbrücken|Bis dahin stehe die Vermittlung "
        "praktisch still}. {Beim Berufspsychologischen Service sehe es kaum besser aus|Auch beim psychologischen "
        "Dienst dauere es lange}, {was die intensive Betreuung ausbremse|da helfe auch die dichte Betreuung wenig}.",
        levels=("operational",),
        stance="bad",
        alt=("contact_density",),
    ),
    Passage(
        codes=("interfaces/fachdienste",),
        text=_OP + " {berichtet|erläutert}, dass {für das Projektteam|für die Joboffensive} {feste Kontingente beim "
        "Ärztlichen Dienst|ein beschleunigtes Verfahren beim Ärztlichen und Psychologischen Dienst} vereinbart "
        "worden seien. {Gutachten lägen meist nach drei bis vier Wochen vor|Binnen eines Monats habe man in der "
        "Regel ein Ergebnis}, {und bei Unklarheiten könne man direkt mit der Gutachterin sprechen|Rückfragen "
        "seien telefonisch möglich}. {Das helfe enorm|So verliere man keine Zeit}.",
        levels=("operational",),
        stance="good",
        alt=("interfaces",),
    ),
    Passage(
        codes=("interfaces/fachdienste",),
        text="{Wenn sich im Gespräch gesundheitliche Einschränkungen zeigten|Tauchen gesundheitliche Fragen auf}, "
        "{schalte man die Reha-Beratung der Agentur früh ein|werde frühzeitig der Ärztliche Dienst eingeschaltet}, "
        "{erläutert|beschreibt} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ". {Ein Wechsel in "
        "das Fallmanagement sei aber nicht automatisch die Folge|Nicht jeder mit Einschränkungen müsse deshalb das "
        "Projektteam verlassen}; {man prüfe im Einzelfall, ob die Betreuung im Team weiter sinnvoll sei|entscheidend "
        "sei, ob eine Arbeitsaufnahme absehbar bleibe}.",
        levels=("operational",),
        stance="neutral",
        alt=("interfaces/basisteam",),
    ),
    Passage(
        codes=("interfaces/fachdienste",),
        text=_ST + " {erklärt|erläutert}, dass es {für die Joboffensive|im Rahmen der Joboffensive} {keine "
        "Sonderregeln|keine eigenen Vorgaben} für den Rückgriff auf die Fachdienste gebe. {Ärztlicher und "
        "Psychologischer Dienst stünden allen Teams gleichermaßen zur Verfügung|Die Fachdienste der Agentur würden "
        "wie bisher genutzt}; {Wartezeiten seien ein bekanntes Problem, das man nicht allein lösen könne|die "
        "Kapazitäten lägen bei der Agentur}.",
        levels=("strategic",),
        stance="neutral",
        alt=("controlling/governance",),
    ),
    Passage(
        codes=("interfaces/fachdienste",),
        text="Die IFK {berichtet|schildert}, dass sie für die Kundin {ein Gutachten beim Ärztlichen Dienst|eine "
        "Begutachtung durch den Berufspsychologischen Service} {angestoßen habe|beantragt habe}, {weil unklar "
        "gewesen sei, wie belastbar sie im Moment sei|um zu klären, welche Tätigkeiten mit ihrem Rücken noch in "
        "Frage kommen}. {Das Ergebnis habe nach sechs Wochen vorgelegen|Auf das Ergebnis habe man zwei Monate "
        "gewartet}; {seitdem suche man gezielt nach Tätigkeiten ohne schweres Heben|danach habe man den Zielberuf "
        "angepasst}.",
        levels=("client",),
        stance="neutral",
        alt=("profiling/potential_analysis",),
    ),
    Passage(
        codes=("interfaces/fachdienste",),
        text="Der Kunde {erzählt|berichtet}, er habe {vor einem halben Jahr|im Frühjahr} {beim Ärztlichen Dienst|bei "
        "einer Ärztin im Auftrag des Jobcenters} {vorsprechen müssen|einen Termin gehabt}. {Auf das Ergebnis habe er "
        "lange gewartet|Was dabei herausgekommen sei, habe ihm lange niemand gesagt}, {und in der Zeit sei nichts "
        "passiert|in dieser Zeit habe er keine Angebote bekommen}. {Das habe ihn sehr frustriert|Er habe sich "
        "abgestellt gefühlt}.",
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction",),
    ),
    # ------------------------------------------------------------------ without the obvious keywords
    Passage(
        codes=("interfaces/basisteam",),
        text="Wer aus den anderen Teams {herüberkomme|zum Team stoße}, bringe {ein kurzes Blatt mit den "
        "wichtigsten Eckdaten|eine knappe Zusammenfassung der bisherigen Schritte} mit, {berichtet|"
        "erzählt} {die IFK|die Teamleiterin|der Teamleiter}. {Bei Unklarheiten greife man zum Hörer und frage bei "
        "der Kollegin nach, die den Menschen vorher betreut habe|Meist telefoniere man vorher kurz mit der "
        "Kollegin, die die Person kenne}; {das klappe inzwischen ohne Reibung|das sei längst Routine}.",
        levels=("operational",),
        stance="good",
        alt=("interfaces",),
    ),
    Passage(
        codes=("interfaces/leistung",),
        text="Wenn jemand {eine Arbeit aufnehme|in Arbeit gehe}, {dauere es oft Wochen, bis das Geld richtig "
        "berechnet sei|vergingen mitunter Wochen, bis die Zahlungen angepasst seien}, {erzählt|schildert} " +
        "{die IFK|die Teamleiterin|der Teamleiter}" + ". {Die Kolleginnen, die für die Zahlungen zuständig seien, "
        "säßen im anderen Gebäude|Wer das Geld berechne, sitze weit weg und sei schwer zu greifen}, {und mancher "
        "verliere in dieser Zeit die Lust an der neuen Stelle|was gerade am Anfang einer neuen Stelle viel "
        "Unruhe stifte}.",
        levels=("operational",),
        stance="bad",
        alt=("interfaces",),
    ),
    Passage(
        codes=("interfaces/netzwerk",),
        text="Der Kunde {erzählt|berichtet}, über das Jobcenter sei er an {eine Stelle in der Stadt|einen Verein} "
        "gekommen, {die ihm bei seinen Mietschulden helfe|der ihm bei den Schulden und den Briefen vom Vermieter "
        "helfe}. {Dort habe er jetzt alle zwei Wochen ein Gespräch|Man habe zusammen einen Plan gemacht, wie er die "
        "Raten zahlen könne}; {seitdem habe er wieder den Kopf frei für die Suche nach Arbeit|erst seitdem könne er "
        "sich überhaupt auf Bewerbungen einlassen}.",
        levels=("client",),
        stance="good",
        alt=("client_situation",),
    ),
    Passage(
        codes=("interfaces/fachdienste",),
        text="Die IFK {berichtet|erzählt}, dass sie für die Kundin {eine ärztliche Einschätzung angefordert habe|"
        "eine medizinische Stellungnahme aus dem Haus angefragt habe}, {weil die Kundin wegen ihres Knies kaum "
        "lange stehen könne|da unklar gewesen sei, welche Arbeit ihr Rücken noch zulasse}. {Das Ergebnis habe "
        "überraschend schnell vorgelegen|Nach wenigen Wochen habe man Klarheit gehabt}; {seitdem suche man "
        "gezielt nach Bürotätigkeiten|die Suche habe sich danach auf sitzende Tätigkeiten verlagert}.",
        levels=("client",),
        stance="good",
        alt=("profiling/potential_analysis",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice",),
        text="{Die Vertreterin|Der Vertreter} des Arbeitgeberservice {berichtet|erzählt}, dass man die Bewerberinnen "
        "und Bewerber aus dem Projektteam {inzwischen gut kenne|heute viel besser einschätzen könne}: {Weil die "
        "Leute dort häufiger gesehen würden, seien die Profile aktueller|Man merke, dass die Kontaktdichte im "
        "Projektteam höher sei, die Angaben stimmten einfach öfter}. {Vorschläge an die Betriebe gingen deshalb "
        "schneller hinaus|Die Betriebe bekämen so passendere Vorschläge}.",
        levels=("operational",),
        stance="good",
        alt=("placement/job_offers",),
    ),
    # ------------------------------------------------------------------ double-coded
    Passage(
        codes=("interfaces/basisteam", "allocation/client_mix"),
        text="{Die Teamleiterin|Der Teamleiter} des Projektteams {kritisiert|beklagt}, dass {aus den Basisteams|"
        "von den abgebenden Teams} {zunehmend Personen kämen, die man früher nie als marktnah bezeichnet hätte|"
        "vermehrt Kunden mit erheblichen Vermittlungshemmnissen überstellt würden}. {Die Übergabebögen seien dabei "
        "oft geschönt|In den Unterlagen stehe davon meist nichts}; {erst im Erstgespräch zeige sich, dass eine "
        "schnelle Integration unrealistisch sei|dann beginne das Hin und Her der Rücküberstellung}.",
        levels=("operational",),
        stance="bad",
        alt=("allocation/selection_criteria",),
    ),
    Passage(
        codes=("interfaces/arbeitgeberservice", "placement/employer_contact"),
        text="{Die IFK|Die Teamleiterin|Der Teamleiter} {berichtet|erzählt}, dass die Fachkräfte {inzwischen selbst "
        "Betriebe ansprächen|auch selbst bei Arbeitgebern anriefen}, {allerdings immer in Absprache mit dem "
        "Arbeitgeberservice|abgestimmt mit dem AG-S, damit Betriebe nicht doppelt kontaktiert würden}. {Für eine "
        "bestimmte Kundin rufe man dann gezielt bei drei, vier Firmen an|Man stelle einzelne Bewerber gezielt bei "
        "Betrieben vor}; {der AG-S bekomme eine kurze Rückmeldung|die Kontakte würden für alle sichtbar "
        "dokumentiert}.",
        levels=("operational",),
        stance="good",
        alt=("placement",),
    ),
    Passage(
        codes=("interfaces/leistung", "interfaces/basisteam"),
        text="{Die Teamleiterin|Der Teamleiter} der Leistungsabteilung {berichtet|schildert}, dass {die "
        "Leistungsteams|ihre Sachbearbeitung} {nicht entlang der Teams organisiert seien|nach Buchstaben und nicht "
        "nach Teams arbeiteten}: {Eine Sachbearbeiterin habe mit Basis- und Projektteam gleichzeitig zu tun|Jede "
        "Sachbearbeiterin müsse sich auf die Abläufe beider Teams einstellen}. {Wenn Kunden zwischen den Teams "
        "wechselten, gingen Informationen verloren|Bei Übergaben zwischen Basis- und Projektteam erfahre man oft "
        "nicht, wer jetzt zuständig sei}.",
        levels=("operational",),
        stance="bad",
        alt=("interfaces",),
    ),
]
