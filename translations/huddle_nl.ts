<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionFromConflict</name>
    <message>
        <source>Conflict: %1, %2, %3.</source>
        <translation>Conflict: %1, %2, %3.</translation>
    </message>
    <message>
        <source>Coaching topic: %1.</source>
        <translation>Coachingonderwerp: %1.</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>there is no improvement action %1</source>
        <translation>er is geen verbeteractie %1</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>%1 conflict (high)</source>
        <translation>Conflict %1 (hoog)</translation>
    </message>
    <message>
        <source>%1 conflict (medium)</source>
        <translation>Conflict %1 (middel)</translation>
    </message>
    <message>
        <source>%1 %2 misses its target %3</source>
        <translation>%1 %2 haalt het doel %3 niet</translation>
    </message>
    <message>
        <source>%1 falling over %2 weeks</source>
        <translation>%1 dalend over %2 weken</translation>
    </message>
    <message>
        <source>%1 rising over %2 weeks</source>
        <translation>%1 stijgend over %2 weken</translation>
    </message>
</context>
<context>
    <name>CoachingEffect</name>
    <message>
        <source>improved</source>
        <translation>verbeterd</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>geen duidelijke verandering</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <source>too early: the weeks after the note are not all in the store yet</source>
        <translation>te vroeg: de weken na de notitie staan nog niet allemaal in de opslag</translation>
    </message>
    <message>
        <source>no data before or after the note</source>
        <translation>geen gegevens van voor of na de notitie</translation>
    </message>
    <message>
        <source>not judged: this KPI has no better direction</source>
        <translation>niet beoordeeld: bij deze KPI is hoger noch lager beter</translation>
    </message>
    <message>
        <source>Coaching usually follows a bad spell, and bad spells tend to end by themselves (regression to the mean): compare with the team&apos;s change over the same weeks.</source>
        <translation>Coaching volgt meestal op een slechte periode, en slechte periodes gaan vaak vanzelf over (regressie naar het gemiddelde): vergelijk met de verandering van het team in dezelfde weken.</translation>
    </message>
    <message>
        <source>The weeks before this note were clearly worse than this agent&apos;s usual level, so part of any improvement would have come anyway.</source>
        <translation>De weken voor deze notitie waren duidelijk slechter dan het gebruikelijke niveau van deze medewerker, dus een deel van elke verbetering was er ook zo gekomen.</translation>
    </message>
</context>
<context>
    <name>CoachingNote</name>
    <message>
        <source>a coaching note needs an agent</source>
        <translation>een coachingnotitie heeft een medewerker nodig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO week such as 2026-W45</source>
        <translation>&quot;%1&quot; is geen ISO-week zoals 2026-W45</translation>
    </message>
    <message>
        <source>unknown KPI &quot;%1&quot;</source>
        <translation>onbekende KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the follow-up date is not a valid date</source>
        <translation>de opvolgdatum is geen geldige datum</translation>
    </message>
</context>
<context>
    <name>ConflictFinder</name>
    <message>
        <source>Handle time is falling while %1 falls too: contacts may be closed too fast.</source>
        <translation>De afhandeltijd daalt terwijl %1 ook daalt: contacten worden mogelijk te snel afgesloten.</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>de tevredenheid</translation>
    </message>
    <message>
        <source>first contact resolution</source>
        <translation>de oplossing bij eerste contact</translation>
    </message>
    <message>
        <source>Take the time to solve: resolve before closing</source>
        <translation>Neem de tijd om op te lossen: eerst oplossen, dan afsluiten</translation>
    </message>
    <message>
        <source>First contact resolution is falling while volume rises: repeat contacts inflate the volume.</source>
        <translation>De oplossing bij eerste contact daalt terwijl het volume stijgt: herhaalcontacten blazen het volume op.</translation>
    </message>
    <message>
        <source>Find the repeat drivers: what brings customers back</source>
        <translation>Zoek de oorzaken van herhaalcontact: waarom komen klanten terug</translation>
    </message>
    <message>
        <source>Service level is falling while abandonment rises: too few agents for the demand.</source>
        <translation>Het serviceniveau daalt terwijl het aantal afgebroken gesprekken stijgt: te weinig medewerkers voor de vraag.</translation>
    </message>
    <message>
        <source>Staffing and schedule adherence</source>
        <translation>Bezetting en roosterdiscipline</translation>
    </message>
    <message>
        <source>Surveys look good while %1 falls: the surveys may be shallow or biased.</source>
        <translation>De enquêtes zien er goed uit terwijl %1 daalt: de enquêtes zijn mogelijk oppervlakkig of vertekend.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>de NPS</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>het sentiment</translation>
    </message>
    <message>
        <source>Listen to calls: how do customers really sound</source>
        <translation>Luister gesprekken terug: hoe klinken klanten echt</translation>
    </message>
    <message>
        <source>Quality scores are falling while handle time is flat or falling: the checklist is met, the customer not helped.</source>
        <translation>De kwaliteitsscores dalen terwijl de afhandeltijd gelijk blijft of daalt: de checklist klopt, de klant is niet geholpen.</translation>
    </message>
    <message>
        <source>Quality of the conversation, not the checklist</source>
        <translation>Kwaliteit van het gesprek, niet van de checklist</translation>
    </message>
    <message>
        <source>Handle time below the team&apos;s median while transferring far more than the team: contacts may be passed on instead of solved.</source>
        <translation>Afhandeltijd onder de mediaan van het team terwijl er veel meer wordt doorverbonden dan in het team: contacten worden mogelijk doorgeschoven in plaats van opgelost.</translation>
    </message>
    <message>
        <source>Own the contact: solve instead of transferring</source>
        <translation>Neem het contact in eigen hand: oplossen in plaats van doorverbinden</translation>
    </message>
    <message>
        <source>Rushing</source>
        <translation>Afraffelen</translation>
    </message>
    <message>
        <source>Transfer gaming</source>
        <translation>Doorschuiven</translation>
    </message>
    <message>
        <source>Callback churn</source>
        <translation>Terugbelcarrousel</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Hidden dissatisfaction</source>
        <translation>Verborgen ontevredenheid</translation>
    </message>
    <message>
        <source>Quality gap</source>
        <translation>Kwaliteitskloof</translation>
    </message>
</context>
<context>
    <name>ConnectCtrSource</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan het bestand niet openen: %1</translation>
    </message>
    <message>
        <source>not Amazon Connect contact records: %1</source>
        <translation>geen Amazon Connect-contactrecords: %1</translation>
    </message>
    <message>
        <source>a contact record has no ContactId</source>
        <translation>een contactrecord heeft geen ContactId</translation>
    </message>
    <message>
        <source>InitiationTimestamp: expected a date and time</source>
        <translation>InitiationTimestamp: verwacht een datum en tijd</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan het bestand niet openen: %1</translation>
    </message>
    <message>
        <source>the bytes are not valid %1 text</source>
        <translation>de bytes zijn geen geldige %1-tekst</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>een veld tussen aanhalingstekens wordt nooit gesloten</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote: %1</source>
        <translation>onverwachte tekst na een sluitend aanhalingsteken: %1</translation>
    </message>
    <message>
        <source>a line has more than %L1 fields</source>
        <translation>een regel heeft meer dan %L1 velden</translation>
    </message>
    <message>
        <source>a record is longer than %L1 characters</source>
        <translation>een record is langer dan %L1 tekens</translation>
    </message>
    <message>
        <source>a quoted field runs on for more than %L1 characters: is its closing quote missing?</source>
        <translation>een veld tussen aanhalingstekens loopt door over meer dan %L1 tekens: ontbreekt het sluitende aanhalingsteken?</translation>
    </message>
    <message>
        <source>a field is longer than %L1 characters</source>
        <translation>een veld is langer dan %L1 tekens</translation>
    </message>
</context>
<context>
    <name>Definitions</name>
    <message>
        <source>Contact volume</source>
        <translation>Contactvolume</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Gemiddelde afhandeltijd</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Gemiddelde wachttijd tot beantwoording</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
    </message>
    <message>
        <source>Abandonment rate</source>
        <translation>Afbreekpercentage</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Doorverbindpercentage</translation>
    </message>
    <message>
        <source>Response time (median)</source>
        <translation>Reactietijd (mediaan)</translation>
    </message>
    <message>
        <source>Response time (90th percentile)</source>
        <translation>Reactietijd (90e percentiel)</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-naleving</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezettingsgraad</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Oplossing bij eerste contact</translation>
    </message>
    <message>
        <source>First contact resolution (survey)</source>
        <translation>Oplossing bij eerste contact (enquête)</translation>
    </message>
    <message>
        <source>First contact resolution (resolved flag)</source>
        <translation>Oplossing bij eerste contact (markering opgelost)</translation>
    </message>
    <message>
        <source>Repeat contact rate</source>
        <translation>Percentage herhaalcontacten</translation>
    </message>
    <message>
        <source>Customer satisfaction (top-two-box)</source>
        <translation>Klanttevredenheid (top-two-box)</translation>
    </message>
    <message>
        <source>Customer satisfaction (mean)</source>
        <translation>Klanttevredenheid (gemiddelde)</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Customer effort (mean)</source>
        <translation>Klantinspanning (gemiddelde)</translation>
    </message>
    <message>
        <source>Customer effort (share low effort)</source>
        <translation>Klantinspanning (aandeel lage inspanning)</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Quality (QA score)</source>
        <translation>Kwaliteit (QA-score)</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Klantverloop</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <source>Proactive contact ratio</source>
        <translation>Aandeel proactieve contacten</translation>
    </message>
    <message>
        <source>Employee engagement</source>
        <translation>Medewerkersbetrokkenheid</translation>
    </message>
    <message>
        <source>Cost of repeat contacts</source>
        <translation>Kosten van herhaalcontacten</translation>
    </message>
    <message>
        <source>Savings if FCR reached its target</source>
        <translation>Besparing als de FCR het doel zou halen</translation>
    </message>
    <message>
        <source>Value at risk from churn</source>
        <translation>Waarde die door klantverloop op het spel staat</translation>
    </message>
    <message>
        <source>import kind: %1</source>
        <translation>importsoort: %1</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lager is beter</translation>
    </message>
    <message>
        <source>neither higher nor lower is better in itself</source>
        <translation>hoger noch lager is op zich beter</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
    <message>
        <source>fraction (0–1)</source>
        <translation>fractie (0–1)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>NPS points (−100 … 100)</source>
        <translation>NPS-punten (−100 … 100)</translation>
    </message>
    <message>
        <source>short abandon: waited under %1 s</source>
        <translation>kort afgebroken: minder dan %1 s gewacht</translation>
    </message>
    <message>
        <source>window %1 days, identity: %2, channels: %3, same reason: %4</source>
        <translation>venster %1 dagen, identiteit: %2, kanalen: %3, zelfde reden: %4</translation>
    </message>
    <message>
        <source>same channel only</source>
        <translation>alleen hetzelfde kanaal</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>elk kanaal</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>contacts started in the period, short abandons left out</source>
        <translation>contacten die in de periode zijn begonnen, kort afgebroken contacten niet meegeteld</translation>
    </message>
    <message>
        <source>mean over handled contacts of talk + hold + after-contact work seconds</source>
        <translation>gemiddelde over afgehandelde contacten van gesprekstijd + wachtstand + nawerktijd, in seconden</translation>
    </message>
    <message>
        <source>over all channels unless a channel is chosen</source>
        <translation>over alle kanalen, tenzij een kanaal is gekozen</translation>
    </message>
    <message>
        <source>mean wait seconds of answered inbound contacts</source>
        <translation>gemiddelde wachttijd in seconden van beantwoorde inkomende contacten</translation>
    </message>
    <message>
        <source>answered within T ÷ offered, as the variant counts it: %1</source>
        <translation>beantwoord binnen T ÷ aangeboden, zoals de variant het telt: %1</translation>
    </message>
    <message>
        <source>variant %1, T = %2 s, target %3 %, %4</source>
        <translation>variant %1, T = %2 s, doel %3 %, %4</translation>
    </message>
    <message>
        <source>(abandoned − short abandons) ÷ (offered − short abandons)</source>
        <translation>(afgebroken − kort afgebroken) ÷ (aangeboden − kort afgebroken)</translation>
    </message>
    <message>
        <source>%1, target at most %2 %</source>
        <translation>%1, doel hoogstens %2 %</translation>
    </message>
    <message>
        <source>handled contacts transferred to another agent or queue ÷ handled contacts</source>
        <translation>afgehandelde contacten die zijn doorverbonden naar een andere medewerker of wachtrij ÷ afgehandelde contacten</translation>
    </message>
    <message>
        <source>percentile of first-response seconds of e-mail, chat and messaging contacts (linear interpolation between ranks)</source>
        <translation>percentiel van de tijd tot de eerste reactie in seconden bij e-mail-, chat- en berichtencontacten (lineaire interpolatie tussen rangen)</translation>
    </message>
    <message>
        <source>contacts whose answer (voice) or first response (other channels) met their channel&apos;s target ÷ contacts with a target; an abandoned call misses it</source>
        <translation>contacten waarvan de beantwoording (spraak) of eerste reactie (andere kanalen) binnen het doel van hun kanaal viel ÷ contacten met een doel; een afgebroken gesprek haalt het doel niet</translation>
    </message>
    <message>
        <source>handle time ÷ (logged-in available time + handle time); needs agent state data, which no import kind carries yet: always &quot;no data&quot;</source>
        <translation>afhandeltijd ÷ (ingelogde beschikbare tijd + afhandeltijd); vereist statusgegevens van medewerkers, die nog geen enkele importsoort bevat: altijd &quot;geen gegevens&quot;</translation>
    </message>
    <message>
        <source>handled inbound contacts that were not transferred and had no further inbound contact from the same customer within the window ÷ handled inbound contacts of known customers; contacts whose window has not passed yet are pending and left out</source>
        <translation>afgehandelde inkomende contacten die niet zijn doorverbonden en waarop binnen het venster geen nieuw inkomend contact van dezelfde klant volgde ÷ afgehandelde inkomende contacten van bekende klanten; contacten waarvan het venster nog niet is verstreken, staan nog open en worden niet meegeteld</translation>
    </message>
    <message>
        <source>survey answers saying the issue was resolved ÷ survey answers to that question</source>
        <translation>enquêteantwoorden die aangeven dat het probleem is opgelost ÷ enquêteantwoorden op die vraag</translation>
    </message>
    <message>
        <source>handled contacts the platform marked resolved ÷ handled contacts with the flag</source>
        <translation>afgehandelde contacten die het platform als opgelost heeft gemarkeerd ÷ afgehandelde contacten met die markering</translation>
    </message>
    <message>
        <source>1 − FCR: contacts followed by a repeat (or transferred) ÷ the FCR denominator</source>
        <translation>1 − FCR: contacten gevolgd door een herhaalcontact (of doorverbonden) ÷ de FCR-noemer</translation>
    </message>
    <message>
        <source>answers in the top two boxes (4–5 on 1–5; top three on 10-point scales) ÷ answers</source>
        <translation>antwoorden in de bovenste twee vakjes (4–5 op 1–5; bovenste drie op 10-puntsschalen) ÷ antwoorden</translation>
    </message>
    <message>
        <source>target %1 %</source>
        <translation>doel %1 %</translation>
    </message>
    <message>
        <source>mean CSAT answer, on a 1–5 scale (other scales rescaled)</source>
        <translation>gemiddeld CSAT-antwoord, op een schaal van 1–5 (andere schalen omgerekend)</translation>
    </message>
    <message>
        <source>% promoters (9–10) − % detractors (0–6); interval: ±1.96·√((p + d − (p − d)²) ÷ n)</source>
        <translation>% promotors (9–10) − % criticasters (0–6); interval: ±1.96·√((p + d − (p − d)²) ÷ n)</translation>
    </message>
    <message>
        <source>target above %1</source>
        <translation>doel boven %1</translation>
    </message>
    <message>
        <source>mean effort answer on 1–5, 1 = very easy (other scales rescaled)</source>
        <translation>gemiddeld inspanningsantwoord op 1–5, 1 = zeer gemakkelijk (andere schalen omgerekend)</translation>
    </message>
    <message>
        <source>effort answers of 1 or 2 ÷ effort answers</source>
        <translation>inspanningsantwoorden van 1 of 2 ÷ inspanningsantwoorden</translation>
    </message>
    <message>
        <source>mean sentiment −1 … +1 per contact: the export&apos;s figure, else the lexicon score of the transcript or the survey comment</source>
        <translation>gemiddeld sentiment −1 … +1 per contact: de waarde uit de export, anders de lexiconscore van het transcript of de enquêteopmerking</translation>
    </message>
    <message>
        <source>mean QA evaluation score (0–100); per criterion as qa_score.CRITERION</source>
        <translation>gemiddelde score van QA-beoordelingen (0–100); per criterium als qa_score.CRITERION</translation>
    </message>
    <message>
        <source>customers lost in the period ÷ customers active at its start (whole operation only)</source>
        <translation>in de periode verloren klanten ÷ klanten die aan het begin ervan actief waren (alleen voor de hele organisatie)</translation>
    </message>
    <message>
        <source>1 − churn rate</source>
        <translation>1 − klantverloop</translation>
    </message>
    <message>
        <source>proactive outbound contacts ÷ all contacts</source>
        <translation>proactieve uitgaande contacten ÷ alle contacten</translation>
    </message>
    <message>
        <source>mean engagement pulse score</source>
        <translation>gemiddelde score van de betrokkenheidsmetingen</translation>
    </message>
    <message>
        <source>repeat contacts × cost per contact</source>
        <translation>herhaalcontacten × kosten per contact</translation>
    </message>
    <message>
        <source>cost per contact %1 %2; %3</source>
        <translation>kosten per contact %1 %2; %3</translation>
    </message>
    <message>
        <source>repeat contacts avoided if FCR reached its target × cost per contact</source>
        <translation>herhaalcontacten die vermeden zouden worden als de FCR het doel haalde × kosten per contact</translation>
    </message>
    <message>
        <source>FCR target %1 %, cost per contact %2 %3</source>
        <translation>FCR-doel %1 %, kosten per contact %2 %3</translation>
    </message>
    <message>
        <source>customers lost in the period × customer value</source>
        <translation>in de periode verloren klanten × klantwaarde</translation>
    </message>
    <message>
        <source>customer value %1 %2</source>
        <translation>klantwaarde %1 %2</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> ptn</translation>
    </message>
</context>
<context>
    <name>Drivers</name>
    <message>
        <source>strongest</source>
        <translation>sterkste</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>duidelijk</translation>
    </message>
    <message>
        <source>unclear (interval crosses 0)</source>
        <translation>onduidelijk (interval bevat 0)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>weggelaten</translation>
    </message>
    <message>
        <source>not fitted</source>
        <translation>niet geschat</translation>
    </message>
    <message>
        <source>These are associations across agent-weeks, not proof of cause: an agent who does well on one KPI may do well on others for reasons the figures do not show (experience, the contacts they get), and an agent&apos;s weeks are not independent of each other. Work on a clear driver and watch whether the outcome follows.</source>
        <translation>Dit zijn samenhangen over medewerker-weken, geen bewijs van oorzaak: een medewerker die goed scoort op één KPI kan ook op andere goed scoren om redenen die de cijfers niet tonen (ervaring, de contacten die hij krijgt), en de weken van een medewerker zijn niet onafhankelijk van elkaar. Werk aan een duidelijke drijfveer en kijk of de uitkomst volgt.</translation>
    </message>
    <message numerus="yes">
        <source>Small sample: only %n agent-week(s) with enough answers; the intervals are wide and a single agent can move them.</source>
        <translation>
            <numerusform>Kleine steekproef: slechts %n medewerker-week met genoeg antwoorden; de intervallen zijn breed en één medewerker kan ze verschuiven.</numerusform>
            <numerusform>Kleine steekproef: slechts %n medewerker-weken met genoeg antwoorden; de intervallen zijn breed en één medewerker kan ze verschuiven.</numerusform>
        </translation>
    </message>
    <message>
        <source>no agent-week has enough answers</source>
        <translation>geen medewerker-week heeft genoeg antwoorden</translation>
    </message>
    <message>
        <source>no data in %1 of %2 agent-weeks</source>
        <translation>geen gegevens in %1 van %2 medewerker-weken</translation>
    </message>
    <message>
        <source>the same in every agent-week</source>
        <translation>gelijk in elke medewerker-week</translation>
    </message>
    <message>
        <source>too few agent-weeks (%1) for %2 drivers</source>
        <translation>te weinig medewerker-weken (%1) voor %2 drijfveren</translation>
    </message>
    <message>
        <source>moves with the other drivers too closely to tell them apart</source>
        <translation>beweegt te nauw mee met de andere drijfveren om ze uit elkaar te houden</translation>
    </message>
</context>
<context>
    <name>EffectText</name>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 around %2: %3</source>
        <translation>%1 rond %2: %3</translation>
    </message>
    <message>
        <source>Before, %1 – %2: %3</source>
        <translation>Voor, %1 – %2: %3</translation>
    </message>
    <message>
        <source>After, %1 – %2: %3</source>
        <translation>Na, %1 – %2: %3</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Verandering: %1</translation>
    </message>
    <message>
        <source>Team %1 over the same weeks: %2 → %3, change %4</source>
        <translation>Team %1 in dezelfde weken: %2 → %3, verandering %4</translation>
    </message>
</context>
<context>
    <name>FigureToolTip</name>
    <message>
        <source>95 % interval: %1 – %2</source>
        <translation>95%-interval: %1 – %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Low sample: read with care.</source>
        <translation>Kleine steekproef: voorzichtig lezen.</translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <source>Operation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Team median</source>
        <translation>Teammediaan</translation>
    </message>
    <message>
        <source>Median of teams</source>
        <translation>Mediaan van de teams</translation>
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
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: bestand bestaat niet</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>onbekende tijdzone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kan niet worden geïmporteerd: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read to its end; nothing was imported</source>
        <translation>%1 kan niet tot het einde worden gelezen; er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported</source>
        <translation>import geannuleerd; er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows are invalid; nothing was imported (use --on-error skip to import the valid rows)</source>
        <translation>%1: %2 van %3 rijen zijn ongeldig; er is niets geïmporteerd (gebruik --on-error skip om de geldige rijen te importeren)</translation>
    </message>
    <message>
        <source>dry run: %1 new, %2 already present, %3 rejected; nothing was written</source>
        <translation>proefimport: %1 nieuw, %2 al aanwezig, %3 afgewezen; er is niets geschreven</translation>
    </message>
    <message>
        <source>import %1: %2 new, %3 already present, %4 rejected</source>
        <translation>import %1: %2 nieuw, %3 al aanwezig, %4 afgewezen</translation>
    </message>
    <message>
        <source>%1: cannot write to the store: %2; nothing was imported</source>
        <translation>%1: kan niet naar de opslag schrijven: %2; er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>%1: cannot commit the import: %2; nothing was imported</source>
        <translation>%1: kan de import niet vastleggen: %2; er is niets geïmporteerd</translation>
    </message>
</context>
<context>
    <name>ImprovementAction</name>
    <message>
        <source>an action needs a title</source>
        <translation>een actie heeft een titel nodig</translation>
    </message>
    <message>
        <source>an action targets either a contact reason or a KPI</source>
        <translation>een actie richt zich op een contactreden of op een KPI</translation>
    </message>
    <message>
        <source>there is no KPI &quot;%1&quot;</source>
        <translation>er is geen KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an action&apos;s cost cannot be negative</source>
        <translation>de kosten van een actie kunnen niet negatief zijn</translation>
    </message>
</context>
<context>
    <name>KpiEngine</name>
    <message>
        <source>unknown KPI &quot;%1&quot;</source>
        <translation>onbekende KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no contacts behind it to list</source>
        <translation>%1 heeft geen onderliggende contacten om te tonen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period of the kind asked for</source>
        <translation>&quot;%1&quot; is geen periode van de gevraagde soort</translation>
    </message>
</context>
<context>
    <name>KpiSettings</name>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>onbekende instelling &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 accepteert een van: %2</translation>
    </message>
    <message>
        <source>%1 takes on or off</source>
        <translation>%1 accepteert on of off</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3</source>
        <translation>%1 accepteert een getal van %2 tot en met %3</translation>
    </message>
    <message>
        <source>a variant is KEY=VALUE, e.g. sl=all_abandons_against (got &quot;%1&quot;)</source>
        <translation>een variant heeft de vorm SLEUTEL=WAARDE, bijv. sl=all_abandons_against (ontvangen: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: cannot write the setting %2</source>
        <translation>%1: kan de instelling %2 niet schrijven</translation>
    </message>
    <message>
        <source>Short abandon</source>
        <translation>Grens kort afgebroken</translation>
    </message>
    <message>
        <source>abandons after a shorter wait are misdials: out of offered and abandoned</source>
        <translation>wie na een kortere wachttijd ophangt, heeft zich verbeld: telt niet mee bij aangeboden en afgebroken</translation>
    </message>
    <message>
        <source>Service level threshold</source>
        <translation>Drempel serviceniveau</translation>
    </message>
    <message>
        <source>service level: answered within this many seconds (&lt;=)</source>
        <translation>serviceniveau: beantwoord binnen zoveel seconden (&lt;=)</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>Doel serviceniveau</translation>
    </message>
    <message>
        <source>service level target (fraction)</source>
        <translation>doel voor het serviceniveau (fractie)</translation>
    </message>
    <message>
        <source>Service level formula</source>
        <translation>Formule serviceniveau</translation>
    </message>
    <message>
        <source>service level formula (KPI-DEFINITIONS.md, Variants)</source>
        <translation>formule voor het serviceniveau (KPI-DEFINITIONS.md, Variants)</translation>
    </message>
    <message>
        <source>FCR repeat window</source>
        <translation>FCR-herhaalvenster</translation>
    </message>
    <message>
        <source>FCR: a further contact within this many days is a repeat</source>
        <translation>FCR: een nieuw contact binnen zoveel dagen is een herhaalcontact</translation>
    </message>
    <message>
        <source>FCR: same reason only</source>
        <translation>FCR: alleen dezelfde reden</translation>
    </message>
    <message>
        <source>FCR: only a contact with the same reason is a repeat</source>
        <translation>FCR: alleen een contact met dezelfde reden is een herhaalcontact</translation>
    </message>
    <message>
        <source>FCR channel scope</source>
        <translation>FCR-kanalen</translation>
    </message>
    <message>
        <source>FCR: a repeat on any channel, or on the same channel only</source>
        <translation>FCR: een herhaalcontact op elk kanaal, of alleen op hetzelfde kanaal</translation>
    </message>
    <message>
        <source>FCR customer identity</source>
        <translation>FCR-klantidentiteit</translation>
    </message>
    <message>
        <source>FCR: what makes two contacts the same customer</source>
        <translation>FCR: waaraan twee contacten als dezelfde klant worden herkend</translation>
    </message>
    <message>
        <source>Minimum contacts</source>
        <translation>Minimum aantal contacten</translation>
    </message>
    <message>
        <source>figures over fewer contacts are marked low-sample</source>
        <translation>cijfers over minder contacten worden gemarkeerd als kleine steekproef</translation>
    </message>
    <message>
        <source>Minimum survey answers</source>
        <translation>Minimum aantal enquêteantwoorden</translation>
    </message>
    <message>
        <source>survey figures over fewer answers are marked low-sample</source>
        <translation>enquêtecijfers over minder antwoorden worden gemarkeerd als kleine steekproef</translation>
    </message>
    <message>
        <source>FCR target</source>
        <translation>FCR-doel</translation>
    </message>
    <message>
        <source>FCR target (fraction); also the basis of the savings figure</source>
        <translation>FCR-doel (fractie); ook de basis van de besparing</translation>
    </message>
    <message>
        <source>CSAT target</source>
        <translation>CSAT-doel</translation>
    </message>
    <message>
        <source>CSAT target (top-two-box fraction)</source>
        <translation>CSAT-doel (fractie top-two-box)</translation>
    </message>
    <message>
        <source>Abandonment target</source>
        <translation>Doel afbreekpercentage</translation>
    </message>
    <message>
        <source>abandonment target: at most this fraction</source>
        <translation>doel voor het afbreekpercentage: hoogstens deze fractie</translation>
    </message>
    <message>
        <source>NPS target</source>
        <translation>NPS-doel</translation>
    </message>
    <message>
        <source>NPS target: above this</source>
        <translation>NPS-doel: hoger dan deze waarde</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Kosten per contact</translation>
    </message>
    <message>
        <source>cost of one contact, for the cost of repeats and the savings of FCR</source>
        <translation>kosten van één contact, voor de kosten van herhaalcontacten en de besparing door FCR</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Klantwaarde</translation>
    </message>
    <message>
        <source>value of one customer, for the value at risk from churn</source>
        <translation>waarde van één klant, voor de waarde die door klantverloop op het spel staat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>currency of the money figures</source>
        <translation>valuta van de geldbedragen</translation>
    </message>
    <message>
        <source>SLA target: voice</source>
        <translation>SLA-doel: spraak</translation>
    </message>
    <message>
        <source>SLA: voice answered within this many seconds</source>
        <translation>SLA: spraak beantwoord binnen zoveel seconden</translation>
    </message>
    <message>
        <source>SLA target: chat</source>
        <translation>SLA-doel: chat</translation>
    </message>
    <message>
        <source>SLA: chat first response within this many seconds</source>
        <translation>SLA: eerste reactie op chats binnen zoveel seconden</translation>
    </message>
    <message>
        <source>SLA target: e-mail</source>
        <translation>SLA-doel: e-mail</translation>
    </message>
    <message>
        <source>SLA: e-mail first response within this many seconds</source>
        <translation>SLA: eerste reactie op e-mails binnen zoveel seconden</translation>
    </message>
    <message>
        <source>SLA target: social</source>
        <translation>SLA-doel: social media</translation>
    </message>
    <message>
        <source>SLA: social/messaging first response within this many seconds</source>
        <translation>SLA: eerste reactie via social media/berichten binnen zoveel seconden</translation>
    </message>
    <message>
        <source>Trend window</source>
        <translation>Trendvenster</translation>
    </message>
    <message>
        <source>weeks a trend is fitted over</source>
        <translation>aantal weken waarover een trend wordt berekend</translation>
    </message>
    <message>
        <source>Structural reason share</source>
        <translation>Aandeel structurele reden</translation>
    </message>
    <message>
        <source>a contact reason at least this share for 4 weeks is structural</source>
        <translation>een contactreden met minstens dit aandeel gedurende 4 weken is structureel</translation>
    </message>
    <message>
        <source>Coaching comparison window</source>
        <translation>Vergelijkingsvenster coaching</translation>
    </message>
    <message>
        <source>weeks before and after a coaching note that its effect compares</source>
        <translation>weken voor en na een coachingnotitie waarover het effect wordt vergeleken</translation>
    </message>
</context>
<context>
    <name>KpiWording</name>
    <message>
        <source>%1 vs previous week</source>
        <translation>%1 t.o.v. vorige week</translation>
    </message>
    <message>
        <source>↑ rising over %1 weeks</source>
        <translation>↑ stijgend over %1 weken</translation>
    </message>
    <message>
        <source>↓ falling over %1 weeks</source>
        <translation>↓ dalend over %1 weken</translation>
    </message>
    <message>
        <source>→ flat over %1 weeks</source>
        <translation>→ vlak over %1 weken</translation>
    </message>
    <message>
        <source>✔ on target (%1)</source>
        <translation>✔ op doel (%1)</translation>
    </message>
    <message>
        <source>✘ off target (%1)</source>
        <translation>✘ niet op doel (%1)</translation>
    </message>
    <message>
        <source>as of %1: newer contacts are still within their repeat window</source>
        <translation>stand van %1: nieuwere contacten zitten nog in hun herhaalvenster</translation>
    </message>
</context>
<context>
    <name>NoteExport</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>shared with the agent</source>
        <translation>gedeeld met de medewerker</translation>
    </message>
    <message>
        <source>private to the team leader</source>
        <translation>alleen voor de teamleider</translation>
    </message>
    <message>
        <source>acknowledged on %1</source>
        <translation>bevestigd op %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <source>Coaching note %1: %2</source>
        <translation>Coachingnotitie %1: %2</translation>
    </message>
    <message>
        <source>What was observed</source>
        <translation>Wat is waargenomen</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>Read and discussed (agent): ______________________   Date: __________</source>
        <translation>Gelezen en besproken (medewerker): ______________________   Datum: __________</translation>
    </message>
</context>
<context>
    <name>NoteFromConflict</name>
    <message>
        <source>(previous week %1)</source>
        <translation>(vorige week %1)</translation>
    </message>
    <message>
        <source>(team median %1)</source>
        <translation>(teammediaan %1)</translation>
    </message>
    <message>
        <source>(target %1)</source>
        <translation>(doel %1)</translation>
    </message>
    <message>
        <source>Coaching topic: %1.</source>
        <translation>Coachingonderwerp: %1.</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>there is no agent &quot;%1&quot; in the store (import a roster or contacts with that agent first)</source>
        <translation>er is geen medewerker &quot;%1&quot; in de opslag (importeer eerst een rooster of contacten met die medewerker)</translation>
    </message>
    <message>
        <source>there is no coaching note %1</source>
        <translation>coachingnotitie %1 bestaat niet</translation>
    </message>
    <message>
        <source>there is no agent &quot;%1&quot; in the store</source>
        <translation>er is geen medewerker &quot;%1&quot; in de opslag</translation>
    </message>
    <message>
        <source>coaching note %1 is private: only a note shared with the agent can be acknowledged</source>
        <translation>coachingnotitie %1 is privé: alleen een notitie die met de medewerker is gedeeld, kan worden bevestigd</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>Huddle · quarterly management report</source>
        <translation>Huddle · kwartaalrapport voor het management</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Gemaakt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Whole operation</source>
        <translation>Hele organisatie</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>Quarterly management report</source>
        <translation>Kwartaalrapport voor het management</translation>
    </message>
    <message>
        <source>%1: %2 to %3, compared with %4.</source>
        <translation>%1: %2 tot en met %3, vergeleken met %4.</translation>
    </message>
    <message>
        <source>Generated %1, times in %2.</source>
        <translation>Gemaakt %1, tijden in %2.</translation>
    </message>
    <message>
        <source>There are no contacts in this quarter: its figures say “no data”.</source>
        <translation>Dit kwartaal heeft geen contacten: de cijfers zeggen „geen gegevens”.</translation>
    </message>
    <message>
        <source>Improvement actions measured: %1, of which improved: %2; saved by them so far: %3 %4.</source>
        <translation>Gemeten verbeteracties: %1, waarvan verbeterd: %2; tot nu toe bespaard: %3 %4.</translation>
    </message>
    <message>
        <source>The quarter at a glance</source>
        <translation>Het kwartaal in één oogopslag</translation>
    </message>
    <message>
        <source>Lagging indicators report what customers and the business already felt; the leading ones (FCR, handle time, service level) are where the next quarter is won.</source>
        <translation>Achterlopende indicatoren melden wat klanten en het bedrijf al merkten; de voorlopende (FCR, afhandeltijd, serviceniveau) bepalen het volgende kwartaal.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Lagging indicators by month</source>
        <translation>Achterlopende indicatoren per maand</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 %-interval</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Improvement actions and their effect</source>
        <translation>Verbeteracties en hun effect</translation>
    </message>
    <message>
        <source>Each action&apos;s target over the weeks before its start against the weeks after (the start&apos;s week in neither), with 95 % intervals. “Improved” only when the after-weeks are clearly better than before, than the trend already under way, and than an untouched comparison (the other reasons, or the other teams) moved. Savings: contacts below the comparison&apos;s expectation × cost per contact; ROI and payback against the action&apos;s cost. A before/after comparison shows what changed, not why.</source>
        <translation>Het doel van elke actie in de weken voor de start tegenover de weken erna (de startweek in geen van beide), met 95 %-intervallen. „Verbeterd” alleen als de weken erna duidelijk beter zijn dan ervoor, dan de trend die al gaande was, en dan een onaangeroerde vergelijking (de andere redenen of de andere teams) bewoog. Besparing: contacten onder de verwachting van de vergelijking × kosten per contact; ROI en terugverdientijd tegen de kosten van de actie. Een voor/na-vergelijking toont wat veranderde, niet waarom.</translation>
    </message>
    <message>
        <source>No improvement action had started by the end of the quarter.</source>
        <translation>Tot het einde van het kwartaal was geen verbeteractie gestart.</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 weken</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Richt zich op</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Voor → na</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bespaard</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Terugverdientijd</translation>
    </message>
    <message>
        <source>Open actions by impact and effort</source>
        <translation>Open acties naar impact en inspanning</translation>
    </message>
    <message>
        <source>No proposed or running actions.</source>
        <translation>Geen voorgestelde of lopende acties.</translation>
    </message>
    <message>
        <source>High impact and low effort first. Impact: the action&apos;s expected contacts a month, or for a contact reason its contacts of the last four weeks as a month (what removing the cause could save at most).</source>
        <translation>Hoge impact en lage inspanning eerst. Impact: de verwachte contacten per maand van de actie, of voor een contactreden de contacten van de laatste vier weken als maand (wat het wegnemen van de oorzaak hooguit kan besparen).</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <source>Contacts a month</source>
        <translation>Contacten per maand</translation>
    </message>
    <message>
        <source>Money a month</source>
        <translation>Geld per maand</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Waar het staat</translation>
    </message>
    <message>
        <source>Quarterly management report %1</source>
        <translation>Kwartaalrapport voor het management %1</translation>
    </message>
</context>
<context>
    <name>QuarterlyReportData</name>
    <message>
        <source>“%1” is not a quarter such as 2026-Q3.</source>
        <translation>„%1” is geen kwartaal zoals 2026-Q3.</translation>
    </message>
    <message>
        <source>No team “%1” has contacts in %2 or %3.</source>
        <translation>Geen team „%1” heeft contacten in %2 of %3.</translation>
    </message>
</context>
<context>
    <name>QueueLogSource</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan het bestand niet openen: %1</translation>
    </message>
    <message>
        <source>not a queue_log: expected epoch|callid|queue|agent|EVENT|... lines or a table with time, callid, queuename, agent, event and data1..data5 columns</source>
        <translation>geen queue_log: verwacht regels epoch|callid|queue|agent|EVENT|... of een tabel met de kolommen time, callid, queuename, agent, event en data1..data5</translation>
    </message>
    <message>
        <source>the queue_log table has no %1 column</source>
        <translation>de queue_log-tabel heeft geen kolom %1</translation>
    </message>
    <message>
        <source>time: expected Unix epoch seconds</source>
        <translation>time: verwacht Unix-epochseconden</translation>
    </message>
    <message>
        <source>date_time: expected Unix epoch seconds</source>
        <translation>date_time: verwacht Unix-epochseconden</translation>
    </message>
    <message>
        <source>time: expected a date and time</source>
        <translation>time: verwacht een datum en tijd</translation>
    </message>
    <message>
        <source>a queue_log line has at least 5 fields (epoch|callid|queue|agent|EVENT); this one has %1</source>
        <translation>een queue_log-regel heeft minstens 5 velden (epoch|callid|queue|agent|EVENT); deze heeft er %1</translation>
    </message>
    <message>
        <source>a queue_log line is longer than %L1 bytes</source>
        <translation>een queue_log-regel is langer dan %L1 bytes</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Het rapport is geannuleerd.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Begrippenlijst</translation>
    </message>
    <message>
        <source>Every KPI in this report, as KPI-DEFINITIONS.md defines it, with the settings in force.</source>
        <translation>Elke KPI in dit rapport, zoals KPI-DEFINITIONS.md hem definieert, met de geldende instellingen.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
</context>
<context>
    <name>ReviewPages</name>
    <message>
        <source>Agent %1</source>
        <translation>Medewerker %1</translation>
    </message>
    <message>
        <source>Agent %1 · team %2</source>
        <translation>Medewerker %1 · team %2</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Wachtrij %1</translation>
    </message>
    <message>
        <source>Week %1 · summary</source>
        <translation>Week %1 · samenvatting</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>⚠ small sample (n = %1)</source>
        <translation>⚠ kleine steekproef (n = %1)</translation>
    </message>
    <message>
        <source>previous week %1 (%2)</source>
        <translation>vorige week %1 (%2)</translation>
    </message>
    <message>
        <source>previous week %1</source>
        <translation>vorige week %1</translation>
    </message>
    <message>
        <source>rising by trend</source>
        <translation>stijgend volgens de trend</translation>
    </message>
    <message>
        <source>falling by trend</source>
        <translation>dalend volgens de trend</translation>
    </message>
    <message>
        <source>flat by trend</source>
        <translation>vlak volgens de trend</translation>
    </message>
    <message>
        <source>team median %1</source>
        <translation>teammediaan %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>doel %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Conflict %1 of %2 · %3</source>
        <translation>Conflict %1 van %2 · %3</translation>
    </message>
    <message>
        <source>Severity high: both moved week over week</source>
        <translation>Ernst hoog: beide veranderden ten opzichte van vorige week</translation>
    </message>
    <message>
        <source>Severity medium: seen in the trend</source>
        <translation>Ernst middel: zichtbaar in de trend</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Coaching topic: %1</source>
        <translation>Coachingonderwerp: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>No conflicts this week: no two KPIs tell different stories about an agent, team or queue.</source>
        <translation>Geen conflicten deze week: geen twee KPI&apos;s vertellen een ander verhaal over een medewerker, team of wachtrij.</translation>
    </message>
    <message>
        <source>Agents needing attention</source>
        <translation>Medewerkers die aandacht nodig hebben</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 · team %3</source>
        <translation>%1. %2 · team %3</translation>
    </message>
    <message>
        <source>… and %1 more agents with a KPI off target or worsening: see the dashboard&apos;s agents table.</source>
        <translation>… en nog %1 medewerkers met een KPI die het doel niet haalt of verslechtert: zie de medewerkerstabel op het dashboard.</translation>
    </message>
    <message>
        <source>No agent needs attention this week: no conflicts, no KPI clearly off target, no worsening trend.</source>
        <translation>Geen medewerker heeft deze week aandacht nodig: geen conflicten, geen KPI duidelijk naast het doel, geen verslechterende trend.</translation>
    </message>
    <message>
        <source>Agents needing attention (%1 of %2)</source>
        <translation>Medewerkers die aandacht nodig hebben (%1 van %2)</translation>
    </message>
    <message>
        <source>Follow-ups due in %1</source>
        <translation>Opvolgingen gepland in %1</translation>
    </message>
    <message>
        <source>No coaching notes yet</source>
        <translation>Nog geen coachingnotities</translation>
    </message>
    <message>
        <source>Follow-ups of coaching notes will be listed here once notes are kept in Huddle.</source>
        <translation>Opvolgingen van coachingnotities verschijnen hier zodra notities in Huddle worden bijgehouden.</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · gepland op %2</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a number in range</source>
        <translation>een getal binnen het bereik</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>een percentage</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nee</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>een datum en tijd</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <source>a duration (seconds or [H:]MM:SS)</source>
        <translation>een duur (seconden of [U:]MM:SS)</translation>
    </message>
    <message>
        <source>a rating on the survey&apos;s scale</source>
        <translation>een score op de schaal van de enquête</translation>
    </message>
    <message>
        <source>a score from 0 to 10</source>
        <translation>een score van 0 tot 10</translation>
    </message>
    <message>
        <source>the mapping of %1 is not a known function: %2</source>
        <translation>de koppeling van %1 is geen bekende functie: %2</translation>
    </message>
    <message>
        <source>no column is mapped to the required field %1</source>
        <translation>er is geen kolom gekoppeld aan het verplichte veld %1</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; (for %2) is not in the header</source>
        <translation>de verplichte kolom &quot;%1&quot; (voor %2) staat niet in de kopregel</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>de rij heeft %1 velden, de kopregel %2</translation>
    </message>
    <message>
        <source>%1 is required but empty</source>
        <translation>%1 is verplicht maar leeg</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: verwacht %2</translation>
    </message>
</context>
<context>
    <name>SnapshotRepository</name>
    <message>
        <source>%1: cannot write the KPI snapshot: %2</source>
        <translation>%1: kan de KPI-momentopname niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the KPI snapshot</source>
        <translation>%1: kan de KPI-momentopname niet schrijven</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: cannot create the store: %2</source>
        <translation>%1: kan de opslag niet aanmaken: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan niet openen: %2</translation>
    </message>
    <message>
        <source>%1: not a Huddle store (%2)</source>
        <translation>%1: geen Huddle-opslag (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Huddle (store version %2; this Huddle reads up to version %3). Update Huddle to open it; the file was not changed.</source>
        <translation>%1 is geschreven door een nieuwere Huddle (opslagversie %2; deze Huddle leest tot en met versie %3). Werk Huddle bij om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a Huddle store; it was not changed.</source>
        <translation>%1: dit SQLite-bestand is geen Huddle-opslag; het is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the backup %2 before upgrading: %3</source>
        <translation>%1: kan de reservekopie %2 niet schrijven vóór het bijwerken: %3</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the store: %2</source>
        <translation>%1: kan de opslag niet bijwerken: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the store&apos;s settings</source>
        <translation>%1: kan de instellingen van de opslag niet schrijven</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>the store is in use: another Huddle window or huddle-cli is writing to it. Try again when it has finished</source>
        <translation>de opslag is in gebruik: een ander Huddle-venster of huddle-cli schrijft erin. Probeer het opnieuw als dat klaar is</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <translation>de schijf is vol. Maak ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
        <source>the store cannot be written: the file or its folder is read-only. Check their permissions</source>
        <translation>er kan niet in de opslag worden geschreven: het bestand of de map is alleen-lezen. Controleer de rechten</translation>
    </message>
    <message>
        <source>the store file is damaged. Restore it from a backup (the .bak copy Huddle keeps next to it before each upgrade, or your own)</source>
        <translation>het opslagbestand is beschadigd. Zet het terug uit een reservekopie (de .bak-kopie die Huddle ernaast bewaart vóór elke update, of uw eigen)</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing the store</source>
        <translation>de schijf meldde een fout bij het lezen of schrijven van de opslag</translation>
    </message>
    <message>
        <source>the store file cannot be opened: its folder is missing or not accessible</source>
        <translation>het opslagbestand kan niet worden geopend: de map ontbreekt of is niet toegankelijk</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Huddle · weekly review</source>
        <translation>Huddle · weekoverzicht</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Gemaakt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Whole operation</source>
        <translation>Hele organisatie</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 %-interval</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coachingnotitie</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekoverzicht</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Week %1: %2 tot en met %3</translation>
    </message>
    <message>
        <source>Generated %1, times in %2.</source>
        <translation>Gemaakt %1, tijden in %2.</translation>
    </message>
    <message>
        <source>This week: %1 contacts, %2 agents, %3 conflicts, %4 coaching notes written, %5 follow-ups due.</source>
        <translation>Deze week: %1 contacten, %2 medewerkers, %3 conflicten, %4 coachingnotities geschreven, %5 vervolgafspraken te doen.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Summary and charts</source>
        <translation>Samenvatting en grafieken</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Leading and lagging indicators</source>
        <translation>Voorlopende en achterlopende indicatoren</translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation>Contactredenen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Stem van de klant</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>One page per agent</source>
        <translation>Eén pagina per medewerker</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Begrippenlijst</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>FCR, AHT and CSAT by week</source>
        <translation>FCR, AHT en CSAT per week</translation>
    </message>
    <message>
        <source>The operation&apos;s weekly figures with their 95 % interval. Triangles mark the weeks in which a conflict involves the KPI; the thin rule marks week %1.</source>
        <translation>De weekcijfers van de organisatie met hun 95 %-interval. Driehoeken markeren de weken waarin een conflict de KPI betreft; de dunne lijn markeert week %1.</translation>
    </message>
    <message>
        <source>The team&apos;s weekly figures with their 95 % interval, against the median of all teams. Triangles mark the weeks in which a conflict involves the KPI; the thin rule marks week %1.</source>
        <translation>De weekcijfers van het team met hun 95 %-interval, tegen de mediaan van alle teams. Driehoeken markeren de weken waarin een conflict de KPI betreft; de dunne lijn markeert week %1.</translation>
    </message>
    <message>
        <source>Coaching topic: %1</source>
        <translation>Coachingonderwerp: %1</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Wat het betekent</translation>
    </message>
    <message>
        <source>Conflicts this week</source>
        <translation>Conflicten deze week</translation>
    </message>
    <message>
        <source>No conflicts this week: no two KPIs tell different stories about an agent, team or queue.</source>
        <translation>Geen conflicten deze week: geen twee KPI&apos;s vertellen een ander verhaal over een medewerker, team of wachtrij.</translation>
    </message>
    <message>
        <source>Two KPIs telling different stories about the same agent, team or queue. Severity is high when both moved week over week, medium when a trend carries one of them.</source>
        <translation>Twee KPI&apos;s die een ander verhaal vertellen over dezelfde medewerker, hetzelfde team of dezelfde wachtrij. De ernst is hoog als beide week op week bewogen, middel als een trend een van beide draagt.</translation>
    </message>
    <message>
        <source>No agent has figures in this week.</source>
        <translation>Geen medewerker heeft cijfers in deze week.</translation>
    </message>
    <message>
        <source>Each agent&apos;s figures of week %1 with their trend (↑ ↓ →); grey figures rest on a low sample.</source>
        <translation>De cijfers van elke medewerker in week %1 met hun trend (↑ ↓ →); grijze cijfers rusten op een kleine steekproef.</translation>
    </message>
    <message>
        <source>Agents needing attention</source>
        <translation>Medewerkers die aandacht nodig hebben</translation>
    </message>
    <message>
        <source>No agent needs attention this week: no conflicts, no KPI clearly off target, no worsening trend.</source>
        <translation>Geen medewerker heeft deze week aandacht nodig: geen conflicten, geen KPI duidelijk naast het doel, geen verslechterende trend.</translation>
    </message>
    <message>
        <source>Ranked: a conflict weighs 3 (high) or 2 (medium); a KPI whose whole interval misses its target weighs 1; a KPI worsening over at least four weeks weighs 1.</source>
        <translation>Rangorde: een conflict weegt 3 (hoog) of 2 (middel); een KPI waarvan het hele interval het doel mist weegt 1; een KPI die minstens vier weken verslechtert weegt 1.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>… and %1 more: see the dashboard&apos;s agents table.</source>
        <translation>… en nog %1: zie de medewerkerstabel van het dashboard.</translation>
    </message>
    <message>
        <source>Leading indicators move first and can be steered this week; lagging ones report the outcome weeks later. Each leading KPI&apos;s trend stands beside the lagging KPIs it runs ahead of, with where each heads in four weeks if its trend holds.</source>
        <translation>Voorlopende indicatoren bewegen eerst en zijn deze week bij te sturen; achterlopende melden de uitkomst weken later. De trend van elke voorlopende KPI staat naast de achterlopende KPI&apos;s waar hij op vooruitloopt, met waar elk over vier weken staat als de trend aanhoudt.</translation>
    </message>
    <message>
        <source>Not enough weeks with figures for trends yet.</source>
        <translation>Nog niet genoeg weken met cijfers voor trends.</translation>
    </message>
    <message>
        <source>No contact has a reason in weeks %1 to %2.</source>
        <translation>Geen contact heeft een reden in de weken %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Why customers contacted us over the %1 weeks up to week %2, biggest first (Pareto). Structural: a steady share of at least the set threshold for four weeks in a row, worth fixing at the source. Incident: a spike that came and went.</source>
        <translation>Waarom klanten contact opnamen in de %1 weken tot en met week %2, grootste eerst (Pareto). Structureel: vier weken op rij een vast aandeel van minstens de ingestelde drempel, de moeite waard om bij de bron op te lossen. Incident: een piek die kwam en ging.</translation>
    </message>
    <message>
        <source>… and %1 more reasons with %2 % of the contacts.</source>
        <translation>… en nog %1 redenen met %2 % van de contacten.</translation>
    </message>
    <message>
        <source>What the figures cost or could save, at the cost per contact and customer value in the settings (%1). Repeat cost: repeat contacts × cost per contact. FCR gain: what reaching the FCR target would save. Churn value at risk: customers lost × customer value (the whole operation only).</source>
        <translation>Wat de cijfers kosten of kunnen besparen, tegen de kosten per contact en klantwaarde uit de instellingen (%1). Kosten van herhaalcontacten: herhaalcontacten × kosten per contact. FCR-winst: wat het halen van het FCR-doel zou besparen. Waarde van klantverloop: verloren klanten × klantwaarde (alleen de hele organisatie).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>No survey comments this week.</source>
        <translation>Geen enquêteopmerkingen deze week.</translation>
    </message>
    <message>
        <source>The week&apos;s lowest- and highest-rated survey comments. Numbers and e-mail addresses in comments are blanked out; customers are never named.</source>
        <translation>De laagst en hoogst beoordeelde enquêteopmerkingen van de week. Nummers en e-mailadressen in opmerkingen zijn weggelaten; klanten worden nooit genoemd.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>(private note: not printed)</source>
        <translation>(privénotitie: niet afgedrukt)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Notes written this week</source>
        <translation>Notities van deze week</translation>
    </message>
    <message>
        <source>No coaching notes were written this week.</source>
        <translation>Er zijn deze week geen coachingnotities geschreven.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Vervolgafspraken te doen</translation>
    </message>
    <message>
        <source>No follow-ups are due by the end of the week.</source>
        <translation>Er zijn geen vervolgafspraken te doen voor het einde van de week.</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(te laat)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Te doen op</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>Conflicts in the %1 weeks shown</source>
        <translation>Conflicten in de %1 getoonde weken</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coachingnotities</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Weekoverzicht %1</translation>
    </message>
    <message>
        <source>There are no contacts in this week: its figures say “no data”.</source>
        <translation>Deze week heeft geen contacten: de cijfers zeggen „geen gegevens”.</translation>
    </message>
</context>
<context>
    <name>WeeklyReportData</name>
    <message>
        <source>“%1” is not an ISO week such as 2026-W47.</source>
        <translation>„%1” is geen ISO-week zoals 2026-W47.</translation>
    </message>
    <message>
        <source>No team “%1” has contacts in the 13 weeks up to %2.</source>
        <translation>Geen team „%1” heeft contacten in de 13 weken tot en met %2.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the shared strings are not readable XML: %1</source>
        <translation>de gedeelde teksten zijn geen leesbare XML: %1</translation>
    </message>
    <message>
        <source>the styles are not readable XML: %1</source>
        <translation>de stijlen zijn geen leesbare XML: %1</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx): the file is not a readable zip archive</source>
        <translation>geen Excel-werkmap (.xlsx): het bestand is geen leesbaar zip-archief</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx): it lists no sheets</source>
        <translation>geen Excel-werkmap (.xlsx): er staan geen bladen in</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot; (it has: %2)</source>
        <translation>de werkmap heeft geen blad met de naam &quot;%1&quot; (wel: %2)</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is missing from the workbook</source>
        <translation>het blad &quot;%1&quot; ontbreekt in de werkmap</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; cannot be read</source>
        <translation>het blad &quot;%1&quot; kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the workbook&apos;s list of sheets is not readable XML: %1</source>
        <translation>de lijst met bladen van de werkmap is geen leesbare XML: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan het bestand niet openen: %1</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has a cell with a bad reference &quot;%2&quot; in row %3</source>
        <translation>het blad &quot;%1&quot; heeft in rij %3 een cel met een ongeldige verwijzing &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has a cell %2 that refers to shared string %3, but the workbook has only %4 shared strings</source>
        <translation>het blad &quot;%1&quot; heeft een cel %2 die verwijst naar gedeelde tekst %3, maar de werkmap heeft er maar %4</translation>
    </message>
    <message>
        <source>the workbook is damaged: the sheet &quot;%1&quot; cannot be unpacked (zip error %2)</source>
        <translation>de werkmap is beschadigd: het blad &quot;%1&quot; kan niet worden uitgepakt (zip-fout %2)</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is not readable XML in row %2: %3</source>
        <translation>het blad &quot;%1&quot; is geen leesbare XML in rij %2: %3</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is not readable XML after row %2: %3</source>
        <translation>het blad &quot;%1&quot; is geen leesbare XML na rij %2: %3</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is not readable XML: %2</source>
        <translation>het blad &quot;%1&quot; is geen leesbare XML: %2</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ActionDialog</name>
    <message>
        <source>Improvement action %1</source>
        <translation>Verbeteractie %1</translation>
    </message>
    <message>
        <source>New improvement action</source>
        <translation>Nieuwe verbeteractie</translation>
    </message>
    <message>
        <source>estimate from the data</source>
        <translation>schatten uit de gegevens</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>Contact &amp;reason:</source>
        <translation>Contact&amp;reden:</translation>
    </message>
    <message>
        <source>or &amp;KPI:</source>
        <translation>of K&amp;PI:</translation>
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
        <translation>&amp;Inspanning:</translation>
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
        <translation>&amp;Verwachte besparing in contacten per maand:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ActionModel</name>
    <message>
        <source>improved</source>
        <translation>verbeterd</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>geen duidelijke verandering</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in afwachting</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>geschrapt</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>quick win</source>
        <translation>snelle winst</translation>
    </message>
    <message>
        <source>major project</source>
        <translation>groot project</translation>
    </message>
    <message>
        <source>fill-in</source>
        <translation>tussendoortje</translation>
    </message>
    <message>
        <source>thankless</source>
        <translation>ondankbaar</translation>
    </message>
    <message>
        <source>impact unknown</source>
        <translation>impact onbekend</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Richt zich op</translation>
    </message>
    <message>
        <source>Team or queue</source>
        <translation>Team of wachtrij</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Voor → na</translation>
    </message>
    <message>
        <source>Saved so far</source>
        <translation>Tot nu toe bespaard</translation>
    </message>
    <message>
        <source>Impact and effort</source>
        <translation>Impact en inspanning</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ActionsWidget</name>
    <message>
        <source>Improvement actions</source>
        <translation>Verbeteracties</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nieuwe actie…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Meten…</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Verbeteractie</translation>
    </message>
    <message>
        <source>No start date: nothing to measure yet.</source>
        <translation>Geen startdatum: nog niets te meten.</translation>
    </message>
    <message>
        <source>Select an action to see what it did.</source>
        <translation>Kies een actie om te zien wat ze deed.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>%1: %2 in the %3 weeks before week %4, %5 in the %6 weeks after.</source>
        <translation>%1: %2 in de %3 weken voor week %4, %5 in de %6 weken erna.</translation>
    </message>
    <message>
        <source>The trend already under way would have given %1.</source>
        <translation>De trend die al gaande was had %1 gegeven.</translation>
    </message>
    <message>
        <source>Moving as the untouched comparison moved would have given %1.</source>
        <translation>Meebewegen met de onaangeroerde vergelijking had %1 gegeven.</translation>
    </message>
    <message>
        <source>Verdict: %1.</source>
        <translation>Oordeel: %1.</translation>
    </message>
    <message>
        <source>Saved so far: %1 %2.</source>
        <translation>Tot nu toe bespaard: %1 %2.</translation>
    </message>
    <message>
        <source>ROI %1 %, payback in %2 weeks.</source>
        <translation>ROI %1 %, terugverdiend in %2 weken.</translation>
    </message>
    <message>
        <source>A before/after comparison shows what changed, not why.</source>
        <translation>Een voor/na-vergelijking toont wat veranderde, niet waarom.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentKpiModel</name>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
</context>
<context>
    <name>huddle::ui::AgentView</name>
    <message>
        <source>Reading contact reasons…</source>
        <translation>Contactredenen lezen…</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Medewerker %1</translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation>Contactredenen</translation>
    </message>
    <message>
        <source>Conflicts in these weeks</source>
        <translation>Conflicten in deze weken</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coachingnotities</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s), biggest first</source>
        <translation>
            <numerusform>%n reden, grootste eerst</numerusform>
            <numerusform>%n redenen, grootste eerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Wat het betekent</translation>
    </message>
    <message>
        <source>Coaching topic: %1</source>
        <translation>Coachingonderwerp: %1</translation>
    </message>
    <message>
        <source>No coaching notes for this agent yet.</source>
        <translation>Nog geen coachingnotities voor deze medewerker.</translation>
    </message>
    <message>
        <source>Double-click a conflict to write a coaching note about it.</source>
        <translation>Dubbelklik op een conflict om er een coachingnotitie over te schrijven.</translation>
    </message>
    <message>
        <source>Double-click a note to edit it.</source>
        <translation>Dubbelklik op een notitie om die te bewerken.</translation>
    </message>
    <message>
        <source>Effect of the coaching note</source>
        <translation>Effect van de coachingnotitie</translation>
    </message>
    <message>
        <source>Select a note with a KPI to see that KPI before and after it.</source>
        <translation>Kies een notitie met een KPI om die KPI ervoor en erna te zien.</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nieuwe notitie…</translation>
    </message>
    <message>
        <source>Measuring the effects…</source>
        <translation>Effecten worden gemeten…</translation>
    </message>
    <message>
        <source>This note names no KPI, so its effect cannot be measured: add one in the editor.</source>
        <translation>Deze notitie noemt geen KPI, dus het effect kan niet worden gemeten: voeg er een toe in de editor.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::CoachingWidget</name>
    <message>
        <source>Coaching notes</source>
        <translation>Coachingnotities</translation>
    </message>
    <message>
        <source>Double-click a note to edit it.</source>
        <translation>Dubbelklik op een notitie om die te bewerken.</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nieuwe notitie…</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Opvolgingen die verlopen</translation>
    </message>
    <message>
        <source>Effect of coaching by KPI</source>
        <translation>Effect van coaching per KPI</translation>
    </message>
    <message>
        <source>How often coaching was followed by improvement</source>
        <translation>Hoe vaak op coaching een verbetering volgde</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Deleted notes</source>
        <translation>Verwijderde notities</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>With deleted</source>
        <translation>Met verwijderde</translation>
    </message>
    <message>
        <source>In the bin only</source>
        <translation>Alleen prullenbak</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>Written from</source>
        <translation>Geschreven vanaf</translation>
    </message>
    <message>
        <source>Written until</source>
        <translation>Geschreven tot</translation>
    </message>
    <message>
        <source>Search what was observed or agreed</source>
        <translation>Zoek in wat is waargenomen of afgesproken</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notities zoeken</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>Onder&amp;werp:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Written &amp;from:</source>
        <translation>Geschreven &amp;vanaf:</translation>
    </message>
    <message>
        <source>u&amp;ntil:</source>
        <translation>t&amp;ot:</translation>
    </message>
    <message>
        <source>Measuring the effects…</source>
        <translation>Effecten worden gemeten…</translation>
    </message>
    <message numerus="yes">
        <source>Open notes to follow up by the end of %1 (%2), overdue ones too: %n note(s).</source>
        <translation>
            <numerusform>Open notities om op te volgen vóór het einde van %1 (%2), ook achterstallige: %n notitie.</numerusform>
            <numerusform>Open notities om op te volgen vóór het einde van %1 (%2), ook achterstallige: %n notities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a week on the dashboard to see the follow-ups due.</source>
        <translation>Kies een week op het dashboard om de verlopen opvolgingen te zien.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ColourScaleLegend</name>
    <message>
        <source>Colour scale from %1 to %2, target %3</source>
        <translation>Kleurschaal van %1 tot %2, doel %3</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>doel %1</translation>
    </message>
    <message>
        <source>orange: worse than target · blue: better</source>
        <translation>oranje: slechter dan doel · blauw: beter</translation>
    </message>
    <message>
        <source>fewer than %1 contacts</source>
        <translation>minder dan %1 contacten</translation>
    </message>
    <message>
        <source>no contacts</source>
        <translation>geen contacten</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DashboardWidget</name>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Search agents or teams</source>
        <translation>Zoek medewerkers of teams</translation>
    </message>
    <message>
        <source>Search agents</source>
        <translation>Medewerkers zoeken</translation>
    </message>
    <message>
        <source>Conflicts this week</source>
        <translation>Conflicten deze week</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts this week&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conflicten deze week&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Coaching topic: %1</source>
        <translation>Coachingonderwerp: %1</translation>
    </message>
    <message>
        <source>No conflicts this week.</source>
        <translation>Geen conflicten deze week.</translation>
    </message>
    <message>
        <source>Operation, teams and agents</source>
        <translation>Organisatie, teams en medewerkers</translation>
    </message>
    <message>
        <source>Shown for</source>
        <translation>Getoond voor</translation>
    </message>
    <message>
        <source>Double-click an agent to open their view, a figure to list its contacts.</source>
        <translation>Dubbelklik op een medewerker om diens overzicht te openen, op een cijfer om de contacten erachter te tonen.</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige week (Alt+Links)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Volgende week (Alt+Rechts)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Wacht&amp;rij:</translation>
    </message>
    <message>
        <source>No contacts for these filters.</source>
        <translation>Geen contacten voor deze filters.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle wachtrijen</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(geen team)</translation>
    </message>
    <message>
        <source>%1 (agent)</source>
        <translation>%1 (medewerker)</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (team)</translation>
    </message>
    <message>
        <source>%1 (queue)</source>
        <translation>%1 (wachtrij)</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>&amp;Write a coaching note…</source>
        <translation>Coachingnotitie &amp;schrijven…</translation>
    </message>
    <message>
        <source>A coaching note about the selected conflict, pre-filled from it</source>
        <translation>Een coachingnotitie over het gekozen conflict, vooraf ingevuld</translation>
    </message>
    <message>
        <source>note written</source>
        <translation>notitie geschreven</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Im&amp;provement action…</source>
        <translation>Verbeteractie &amp;plannen…</translation>
    </message>
    <message>
        <source>An improvement action on the KPI the selected conflict puts at risk, pre-filled from it</source>
        <translation>Een verbeteractie voor de KPI die het gekozen conflict in gevaar brengt, vooraf ingevuld vanuit het conflict</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DrillDownDialog</name>
    <message>
        <source>Numerator</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Noemer</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niet gehaald</translation>
    </message>
    <message>
        <source>whole operation</source>
        <translation>hele organisatie</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>hele periode</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 van %3)</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Contacts behind %1 — %2</source>
        <translation>Contacten achter %1 — %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Part of the figure</source>
        <translation>Deel van het cijfer</translation>
    </message>
    <message>
        <source>Numerator: the rows the figure counts; denominator: all rows it is taken over; failed: the denominator&apos;s rows the numerator leaves out (for NPS, the detractors).</source>
        <translation>Teller: de rijen die het cijfer telt; noemer: alle rijen waarover het wordt berekend; niet gehaald: de rijen van de noemer die de teller weglaat (bij NPS de criticasters).</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Deel:</translation>
    </message>
    <message>
        <source>Search contacts, agents, queues, comments</source>
        <translation>Zoek in contacten, medewerkers, wachtrijen, opmerkingen</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Rijen doorzoeken</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Rows behind the figure</source>
        <translation>Rijen achter het cijfer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Listing rows</source>
        <translation>Rijen ophalen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>De geselecteerde rijen kopiëren als tekst gescheiden door tabs</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>De geselecteerde rijen kopiëren</translation>
    </message>
    <message>
        <source>Listing the rows…</source>
        <translation>Rijen ophalen…</translation>
    </message>
    <message>
        <source>Cannot list the rows: %1</source>
        <translation>Kan de rijen niet ophalen: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rijen: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Rijen: %1 van %2</translation>
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
        <translation>QA-beoordeling %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DriverForestPlot</name>
    <message>
        <source>Drivers of %1 with their 95 % intervals</source>
        <translation>Drijfveren van %1 met hun 95 %-intervallen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n agent-week(s)</source>
        <translation>
            <numerusform>%1: %n agentweek</numerusform>
            <numerusform>%1: %n agentweken</numerusform>
        </translation>
    </message>
    <message>
        <source>with one standard deviation more of the driver</source>
        <translation>bij één standaardafwijking meer van de drijfveer</translation>
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
        <translation>Eén standaardafwijking van de drijfveer over de gebruikte agentweken</translation>
    </message>
    <message>
        <source>How much more %1 goes with one standard deviation more of %2, the other drivers held equal</source>
        <translation>Hoeveel meer %1 samengaat met één standaardafwijking meer %2, bij gelijke andere drijfveren</translation>
    </message>
    <message>
        <source>Correlation with %1 alone, 95 % interval %2 … %3</source>
        <translation>Correlatie met alleen %1, 95 %-interval %2 … %3</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Drijfveer</translation>
    </message>
    <message>
        <source>1 SD of the driver</source>
        <translation>1 SD van de drijfveer</translation>
    </message>
    <message>
        <source>With 1 SD more</source>
        <translation>Bij 1 SD meer</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 %-interval</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlatie</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Agent-weeks</source>
        <translation>Agentweken</translation>
    </message>
</context>
<context>
    <name>huddle::ui::DriversPanel</name>
    <message>
        <source>Drivers of satisfaction</source>
        <translation>Drijfveren van tevredenheid</translation>
    </message>
    <message>
        <source>Which KPIs move with satisfaction across the agent-weeks of this question: each driver&apos;s effect is how much more CSAT or NPS goes with one standard deviation more of it, the other drivers held equal, with its 95 % interval. A driver is clear when its interval excludes 0.</source>
        <translation>Welke KPI&apos;s meebewegen met tevredenheid over de agentweken van deze vraag: het effect van een drijfveer is hoeveel meer CSAT of NPS samengaat met één standaardafwijking meer ervan, bij gelijke andere drijfveren, met het 95 %-interval. Een drijfveer is duidelijk als het interval 0 uitsluit.</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>Kanttekening</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n agent-week(s) with enough answers</source>
        <translation>
            <numerusform>%1: %n agentweek met genoeg antwoorden</numerusform>
            <numerusform>%1: %n agentweken met genoeg antwoorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n more left out because a driver had no data</source>
        <translation>
            <numerusform>, %n weggelaten omdat een drijfveer geen gegevens had</numerusform>
            <numerusform>, %n weggelaten omdat een drijfveer geen gegevens had</numerusform>
        </translation>
    </message>
    <message>
        <source>, R² %1 (the share of its variation the drivers account for together)</source>
        <translation>, R² %1 (het deel van de variatie dat de drijfveren samen verklaren)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::HourOfWeekModel</name>
    <message>
        <source>%1 %2:00–%2:59: no contacts</source>
        <translation>%1 %2:00–%2:59: geen contacten</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
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
        <translation>%1 per weekdag en uur</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImpactMatrixView</name>
    <message>
        <source>Quick wins: high impact, low effort — first</source>
        <translation>Snelle winst: grote impact, weinig moeite — eerst</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Grote projecten</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Opvullers</translation>
    </message>
    <message>
        <source>Thankless</source>
        <translation>Ondankbaar</translation>
    </message>
    <message>
        <source>Impact–effort matrix of the open actions</source>
        <translation>Impact-moeitematrix van de open acties</translation>
    </message>
    <message>
        <source>%1
%2 contacts a month, %3 effort: %4</source>
        <translation>%1
%2 contacten per maand, moeite %3: %4</translation>
    </message>
    <message>
        <source>about %1 %2 a month</source>
        <translation>ongeveer %1 %2 per maand</translation>
    </message>
    <message>
        <source>Impact and effort of the open actions</source>
        <translation>Impact en moeite van de open acties</translation>
    </message>
    <message>
        <source>Contacts a month</source>
        <translation>Contacten per maand</translation>
    </message>
    <message>
        <source>%1 effort</source>
        <translation>Moeite: %1</translation>
    </message>
    <message>
        <source>No open action with an impact to place yet.</source>
        <translation>Nog geen open actie met een impact om te plaatsen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) without an expected impact are not placed.</source>
        <translation>
            <numerusform>%n open actie zonder verwachte impact is niet geplaatst.</numerusform>
            <numerusform>%n open acties zonder verwachte impact zijn niet geplaatst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportCheckPage</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Every row is read and checked; nothing is written yet.</source>
        <translation>Elke rij wordt gelezen en gecontroleerd; er wordt nog niets geschreven.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>The rows are written in one step: if you cancel, nothing is imported.</source>
        <translation>De rijen worden in één stap geschreven: als u annuleert, wordt er niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 controleren…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly; nothing was imported.</source>
        <translation>De import is onverwacht gestopt; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Ready: %1 new rows, %2 already in the store, %3 rejected.</source>
        <translation>Klaar: %1 nieuwe rijen, %2 al in de opslag, %3 afgewezen.</translation>
    </message>
    <message>
        <source>Imported: %1 new rows, %2 already in the store, %3 rejected.</source>
        <translation>Geïmporteerd: %1 nieuwe rijen, %2 al in de opslag, %3 afgewezen.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid, so nothing would be imported. Fix the file, or go back and choose to skip invalid rows.</source>
        <translation>%1 van %2 rijen zijn ongeldig, dus er zou niets worden geïmporteerd. Herstel het bestand, of ga terug en kies ervoor ongeldige rijen over te slaan.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Dit bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Geannuleerd: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The store could not be written: %1</source>
        <translation>De opslag kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>This exact file was imported before (import %1).</source>
        <translation>Precies dit bestand is al eerder geïmporteerd (import %1).</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportFilePage</name>
    <message>
        <source>Interactions (calls, chats, e-mails)</source>
        <translation>Interacties (gesprekken, chats, e-mails)</translation>
    </message>
    <message>
        <source>Surveys (CSAT, NPS, CES)</source>
        <translation>Enquêtes (CSAT, NPS, CES)</translation>
    </message>
    <message>
        <source>QA evaluations</source>
        <translation>QA-beoordelingen</translation>
    </message>
    <message>
        <source>Agents (roster)</source>
        <translation>Medewerkers (rooster)</translation>
    </message>
    <message>
        <source>Engagement pulses</source>
        <translation>Betrokkenheidsmetingen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Summary report (per day or interval)</source>
        <translation>Samenvattingsrapport (per dag of interval)</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Kies een export</translation>
    </message>
    <message>
        <source>Pick or drop the file your contact-center platform exported: CSV, Excel (.xlsx), Asterisk queue_log or Amazon Connect records.</source>
        <translation>Kies of sleep het bestand dat uw contactcenterplatform heeft geëxporteerd: CSV, Excel (.xlsx), Asterisk queue_log of Amazon Connect-records.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Wat het bestand bevat</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Bevat:</translation>
    </message>
    <message>
        <source>Nothing is written until the last step, and an import can be undone later from File › Import history.</source>
        <translation>Er wordt niets geschreven tot de laatste stap, en een import kan later ongedaan worden gemaakt via Bestand › Importgeschiedenis.</translation>
    </message>
    <message>
        <source>Import an export</source>
        <translation>Een export importeren</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx *.json *.jsonl *queue_log*);;All files (*)</source>
        <translation>Exports (*.csv *.txt *.tsv *.xlsx *.json *.jsonl *queue_log*);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;ongedaan maken…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <source>Remove every row that import %1 added? Rows that other imports also brought stay.</source>
        <translation>Alle rijen verwijderen die import %1 heeft toegevoegd? Rijen die ook door andere imports zijn aangeleverd blijven staan.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportHistoryModel</name>
    <message>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
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
        <translation>Het hele bestand &amp;afwijzen als een rij ongeldig is (de opslag blijft zoals hij was)</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows and import the rest</source>
        <translation>Ongeldige rijen &amp;overslaan en de rest importeren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Choose a preset for your platform&apos;s export, or say which column holds each field. Only the ids and times are required.</source>
        <translation>Kies een voorinstelling voor de export van uw platform, of geef aan welke kolom elk veld bevat. Alleen de id&apos;s en tijden zijn verplicht.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voorinstelling:</translation>
    </message>
    <message>
        <source>Huddle format (docs/formats.md)</source>
        <translation>Huddle-formaat (docs/formats.md)</translation>
    </message>
    <message>
        <source>Load a mapping file…</source>
        <translation>Een koppelingsbestand laden…</translation>
    </message>
    <message>
        <source>Load a mapping file</source>
        <translation>Een koppelingsbestand laden</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Koppelingsbestanden (*.json)</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Koppelingsbestand</translation>
    </message>
    <message>
        <source>This mapping is for %1, not %2.</source>
        <translation>Deze koppeling is voor %1, niet voor %2.</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(niet in dit bestand)</translation>
    </message>
    <message>
        <source>This format has its own reader: no columns to choose.</source>
        <translation>Dit formaat heeft een eigen lezer: er zijn geen kolommen te kiezen.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The first rows as Huddle reads them. If the columns look wrong, choose the encoding or delimiter yourself.</source>
        <translation>De eerste rijen zoals Huddle ze leest. Zien de kolommen er verkeerd uit, kies dan zelf de codering of het scheidingsteken.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detecteren</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Sluisteken ( | )</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Voorbeeld van de eerste rijen</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>Excel workbook: the first sheet is read.</source>
        <translation>Excel-werkmap: het eerste blad wordt gelezen.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Read as %1, fields separated by &quot;%2&quot;.</source>
        <translation>Gelezen als %1, velden gescheiden door &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>huddle::ui::InsightsWidget</name>
    <message>
        <source>Leading and lagging indicators</source>
        <translation>Voorlopende en achterlopende indicatoren</translation>
    </message>
    <message>
        <source>Contact reasons</source>
        <translation>Contactredenen</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Berekenen</translation>
    </message>
    <message>
        <source>Leading indicators move first: steer on them day to day. Lagging indicators report the outcome weeks later. Each line puts a leading KPI beside a lagging KPI it tends to precede: the newest week&apos;s value, the trend (rising or falling only when its 95 % interval excludes no change) and where that trend leads in four weeks (hover for each week and its interval).</source>
        <translation>Voorlopende indicatoren bewegen eerst: stuur daar dagelijks op. Achterlopende indicatoren tonen het resultaat weken later. Elke regel zet een voorlopende KPI naast een achterlopende KPI die er meestal op volgt: de waarde van de nieuwste week, de trend (alleen stijgend of dalend als het 95%-interval &apos;geen verandering&apos; uitsluit) en waar die trend over vier weken uitkomt (wijs met de muis aan voor elke week en het interval).</translation>
    </message>
    <message>
        <source>Leading vs lagging</source>
        <translation>Voorlopend en achterlopend</translation>
    </message>
    <message>
        <source>By hour of week</source>
        <translation>Per uur van de week</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berekenen…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>hele periode</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>wachtrij %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>kanaal %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>medewerker %1</translation>
    </message>
    <message>
        <source>No contacts for this question.</source>
        <translation>Geen contacten voor deze selectie.</translation>
    </message>
    <message>
        <source>Local hours in the store&apos;s time zone (%1), the question&apos;s dates folded onto one week. Summary reports have no hour and are left out.</source>
        <translation>Lokale uren in de tijdzone van de opslag (%1), de datums van de selectie samengevouwen tot één week. Samenvattingsrapporten hebben geen uur en tellen niet mee.</translation>
    </message>
    <message>
        <source>Improvement action for this rea&amp;son…</source>
        <translation>Verbeteractie voor deze &amp;reden…</translation>
    </message>
    <message>
        <source>What drives satisfaction</source>
        <translation>Wat tevredenheid drijft</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Stem van de klant</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gesprekstijd</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Doorverbonden</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
</context>
<context>
    <name>huddle::ui::KpiChartView</name>
    <message>
        <source>%1 by week</source>
        <translation>%1 per week</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coachingnotitie</translation>
    </message>
    <message>
        <source>Coaching notes of %1:</source>
        <translation>Coachingnotities van %1:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::KpiTile</name>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
</context>
<context>
    <name>huddle::ui::LeadingIndicatorsModel</name>
    <message>
        <source>too few weeks</source>
        <translation>te weinig weken</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Leading indicator</source>
        <translation>Voorlopende indicator</translation>
    </message>
    <message>
        <source>Its trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Lagging indicator it precedes</source>
        <translation>Achterlopende indicator die erop volgt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>If the trend of the last weeks holds:</source>
        <translation>Als de trend van de afgelopen weken aanhoudt:</translation>
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
        <translation>%1 stijgend (%2 per week)</translation>
    </message>
    <message>
        <source>%1 falling (%2 a week)</source>
        <translation>%1 dalend (%2 per week)</translation>
    </message>
    <message>
        <source>%1 flat</source>
        <translation>%1 vlak</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Where it heads</source>
        <translation>Verwachting</translation>
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
        <translation>Zoeken in geladen contacten (medewerker, wachtrij, reden, …)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Imported contacts</source>
        <translation>Geïmporteerde contacten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Opslag &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Huddle</source>
        <translation>&amp;Over Huddle</translation>
    </message>
    <message>
        <source>About Huddle</source>
        <translation>Over Huddle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Huddle %1&lt;/b&gt;&lt;p&gt;Contact-center KPIs for team leaders: fast, resolved and felt.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Huddle %1&lt;/b&gt;&lt;p&gt;Contactcenter-KPI&apos;s voor teamleiders: snel, opgelost en gevoeld.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Opslag: %1</translation>
    </message>
    <message>
        <source>Contacts: %1 · Surveys: %2 · Agents: %3 · Imports: %4</source>
        <translation>Contacten: %1 · Enquêtes: %2 · Medewerkers: %3 · Imports: %4</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Opslag openen</translation>
    </message>
    <message>
        <source>Huddle stores (*.huddle *.sqlite);;All files (*)</source>
        <translation>Huddle-opslagen (*.huddle *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Inzichten</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nieuwe opslag…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Re&amp;view mode</source>
        <translation>&amp;Bespreekmodus</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nieuwe opslag</translation>
    </message>
    <message>
        <source>Huddle stores (*.huddle)</source>
        <translation>Huddle-opslagen (*.huddle)</translation>
    </message>
    <message>
        <source>%1 exists already: open it with File › Open store.</source>
        <translation>%1 bestaat al: open het via Bestand › Opslag openen.</translation>
    </message>
    <message>
        <source>C&amp;oaching</source>
        <translation>C&amp;oaching</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>There is nothing to report yet: import contacts first.</source>
        <translation>Er is nog niets te rapporteren: importeer eerst contacten.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Cijfers lezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Pagina %1 van %2 schrijven…</translation>
    </message>
    <message>
        <source>Report written to %1 (%2 pages).</source>
        <translation>Rapport geschreven naar %1 (%2 pagina&apos;s).</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <source>Remove the cause of “%1” contacts</source>
        <translation>De oorzaak van „%1”-contacten wegnemen</translation>
    </message>
    <message>
        <source>Fewer “%1” contacts</source>
        <translation>Minder „%1”-contacten</translation>
    </message>
</context>
<context>
    <name>huddle::ui::NoteEditor</name>
    <message>
        <source>&amp;Shared with the agent</source>
        <translation>Ge&amp;deeld met de medewerker</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coachingnotitie</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>History of the note</source>
        <translation>Geschiedenis van de notitie</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>Opgeslagen toestand</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw doen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move the note to the bin: it can be restored</source>
        <translation>De notitie naar de prullenbak verplaatsen: ze kan worden teruggezet</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Terug&amp;zetten</translation>
    </message>
    <message>
        <source>Agent &amp;acknowledged</source>
        <translation>Medewerker heeft &amp;bevestigd</translation>
    </message>
    <message>
        <source>The agent has read this shared note</source>
        <translation>De medewerker heeft deze gedeelde notitie gelezen</translation>
    </message>
    <message>
        <source>&amp;Export for the agent…</source>
        <translation>&amp;Exporteren voor de medewerker…</translation>
    </message>
    <message>
        <source>Save the shared note as Markdown to print or send</source>
        <translation>De gedeelde notitie als Markdown opslaan om te printen of te versturen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>the week it was written, or e.g. 2026-W45</source>
        <translation>de week waarin ze is geschreven, of bijv. 2026-W45</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>The KPIs the note is about: their effect is measured before and after the note&apos;s week</source>
        <translation>De KPI&apos;s waar de notitie over gaat: hun effect wordt gemeten voor en na de week van de notitie</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>&amp;KPI&apos;s:</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflict:</source>
        <translation>Conflict:</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>What you and the agent agreed on</source>
        <translation>Wat u en de medewerker hebben afgesproken</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>waargenomen</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>afgesproken</translation>
    </message>
    <message>
        <source>&amp;Observed:</source>
        <translation>W&amp;aargenomen:</translation>
    </message>
    <message>
        <source>A&amp;greed:</source>
        <translation>A&amp;fgesproken:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>Geen opvolgdatum</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>O&amp;pvolging:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Shared notes can be printed for the agent; private ones are the team leader&apos;s own</source>
        <translation>Gedeelde notities kunnen voor de medewerker worden geprint; privénotities zijn alleen voor de teamleider</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Coaching note %1 · %2</source>
        <translation>Coachingnotitie %1 · %2</translation>
    </message>
    <message>
        <source>New coaching note</source>
        <translation>Nieuwe coachingnotitie</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>In the bin since %1: Restore brings it back</source>
        <translation>In de prullenbak sinds %1: Terugzetten haalt haar terug</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>Changes are saved as you type</source>
        <translation>Wijzigingen worden tijdens het typen opgeslagen</translation>
    </message>
    <message>
        <source>Not stored yet: it is stored at your first change, or by Save</source>
        <translation>Nog niet opgeslagen: dat gebeurt bij uw eerste wijziging, of met Opslaan</translation>
    </message>
    <message>
        <source>acknowledged on %1</source>
        <translation>bevestigd op %1</translation>
    </message>
    <message>
        <source>Export the note for the agent</source>
        <translation>De notitie exporteren voor de medewerker</translation>
    </message>
    <message>
        <source>coaching-note-%1.md</source>
        <translation>coachingnotitie-%1.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export the note</source>
        <translation>De notitie exporteren</translation>
    </message>
</context>
<context>
    <name>huddle::ui::NoteHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>huddle::ui::NoteModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Geschreven door %1 op %2</translation>
    </message>
    <message>
        <source>Written from the conflict &quot;%1&quot;</source>
        <translation>Geschreven naar aanleiding van het conflict &quot;%1&quot;</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>shared, acknowledged</source>
        <translation>gedeeld, bevestigd</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ParetoChartView</name>
    <message>
        <source>Contact reasons, biggest first, with their cumulative share</source>
        <translation>Contactredenen, grootste eerst, met hun cumulatieve aandeel</translation>
    </message>
    <message>
        <source>Contact reasons (Pareto)</source>
        <translation>Contactredenen (Pareto)</translation>
    </message>
    <message>
        <source>Structural</source>
        <translation>Structureel</translation>
    </message>
    <message>
        <source>Had incident days</source>
        <translation>Met incidentdagen</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Overige redenen</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulatief aandeel</translation>
    </message>
    <message numerus="yes">
        <source>%n other reasons</source>
        <translation>
            <numerusform>%n andere reden</numerusform>
            <numerusform>%n andere redenen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(geen reden)</translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ReasonParetoModel</name>
    <message>
        <source>structural</source>
        <translation>structureel</translation>
    </message>
    <message>
        <source>incident on %1</source>
        <translation>incident op %1</translation>
    </message>
    <message>
        <source>At least the structural share of contacts for 4 weeks in a row.</source>
        <translation>Minstens het structurele aandeel van de contacten, 4 weken achter elkaar.</translation>
    </message>
    <message>
        <source>Daily volume above its trailing 28-day mean + 3 σ, back below within 7 days.</source>
        <translation>Dagvolume boven het voortschrijdende 28-daagse gemiddelde + 3 σ, binnen 7 dagen weer eronder.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulatief aandeel</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Herhaalpercentage</translation>
    </message>
    <message>
        <source>Structural or incident</source>
        <translation>Structureel of incident</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ReportExportDialog</name>
    <message>
        <source>Add one page per &amp;agent</source>
        <translation>Eén pagina per &amp;medewerker toevoegen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Whole operation</source>
        <translation>Hele organisatie</translation>
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
        <translation>&amp;Rapport over:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekoverzicht</translation>
    </message>
    <message>
        <source>Quarterly management report</source>
        <translation>Kwartaalrapport voor het management</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>Rapp&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Week or quarter:</source>
        <translation>&amp;Week of kwartaal:</translation>
    </message>
</context>
<context>
    <name>huddle::ui::ReviewWindow</name>
    <message>
        <source>Weekly review</source>
        <translation>Weekbespreking</translation>
    </message>
    <message>
        <source>Right, Page Down or Space: next page. Left, Page Up or Backspace: previous page. Home, End: first, last page. Escape: close.</source>
        <translation>Pijl rechts, Page Down of spatiebalk: volgende pagina. Pijl links, Page Up of Backspace: vorige pagina. Home, End: eerste, laatste pagina. Escape: sluiten.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>No contacts in this store yet.</source>
        <translation>Nog geen contacten in deze opslag.</translation>
    </message>
</context>
<context>
    <name>huddle::ui::RisingWordsModel</name>
    <message>
        <source>Clear when the rise is more than chance: the 95 % interval of its log odds ratio excludes 0.</source>
        <translation>Duidelijk als de stijging meer is dan toeval: het 95 %-interval van de log-oddsratio sluit 0 uit.</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>clear rise</source>
        <translation>duidelijke stijging</translation>
    </message>
    <message>
        <source>could be chance</source>
        <translation>kan toeval zijn</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Woord</translation>
    </message>
    <message>
        <source>Negative comments</source>
        <translation>Negatieve opmerkingen</translation>
    </message>
    <message>
        <source>In the weeks before</source>
        <translation>In de weken ervoor</translation>
    </message>
    <message>
        <source>Share rose</source>
        <translation>Aandeel steeg</translation>
    </message>
    <message>
        <source>Rise</source>
        <translation>Stijging</translation>
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
        <translation> dagen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
</context>
<context>
    <name>huddle::ui::SettingsDialog</name>
    <message>
        <source>Thresholds</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Vensters</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>%1 (setting %2)</source>
        <translation>%1 (instelling %2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Fill in the shipped defaults on every page (saved on Apply or OK)</source>
        <translation>Op elke pagina de standaardwaarden invullen (opgeslagen bij Toepassen of OK)</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>huddle::ui::TopicSummaryModel</name>
    <message>
        <source>%1 of %2 judged notes were followed by a clear improvement</source>
        <translation>Op %1 van %2 beoordeelde notities volgde een duidelijke verbetering</translation>
    </message>
    <message>
        <source>Judged notes written after a spell clearly worse than the agent&apos;s usual level: part of any recovery would have come anyway</source>
        <translation>Beoordeelde notities na een periode die duidelijk slechter was dan het gewone niveau van de medewerker: een deel van elk herstel was er hoe dan ook gekomen</translation>
    </message>
    <message>
        <source>KPI coached</source>
        <translation>Gecoachte KPI</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbeterd</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>Geen duidelijke verandering</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Slechter</translation>
    </message>
    <message>
        <source>After a bad spell</source>
        <translation>Na een slechte periode</translation>
    </message>
    <message>
        <source>Too early</source>
        <translation>Te vroeg</translation>
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
        <translation>Week</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
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
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>huddle::ui::VoicePanel</name>
    <message>
        <source>Survey comments</source>
        <translation>Enquêteopmerkingen</translation>
    </message>
    <message>
        <source>Most negative comments</source>
        <translation>Meest negatieve opmerkingen</translation>
    </message>
    <message>
        <source>Most positive comments</source>
        <translation>Meest positieve opmerkingen</translation>
    </message>
    <message>
        <source>Words rising in negative comments</source>
        <translation>Woorden die stijgen in negatieve opmerkingen</translation>
    </message>
    <message>
        <source>Words, agents or reasons</source>
        <translation>Woorden, agents of redenen</translation>
    </message>
    <message>
        <source>Filter comments</source>
        <translation>Opmerkingen filteren</translation>
    </message>
    <message>
        <source>Week of the highlights</source>
        <translation>Week van de hoogtepunten</translation>
    </message>
    <message>
        <source>Filte&amp;r comments:</source>
        <translation>Opmerkingen &amp;filteren:</translation>
    </message>
    <message>
        <source>Highlights of wee&amp;k:</source>
        <translation>Hoogtepunten van wee&amp;k:</translation>
    </message>
    <message>
        <source>Most negative</source>
        <translation>Meest negatief</translation>
    </message>
    <message>
        <source>Most positive</source>
        <translation>Meest positief</translation>
    </message>
    <message>
        <source>No contacts for this question.</source>
        <translation>Geen contacten voor deze vraag.</translation>
    </message>
    <message>
        <source>Survey comments of %1: %2, %3 of them negative. Customers&apos; numbers and e-mail addresses are taken out of what they wrote.</source>
        <translation>Enquêteopmerkingen van %1: %2, waarvan %3 negatief. Telefoonnummers en e-mailadressen van klanten zijn uit hun tekst gehaald.</translation>
    </message>
    <message numerus="yes">
        <source>No negative comments in the %n week(s) before (%1): nothing to compare with.</source>
        <translation>
            <numerusform>Geen negatieve opmerkingen in de %n week ervoor (%1): niets om mee te vergelijken.</numerusform>
            <numerusform>Geen negatieve opmerkingen in de %n weken ervoor (%1): niets om mee te vergelijken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Words in at least %1 of the %2 negative comments whose share rose against the %3 of the %n week(s) before (%4), highest rise first. A word&apos;s share also rises when other complaints fall.</source>
        <translation>
            <numerusform>Woorden in minstens %1 van de %2 negatieve opmerkingen waarvan het aandeel steeg ten opzichte van de %3 in de %n week ervoor (%4), grootste stijging eerst. Het aandeel van een woord stijgt ook als andere klachten dalen.</numerusform>
            <numerusform>Woorden in minstens %1 van de %2 negatieve opmerkingen waarvan het aandeel steeg ten opzichte van de %3 in de %n weken ervoor (%4), grootste stijging eerst. Het aandeel van een woord stijgt ook als andere klachten dalen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contact-center KPIs for team leaders.</source>
        <translation>Contactcenter-KPI&apos;s voor teamleiders.</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>De opslag die moet worden geopend.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>Open the demo store (created on first use).</source>
        <translation>De demo-opslag openen (bij het eerste gebruik aangemaakt).</translation>
    </message>
    <message>
        <source>An export to import.</source>
        <translation>Een te importeren export.</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <source>Preparing the demo data…</source>
        <translation>De demogegevens worden voorbereid…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
