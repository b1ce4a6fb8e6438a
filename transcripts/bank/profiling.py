"""Passages on profiling and the four-phase model (4PM): analysis, goal, strategy, follow-up, profiles.

Client-level passages: those from the IFK about one client contain "IFK"; those from the client
(eLb) never do and speak of "ihre/seine Vermittlerin". Each client-level passage speaks of either
"die Kundin" or "der Kunde", never both, so that a generator can keep one client per protocol.
"""

from __future__ import annotations

from transcripts.bank import Passage

PASSAGES = [
    # ------------------------------------------------------------------ profiling (general, 4PM)
    Passage(
        codes=("profiling",),
        text=(
            "Aus Sicht der {Geschäftsführung|Projektleitung} werde das Vier-Phasen-Modell im Projektteam {ernster "
            "genommen als früher|konsequenter angewandt als im Regelgeschäft}. {Man habe endlich die Zeit, die "
            "Phasen tatsächlich nacheinander durchzugehen|Die zusätzliche Betreuungszeit erlaube es, die Phasen "
            "gründlich und der Reihe nach durchzugehen}, statt nach zehn Minuten schon bei der Stellensuche zu sein. "
            "{Das merke man an der Qualität der Einträge in VerBIS, die deutlich aussagekräftiger geworden seien|Das "
            "zeige sich in Fallbesprechungen, in denen die Fachkräfte ihre Kundschaft inzwischen sehr genau "
            "beschreiben könnten}."
        ),
        levels=("strategic",),
        stance="good",
        alt=("profiling/potential_analysis",),
    ),
    Passage(
        codes=("profiling",),
        text=(
            "{Die Projektleitung räumt ein|Nach Einschätzung der Geschäftsführung gilt}, dass 4PM im Haus "
            "{vor allem formal umgesetzt werde|eher als Pflichtprogramm verstanden werde}. Die Pflichtfelder in VerBIS "
            "seien {nahezu vollständig gefüllt|fast immer ausgefüllt}, {was die Prüfberichte auch bestätigten|das sehe man in jeder Auswertung}; "
            "ob die Einträge {aber etwas über den Menschen aussagten|die Person tatsächlich treffen}, sei eine andere Frage. "
            "{Im Zweifel zähle, dass der Datensatz vollständig ist|Gemessen werde eben die Vollständigkeit, nicht die Qualität}."
        ),
        levels=("strategic",),
        stance="bad",
        alt=("controlling/quality_assurance",),
    ),
    Passage(
        codes=("profiling",),
        text=(
            "Im Interview wird {deutlich|betont}, dass sich die Joboffensive aus Sicht des Projektteams {gut in|nahtlos in} "
            "die Beratungskonzeption einfüge: {Neu sei nicht das Modell, sondern die Zeit, es anzuwenden|Das Modell sei dasselbe, "
            "nur bleibe jetzt Raum, es mit Leben zu füllen}. {Gerade die ersten beiden Phasen|Vor allem Profiling und Zielfestlegung} "
            "würden {heute gründlicher bearbeitet|inzwischen sorgfältiger durchlaufen}, während sich an der Dokumentation "
            "{wenig geändert habe|kaum etwas getan habe}."
        ),
        levels=("operational",),
        stance="neutral",
        alt=("profiling/potential_analysis",),
    ),
    # ------------------------------------------------------------------ potential_analysis
    Passage(
        codes=("profiling/potential_analysis",),
        text=(
            "Die IFK {berichtet|schildert}, dass sie sich im Erstgespräch {bewusst viel Zeit|fast eine Stunde} für "
            "die Stärken und Schwächen nehme. {Sie frage nach allem, was jemand schon einmal gemacht habe, auch ohne "
            "Zeugnis|Gefragt werde auch nach Tätigkeiten, die in keinem Lebenslauf stehen}, etwa Nebenjobs, Pflege "
            "von Angehörigen oder Vereinsarbeit. {Erst danach lege sie die Handlungsbedarfe fest, und zwar gemeinsam "
            "mit der Person|Die Handlungsbedarfe würden erst am Ende des Gesprächs festgehalten, nachdem man sich "
            "über die Probleme einig geworden sei}."
        ),
        levels=("operational",),
        stance="good",
        alt=("ifk_role/conversation",),
    ),
    Passage(
        codes=("profiling/potential_analysis",),
        text=(
            "{Nach Darstellung im Interview|Wie im Gespräch geschildert wird,} kommt die Potenzialanalyse im Alltag "
            "{oft zu kurz|häufig zu kurz}. {Bei der hohen Zahl an Neuzugängen|Weil das Team seit Monaten unterbesetzt sei,} "
            "übernehme man die Handlungsbedarfe {meist aus der Vorbetreuung|in vielen Fällen ungeprüft aus VerBIS}, "
            "{obwohl bekannt sei, dass sie veraltet sein könnten|auch wenn sie zum Teil Jahre alt seien}. "
            "{Eine echte Problemdiagnose finde eher nebenbei statt|Was die Menschen wirklich hindere, erfahre man oft erst nach Monaten}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("profiling/potential_analysis",),
        text=(
            "Nach {Einschätzung|Auffassung} der Geschäftsführung {wisse man heute sehr viel genauer|habe man heute ein deutlich "
            "klareres Bild davon}, was die Menschen {mitbringen|eigentlich können} und woran es hapert. {Früher seien viele "
            "Probleme in der Familie erst bei einem Abbruch aufgefallen|Schwierigkeiten im privaten Umfeld seien früher oft "
            "jahrelang unentdeckt geblieben}; jetzt {kämen sie meist schon im zweiten oder dritten Gespräch auf den Tisch|"
            "würden sie in der Regel früh angesprochen}, {weil Vertrauen da sei|weil die Gespräche nicht mehr unter Zeitdruck stünden}."
        ),
        levels=("strategic",),
        stance="good",
    ),
    Passage(
        codes=("profiling/potential_analysis",),
        text=(
            "Die IFK {beschreibt|nennt} als {größtes Hindernis|wichtigsten Handlungsbedarf} bei der Kundin die fehlende "
            "Kinderbetreuung am Nachmittag; {die Kundin selbst sehe eher ihre Unsicherheit im Deutschen|die Kundin nenne "
            "selbst eher ihre Sprachkenntnisse}. {Darüber habe man offen gesprochen|Beides sei im Erstgespräch Thema gewesen}. "
            "{Stärken sehe die IFK in der Zuverlässigkeit und der Erfahrung aus dem Verkauf|Als Stärke hebt die IFK die "
            "langjährige Erfahrung der Kundin im Verkauf hervor}, {die bisher nirgends dokumentiert gewesen sei|die in den Unterlagen nicht auftauchte}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("profiling/potential_analysis",),
        text=(
            "Die IFK {räumt ein|gibt offen zu}, dass sie den Kunden {bislang vor allem aus der Akte kenne|erst zweimal gesehen habe}. "
            "Die Handlungsbedarfe {habe sie aus der Vorbetreuung übernommen|stammten noch aus dem Basisteam}; {ob die "
            "Angaben zur Mobilität noch stimmten, wisse sie nicht|ob der Kunde inzwischen einen Führerschein habe, sei offen}. "
            "{Für ein ausführliches Gespräch über seine Stärken habe bisher die Zeit gefehlt|Zu einer genaueren Analyse sei man "
            "wegen mehrerer Ausfälle im Team noch nicht gekommen}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("profiling/potential_analysis",),
        text=(
            "Die Kundin {erzählt|berichtet}, ihre Vermittlerin habe sie im ersten Termin {regelrecht ausgefragt|sehr genau "
            "gefragt}, was sie {gut könne und was ihr schwerfalle|in den letzten Jahren alles gemacht habe}. {Das sei ihr "
            "zuerst unangenehm gewesen|Anfangs habe sie das seltsam gefunden}, {dann aber habe sie gemerkt, dass es um sie "
            "gehe|inzwischen verstehe sie, wozu das gut gewesen sei}. {Zum ersten Mal habe jemand gefragt, warum es mit der "
            "letzten Stelle nicht geklappt habe|Dass sie wegen der Kinder nur vormittags könne, habe die Vermittlerin sofort aufgeschrieben}."
        ),
        levels=("client",),
        stance="good",
        alt=("ifk_role/conversation",),
    ),
    Passage(
        codes=("profiling/potential_analysis",),
        text=(
            "Der Kunde {sagt|meint}, über seine eigentlichen Probleme sei {nie|bislang nie} gesprochen worden. {Dass er kaum "
            "lesen und schreiben könne, habe er sich nicht zu sagen getraut|Seine Schwierigkeiten mit Formularen und Schriftverkehr "
            "seien nie Thema gewesen}, {und gefragt habe auch niemand|und von selbst habe die Vermittlerin nicht nachgehakt}. "
            "{In den Gesprächen gehe es immer nur um Bewerbungen|Es gehe in jedem Termin nur darum, wie viele Bewerbungen er "
            "geschrieben habe}; {wie er die ohne Hilfe schreiben solle, frage keiner|deshalb komme er nicht weiter}."
        ),
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("profiling/potential_analysis",),
        text=(
            "{Die Teamleitung|Die Interviewpartnerin} {schildert|erläutert}, dass persönliche Probleme wie Schulden, "
            "{Wohnungsnot oder Konflikte in der Bedarfsgemeinschaft|familiäre Belastungen oder Wohnungsprobleme} {im "
            "Projektteam früher erkannt würden|heute früher ans Licht kämen}. {Man frage gezielt danach, statt "
            "abzuwarten, bis eine Maßnahme scheitert|Es gebe dafür inzwischen einen festen Fragenkatalog im "
            "Erstgespräch, bevor man über Stellen spreche}. Ob dann die Schuldnerberatung eingeschaltet werde, "
            "{entscheide man im Einzelfall|sei eine zweite Frage}. {Wichtig sei, dass solche Themen nicht als "
            "Ausrede gelten, sondern als Teil des Plans behandelt würden|Solche Probleme würden dann als eigener "
            "Handlungsbedarf festgehalten und bei jedem Termin wieder aufgegriffen}."
        ),
        levels=("operational",),
        stance="neutral",
        alt=("interfaces/netzwerk",),
    ),
    # ------------------------------------------------------------------ target_occupation
    Passage(
        codes=("profiling/target_occupation",),
        text=(
            "{Die IFK berichtet|Im Interview wird geschildert}, dass der Zielberuf {im Projektteam grundsätzlich gemeinsam "
            "festgelegt werde|nie ohne die Kundin oder den Kunden festgelegt werde}. {Oft gebe es einen Wunschberuf und einen "
            "realistischen Alternativberuf|Meist halte man neben dem Wunsch einen zweiten, erreichbareren Beruf fest}, "
            "{beide würden in VerBIS eingetragen|und beides werde dokumentiert}. {Wenn sich nach einigen Wochen zeige, dass "
            "der Plan nicht trage, werde das Ziel offen neu besprochen|Ein Zielwechsel sei kein Scheitern, sondern gehöre dazu}. "
            "{Die Kundinnen und Kunden trügen ein Ziel, das sie selbst mitformuliert hätten, nach aller Erfahrung deutlich besser mit|Wer sein Ziel selbst mitbestimmt habe, bewerbe sich erfahrungsgemäß engagierter}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("profiling/target_occupation",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie die Teamleitung einräumt,} {steht als Zielberuf häufig einfach die "
            "letzte Tätigkeit|wird als Zielberuf oft die zuletzt ausgeübte Tätigkeit übernommen}, {auch wenn diese Jahre "
            "zurückliege|selbst wenn sie lange zurückliegt}. {Ob die Person das überhaupt noch wolle oder könne|Ob das Ziel "
            "zur Person passe}, werde {selten geprüft|kaum hinterfragt}. {Viele Einträge lauteten schlicht auf Helfertätigkeiten "
            "allgemein|Sehr verbreitet sei der Eintrag Helfer ohne nähere Angabe}, {was die Stellensuche nicht leichter mache|was für die Vermittlung wenig hergebe}. "
            "{Im Projektteam fehle im Moment schlicht die Zeit, das in jedem Fall neu aufzurollen|Eine gründliche Klärung des Berufsziels sei bei der derzeitigen Fallzahl nicht zu leisten}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("profiling/potential_analysis",),
    ),
    Passage(
        codes=("profiling/target_occupation",),
        text=(
            "{Die Projektleitung|Die Geschäftsführung} {räumt ein|gesteht zu}, dass die Zielberufe in VerBIS {oft nicht "
            "gepflegt seien|vielfach nicht aktuell seien}. {Eine Auswertung habe gezeigt|Bei einer Stichprobe sei aufgefallen}, "
            "dass bei {einem großen Teil|fast der Hälfte} der Kundschaft im Projektteam {seit Beginn derselbe Zielberuf stehe|"
            "der Zielberuf nie verändert worden sei}, {obwohl sich die Lebenslagen geändert hätten|auch wo längst andere Pläne "
            "verfolgt würden}. {Das solle nachgesteuert werden|Man habe das Thema in die nächste Teamleiterrunde gegeben}."
        ),
        levels=("strategic",),
        stance="bad",
        alt=("controlling/readjustment",),
    ),
    Passage(
        codes=("profiling/target_occupation",),
        text=(
            "{Aus Sicht der Geschäftsführung|Nach Einschätzung der Projektleitung} gehöre es zur Joboffensive, {auch "
            "unbequeme Wahrheiten auszusprechen|Klartext zu reden}, wenn ein Berufswunsch {unrealistisch sei|auf dem "
            "regionalen Arbeitsmarkt keine Chance habe}. {Man erwarte von den Fachkräften, dass sie Alternativen aufzeigen|"
            "Die Fachkräfte sollten dann gemeinsam mit der Person ein erreichbares Ziel entwickeln}, {ohne den Wunsch einfach "
            "zu streichen|statt den Wunsch zu übergehen}. {Das gelinge nicht immer, aber immer öfter|Das sei anspruchsvoll und brauche Zeit}. "
            "{Dazu gehöre auch, regionale Arbeitsmarktdaten in die Gespräche mitzunehmen|Hilfreich seien dabei Informationen über die Lage auf dem örtlichen Arbeitsmarkt, die das Haus regelmäßig aufbereite}."
        ),
        levels=("strategic",),
        stance="good",
        alt=("ifk_role/conversation",),
    ),
    Passage(
        codes=("profiling/target_occupation",),
        text=(
            "Die IFK {berichtet|erzählt}, die Kundin habe {ursprünglich Erzieherin werden wollen|zunächst eine Ausbildung zur "
            "Erzieherin angestrebt}. {Weil die Ausbildung Jahre dauere und die Familie auf ein Einkommen angewiesen sei|Da eine "
            "lange Ausbildung derzeit nicht finanzierbar sei}, habe man sich {gemeinsam|nach zwei Gesprächen} auf "
            "{Kinderpflegehelferin|eine Tätigkeit als Betreuungskraft in der Ganztagsschule} als Zielberuf verständigt. "
            "{Der ursprüngliche Wunsch bleibe als langfristiges Ziel vermerkt|Die Erzieherausbildung sei damit nicht vom Tisch, sondern verschoben}. "
            "{Die Kundin habe sich darauf eingelassen, weil sie weiter mit Kindern arbeiten könne|Für die Kundin sei entscheidend gewesen, dass der Bereich derselbe bleibe}."
        ),
        levels=("client",),
        stance="good",
        alt=("profiling/strategy_selection",),
    ),
    Passage(
        codes=("profiling/target_occupation",),
        text=(
            "Die IFK {gibt an|erläutert}, beim Kunden sei {Lagerhelfer|Helfer im Lager} als Zielberuf eingetragen, "
            "{weil er zuletzt dort gearbeitet habe|weil das seine letzte Beschäftigung gewesen sei}. {Ob er selbst etwas "
            "anderes wolle, habe man noch nicht besprochen|Über andere Berufswünsche sei noch nicht gesprochen worden}; "
            "{das stehe auf der Liste für das nächste Gespräch|das wolle sie nachholen, sobald wieder mehr Luft sei}. "
            "{In der EGV stehe der Zielberuf ebenfalls so drin|Auch die Vermittlungsvorschläge richteten sich bislang danach}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("profiling/target_occupation",),
        text=(
            "Die Kundin {erzählt|berichtet}, sie habe {eigentlich immer in einer Bäckerei arbeiten wollen|schon lange den "
            "Wunsch, im Verkauf einer Bäckerei zu arbeiten}. {Ihre Vermittlerin habe das ernst genommen|Das habe ihre "
            "Vermittlerin sofort aufgegriffen} und {neben dem Lebensmittelhandel als gleichwertiges Ziel notiert|gemeinsam "
            "mit ihr überlegt, welche Betriebe in Frage kämen}. {Sie habe das Gefühl, dass es um das gehe, was sie selbst wolle|"
            "Früher sei einfach irgendein Beruf eingetragen worden, diesmal sei sie gefragt worden}. "
            "{Bei der ersten Bewerbung habe ihr die Vermittlerin sogar einen Betrieb genannt, den sie selbst nicht gekannt habe|Das habe sie motiviert, sich gleich bei zwei Bäckereien im Stadtteil vorzustellen}."
        ),
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("profiling/target_occupation",),
        text=(
            "Der Kunde {sagt|erzählt}, im Computer stehe bei ihm {Reinigungskraft|Helfer in der Gebäudereinigung}, "
            "{aber das habe niemand mit ihm abgesprochen|das habe er erst durch einen Brief erfahren}. {Er wolle eigentlich "
            "Berufskraftfahrer werden|Sein Wunsch sei, als Fahrer zu arbeiten}, {den Führerschein habe er ja|dafür habe er "
            "schon Erfahrung als Beifahrer}. {Als er das angesprochen habe, habe es geheißen, das sei gerade nicht dran|"
            "Darauf sei seine Vermittlerin nicht eingegangen}; {deshalb bekomme er nur Angebote für Putzstellen|die Angebote passten deshalb alle nicht}. "
            "{Er habe den Eindruck, dass sein Wunsch dort einfach nicht zähle|Inzwischen habe er aufgehört, das Thema anzusprechen}."
        ),
        levels=("client",),
        stance="bad",
        alt=("placement/job_offers",),
    ),
    # ------------------------------------------------------------------ strategy_selection
    Passage(
        codes=("profiling/strategy_selection",),
        text=(
            "{Die IFK beschreibt|Im Interview wird beschrieben}, dass die Handlungsstrategie {im Projektteam deutlich "
            "differenzierter ausfalle|heute viel genauer auf die Person abgestimmt werde} als früher. {Bei marktnahen Personen "
            "setze man auf schnelle Vermittlung mit eng getakteten Bewerbungen|Wer nah am Arbeitsmarkt sei, werde direkt in "
            "Bewerbungen begleitet}; {bei anderen stehe erst eine Teilqualifizierung oder die Klärung der Kinderbetreuung an|"
            "andere bräuchten zuerst Stabilisierung}. {Welcher Weg gewählt werde, begründe man im Vermerk|Die Begründung werde jeweils festgehalten}. "
            "{Die Fachkräfte würden deshalb ermutigt, die Wege ausdrücklich zu unterscheiden und zu begründen|In Fallbesprechungen werde gezielt darauf geachtet, dass die Strategie zur Person passe}."
        ),
        levels=("operational",),
        stance="good",
        alt=("profiling/profile_categories",),
    ),
    Passage(
        codes=("profiling/strategy_selection",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie offen eingeräumt wird,} {laufe es in der Praxis fast immer "
            "auf dieselbe Strategie hinaus|unterscheide sich die Strategie kaum von Fall zu Fall}: {Vermittlung in "
            "eine Helfertätigkeit, möglichst schnell|schnelle Arbeitsaufnahme, egal in welchem Bereich}. {Für eine "
            "genauere Planung fehle bei der derzeitigen Belastung schlicht die Zeit|Solange Kolleginnen ausfielen, "
            "komme man über das Nötigste nicht hinaus}. {Das sei nicht der Anspruch der Joboffensive, aber die "
            "Realität|So sei die Joboffensive nicht gedacht, werde aber hingenommen}. {Die Teamleitung hoffe, dass "
            "sich das mit den angekündigten Neueinstellungen ändere|Mehr als eine Akte nach der anderen "
            "abzuarbeiten, sei derzeit nicht drin}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("profiling/strategy_selection",),
        text=(
            "{Aus Sicht der Projektleitung stehe man vor einer Abwägung|Nach Darstellung der Geschäftsführung müsse man abwägen} "
            "zwischen schneller Integration und {nachhaltiger Qualifizierung|einer Strategie, die länger trägt}. "
            "{Die Vorgabe laute, zuerst auf den Arbeitsmarkt zu schauen|Der Grundsatz sei: Arbeit zuerst}, {aber bei jüngeren "
            "Menschen ohne Abschluss solle der Weg über eine Ausbildung ausdrücklich offenstehen|doch bei jungen Erwachsenen "
            "ohne Berufsabschluss habe Qualifizierung Vorrang}. {Diese Linie werde mit den Teams regelmäßig besprochen|Das sei "
            "in den Teams so kommuniziert worden}. "
            "{Ausschlaggebend seien dabei immer die Voraussetzungen der einzelnen Person und die Lage auf dem regionalen Arbeitsmarkt|Das Controlling achte darauf, dass dabei die Integrationsquote nicht aus dem Blick gerate}."
        ),
        levels=("strategic",),
        stance="neutral",
        alt=("goals/objectives",),
    ),
    Passage(
        codes=("profiling/strategy_selection", "measures/measure_use"),
        text=(
            "Die IFK {erläutert|beschreibt} den Plan für den Kunden: {zunächst eine Helfertätigkeit in der Logistik, um den "
            "Einstieg zu schaffen|erst einmal eine Stelle als Helfer im Lager, damit er wieder in einen Arbeitsalltag komme}. "
            "{Parallel solle geprüft werden|Gleichzeitig wolle sie klären}, ob {ein Bildungsgutschein für den Staplerschein|"
            "eine kurze Qualifizierung zum Staplerfahrer} in Frage komme, {weil sich damit die Chancen deutlich verbesserten|"
            "da in der Region viele Betriebe Staplerfahrer suchten}. {Der Kunde trage diesen Weg mit|Mit dem Kunden sei das so abgesprochen}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("profiling/strategy_selection",),
        text=(
            "Die IFK {berichtet|schildert}, {für die Kundin stehe die Vermittlung derzeit nicht im Vordergrund|bei der Kundin "
            "gehe es im Moment nicht um Bewerbungen}. {Zuerst müsse die Betreuung der beiden jüngeren Kinder geregelt werden|"
            "Erst wenn die Kinderbetreuung geklärt sei, könne man an Arbeit denken}; {danach sei eine Teilzeitstelle im Verkauf "
            "realistisch|dann ziele man auf eine Teilzeitstelle am Vormittag}. {Diese Reihenfolge habe man gemeinsam festgelegt|"
            "Die Kundin sei mit diesem Vorgehen einverstanden}. "
            "{Eine erste Stelle in Teilzeit sei ausdrücklich nur der Anfang|Aufstocken könne sie später immer noch}."
        ),
        levels=("client",),
        stance="neutral",
        alt=("profiling/potential_analysis",),
    ),
    Passage(
        codes=("profiling/strategy_selection",),
        text=(
            "Die Kundin {erzählt|berichtet}, ihre Vermittlerin habe ihr {ganz offen gesagt|gleich im ersten Gespräch erklärt}, "
            "wie sie {wieder in Arbeit kommen könne|sich ihren Weg zurück in den Beruf vorstelle}: {zuerst ein Praktikum in einer "
            "Arztpraxis, dann die Bewerbung dort|erst ein paar Wochen in einem Betrieb ausprobieren, dann gezielt bewerben}. "
            "{Das finde sie vernünftig|Diese Einschätzung teile sie}, {weil sie so zeigen könne, was sie draufhabe|auch wenn es "
            "ihr lieber wäre, sofort eine feste Stelle zu bekommen}. "
            "{Außerdem habe die Vermittlerin ihr einen Betrieb genannt, der regelmäßig Quereinsteigerinnen nehme|Ihre Vermittlerin habe ihr zugesagt, bei der Suche nach dem Praktikumsplatz zu helfen}."
        ),
        levels=("client",),
        stance="good",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("profiling/strategy_selection",),
        text=(
            "Der Kunde {weiß nach eigener Aussage nicht|sagt, er wisse eigentlich nicht}, wie es {mit ihm weitergehen solle|"
            "für ihn weitergehen solle}. {Mal sei von einer Weiterbildung die Rede gewesen, dann wieder von Zeitarbeit|Einmal "
            "habe es geheißen, er solle sich breit bewerben, beim nächsten Mal sei es um eine Schulung gegangen}. "
            "{Einen roten Faden erkenne er nicht|Was seine Vermittlerin eigentlich mit ihm vorhabe, sei ihm nicht klar}; "
            "{er mache einfach, was man ihm sage|er warte jetzt einfach ab}. "
            "{Im Gespräch gehe es dann meist um die Nachweise der letzten Wochen|Am Ende bekomme er meistens ein paar Stellenangebote mit und gehe wieder}."
        ),
        levels=("client",),
        stance="bad",
    ),
    # ------------------------------------------------------------------ follow_up
    Passage(
        codes=("profiling/follow_up",),
        text=(
            "{Die IFK beschreibt|Im Interview wird geschildert}, dass jedes Folgegespräch mit einem Blick auf die Absprachen "
            "vom letzten Mal beginne. {Was erledigt sei, werde abgehakt|Erledigte Schritte würden festgehalten}; {wenn nichts "
            "passiert sei, überlege man gemeinsam, woran es lag|wo es nicht geklappt habe, suche man zusammen nach den Gründen}. "
            "{Die Nachbereitung im Vermerk dauere danach meist zehn Minuten|Der Vermerk in VerBIS werde direkt im Anschluss "
            "geschrieben}, {damit beim nächsten Termin nichts verloren gehe|so dass der rote Faden erhalten bleibe}."
        ),
        levels=("operational",),
        stance="good",
        alt=("ifk_role/conversation",),
    ),
    Passage(
        codes=("profiling/follow_up",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie die Teamleitung berichtet,} {stapelten sich die Wiedervorlagen|sei die "
            "Liste der offenen Wiedervorlagen lang}, {weil Termine wegen Krankheit ausfallen mussten|seit das Team zwei "
            "Stellen nicht besetzen konnte}. {Ob vereinbarte Schritte erledigt wurden, werde oft erst Wochen später geprüft|"
            "Das Nachhalten der Absprachen komme dadurch zu kurz}. {Die Dokumentation leide ebenfalls|Auch die Vermerke seien "
            "dann knapp}, {was die Übernahme von Fällen durch Vertretungen erschwere|so dass Vertretungen kaum wüssten, was verabredet war}. "
            "{Die Teamleitung sehe inzwischen täglich auf die Liste der überfälligen Termine|Man hoffe, dass sich das mit den Neueinstellungen bessert}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("profiling/follow_up",),
        text=(
            "{Als nächste Schritte nennt die IFK|Die IFK zählt als konkrete nächste Schritte auf}: {Der Kunde schicke bis "
            "zum nächsten Termin zwei Bewerbungen an Malerbetriebe ab|Der Kunde bewerbe sich bis Monatsende bei zwei "
            "Handwerksbetrieben}, {sie selbst kläre die Übernahme der Fahrtkosten|sie kümmere sich um die Fahrtkostenerstattung}. "
            "{Beim nächsten Gespräch werde geschaut, was daraus geworden sei|Im Folgegespräch werde das überprüft}; "
            "{das kenne der Kunde schon so|der Kunde wisse, dass sie nachfragen werde}. "
            "{Wenn er das nicht schaffe, solle er anrufen, statt einfach nicht zu erscheinen|Sollten Bewerbungen ins Leere laufen, würde man gemeinsam über andere Branchen nachdenken}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("profiling/follow_up",),
        text=(
            "Die IFK {berichtet|gibt an}, dass sie mit der Kundin {seit dem letzten Interview|in den vergangenen Monaten} "
            "{den Plan zweimal angepasst habe|mehrfach nachgesteuert habe}. {Die Bewerbungen im Einzelhandel hätten keine "
            "Rückmeldungen gebracht|Auf die Bewerbungen im Verkauf sei nichts zurückgekommen}, {deshalb versuche man es jetzt "
            "in der Gastronomie|weshalb man den Suchradius und die Branche erweitert habe}. {Diese Anpassungen seien im Vermerk "
            "festgehalten|Das sei jeweils dokumentiert worden}, {damit die Kundin nachvollziehen könne, warum|so dass auch eine Vertretung im Bilde sei}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    Passage(
        codes=("profiling/follow_up",),
        text=(
            "Die Kundin {erzählt|berichtet}, ihre Vermittlerin frage {jedes Mal|bei jedem Termin} zuerst, {was aus den Bewerbungen "
            "vom letzten Mal geworden sei|wie es mit den verabredeten Sachen gelaufen sei}. {Das sei ihr anfangs lästig gewesen|"
            "Erst habe sie das als Kontrolle empfunden}, {aber inzwischen sei sie froh darum|heute sehe sie das anders}, "
            "{weil sie so nichts schleifen lasse|weil es ihr helfe, dranzubleiben}. {Sie schreibe sich jetzt selbst auf, "
            "was sie erledigt habe|Sie bringe inzwischen eine Liste mit}. "
            "{Ohne das feste Datum für den nächsten Termin wäre es ihr wohl schwerer gefallen|So habe sie auch selbst den Überblick über ihre Bewerbungen}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("profiling/follow_up",),
        text=(
            "Der Kunde {sagt|meint}, {was beim letzten Mal besprochen worden sei, spiele beim nächsten Termin keine Rolle mehr|"
            "jedes Gespräch fange wieder bei null an}. {Seine Vermittlerin wisse oft nicht mehr, was verabredet war|Er müsse "
            "jedes Mal erzählen, was er schon alles gemacht habe}; {einmal sei er zu einer Vertretung gekommen, die gar nichts "
            "über ihn gewusst habe|bei einer Vertretung sei alles neu aufgerollt worden}. {Er frage sich, wozu er Nachweise "
            "sammle|Deshalb nehme er die Absprachen auch nicht mehr so ernst}. "
            "{Einmal habe er sogar einen Nachweis doppelt abgeben müssen, weil der erste nicht auffindbar gewesen sei|Er habe das Gefühl, dass niemand den Überblick habe}."
        ),
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("profiling/follow_up",),
        text=(
            "{Die Geschäftsführung|Die Projektleitung} {legt Wert darauf|betont}, dass {die vierte Phase|die Nachhaltung "
            "vereinbarter Schritte} {nicht zur Formsache werde|im Projektteam wirklich gelebt werde}. {Die Teamleitungen schauten sich "
            "stichprobenartig Vermerke an|In Stichproben werde geprüft, ob Absprachen in den Folgegesprächen wieder aufgegriffen "
            "würden}, {und das Ergebnis sei ermutigend|mit überwiegend gutem Ergebnis}. {Wo Schritte nicht nachgehalten würden, "
            "spreche man das im Mitarbeitergespräch an|Auffälligkeiten würden in Fallbesprechungen aufgegriffen}. "
            "{So solle verhindert werden, dass Vereinbarungen aus dem Erstgespräch in Vergessenheit geraten|Das sei für das Haus ein zentrales Qualitätsmerkmal der Joboffensive}. "
            "{Die Fachkräfte erlebten das bislang eher als Unterstützung denn als Kontrolle|Widerstand dagegen gebe es im Projektteam kaum}."
        ),
        levels=("strategic",),
        stance="good",
        alt=("controlling/quality_assurance",),
    ),
    # ------------------------------------------------------------------ profile_categories
    Passage(
        codes=("profiling/profile_categories",),
        text=(
            "{Aus Sicht der Projektleitung|Nach Einschätzung der Geschäftsführung} {seien die Profillagen nur begrenzt "
            "treffsicher|gäben die Profillagen die Lage der Menschen oft nur grob wieder}. {Im Projektteam seien vor allem "
            "Markt- und Aktivierungsprofile vorgesehen|Die Joboffensive ziele vor allem auf Personen mit Markt- oder "
            "Aktivierungsprofil}, {doch im Gespräch zeige sich häufig ein größerer Förderbedarf|tatsächlich stecke hinter "
            "einem Aktivierungsprofil oft ein Förderprofil}. {Das sei bekannt und werde in Kauf genommen|Darüber werde mit der Regionaldirektion gesprochen}. "
            "{Man habe das Thema aber auf die Tagesordnung der nächsten Führungsklausur gesetzt|Ob sich das mit einer neuen Zielsteuerung ändere, bleibe abzuwarten}."
        ),
        levels=("strategic",),
        stance="neutral",
        alt=("allocation/selection_criteria",),
    ),
    Passage(
        codes=("profiling/profile_categories",),
        text=(
            "{Die Geschäftsführung|Die Projektleitung} {räumt ein|gesteht}, dass {Profillagen im Haus auch nach "
            "Zielgesichtspunkten vergeben würden|bei der Vergabe der Profillagen der Blick auf die Kennzahlen eine Rolle spiele}. "
            "{Ein Wechsel ins Förderprofil falle in der Statistik auf|Wer viele Profilwechsel nach unten eintrage, müsse das "
            "erklären}; {deshalb würden Umstufungen eher vermieden|also bleibe man lieber bei der bisherigen Einordnung}. "
            "{Das sei fachlich nicht befriedigend|Darunter leide die Aussagekraft}, {aber so sei das System|was im Haus auch jeder wisse}. "
            "{Ob sich das mit einer neuen Zielsteuerung ändere, bleibe abzuwarten|Die Fachkräfte wüssten das und richteten sich danach}."
        ),
        levels=("strategic",),
        stance="bad",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("profiling/profile_categories",),
        text=(
            "{Die IFK berichtet|Im Interview wird berichtet}, dass Profilwechsel {nach dem Erstgespräch häufig seien|in den "
            "ersten Wochen eher die Regel als die Ausnahme seien}. {Wer als marktnah übergeben werde, entpuppe sich nicht "
            "selten als jemand mit Förderbedarf|Manche Marktprofile hielten einem ausführlichen Gespräch nicht stand}. "
            "{Man stufe dann sauber um und begründe das im Vermerk|Solche Umstufungen würden begründet dokumentiert}, {damit "
            "die Statistik stimme|auch wenn das die Quote drücke}. "
            "{Die Teamleitung schaue sich diese Fälle in der Fallbesprechung gemeinsam mit der Fachkraft an|Man verstehe das als Qualitätsmerkmal der Joboffensive, nicht als Makel}. "
            "{Im Basisteam sei das anfangs nicht gut angekommen|Die Kolleginnen im Basisteam hätten das anfangs als Kritik verstanden}."
        ),
        levels=("operational",),
        stance="good",
        alt=("allocation/client_mix",),
    ),
    Passage(
        codes=("profiling/profile_categories",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie geschildert wird,} {spielten die Profillagen im Arbeitsalltag kaum eine Rolle|"
            "schaue im Team kaum jemand auf die Profillagen}. {Sie würden beim Erstgespräch eingetragen und dann nicht mehr "
            "angefasst|Einmal vergeben, würden sie selten überprüft}, {auch wenn sich die Lage der Person längst verändert habe|"
            "selbst nach einer abgeschlossenen Qualifizierung}. {Für die Arbeit mit den Menschen seien sie wenig hilfreich|"
            "Man arbeite eher nach dem eigenen Eindruck}. "
            "{Wer danach frage, bekomme oft nur ein Schulterzucken|Die Teamleitung erinnere zwar gelegentlich daran, aber eine Prüfung finde nicht statt}. "
            "{Im Projektteam sei das kein großes Thema|Als Arbeitsgrundlage tauge die Einordnung kaum}."
        ),
        levels=("operational",),
        stance="bad",
    ),
    Passage(
        codes=("profiling/profile_categories",),
        text=(
            "Die IFK {erläutert|berichtet}, der Kunde sei {nach dem Erstgespräch|nach dem zweiten Termin} vom Marktprofil ins "
            "Förderprofil umgestuft worden. {Ohne Führerschein sei kaum eine der Stellen im Lager erreichbar|Die meisten Stellen "
            "in seinem Bereich lägen im Schichtbetrieb im Gewerbegebiet, das ohne Auto nicht erreichbar sei}, {und seine "
            "Deutschkenntnisse reichten für Schulungen noch nicht aus|und zusätzlich fehle ein anerkannter Abschluss}. "
            "{Das sei mit dem Kunden besprochen worden|Der Kunde kenne die Gründe}. "
            "{Die Strategie sei entsprechend angepasst worden|Das Ziel bleibe eine Arbeit im Lager, nur der Weg dorthin werde länger}."
        ),
        levels=("client",),
        stance="neutral",
        alt=("profiling/potential_analysis",),
    ),
    Passage(
        codes=("profiling/profile_categories",),
        text=(
            "Die IFK {berichtet|erzählt}, die Kundin sei {seit dem letzten Interview|inzwischen} {vom Aktivierungsprofil ins "
            "Marktprofil gewechselt|näher an den Arbeitsmarkt gerückt und im Marktprofil eingeordnet}. {Nach dem Praktikum "
            "und dem Deutschkurs sei sie deutlich sicherer geworden|Mit dem abgeschlossenen Sprachkurs habe sich ihre Lage "
            "klar verbessert}; {die Integrationsprognose sei jetzt gut|man rechne mit einer Arbeitsaufnahme in den nächsten "
            "Monaten}. {Das sei ein schöner Erfolg|Darauf sei auch die Kundin stolz}. "
            "{Als nächster Schritt stünden Bewerbungen bei zwei Reinigungsfirmen und einem Hotel an|Die IFK begleite die Kundin jetzt vor allem bei den Bewerbungen}."
        ),
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("profiling/profile_categories",),
        text=(
            "Die Kundin {erzählt|berichtet}, ihre Vermittlerin habe ihr gesagt, {sie gehöre zu denen, die man schnell "
            "unterbringen könne|sie sei eigentlich nah dran und brauche nur den richtigen Betrieb}. {Wie man zu dieser "
            "Einordnung komme, wisse sie nicht|Was das genau bedeute, sei ihr nicht erklärt worden}; {sie selbst sehe das "
            "skeptischer|sie habe da ihre Zweifel}, {weil sie seit Jahren nicht mehr gearbeitet habe|weil ihr der Einstieg "
            "nach der langen Pause schwerfalle}. "
            "{Für sie zähle am Ende ohnehin nur, ob sie eine Stelle finde|Gemerkt habe sie die Einordnung nur daran, dass sie jetzt öfter kommen solle}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    Passage(
        codes=("profiling/potential_analysis", "ifk_role/conversation"),
        text=(
            "Die IFK {erzählt|berichtet}, dass sie den Bildschirm im Erstgespräch {bewusst auslasse|ganz bewusst "
            "ausgeschaltet lasse} und nur Stichworte auf Papier mitschreibe. {So komme ein echtes Gespräch zustande, "
            "statt dass die Person das Gefühl habe, verhört zu werden|Die Leute erzählten dann viel offener, und "
            "niemand fühle sich wie auf einem Amt}. {Gerade dabei kämen oft Fähigkeiten zur Sprache, die in keiner "
            "Akte stehen|Auf diese Weise erfahre sie viel mehr darüber, was jemand kann und was ihn bremst}; {erst "
            "danach werde alles in VerBIS übertragen|die Einträge in VerBIS mache sie hinterher in Ruhe}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("profiling/target_occupation", "controlling/kpi_monitoring"),
        text=(
            "{Nach Darstellung der Interviewperson|Wie im Interview geschildert wird,} {richte sich im Team vieles nach den "
            "Kennzahlen|werde im Haus sehr stark über Kennzahlen gesteuert}, {die jede Woche auf dem Tisch lägen|die in jeder "
            "Teamrunde besprochen würden}. {Ob der eingetragene Zielberuf zur Person passe, frage dagegen niemand|Der Zielberuf "
            "werde dagegen kaum beachtet}; {er stehe im System, weil das Feld gefüllt sein müsse|Hauptsache, das Pflichtfeld sei "
            "ausgefüllt}. {Vermittelt werde dann eben dorthin, wo gerade Stellen offen seien|In der Praxis bewerbe man sich dorthin, "
            "wo etwas frei sei, unabhängig vom Ziel}. "
            "{Die Teamleitung sehe das Problem, habe aber andere Prioritäten|Das sei so gewollt, auch wenn es fachlich nicht befriedige}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("profiling",),
    ),
    Passage(
        codes=("profiling/follow_up", "egv/steering"),
        text=(
            "Die Kundin {erzählt|berichtet}, ihre Vermittlerin nehme {bei jedem Termin|in jedem Gespräch} die "
            "Vereinbarung zur Hand und gehe {Punkt für Punkt|Schritt für Schritt} durch, was sie seit dem letzten "
            "Mal erledigt habe. {Was geklappt habe, werde abgehakt|Erledigte Punkte würden abgehakt}, {bei dem Rest "
            "überlege man zusammen, wie es weitergehe|offene Punkte würden neu verabredet}. {Dadurch wisse sie "
            "immer, woran sie sei, auch wenn der Druck manchmal spürbar sei|So habe sie das Gefühl, dass das Papier "
            "tatsächlich etwas bedeute, und nicht nur in der Schublade liege}."
        ),
        levels=("client",),
        stance="good",
        alt=("egv/updating",),
    ),
    # ------------------------------------------------------------------ strategic and client variants
    Passage(
        codes=("profiling/potential_analysis",),
        text=(
            "{Die Geschäftsführung räumt ein|Die Projektleitung gesteht ein}, dass die Stärken- und Schwächenanalyse "
            "{im Haus oft schematisch bleibe|vielfach eher abgehakt als wirklich durchgeführt werde}. {In VerBIS würden die "
            "vorgegebenen Felder ausgefüllt, ohne dass daraus ein Bild der Person entstehe|Die Einträge erfüllten die "
            "Vorgaben, sagten aber wenig darüber aus, was jemand tatsächlich könne}. {Die Fachaufsicht achte bislang vor allem "
            "auf Vollständigkeit|Geprüft werde bisher in erster Linie, ob die Pflichtfelder gefüllt seien}. {Hier sehe man "
            "deutlichen Nachholbedarf|Das wolle man im nächsten Jahr angehen}."
        ),
        levels=("strategic",),
        stance="bad",
        alt=("profiling",),
    ),
    Passage(
        codes=("profiling/follow_up",),
        text=(
            "{Nach Darstellung der Projektleitung|Aus Sicht der Geschäftsführung} {gebe es keine systematische Prüfung|werde "
            "nicht gezielt geprüft}, ob die in den Gesprächen vereinbarten Schritte {tatsächlich nachgehalten würden|in den "
            "Folgeterminen wieder aufgegriffen würden}. {Das Controlling schaue auf Kontaktzahlen und Integrationen, nicht auf "
            "die Qualität der Nachbereitung|Gesteuert werde über Kennzahlen, die über das Nachhalten nichts aussagten}. "
            "{Ob die vierte Phase gelebt werde, hänge deshalb stark von der einzelnen Fachkraft ab|Wie gut nachgehalten werde, "
            "sei deshalb von Team zu Team sehr unterschiedlich}."
        ),
        levels=("strategic",),
        stance="bad",
        alt=("controlling/kpi_monitoring",),
    ),
    Passage(
        codes=("profiling/profile_categories",),
        text=(
            "{Aus Sicht der Projektleitung|Nach Einschätzung der Geschäftsführung} {seien die Profillagen im Projektteam "
            "inzwischen recht treffsicher|stimme die Einordnung in Profillagen im Projektteam meist}. {Profilwechsel würden "
            "nicht als Makel gesehen, sondern regelmäßig ausgewertet|Man werte die Profilwechsel regelmäßig aus und spreche "
            "sie in den Teams an}. {Dabei zeige sich, dass viele Menschen im Laufe der Betreuung näher an den Arbeitsmarkt "
            "rückten|Erfreulich sei, dass die Wechsel häufiger in Richtung Marktprofil gingen als umgekehrt}. {Das werte man "
            "als Erfolg der intensiveren Betreuung|Darin sehe man einen Beleg für die Wirkung der Joboffensive}."
        ),
        levels=("strategic",),
        stance="good",
    ),
    Passage(
        codes=("profiling/profile_categories",),
        text=(
            "Die IFK {räumt ein|gibt zu}, dass die Kundin {noch im Marktprofil geführt werde|weiterhin als marktnah "
            "eingestuft sei}, {obwohl das nicht mehr zutreffe|auch wenn das ihrer Lage nicht mehr entspreche}. {Seit "
            "dem Erstgespräch sei klar, dass ohne Sprachkurs und Kinderbetreuung kaum etwas gehe|Nach allem, was sie "
            "inzwischen wisse, bestehe ein deutlicher Förderbedarf}. {Zur Umstufung sei sie schlicht noch nicht "
            "gekommen, weil im Team gerade zu viel liegen bleibe|Die Änderung stehe schon lange auf ihrer Liste und "
            "werde immer wieder von Dringenderem verdrängt}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("profiling/strategy_selection",),
        text=(
            "{Die Geschäftsführung betont|Nach Darstellung der Projektleitung gilt}, dass {die Wahl der Strategie|die "
            "Entscheidung über den Weg in Arbeit} im Projektteam {bewusst und begründet getroffen werde|nicht dem Zufall "
            "überlassen werde}. {In Fallbesprechungen stellten die Fachkräfte schwierige Fälle vor und diskutierten "
            "Alternativen|Für schwierige Fälle gebe es kollegiale Fallberatungen, in denen mehrere Wege abgewogen würden}. "
            "{So entstünden Strategien, die zur Person passten|Das verhindere, dass alle über einen Kamm geschoren würden}, "
            "{auch wenn das Zeit koste|was die Qualität deutlich verbessert habe}. "
            "{Die Teamleitungen moderierten diese Runden und achteten auf nachvollziehbare Begründungen|Die Ergebnisse flössen direkt in die Vermerke ein}."
        ),
        levels=("strategic",),
        stance="good",
    ),
    Passage(
        codes=("profiling/strategy_selection",),
        text=(
            "{Die Projektleitung räumt ein|Die Geschäftsführung gesteht zu}, dass die Integrationsstrategie {unter "
            "dem Druck der Zielvorgaben|wegen der ehrgeizigen Integrationsziele} {oft auf schnelle Arbeitsaufnahme "
            "verkürzt werde|in der Praxis meist auf schnelle Vermittlung hinauslaufe}. {Qualifizierung sei zwar "
            "gewollt, komme aber selten zum Zug, weil sie sich in den Kennzahlen erst spät zeige|Längere Wege über "
            "eine Qualifizierung würden kaum eingeschlagen, da sich ihr Erfolg erst nach Monaten in den Zahlen "
            "niederschlage}. {Darüber gebe es im Haus durchaus Diskussionen|Das sehe man selbst kritisch}. "
            "{Mit der Regionaldirektion sei man darüber im Gespräch|Eine Lösung habe man dafür noch nicht gefunden}."
        ),
        levels=("strategic",),
        stance="bad",
        alt=("controlling/kpi_monitoring",),
    ),
]
