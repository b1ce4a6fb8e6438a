"""Passages on client selection and allocation: criteria, suitability and mix of clients
(conventions: see contact_density.py)."""

from transcripts.bank import Passage

_ST = "{Die Geschäftsführerin|Der Geschäftsführer|Die Projektleiterin|Der Projektleiter}"
_OP = "{Die Teamleiterin|Der Teamleiter|Die IFK|Die Teamleitung}"

PASSAGES = [
    # ------------------------------------------------------------------ allocation (general)
    Passage(
        codes=("allocation",),
        text=_ST + " {räumt ein|gibt zu}, dass die Auswahl der Kundinnen und Kunden für die Joboffensive {im Haus "
        "von Anfang an umstritten gewesen sei|zu den strittigsten Fragen des Projekts gehört habe}. {Die einen "
        "hätten befürchtet, dass nur die Besten abgeschöpft würden|Die Basisteams hätten eine Bevorzugung "
        "befürchtet}, {die anderen, dass das Projektteam mit schwierigen Fällen überfrachtet werde|die "
        "Projektteams umgekehrt eine Abschiebung schwieriger Fälle}. {Bis heute werde darüber diskutiert|Ganz "
        "beigelegt sei der Streit nicht}.",
        levels=("strategic",),
        stance="bad",
        alt=("allocation/selection_criteria", "interfaces/basisteam"),
    ),
    Passage(
        codes=("allocation",),
        text="{Wer ins Projektteam komme|Wer in die Joboffensive aufgenommen werde}, {sei|werde} {klar geregelt|"
        "nachvollziehbar festgelegt}, {berichtet|meint} " + "{die IFK|die Teamleiterin|der Teamleiter}" + "; "
        "{darüber gebe es kaum noch Diskussionen|Streit darüber sei selten geworden}. {Die Zuweisung laufe "
        "inzwischen fast automatisch|Die Teamleitungen stimmten die Zugänge einmal im Monat ab}, {was allen "
        "Beteiligten Sicherheit gebe|so wisse jeder, woran er sei}.",
        levels=("operational",),
        stance="good",
        alt=("allocation/selection_criteria",),
    ),
    # ------------------------------------------------------------------ selection_criteria
    Passage(
        codes=("allocation/selection_criteria",),
        text="Ins Projektteam kämen {nur|ausschließlich} Kundinnen und Kunden im Markt- und "
        "Aktivierungsprofil, {die höchstens zwei Jahre im Leistungsbezug seien|die nicht länger als zwei Jahre "
        "Leistungen bezögen}, {erläutert|berichtet} " + "{die IFK|die Teamleiterin|der Teamleiter|die "
        "Geschäftsführerin|der Geschäftsführer|die Projektleiterin|der Projektleiter}" + ". {Hinzu kämen "
        "Alleinerziehende mit Kindern über drei Jahren|Zusätzlich habe man Absolventinnen und Absolventen "
        "aufgenommen}, {weil man für diese Gruppe besondere Chancen sehe|weil es für sie gezielte Angebote gebe}.",
        levels=("operational", "strategic"),
        stance="neutral",
        alt=("allocation",),
    ),
    Passage(
        codes=("allocation/selection_criteria",),
        text=_ST + " {erklärt|erläutert}, dass man sich {bewusst|ausdrücklich} gegen eine Auswahl der Besten "
        "entschieden habe: {Alle marktnahen Kundinnen und Kunden eines Bereichs seien vollständig überstellt "
        "worden|Ganze Postleitzahlbereiche seien komplett in das Projektteam gewechselt}. {So vermeide man den "
        "Vorwurf, nur die leichten Fälle zu betreuen|Damit gebe es keinen Streit um einzelne Personen}, {und die "
        "Ergebnisse seien besser vergleichbar|und die Evaluation werde aussagekräftiger}.",
        levels=("strategic",),
        stance="good",
        alt=("allocation",),
    ),
    Passage(
        codes=("allocation/selection_criteria",),
        text=_OP + " {bemängelt|kritisiert}, dass die Zuweisungskriterien {zu unscharf|nicht eindeutig genug} "
        "seien: {Was marktnah bedeute, lege jedes Basisteam anders aus|Jedes abgebende Team verstehe unter "
        "Marktnähe etwas anderes}. {Auf dem Papier gälten Profillagen und Dauer des Leistungsbezugs|Formal zählten "
        "nur Profil und Bezugsdauer}, {in der Praxis entscheide das Bauchgefühl der abgebenden Fachkraft|tatsächlich "
        "entscheide oft, wer gerade Platz im Kalender habe}.",
        levels=("operational",),
        stance="bad",
        alt=("interfaces/basisteam",),
    ),
    Passage(
        codes=("allocation/selection_criteria",),
        text="Die Zuweisungspraxis habe sich {im Lauf der "
        "Joboffensive|seit dem Start} {spürbar verändert|mehrfach verändert}, {berichtet|erläutert} " + "{die "
        "IFK|die Teamleiterin|der Teamleiter}" + ": {Anfangs seien nur Kundinnen und Kunden im Marktprofil gekommen, "
        "inzwischen auch Aktivierungsprofile|Zunächst habe man eine Höchstdauer im Leistungsbezug vorgegeben, die "
        "sei dann gefallen}. {Sonst wären die Plätze nicht zu füllen gewesen|Anders hätte man die Fallzahl nicht "
        "erreicht}.",
        levels=("operational",),
        stance="neutral",
        alt=("controlling/readjustment",),
    ),
    Passage(
        codes=("allocation/selection_criteria",),
        text="{Wer in die Joboffensive komme|Welche Menschen ins Projektteam gingen}, entscheide im Basisteam die "
        "abgebende Fachkraft {gemeinsam mit der Teamleitung|anhand einer Liste aus dem System}, {berichtet|"
        "erläutert} {die Teamleiterin|der Teamleiter} des Basisteams. "
        "{Grundlage seien Profillage, Bezugsdauer und die Einschätzung der Kollegin|Entscheidend seien Profil und "
        "Motivation}; {strittig werde es vor allem bei Aktivierungsprofilen|schwierig seien die Grenzfälle}.",
        levels=("operational",),
        stance="neutral",
        alt=("interfaces/basisteam",),
    ),
    Passage(
        codes=("allocation/selection_criteria",),
        text=_ST + " {räumt ein|bestätigt}, dass {über die Auswahlkriterien|über die Kriterien der Zuweisung} "
        "{noch immer gestritten werde|keine Einigkeit bestehe}: {Die Basisteams wollten mehr Aktivierungsprofile "
        "abgeben, das Projektteam wolle mehr marktnahe Personen|Jede Seite lege die Vorgaben zu ihren Gunsten aus}. "
        "{Eine klare Entscheidung der Geschäftsführung stehe noch aus|Ein Kompromiss sei in Arbeit}, {was die "
        "Teams verunsichere|was für Unruhe sorge}.",
        levels=("strategic",),
        stance="bad",
        alt=("interfaces/basisteam",),
    ),
    # ------------------------------------------------------------------ client_mix
    Passage(
        codes=("allocation/client_mix",),
        text="{Nachdem die gut Vermittelbaren im ersten Jahr weg gewesen seien|Seit die leicht Vermittelbaren "
        "in Arbeit seien}, {seien|befänden sich} inzwischen viele im Projektteam, die man früher nie als marktnah "
        "bezeichnet hätte, {berichtet|meint} " + "{die IFK|die Teamleiterin|der Teamleiter}" + ". {Die Arbeit werde "
        "dadurch nicht weniger, sondern anders|Man brauche jetzt mehr Zeit für Probleme jenseits der "
        "Stellensuche}; {die Zahlen würden das bald zeigen|die Integrationsquote werde darunter leiden}.",
        levels=("operational",),
        stance="neutral",
        alt=("controlling/readjustment",),
    ),
    Passage(
        codes=("allocation/client_mix",),
        text=_OP + " {hält|bezeichnet} die zugewiesenen Kundinnen und Kunden {überwiegend für geeignet|als gut "
        "passend}: {Die meisten seien motiviert und brächten eine Ausbildung oder Berufserfahrung mit|Fast alle "
        "hätten realistische Chancen auf dem Arbeitsmarkt}. {Einzelne Fehlzuweisungen gebe es|Ab und zu komme "
        "jemand, der nicht passe}, {die kläre man aber schnell|doch das sei die Ausnahme}. {Im Schnitt blieben die "
        "Leute ein knappes Jahr im Projektteam|Die Verweildauer liege bei etwa zehn Monaten}.",
        levels=("operational",),
        stance="good",
        alt=("allocation/selection_criteria",),
    ),
    Passage(
        codes=("allocation/client_mix",),
        text=_OP + " {schätzt|gibt an}, dass {etwa ein Drittel|fast die Hälfte} der zugewiesenen Kundinnen und "
        "Kunden {für die intensive Betreuung ungeeignet sei|eigentlich nicht ins Projektteam gehöre}: {Viele hätten "
        "gesundheitliche Einschränkungen, Schulden oder keine Kinderbetreuung|Häufig stünden persönliche Probleme "
        "einer schnellen Arbeitsaufnahme im Weg}. {Mit Marktnähe habe das wenig zu tun|So sei das Konzept nicht "
        "gemeint gewesen}; {die Rücküberstellungen nähmen entsprechend zu|ein Teil gehe nach kurzer Zeit zurück}.",
        levels=("operational",),
        stance="bad",
        alt=("interfaces/basisteam",),
    ),
    Passage(
        codes=("allocation/client_mix",),
        text=_ST + " {beobachtet|beschreibt} einen {Abschöpfeffekt|typischen Verlauf}: {Im ersten Jahr seien viele "
        "schnell in Arbeit gegangen, nun werde der Kundenstamm schwieriger|Die Zusammensetzung des Kundenstamms "
        "habe sich verschoben, hin zu Menschen mit mehreren Vermittlungshemmnissen}. {Das sei erwartbar gewesen|"
        "Damit habe man gerechnet}, {erfordere aber andere Strategien und mehr Geduld|verlange aber eine Anpassung "
        "der Ziele}.",
        levels=("strategic",),
        stance="neutral",
        alt=("goals/objectives",),
    ),
    Passage(
        codes=("allocation/client_mix",),
        text="Aus den Basisteams komme {im Moment|derzeit} {genügend|ausreichend} Nachschub, {sagt|"
        "meint} " + "{die Teamleiterin|der Teamleiter}" + ", {aber die Eignung nehme ab|doch die "
        "Qualität der Zugänge lasse nach}. {Wer jetzt komme, habe oft lange Lücken im Lebenslauf|Die Neuen "
        "brächten mehr Probleme mit als die ersten Jahrgänge}; {man müsse damit leben, dass nicht jeder in sechs "
        "Monaten in Arbeit sei|die Verweildauer im Projektteam werde länger}.",
        levels=("operational",),
        stance="neutral",
        alt=("interfaces/basisteam",),
    ),
    Passage(
        codes=("allocation/client_mix",),
        text="Die IFK {schätzt|beschreibt} die Kundin als {typisch für die derzeitigen Zugänge|eine Kundin, wie "
        "sie inzwischen häufiger ins Projektteam komme}: {formal marktnah, tatsächlich aber mit mehreren "
        "Baustellen|auf dem Papier im Marktprofil, im Leben aber mit vielen Belastungen}. {Ob sie in die "
        "Joboffensive gehöre, sei im Team diskutiert worden|Man habe überlegt, sie ins Basisteam zurückzugeben}; "
        "{man habe sich für einen Versuch entschieden|am Ende habe man sie behalten}.",
        levels=("client",),
        stance="neutral",
        alt=("profiling/profile_categories",),
    ),
    Passage(
        codes=("allocation/client_mix",),
        text="Die IFK {berichtet|erläutert}, dass der Kunde {eigentlich nicht in die Zielgruppe passe|nach den "
        "Kriterien kaum für das Projektteam in Frage gekommen wäre}: {Er sei seit vielen Jahren ohne Arbeit und "
        "habe keinen Berufsabschluss|Mit seiner langen Arbeitslosigkeit sei er alles andere als marktnah}. {Das "
        "Basisteam habe ihn trotzdem überstellt|Warum er überstellt worden sei, wisse sie nicht}, {und nun "
        "versuche man das Beste daraus zu machen|man arbeite jetzt eben mit ihm}.",
        levels=("client",),
        stance="bad",
        alt=("interfaces/basisteam",),
    ),
    # ------------------------------------------------------------------ double-coded
    Passage(
        codes=("allocation/selection_criteria", "controlling/readjustment"),
        text="{Seit dem Frühjahr|Inzwischen} würden {auch Kundinnen und Kunden im Förderprofil|auch "
        "Langzeitleistungsbezieher} {in das Projektteam aufgenommen|dem Projektteam zugewiesen}, {erläutert|"
        "berichtet} " + "{die Teamleiterin|der Teamleiter|die IFK}" + ". {Das sei eine Reaktion auf die sinkenden "
        "Zugänge gewesen|Die Kriterien seien gelockert worden, weil die Plätze sonst leer geblieben wären}; {ob das "
        "zum Konzept passe, sei umstritten|im Team sehe man das skeptisch}.",
        levels=("operational",),
        stance="neutral",
        alt=("allocation/client_mix",),
    ),
]
