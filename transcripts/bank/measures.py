"""Passages on labour-market measures: their use in the project team and contact with providers.

Client-level passages: those from the IFK about one client contain "IFK"; those from the client
(eLb) never do and speak of "ihre/seine Vermittlerin". Each client-level passage speaks of either
"die Kundin" or "der Kunde", never both, so that a generator can keep one client per protocol.
"""

from __future__ import annotations

from transcripts.bank import Passage

PASSAGES = [
    # ------------------------------------------------------------------ measures (general)
    Passage(
        codes=("measures",),
        text=(
            "{Aus Sicht der Geschäftsführung|Nach Einschätzung der Projektleitung} spielten Maßnahmen im Projektteam "
            "{eine geringere Rolle als erwartet|eine kleinere Rolle als ursprünglich geplant}. {Die zusätzliche "
            "Betreuungszeit ersetze manches, was früher ein Träger übernommen habe|Vieles, wofür man früher einen "
            "Träger gebraucht habe, erledigten die Fachkräfte heute selbst}. {Das Eingliederungsbudget werde deshalb "
            "nicht vollständig ausgeschöpft; umgeschichtet werde zugunsten der Basisteams|Die Mittel für Maßnahmen "
            "seien im Projektteam nicht knapp; was den anderen Teams zugutekomme}. {Ganz verzichten wolle man auf "
            "Maßnahmen aber nicht|Für bestimmte Zielgruppen blieben Maßnahmen aber unverzichtbar}."
        ),
        levels=("strategic",),
        stance="neutral",
    ),
    Passage(
        codes=("measures",),
        text=(
            "{Im Interview wird deutlich|Die Interviewperson macht deutlich}, dass Maßnahmen {im Projektteam kein Selbstzweck "
            "seien|im Projektteam nur dann eingesetzt würden, wenn sie wirklich etwas bringen}. {Wer regelmäßig zu Gesprächen "
            "komme, brauche nicht noch eine Aktivierung beim Träger|Die engen Gespräche machten manche Aktivierungsmaßnahme "
            "überflüssig}. {Trotzdem gebe es Fälle, in denen eine Förderung den Ausschlag gebe|Für einzelne Personen sei eine "
            "gezielte Qualifizierung aber nach wie vor der richtige Weg}, {etwa beim Staplerschein oder in der Pflege|zum "
            "Beispiel für einen Berufsabschluss in Teilzeit}. "
            "{Entscheidend sei, dass die Maßnahme zum Plan passe und nicht umgekehrt|Die Fachkräfte entschieden das im Einzelfall und begründeten es im Vermerk}."
        ),
        levels=("operational",),
        stance="neutral",
    ),
    # ------------------------------------------------------------------ measure_use
    Passage(
        codes=("measures/measure_use",),
        text=(
            "{Die IFK berichtet|Im Interview wird geschildert}, dass man {statt der pauschalen Zuweisung ins "
            "Bewerbungscenter|anstelle der früher üblichen Gruppenmaßnahmen} inzwischen {gezielt Gutscheine für "
            "kurze betriebliche Erprobungen nutze|eher auf Aktivierungsgutscheine und Erprobungen im Betrieb setze}. "
            "{Dadurch lerne ein Betrieb die Person kennen, bevor es um einen Vertrag gehe|So könnten Arbeitgeber und "
            "Bewerber sich erst einmal beschnuppern}. {Die Erfolgsquote sei deutlich besser als bei den Kursen von "
            "früher|Nicht selten entstehe daraus direkt eine Einstellung}, {so die Erfahrung im Team|was auch die "
            "Teamleitung bestätige}. {Für die Teilnehmenden sei das außerdem deutlich motivierender als ein weiterer "
            "Kurs|Gerade für Menschen mit wenig Berufserfahrung sei das ein guter Einstieg}."
        ),
        levels=("operational",),
        stance="good",
        alt=("placement/employer_contact",),
    ),
    Passage(
        codes=("measures/measure_use",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie offen eingeräumt wird,} {würden Maßnahmen auch im Projektteam "
            "häufig nach Verfügbarkeit vergeben|richte sich die Zuweisung in eine Maßnahme oft danach, wo gerade Plätze frei "
            "seien}. {Wenn die Zeit für Gespräche fehle, sei eine Maßnahme manchmal die einzige Möglichkeit, überhaupt etwas "
            "anzubieten|Bei der aktuellen Personallage diene eine Maßnahme auch dazu, Kontakt zu halten}. {Ob die Maßnahme zur "
            "Person passe, komme dabei zu kurz|Passgenau sei das nicht immer}, {das sei allen bewusst|was man selbst "
            "unbefriedigend finde}. "
            "{Die Teamleitung wisse davon, sehe aber derzeit keine Alternative|Mit mehr Personal würde man das anders machen}."
        ),
        levels=("operational",),
        stance="bad",
        alt=("staffing/absence",),
    ),
    Passage(
        codes=("measures/measure_use",),
        text=(
            "{Die Geschäftsführung berichtet|Nach Darstellung der Projektleitung habe sich gezeigt}, dass sich die "
            "Maßnahmepolitik im Projektteam {verschoben habe|in eine Richtung entwickelt habe}: {weniger lange "
            "Gruppenmaßnahmen, dafür mehr betriebsnahe Instrumente|kürzere und betriebsnähere Angebote statt langer Kurse}. "
            "{Eingliederungszuschüsse würden häufiger eingesetzt als im Regelgeschäft|Auch der Eingliederungszuschuss werde "
            "öfter genutzt als früher}, {weil die Fachkräfte die Betriebe besser kennen|da mehr Kontakte zu Arbeitgebern "
            "bestünden}. {Ob das nachhaltig wirke, müsse sich noch zeigen|Eine Bewertung sei aber noch verfrüht}. "
            "{Die Träger hätten sich auf diese Entwicklung erst einstellen müssen|Für die Trägerlandschaft in der Region sei das eine spürbare Umstellung gewesen}."
        ),
        levels=("strategic",),
        stance="neutral",
    ),
    Passage(
        codes=("measures/measure_use",),
        text=(
            "Die IFK {berichtet|erzählt}, der Kunde sei {vier Wochen|einen Monat} in einer Maßnahme bei einem Arbeitgeber "
            "gewesen und habe dort {den Staplerschein gemacht|den Staplerschein erworben}. {Das habe sich sehr gelohnt|Das sei "
            "ein echter Fortschritt gewesen}: {Der Betrieb habe ihn anschließend zum Probearbeiten eingeladen|Seitdem bekomme "
            "er deutlich mehr Einladungen zu Vorstellungsgesprächen}. {Den Platz habe sie über einen Aktivierungsgutschein "
            "organisiert|Finanziert worden sei das über einen Gutschein}, {was schnell und unbürokratisch gegangen sei|ohne "
            "lange Wartezeit}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("measures/measure_use",),
        text=(
            "Der Kunde {erzählt|berichtet}, er habe {schon zum dritten Mal|nun bereits zum wiederholten Mal} einen "
            "Kurs besuchen müssen, in dem es um {Lebenslauf und Anschreiben|Bewerbungsmappen und "
            "Vorstellungsgespräche} gegangen sei. {Neues habe er dort nicht gelernt|Das meiste habe er schon "
            "gekannt}; {die anderen Teilnehmer hätten das genauso gesehen|viele hätten nur die Zeit abgesessen}. "
            "{Warum er wieder hingeschickt wurde, sei ihm nicht erklärt worden|Er vermute, dass man ihn einfach "
            "irgendwo unterbringen wollte}; {mit seinem Ziel habe das nichts zu tun gehabt|seiner Suche habe es "
            "nicht geholfen}."
        ),
        levels=("client",),
        stance="bad",
        alt=("client_view/satisfaction",),
    ),
    Passage(
        codes=("measures/measure_use",),
        text=(
            "Die Kundin {erzählt|berichtet}, sie sei {zu einer Gruppenveranstaltung eingeladen worden|zu einem "
            "Informationstermin in einer kleinen Gruppe eingeladen worden}, bei der {Betriebe aus der Pflege ihre "
            "Ausbildungswege vorgestellt hätten|mehrere Arbeitgeber aus dem Einzelhandel Stellen vorgestellt "
            "hätten}. {Anfangs sei sie skeptisch gewesen, am Ende habe sie aber zwei Kontakte mitgenommen|Sie sei "
            "zunächst eher widerwillig hingegangen, habe dort aber direkt mit einer Filialleiterin sprechen können}. "
            "{Das habe ihr für die Suche mehr gebracht als jeder Kurs|So etwas würde sie jederzeit wieder machen}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("measures/measure_use",),
        text=(
            "Der Kunde {berichtet|erzählt}, er sei {einmal zu einem Termin mit etwa zwanzig anderen eingeladen "
            "worden|vor einigen Wochen zu einem Vormittag mit vielen anderen Arbeitsuchenden eingeladen worden}, {wo "
            "es um Bewerbungsfotos und Online-Bewerbungen gegangen sei|bei dem man ihnen Stellenportale im Internet "
            "gezeigt habe}. {Für manche sei das sicher hilfreich gewesen, für ihn selbst eher weniger|Einiges davon "
            "sei nützlich gewesen, anderes habe er schon gewusst}. {Seine Vermittlerin habe danach nicht mehr "
            "gefragt, wie es war|Ob er noch einmal hingehen solle, sei offen}."
        ),
        levels=("client",),
        stance="neutral",
    ),
    # ------------------------------------------------------------------ provider_contact
    Passage(
        codes=("measures/provider_contact",),
        text=(
            "{Die IFK schildert|Im Interview wird geschildert}, dass der Kontakt {während einer Maßnahme eng "
            "gehalten werde|zu Trägern und Teilnehmenden auch während der Maßnahme nicht abreiße}. {Nach der Hälfte "
            "der Laufzeit schicke der Träger einen Zwischenbericht|Die Träger meldeten sich spätestens zur Halbzeit "
            "mit einem Zwischenbericht}, {danach telefoniere die zuständige Fachkraft mit der Dozentin|anschließend "
            "gebe es ein kurzes Telefonat mit der Kursleitung}. {Zum Abschluss gebe es häufig ein gemeinsames "
            "Gespräch zu dritt|Am Ende setze man sich nach Möglichkeit gemeinsam an einen Tisch}, {um die nächsten "
            "Schritte zu planen|damit das Ergebnis nicht verloren gehe}."
        ),
        levels=("operational",),
        stance="good",
    ),
    Passage(
        codes=("measures/provider_contact",),
        text=(
            "{Nach Darstellung der Interviewperson|Wie im Interview eingeräumt wird,} {reiße der Kontakt während einer "
            "Maßnahme häufig ab|bestehe während einer Maßnahme kaum Kontakt zu den Teilnehmenden}. {Von Abbrüchen erfahre "
            "man oft erst Wochen später|Dass jemand nicht mehr hingehe, merke man manchmal erst am Abschlussbericht}, "
            "{weil die Meldungen der Träger liegen blieben|weil für das Nachhalten keine Zeit sei}. {Die Berichte selbst "
            "seien zudem oft wenig aussagekräftig|Mit den Abschlussberichten könne man häufig wenig anfangen}, {da stehe "
            "meist nur die Anwesenheit drin|weil sie aus Textbausteinen bestünden}."
        ),
        levels=("operational",),
        stance="bad",
    ),
    Passage(
        codes=("measures/provider_contact",),
        text=(
            "{Aus Sicht der Projektleitung|Nach Darstellung der Geschäftsführung} sei in den Verträgen mit den Trägern "
            "{genau geregelt, wann und wie berichtet werde|festgelegt, welche Rückmeldungen das Jobcenter bekommt}. {Die "
            "Qualität dieser Rückmeldungen schwanke allerdings stark|Wie gut die Berichte seien, hänge sehr vom Träger ab}. "
            "{Mit einigen Trägern gebe es inzwischen feste Ansprechpersonen für das Projektteam|Für die wichtigsten Träger habe "
            "man feste Ansprechpartner vereinbart}, {was den Austausch deutlich erleichtere|so dass kurze Wege entstünden}. "
            "{Probleme gebe es vor allem bei Trägern, die nur selten Teilnehmende aus dem Projektteam hätten|Schwierig sei es vor allem mit kleineren Trägern ohne feste Ansprechperson}."
        ),
        levels=("strategic",),
        stance="neutral",
        alt=("interfaces/netzwerk",),
    ),
    Passage(
        codes=("measures/provider_contact",),
        text=(
            "Die IFK {berichtet|erzählt}, die Kundin sei {in der zweiten Woche des Kurses|nach einigen Tagen in der "
            "Maßnahme} nicht mehr erschienen. {Der Träger habe sich sofort bei der IFK gemeldet, und sie habe die "
            "Kundin daraufhin angerufen|Vom Träger sei umgehend ein Hinweis gekommen, und die IFK habe noch am "
            "selben Tag bei der Kundin angerufen}. {Es habe sich herausgestellt, dass die Kinderbetreuung "
            "ausgefallen war|Grund sei ein Problem mit der Betreuung der Kinder gewesen}; {man habe eine Lösung "
            "gefunden, und die Kundin habe den Kurs abgeschlossen|nach einer Woche habe sie wieder teilgenommen}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("measures/provider_contact",),
        text=(
            "Die Kundin {erzählt|berichtet}, ihre Vermittlerin habe {während des Kurses einmal angerufen|mitten in "
            "der Weiterbildung kurz bei ihr nachgefragt}, um zu hören, wie es laufe. {Außerdem habe es ein Gespräch "
            "beim Träger gegeben, bei dem die Vermittlerin dabei gewesen sei|Gegen Ende sei die Vermittlerin zu "
            "einem Gespräch beim Träger gekommen}. {Das habe ihr gezeigt, dass man sie nicht vergessen habe, auch "
            "wenn sie sonst eher wenig voneinander gehört hätten|Sie habe sich dadurch begleitet gefühlt, obwohl der "
            "Kurs eigentlich gut gelaufen sei}."
        ),
        levels=("client",),
        stance="good",
    ),
    Passage(
        codes=("measures/provider_contact",),
        text=(
            "Der Kunde {erzählt|sagt}, {während der drei Monate beim Träger|in der ganzen Zeit des Kurses} habe er "
            "{vom Jobcenter nichts gehört|keinen Kontakt zu seiner Vermittlerin gehabt}. {Auch nach dem Ende habe "
            "niemand gefragt, wie es gelaufen sei, und im nächsten Termin sei es schon um etwas ganz anderes "
            "gegangen|Die Teilnahmebescheinigung habe er selbst vorbeibringen müssen, danach sei es einfach "
            "weitergegangen wie vorher}. {Er habe den Eindruck, dass der Kurs für das Jobcenter damit erledigt "
            "war|Was er dort gelernt habe, interessiere offenbar niemanden}. "
            "{Seine Vermittlerin habe den Kurs auch später nicht mehr erwähnt|Er habe das Zertifikat inzwischen selbst seinen Bewerbungen beigelegt}."
        ),
        levels=("client",),
        stance="bad",
        alt=("measures/measure_use",),
    ),
    Passage(
        codes=("measures/measure_use", "placement/employer_contact"),
        text=(
            "{Die IFK berichtet|Die IFK schildert}, dass man {für einzelne Personen gezielt|im Einzelfall ganz "
            "bewusst} eine Erprobung bei einem bestimmten Betrieb organisiere. {Dafür rufe sie selbst beim Betrieb "
            "an, stelle die Person vor und kläre die Rahmenbedingungen|Sie spreche die Betriebe dazu selbst an und "
            "vereinbare die Erprobung direkt mit der Personalverantwortlichen}. {Der Gutschein sei dann nur noch "
            "Formsache|Die Förderung werde anschließend über einen Gutschein abgewickelt}; {in etwa der Hälfte der "
            "Fälle folge eine Einstellung|oft ergebe sich daraus eine feste Stelle}."
        ),
        levels=("operational",),
        stance="good",
    ),
]
