<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>%1: cannot write to the store: %2</source>
        <translation>%1: In den Speicher kann nicht geschrieben werden: %2</translation>
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
        <source>%1: cannot commit the import: %2</source>
        <translation>%1: Der Import kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>import %1: %2 new, %3 already present, %4 rejected</source>
        <translation>Import %1: %2 neu, %3 bereits vorhanden, %4 abgelehnt</translation>
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
</context>
<context>
    <name>QObject</name>
    <message>
        <source> pts</source>
        <translation> Pkt.</translation>
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
        <source>a queue_log line has at least 5 fields (epoch|callid|queue|agent|EVENT)</source>
        <translation>eine queue_log-Zeile hat mindestens 5 Felder (epoch|callid|queue|agent|EVENT)</translation>
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
        <source>%1 by week</source>
        <translation>%1 pro Woche</translation>
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
        <source>No contacts in this store yet.</source>
        <translation>Noch keine Kontakte in diesem Speicher.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Betrieb</translation>
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
        <source>Coaching topic: %1</source>
        <translation>Coaching-Thema: %1</translation>
    </message>
    <message>
        <source>No conflicts this week.</source>
        <translation>Keine Konflikte in dieser Woche.</translation>
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
    <name>huddle::ui::KpiTile</name>
    <message>
        <source>as of %1: newer contacts are still within their repeat window</source>
        <translation>Stand %1: neuere Kontakte sind noch in ihrem Wiederholungsfenster</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 vs previous week</source>
        <translation>%1 gegenüber Vorwoche</translation>
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
        <translation>→ gleichbleibend über %1 Wochen</translation>
    </message>
    <message>
        <source>✔ on target (%1)</source>
        <translation>✔ im Ziel (%1)</translation>
    </message>
    <message>
        <source>✘ off target (%1)</source>
        <translation>✘ nicht im Ziel (%1)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::LeadingIndicatorsModel</name>
    <message>
        <source>too few weeks</source>
        <translation>zu wenige Wochen</translation>
    </message>
    <message>
        <source>rising (%1 a week)</source>
        <translation>steigend (%1 pro Woche)</translation>
    </message>
    <message>
        <source>falling (%1 a week)</source>
        <translation>fallend (%1 pro Woche)</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>gleichbleibend</translation>
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
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
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
