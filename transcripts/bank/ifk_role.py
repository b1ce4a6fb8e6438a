"""Passages on the role and competence of the IFK: self-image, conducting the talks, relationship.

Client-level passages: those from the IFK about one client contain "IFK"; those from the client
(eLb) never do and speak of "ihre/seine Vermittlerin". Each client-level passage speaks of either
"die Kundin" or "der Kunde", never both, so that a generator can keep one client per protocol.
"""

from __future__ import annotations

from transcripts.bank import Passage

PASSAGES = [
    # ------------------------------------------------------------------ ifk_role (general)
    Passage(
        codes=("ifk_role",),
        text=(
            "{Aus Sicht der Geschäftsführung|Nach Einschätzung der Projektleitung} sei es {am Ende schwer zu "
            "beschreiben|nicht leicht in Worte zu fassen}, was eine gute Integrationsfachkraft ausmache. {Man merke es aber "
            "meist nach drei Gesprächen|Im Alltag erkenne man es trotzdem recht schnell}. {Wichtig seien Kenntnisse des "
            "regionalen Arbeitsmarkts, Gesprächsführung und ein gewisses Verkaufstalent|Gefragt seien Berufskunde, "
            "Menschenkenntnis und die Fähigkeit, auf Betriebe zuzugehen}. {Diese Mischung finde man nicht oft|Nicht jede "
            "Fachkraft bringe das alles mit}, {deshalb lege man großen Wert auf die Auswahl|was die Personalauswahl so "
            "wichtig mache}."
        ),
        levels=("strategic",),
        stance="neutral",
        alt=("staffing/recruitment",),
    ),
    Passage(
        codes=("ifk_role",),
        text=(
            "{Die Teamleitung|Die Teamleiterin} {beschreibt ihr Team als sehr kompetent|ist mit der Arbeitsweise ihres Teams "
            "sehr zufrieden}. {Die neuen Kolleginnen von außen brächten einen frischen Blick mit|Gerade die neu eingestellten "
            "Fachkräfte aus der Privatwirtschaft hätten neue Ideen mitgebracht}, {die erfahrenen kennten dafür die Abläufe "
            "im Haus|während die erfahrenen Kolleginnen das Sozialrecht und die Abläufe beherrschten}. {Diese Mischung "
            "bewähre sich|Voneinander lerne man viel}, {etwa in den wöchentlichen Fallbesprechungen|vor allem im "
            "kollegialen Austausch}. "
            "{Die Teamleitung sehe ihre Aufgabe vor allem darin, diesen Austausch zu organisieren|Probleme gebe es eher bei der Einarbeitung, die viel Zeit koste}."
        ),
        levels=("operational",),
        stance="good",
        alt=("staffing/recruitment",),
    ),
    # ------------------------------------------------------------------ self_image
    Passage(
        codes=("ifk_role/self_image",),
        text=(
            "Die IFK {sagt|betont}, sie verstehe sich {inzwischen eher als Maklerin zwischen Betrieben und "
            "Arbeitsuchenden denn als Sachbearbeiterin|heute vor allem als Vermittlerin auf dem Arbeitsmarkt und "
            "weniger als Verwaltungskraft}. {Das Sozialrecht sei nicht mehr der Mittelpunkt ihrer Arbeit|Die "
            "Leistungsfragen spielten in ihrem Alltag kaum noch eine Rolle}. {Die Joboffensive habe diese Haltung "
            "gestärkt|Diese Sicht habe sich erst mit der Joboffensive so entwickelt}, {weil endlich Zeit für "
            "Betriebe und Menschen da sei|weil man nicht mehr nur Akten abarbeite}. "
            "{Die Betriebe nähmen sie inzwischen als Ansprechpartnerin wahr, nicht als Behörde|Das mache ihr die Arbeit deutlich leichter und motiviere sie}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("ifk_role/self_image",),
        text=(
            "{Die IFK beschreibt ihre Rolle|Im Interview beschreibt die Fachkraft ihre Rolle} {zunehmend als die einer "
            "Sozialarbeiterin|als eine Mischung aus Vermittlung und sozialer Arbeit}. {Viele Menschen im Projektteam hätten "
            "Probleme, die mit Arbeit erst einmal nichts zu tun hätten|Bei vielen gehe es zunächst um Schulden, Wohnung oder "
            "familiäre Krisen}. {Ohne diese Themen anzugehen, komme man mit der Vermittlung nicht weiter|Erst wenn das "
            "geklärt sei, habe eine Bewerbung überhaupt Aussicht}. {Dafür sei sie eigentlich nicht ausgebildet|Für diese "
            "Seite der Arbeit fühle sie sich nur teilweise gerüstet}. "
            "{Eine Schulung zu diesen Themen würde sie sich wünschen|Hilfreich sei die enge Zusammenarbeit mit der Schuldnerberatung und dem Fachdienst im Haus}."
        ),
        levels=("operational",),
        stance="neutral",
    ),
    Passage(
        codes=("ifk_role/self_image",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie im Interview deutlich wird,} {fühle man sich auch im Projektteam "
            "oft eher als Sachbearbeiterin denn als Vermittlerin|habe sich am Rollenbild der Fachkräfte wenig geändert}. "
            "{Die Dokumentation in VerBIS, Nachweise und Rechtsfolgen nähmen viel Raum ein|Ein großer Teil der Zeit gehe für "
            "Eingaben, Vermerke und Anhörungen drauf}. {Für die eigentliche Vermittlung bleibe wenig übrig|Zum Vermitteln "
            "komme man kaum}, {und mit der Idee eines Maklers auf dem Arbeitsmarkt habe das wenig zu tun|obwohl die "
            "Joboffensive genau das versprochen habe}. "
            "{Die Teamleitung sehe das ähnlich, könne aber an den Vorgaben nichts ändern|Viele Kolleginnen seien darüber enttäuscht}."
        ),
        levels=("operational",),
        stance="bad",
    ),
    Passage(
        codes=("ifk_role/self_image",),
        text=(
            "{Aus Sicht der Geschäftsführung|Nach Einschätzung der Projektleitung} verlange die Joboffensive {eine "
            "andere Haltung der Fachkräfte|ein neues Selbstverständnis der Integrationsfachkräfte}: {weg von der "
            "Verwaltung von Leistungsbeziehenden, hin zu einer Dienstleistung für Menschen und Betriebe|weniger "
            "Verwaltung, mehr Dienstleistung und Vertriebsorientierung}. {Dieser Wandel sei noch nicht überall "
            "vollzogen|Das gelinge den einen leichter als den anderen}. {Man unterstütze den Wandel durch Schulungen "
            "und durch Vorbilder im Team|Geholfen hätten vor allem Hospitationen bei erfahrenen Kolleginnen}. "
            "{Die Führungskräfte sollten diesen Wandel vorleben|Entscheidend sei am Ende die Haltung im Gespräch mit den Menschen}. "
            "{Ein Teil der Fachkräfte habe diesen Weg schon vor der Joboffensive eingeschlagen|Die neuen Kolleginnen von außen hätten diese Haltung oft schon mitgebracht}."
        ),
        levels=("strategic",),
        stance="neutral",
        alt=("staffing/training",),
    ),
    Passage(
        codes=("ifk_role/self_image",),
        text=(
            "Die IFK {erzählt|berichtet}, sie sei {vor einem Jahr aus einem privaten Personaldienstleister ins Jobcenter "
            "gewechselt|erst mit der Joboffensive von einer Zeitarbeitsfirma ins Jobcenter gekommen}. {Sie sehe sich als "
            "Dienstleisterin für beide Seiten, für die Arbeitsuchenden und für die Betriebe|Ihre Aufgabe sei es, für beide "
            "Seiten eine gute Lösung zu finden}. {An die Verwaltungsabläufe habe sie sich erst gewöhnen müssen|Die vielen "
            "Vorschriften seien anfangs ungewohnt gewesen}, {ihre Haltung habe sie aber mitgebracht|ihr Blick auf die Arbeit "
            "sei aber derselbe geblieben}."
        ),
        levels=("operational",),
        stance="neutral",
        alt=("staffing/recruitment",),
    ),
    # ------------------------------------------------------------------ conversation
    Passage(
        codes=("ifk_role/conversation",),
        text=(
            "{Die IFK beschreibt|Die IFK schildert} den Ablauf ihrer Folgegespräche: {Zuerst frage sie, wie es seit dem "
            "letzten Mal gegangen sei|Am Anfang stehe immer die Frage, was sich seit dem letzten Termin getan habe}. {Dann "
            "gehe es um die Bewerbungen und neue Stellen|Danach spreche man über Bewerbungen, Rückmeldungen und neue "
            "Angebote}. {Den Bildschirm nutze sie erst gegen Ende, um gemeinsam Stellen anzuschauen|Am Computer arbeite sie "
            "nur, wenn man gemeinsam etwas nachschaue}. {So bleibe das Gespräch im Mittelpunkt|Auf diese Weise fühle sich "
            "niemand wie ein Aktenzeichen}."
        ),
        levels=("operational",),
        stance="good",
        alt=("contact_density/duration",),
    ),
    Passage(
        codes=("ifk_role/conversation",),
        text=(
            "{Die IFK berichtet|Die IFK erzählt}, dass sie bei {unrealistischen Berufswünschen|Vorstellungen, die auf dem "
            "Arbeitsmarkt keine Chance haben,} {offen Klartext rede|kein Blatt vor den Mund nehme}. {Sie zeige dann "
            "anhand konkreter Stellenanzeigen, was verlangt werde|Gemeinsam schaue man sich an, was Betriebe tatsächlich "
            "suchen}. {Wichtig sei, das Ziel nicht einfach zu streichen, sondern einen Weg dorthin aufzuzeigen|Sie versuche "
            "immer, eine erreichbare Alternative anzubieten}; {so bleibe die Motivation erhalten|das komme meist besser an "
            "als ein klares Nein}. "
            "{Erfahrungsgemäß akzeptierten die meisten das, wenn sie selbst sähen, wie der Markt aussieht|Schwierig sei das vor allem bei Menschen, die lange an einem Traum festhielten}."
        ),
        levels=("operational",),
        stance="neutral",
        alt=("profiling/target_occupation",),
    ),
    Passage(
        codes=("ifk_role/conversation",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie offen eingeräumt wird,} {seien die Gespräche derzeit oft gehetzt|"
            "bleibe in den Gesprächen derzeit wenig Raum für mehr als das Nötigste}. {Man schaue auf die Nachweise, gebe "
            "neue Stellen mit und vereinbare den nächsten Termin|Im Kern gehe es um Nachweise, Stellenangebote und den "
            "nächsten Termin}. {Der Bildschirm stehe dabei im Mittelpunkt, weil parallel dokumentiert werden müsse|Nebenbei "
            "müsse alles in VerBIS eingetragen werden}. {Für Motivation oder persönliche Themen fehle die Zeit|Ein echtes "
            "Gespräch komme so selten zustande}. "
            "{Die Teamleitung kenne das Problem und hoffe auf die angekündigten Neueinstellungen|Das sei das Gegenteil dessen, was die Joboffensive wolle}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("contact_density/duration",),
    ),
    Passage(
        codes=("ifk_role/conversation",),
        text=(
            "Die IFK {erläutert|berichtet}, welche Botschaft sie dem Kunden {vermitteln wolle|mitgeben wolle}: {Er solle "
            "merken, dass er etwas könne und gebraucht werde|Es gehe darum, dass er wieder an sich glaube}. {Nach vielen "
            "Absagen sei er sehr entmutigt gewesen|Die lange Arbeitslosigkeit habe sein Selbstvertrauen angekratzt}. {In "
            "jedem Gespräch hebe sie deshalb hervor, was schon gelungen sei|Sie lobe ihn bewusst für jeden kleinen "
            "Fortschritt}, {ohne die Probleme kleinzureden|und spreche zugleich offen an, was noch fehle}. "
            "{Der Kunde reagiere darauf gut und komme inzwischen gern zu den Terminen|Sie merke, dass er von Termin zu Termin offener werde}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("ifk_role/conversation",),
        text=(
            "Die Kundin {erzählt|berichtet}, ihre Vermittlerin {höre ihr richtig zu|nehme sich Zeit zum Zuhören}. {In den "
            "Gesprächen gehe es nicht nur um Bewerbungen, sondern auch darum, wie es ihr und den Kindern gehe|Man rede auch "
            "über das, was zu Hause los sei}. {Die Vermittlerin schreibe nur wenig mit und schaue sie dabei an|Der Computer "
            "spiele in den Gesprächen kaum eine Rolle}. {Sie gehe mit einem guten Gefühl aus den Terminen|Danach wisse sie "
            "jedes Mal, was als Nächstes zu tun sei}. "
            "{So habe sie das bei früheren Vermittlern nicht erlebt|Sie traue sich inzwischen auch, eigene Vorschläge zu machen}."
        ),
        levels=("client",),
        stance="good",
        alt=("ifk_role/relationship",),
    ),
    Passage(
        codes=("ifk_role/conversation",),
        text=(
            "Der Kunde {erzählt|sagt}, seine Vermittlerin {tippe während des ganzen Gesprächs|schaue fast die ganze "
            "Zeit auf den Bildschirm} und {sehe ihn kaum an|frage nur das Nötigste}. {Es gehe immer um dieselben "
            "Fragen: Nachweise, Bewerbungen, Krankmeldungen|Im Grunde werde nur abgefragt, was er seit dem letzten "
            "Mal gemacht habe}. {Nach zehn Minuten sei er meistens wieder draußen, ohne dass über seine eigentliche "
            "Lage gesprochen worden sei|Er habe das Gefühl, eine Nummer zu sein, und wisse danach nicht mehr als "
            "vorher}. "
            "{Gefragt, was ihn eigentlich interessiere, habe ihn bisher niemand|Er gehe inzwischen mit wenig Erwartungen in die Termine}."
        ),
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("ifk_role/conversation",),
        text=(
            "{Nach Darstellung der Projektleitung gebe es für die Gesprächsführung im Projektteam einen gemeinsamen "
            "Leitfaden|Die Geschäftsführung berichtet, dass im Projektteam ein gemeinsamer Gesprächsleitfaden "
            "eingeführt worden sei}. {Er lege fest, welche Themen im Erstgespräch angesprochen werden sollten, lasse "
            "aber bewusst Raum für den eigenen Stil|Darin seien die Themen des Erst- und Folgegesprächs beschrieben, "
            "ohne den Fachkräften die Worte vorzuschreiben}. {Ergänzend habe es Schulungen zum Umgang mit "
            "schwierigen Gesprächssituationen gegeben|Für schwierige Gespräche gebe es zudem kollegiale Beratung}. "
            "{Die Fachkräfte hätten den Leitfaden gut angenommen|Die Teamleitungen achteten in Hospitationen darauf, wie die Gespräche geführt würden}."
        ),
        levels=("strategic",),
        stance="neutral",
        alt=("staffing/training",),
    ),
    # ------------------------------------------------------------------ relationship
    Passage(
        codes=("ifk_role/relationship",),
        text=(
            "Die Kundin {sagt|erzählt}, mit ihrer jetzigen Vermittlerin könne sie {offen reden|über alles sprechen}; "
            "{bei der früheren habe sie sich immer als Bittstellerin gefühlt|früher habe sie sich im Jobcenter nie "
            "ernst genommen gefühlt}. {Sie habe inzwischen Vertrauen und erzähle auch, wenn etwas schiefgehe|Wenn es "
            "Probleme gebe, rufe sie jetzt von sich aus an}. {Das sei ein Gespräch auf Augenhöhe|Sie fühle sich dort wie ein "
            "Mensch und nicht wie eine Akte}, {und das mache für sie den Unterschied|auch wenn nicht jede Idee klappe}."
        ),
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("ifk_role/relationship",),
        text=(
            "Der Kunde {erzählt|berichtet}, er habe {innerhalb eines Jahres dreimal die Ansprechpartnerin gewechselt|im "
            "letzten Jahr schon die dritte Vermittlerin}. {Jedes Mal habe er seine ganze Geschichte neu erzählen müssen|Bei "
            "jedem Wechsel habe alles wieder von vorn angefangen}. {Ein Vertrauensverhältnis könne so nicht entstehen|So "
            "lerne man sich gar nicht richtig kennen}, {und er wisse manchmal nicht, wer überhaupt zuständig sei|zumal ihm "
            "die Wechsel nie erklärt worden seien}. {Er hoffe, dass die jetzige bleibe|Mit der jetzigen komme er zwar gut "
            "zurecht, aber wer weiß, wie lange}."
        ),
        levels=("client",),
        stance="bad",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("ifk_role/relationship",),
        text=(
            "Die IFK {berichtet|erzählt}, dass sich {zwischen ihr und der Kundin|im Laufe der Monate mit der Kundin} "
            "{ein gutes Vertrauensverhältnis entwickelt habe|ein stabiles Vertrauensverhältnis aufgebaut habe}. {Die Kundin "
            "melde sich inzwischen von sich aus, wenn etwas nicht klappe|Anfangs sei die Kundin sehr zurückhaltend gewesen, "
            "heute spreche sie Probleme offen an}. {Das sei die Grundlage für alles Weitere|Ohne dieses Vertrauen wäre man "
            "nicht so weit gekommen}; {sie achte darauf, verbindlich zu sein und Zusagen einzuhalten|dafür halte sie selbst "
            "jede Zusage pünktlich ein}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("ifk_role/relationship",),
        text=(
            "Die IFK {beschreibt|schildert} das Verhältnis zum Kunden als {schwierig|bislang angespannt}. {Er sei dem "
            "Jobcenter gegenüber sehr misstrauisch, weil er früher schlechte Erfahrungen gemacht habe|Nach einer Sanktion in "
            "der Vergangenheit begegne er dem Haus mit großem Misstrauen}. {Zwei Termine habe er nicht wahrgenommen|Er sage "
            "wenig über sich und komme oft unvorbereitet}. {Sie versuche, durch Verlässlichkeit einen Zugang zu finden|Ihr "
            "Ziel sei, erst einmal eine Arbeitsbeziehung aufzubauen}, {auch wenn das Zeit brauche|bevor man über Stellen "
            "rede}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    Passage(
        codes=("ifk_role/relationship",),
        text=(
            "{Die IFK betont|Im Interview wird betont}, dass die Kontinuität der Ansprechperson {der eigentliche Kern der "
            "Joboffensive sei|mindestens so wichtig sei wie die Zahl der Termine}. {Wer dieselbe Fachkraft über Monate "
            "habe, fasse Vertrauen und erzähle mehr|Erst wenn man sich kenne, kämen die wirklichen Hindernisse auf den "
            "Tisch}. {Man begegne sich auf Augenhöhe|Das Verhältnis sei partnerschaftlicher als früher}, {was aber "
            "Verbindlichkeit auf beiden Seiten voraussetze|und beide Seiten hielten sich an Absprachen}. "
            "{Darin liege für sie der größte Unterschied zur Arbeit im Basisteam|Deshalb versuche man, Wechsel der Zuständigkeit möglichst zu vermeiden}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("ifk_role/relationship",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie im Interview eingeräumt wird,} {komme es durch Ausfälle und "
            "Fluktuation häufig zu Wechseln der Ansprechperson|müssten Kundinnen und Kunden wegen Personalwechseln oft zu "
            "einer anderen Fachkraft}. {Viele Gespräche würden von Vertretungen geführt, die die Person nicht kennen|Oft "
            "sitze jemand aus der Vertretung im Gespräch, der die Vorgeschichte nicht kenne}. {Die Kundschaft beschwere sich "
            "darüber zu Recht|Das werde von der Kundschaft deutlich kritisiert}, {denn eine Beziehung könne so nicht "
            "wachsen|weil jedes Mal das Vertrauen neu aufgebaut werden müsse}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("ifk_role/relationship", "client_view/satisfaction"),
        text=(
            "Der Kunde {sagt|erzählt}, er fühle sich {bei seiner Vermittlerin gut aufgehoben|von seiner Vermittlerin "
            "ernst genommen}. {Sie kenne seine Geschichte und frage nach, wie es mit dem Führerschein vorangehe|Sie wisse "
            "inzwischen genau, wo es bei ihm hake}. {Wenn er anrufe, melde sie sich noch am selben Tag zurück|Auf sie könne "
            "er sich verlassen}. {Mit der Unterstützung sei er insgesamt sehr zufrieden|Insgesamt sei er mit der Betreuung "
            "zufrieden}, {auch wenn der Durchbruch noch fehle|auch wenn er sich manchmal schnellere Erfolge wünsche}. "
            "{Er empfehle sie sogar im Bekanntenkreis weiter|Das sei früher ganz anders gewesen}."
        ),
        levels=("client",),
        stance="good",
    ),
]
