"""Passages on the client's view: expectations, satisfaction with the support, perceived change.

Client-level passages: those from the IFK about one client contain "IFK"; those from the client
(eLb) never do and speak of "ihre/seine Vermittlerin". Each client-level passage speaks of either
"die Kundin" or "der Kunde", never both, so that a generator can keep one client per protocol.
"""

from __future__ import annotations

from transcripts.bank import Passage

PASSAGES = [
    # ------------------------------------------------------------------ client_view (expectations, knowledge of EJO)
    Passage(
        codes=("client_view",),
        text=(
            "Die Kundin {sagt|erzählt}, vom Jobcenter erwarte sie {eigentlich nur|vor allem}, dass man sie ernst "
            "nehme und {nicht mit Angeboten überhäufe, die nicht zu ihr passten|ihr nicht ständig Stellen schicke, "
            "die nicht zu ihr passten}. {Sie wolle ja arbeiten, aber eben in einem Bereich, in dem sie sich "
            "auskenne|Arbeiten wolle sie unbedingt, aber nicht um jeden Preis}. {Wichtig sei ihr auch, dass sie bei "
            "Fragen jemanden erreiche, statt jedes Mal in der Warteschlange zu hängen|Außerdem wünsche sie sich eine "
            "feste Ansprechperson, die sich mit ihrer Lage auskenne}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    Passage(
        codes=("client_view",),
        text=(
            "Der Kunde {sagt|gibt an}, von einer Joboffensive {habe er nie etwas gehört|wisse er nichts}. {Dass er "
            "inzwischen öfter eingeladen werde, sei ihm aufgefallen|Aufgefallen sei ihm nur, dass die Termine "
            "häufiger geworden seien}; {einen Grund habe ihm aber niemand genannt|warum, habe man ihm nicht "
            "erklärt}. {Er habe vermutet, dass man ihn stärker kontrollieren wolle|Zuerst habe er gedacht, er habe "
            "etwas falsch gemacht}. {Vom Jobcenter erwarte er vor allem, dass er eine feste Stelle finde|Was er sich "
            "wünsche, sei eine Arbeit, von der er leben könne}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    Passage(
        codes=("client_view",),
        text=(
            "Die Kundin {erzählt|berichtet}, ihre Vermittlerin habe ihr {gleich zu Beginn erklärt|im ersten Gespräch "
            "gesagt}, dass sie {im Rahmen eines besonderen Projekts intensiver betreut werde|jetzt in einem Team sei, das "
            "mehr Zeit für die Einzelnen habe}. {Begründet worden sei das damit, dass sie gute Chancen auf dem Arbeitsmarkt "
            "habe|Als Grund sei genannt worden, dass man sie schneller in Arbeit bringen wolle}. {Das habe sie zunächst "
            "gefreut|Darüber sei sie erst einmal froh gewesen}, {auch wenn sie nicht genau wisse, was das bedeute|weil sie "
            "sich davon mehr Unterstützung verspreche}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("client_view",),
        text=(
            "Der Kunde {erwartet nach eigener Aussage|sagt, er erwarte} vom Jobcenter {vor allem konkrete Hilfe|in erster "
            "Linie praktische Unterstützung}: {Stellenangebote, die zu ihm passten, und Geld für den Führerschein|passende "
            "Stellen und eine Förderung für den Führerschein}. {Gespräche allein brächten ihn nicht weiter|Mit Gesprächen "
            "allein sei ihm nicht geholfen}. {Er sei bereit, viel dafür zu tun|Dafür sei er auch bereit, Kurse zu besuchen "
            "oder weitere Wege in Kauf zu nehmen}, {wenn am Ende eine Stelle dabei herauskomme|solange es ihn seinem Ziel "
            "näher bringe}. "
            "{Bisher sei davon allerdings wenig zu sehen gewesen|Seine Vermittlerin habe zugesagt, die Förderung zu prüfen}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    # ------------------------------------------------------------------ satisfaction
    Passage(
        codes=("client_view/satisfaction",),
        text=(
            "Der Kunde {sagt|erzählt}, er fühle sich {insgesamt gut aufgehoben|alles in allem gut betreut}, {auch wenn "
            "ihm die vielen Termine manchmal lästig seien|auch wenn es ihm mit den Terminen manchmal zu viel werde}. {Seine "
            "Vermittlerin kümmere sich wirklich|Man merke, dass sich seine Vermittlerin Gedanken mache}, {und bei Problemen "
            "könne er jederzeit anrufen|und auf Fragen bekomme er schnell eine Antwort}. {Verglichen mit anderen in seinem "
            "Bekanntenkreis habe er es gut getroffen|Er würde sich wünschen, dass es so bleibt}. "
            "{Früher habe er sich im Jobcenter oft allein gelassen gefühlt|Er gehe inzwischen ohne Bauchschmerzen zu den Terminen}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("client_view/satisfaction",),
        text=(
            "Die Kundin {sagt|meint}, sie fühle sich {vom Jobcenter nicht wirklich unterstützt|vom Jobcenter eher "
            "kontrolliert als beraten}. {In den Terminen werde geprüft, ob sie ihre Bewerbungen geschrieben habe, mehr "
            "nicht|Es gehe nur um Nachweise und Fristen}. {Geholfen habe ihr bisher niemand|Wirkliche Hilfe habe sie dort "
            "noch nicht bekommen}, {weder beim Lebenslauf noch bei der Suche nach einem Kitaplatz|obwohl sie mehrmals darum "
            "gebeten habe}. {Sie gehe inzwischen nur noch hin, weil sie müsse|Von den Terminen erwarte sie nichts mehr}. "
            "{Mit ihrer Vermittlerin komme sie persönlich zwar zurecht, aber das ändere nichts|Sie wünsche sich jemanden, der mit ihr gemeinsam nach Lösungen suche}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("client_view/satisfaction",),
        text=(
            "Die Kundin {findet die häufigeren Termine nach eigener Aussage grundsätzlich gut|sagt, die häufigeren Termine "
            "seien für sie in Ordnung}, {weil sie so am Ball bleibe|weil sie dadurch dranbleibe}. {Schwierig sei nur, dass sie "
            "für jeden Termin eine Betreuung für die Kinder organisieren müsse|Problematisch seien manchmal die Uhrzeiten, "
            "weil sie die Kinder abholen müsse}. {Wenn die Termine am Vormittag lägen, passe es|Ihre Vermittlerin nehme darauf "
            "inzwischen Rücksicht}. {Zu viel sei es ihr nicht|Insgesamt empfinde sie die Termine eher als Hilfe}. "
            "{Früher habe sie viel seltener einen Termin gehabt, was ihr nicht geholfen habe|Die Gespräche seien kurz genug, um sie gut unterzubringen}."
        ),
        levels=("client",),
        stance="neutral",
        alt=("contact_density/frequency",),
    ),
    Passage(
        codes=("client_view/satisfaction",),
        text=(
            "Die Kundin {lobt ihre Vermittlerin ausdrücklich|ist mit ihrer Vermittlerin sehr zufrieden}. {Zum ersten Mal "
            "habe sie das Gefühl, dass jemand ihr wirklich helfen wolle|Sie fühle sich gut beraten und ernst genommen}. "
            "{Die Hilfe sei ganz konkret gewesen: Unterlagen, Stellen, ein Praktikumsplatz|Man habe ihr konkret geholfen, "
            "von den Bewerbungen bis zum Praktikum}. {Das habe ihr Mut gemacht|Dadurch traue sie sich wieder mehr zu}, {und "
            "sie sei zuversichtlich, bald eine Stelle zu finden|auch wenn es noch nicht mit einer Stelle geklappt habe}. "
            "{Sie habe das auch schon einer Bekannten erzählt, die ebenfalls beim Jobcenter sei|Für sie sei das eine ganz neue Erfahrung mit dem Amt}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("client_view/satisfaction",),
        text=(
            "Der Kunde {meint|sagt}, die {vielen Termine brächten ihm nichts|häufigen Einladungen seien für ihn "
            "vergeudete Zeit}. {Jedes Mal würden dieselben Fragen gestellt|In jedem Gespräch werde dasselbe besprochen}, "
            "{ohne dass etwas dabei herauskomme|aber eine Stelle sei dabei nicht herausgekommen}. {Er habe das Gefühl, dass "
            "man ihn beschäftigen wolle|Für ihn sei das eher eine Pflichtübung}. {Mit der Unterstützung sei er deshalb nicht "
            "zufrieden|Geholfen habe ihm das alles bisher nicht}, {auch wenn seine Vermittlerin freundlich sei|obwohl er sich "
            "über die Person nicht beschweren wolle}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("client_view/satisfaction",),
        text=(
            "Die IFK {berichtet|erzählt}, der Kunde habe ihr {beim letzten Termin|vor Kurzem} gesagt, dass er {die "
            "Gespräche inzwischen als Hilfe empfinde|sich gut unterstützt fühle}. {Anfangs habe er die häufigen Termine als "
            "Schikane gesehen|Zu Beginn sei er skeptisch gewesen und habe die Einladungen als Kontrolle verstanden}. "
            "{Seit er merke, dass sich etwas bewege, sei das anders|Mit den ersten Vorstellungsgesprächen habe sich seine "
            "Sicht geändert}; {er komme jetzt gern und pünktlich|seitdem sei er sehr verlässlich}. "
            "{Sie selbst sehe das als wichtigen Schritt in der Betreuung|Für sie sei das ein Zeichen, dass die Beziehung trage}."
        ),
        levels=("client",),
        stance="good",
        alt=("client_view/perceived_change",),
    ),
    Passage(
        codes=("client_view/satisfaction",),
        text=(
            "{Nach Darstellung der Teamleitung|Wie die Interviewperson berichtet,} {seien die Rückmeldungen der Kundschaft "
            "überwiegend positiv|werde das Projektteam von den Kundinnen und Kunden gut angenommen}. {Die Zahl der "
            "Beschwerden sei deutlich zurückgegangen|Beschwerden gebe es im Projektteam kaum noch}, {und viele lobten die "
            "feste Ansprechperson|und mehrfach hätten sich Menschen ausdrücklich bedankt}. {Manche empfänden die häufigen "
            "Einladungen allerdings als Druck|Kritik gebe es vereinzelt an der Zahl der Termine}, {das gehöre aber dazu|was "
            "man aber offen anspreche}. "
            "{Ein wichtiger Grund sei, dass man mehr Zeit für die Einzelnen habe|Die Teamleitung führt das vor allem auf die kleineren Fallzahlen zurück}."
        ),
        levels=("operational",),
        stance="good",
    ),
    # ------------------------------------------------------------------ perceived_change
    Passage(
        codes=("client_view/perceived_change",),
        text=(
            "Die Kundin {erzählt|berichtet}, früher habe sie {alle paar Monate einen Brief mit einer Einladung "
            "bekommen|nur selten einen Termin gehabt, und dann immer bei jemand anderem}. {Jetzt kenne die "
            "Vermittlerin ihre Geschichte und frage nach, wie es den Kindern gehe|Heute habe sie eine feste "
            "Ansprechpartnerin, die ihre Lage kenne und nachfrage, wie es den Kindern gehe}. {Das sei ein großer "
            "Unterschied|Der Unterschied sei deutlich}; {sie fühle sich nicht mehr wie eine Nummer|sie gehe heute "
            "viel lieber zu den Terminen}."
        ),
        levels=("client",),
        stance="good",
        alt=("ifk_role/relationship",),
    ),
    Passage(
        codes=("client_view/perceived_change",),
        text=(
            "Der Kunde {sagt|meint}, {verändert habe sich eigentlich nur, dass er öfter kommen müsse|außer der Zahl der "
            "Termine habe sich nichts geändert}. {Die Angebote seien dieselben wie früher|Die Stellen, die er bekomme, "
            "seien genauso unpassend wie vorher}, {und eine richtige Beratung gebe es auch jetzt nicht|und über seine "
            "Pläne spreche man auch heute nicht}. {Von einer besonderen Betreuung merke er nichts|Dass er in einem besonderen "
            "Team sei, merke er nicht}; {für ihn sei das alles wie gehabt|im Grunde laufe es so wie immer}."
        ),
        levels=("client",),
        stance="bad",
    ),
    Passage(
        codes=("client_view/perceived_change",),
        text=(
            "Der Kunde {erzählt|berichtet}, seit dem letzten Interview {habe sich einiges getan|sei viel passiert}: {Er "
            "habe einen Minijob in einer Spedition gefunden und hoffe, dass daraus mehr werde|Er arbeite inzwischen "
            "stundenweise in einem Lager und habe dort gute Aussichten}. {Die Termine seien etwas seltener geworden, aber "
            "die Vermittlerin sei dieselbe geblieben|Seine Vermittlerin sei noch dieselbe, das sei ihm wichtig}. "
            "{Insgesamt sei er zuversichtlicher als vor einem halben Jahr|Im Vergleich zum letzten Mal sehe er die Dinge "
            "deutlich positiver}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("client_view/perceived_change",),
        text=(
            "Die Kundin {berichtet|erzählt}, seit dem letzten Interview habe sie {eine neue Vermittlerin bekommen|schon "
            "wieder die Ansprechpartnerin gewechselt}, {weil die alte das Team verlassen habe|ohne dass ihr jemand den Grund "
            "gesagt habe}. {Seitdem seien die Termine seltener geworden|Die Abstände zwischen den Terminen seien inzwischen "
            "viel größer}, {zuletzt habe sie fast drei Monate nichts gehört|einmal sei ein Termin kurzfristig abgesagt "
            "worden}. {Am Anfang sei es besser gewesen|Das sei ein Rückschritt gegenüber dem Beginn}, {da habe sie sich "
            "besser begleitet gefühlt|damals habe sie mehr Hoffnung gehabt}."
        ),
        levels=("client",),
        stance="bad",
        alt=("contact_density/compliance",),
    ),
    Passage(
        codes=("client_view/perceived_change",),
        text=(
            "Der Kunde {sagt|findet}, er bekomme {inzwischen passendere Vermittlungsvorschläge als früher|heute Angebote, "
            "die besser zu ihm passten als früher}. {Früher seien oft Stellen dabei gewesen, für die er gar nicht "
            "qualifiziert gewesen sei|Vorher habe er vieles bekommen, was mit seinem Beruf nichts zu tun hatte}. {Jetzt "
            "merke man, dass sich jemand seine Unterlagen angeschaut habe|Heute spüre er, dass seine Erfahrung berücksichtigt "
            "werde}. {Er fühle sich bei der Stellensuche besser unterstützt|Die Unterstützung bei der Suche sei deutlich "
            "besser geworden}, {auch wenn es noch keine Zusage gebe|auch wenn der Erfolg noch ausstehe}."
        ),
        levels=("client",),
        stance="good",
        alt=("placement/job_offers",),
    ),
    Passage(
        codes=("client_view/perceived_change",),
        text=(
            "Die Kundin {erzählt|sagt}, sie sei {schon vor Jahren einmal beim Jobcenter gewesen|bereits früher einmal "
            "Kundin des Jobcenters gewesen} und könne deshalb vergleichen. {Damals habe man sie zu Kursen geschickt, ohne "
            "mit ihr zu sprechen|Damals habe es nur Briefe und Kurse gegeben}. {Heute werde sie gefragt, was sie selbst "
            "wolle|Diesmal sei das Gespräch viel persönlicher}, {und die Termine seien regelmäßiger|und sie habe jedes Mal "
            "dieselbe Ansprechpartnerin}. {Ob das am Ende zu einer Stelle führe, werde man sehen|Sie hoffe, dass es so "
            "bleibe}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("client_view/perceived_change", "contact_density/frequency"),
        text=(
            "Die Kundin {erzählt|berichtet}, früher habe sie {ein halbes Jahr lang niemanden im Jobcenter gesehen|nur alle "
            "paar Monate einen Termin gehabt}. {Heute sehe sie ihre Ansprechpartnerin eigentlich jeden Monat|Inzwischen sei "
            "sie etwa alle vier Wochen zu einem Gespräch dort}, {manchmal sogar öfter, wenn es etwas zu besprechen gebe|und "
            "zwischendurch telefoniere man, wenn etwas anliege}. {Das sei am Anfang ungewohnt gewesen|Zuerst habe sie das "
            "für übertrieben gehalten}, {heute möchte sie es nicht mehr missen|inzwischen finde sie das gut, weil sie so "
            "nicht aus dem Blick gerate}."
        ),
        levels=("client",),
        stance="good",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("client_view/satisfaction", "placement/application_support"),
        text=(
            "Der Kunde {sagt|erzählt}, am meisten geholfen habe ihm {die Arbeit an seinen Bewerbungsunterlagen|die Unterstützung "
            "bei Lebenslauf und Anschreiben}. {Seine Vermittlerin habe mit ihm eine neue Mappe erstellt und ihm gezeigt, "
            "wie man sich online bewirbt|Gemeinsam mit seiner Vermittlerin habe er die Unterlagen komplett überarbeitet}. "
            "{Seitdem werde er öfter zu Gesprächen eingeladen|Seitdem bekomme er deutlich mehr Rückmeldungen}. {Mit dieser "
            "Unterstützung sei er sehr zufrieden|Dafür sei er wirklich dankbar}, {das habe er so nicht erwartet|so etwas "
            "habe er vom Jobcenter nicht gekannt}."
        ),
        levels=("client",),
        stance="good",
    ),
]
