<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionFromConflict</name>
    <message>
        <source>Conflict: %1, %2, %3.</source>
        <translation>Konflikt: %1, %2, %3.</translation>
    </message>
    <message>
        <source>Coaching topic: %1.</source>
        <translation>Coaching-Thema: %1.</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>there is no improvement action %1</source>
        <translation>es gibt keine Verbesserungsmaßnahme %1</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>%1 conflict (high)</source>
        <translation>Konflikt %1 (hoch)</translation>
    </message>
    <message>
        <source>%1 conflict (medium)</source>
        <translation>Konflikt %1 (mittel)</translation>
    </message>
    <message>
        <source>%1 %2 misses its target %3</source>
        <translation>%1 %2 verfehlt das Ziel %3</translation>
    </message>
    <message>
        <source>%1 falling over %2 weeks</source>
        <translation>%1 fallend über %2 Wochen</translation>
    </message>
    <message>
        <source>%1 rising over %2 weeks</source>
        <translation>%1 steigend über %2 Wochen</translation>
    </message>
</context>
<context>
    <name>CoachingEffect</name>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>keine klare Veränderung</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>too early: the weeks after the note are not all in the store yet</source>
        <translation>zu früh: die Wochen nach der Notiz sind noch nicht alle im Speicher</translation>
    </message>
    <message>
        <source>no data before or after the note</source>
        <translation>keine Daten vor oder nach der Notiz</translation>
    </message>
    <message>
        <source>not judged: this KPI has no better direction</source>
        <translation>nicht bewertet: bei dieser KPI ist weder höher noch niedriger besser</translation>
    </message>
    <message>
        <source>Coaching usually follows a bad spell, and bad spells tend to end by themselves (regression to the mean): compare with the team&apos;s change over the same weeks.</source>
        <translation>Coaching folgt meist auf eine schwache Phase, und schwache Phasen enden oft von selbst (Regression zur Mitte): vergleichen Sie mit der Veränderung des Teams in denselben Wochen.</translation>
    </message>
    <message>
        <source>The weeks before this note were clearly worse than this agent&apos;s usual level, so part of any improvement would have come anyway.</source>
        <translation>Die Wochen vor dieser Notiz waren deutlich schlechter als das übliche Niveau dieses Mitarbeiters; ein Teil jeder Verbesserung wäre also ohnehin gekommen.</translation>
    </message>
</context>
<context>
    <name>CoachingNote</name>
    <message>
        <source>a coaching note needs an agent</source>
        <translation>eine Coaching-Notiz braucht einen Mitarbeiter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO week such as 2026-W45</source>
        <translation>„%1“ ist keine ISO-Woche wie 2026-W45</translation>
    </message>
    <message>
        <source>unknown KPI &quot;%1&quot;</source>
        <translation>unbekannte KPI „%1“</translation>
    </message>
    <message>
        <source>the follow-up date is not a valid date</source>
        <translation>das Wiedervorlagedatum ist kein gültiges Datum</translation>
    </message>
</context>
<context>
    <name>ConflictFinder</name>
    <message>
        <source>Handle time is falling while %1 falls too: contacts may be closed too fast.</source>
        <translation>Die Bearbeitungszeit sinkt, während auch %1 sinkt: Kontakte werden womöglich zu schnell abgeschlossen.</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>die Zufriedenheit</translation>
    </message>
    <message>
        <source>first contact resolution</source>
        <translation>die Erstlösungsquote</translation>
    </message>
    <message>
        <source>Take the time to solve: resolve before closing</source>
        <translation>Zeit zum Lösen nehmen: erst lösen, dann abschließen</translation>
    </message>
    <message>
        <source>First contact resolution is falling while volume rises: repeat contacts inflate the volume.</source>
        <translation>Die Erstlösungsquote sinkt, während das Volumen steigt: Wiederholkontakte treiben das Volumen hoch.</translation>
    </message>
    <message>
        <source>Find the repeat drivers: what brings customers back</source>
        <translation>Ursachen für Wiederholkontakte finden: was Kunden zurückbringt</translation>
    </message>
    <message>
        <source>Service level is falling while abandonment rises: too few agents for the demand.</source>
        <translation>Der Servicelevel sinkt, während die Abbruchquote steigt: zu wenige Mitarbeitende für die Nachfrage.</translation>
    </message>
    <message>
        <source>Staffing and schedule adherence</source>
        <translation>Personalbesetzung und Einhaltung des Dienstplans</translation>
    </message>
    <message>
        <source>Surveys look good while %1 falls: the surveys may be shallow or biased.</source>
        <translation>Die Umfragen sehen gut aus, während %1 sinkt: die Umfragen sind womöglich oberflächlich oder verzerrt.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>der NPS</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>das Sentiment</translation>
    </message>
    <message>
        <source>Listen to calls: how do customers really sound</source>
        <translation>Gespräche anhören: wie klingen die Kunden wirklich</translation>
    </message>
    <message>
        <source>Quality scores are falling while handle time is flat or falling: the checklist is met, the customer not helped.</source>
        <translation>Die Qualitätswerte sinken, während die Bearbeitungszeit gleich bleibt oder sinkt: die Checkliste ist erfüllt, dem Kunden nicht geholfen.</translation>
    </message>
    <message>
        <source>Quality of the conversation, not the checklist</source>
        <translation>Qualität des Gesprächs, nicht der Checkliste</translation>
    </message>
    <message>
        <source>Handle time below the team&apos;s median while transferring far more than the team: contacts may be passed on instead of solved.</source>
        <translation>Bearbeitungszeit unter dem Median des Teams bei weit mehr Weiterleitungen als im Team: Kontakte werden womöglich weitergereicht statt gelöst.</translation>
    </message>
    <message>
        <source>Own the contact: solve instead of transferring</source>
        <translation>Den Kontakt selbst übernehmen: lösen statt weiterleiten</translation>
    </message>
    <message>
        <source>Rushing</source>
        <translation>Schnellabfertigung</translation>
    </message>
    <message>
        <source>Transfer gaming</source>
        <translation>Weiterreichen</translation>
    </message>
    <message>
        <source>Callback churn</source>
        <translation>Rückruf-Karussell</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Hidden dissatisfaction</source>
        <translation>Versteckte Unzufriedenheit</translation>
    </message>
    <message>
        <source>Quality gap</source>
        <translation>Qualitätslücke</translation>
    </message>
</context>
<context>
    <name>ConnectCtrSource</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not Amazon Connect contact records: %1</source>
        <translation>keine Amazon-Connect-Kontaktdatensätze: %1</translation>
    </message>
    <message>
        <source>a contact record has no ContactId</source>
        <translation>ein Kontaktdatensatz hat keine ContactId</translation>
    </message>
    <message>
        <source>InitiationTimestamp: expected a date and time</source>
        <translation>InitiationTimestamp: Datum und Uhrzeit erwartet</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the bytes are not valid %1 text</source>
        <translation>die Bytes sind kein gültiger %1-Text</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote: %1</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen: %1</translation>
    </message>
    <message>
        <source>a line has more than %L1 fields</source>
        <translation>eine Zeile hat mehr als %L1 Felder</translation>
    </message>
    <message>
        <source>a record is longer than %L1 characters</source>
        <translation>ein Datensatz ist länger als %L1 Zeichen</translation>
    </message>
    <message>
        <source>a quoted field runs on for more than %L1 characters: is its closing quote missing?</source>
        <translation>ein Feld in Anführungszeichen läuft über mehr als %L1 Zeichen: fehlt das schließende Anführungszeichen?</translation>
    </message>
    <message>
        <source>a field is longer than %L1 characters</source>
        <translation>ein Feld ist länger als %L1 Zeichen</translation>
    </message>
</context>
<context>
    <name>Definitions</name>
    <message>
        <source>Contact volume</source>
        <translation>Kontaktvolumen</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Durchschnittliche Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Durchschnittliche Zeit bis zur Annahme</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Abandonment rate</source>
        <translation>Abbruchquote</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Weiterleitungsquote</translation>
    </message>
    <message>
        <source>Response time (median)</source>
        <translation>Antwortzeit (Median)</translation>
    </message>
    <message>
        <source>Response time (90th percentile)</source>
        <translation>Antwortzeit (90. Perzentil)</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Erstlösungsquote</translation>
    </message>
    <message>
        <source>First contact resolution (survey)</source>
        <translation>Erstlösungsquote (Umfrage)</translation>
    </message>
    <message>
        <source>First contact resolution (resolved flag)</source>
        <translation>Erstlösungsquote (Gelöst-Kennzeichen)</translation>
    </message>
    <message>
        <source>Repeat contact rate</source>
        <translation>Wiederholungskontaktquote</translation>
    </message>
    <message>
        <source>Customer satisfaction (top-two-box)</source>
        <translation>Kundenzufriedenheit (Top-Two-Box)</translation>
    </message>
    <message>
        <source>Customer satisfaction (mean)</source>
        <translation>Kundenzufriedenheit (Mittelwert)</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Customer effort (mean)</source>
        <translation>Kundenaufwand (Mittelwert)</translation>
    </message>
    <message>
        <source>Customer effort (share low effort)</source>
        <translation>Kundenaufwand (Anteil geringer Aufwand)</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Quality (QA score)</source>
        <translation>Qualität (QA-Score)</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsquote</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Kundenbindungsquote</translation>
    </message>
    <message>
        <source>Proactive contact ratio</source>
        <translation>Anteil proaktiver Kontakte</translation>
    </message>
    <message>
        <source>Employee engagement</source>
        <translation>Mitarbeiterengagement</translation>
    </message>
    <message>
        <source>Cost of repeat contacts</source>
        <translation>Kosten der Wiederholungskontakte</translation>
    </message>
    <message>
        <source>Savings if FCR reached its target</source>
        <translation>Einsparung bei Erreichen des FCR-Ziels</translation>
    </message>
    <message>
        <source>Value at risk from churn</source>
        <translation>Durch Abwanderung gefährdeter Wert</translation>
    </message>
    <message>
        <source>import kind: %1</source>
        <translation>Importart: %1</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>neither higher nor lower is better in itself</source>
        <translation>weder höher noch niedriger ist an sich besser</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>fraction (0–1)</source>
        <translation>Anteil (0–1)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>NPS points (−100 … 100)</source>
        <translation>NPS-Punkte (−100 … 100)</translation>
    </message>
    <message>
        <source>short abandon: waited under %1 s</source>
        <translation>Kurzabbruch: weniger als %1 s gewartet</translation>
    </message>
    <message>
        <source>window %1 days, identity: %2, channels: %3, same reason: %4</source>
        <translation>Zeitfenster %1 Tage, Identität: %2, Kanäle: %3, gleicher Grund: %4</translation>
    </message>
    <message>
        <source>same channel only</source>
        <translation>nur derselbe Kanal</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>beliebiger Kanal</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>contacts started in the period, short abandons left out</source>
        <translation>im Zeitraum begonnene Kontakte, ohne Kurzabbrüche</translation>
    </message>
    <message>
        <source>mean over handled contacts of talk + hold + after-contact work seconds</source>
        <translation>Mittelwert über bearbeitete Kontakte aus Gesprächs- + Halte- + Nachbearbeitungszeit in Sekunden</translation>
    </message>
    <message>
        <source>over all channels unless a channel is chosen</source>
        <translation>über alle Kanäle, sofern kein Kanal gewählt ist</translation>
    </message>
    <message>
        <source>mean wait seconds of answered inbound contacts</source>
        <translation>mittlere Wartezeit in Sekunden der angenommenen eingehenden Kontakte</translation>
    </message>
    <message>
        <source>answered within T ÷ offered, as the variant counts it: %1</source>
        <translation>innerhalb von T angenommen ÷ angeboten, so wie die Variante zählt: %1</translation>
    </message>
    <message>
        <source>variant %1, T = %2 s, target %3 %, %4</source>
        <translation>Variante %1, T = %2 s, Ziel %3 %, %4</translation>
    </message>
    <message>
        <source>(abandoned − short abandons) ÷ (offered − short abandons)</source>
        <translation>(abgebrochen − Kurzabbrüche) ÷ (angeboten − Kurzabbrüche)</translation>
    </message>
    <message>
        <source>%1, target at most %2 %</source>
        <translation>%1, Ziel höchstens %2 %</translation>
    </message>
    <message>
        <source>handled contacts transferred to another agent or queue ÷ handled contacts</source>
        <translation>bearbeitete Kontakte, die an andere Mitarbeitende oder eine andere Warteschlange weitergeleitet wurden ÷ bearbeitete Kontakte</translation>
    </message>
    <message>
        <source>percentile of first-response seconds of e-mail, chat and messaging contacts (linear interpolation between ranks)</source>
        <translation>Perzentil der Zeit bis zur ersten Antwort in Sekunden bei E-Mail-, Chat- und Messaging-Kontakten (lineare Interpolation zwischen Rängen)</translation>
    </message>
    <message>
        <source>contacts whose answer (voice) or first response (other channels) met their channel&apos;s target ÷ contacts with a target; an abandoned call misses it</source>
        <translation>Kontakte, deren Annahme (Telefon) oder erste Antwort (andere Kanäle) das Ziel ihres Kanals erreicht hat ÷ Kontakte mit Ziel; ein abgebrochener Anruf verfehlt es</translation>
    </message>
    <message>
        <source>handle time ÷ (logged-in available time + handle time); needs agent state data, which no import kind carries yet: always &quot;no data&quot;</source>
        <translation>Bearbeitungszeit ÷ (angemeldete verfügbare Zeit + Bearbeitungszeit); benötigt Statusdaten der Mitarbeitenden, die noch keine Importart liefert: immer „keine Daten“</translation>
    </message>
    <message>
        <source>handled inbound contacts that were not transferred and had no further inbound contact from the same customer within the window ÷ handled inbound contacts of known customers; contacts whose window has not passed yet are pending and left out</source>
        <translation>bearbeitete eingehende Kontakte, die nicht weitergeleitet wurden und auf die innerhalb des Zeitfensters kein weiterer eingehender Kontakt desselben Kunden folgte ÷ bearbeitete eingehende Kontakte bekannter Kunden; Kontakte, deren Zeitfenster noch nicht abgelaufen ist, sind ausstehend und werden nicht gezählt</translation>
    </message>
    <message>
        <source>survey answers saying the issue was resolved ÷ survey answers to that question</source>
        <translation>Umfrageantworten, laut denen das Anliegen gelöst wurde ÷ Umfrageantworten auf diese Frage</translation>
    </message>
    <message>
        <source>handled contacts the platform marked resolved ÷ handled contacts with the flag</source>
        <translation>bearbeitete Kontakte, die die Plattform als gelöst markiert hat ÷ bearbeitete Kontakte mit diesem Kennzeichen</translation>
    </message>
    <message>
        <source>1 − FCR: contacts followed by a repeat (or transferred) ÷ the FCR denominator</source>
        <translation>1 − FCR: Kontakte mit nachfolgendem Wiederholungskontakt (oder weitergeleitet) ÷ FCR-Nenner</translation>
    </message>
    <message>
        <source>answers in the top two boxes (4–5 on 1–5; top three on 10-point scales) ÷ answers</source>
        <translation>Antworten in den beiden obersten Stufen (4–5 bei 1–5; die obersten drei bei 10-Punkte-Skalen) ÷ Antworten</translation>
    </message>
    <message>
        <source>target %1 %</source>
        <translation>Ziel %1 %</translation>
    </message>
    <message>
        <source>mean CSAT answer, on a 1–5 scale (other scales rescaled)</source>
        <translation>mittlere CSAT-Antwort auf einer Skala von 1–5 (andere Skalen umgerechnet)</translation>
    </message>
    <message>
        <source>% promoters (9–10) − % detractors (0–6); interval: ±1.96·√((p + d − (p − d)²) ÷ n)</source>
        <translation>% Promotoren (9–10) − % Kritiker (0–6); Intervall: ±1.96·√((p + d − (p − d)²) ÷ n)</translation>
    </message>
    <message>
        <source>target above %1</source>
        <translation>Ziel über %1</translation>
    </message>
    <message>
        <source>mean effort answer on 1–5, 1 = very easy (other scales rescaled)</source>
        <translation>mittlere Aufwandsantwort auf 1–5, 1 = sehr einfach (andere Skalen umgerechnet)</translation>
    </message>
    <message>
        <source>effort answers of 1 or 2 ÷ effort answers</source>
        <translation>Aufwandsantworten mit 1 oder 2 ÷ Aufwandsantworten</translation>
    </message>
    <message>
        <source>mean sentiment −1 … +1 per contact: the export&apos;s figure, else the lexicon score of the transcript or the survey comment</source>
        <translation>mittleres Sentiment −1 … +1 pro Kontakt: der Wert aus dem Export, sonst der Lexikonwert des Transkripts oder des Umfragekommentars</translation>
    </message>
    <message>
        <source>mean QA evaluation score (0–100); per criterion as qa_score.CRITERION</source>
        <translation>mittlere QA-Bewertung (0–100); pro Kriterium als qa_score.CRITERION</translation>
    </message>
    <message>
        <source>customers lost in the period ÷ customers active at its start (whole operation only)</source>
        <translation>im Zeitraum verlorene Kunden ÷ zu Beginn des Zeitraums aktive Kunden (nur für den gesamten Betrieb)</translation>
    </message>
    <message>
        <source>1 − churn rate</source>
        <translation>1 − Abwanderungsquote</translation>
    </message>
    <message>
        <source>proactive outbound contacts ÷ all contacts</source>
        <translation>proaktive ausgehende Kontakte ÷ alle Kontakte</translation>
    </message>
    <message>
        <source>mean engagement pulse score</source>
        <translation>mittlerer Wert der Engagement-Pulse</translation>
    </message>
    <message>
        <source>repeat contacts × cost per contact</source>
        <translation>Wiederholungskontakte × Kosten pro Kontakt</translation>
    </message>
    <message>
        <source>cost per contact %1 %2; %3</source>
        <translation>Kosten pro Kontakt %1 %2; %3</translation>
    </message>
    <message>
        <source>repeat contacts avoided if FCR reached its target × cost per contact</source>
        <translation>bei Erreichen des FCR-Ziels vermiedene Wiederholungskontakte × Kosten pro Kontakt</translation>
    </message>
    <message>
        <source>FCR target %1 %, cost per contact %2 %3</source>
        <translation>FCR-Ziel %1 %, Kosten pro Kontakt %2 %3</translation>
    </message>
    <message>
        <source>customers lost in the period × customer value</source>
        <translation>im Zeitraum verlorene Kunden × Kundenwert</translation>
    </message>
    <message>
        <source>customer value %1 %2</source>
        <translation>Kundenwert %1 %2</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
</context>
<context>
    <name>Drivers</name>
    <message>
        <source>strongest</source>
        <translation>stärkster</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>unclear (interval crosses 0)</source>
        <translation>unklar (Intervall enthält 0)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>not fitted</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>These are associations across agent-weeks, not proof of cause: an agent who does well on one KPI may do well on others for reasons the figures do not show (experience, the contacts they get), and an agent&apos;s weeks are not independent of each other. Work on a clear driver and watch whether the outcome follows.</source>
        <translation>Das sind Zusammenhänge über Agenten-Wochen, kein Beweis für eine Ursache: ein Agent, der bei einer KPI gut ist, kann aus Gründen, die die Zahlen nicht zeigen (Erfahrung, die Kontakte, die er bekommt), auch bei anderen gut sein, und die Wochen eines Agenten sind nicht unabhängig voneinander. Arbeiten Sie an einem klaren Treiber und beobachten Sie, ob das Ergebnis folgt.</translation>
    </message>
    <message numerus="yes">
        <source>Small sample: only %n agent-week(s) with enough answers; the intervals are wide and a single agent can move them.</source>
        <translation>
            <numerusform>Kleine Stichprobe: nur %n Agenten-Woche mit genug Antworten; die Intervalle sind breit und ein einzelner Agent kann sie verschieben.</numerusform>
            <numerusform>Kleine Stichprobe: nur %n Agenten-Wochen mit genug Antworten; die Intervalle sind breit und ein einzelner Agent kann sie verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>no agent-week has enough answers</source>
        <translation>keine Agenten-Woche hat genug Antworten</translation>
    </message>
    <message>
        <source>no data in %1 of %2 agent-weeks</source>
        <translation>keine Daten in %1 von %2 Agenten-Wochen</translation>
    </message>
    <message>
        <source>the same in every agent-week</source>
        <translation>in jeder Agenten-Woche gleich</translation>
    </message>
    <message>
        <source>too few agent-weeks (%1) for %2 drivers</source>
        <translation>zu wenige Agenten-Wochen (%1) für %2 Treiber</translation>
    </message>
    <message>
        <source>moves with the other drivers too closely to tell them apart</source>
        <translation>bewegt sich zu eng mit den anderen Treibern, um sie zu unterscheiden</translation>
    </message>
</context>
<context>
    <name>EffectText</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 around %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>Before, %1 – %2: %3</source>
        <translation>Vorher, %1 – %2: %3</translation>
    </message>
    <message>
        <source>After, %1 – %2: %3</source>
        <translation>Nachher, %1 – %2: %3</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Veränderung: %1</translation>
    </message>
    <message>
        <source>Team %1 over the same weeks: %2 → %3, change %4</source>
        <translation>Team %1 in denselben Wochen: %2 → %3, Veränderung %4</translation>
    </message>
</context>
<context>
    <name>FigureToolTip</name>
    <message>
        <source>95 % interval: %1 – %2</source>
        <translation>95-%-Intervall: %1 – %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Low sample: read with care.</source>
        <translation>Kleine Stichprobe: mit Vorsicht lesen.</translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <source>Operation</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Team median</source>
        <translation>Team-Median</translation>
    </message>
    <message>
        <source>Median of teams</source>
        <translation>Median der Teams</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read to its end; nothing was imported</source>
        <translation>%1 kann nicht bis zum Ende gelesen werden; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows are invalid; nothing was imported (use --on-error skip to import the valid rows)</source>
        <translation>%1: %2 von %3 Zeilen sind ungültig; es wurde nichts importiert (mit --on-error skip werden die gültigen Zeilen importiert)</translation>
    </message>
    <message>
        <source>dry run: %1 new, %2 already present, %3 rejected; nothing was written</source>
        <translation>Probelauf: %1 neu, %2 bereits vorhanden, %3 abgelehnt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>import %1: %2 new, %3 already present, %4 rejected</source>
        <translation>Import %1: %2 neu, %3 bereits vorhanden, %4 abgelehnt</translation>
    </message>
    <message>
        <source>%1: cannot write to the store: %2; nothing was imported</source>
        <translation>%1: kann nicht in den Speicher schreiben: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: cannot commit the import: %2; nothing was imported</source>
        <translation>%1: der Import kann nicht abgeschlossen werden: %2; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>ImprovementAction</name>
    <message>
        <source>an action needs a title</source>
        <translation>eine Maßnahme braucht einen Titel</translation>
    </message>
    <message>
        <source>an action targets either a contact reason or a KPI</source>
        <translation>eine Maßnahme zielt entweder auf einen Kontaktgrund oder auf eine KPI</translation>
    </message>
    <message>
        <source>there is no KPI &quot;%1&quot;</source>
        <translation>es gibt keine KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an action&apos;s cost cannot be negative</source>
        <translation>die Kosten einer Maßnahme können nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>KpiEngine</name>
    <message>
        <source>unknown KPI &quot;%1&quot;</source>
        <translation>unbekannte KPI „%1“</translation>
    </message>
    <message>
        <source>%1 has no contacts behind it to list</source>
        <translation>hinter %1 stehen keine Kontakte, die sich auflisten ließen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period of the kind asked for</source>
        <translation>„%1“ ist kein Zeitraum der angeforderten Art</translation>
    </message>
</context>
<context>
    <name>KpiSettings</name>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unbekannte Einstellung „%1“</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 erwartet einen der Werte: %2</translation>
    </message>
    <message>
        <source>%1 takes on or off</source>
        <translation>%1 erwartet on oder off</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3</source>
        <translation>%1 erwartet eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>a variant is KEY=VALUE, e.g. sl=all_abandons_against (got &quot;%1&quot;)</source>
        <translation>eine Variante hat die Form SCHLÜSSEL=WERT, z. B. sl=all_abandons_against (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>%1: cannot write the setting %2</source>
        <translation>%1: Die Einstellung %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Short abandon</source>
        <translation>Kurzabbruch</translation>
    </message>
    <message>
        <source>abandons after a shorter wait are misdials: out of offered and abandoned</source>
        <translation>Abbrüche nach kürzerer Wartezeit gelten als Fehlwahl: zählen weder als angeboten noch als abgebrochen</translation>
    </message>
    <message>
        <source>Service level threshold</source>
        <translation>Servicelevel-Schwelle</translation>
    </message>
    <message>
        <source>service level: answered within this many seconds (&lt;=)</source>
        <translation>Servicelevel: angenommen innerhalb so vieler Sekunden (&lt;=)</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>Servicelevel-Ziel</translation>
    </message>
    <message>
        <source>service level target (fraction)</source>
        <translation>Ziel für den Servicelevel (Anteil)</translation>
    </message>
    <message>
        <source>Service level formula</source>
        <translation>Servicelevel-Formel</translation>
    </message>
    <message>
        <source>service level formula (KPI-DEFINITIONS.md, Variants)</source>
        <translation>Formel für den Servicelevel (KPI-DEFINITIONS.md, Variants)</translation>
    </message>
    <message>
        <source>FCR repeat window</source>
        <translation>FCR-Wiederholungsfenster</translation>
    </message>
    <message>
        <source>FCR: a further contact within this many days is a repeat</source>
        <translation>FCR: ein weiterer Kontakt innerhalb so vieler Tage ist ein Wiederholungskontakt</translation>
    </message>
    <message>
        <source>FCR: same reason only</source>
        <translation>FCR: nur gleicher Grund</translation>
    </message>
    <message>
        <source>FCR: only a contact with the same reason is a repeat</source>
        <translation>FCR: nur ein Kontakt mit demselben Grund ist ein Wiederholungskontakt</translation>
    </message>
    <message>
        <source>FCR channel scope</source>
        <translation>FCR-Kanäle</translation>
    </message>
    <message>
        <source>FCR: a repeat on any channel, or on the same channel only</source>
        <translation>FCR: ein Wiederholungskontakt auf beliebigem Kanal oder nur auf demselben Kanal</translation>
    </message>
    <message>
        <source>FCR customer identity</source>
        <translation>FCR-Kundenidentität</translation>
    </message>
    <message>
        <source>FCR: what makes two contacts the same customer</source>
        <translation>FCR: woran zwei Kontakte als derselbe Kunde erkannt werden</translation>
    </message>
    <message>
        <source>Minimum contacts</source>
        <translation>Mindestzahl Kontakte</translation>
    </message>
    <message>
        <source>figures over fewer contacts are marked low-sample</source>
        <translation>Kennzahlen über weniger Kontakte werden als kleine Stichprobe markiert</translation>
    </message>
    <message>
        <source>Minimum survey answers</source>
        <translation>Mindestzahl Umfrageantworten</translation>
    </message>
    <message>
        <source>survey figures over fewer answers are marked low-sample</source>
        <translation>Umfragekennzahlen über weniger Antworten werden als kleine Stichprobe markiert</translation>
    </message>
    <message>
        <source>FCR target</source>
        <translation>FCR-Ziel</translation>
    </message>
    <message>
        <source>FCR target (fraction); also the basis of the savings figure</source>
        <translation>FCR-Ziel (Anteil); auch die Grundlage der Einsparung</translation>
    </message>
    <message>
        <source>CSAT target</source>
        <translation>CSAT-Ziel</translation>
    </message>
    <message>
        <source>CSAT target (top-two-box fraction)</source>
        <translation>CSAT-Ziel (Anteil Top-Two-Box)</translation>
    </message>
    <message>
        <source>Abandonment target</source>
        <translation>Ziel Abbruchquote</translation>
    </message>
    <message>
        <source>abandonment target: at most this fraction</source>
        <translation>Ziel der Abbruchquote: höchstens dieser Anteil</translation>
    </message>
    <message>
        <source>NPS target</source>
        <translation>NPS-Ziel</translation>
    </message>
    <message>
        <source>NPS target: above this</source>
        <translation>NPS-Ziel: über diesem Wert</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Kosten pro Kontakt</translation>
    </message>
    <message>
        <source>cost of one contact, for the cost of repeats and the savings of FCR</source>
        <translation>Kosten eines Kontakts, für die Kosten der Wiederholungskontakte und die Einsparung durch FCR</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>value of one customer, for the value at risk from churn</source>
        <translation>Wert eines Kunden, für den durch Abwanderung gefährdeten Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>currency of the money figures</source>
        <translation>Währung der Geldbeträge</translation>
    </message>
    <message>
        <source>SLA target: voice</source>
        <translation>SLA-Ziel: Telefon</translation>
    </message>
    <message>
        <source>SLA: voice answered within this many seconds</source>
        <translation>SLA: Anrufe angenommen innerhalb so vieler Sekunden</translation>
    </message>
    <message>
        <source>SLA target: chat</source>
        <translation>SLA-Ziel: Chat</translation>
    </message>
    <message>
        <source>SLA: chat first response within this many seconds</source>
        <translation>SLA: erste Antwort im Chat innerhalb so vieler Sekunden</translation>
    </message>
    <message>
        <source>SLA target: e-mail</source>
        <translation>SLA-Ziel: E-Mail</translation>
    </message>
    <message>
        <source>SLA: e-mail first response within this many seconds</source>
        <translation>SLA: erste Antwort auf E-Mails innerhalb so vieler Sekunden</translation>
    </message>
    <message>
        <source>SLA target: social</source>
        <translation>SLA-Ziel: Social Media</translation>
    </message>
    <message>
        <source>SLA: social/messaging first response within this many seconds</source>
        <translation>SLA: erste Antwort über Social Media/Messaging innerhalb so vieler Sekunden</translation>
    </message>
    <message>
        <source>Trend window</source>
        <translation>Trendfenster</translation>
    </message>
    <message>
        <source>weeks a trend is fitted over</source>
        <translation>Anzahl Wochen, über die ein Trend berechnet wird</translation>
    </message>
    <message>
        <source>Structural reason share</source>
        <translation>Anteil struktureller Grund</translation>
    </message>
    <message>
        <source>a contact reason at least this share for 4 weeks is structural</source>
        <translation>ein Kontaktgrund mit mindestens diesem Anteil über 4 Wochen ist strukturell</translation>
    </message>
    <message>
        <source>Coaching comparison window</source>
        <translation>Coaching-Vergleichsfenster</translation>
    </message>
    <message>
        <source>weeks before and after a coaching note that its effect compares</source>
        <translation>Wochen vor und nach einer Coaching-Notiz, über die ihre Wirkung verglichen wird</translation>
    </message>
</context>
<context>
    <name>KpiWording</name>
    <message>
        <source>%1 vs previous week</source>
        <translation>%1 zur Vorwoche</translation>
    </message>
    <message>
        <source>↑ rising over %1 weeks</source>
        <translation>↑ steigend über %1 Wochen</translation>
    </message>
    <message>
        <source>↓ falling over %1 weeks</source>
        <translation>↓ fallend über %1 Wochen</translation>
    </message>
    <message>
        <source>→ flat over %1 weeks</source>
        <translation>→ stabil über %1 Wochen</translation>
    </message>
    <message>
        <source>✔ on target (%1)</source>
        <translation>✔ im Ziel (%1)</translation>
    </message>
    <message>
        <source>✘ off target (%1)</source>
        <translation>✘ nicht im Ziel (%1)</translation>
    </message>
    <message>
        <source>as of %1: newer contacts are still within their repeat window</source>
        <translation>Stand %1: neuere Kontakte sind noch in ihrem Wiederholungsfenster</translation>
    </message>
</context>
<context>
    <name>NoteExport</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>shared with the agent</source>
        <translation>mit dem Mitarbeiter geteilt</translation>
    </message>
    <message>
        <source>private to the team leader</source>
        <translation>nur für die Teamleitung</translation>
    </message>
    <message>
        <source>acknowledged on %1</source>
        <translation>bestätigt am %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Coaching note %1: %2</source>
        <translation>Coaching-Notiz %1: %2</translation>
    </message>
    <message>
        <source>What was observed</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Read and discussed (agent): ______________________   Date: __________</source>
        <translation>Gelesen und besprochen (Mitarbeiter): ______________________   Datum: __________</translation>
    </message>
</context>
<context>
    <name>NoteFromConflict</name>
    <message>
        <source>(previous week %1)</source>
        <translation>(Vorwoche %1)</translation>
    </message>
    <message>
        <source>(team median %1)</source>
        <translation>(Team-Median %1)</translation>
    </message>
    <message>
        <source>(target %1)</source>
        <translation>(Ziel %1)</translation>
    </message>
    <message>
        <source>Coaching topic: %1.</source>
        <translation>Coaching-Thema: %1.</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>there is no agent &quot;%1&quot; in the store (import a roster or contacts with that agent first)</source>
        <translation>im Speicher gibt es keinen Mitarbeiter „%1“ (importieren Sie zuerst einen Dienstplan oder Kontakte mit diesem Mitarbeiter)</translation>
    </message>
    <message>
        <source>there is no coaching note %1</source>
        <translation>es gibt keine Coaching-Notiz %1</translation>
    </message>
    <message>
        <source>there is no agent &quot;%1&quot; in the store</source>
        <translation>im Speicher gibt es keinen Mitarbeiter „%1“</translation>
    </message>
    <message>
        <source>coaching note %1 is private: only a note shared with the agent can be acknowledged</source>
        <translation>Coaching-Notiz %1 ist privat: nur eine mit dem Mitarbeiter geteilte Notiz kann bestätigt werden</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>Huddle · quarterly management report</source>
        <translation>Huddle · Quartalsbericht für das Management</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Whole operation</source>
        <translation>Gesamter Betrieb</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Quarterly management report</source>
        <translation>Quartalsbericht für das Management</translation>
    </message>
    <message>
        <source>%1: %2 to %3, compared with %4.</source>
        <translation>%1: %2 bis %3, verglichen mit %4.</translation>
    </message>
    <message>
        <source>Generated %1, times in %2.</source>
        <translation>Erstellt %1, Zeiten in %2.</translation>
    </message>
    <message>
        <source>There are no contacts in this quarter: its figures say “no data”.</source>
        <translation>In diesem Quartal gibt es keine Kontakte: seine Zahlen lauten „keine Daten“.</translation>
    </message>
    <message>
        <source>Improvement actions measured: %1, of which improved: %2; saved by them so far: %3 %4.</source>
        <translation>Gemessene Verbesserungsmaßnahmen: %1, davon verbessert: %2; bisher eingespart: %3 %4.</translation>
    </message>
    <message>
        <source>The quarter at a glance</source>
        <translation>Das Quartal auf einen Blick</translation>
    </message>
    <message>
        <source>Lagging indicators report what customers and the business already felt; the leading ones (FCR, handle time, service level) are where the next quarter is won.</source>
        <translation>Spätindikatoren melden, was Kunden und Unternehmen schon gespürt haben; die Frühindikatoren (FCR, Bearbeitungszeit, Servicelevel) entscheiden das nächste Quartal.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Lagging indicators by month</source>
        <translation>Spätindikatoren je Monat</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Improvement actions and their effect</source>
        <translation>Verbesserungsmaßnahmen und ihre Wirkung</translation>
    </message>
    <message>
        <source>Each action&apos;s target over the weeks before its start against the weeks after (the start&apos;s week in neither), with 95 % intervals. “Improved” only when the after-weeks are clearly better than before, than the trend already under way, and than an untouched comparison (the other reasons, or the other teams) moved. Savings: contacts below the comparison&apos;s expectation × cost per contact; ROI and payback against the action&apos;s cost. A before/after comparison shows what changed, not why.</source>
        <translation>Das Ziel jeder Maßnahme in den Wochen vor ihrem Start gegenüber den Wochen danach (die Startwoche in keiner), mit 95-%-Intervallen. „Verbessert“ nur, wenn die Wochen danach klar besser sind als vorher, als der schon laufende Trend und als ein unberührter Vergleich (die anderen Gründe oder Teams) sich bewegte. Einsparung: Kontakte unter der Erwartung des Vergleichs × Kosten je Kontakt; ROI und Amortisation gegen die Kosten der Maßnahme. Ein Vorher-Nachher-Vergleich zeigt, was sich änderte, nicht warum.</translation>
    </message>
    <message>
        <source>No improvement action had started by the end of the quarter.</source>
        <translation>Bis zum Ende des Quartals hatte keine Verbesserungsmaßnahme begonnen.</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielt auf</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Eingespart</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Open actions by impact and effort</source>
        <translation>Offene Maßnahmen nach Wirkung und Aufwand</translation>
    </message>
    <message>
        <source>No proposed or running actions.</source>
        <translation>Keine vorgeschlagenen oder laufenden Maßnahmen.</translation>
    </message>
    <message>
        <source>High impact and low effort first. Impact: the action&apos;s expected contacts a month, or for a contact reason its contacts of the last four weeks as a month (what removing the cause could save at most).</source>
        <translation>Hohe Wirkung und geringer Aufwand zuerst. Wirkung: die erwarteten Kontakte je Monat der Maßnahme, oder für einen Kontaktgrund seine Kontakte der letzten vier Wochen als Monat (was das Beseitigen der Ursache höchstens sparen kann).</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Contacts a month</source>
        <translation>Kontakte je Monat</translation>
    </message>
    <message>
        <source>Money a month</source>
        <translation>Geld je Monat</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Quarterly management report %1</source>
        <translation>Quartalsbericht für das Management %1</translation>
    </message>
</context>
<context>
    <name>QuarterlyReportData</name>
    <message>
        <source>“%1” is not a quarter such as 2026-Q3.</source>
        <translation>„%1“ ist kein Quartal wie 2026-Q3.</translation>
    </message>
    <message>
        <source>No team “%1” has contacts in %2 or %3.</source>
        <translation>Kein Team „%1“ hat Kontakte in %2 oder %3.</translation>
    </message>
</context>
<context>
    <name>QueueLogSource</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a queue_log: expected epoch|callid|queue|agent|EVENT|... lines or a table with time, callid, queuename, agent, event and data1..data5 columns</source>
        <translation>kein queue_log: erwartet werden Zeilen epoch|callid|queue|agent|EVENT|... oder eine Tabelle mit den Spalten time, callid, queuename, agent, event und data1..data5</translation>
    </message>
    <message>
        <source>the queue_log table has no %1 column</source>
        <translation>die queue_log-Tabelle hat keine Spalte %1</translation>
    </message>
    <message>
        <source>time: expected Unix epoch seconds</source>
        <translation>time: Unix-Epochensekunden erwartet</translation>
    </message>
    <message>
        <source>date_time: expected Unix epoch seconds</source>
        <translation>date_time: Unix-Epochensekunden erwartet</translation>
    </message>
    <message>
        <source>time: expected a date and time</source>
        <translation>time: Datum und Uhrzeit erwartet</translation>
    </message>
    <message>
        <source>a queue_log line has at least 5 fields (epoch|callid|queue|agent|EVENT); this one has %1</source>
        <translation>eine queue_log-Zeile hat mindestens 5 Felder (epoch|callid|queue|agent|EVENT); diese hat %1</translation>
    </message>
    <message>
        <source>a queue_log line is longer than %L1 bytes</source>
        <translation>eine queue_log-Zeile ist länger als %L1 Bytes</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Every KPI in this report, as KPI-DEFINITIONS.md defines it, with the settings in force.</source>
        <translation>Jede KPI dieses Berichts, wie KPI-DEFINITIONS.md sie definiert, mit den geltenden Einstellungen.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
</context>
<context>
    <name>ReviewPages</name>
    <message>
        <source>Agent %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>Agent %1 · team %2</source>
        <translation>Mitarbeiter %1 · Team %2</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>Week %1 · summary</source>
        <translation>Woche %1 · Zusammenfassung</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>⚠ small sample (n = %1)</source>
        <translation>⚠ kleine Stichprobe (n = %1)</translation>
    </message>
    <message>
        <source>previous week %1 (%2)</source>
        <translation>Vorwoche %1 (%2)</translation>
    </message>
    <message>
        <source>previous week %1</source>
        <translation>Vorwoche %1</translation>
    </message>
    <message>
        <source>rising by trend</source>
        <translation>laut Trend steigend</translation>
    </message>
    <message>
        <source>falling by trend</source>
        <translation>laut Trend fallend</translation>
    </message>
    <message>
        <source>flat by trend</source>
        <translation>laut Trend stabil</translation>
    </message>
    <message>
        <source>team median %1</source>
        <translation>Team-Median %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Conflict %1 of %2 · %3</source>
        <translation>Konflikt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Severity high: both moved week over week</source>
        <translation>Schweregrad hoch: beide haben sich gegenüber der Vorwoche bewegt</translation>
    </message>
    <message>
        <source>Severity medium: seen in the trend</source>
        <translation>Schweregrad mittel: im Trend sichtbar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Coaching topic: %1</source>
        <translation>Coaching-Thema: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>No conflicts this week: no two KPIs tell different stories about an agent, team or queue.</source>
        <translation>Keine Konflikte in dieser Woche: keine zwei KPIs erzählen Unterschiedliches über Mitarbeitende, Teams oder Warteschlangen.</translation>
    </message>
    <message>
        <source>Agents needing attention</source>
        <translation>Mitarbeitende mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 · team %3</source>
        <translation>%1. %2 · Team %3</translation>
    </message>
    <message>
        <source>… and %1 more agents with a KPI off target or worsening: see the dashboard&apos;s agents table.</source>
        <translation>… und %1 weitere Mitarbeitende, bei denen eine KPI das Ziel verfehlt oder sich verschlechtert: siehe die Mitarbeitertabelle im Dashboard.</translation>
    </message>
    <message>
        <source>No agent needs attention this week: no conflicts, no KPI clearly off target, no worsening trend.</source>
        <translation>Diese Woche hat niemand Handlungsbedarf: keine Konflikte, keine KPI deutlich außerhalb des Ziels, kein sich verschlechternder Trend.</translation>
    </message>
    <message>
        <source>Agents needing attention (%1 of %2)</source>
        <translation>Mitarbeitende mit Handlungsbedarf (%1 von %2)</translation>
    </message>
    <message>
        <source>Follow-ups due in %1</source>
        <translation>Fällige Wiedervorlagen in %1</translation>
    </message>
    <message>
        <source>No coaching notes yet</source>
        <translation>Noch keine Coaching-Notizen</translation>
    </message>
    <message>
        <source>Follow-ups of coaching notes will be listed here once notes are kept in Huddle.</source>
        <translation>Wiedervorlagen von Coaching-Notizen erscheinen hier, sobald Notizen in Huddle geführt werden.</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · fällig am %2</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number in range</source>
        <translation>eine Zahl im gültigen Bereich</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>ein Prozentwert</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>ein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a duration (seconds or [H:]MM:SS)</source>
        <translation>eine Dauer (Sekunden oder [H:]MM:SS)</translation>
    </message>
    <message>
        <source>a rating on the survey&apos;s scale</source>
        <translation>eine Bewertung auf der Skala der Umfrage</translation>
    </message>
    <message>
        <source>a score from 0 to 10</source>
        <translation>ein Wert von 0 bis 10</translation>
    </message>
    <message>
        <source>the mapping of %1 is not a known function: %2</source>
        <translation>die Zuordnung von %1 ist keine bekannte Funktion: %2</translation>
    </message>
    <message>
        <source>no column is mapped to the required field %1</source>
        <translation>dem Pflichtfeld %1 ist keine Spalte zugeordnet</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; (for %2) is not in the header</source>
        <translation>die Pflichtspalte „%1“ (für %2) steht nicht in der Kopfzeile</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>%1 is required but empty</source>
        <translation>%1 ist ein Pflichtfeld, aber leer</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: erwartet %2</translation>
    </message>
</context>
<context>
    <name>SnapshotRepository</name>
    <message>
        <source>%1: cannot write the KPI snapshot: %2</source>
        <translation>%1: KPI-Momentaufnahme kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the KPI snapshot</source>
        <translation>%1: KPI-Momentaufnahme kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: cannot create the store: %2</source>
        <translation>%1: Der Speicher kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a Huddle store (%2)</source>
        <translation>%1: kein Huddle-Speicher (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Huddle (store version %2; this Huddle reads up to version %3). Update Huddle to open it; the file was not changed.</source>
        <translation>%1 wurde von einem neueren Huddle geschrieben (Speicherversion %2; dieses Huddle liest bis Version %3). Aktualisieren Sie Huddle, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a Huddle store; it was not changed.</source>
        <translation>%1: Diese SQLite-Datei ist kein Huddle-Speicher; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the backup %2 before upgrading: %3</source>
        <translation>%1: Die Sicherungskopie %2 kann vor der Aktualisierung nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the store: %2</source>
        <translation>%1: Der Speicher kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the store&apos;s settings</source>
        <translation>%1: Die Einstellungen des Speichers können nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>the store is in use: another Huddle window or huddle-cli is writing to it. Try again when it has finished</source>
        <translation>der Speicher wird gerade benutzt: Ein anderes Huddle-Fenster oder huddle-cli schreibt hinein. Versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the store cannot be written: the file or its folder is read-only. Check their permissions</source>
        <translation>in den Speicher kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <source>the store file is damaged. Restore it from a backup (the .bak copy Huddle keeps next to it before each upgrade, or your own)</source>
        <translation>die Speicherdatei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her (der .bak-Kopie, die Huddle vor jedem Update daneben ablegt, oder Ihrer eigenen)</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing the store</source>
        <translation>der Datenträger meldete einen Fehler beim Lesen oder Schreiben des Speichers</translation>
    </message>
    <message>
        <source>the store file cannot be opened: its folder is missing or not accessible</source>
        <translation>die Speicherdatei kann nicht geöffnet werden: Ihr Ordner fehlt oder ist nicht zugänglich</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Huddle · weekly review</source>
        <translation>Huddle · Wochenbericht</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Whole operation</source>
        <translation>Gesamter Betrieb</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-Notiz</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenbericht</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Woche %1: %2 bis %3</translation>
    </message>
    <message>
        <source>Generated %1, times in %2.</source>
        <translation>Erstellt %1, Zeiten in %2.</translation>
    </message>
    <message>
        <source>This week: %1 contacts, %2 agents, %3 conflicts, %4 coaching notes written, %5 follow-ups due.</source>
        <translation>Diese Woche: %1 Kontakte, %2 Agenten, %3 Konflikte, %4 Coaching-Notizen geschrieben, %5 Nachfassungen fällig.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Summary and charts</source>
        <translation>Zusammenfassung und Diagramme</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Leading and lagging indicators</source>
        <translation>Früh- und Spätindikatoren</translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation>Kontaktgründe</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Stimme des Kunden</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>One page per agent</source>
        <translation>Eine Seite je Agent</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>FCR, AHT and CSAT by week</source>
        <translation>FCR, AHT und CSAT je Woche</translation>
    </message>
    <message>
        <source>The operation&apos;s weekly figures with their 95 % interval. Triangles mark the weeks in which a conflict involves the KPI; the thin rule marks week %1.</source>
        <translation>Die Wochenzahlen des Betriebs mit ihrem 95-%-Intervall. Dreiecke markieren die Wochen, in denen ein Konflikt die KPI betrifft; die dünne Linie markiert Woche %1.</translation>
    </message>
    <message>
        <source>The team&apos;s weekly figures with their 95 % interval, against the median of all teams. Triangles mark the weeks in which a conflict involves the KPI; the thin rule marks week %1.</source>
        <translation>Die Wochenzahlen des Teams mit ihrem 95-%-Intervall, gegen den Median aller Teams. Dreiecke markieren die Wochen, in denen ein Konflikt die KPI betrifft; die dünne Linie markiert Woche %1.</translation>
    </message>
    <message>
        <source>Coaching topic: %1</source>
        <translation>Coaching-Thema: %1</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Conflicts this week</source>
        <translation>Konflikte dieser Woche</translation>
    </message>
    <message>
        <source>No conflicts this week: no two KPIs tell different stories about an agent, team or queue.</source>
        <translation>Keine Konflikte diese Woche: keine zwei KPIs erzählen Verschiedenes über einen Agenten, ein Team oder eine Warteschlange.</translation>
    </message>
    <message>
        <source>Two KPIs telling different stories about the same agent, team or queue. Severity is high when both moved week over week, medium when a trend carries one of them.</source>
        <translation>Zwei KPIs, die Verschiedenes über denselben Agenten, dasselbe Team oder dieselbe Warteschlange erzählen. Die Schwere ist hoch, wenn sich beide gegenüber der Vorwoche bewegten, mittel, wenn ein Trend eine davon trägt.</translation>
    </message>
    <message>
        <source>No agent has figures in this week.</source>
        <translation>Kein Agent hat Zahlen in dieser Woche.</translation>
    </message>
    <message>
        <source>Each agent&apos;s figures of week %1 with their trend (↑ ↓ →); grey figures rest on a low sample.</source>
        <translation>Die Zahlen jedes Agenten in Woche %1 mit ihrem Trend (↑ ↓ →); graue Zahlen beruhen auf einer kleinen Stichprobe.</translation>
    </message>
    <message>
        <source>Agents needing attention</source>
        <translation>Agenten, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>No agent needs attention this week: no conflicts, no KPI clearly off target, no worsening trend.</source>
        <translation>Kein Agent braucht diese Woche Aufmerksamkeit: keine Konflikte, keine KPI klar neben dem Ziel, kein sich verschlechternder Trend.</translation>
    </message>
    <message>
        <source>Ranked: a conflict weighs 3 (high) or 2 (medium); a KPI whose whole interval misses its target weighs 1; a KPI worsening over at least four weeks weighs 1.</source>
        <translation>Rangfolge: ein Konflikt wiegt 3 (hoch) oder 2 (mittel); eine KPI, deren ganzes Intervall ihr Ziel verfehlt, wiegt 1; eine KPI, die sich über mindestens vier Wochen verschlechtert, wiegt 1.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>… and %1 more: see the dashboard&apos;s agents table.</source>
        <translation>… und %1 weitere: siehe die Agententabelle des Dashboards.</translation>
    </message>
    <message>
        <source>Leading indicators move first and can be steered this week; lagging ones report the outcome weeks later. Each leading KPI&apos;s trend stands beside the lagging KPIs it runs ahead of, with where each heads in four weeks if its trend holds.</source>
        <translation>Frühindikatoren bewegen sich zuerst und lassen sich diese Woche steuern; Spätindikatoren melden das Ergebnis Wochen später. Der Trend jeder Früh-KPI steht neben den Spät-KPIs, denen sie vorausläuft, mit dem Stand, den jede in vier Wochen erreicht, wenn ihr Trend anhält.</translation>
    </message>
    <message>
        <source>Not enough weeks with figures for trends yet.</source>
        <translation>Noch nicht genug Wochen mit Zahlen für Trends.</translation>
    </message>
    <message>
        <source>No contact has a reason in weeks %1 to %2.</source>
        <translation>Kein Kontakt hat einen Grund in den Wochen %1 bis %2.</translation>
    </message>
    <message>
        <source>Why customers contacted us over the %1 weeks up to week %2, biggest first (Pareto). Structural: a steady share of at least the set threshold for four weeks in a row, worth fixing at the source. Incident: a spike that came and went.</source>
        <translation>Warum Kunden uns in den %1 Wochen bis Woche %2 kontaktierten, die größten zuerst (Pareto). Strukturell: vier Wochen in Folge ein fester Anteil von mindestens der eingestellten Schwelle, wert, an der Quelle behoben zu werden. Vorfall: eine Spitze, die kam und ging.</translation>
    </message>
    <message>
        <source>… and %1 more reasons with %2 % of the contacts.</source>
        <translation>… und %1 weitere Gründe mit %2 % der Kontakte.</translation>
    </message>
    <message>
        <source>What the figures cost or could save, at the cost per contact and customer value in the settings (%1). Repeat cost: repeat contacts × cost per contact. FCR gain: what reaching the FCR target would save. Churn value at risk: customers lost × customer value (the whole operation only).</source>
        <translation>Was die Zahlen kosten oder sparen könnten, zu den Kosten je Kontakt und dem Kundenwert aus den Einstellungen (%1). Kosten der Wiederholkontakte: Wiederholkontakte × Kosten je Kontakt. FCR-Gewinn: was das Erreichen des FCR-Ziels sparen würde. Abwanderungswert: verlorene Kunden × Kundenwert (nur der gesamte Betrieb).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>No survey comments this week.</source>
        <translation>Keine Umfragekommentare diese Woche.</translation>
    </message>
    <message>
        <source>The week&apos;s lowest- and highest-rated survey comments. Numbers and e-mail addresses in comments are blanked out; customers are never named.</source>
        <translation>Die am niedrigsten und am höchsten bewerteten Umfragekommentare der Woche. Nummern und E-Mail-Adressen in Kommentaren sind geschwärzt; Kunden werden nie genannt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>(private note: not printed)</source>
        <translation>(private Notiz: nicht gedruckt)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes written this week</source>
        <translation>Notizen dieser Woche</translation>
    </message>
    <message>
        <source>No coaching notes were written this week.</source>
        <translation>Diese Woche wurden keine Coaching-Notizen geschrieben.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Nachfassungen</translation>
    </message>
    <message>
        <source>No follow-ups are due by the end of the week.</source>
        <translation>Bis zum Ende der Woche sind keine Nachfassungen fällig.</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <source>Conflicts in the %1 weeks shown</source>
        <translation>Konflikte in den %1 gezeigten Wochen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Wochenbericht %1</translation>
    </message>
    <message>
        <source>There are no contacts in this week: its figures say “no data”.</source>
        <translation>In dieser Woche gibt es keine Kontakte: ihre Zahlen lauten „keine Daten“.</translation>
    </message>
</context>
<context>
    <name>WeeklyReportData</name>
    <message>
        <source>“%1” is not an ISO week such as 2026-W47.</source>
        <translation>„%1“ ist keine ISO-Woche wie 2026-W47.</translation>
    </message>
    <message>
        <source>No team “%1” has contacts in the 13 weeks up to %2.</source>
        <translation>Kein Team „%1“ hat Kontakte in den 13 Wochen bis %2.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the shared strings are not readable XML: %1</source>
        <translation>die gemeinsamen Texte sind kein lesbares XML: %1</translation>
    </message>
    <message>
        <source>the styles are not readable XML: %1</source>
        <translation>die Formatvorlagen sind kein lesbares XML: %1</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx): the file is not a readable zip archive</source>
        <translation>keine Excel-Arbeitsmappe (.xlsx): die Datei ist kein lesbares ZIP-Archiv</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx): it lists no sheets</source>
        <translation>keine Excel-Arbeitsmappe (.xlsx): sie enthält keine Blätter</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot; (it has: %2)</source>
        <translation>die Arbeitsmappe hat kein Blatt namens „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is missing from the workbook</source>
        <translation>das Blatt „%1“ fehlt in der Arbeitsmappe</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; cannot be read</source>
        <translation>das Blatt „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the workbook&apos;s list of sheets is not readable XML: %1</source>
        <translation>die Blattliste der Arbeitsmappe ist kein lesbares XML: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has a cell with a bad reference &quot;%2&quot; in row %3</source>
        <translation>das Blatt „%1“ hat in Zeile %3 eine Zelle mit einem ungültigen Bezug „%2“</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has a cell %2 that refers to shared string %3, but the workbook has only %4 shared strings</source>
        <translation>das Blatt „%1“ hat eine Zelle %2, die auf den gemeinsamen Text %3 verweist, aber die Arbeitsmappe hat nur %4 gemeinsame Texte</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet &quot;%1&quot; cannot be unpacked (zip error %2)</source>
        <translation>die Arbeitsmappe ist beschädigt: das Blatt „%1“ kann nicht entpackt werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is not readable XML in row %2: %3</source>
        <translation>das Blatt „%1“ ist in Zeile %2 kein lesbares XML: %3</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is not readable XML after row %2: %3</source>
        <translation>das Blatt „%1“ ist nach Zeile %2 kein lesbares XML: %3</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is not readable XML: %2</source>
        <translation>das Blatt „%1“ ist kein lesbares XML: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ActionDialog</name>
    <message>
        <source>Improvement action %1</source>
        <translation>Verbesserungsmaßnahme %1</translation>
    </message>
    <message>
        <source>New improvement action</source>
        <translation>Neue Verbesserungsmaßnahme</translation>
    </message>
    <message>
        <source>estimate from the data</source>
        <translation>aus den Daten schätzen</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>Contact &amp;reason:</source>
        <translation>Kontakt&amp;grund:</translation>
    </message>
    <message>
        <source>or &amp;KPI:</source>
        <translation>oder K&amp;PI:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Aufwand:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>E&amp;xpected contacts saved a month:</source>
        <translation>Erwartete eingesparte Kontakte je &amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ActionModel</name>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>keine klare Veränderung</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>schneller Gewinn</translation>
    </message>
    <message>
        <source>major project</source>
        <translation>Großprojekt</translation>
    </message>
    <message>
        <source>fill-in</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>thankless</source>
        <translation>undankbar</translation>
    </message>
    <message>
        <source>impact unknown</source>
        <translation>Wirkung unbekannt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Zielt auf</translation>
    </message>
    <message>
        <source>Team or queue</source>
        <translation>Team oder Warteschlange</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Saved so far</source>
        <translation>Bisher eingespart</translation>
    </message>
    <message>
        <source>Impact and effort</source>
        <translation>Wirkung und Aufwand</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ActionsWidget</name>
    <message>
        <source>Improvement actions</source>
        <translation>Verbesserungsmaßnahmen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Neue Maßnahme…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Verbesserungsmaßnahme</translation>
    </message>
    <message>
        <source>No start date: nothing to measure yet.</source>
        <translation>Kein Startdatum: noch nichts zu messen.</translation>
    </message>
    <message>
        <source>Select an action to see what it did.</source>
        <translation>Wählen Sie eine Maßnahme, um zu sehen, was sie bewirkt hat.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1: %2 in the %3 weeks before week %4, %5 in the %6 weeks after.</source>
        <translation>%1: %2 in den %3 Wochen vor Woche %4, %5 in den %6 Wochen danach.</translation>
    </message>
    <message>
        <source>The trend already under way would have given %1.</source>
        <translation>Der schon laufende Trend hätte %1 ergeben.</translation>
    </message>
    <message>
        <source>Moving as the untouched comparison moved would have given %1.</source>
        <translation>Eine Bewegung wie beim unberührten Vergleich hätte %1 ergeben.</translation>
    </message>
    <message>
        <source>Verdict: %1.</source>
        <translation>Urteil: %1.</translation>
    </message>
    <message>
        <source>Saved so far: %1 %2.</source>
        <translation>Bisher eingespart: %1 %2.</translation>
    </message>
    <message>
        <source>ROI %1 %, payback in %2 weeks.</source>
        <translation>ROI %1 %, Amortisation in %2 Wochen.</translation>
    </message>
    <message>
        <source>A before/after comparison shows what changed, not why.</source>
        <translation>Ein Vorher-Nachher-Vergleich zeigt, was sich änderte, nicht warum.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentKpiModel</name>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentView</name>
    <message>
        <source>Reading contact reasons…</source>
        <translation>Kontaktgründe werden gelesen…</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation>Kontaktgründe</translation>
    </message>
    <message>
        <source>Conflicts in these weeks</source>
        <translation>Konflikte in diesen Wochen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s), biggest first</source>
        <translation>
            <numerusform>%n Grund, größter zuerst</numerusform>
            <numerusform>%n Gründe, größte zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Coaching topic: %1</source>
        <translation>Coaching-Thema: %1</translation>
    </message>
    <message>
        <source>No coaching notes for this agent yet.</source>
        <translation>Noch keine Coaching-Notizen für diesen Mitarbeiter.</translation>
    </message>
    <message>
        <source>Double-click a conflict to write a coaching note about it.</source>
        <translation>Doppelklicken Sie auf einen Konflikt, um eine Coaching-Notiz dazu zu schreiben.</translation>
    </message>
    <message>
        <source>Double-click a note to edit it.</source>
        <translation>Doppelklicken Sie auf eine Notiz, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Effect of the coaching note</source>
        <translation>Wirkung der Coaching-Notiz</translation>
    </message>
    <message>
        <source>Select a note with a KPI to see that KPI before and after it.</source>
        <translation>Wählen Sie eine Notiz mit einer KPI, um diese KPI davor und danach zu sehen.</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Neue Notiz…</translation>
    </message>
    <message>
        <source>Measuring the effects…</source>
        <translation>Wirkungen werden gemessen…</translation>
    </message>
    <message>
        <source>This note names no KPI, so its effect cannot be measured: add one in the editor.</source>
        <translation>Diese Notiz nennt keine KPI, daher lässt sich ihre Wirkung nicht messen: Fügen Sie im Editor eine hinzu.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingWidget</name>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message>
        <source>Double-click a note to edit it.</source>
        <translation>Doppelklicken Sie auf eine Notiz, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Neue Notiz…</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Effect of coaching by KPI</source>
        <translation>Wirkung des Coachings je KPI</translation>
    </message>
    <message>
        <source>How often coaching was followed by improvement</source>
        <translation>Wie oft auf Coaching eine Verbesserung folgte</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Gelöschte Notizen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>With deleted</source>
        <translation>Mit gelöschten</translation>
    </message>
    <message>
        <source>In the bin only</source>
        <translation>Nur Papierkorb</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Written from</source>
        <translation>Geschrieben ab</translation>
    </message>
    <message>
        <source>Written until</source>
        <translation>Geschrieben bis</translation>
    </message>
    <message>
        <source>Search what was observed or agreed</source>
        <translation>Beobachtetes oder Vereinbartes durchsuchen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Written &amp;from:</source>
        <translation>Geschrieben a&amp;b:</translation>
    </message>
    <message>
        <source>u&amp;ntil:</source>
        <translation>b&amp;is:</translation>
    </message>
    <message>
        <source>Measuring the effects…</source>
        <translation>Wirkungen werden gemessen…</translation>
    </message>
    <message numerus="yes">
        <source>Open notes to follow up by the end of %1 (%2), overdue ones too: %n note(s).</source>
        <translation>
            <numerusform>Offene Notizen zur Wiedervorlage bis Ende %1 (%2), auch überfällige: %n Notiz.</numerusform>
            <numerusform>Offene Notizen zur Wiedervorlage bis Ende %1 (%2), auch überfällige: %n Notizen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a week on the dashboard to see the follow-ups due.</source>
        <translation>Wählen Sie im Dashboard eine Woche, um die fälligen Wiedervorlagen zu sehen.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ColourScaleLegend</name>
    <message>
        <source>Colour scale from %1 to %2, target %3</source>
        <translation>Farbskala von %1 bis %2, Ziel %3</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>orange: worse than target · blue: better</source>
        <translation>Orange: schlechter als Ziel · Blau: besser</translation>
    </message>
    <message>
        <source>fewer than %1 contacts</source>
        <translation>weniger als %1 Kontakte</translation>
    </message>
    <message>
        <source>no contacts</source>
        <translation>keine Kontakte</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DashboardWidget</name>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Search agents or teams</source>
        <translation>Mitarbeitende oder Teams suchen</translation>
    </message>
    <message>
        <source>Search agents</source>
        <translation>Mitarbeitende suchen</translation>
    </message>
    <message>
        <source>Conflicts this week</source>
        <translation>Konflikte dieser Woche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts this week&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konflikte dieser Woche&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Coaching topic: %1</source>
        <translation>Coaching-Thema: %1</translation>
    </message>
    <message>
        <source>No conflicts this week.</source>
        <translation>Keine Konflikte in dieser Woche.</translation>
    </message>
    <message>
        <source>Operation, teams and agents</source>
        <translation>Betrieb, Teams und Mitarbeitende</translation>
    </message>
    <message>
        <source>Shown for</source>
        <translation>Angezeigt für</translation>
    </message>
    <message>
        <source>Double-click an agent to open their view, a figure to list its contacts.</source>
        <translation>Doppelklicken Sie auf einen Mitarbeiter, um seine Ansicht zu öffnen, oder auf eine Kennzahl, um ihre Kontakte aufzulisten.</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige Woche (Alt+Links)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Warteschla&amp;nge:</translation>
    </message>
    <message>
        <source>No contacts for these filters.</source>
        <translation>Keine Kontakte für diese Filter.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>%1 (agent)</source>
        <translation>%1 (Mitarbeiter)</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (Team)</translation>
    </message>
    <message>
        <source>%1 (queue)</source>
        <translation>%1 (Warteschlange)</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>&amp;Write a coaching note…</source>
        <translation>Coaching-Notiz &amp;schreiben…</translation>
    </message>
    <message>
        <source>A coaching note about the selected conflict, pre-filled from it</source>
        <translation>Eine Coaching-Notiz zum gewählten Konflikt, daraus vorausgefüllt</translation>
    </message>
    <message>
        <source>note written</source>
        <translation>Notiz geschrieben</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Kana&amp;l:</translation>
    </message>
    <message>
        <source>Im&amp;provement action…</source>
        <translation>Verbesserungsmaßnahme &amp;planen…</translation>
    </message>
    <message>
        <source>An improvement action on the KPI the selected conflict puts at risk, pre-filled from it</source>
        <translation>Eine Verbesserungsmaßnahme für den KPI, den der gewählte Konflikt gefährdet, aus ihm vorausgefüllt</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DrillDownDialog</name>
    <message>
        <source>Numerator</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Nenner</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>whole operation</source>
        <translation>gesamter Betrieb</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Contacts behind %1 — %2</source>
        <translation>Kontakte hinter %1 — %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Part of the figure</source>
        <translation>Teil der Kennzahl</translation>
    </message>
    <message>
        <source>Numerator: the rows the figure counts; denominator: all rows it is taken over; failed: the denominator&apos;s rows the numerator leaves out (for NPS, the detractors).</source>
        <translation>Zähler: die Zeilen, die die Kennzahl zählt; Nenner: alle Zeilen, über die sie gebildet wird; nicht erfüllt: die Zeilen des Nenners, die der Zähler auslässt (beim NPS die Kritiker).</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Teil:</translation>
    </message>
    <message>
        <source>Search contacts, agents, queues, comments</source>
        <translation>Kontakte, Mitarbeitende, Warteschlangen, Kommentare durchsuchen</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Zeilen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Rows behind the figure</source>
        <translation>Zeilen hinter der Kennzahl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Listing rows</source>
        <translation>Zeilen werden aufgelistet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>Listing the rows…</source>
        <translation>Zeilen werden aufgelistet…</translation>
    </message>
    <message>
        <source>Cannot list the rows: %1</source>
        <translation>Die Zeilen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Zeilen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DrillDownModel</name>
    <message>
        <source>CSAT %1/%2</source>
        <translation>CSAT %1/%2</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CES %1/%2</source>
        <translation>CES %1/%2</translation>
    </message>
    <message>
        <source>QA evaluation %1</source>
        <translation>QA-Bewertung %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DriverForestPlot</name>
    <message>
        <source>Drivers of %1 with their 95 % intervals</source>
        <translation>Treiber von %1 mit ihren 95-%-Intervallen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n agent-week(s)</source>
        <translation>
            <numerusform>%1: %n Agentenwoche</numerusform>
            <numerusform>%1: %n Agentenwochen</numerusform>
        </translation>
    </message>
    <message>
        <source>with one standard deviation more of the driver</source>
        <translation>bei einer Standardabweichung mehr des Treibers</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DriversModel</name>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>One standard deviation of the driver over the agent-weeks used</source>
        <translation>Eine Standardabweichung des Treibers über die verwendeten Agentenwochen</translation>
    </message>
    <message>
        <source>How much more %1 goes with one standard deviation more of %2, the other drivers held equal</source>
        <translation>Wie viel mehr %1 mit einer Standardabweichung mehr %2 einhergeht, bei gleichen übrigen Treibern</translation>
    </message>
    <message>
        <source>Correlation with %1 alone, 95 % interval %2 … %3</source>
        <translation>Korrelation mit %1 allein, 95-%-Intervall %2 … %3</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnisgröße</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>1 SD of the driver</source>
        <translation>1 SD des Treibers</translation>
    </message>
    <message>
        <source>With 1 SD more</source>
        <translation>Bei 1 SD mehr</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Agent-weeks</source>
        <translation>Agentenwochen</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DriversPanel</name>
    <message>
        <source>Drivers of satisfaction</source>
        <translation>Treiber der Zufriedenheit</translation>
    </message>
    <message>
        <source>Which KPIs move with satisfaction across the agent-weeks of this question: each driver&apos;s effect is how much more CSAT or NPS goes with one standard deviation more of it, the other drivers held equal, with its 95 % interval. A driver is clear when its interval excludes 0.</source>
        <translation>Welche KPIs sich über die Agentenwochen dieser Frage mit der Zufriedenheit bewegen: Der Effekt eines Treibers ist, wie viel mehr CSAT oder NPS mit einer Standardabweichung mehr davon einhergeht, bei gleichen übrigen Treibern, mit seinem 95-%-Intervall. Ein Treiber ist eindeutig, wenn sein Intervall 0 ausschließt.</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>Vorbehalt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n agent-week(s) with enough answers</source>
        <translation>
            <numerusform>%1: %n Agentenwoche mit genug Antworten</numerusform>
            <numerusform>%1: %n Agentenwochen mit genug Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n more left out because a driver had no data</source>
        <translation>
            <numerusform>, %n weitere ausgelassen, weil einem Treiber Daten fehlten</numerusform>
            <numerusform>, %n weitere ausgelassen, weil einem Treiber Daten fehlten</numerusform>
        </translation>
    </message>
    <message>
        <source>, R² %1 (the share of its variation the drivers account for together)</source>
        <translation>, R² %1 (der Anteil der Streuung, den die Treiber zusammen erklären)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::HourOfWeekModel</name>
    <message>
        <source>%1 %2:00–%2:59: no contacts</source>
        <translation>%1 %2:00–%2:59: keine Kontakte</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59: %3</source>
        <translation>%1 %2:00–%2:59: %3</translation>
    </message>
</context>
<context>
    <name>huddle::ui::HourOfWeekPanel</name>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1 by weekday and hour</source>
        <translation>%1 nach Wochentag und Stunde</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImpactMatrixView</name>
    <message>
        <source>Quick wins: high impact, low effort — first</source>
        <translation>Schnelle Erfolge: große Wirkung, wenig Aufwand — zuerst</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Große Projekte</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Thankless</source>
        <translation>Undankbar</translation>
    </message>
    <message>
        <source>Impact–effort matrix of the open actions</source>
        <translation>Wirkung-Aufwand-Matrix der offenen Maßnahmen</translation>
    </message>
    <message>
        <source>%1
%2 contacts a month, %3 effort: %4</source>
        <translation>%1
%2 Kontakte im Monat, Aufwand %3: %4</translation>
    </message>
    <message>
        <source>about %1 %2 a month</source>
        <translation>etwa %1 %2 im Monat</translation>
    </message>
    <message>
        <source>Impact and effort of the open actions</source>
        <translation>Wirkung und Aufwand der offenen Maßnahmen</translation>
    </message>
    <message>
        <source>Contacts a month</source>
        <translation>Kontakte im Monat</translation>
    </message>
    <message>
        <source>%1 effort</source>
        <translation>Aufwand: %1</translation>
    </message>
    <message>
        <source>No open action with an impact to place yet.</source>
        <translation>Noch keine offene Maßnahme mit einer Wirkung, die sich eintragen lässt.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) without an expected impact are not placed.</source>
        <translation>
            <numerusform>%n offene Maßnahme ohne erwartete Wirkung ist nicht eingetragen.</numerusform>
            <numerusform>%n offene Maßnahmen ohne erwartete Wirkung sind nicht eingetragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportCheckPage</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Every row is read and checked; nothing is written yet.</source>
        <translation>Jede Zeile wird gelesen und geprüft; noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The rows are written in one step: if you cancel, nothing is imported.</source>
        <translation>Die Zeilen werden in einem Schritt geschrieben: Wenn Sie abbrechen, wird nichts importiert.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly; nothing was imported.</source>
        <translation>Der Import wurde unerwartet beendet; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Ready: %1 new rows, %2 already in the store, %3 rejected.</source>
        <translation>Bereit: %1 neue Zeilen, %2 bereits im Speicher, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>Imported: %1 new rows, %2 already in the store, %3 rejected.</source>
        <translation>Importiert: %1 neue Zeilen, %2 bereits im Speicher, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid, so nothing would be imported. Fix the file, or go back and choose to skip invalid rows.</source>
        <translation>%1 von %2 Zeilen sind ungültig, daher würde nichts importiert. Korrigieren Sie die Datei, oder gehen Sie zurück und lassen Sie ungültige Zeilen überspringen.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The store could not be written: %1</source>
        <translation>Der Speicher konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>This exact file was imported before (import %1).</source>
        <translation>Genau diese Datei wurde bereits importiert (Import %1).</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportFilePage</name>
    <message>
        <source>Interactions (calls, chats, e-mails)</source>
        <translation>Interaktionen (Anrufe, Chats, E-Mails)</translation>
    </message>
    <message>
        <source>Surveys (CSAT, NPS, CES)</source>
        <translation>Umfragen (CSAT, NPS, CES)</translation>
    </message>
    <message>
        <source>QA evaluations</source>
        <translation>QA-Bewertungen</translation>
    </message>
    <message>
        <source>Agents (roster)</source>
        <translation>Mitarbeitende (Dienstplan)</translation>
    </message>
    <message>
        <source>Engagement pulses</source>
        <translation>Engagement-Pulse</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Summary report (per day or interval)</source>
        <translation>Übersichtsbericht (pro Tag oder Intervall)</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Export auswählen</translation>
    </message>
    <message>
        <source>Pick or drop the file your contact-center platform exported: CSV, Excel (.xlsx), Asterisk queue_log or Amazon Connect records.</source>
        <translation>Wählen Sie die Datei, die Ihre Contact-Center-Plattform exportiert hat, oder ziehen Sie sie hierher: CSV, Excel (.xlsx), Asterisk queue_log oder Amazon-Connect-Datensätze.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Inhalt der Datei</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>Nothing is written until the last step, and an import can be undone later from File › Import history.</source>
        <translation>Bis zum letzten Schritt wird nichts geschrieben, und ein Import kann später unter Datei › Importverlauf rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Import an export</source>
        <translation>Einen Export importieren</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx *.json *.jsonl *queue_log*);;All files (*)</source>
        <translation>Exporte (*.csv *.txt *.tsv *.xlsx *.json *.jsonl *queue_log*);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove every row that import %1 added? Rows that other imports also brought stay.</source>
        <translation>Alle Zeilen entfernen, die Import %1 hinzugefügt hat? Zeilen, die auch andere Importe geliefert haben, bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryModel</name>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Reject the whole file if any row is invalid (the store stays as it was)</source>
        <translation>Die ganze Datei &amp;ablehnen, wenn eine Zeile ungültig ist (der Speicher bleibt unverändert)</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows and import the rest</source>
        <translation>Ungültige Zeilen &amp;überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose a preset for your platform&apos;s export, or say which column holds each field. Only the ids and times are required.</source>
        <translation>Wählen Sie eine Vorlage für den Export Ihrer Plattform oder legen Sie fest, welche Spalte welches Feld enthält. Nur die IDs und Zeiten sind Pflicht.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Huddle format (docs/formats.md)</source>
        <translation>Huddle-Format (docs/formats.md)</translation>
    </message>
    <message>
        <source>Load a mapping file…</source>
        <translation>Zuordnungsdatei laden…</translation>
    </message>
    <message>
        <source>Load a mapping file</source>
        <translation>Zuordnungsdatei laden</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Zuordnungsdatei</translation>
    </message>
    <message>
        <source>This mapping is for %1, not %2.</source>
        <translation>Diese Zuordnung ist für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>This format has its own reader: no columns to choose.</source>
        <translation>Dieses Format hat einen eigenen Leser: keine Spalten zu wählen.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first rows as Huddle reads them. If the columns look wrong, choose the encoding or delimiter yourself.</source>
        <translation>Die ersten Zeilen, wie Huddle sie liest. Wenn die Spalten falsch aussehen, wählen Sie Kodierung oder Trennzeichen selbst.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Excel workbook: the first sheet is read.</source>
        <translation>Excel-Arbeitsmappe: das erste Blatt wird gelesen.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Read as %1, fields separated by &quot;%2&quot;.</source>
        <translation>Gelesen als %1, Felder getrennt durch „%2“.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>huddle::ui::InsightsWidget</name>
    <message>
        <source>Leading and lagging indicators</source>
        <translation>Früh- und Spätindikatoren</translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation>Kontaktgründe</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Wird berechnet</translation>
    </message>
    <message>
        <source>Leading indicators move first: steer on them day to day. Lagging indicators report the outcome weeks later. Each line puts a leading KPI beside a lagging KPI it tends to precede: the newest week&apos;s value, the trend (rising or falling only when its 95 % interval excludes no change) and where that trend leads in four weeks (hover for each week and its interval).</source>
        <translation>Frühindikatoren bewegen sich zuerst: steuern Sie täglich nach ihnen. Spätindikatoren zeigen das Ergebnis erst Wochen später. Jede Zeile stellt einen Frühindikator neben einen Spätindikator, dem er meist vorausgeht: den Wert der neuesten Woche, den Trend (steigend oder fallend nur, wenn das 95-%-Intervall „keine Veränderung“ ausschließt) und wohin dieser Trend in vier Wochen führt (mit der Maus zeigen: jede Woche mit ihrem Intervall).</translation>
    </message>
    <message>
        <source>Leading vs lagging</source>
        <translation>Früh- und Spätindikatoren</translation>
    </message>
    <message>
        <source>By hour of week</source>
        <translation>Nach Wochenstunde</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>No contacts for this question.</source>
        <translation>Keine Kontakte für diese Auswahl.</translation>
    </message>
    <message>
        <source>Local hours in the store&apos;s time zone (%1), the question&apos;s dates folded onto one week. Summary reports have no hour and are left out.</source>
        <translation>Ortszeit in der Zeitzone des Speichers (%1), die Tage der Auswahl auf eine Woche zusammengelegt. Übersichtsberichte haben keine Uhrzeit und zählen nicht mit.</translation>
    </message>
    <message>
        <source>Improvement action for this rea&amp;son…</source>
        <translation>Verbesserungsmaßnahme für diesen Gr&amp;und…</translation>
    </message>
    <message>
        <source>What drives satisfaction</source>
        <translation>Was die Zufriedenheit treibt</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Stimme des Kunden</translation>
    </message>
</context>
<context>
    <name>huddle::ui::InteractionsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gesprächszeit</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
</context>
<context>
    <name>huddle::ui::KpiChartView</name>
    <message>
        <source>%1 by week</source>
        <translation>%1 pro Woche</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-Notiz</translation>
    </message>
    <message>
        <source>Coaching notes of %1:</source>
        <translation>Coaching-Notizen von %1:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::KpiTile</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>huddle::ui::LeadingIndicatorsModel</name>
    <message>
        <source>too few weeks</source>
        <translation>zu wenige Wochen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Leading indicator</source>
        <translation>Frühindikator</translation>
    </message>
    <message>
        <source>Its trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Lagging indicator it precedes</source>
        <translation>Spätindikator, dem er vorausgeht</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>If the trend of the last weeks holds:</source>
        <translation>Wenn der Trend der letzten Wochen anhält:</translation>
    </message>
    <message>
        <source>%1: %2 (95 %: %3 – %4)</source>
        <translation>%1: %2 (95 %: %3 – %4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 rising (%2 a week)</source>
        <translation>%1 steigend (%2 pro Woche)</translation>
    </message>
    <message>
        <source>%1 falling (%2 a week)</source>
        <translation>%1 fallend (%2 pro Woche)</translation>
    </message>
    <message>
        <source>%1 flat</source>
        <translation>%1 stabil</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Where it heads</source>
        <translation>Prognose</translation>
    </message>
</context>
<context>
    <name>huddle::ui::MainWindow</name>
    <message>
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <source>Search loaded contacts (agent, queue, reason, …)</source>
        <translation>Geladene Kontakte durchsuchen (Mitarbeiter, Warteschlange, Grund, …)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Imported contacts</source>
        <translation>Importierte Kontakte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Huddle</source>
        <translation>&amp;Über Huddle</translation>
    </message>
    <message>
        <source>About Huddle</source>
        <translation>Über Huddle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Huddle %1&lt;/b&gt;&lt;p&gt;Contact-center KPIs for team leaders: fast, resolved and felt.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Huddle %1&lt;/b&gt;&lt;p&gt;Contact-Center-KPIs für Teamleiter: schnell, gelöst und gefühlt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Contacts: %1 · Surveys: %2 · Agents: %3 · Imports: %4</source>
        <translation>Kontakte: %1 · Umfragen: %2 · Mitarbeitende: %3 · Importe: %4</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>Huddle stores (*.huddle *.sqlite);;All files (*)</source>
        <translation>Huddle-Speicher (*.huddle *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Da&amp;shboard</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Einblicke</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Neuer Speicher…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;view mode</source>
        <translation>&amp;Besprechungsmodus</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <source>Huddle stores (*.huddle)</source>
        <translation>Huddle-Speicher (*.huddle)</translation>
    </message>
    <message>
        <source>%1 exists already: open it with File › Open store.</source>
        <translation>%1 existiert bereits: öffnen Sie ihn über Datei › Speicher öffnen.</translation>
    </message>
    <message>
        <source>C&amp;oaching</source>
        <translation>C&amp;oaching</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>There is nothing to report yet: import contacts first.</source>
        <translation>Es gibt noch nichts zu berichten: importieren Sie zuerst Kontakte.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Zahlen werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben…</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages).</source>
        <translation>Bericht nach %1 geschrieben (%2 Seiten).</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Remove the cause of “%1” contacts</source>
        <translation>Die Ursache der „%1“-Kontakte beseitigen</translation>
    </message>
    <message>
        <source>Fewer “%1” contacts</source>
        <translation>Weniger „%1“-Kontakte</translation>
    </message>
</context>
<context>
    <name>huddle::ui::NoteEditor</name>
    <message>
        <source>&amp;Shared with the agent</source>
        <translation>Mit dem Mitarbeiter &amp;geteilt</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-Notiz</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>History of the note</source>
        <translation>Verlauf der Notiz</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>Gespeicherter Stand</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>L&amp;öschen</translation>
    </message>
    <message>
        <source>Move the note to the bin: it can be restored</source>
        <translation>Die Notiz in den Papierkorb legen: Sie kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Wiederher&amp;stellen</translation>
    </message>
    <message>
        <source>Agent &amp;acknowledged</source>
        <translation>Mitarbeiter hat best&amp;ätigt</translation>
    </message>
    <message>
        <source>The agent has read this shared note</source>
        <translation>Der Mitarbeiter hat diese geteilte Notiz gelesen</translation>
    </message>
    <message>
        <source>&amp;Export for the agent…</source>
        <translation>Für den Mitarbeiter e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the shared note as Markdown to print or send</source>
        <translation>Die geteilte Notiz als Markdown speichern, zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>the week it was written, or e.g. 2026-W45</source>
        <translation>die Woche, in der sie geschrieben wurde, oder z. B. 2026-W45</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>The KPIs the note is about: their effect is measured before and after the note&apos;s week</source>
        <translation>Die KPIs, um die es in der Notiz geht: Ihre Wirkung wird vor und nach der Woche der Notiz gemessen</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>&amp;KPIs:</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Conflict:</source>
        <translation>Konflikt:</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>What you and the agent agreed on</source>
        <translation>Was Sie und der Mitarbeiter vereinbart haben</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>&amp;Observed:</source>
        <translation>&amp;Beobachtet:</translation>
    </message>
    <message>
        <source>A&amp;greed:</source>
        <translation>Ver&amp;einbart:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>Kein Wiedervorlagedatum</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Wieder&amp;vorlage:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Shared notes can be printed for the agent; private ones are the team leader&apos;s own</source>
        <translation>Geteilte Notizen können für den Mitarbeiter gedruckt werden; private gehören nur der Teamleitung</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Coaching note %1 · %2</source>
        <translation>Coaching-Notiz %1 · %2</translation>
    </message>
    <message>
        <source>New coaching note</source>
        <translation>Neue Coaching-Notiz</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>In the bin since %1: Restore brings it back</source>
        <translation>Im Papierkorb seit %1: Wiederherstellen holt sie zurück</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Änderungen werden beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Not stored yet: it is stored at your first change, or by Save</source>
        <translation>Noch nicht gespeichert: Das geschieht bei Ihrer ersten Änderung oder mit Speichern</translation>
    </message>
    <message>
        <source>acknowledged on %1</source>
        <translation>bestätigt am %1</translation>
    </message>
    <message>
        <source>Export the note for the agent</source>
        <translation>Die Notiz für den Mitarbeiter exportieren</translation>
    </message>
    <message>
        <source>coaching-note-%1.md</source>
        <translation>coaching-notiz-%1.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the note</source>
        <translation>Die Notiz exportieren</translation>
    </message>
</context>
<context>
    <name>huddle::ui::NoteHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>huddle::ui::NoteModel</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Geschrieben von %1 am %2</translation>
    </message>
    <message>
        <source>Written from the conflict &quot;%1&quot;</source>
        <translation>Geschrieben zum Konflikt „%1“</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>shared, acknowledged</source>
        <translation>geteilt, bestätigt</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ParetoChartView</name>
    <message>
        <source>Contact reasons, biggest first, with their cumulative share</source>
        <translation>Kontaktgründe, größte zuerst, mit ihrem kumulierten Anteil</translation>
    </message>
    <message>
        <source>Contact reasons (Pareto)</source>
        <translation>Kontaktgründe (Pareto)</translation>
    </message>
    <message>
        <source>Structural</source>
        <translation>Strukturell</translation>
    </message>
    <message>
        <source>Had incident days</source>
        <translation>Mit Vorfalltagen</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Übrige Gründe</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message numerus="yes">
        <source>%n other reasons</source>
        <translation>
            <numerusform>%n anderer Grund</numerusform>
            <numerusform>%n andere Gründe</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ReasonParetoModel</name>
    <message>
        <source>structural</source>
        <translation>strukturell</translation>
    </message>
    <message>
        <source>incident on %1</source>
        <translation>Vorfall am %1</translation>
    </message>
    <message>
        <source>At least the structural share of contacts for 4 weeks in a row.</source>
        <translation>Mindestens der strukturelle Anteil der Kontakte, 4 Wochen in Folge.</translation>
    </message>
    <message>
        <source>Daily volume above its trailing 28-day mean + 3 σ, back below within 7 days.</source>
        <translation>Tagesvolumen über dem gleitenden 28-Tage-Mittel + 3 σ, innerhalb von 7 Tagen wieder darunter.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Wiederholungsquote</translation>
    </message>
    <message>
        <source>Structural or incident</source>
        <translation>Strukturell oder Vorfall</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ReportExportDialog</name>
    <message>
        <source>Add one page per &amp;agent</source>
        <translation>Eine Seite je &amp;Agent hinzufügen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Whole operation</source>
        <translation>Gesamter Betrieb</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation>&amp;Bericht über:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenbericht</translation>
    </message>
    <message>
        <source>Quarterly management report</source>
        <translation>Quartalsbericht für das Management</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>Beri&amp;cht:</translation>
    </message>
    <message>
        <source>&amp;Week or quarter:</source>
        <translation>&amp;Woche oder Quartal:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ReviewWindow</name>
    <message>
        <source>Weekly review</source>
        <translation>Wochenbesprechung</translation>
    </message>
    <message>
        <source>Right, Page Down or Space: next page. Left, Page Up or Backspace: previous page. Home, End: first, last page. Escape: close.</source>
        <translation>Pfeil rechts, Bild ab oder Leertaste: nächste Seite. Pfeil links, Bild auf oder Rücktaste: vorige Seite. Pos1, Ende: erste, letzte Seite. Esc: schließen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No contacts in this store yet.</source>
        <translation>Noch keine Kontakte in diesem Speicher.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::RisingWordsModel</name>
    <message>
        <source>Clear when the rise is more than chance: the 95 % interval of its log odds ratio excludes 0.</source>
        <translation>Eindeutig, wenn der Anstieg mehr als Zufall ist: Das 95-%-Intervall seines Log-Odds-Verhältnisses schließt 0 aus.</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>clear rise</source>
        <translation>eindeutiger Anstieg</translation>
    </message>
    <message>
        <source>could be chance</source>
        <translation>könnte Zufall sein</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source>Negative comments</source>
        <translation>Negative Kommentare</translation>
    </message>
    <message>
        <source>In the weeks before</source>
        <translation>In den Wochen davor</translation>
    </message>
    <message>
        <source>Share rose</source>
        <translation>Anteil stieg</translation>
    </message>
    <message>
        <source>Rise</source>
        <translation>Anstieg</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SettingEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SettingsDialog</name>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 (setting %2)</source>
        <translation>%1 (Einstellung %2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fill in the shipped defaults on every page (saved on Apply or OK)</source>
        <translation>Auf jeder Seite die Standardwerte eintragen (gespeichert mit Anwenden oder OK)</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TopicSummaryModel</name>
    <message>
        <source>%1 of %2 judged notes were followed by a clear improvement</source>
        <translation>Auf %1 von %2 beurteilten Notizen folgte eine klare Verbesserung</translation>
    </message>
    <message>
        <source>Judged notes written after a spell clearly worse than the agent&apos;s usual level: part of any recovery would have come anyway</source>
        <translation>Beurteilte Notizen nach einer Phase, die klar schlechter war als das übliche Niveau des Mitarbeiters: Ein Teil jeder Erholung wäre ohnehin gekommen</translation>
    </message>
    <message>
        <source>KPI coached</source>
        <translation>Gecoachte KPI</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>Keine klare Veränderung</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>After a bad spell</source>
        <translation>Nach schwacher Phase</translation>
    </message>
    <message>
        <source>Too early</source>
        <translation>Zu früh</translation>
    </message>
</context>
<context>
    <name>huddle::ui::VerbatimModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>huddle::ui::VoicePanel</name>
    <message>
        <source>Survey comments</source>
        <translation>Umfragekommentare</translation>
    </message>
    <message>
        <source>Most negative comments</source>
        <translation>Negativste Kommentare</translation>
    </message>
    <message>
        <source>Most positive comments</source>
        <translation>Positivste Kommentare</translation>
    </message>
    <message>
        <source>Words rising in negative comments</source>
        <translation>Wörter, die in negativen Kommentaren zunehmen</translation>
    </message>
    <message>
        <source>Words, agents or reasons</source>
        <translation>Wörter, Agenten oder Gründe</translation>
    </message>
    <message>
        <source>Filter comments</source>
        <translation>Kommentare filtern</translation>
    </message>
    <message>
        <source>Week of the highlights</source>
        <translation>Woche der Höhepunkte</translation>
    </message>
    <message>
        <source>Filte&amp;r comments:</source>
        <translation>Kommentare &amp;filtern:</translation>
    </message>
    <message>
        <source>Highlights of wee&amp;k:</source>
        <translation>Höhepunkte der Wo&amp;che:</translation>
    </message>
    <message>
        <source>Most negative</source>
        <translation>Am negativsten</translation>
    </message>
    <message>
        <source>Most positive</source>
        <translation>Am positivsten</translation>
    </message>
    <message>
        <source>No contacts for this question.</source>
        <translation>Keine Kontakte für diese Frage.</translation>
    </message>
    <message>
        <source>Survey comments of %1: %2, %3 of them negative. Customers&apos; numbers and e-mail addresses are taken out of what they wrote.</source>
        <translation>Umfragekommentare von %1: %2, davon %3 negativ. Telefonnummern und E-Mail-Adressen der Kunden sind aus ihrem Text entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>No negative comments in the %n week(s) before (%1): nothing to compare with.</source>
        <translation>
            <numerusform>Keine negativen Kommentare in der %n Woche davor (%1): nichts zum Vergleichen.</numerusform>
            <numerusform>Keine negativen Kommentare in den %n Wochen davor (%1): nichts zum Vergleichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Words in at least %1 of the %2 negative comments whose share rose against the %3 of the %n week(s) before (%4), highest rise first. A word&apos;s share also rises when other complaints fall.</source>
        <translation>
            <numerusform>Wörter in mindestens %1 der %2 negativen Kommentare, deren Anteil gegenüber den %3 der %n Woche davor (%4) stieg, stärkster Anstieg zuerst. Der Anteil eines Wortes steigt auch, wenn andere Beschwerden abnehmen.</numerusform>
            <numerusform>Wörter in mindestens %1 der %2 negativen Kommentare, deren Anteil gegenüber den %3 der %n Wochen davor (%4) stieg, stärkster Anstieg zuerst. Der Anteil eines Wortes steigt auch, wenn andere Beschwerden abnehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contact-center KPIs for team leaders.</source>
        <translation>Contact-Center-KPIs für Teamleiter.</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>Der zu öffnende Speicher.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Open the demo store (created on first use).</source>
        <translation>Den Demo-Speicher öffnen (wird beim ersten Start angelegt).</translation>
    </message>
    <message>
        <source>An export to import.</source>
        <translation>Ein zu importierender Export.</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <source>Preparing the demo data…</source>
        <translation>Die Demodaten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
