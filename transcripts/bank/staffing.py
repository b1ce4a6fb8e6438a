"""Passages on staffing and qualification: recruitment, training, absence and turnover
(conventions: see contact_density.py)."""

from transcripts.bank import Passage

_ST = "{Die Geschäftsführerin|Der Geschäftsführer|Die Projektleiterin|Der Projektleiter}"
_OP = "{Die Teamleiterin|Der Teamleiter|Die IFK|Die Teamleitung}"

PASSAGES = [
    # ------------------------------------------------------------------ staffing (general)
    Passage(
        codes=("staffing",),
        text=_ST + " {bezeichnet|nennt} das Personal {als Schlüssel zum Erfolg|als den entscheidenden Faktor} der "
        "Joboffensive. {Man habe bei der Auswahl großen Wert auf Haltung und Erfahrung gelegt|Bei der Besetzung "
        "habe man sich viel Zeit genommen}, {und das zahle sich aus|was sich jetzt auszahle}: {Das Projektteam mit "
        "{n_ifk} Fachkräften arbeite engagiert und stabil|Das Team sei motiviert und kaum von Fluktuation betroffen}.",
        levels=("strategic",),
        stance="good",
        alt=("staffing/recruitment",),
    ),
    Passage(
        codes=("staffing",),
        text="{Die Personalsituation|Die Lage beim Personal} {sei|bleibe} {das größte Problem|die größte Baustelle} "
        "der Joboffensive, {sagt|meint} " + "{die Teamleiterin|der Teamleiter|die IFK|die Geschäftsführerin|der "
        "Geschäftsführer|die Projektleiterin|der Projektleiter}" + ". {Ständig fehle jemand, sei es durch Krankheit, "
        "Elternzeit oder Weggang|Zwischen Vakanzen, Einarbeitung und Ausfällen sei das Team nie vollständig}; {unter "
        "diesen Bedingungen lasse sich das Konzept nicht umsetzen|so komme man aus dem Krisenmodus nicht heraus}.",
        levels=("operational", "strategic"),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("staffing",),
        text="{Eine berufsfachliche Ausrichtung|Eine Spezialisierung nach Berufsfeldern} {gebe es|existiere} "
        "{im Projektteam|in der Joboffensive} {nur in Ansätzen|bisher nicht}, {berichtet|erläutert} " + "{die "
        "IFK|die Teamleiterin|der Teamleiter}" + ". {Die Kundinnen und Kunden würden nach Buchstaben verteilt|"
        "Zuständig sei man nach dem Anfangsbuchstaben des Nachnamens}; {einige Kolleginnen hätten sich aber "
        "informell auf Pflege oder Logistik spezialisiert|über eine Aufteilung nach Branchen werde nachgedacht}.",
        levels=("operational",),
        stance="neutral",
        alt=("staffing/recruitment",),
    ),
    # ------------------------------------------------------------------ recruitment
    Passage(
        codes=("staffing/recruitment",),
        text="Etwa die Hälfte des Projektteams seien {neue Kolleginnen und Kollegen|Neueinstellungen} mit "
        "{Zweijahresverträgen|befristeten Verträgen}, {berichtet|erläutert} " + "{die Teamleiterin|der Teamleiter|"
        "die IFK}" + "; {die übrigen hätten sich aus den Bestandsteams beworben|die anderen seien erfahrene "
        "Bestandskräfte, die sich auf die Stellen beworben hätten}. {Die Mischung habe sich bewährt|Diese "
        "Zusammensetzung funktioniere gut}, {weil die Erfahrenen die Neuen mitnähmen|weil Erfahrung und frischer "
        "Blick zusammenkämen}.",
        levels=("operational",),
        stance="good",
        alt=("staffing",),
    ),
    Passage(
        codes=("staffing/recruitment",),
        text=_ST + " {berichtet|erläutert}, dass {die Stellen im Projektteam|die Stellen der Joboffensive} {intern "
        "ausgeschrieben|zuerst im Haus ausgeschrieben} worden seien; {es habe deutlich mehr Bewerbungen als Plätze "
        "gegeben|das Interesse sei groß gewesen}. {Ausgewählt habe man in strukturierten Gesprächen|Die Auswahl sei "
        "über Auswahlgespräche mit Fallbeispielen gelaufen}, {die freien Stellen in den Basisteams seien dann extern "
        "besetzt worden|die Lücken in den Bestandsteams habe man mit Neueinstellungen geschlossen}.",
        levels=("strategic",),
        stance="good",
        alt=("staffing",),
    ),
    Passage(
        codes=("staffing/recruitment",),
        text=_ST + " {schildert|beschreibt} {große|erhebliche} Schwierigkeiten bei der Personalgewinnung: {Auf die "
        "befristeten Stellen hätten sich nur wenige qualifizierte Kräfte beworben|Mit befristeten Verträgen finde "
        "man kaum erfahrene Leute}, {und mehrere Stellen seien monatelang unbesetzt geblieben|so dass der Start "
        "sich um Monate verzögert habe}. {Eingestellt habe man schließlich auch Quereinsteiger|Am Ende seien auch "
        "Bewerber ohne Vermittlungserfahrung genommen worden}, {deren Einarbeitung viel Kraft koste|was die "
        "Teams zusätzlich belaste}.",
        levels=("strategic",),
        stance="bad",
        alt=("staffing/absence", "staffing/training"),
    ),
    Passage(
        codes=("staffing/recruitment",),
        text="Die IFK {erzählt|berichtet}, {sie sei aus dem Basisteam gekommen|sie habe vorher viele Jahre im "
        "Basisteam gearbeitet} und habe sich {ganz bewusst|gezielt} auf die Stelle im Projektteam beworben. {Es "
        "habe ein Auswahlgespräch gegeben, in dem ein Fall durchgespielt worden sei|Im Auswahlverfahren habe man ein "
        "Beratungsgespräch simulieren müssen}. {Andere seien eher gefragt worden, ob sie wechseln wollten|Einige "
        "Kolleginnen seien auch ohne Bewerbung versetzt worden}.",
        levels=("operational",),
        stance="neutral",
        alt=("goals/expectations",),
    ),
    Passage(
        codes=("staffing/recruitment",),
        text=_OP + " {bemängelt|kritisiert}, dass {viele Verträge im Projektteam befristet seien|die meisten neuen "
        "Fachkräfte nur Zweijahresverträge hätten}. {Gerade die Guten schauten sich deshalb früh nach etwas "
        "Festem um|Wer eine unbefristete Stelle finde, sei schnell weg}; {eine Entfristung sei nicht in Sicht|über "
        "Entfristungen werde seit Monaten nur geredet}. {Die Unsicherheit drücke auf die Stimmung|Das Team lebe "
        "mit dieser Unsicherheit}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("staffing/recruitment",),
        text="{Seit dem Frühjahr|Inzwischen} seien {alle Stellen|die offenen Stellen} im Projektteam {wieder "
        "besetzt|besetzt}, {berichtet|erzählt} " + "{die Teamleiterin|der Teamleiter|die IFK}" + ": {Drei neue "
        "Kolleginnen seien gekommen, zwei davon mit unbefristeten Verträgen|Man habe neue Kräfte gewinnen können, "
        "diesmal teils unbefristet}. {Das habe die Lage spürbar entspannt|Seitdem laufe es deutlich ruhiger}, "
        "{auch wenn die Einarbeitung noch Zeit koste|die Einarbeitung sei aber noch im Gang}.",
        levels=("operational",),
        stance="good",
        alt=("staffing/absence", "controlling/readjustment"),
    ),
    Passage(
        codes=("staffing/recruitment",),
        text=_ST + " {erklärt|beschreibt}, dass {für die Projektteams vor allem erfahrene Bestandskräfte|für die "
        "Joboffensive bewusst erfahrene Vermittlerinnen und Vermittler} ausgewählt worden seien, {während die neuen "
        "Kräfte in die Basisteams gegangen seien|die Neueinstellungen habe man auf die Basisteams verteilt}. {So "
        "habe das Projekt vom ersten Tag an arbeitsfähig sein sollen|Man habe keine Anlaufzeit verlieren wollen}; "
        "{für die Basisteams sei das allerdings eine Belastung gewesen|den Basisteams habe das einiges abverlangt}.",
        levels=("strategic",),
        stance="neutral",
        alt=("interfaces/basisteam",),
    ),
    # ------------------------------------------------------------------ training
    Passage(
        codes=("staffing/training",),
        text="Die neuen Fachkräfte hätten {vier Wochen|sechs Wochen} Einarbeitung mit einer Patin, "
        "{berichtet|erzählt} " + "{die Teamleiterin|der Teamleiter|die IFK}" + "; {ein Seminar zur "
        "Gesprächsführung kam erst ein halbes Jahr später|die Schulung zur Gesprächsführung sei erst nach Monaten "
        "gefolgt}. {Das sei zu spät gewesen|Vieles habe man sich bis dahin selbst beibringen müssen}, {gerade für "
        "Quereinsteiger ohne Erfahrung in VerBIS|vor allem für die, die aus ganz anderen Berufen kämen}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing/recruitment",),
    ),
    Passage(
        codes=("staffing/training",),
        text=_OP + " {lobt|hebt hervor} die Qualifizierung zum Start der Joboffensive: {Es habe eine mehrtägige "
        "Schulung zu Gesprächsführung und Vier-Phasen-Modell gegeben|Alle Fachkräfte hätten vor dem Start eine "
        "Schulung zu Beratung und Vermittlungsstrategien besucht}, {dazu Hospitationen im Arbeitgeberservice|"
        "ergänzt um Hospitationen bei erfahrenen Kolleginnen}. {Nachschulungen gebe es halbjährlich|Inzwischen gebe "
        "es regelmäßige Auffrischungen}, {was sehr geschätzt werde|die das Team gern annehme}.",
        levels=("operational",),
        stance="good",
        alt=("controlling/quality_assurance",),
    ),
    Passage(
        codes=("staffing/training",),
        text=_ST + " {erläutert|berichtet}, dass {die Regionaldirektion|die Bundesagentur} {ein zentrales "
        "Schulungsprogramm|eine Grundqualifizierung} für alle Fachkräfte der Joboffensive angeboten habe, {das "
        "man um eigene Module zu Berufskunde und Arbeitgeberorientierung ergänzt habe|ergänzt durch hausinterne "
        "Seminare zur Arbeitgeberansprache}. {Für neue Kräfte gebe es zusätzlich Patenschaften|Neue Kolleginnen "
        "würden außerdem von Patinnen begleitet}, {was sich bewährt habe|die gut angenommen würden}.",
        levels=("strategic",),
        stance="good",
        alt=("controlling/governance",),
    ),
    Passage(
        codes=("staffing/training",),
        text=_ST + " {räumt ein|gibt zu}, dass die Qualifizierung {zu kurz gekommen sei|nicht mit dem Tempo der "
        "Einstellungen Schritt gehalten habe}. {Die zentralen Schulungen seien ausgebucht gewesen|Auf Plätze in den "
        "Schulungen habe man lange warten müssen}, {und eigene Angebote habe man erst spät aufgebaut|und für "
        "hausinterne Seminare habe die Zeit gefehlt}. {Manche Fachkraft habe monatelang ohne Schulung gearbeitet|"
        "Viele Neue hätten sich das Nötigste selbst angeeignet}.",
        levels=("strategic",),
        stance="bad",
        alt=("staffing/recruitment",),
    ),
    Passage(
        codes=("staffing/training",),
        text="{Am meisten gelernt|Das meiste gelernt} habe sie {bei den Hospitationen|im Tandem mit einer erfahrenen "
        "Kollegin}, {erzählt|sagt} die IFK, {weniger in den Seminaren|mehr als in jeder Schulung}. {Die Schulung zur "
        "Gesprächsführung sei zwar gut gewesen|Das Seminar zum Vier-Phasen-Modell sei nützlich gewesen}, {doch "
        "erst in der Praxis habe sich gezeigt, was es bedeute|aber vieles habe man erst im Alltag verstanden}. "
        "{Eine Nachschulung nach einem Jahr würde sie begrüßen|Auffrischungen wünsche sie sich öfter}.",
        levels=("operational",),
        stance="neutral",
        alt=("controlling/quality_assurance",),
    ),
    Passage(
        codes=("staffing/training",),
        text="{Schulungen zur Vertriebsorientierung|Seminare zur Ansprache von Arbeitgebern} habe es "
        "{erst im zweiten Jahr|erst nachträglich} gegeben, {berichtet|erläutert} " + "{die Teamleiterin|der "
        "Teamleiter|die IFK}" + ", {nachdem klar geworden sei, dass viele Fachkräfte Scheu vor dem Telefonat mit "
        "Betrieben hätten|weil die Fachkräfte sonst kaum selbst bei Betrieben angerufen hätten}. {Seitdem trauten "
        "sich mehr Kolleginnen an die Stellenakquise|Das habe einiges bewegt}.",
        levels=("operational",),
        stance="neutral",
        alt=("placement/employer_contact",),
    ),
    # ------------------------------------------------------------------ absence
    Passage(
        codes=("staffing/absence",),
        text="Von den {n_ifk} Stellen im Projektteam seien {derzeit|zuletzt} {nur neun|drei nicht} besetzt, "
        "{berichtet|schildert} " + "{die Teamleiterin|der Teamleiter|die IFK}" + ": {Zwei Kolleginnen seien in "
        "andere Jobcenter gewechselt, eine Stelle sei nie besetzt worden|Eine Kollegin sei in Elternzeit, zwei "
        "hätten unbefristete Stellen anderswo angenommen}. {Die Vertretung laufe über das ganze Team|Deren "
        "Kundinnen und Kunden würden von allen mitbetreut}, {was auf Dauer nicht gut gehe|was die übrigen an die "
        "Grenze bringe}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing/recruitment",),
    ),
    Passage(
        codes=("staffing/absence",),
        text=_ST + " {beklagt|bedauert} die {hohe Fluktuation|vielen Personalausfälle} im Projektteam: {Mit dem "
        "Auslaufen der ersten Befristungen seien gleich mehrere erfahrene Kräfte gegangen|Krankheit und Weggänge "
        "hätten das Team im Winter fast halbiert}. {Nachbesetzungen dauerten im öffentlichen Dienst Monate|Bis eine "
        "Stelle neu besetzt sei, vergehe ein halbes Jahr}, {und jede neue Kraft müsse erst eingearbeitet werden|"
        "und so lange fehle die Kapazität}.",
        levels=("strategic",),
        stance="bad",
        alt=("staffing/recruitment",),
    ),
    Passage(
        codes=("staffing/absence",),
        text="{Ausfälle|Krankheitsfälle und Urlaube} würden {über feste Vertretungspaare|über eine klare "
        "Vertretungsregelung} aufgefangen, {berichtet|erläutert} " + "{die Teamleiterin|der Teamleiter|die IFK}" +
        ": {Jede Fachkraft habe eine feste Vertretung, die ihre Akten kenne|Die Vertretung sei über die "
        "Teampartnerin geregelt}. {Längere Ausfälle habe es bislang kaum gegeben|Das Team sei bisher stabil "
        "geblieben}, {und die Fluktuation sei gering|Weggänge habe es nicht gegeben}.",
        levels=("operational",),
        stance="good",
        alt=("staffing",),
    ),
    Passage(
        codes=("staffing/absence",),
        text="{Wenn jemand ausfalle|Wenn eine Kollegin krank werde}, merke man das {sofort|im ganzen Team}, "
        "{sagt|meint} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ": {Termine müssten abgesagt oder von "
        "anderen übernommen werden|Die eigenen Gespräche würden dann kürzer, weil man Vertretungen dazwischen "
        "schiebe}. {Bei hundert Kunden pro Kopf sei kein Puffer eingeplant|Für Ausfälle sei im Schlüssel nichts "
        "vorgesehen}; {das sei ein Konstruktionsfehler|darüber müsse man reden}.",
        levels=("operational",),
        stance="neutral",
        alt=("contact_density/caseload",),
    ),
    Passage(
        codes=("staffing/absence",),
        text="Der Kunde {erzählt|berichtet}, er habe {in einem halben Jahr|seit dem Winter} {drei verschiedene|"
        "schon zwei verschiedene} Ansprechpartner gehabt. {Jedes Mal habe er seine Geschichte neu erzählen müssen|"
        "Mit jedem Wechsel habe er wieder von vorn angefangen}; {einmal sei seine Vermittlerin krank gewesen, dann "
        "sei sie ganz weg gewesen|man habe ihm gesagt, seine Vermittlerin habe das Jobcenter verlassen}. {Das sei "
        "zermürbend|Vertrauen könne so nicht entstehen}.",
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction", "ifk_role/relationship"),
    ),
    Passage(
        codes=("staffing/absence",),
        text="Die IFK {berichtet|erwähnt}, dass sie die Kundin {erst seit drei Monaten|seit dem Sommer} betreue, "
        "{weil die frühere Vermittlerin in Elternzeit gegangen sei|nachdem die zuständige Kollegin das Jobcenter "
        "verlassen habe}. {Die Übergabe im Team sei gut gelaufen|Die Vermerke der Vorgängerin seien ausführlich "
        "gewesen}, {so dass die Kundin den Wechsel kaum gemerkt habe|so dass man nahtlos habe weitermachen "
        "können}.",
        levels=("client",),
        stance="neutral",
        alt=("ifk_role/relationship",),
    ),
    # ------------------------------------------------------------------ without the obvious keywords
    Passage(
        codes=("staffing/training",),
        text="{Die ersten Wochen|Den ersten Monat} habe sie {einer erfahrenen Kollegin über die Schulter geschaut|"
        "bei einer erfahrenen Kollegin mit im Gespräch gesessen}, {erzählt|berichtet} die IFK. {Erst danach habe sie "
        "eigene Leute übernommen|Eigene Kundinnen und Kunden seien erst nach und nach dazugekommen}, {und bei "
        "Fragen habe sie jederzeit klopfen dürfen|und die Kollegin sei immer ansprechbar gewesen}. {So habe sie "
        "mehr gelernt als aus jedem Handbuch|Das sei der beste Einstieg gewesen, den sie sich habe vorstellen "
        "können}.",
        levels=("operational",),
        stance="good",
        alt=("controlling/quality_assurance",),
    ),
    Passage(
        codes=("staffing/absence",),
        text="{Zwei Plätze im Team|Zwei Schreibtische im Team} {seien seit dem Frühjahr leer|stünden seit Monaten "
        "leer}, {erzählt|berichtet} {die IFK|die Teamleiterin|der Teamleiter}: {Eine Kollegin sei zu einer anderen "
        "Behörde gegangen, ein Kollege sei in Rente|Eine Kollegin habe eine feste Stelle anderswo angenommen, eine "
        "weitere sei schwanger}. {Die Leute der beiden würden von allen mitbetreut|Ihre Kundinnen und Kunden habe "
        "man aufgeteilt}, {und das spüre jeder im Kalender|was man an jedem einzelnen Tag merke}.",
        levels=("operational",),
        stance="bad",
        alt=("contact_density/caseload",),
    ),
    Passage(
        codes=("staffing/recruitment",),
        text=_ST + " {berichtet|erklärt}, dass {gut die Hälfte|etwa ein Drittel} der {n_ifk} Fachkräfte {von "
        "außen gekommen sei|neu ins Haus gekommen sei}, {darunter Sozialpädagoginnen und Kaufleute|viele mit "
        "Erfahrung bei privaten Personaldienstleistern}. {Diese Mischung bringe frischen Wind in die Beratung|Das "
        "bereichere das Team}, {auch wenn mancher erst lernen müsse, was eine EGV rechtlich bedeute|wenngleich die "
        "Rechtskenntnisse rund um EGV und Sanktionen erst wachsen müssten}.",
        levels=("strategic",),
        stance="good",
        alt=("staffing",),
    ),
    # ------------------------------------------------------------------ double-coded
    Passage(
        codes=("staffing/absence", "contact_density/compliance"),
        text="{Die Teamleiterin|Der Teamleiter|Die Teamleitung} {berichtet|schildert}, dass {im Frühjahr|über den "
        "Winter|in den letzten Monaten} {zwei|drei} {Kolleginnen|Fachkräfte} {längerfristig erkrankt|über Wochen "
        "krankgeschrieben} gewesen seien. {Deren Kundinnen und Kunden habe man zwar verteilt, aber|Die Vertretung "
        "sei zwar geregelt gewesen, doch} {die Termine hätten gestreckt werden müssen|viele Einladungen seien "
        "verschoben worden}; {manche Kundinnen und Kunden seien acht Wochen nicht gesehen worden|der "
        "Monatsrhythmus sei in dieser Zeit nicht zu halten gewesen}.",
        levels=("operational",),
        stance="bad",
        alt=("staffing",),
    ),
    Passage(
        codes=("staffing/training", "ifk_role/conversation"),
        text="{In der Schulung zur Gesprächsführung|Im Seminar zur motivierenden Gesprächsführung} {habe man|habe "
        "das Team} {gelernt|geübt}, {offene Fragen zu stellen und Ziele gemeinsam zu entwickeln|die Kundinnen und "
        "Kunden selbst Lösungen finden zu lassen}, {berichtet|erzählt} " + "{die IFK|die Teamleiterin|der "
        "Teamleiter}" + ". {Das wende man heute in jedem Erstgespräch an|Davon profitierten die Gespräche bis "
        "heute}; {manche Kundinnen und Kunden seien überrascht, dass sie nach ihrer Meinung gefragt würden|die "
        "Gespräche seien dadurch viel offener geworden}.",
        levels=("operational",),
        stance="good",
        alt=("staffing",),
    ),
]
