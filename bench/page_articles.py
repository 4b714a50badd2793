"""The articles of the extraction test pages: written for this project, fictional.

Each article is a dict: headline, standfirst, authors, date, lang, site, and its body as
lines, where "## " starts a section heading, "- " a list item and "> " a block quote.
The body lines are the ground truth a good extractor returns; `bench/make_pages.py`
wraps each article in page furniture.
"""

from __future__ import annotations

ARTICLES: list[dict[str, object]] = [
    {
        "slug": "ferry-timetable",
        "lang": "en",
        "site": "The Harbour Courier",
        "headline": "Island ferry adds a late sailing after two winters of complaints",
        "standfirst": "Commuters on Skerry Island will get a 22:40 departure from January.",
        "authors": ["Maren Holt"],
        "date": "2026-11-18",
        "body": [
            "The ferry company serving Skerry Island will add a late evening sailing from "
            "the mainland in January, ending two winters in which shift workers said they "
            "had to choose between leaving work early and sleeping in their cars.",
            "The new departure leaves the mainland pier at 22:40 on weekdays and returns at "
            "23:30. It will run on a trial basis until the end of April, when the company "
            "and the island council will count passengers and decide whether to keep it.",
            '"We heard the same story at every meeting," said Tove Brekke, who chairs the '
            "council's transport committee. \"Nurses, cleaners and cooks finish at ten, "
            'and the last boat used to leave at a quarter to."',
            "The company said the extra crossing would cost about 310,000 crowns over the "
            "trial, shared equally with the council. Fares will not change.",
            "Passengers who spoke to the Courier on Monday welcomed the news but asked for "
            "the sailing to run on Saturdays too. The company said weekend demand would be "
            "looked at in the spring review.",
        ],
    },
    {
        "slug": "library-fines",
        "lang": "en",
        "site": "Northfield Gazette",
        "headline": "City libraries scrap late fines and find most books come back anyway",
        "standfirst": "A year without fines brought back more overdue books, not fewer.",
        "authors": ["Daniel Okafor", "Ruth Ames"],
        "date": "2026-10-02",
        "body": [
            "A year after Northfield's libraries stopped charging late fines, more overdue "
            "books have come back than in any of the five years before, according to "
            "figures presented to the city's culture committee on Tuesday.",
            "Librarians had warned that shelves would empty. Instead, returns of items more "
            "than a month late rose by 14 percent, and the number of blocked library cards "
            "fell from 6,200 to just under 900.",
            "## Why people came back",
            "Staff said many borrowers had stayed away for years because they were "
            "embarrassed about small debts. Several families returned bags of children's "
            "books that had been missing since before the pandemic.",
            '"One man brought back a cookery book he borrowed in 2011," said branch '
            'manager Priya Nair. "He apologised for ten minutes. We just thanked him."',
            "## What it cost",
            "Fines brought in about 48,000 pounds a year, less than the cost of collecting "
            "them, the report said. The committee will be asked next month to make the "
            "change permanent.",
        ],
    },
    {
        "slug": "heat-pumps",
        "lang": "en",
        "site": "Greenline Energy News",
        "headline": "Five things to check before you buy a heat pump",
        "standfirst": "Installers share the questions most homeowners forget to ask.",
        "authors": ["Sam Whitaker"],
        "date": "2026-09-14",
        "body": [
            "Heat pumps have become the default choice for new heating systems in many "
            "countries, but installers say buyers still make the same avoidable mistakes. "
            "We asked four of them what people should check first.",
            "- Insulation comes first: a pump sized for a draughty house will be too big "
            "once the loft is insulated.",
            "- Ask for a room-by-room heat loss calculation, not a rule of thumb.",
            "- Check where the outdoor unit will go and how loud it is at night.",
            "- Find out whether your radiators are large enough to work at lower temperatures.",
            "- Compare the running cost with your actual electricity tariff.",
            "Most of the installers said the last point surprised customers most. A pump "
            "that is cheap to run on one tariff can cost a third more on another.",
            "Grants are available in several regions, but they usually require the "
            "calculation to be done before any work starts.",
        ],
    },
    {
        "slug": "orchestra-strike",
        "lang": "en",
        "site": "Metro Arts Daily",
        "headline": "Orchestra musicians end strike after deal on rehearsal hours",
        "standfirst": "The season will open three weeks late.",
        "authors": ["Clara Voss"],
        "date": "2026-11-03",
        "body": [
            "Musicians of the Lakeshore Symphony voted on Sunday to end a 19-day strike, "
            "after management agreed to cap rehearsal time and restore two positions cut "
            "last year.",
            "The agreement, approved by 71 of the orchestra's 84 players, limits "
            "rehearsals to 20 hours a week outside festival periods and adds a paid rest "
            "day after touring.",
            "> We did not strike for money. We struck because people were getting hurt, "
            "and tendinitis does not care about a budget.",
            "The words came from principal cellist Jonas Lind, speaking outside the concert "
            "hall after the vote. Several players had taken medical leave in the last "
            "season, the union said.",
            "The orchestra's chief executive, Helen Marsh, said the deal was affordable "
            "because a foundation had pledged to cover the restored positions for three "
            "years. The opening concert, postponed from October, is now set for November "
            "22.",
        ],
    },
    {
        "slug": "school-phones",
        "lang": "en",
        "site": "Valley Post",
        "headline": "Secondary school's phone ban: teachers report calmer breaks",
        "standfirst": "Pupils are less sure.",
        "authors": ["Lucy Brennan"],
        "date": "2026-06-21",
        "body": [
            "Teachers at Ashcombe Secondary say lunch breaks have become noticeably calmer "
            "since phones were locked away during the school day in February.",
            "Under the rules, pupils place their phones in pouches that are sealed at the "
            "gate and opened at 3.15pm. Staff can unlock a pouch in an emergency.",
            "Deputy head Mark Ellery said reports of online bullying during school hours "
            'had fallen from eleven in the autumn term to two since the change. "The '
            'playground is loud again, which is how it should be," he said.',
            "Pupils interviewed by the Post were divided. Some said they talked to friends "
            "more; others said they felt cut off from parents who work shifts.",
            "The school will survey families in July before deciding whether to continue "
            "the policy next year.",
        ],
    },
    {
        "slug": "bridge-repairs",
        "lang": "en",
        "site": "Riverside Herald",
        "headline": "Old town bridge to close for eight months of repairs",
        "standfirst": "Engineers found corroded steel under the road deck.",
        "authors": ["Peter Quayle"],
        "date": "2026-08-30",
        "body": [
            "The Kingsmill Bridge, the oldest road crossing in the town centre, will close "
            "to traffic from March after inspectors found corrosion in the steel beams "
            "beneath its road deck.",
            "Pedestrians and cyclists will be able to use a temporary walkway on the "
            "downstream side for most of the work, the council said. Buses will be "
            "diverted over the ring road bridge, adding about ten minutes to the journey.",
            "## A bridge older than the cars",
            "Built in 1894 for horse-drawn carts, the bridge was strengthened in the 1960s "
            "but has never had its beams replaced. The repair is expected to cost 4.2 "
            "million pounds.",
            "Shop owners on Mill Street asked for the work to be phased so that the bridge "
            "reopens before the Christmas trade. The council said it would consider this "
            "but could not promise it.",
        ],
    },
    {
        "slug": "night-market",
        "lang": "en",
        "site": "Eastside Weekly",
        "headline": "Night market wins a permanent home in the old bus depot",
        "standfirst": "Stallholders will move in next spring.",
        "authors": ["Aisha Rahman"],
        "date": "2026-07-12",
        "body": [
            "The Eastside night market, which has moved between car parks for six years, "
            "will take over the disused bus depot on Foundry Lane next spring.",
            "The council approved a ten-year lease on Thursday. The market's organisers "
            "will pay a low rent in return for repairing the roof and opening the site to "
            "community groups during the day.",
            "About sixty traders sell food, plants and second-hand clothes on Friday and "
            "Saturday evenings. Many of them started the market after losing jobs in the "
            "depot's last years.",
            '"It is strange and lovely to come back here," said Ray Dolan, who drove '
            'buses from the depot for twenty years and now sells bread. "I parked the '
            'number nine exactly where my stall will be."',
            "Neighbours raised concerns about noise and parking. The lease limits trading "
            "to 11pm and requires the organisers to run a shuttle from the station.",
        ],
    },
    {
        "slug": "rescue-dog",
        "lang": "en",
        "site": "Coastline Today",
        "headline": "Lifeboat crew rescue dog stranded on sea stack",
        "standfirst": "The spaniel had chased a gull over the cliff edge.",
        "authors": [],
        "date": "2026-05-09",
        "body": [
            "A spaniel that spent a night stranded on a sea stack off Gull Point was "
            "brought back to shore by the volunteer lifeboat crew on Saturday morning.",
            "The dog, named Biscuit, had chased a gull over the edge of the cliff path on "
            "Friday evening and landed on a ledge about six metres above the water. Its "
            "owners raised the alarm but the sea was too rough for a rescue in the dark.",
            "At first light two crew members climbed the stack from the lifeboat and "
            "lowered the dog in a bag normally used for equipment.",
            '"She was cold and very hungry but wagging the whole time," said helmsman Iris '
            "Tanaka. The crew asked walkers to keep dogs on leads near the cliff edge, "
            "especially in the nesting season.",
        ],
    },
    {
        "slug": "wind-farm-vote",
        "lang": "en",
        "site": "Highland Ledger",
        "headline": "Community votes to buy a share in offshore wind farm",
        "standfirst": "Residents will own five percent of the Outer Reef project.",
        "authors": ["Fergus Maclean"],
        "date": "2026-04-27",
        "body": [
            "Residents of the Strathmore peninsula have voted to buy a five percent stake "
            "in the Outer Reef wind farm, which will be built twelve miles off their coast "
            "by 2030.",
            "Of the 2,310 people who voted, 1,688 backed the plan. The stake will be paid "
            "for with a loan from a public bank and repaid from the community's share of "
            "the profits.",
            "Supporters said the deal would bring the area about 900,000 pounds a year "
            "once the loan is repaid, money that could fund housing and a new ferry.",
            "Opponents argued that the risk was too high for a small community and that "
            "the turbines would spoil the view from the headland. Both sides said the "
            "turnout, over seventy percent, showed how much the question mattered.",
        ],
    },
    {
        "slug": "de-radweg",
        "lang": "de",
        "site": "Tageblatt am See",
        "headline": "Neuer Radweg am Seeufer wird im Frühjahr eröffnet",
        "standfirst": "Die Strecke verbindet drei Gemeinden.",
        "authors": ["Jana Keller"],
        "date": "2026-11-12",
        "body": [
            "Der lange geplante Radweg entlang des Seeufers soll im kommenden April "
            "eröffnet werden. Das teilte die Kreisverwaltung am Mittwoch mit.",
            "Die Strecke ist knapp elf Kilometer lang und verbindet die Gemeinden "
            "Uferdorf, Mühlbach und Seestetten. Bisher mussten Radfahrer dort auf der "
            "stark befahrenen Landstraße fahren.",
            "## Kosten höher als geplant",
            "Der Bau kostet rund 3,8 Millionen Euro und damit etwa ein Fünftel mehr als "
            "ursprünglich veranschlagt. Grund seien gestiegene Preise für Asphalt und "
            "eine aufwendigere Brücke über den Mühlbach, hieß es.",
            '"Wir haben jahrelang auf diesen Weg gewartet", sagte Bürgermeisterin Anna '
            "Roth. Besonders Schulkinder könnten nun sicher zum Gymnasium in Seestetten "
            "fahren.",
            "Naturschützer hatten darauf gedrängt, dass der Weg nicht durch das "
            "Schilfgebiet am Nordufer führt. Die Trasse wurde deshalb um einige hundert "
            "Meter verlegt.",
        ],
    },
    {
        "slug": "de-baeckerei",
        "lang": "de",
        "site": "Stadtkurier",
        "headline": "Letzte Bäckerei im Viertel findet eine Nachfolgerin",
        "standfirst": "Nach 41 Jahren übergibt Familie Brandl ihren Laden.",
        "authors": ["Tobias Wendt"],
        "date": "2026-10-20",
        "body": [
            "Die Bäckerei Brandl in der Lindenstraße bleibt geöffnet. Nach monatelanger "
            "Suche hat das Ehepaar Brandl eine Nachfolgerin gefunden: die 29 Jahre alte "
            "Konditormeisterin Selin Aydin.",
            'Aydin hat ihre Ausbildung in genau dieser Backstube gemacht. "Ich kenne hier '
            'jeden Ofen und jede Macke", sagt sie und lacht.',
            "Die Kundschaft hatte im Sommer Unterschriften gesammelt, um die Schließung zu "
            "verhindern. Mehr als tausend Menschen unterschrieben die Liste, die noch "
            "immer neben der Kasse hängt.",
            "Am Sortiment will Aydin zunächst wenig ändern. Das Roggenbrot nach dem Rezept "
            "von Josef Brandl bleibt, neu kommen nur ein paar Kuchen aus der Heimat ihrer "
            "Großmutter hinzu.",
        ],
    },
    {
        "slug": "fr-tramway",
        "lang": "fr",
        "site": "Le Journal du Val",
        "headline": "Le tramway prolongé jusqu'au nouvel hôpital d'ici 2028",
        "standfirst": "Quatre stations supplémentaires sont prévues.",
        "authors": ["Camille Girard"],
        "date": "2026-09-08",
        "body": [
            "La ligne B du tramway sera prolongée de 3,2 kilomètres pour desservir le "
            "nouvel hôpital régional, a annoncé lundi le conseil métropolitain.",
            "Les travaux doivent commencer au printemps prochain et durer environ deux "
            "ans. Quatre nouvelles stations seront construites, dont une au pied du "
            "bâtiment des urgences.",
            "« Aujourd'hui, un patient sans voiture met près d'une heure pour venir du "
            "centre-ville », a rappelé la vice-présidente chargée des transports, Odile "
            "Marchand. Avec le tramway, le trajet prendra dix-huit minutes.",
            "Le coût du projet est estimé à 96 millions d'euros. Des riverains du quartier "
            "des Tilleuls s'inquiètent du bruit et demandent une réunion publique avant "
            "le début du chantier.",
        ],
    },
    {
        "slug": "es-huerto",
        "lang": "es",
        "site": "Diario del Barrio",
        "headline": "Un huerto urbano sustituye al aparcamiento abandonado de la calle Olmo",
        "standfirst": "Vecinos y estudiantes cultivan ya más de cuarenta parcelas.",
        "authors": ["Lucía Ferrer"],
        "date": "2026-05-30",
        "body": [
            "El solar de la calle Olmo, que durante diez años fue un aparcamiento "
            "abandonado, se ha convertido en un huerto urbano con más de cuarenta "
            "parcelas.",
            "La asociación de vecinos firmó en enero un acuerdo con el ayuntamiento para "
            "usar el terreno durante cinco años. Los alumnos del instituto cercano "
            "cuidan seis parcelas como parte de la asignatura de biología.",
            '"Aquí antes sólo había coches quemados y basura", cuenta Manuel Ortega, '
            'jubilado y uno de los primeros voluntarios. "Ahora vengo cada mañana a '
            'regar los tomates."',
            "El ayuntamiento ha instalado dos depósitos para recoger el agua de lluvia. "
            "La asociación quiere abrir el huerto los domingos a los vecinos que no "
            "tienen parcela.",
        ],
    },
    {
        "slug": "it-funivia",
        "lang": "it",
        "site": "Corriere delle Valli",
        "headline": "Riapre la funivia del Monte Chiaro dopo tre anni di lavori",
        "standfirst": "Nuove cabine e biglietti ridotti per i residenti.",
        "authors": ["Giulia Bianchi"],
        "date": "2026-12-01",
        "body": [
            "Dopo tre anni di lavori, la funivia del Monte Chiaro riaprirà al pubblico "
            "sabato prossimo con cabine nuove e un impianto elettrico rifatto.",
            "Le cabine possono trasportare fino a quaranta persone e impiegano sei "
            "minuti per salire dal paese alla stazione in quota. Prima della chiusura ne "
            "servivano nove.",
            'I residenti della valle pagheranno un biglietto ridotto di tre euro. "Era '
            'una promessa fatta alle famiglie", ha detto il sindaco Marco Ferri.',
            "Gli albergatori sperano che la riapertura riporti i turisti anche in "
            "inverno. Negli ultimi tre anni le presenze erano calate di quasi un terzo.",
        ],
    },
    {
        "slug": "inline-promos",
        "layout": "promos",
        "lang": "en",
        "site": "Daily Meridian",
        "headline": "Hospital car park charges dropped for night-shift staff",
        "standfirst": "The trust reversed course after a petition.",
        "authors": ["Owen Price"],
        "date": "2026-11-25",
        "body": [
            "Night-shift staff at St Aldric's Hospital will no longer pay to park, the "
            "hospital trust said on Tuesday, a month after raising charges for everyone "
            "who works there.",
            "The change follows a petition signed by more than 2,000 nurses, porters and "
            "doctors, who said public transport did not run at the times their shifts "
            "began and ended.",
            "Staff who start after 7pm or finish before 7am will be given free permits "
            "from December. Day staff will still pay the higher rate, although the trust "
            "said it would review that in the new year.",
            '"We never asked for special treatment, just a way to get to work when there '
            'are no buses," said Grace Adeyemi, a ward sister who started the petition.',
            "The trust said the permits would cost it about 180,000 pounds a year in lost "
            "income, which it hopes to make up from visitors' charges.",
        ],
    },
    {
        "slug": "long-comments",
        "layout": "comments",
        "lang": "en",
        "site": "Lakeside Voice",
        "headline": "Pool reopens after roof repair",
        "standfirst": "",
        "authors": ["Hannah Cole"],
        "date": "2026-03-03",
        "body": [
            "The town's swimming pool reopened on Monday after eleven weeks of repairs to "
            "a roof damaged in the January storms.",
            "Early morning lane swimming starts again at 6.30am, and school lessons return "
            "next week. Prices have not changed.",
            "The council said the repair cost 240,000 pounds, most of it covered by insurance.",
        ],
    },
    {
        "slug": "pt-brs",
        "layout": "breaks",
        "lang": "pt",
        "site": "Jornal da Serra",
        "headline": "Biblioteca municipal volta a abrir aos domingos",
        "standfirst": "A decisão foi tomada depois de um inquérito aos leitores.",
        "authors": ["Rita Sousa"],
        "date": "2026-02-14",
        "body": [
            "A biblioteca municipal vai voltar a abrir aos domingos a partir de março, "
            "anunciou a câmara na sexta-feira.",
            "O horário de domingo tinha sido suspenso há quatro anos por falta de "
            "funcionários. Agora, dois novos técnicos foram contratados e a biblioteca "
            "abrirá das dez da manhã às seis da tarde.",
            "Num inquérito feito no outono, mais de metade dos leitores disse que o "
            "domingo era o único dia em que podia visitar a biblioteca com os filhos.",
            "A vereadora da cultura, Helena Matos, disse que a câmara vai avaliar a "
            "afluência ao fim de seis meses.",
        ],
    },
    {
        "slug": "held-out-amp",
        "layout": "amp",
        "lang": "en",
        "site": "Port Weekly",
        "headline": "Fishing co-operative opens its own fish shop on the quay",
        "standfirst": "Boats will sell direct to customers three days a week.",
        "authors": ["Nell Carver"],
        "date": "2026-10-09",
        "body": [
            "A co-operative of eleven fishing boats has opened a shop on the harbour quay, "
            "selling the morning's catch directly to customers for the first time in the "
            "port's history.",
            "Until now the boats sold everything through the auction in the next town, "
            "where prices for some species fell so low last winter that crews said it was "
            "barely worth going out.",
            "The shop opens on Tuesdays, Thursdays and Saturdays from 9am. Skippers take "
            "turns behind the counter.",
            '"People want to know which boat caught their supper," said co-operative '
            'chair Rob Tregear. "Now they can shake the hand of the man who caught it."',
        ],
    },
    {
        "slug": "held-out-nl",
        "layout": "itemprop",
        "lang": "nl",
        "site": "Dagblad van de Polder",
        "headline": "Gemeente plant duizend bomen langs de nieuwe ringweg",
        "standfirst": "De aanplant begint in november.",
        "authors": ["Sanne de Vries"],
        "date": "2026-09-21",
        "body": [
            "De gemeente plant de komende twee jaar duizend bomen langs de nieuwe ringweg. "
            "Dat heeft het college dinsdag bekendgemaakt.",
            "Het gaat vooral om eiken, linden en esdoorns. Volgens de gemeente zorgen de "
            "bomen voor schaduw, minder geluid en een betere opvang van regenwater.",
            "## Bewoners denken mee",
            "Omwonenden konden deze zomer in een enquête aangeven welke soorten zij het "
            "liefst zien. Ruim vierhonderd mensen deden mee.",
            "De eerste tweehonderd bomen gaan in november de grond in. De kosten worden "
            "geschat op 1,2 miljoen euro.",
        ],
    },
    {
        "slug": "held-out-keypoints",
        "layout": "itemprop",
        "lang": "en",
        "site": "Capital Times",
        "headline": "Tram drivers accept pay offer, ending threat of winter strikes",
        "standfirst": "The deal runs for two years.",
        "authors": ["Ivo Marsh", "Dana Reid"],
        "date": "2026-11-29",
        "body": [
            "Tram drivers have voted to accept a two-year pay offer, ending the threat of "
            "strikes that would have halted the network over the winter.",
            "The union said 78 percent of members who voted backed the deal, which raises "
            "pay by 4.5 percent this year and 3 percent next year.",
            "The operator also agreed to build rest rooms at the two busiest terminals, "
            "where drivers said they had nowhere to sit between shifts.",
            "Passenger groups welcomed the news. Strikes last spring closed the network "
            "for six days.",
        ],
    },
]
