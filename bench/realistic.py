"""A long, realistic news text for benchmarks: many distinct articles of many kinds.

    python bench/realistic.py [--words 40000] [--seed 19] [--stats] > news.txt

`realistic_text(words, seed)` builds one plain-text file of invented news articles
(headline line, often a byline, sometimes a dateline, paragraphs separated by blank
lines) in the style of wire and web news: politics, courts, markets, sport, weather,
health, technology, local news, obituaries, reviews, explainers, world news, transport
and round-ups. The text is full of what makes real news harder to read than prose:
money and percentages, scores and race times, dates and clock times in several
formats, addresses, phone numbers, model numbers, units, initialisms, web and e-mail
addresses, handles and hashtags, lists, Q&A, quotations from named speakers, and a few
passages in Greek, Russian, Chinese, Arabic, Hindi and other languages (about 1% of the
letters). Every sentence pattern, name and place is written for this file; nothing is
copied from published news.

Each article keeps to one story: templates carry topics ("[fraud,jury] ..."), and an
article uses only those of its lead's topic, plus a few that fit any story. Articles
are separated by two blank lines, paragraphs by one; list items are lines of their own.

Guarantees: the same (words, seed) always gives the same text (only `random.Random`
is used); the text stops at the first article boundary past `words` words (counted
with `str.split()`); it ends with a newline. It will not avoid every repetition: a
pattern can recur with different names and numbers, and a short sentence a few times
in 40,000 words (at most 5 times for the default seed). Numbers are plausible in
format, not always in size.
"""

# ruff: noqa: E501 - the templates are sentences, one to a line, easier to read unbroken

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# --- people, places, organisations --------------------------------------------------

FEMALE = (
    "Anna", "Maren", "Priya", "Sofia", "Leila", "Grace", "Hannah", "Mei", "Aisha", "Claire",
    "Ingrid", "Rosa", "Yuki", "Fatima", "Olga", "Nadia", "Elena", "Keiko", "Amara", "Chloe",
    "Beatriz", "Sinead", "Tamsin", "Lucia", "Ruth", "Joanna", "Ewa", "Kavita", "Helen",
    "Marisol", "Zoë", "Agnieszka", "Thandiwe", "Freya", "Noor", "Ines", "Wen", "Danielle",
    "Imogen", "Carmen", "Dagny", "Abena", "Siobhan", "Tereza", "Lina", "Valentina", "Jess",
    "Margaret", "Patricia", "Deborah", "Ayşe", "Hiroko", "Marta", "Svetlana", "Renée",
    "Odile", "Ngozi", "Catalina", "Linnea", "Bronwyn", "Esther", "Farah", "Gwen", "Harriet",
    "Isabel", "Juno", "Kirsten", "Lorna", "Miriam", "Nell", "Paloma", "Rhiannon", "Sunita",
)  # fmt: skip
MALE = (
    "Tomas", "Daniel", "Arjun", "Kwame", "Mikael", "Samuel", "Hugo", "Ravi", "Pavel",
    "Omar", "Luis", "Kenji", "Felix", "Dmitri", "Callum", "Jonas", "Mateo", "Ibrahim",
    "Patrick", "Wei", "Oskar", "Malik", "Stefan", "Andrés", "Rhys", "Emeka", "Yusuf",
    "Henrik", "Marco", "Declan", "Tariq", "Bruno", "Lars", "Nikhil", "George", "Anders",
    "Colm", "Diego", "Eamon", "Farid", "Gareth", "Hamza", "Isaac", "Jakub", "Kofi", "Leon",
    "Magnus", "Nils", "Owen", "Piotr", "Raúl", "Søren", "Theo", "Umar", "Viktor", "Walter",
    "Xavier", "Yannis", "Zane", "Benedict", "Cormac", "Dev", "Elliot", "Frank", "Gideon",
    "Harold", "Idris", "Jerome", "Kai", "Lukas", "Mohammed", "Nathan", "Otto", "Raymond",
)  # fmt: skip
SURNAMES = (
    "Holt", "Haugen", "Okafor", "Lindqvist", "Nguyen", "Mensah", "Castellano", "Brennan",
    "Varga", "Sato", "Petrenko", "Achebe", "Moreau", "Kowalski", "Fairbairn", "Iqbal",
    "Rasmussen", "Delacroix", "Tanaka", "Oduya", "Whitlock", "Marchetti", "Szabo", "Quinlan",
    "Abiodun", "Karlsson", "Novak", "Ferreira", "Halloran", "Mbeki", "Strand", "Yilmaz",
    "Dufresne", "Osei", "Pereira", "Lachance", "Ostrowski", "Byrne", "Castillo", "Demir",
    "Engel", "Fitzgerald", "Gallagher", "Hartley", "Ivanova", "Jablonski", "Kapoor",
    "Lindgren", "McAllister", "Nakamura", "Oyelaran", "Pell", "Quist", "Rahman", "Sorensen",
    "Thorne", "Ueda", "Valdez", "Wexler", "Yamada", "Zielinski", "Ashworth", "Bakshi",
    "Calloway", "Dunleavy", "Eriksen", "Fontaine", "Gutierrez", "Hakimi", "Ingram",
    "Jovanovic", "Kettering", "Lowry", "Mwangi", "Nordahl", "Oakes", "Prescott", "Ruiz",
    "Sandoval", "Tremblay", "Underhill", "Vasquez", "Winslow", "Abernethy", "Boateng",
    "Crane", "Da Silva", "Ekström", "Faulkner", "Grünewald", "Huang", "Ilunga", "Jansen",
    "Kerr", "Larkin", "Müller", "Ní Bhriain", "O'Donnell", "Pacheco", "Rautio", "Sheikh",
    "Tóth", "Ulloa", "Voss", "Wójcik", "Yeo", "Zamora", "Beaumont", "Cárdenas", "Doyle",
)  # fmt: skip
TOWN_BASES = (
    "Marrow", "Selden", "Kestrel", "Ashby", "Corrin", "Dunmore", "Elswick", "Farrow",
    "Glenhallow", "Harwick", "Islay", "Juniper", "Kilbrook", "Larchmont", "Mossley",
    "Norbury", "Oakhurst", "Pellham", "Quarry", "Redvale", "Stonecroft", "Tarrant",
    "Underwood", "Vellacott", "Wrenfield", "Yarrow", "Alder", "Bramble", "Calder",
    "Dovecote", "Eastleigh", "Fernhill", "Greystone", "Hollin", "Ivybridge", "Kettle",
    "Lowmoor", "Millbank", "Netherby", "Orwell", "Pinehurst", "Rookwood", "Saltmarsh",
    "Thistle", "Wickham", "Brackwater", "Copperhill", "Driftwood", "Elmstead", "Foxley",
)  # fmt: skip
TOWN_FORMS = (
    "{b}", "Port {b}", "{b} Bay", "{b} Cross", "{b}ford", "{b} Falls", "North {b}",
    "{b}ton", "{b} Heights", "East {b}", "{b} Springs", "Lake {b}", "{b} Harbour", "Upper {b}",
)  # fmt: skip
REGIONS = (
    "Norway", "Ontario", "Kenya", "Victoria", "Ohio", "Wales", "Bavaria", "Andalusia",
    "Quebec", "Tasmania", "Oregon", "Brittany", "Ghana", "Karnataka", "Scotland", "Chile",
    "Manitoba", "Crete", "Sicily", "Hokkaido", "Nova Scotia", "Cornwall", "Minnesota",
    "Queensland", "Galicia", "Jutland", "Kerala", "Patagonia", "Maine", "Cumbria",
)  # fmt: skip
COUNTRIES = (
    "Norway", "Kenya", "Canada", "Brazil", "Japan", "India", "Poland", "Ghana", "Chile",
    "Australia", "Greece", "Portugal", "Turkey", "Vietnam", "Nigeria", "Mexico", "Ireland",
    "Finland", "Morocco", "Indonesia", "Peru", "Egypt", "South Korea", "New Zealand",
)  # fmt: skip
STREETS = (
    "Elm St", "Harbour Road", "Mill Lane", "Station Avenue", "Church Street", "Quay Road",
    "Birch Ave.", "Market Square", "Ferry Lane", "High Street", "Kingsway", "Orchard Close",
    "Maple Drive", "Canal Street", "Victoria Terrace", "Pine Blvd.", "Water Street",
    "Bridge Road", "Hillcrest Ave", "Foundry Lane", "Chapel Row", "Cedar Court",
)  # fmt: skip
COMPANY_BASES = (
    "Halden", "Corrin", "Nordvik", "Aster", "Brightwell", "Cobalt", "Dunmore", "Everline",
    "Fenwick", "Granite", "Harbor", "Ionis", "Juniper", "Kestrel", "Lumen", "Meridian",
    "Northgate", "Orion", "Pelican", "Quayside", "Redfern", "Solace", "Tallis", "Umbra",
    "Vantage", "Westmark", "Xylo", "Yardley", "Zephyr", "Arclight", "Bluewater", "Crestline",
)  # fmt: skip
COMPANY_KINDS = (
    "Holdings", "Group", "Energy", "Motors", "Foods", "Logistics", "Pharma", "Bank",
    "Telecom", "Air", "Systems", "Mining", "Retail", "Insurance", "Steel", "Robotics",
)  # fmt: skip
PARTIES = (
    "Civic Alliance", "People's Reform Party", "Green Union", "Labour Front",
    "Liberal Centre", "National Renewal", "Social Democrats", "Farmers' League",
    "Progressive Coalition", "Unity Party",
)  # fmt: skip
AGENCIES = ("Wire", "NPA", "Coastal Press", "Reuterby", "AFN", "Harbour News Service")
OUTLETS = (
    "the Harbour Courier", "Radio North", "the Evening Ledger", "Channel 7", "the Daily Tide",
    "a local radio station", "reporters", "the Morning Star-Gazette", "this newspaper",
    "the Valley Herald", "a podcast", "public broadcaster NTV",
)  # fmt: skip
BODIES = (
    "the FBI", "NATO", "the EU", "the IMF", "the WHO", "the UN", "the OECD", "the ECB",
    "the SEC", "the FDA", "the NHS", "OPEC", "the ILO", "UNICEF", "the CDC", "the WTO",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec.")  # fmt: skip
TAGS = (
    "SaveTheMarket", "FloodWatch", "VoteYes", "Marathon2025", "FixOurRoads", "BeatTheHeat",
    "ShopLocal", "ClimateStrike", "NightTrain", "GoBlues", "KeepTheLibrary", "StormDarragh",
    "CupFinal", "Budget2025", "HeatwaveUK", "OpenData", "TeamHarbour", "NoMoreDelays",
)  # fmt: skip
DOMAINS = ("gov", "org", "com", "co.uk", "ca", "com.au", "no", "ie", "org.uk", "net")


@dataclass
class Person:
    """An invented person: name, sex (for pronouns and titles), age, role in the story."""

    first: str
    last: str
    female: bool
    age: int
    role: str = ""
    named: bool = False  # introduced in the article already

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def he(self) -> str:
        return "she" if self.female else "he"

    @property
    def his(self) -> str:
        return "her" if self.female else "his"

    @property
    def him(self) -> str:
        return "her" if self.female else "him"

    @property
    def title(self) -> str:
        return "Ms." if self.female else "Mr."


# --- templates ----------------------------------------------------------------------

_CHOICE = re.compile(r"<([^<>]*\|[^<>]*)>")


class Slots(dict[str, str]):
    """Fixed slots of an article (its people and places); any other slot name is a
    fresh value drawn from the generator each time it appears."""

    def __init__(self, gen: Gen, fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self.gen = gen

    def __missing__(self, key: str) -> str:
        return self.gen.fresh(key)


class Gen:
    """The random source and the number, date and name formats of the text."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fresh_makers: dict[str, Callable[[], str]] = {
            name[2:]: getattr(self, name) for name in dir(self) if name.startswith("f_")
        }

    # -- helpers
    def pick(self, items: Sequence[str]) -> str:
        return self.rng.choice(items)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def fresh(self, key: str) -> str:
        maker = self.fresh_makers.get(key)
        if maker is None:
            raise KeyError(f"no slot {key!r}")
        return maker()

    def expand(self, template: str, slots: Slots) -> str:
        """A template with its <a|b> choices made and its {slots} filled."""
        text = _CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        return text.format_map(slots).replace("..", ".")

    def person(self, used: set[str], female: bool | None = None, role: str = "") -> Person:
        if female is None:
            female = self.chance(0.5)
        for _ in range(50):
            first = self.pick(FEMALE if female else MALE)
            last = self.pick(SURNAMES)
            if last not in used and first not in used:
                break
        used.update((first, last))
        return Person(first, last, female, self.rng.randint(24, 78), role)

    def town(self) -> str:
        return self.pick(TOWN_FORMS).format(b=self.pick(TOWN_BASES))

    def company(self) -> str:
        return f"{self.pick(COMPANY_BASES)} {self.pick(COMPANY_KINDS)}"

    # -- plain numbers
    def f_n_small(self) -> str:
        n = self.rng.randint(2, 19)
        words = ("two three four five six seven eight nine ten eleven twelve thirteen "
                 "fourteen fifteen sixteen seventeen eighteen nineteen").split()  # fmt: skip
        return words[n - 2] if n <= 9 or self.chance(0.3) else str(n)

    def f_n(self) -> str:
        return str(self.rng.randint(20, 990))

    def f_n_k(self) -> str:
        return f"{self.rng.randint(1_000, 98_000):,}"

    def f_n_big(self) -> str:
        return self.pick((f"{self.rng.randint(11, 99) / 10:.1f} million",
                          f"{self.rng.randint(120, 980):,},000",
                          f"{self.rng.randint(2, 40)} million"))  # fmt: skip

    def f_age(self) -> str:
        return str(self.rng.randint(19, 94))

    def f_ordinal(self) -> str:
        n = self.rng.randint(2, 31)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"

    def f_ratio(self) -> str:
        return self.pick(("1 in 5", "one in four", "1 in 3", "two in five", "1 in 10",
                          "one in eight", "3 in 4", "nine out of 10"))  # fmt: skip

    # -- money and markets
    def f_money(self) -> str:
        r = self.rng
        return self.pick((
            f"${r.randint(11, 99) / 10:.1f} million", f"${r.randint(2, 900)} million",
            f"£{r.randint(2, 60)}bn", f"£{r.randint(15, 950)}m", f"€{r.randint(11, 99) / 10:.1f} billion",
            f"US${r.randint(2, 90)} million", f"${r.randint(120, 990):,},000",
            f"€{r.randint(3, 400)} million", f"${r.randint(11, 49) / 10:.1f} billion",
            f"£{r.randint(11, 99) / 10:.1f} million", f"NZ${r.randint(5, 80)}m",
        ))  # fmt: skip

    def f_price(self) -> str:
        r = self.rng
        return self.pick((f"${r.randint(1, 9)}.{r.randint(10, 99)}", f"£{r.randint(1, 9)}.{r.randint(10, 99)}",
                          f"€{r.randint(1, 40)}.{r.randint(0, 9)}0", f"${r.randint(5, 60)}",
                          f"{r.randint(20, 95)}p", f"£{r.randint(4, 45)}"))  # fmt: skip

    def f_cost(self) -> str:
        r = self.rng
        return self.pick(
            (
                f"${r.randint(60, 990)}",
                f"£{r.randint(50, 950)}",
                f"€{r.randint(1, 2)},{r.randint(0, 9)}00",
                f"${r.randint(1, 4)},{r.randint(0, 9)}{r.choice((0, 5))}0",
                f"£{r.randint(1, 3)},{r.randint(0, 9)}00",
                f"€{r.randint(100, 900)}",
            )
        )

    def f_house_price(self) -> str:
        r = self.rng
        return self.pick((f"£{r.randint(150, 950)},000", f"${r.randint(180, 990)},{r.choice((0, 5))}00",
                          f"€{r.randint(120, 700)},000", f"£{r.randint(11, 29) / 10:.1f}m"))  # fmt: skip

    def f_rent(self) -> str:
        r = self.rng
        return self.pick((f"£{r.randint(6, 19)}{r.choice((0, 5))}0", f"${r.randint(9, 32)}{r.choice((0, 5))}0",
                          f"€{r.randint(5, 15)}{r.choice((0, 5))}0", f"${r.randint(1, 3)},{r.randint(1, 9)}00"))  # fmt: skip

    def f_oil(self) -> str:
        return f"{self.rng.randint(5500, 9800) / 100:.2f}"

    def f_hazard(self) -> str:
        ratio = self.rng.randint(55, 92)
        low, high = ratio - self.rng.randint(4, 12), min(99, ratio + self.rng.randint(4, 12))
        return f"hazard ratio 0.{ratio}; 95% CI 0.{low} to 0.{high}"

    def f_digit(self) -> str:
        return str(self.rng.randint(1, 9))

    def f_loss_score(self) -> str:
        b = self.rng.randint(1, 5)
        return f"{self.rng.randint(0, b - 1)}-{b}"

    def f_dec(self) -> str:
        return f"{self.rng.randint(1, 9)}.{self.rng.randint(1, 9)}"

    def f_magnitude(self) -> str:
        return f"{self.rng.randint(45, 79) / 10:.1f}"

    def f_age_range(self) -> str:
        a = self.rng.randint(18, 60)
        return f"{a} to {a + self.rng.randint(10, 35)}"

    def f_shots(self) -> str:
        a = self.rng.randint(3, 12)
        return f"{a} to {self.rng.randint(1, a - 1)}"

    def f_council_vote(self) -> str:
        a = self.rng.randint(8, 30)
        b = self.rng.randint(2, a - 1)
        return self.pick(
            (f"{a} to {b}, with {self.rng.randint(1, 4)} abstentions", f"{a}-{b}", f"{a} to {b}")
        )

    def f_usd(self) -> str:
        r = self.rng
        return self.pick((f"${r.randint(11, 99) / 10:.1f} million", f"${r.randint(2, 400)} million",
                          f"${r.randint(11, 89) / 10:.1f} billion", f"${r.randint(15, 990):,},000"))  # fmt: skip

    def f_share_price(self) -> str:
        return f"{self.rng.choice('$£€')}{self.rng.randint(300, 19_000) / 100:.2f}"

    def f_pct(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(11, 99) / 10:.1f}%", f"{r.randint(2, 48)}%",
                          f"{r.randint(2, 30)} per cent", f"{r.randint(11, 79) / 10:.1f} percent"))  # fmt: skip

    def f_pct_small(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(1, 29) / 10:.1f}%", f"0.{r.randint(1, 9)}%",
                          f"{r.randint(1, 4)}.{r.randint(0, 9)}%"))  # fmt: skip

    def f_pct_big(self) -> str:
        return f"{self.rng.randint(51, 97)}%"

    def f_pp(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(1, 9) / 10:.1f} percentage points",
                          f"{r.randint(10, 90)} basis points", "a quarter of a point"))  # fmt: skip

    def f_index(self) -> str:
        return f"{self.rng.randint(3_000, 42_000):,}.{self.rng.randint(10, 99)}"

    def f_quarter(self) -> str:
        r = self.rng
        return self.pick((f"Q{r.randint(1, 4)}", f"the {self.pick(('first', 'second', 'third', 'fourth'))} quarter",
                          f"the three months to {self.pick(MONTHS[2::3])}"))  # fmt: skip

    def f_ticker(self) -> str:
        return "".join(
            self.rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(self.rng.randint(3, 4))
        )

    # -- dates and times
    def f_year(self) -> str:
        return str(self.rng.randint(1948, 2024))

    def f_future_year(self) -> str:
        return str(self.rng.randint(2026, 2040))

    def f_decade(self) -> str:
        return self.pick(("1970s", "1980s", "1990s", "2000s", "'90s", "1960s", "'80s"))

    def f_weekday(self) -> str:
        return self.pick(WEEKDAYS)

    def f_month(self) -> str:
        return self.pick(MONTHS)

    def f_date(self) -> str:
        r = self.rng
        month, day = r.randrange(12), r.randint(1, 28)
        return self.pick((f"{MONTHS[month]} {day}", f"{day} {MONTHS[month]}", f"{MONTH_ABBR[month]} {day}",
                          f"{MONTHS[month]} {day}, {r.randint(2019, 2026)}"))  # fmt: skip

    def f_date_num(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2019, 2026)}",
                          f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2019, 2026)}",
                          f"{r.randint(2019, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"))  # fmt: skip

    def f_time(self) -> str:
        r = self.rng
        h, m = r.randint(1, 12), r.choice((0, 15, 30, 45, 5, 20, 40, 50))
        return self.pick((f"{h}:{m:02d} a.m.", f"{h}:{m:02d} p.m.", f"{h}.{m:02d}pm", f"{h}am",
                          f"{r.randint(0, 23):02d}:{m:02d}", f"{h}:{m:02d}pm", f"{h} p.m."))  # fmt: skip

    def f_duration(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(2, 14)} hours", f"{r.randint(10, 55)} minutes",
                          f"{r.randint(2, 11)} days", f"{r.randint(2, 9)} weeks", "90 minutes",
                          f"{r.randint(3, 18)} months", "half an hour"))  # fmt: skip

    # -- sport
    def f_score(self) -> str:
        return f"{self.rng.randint(0, 5)}-{self.rng.randint(0, 4)}"

    def f_win_score(self) -> str:
        a = self.rng.randint(1, 5)
        return f"{a}-{self.rng.randint(0, a - 1)}"

    def f_race_time(self) -> str:
        r = self.rng
        return self.pick((f"2:0{r.randint(3, 9)}:{r.randint(10, 59)}", f"{r.randint(27, 31)}:{r.randint(10, 59)}.{r.randint(10, 99)}",
                          f"1:{r.randint(40, 59)}.{r.randint(100, 999)}", f"{r.randint(9, 10)}.{r.randint(50, 99)}sec",
                          f"3:{r.randint(28, 59)}.{r.randint(10, 99)}"))  # fmt: skip

    def f_minute(self) -> str:
        return self.pick((f"{self.rng.randint(2, 89)}th minute", f"{self.rng.randint(2, 89)}th-minute",
                          f"90+{self.rng.randint(1, 6)}"))  # fmt: skip

    def f_runs(self) -> str:
        return f"{self.rng.randint(140, 390)}-{self.rng.randint(2, 9)}"

    def f_points(self) -> str:
        return str(self.rng.randint(88, 131))

    # -- weather and units
    def f_temp(self) -> str:
        c = self.rng.randint(-18, 41)
        f = round(c * 9 / 5 + 32)
        return self.pick(
            (f"{c}°C", f"{c}C ({f}F)", f"{f}°F", f"{c} degrees Celsius", f"{c}°C ({f}°F)")
        )

    def f_wind(self) -> str:
        k = self.rng.randint(40, 160)
        return self.pick((f"{k} km/h", f"{round(k / 1.609)} mph", f"{k}km/h ({round(k / 1.609)}mph)",
                          f"{round(k / 1.852)} knots"))  # fmt: skip

    def f_rain(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(12, 180)}mm", f"{r.randint(2, 9)} inches", f"{r.randint(20, 95)} millimetres",
                          f"{r.randint(1, 4)}.{r.randint(1, 9)} in"))  # fmt: skip

    def f_distance(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(2, 400)} km", f"{r.randint(2, 90)} miles", f"{r.randint(150, 900)} metres",
                          f"{r.randint(2, 30)}km", f"{r.randint(1, 9)}.{r.randint(1, 9)} kilometres"))  # fmt: skip

    def f_area(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(20, 9000):,} hectares", f"{r.randint(3, 400)} acres",
                          f"{r.randint(2, 90)} sq km", f"{r.randint(40, 900)} square metres"))  # fmt: skip

    def f_dose(self) -> str:
        r = self.rng
        return self.pick((f"{r.choice((5, 10, 20, 50, 100, 250, 500))} mg", f"{r.randint(1, 9)}.5 milligrams",
                          f"{r.randint(10, 90)}mcg", f"{r.randint(1, 4)} ml", f"{r.randint(2, 60)} units"))  # fmt: skip

    def f_weight(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(2, 95)} kg", f"{r.randint(2, 40)} tonnes", f"{r.randint(3, 900)}g",
                          f"{r.randint(5, 250)} pounds", f"{r.randint(1, 9)}.{r.randint(1, 9)} tons"))  # fmt: skip

    # -- technology
    def f_model(self) -> str:
        r = self.rng
        return self.pick((f"A{r.randint(2, 3)}{r.choice((2, 3, 5))}0-{r.choice((800, 900, 1000))}",
                          f"{r.choice('XZQRM')}{r.randint(2, 99)}", f"{r.choice(('Pro', 'Max', 'Air'))} {r.randint(3, 16)}",
                          f"{r.choice('KTV')}-{r.randint(100, 990)}{r.choice(('', 'X', 'e', 'S'))}",
                          f"{r.choice(('SR', 'GT', 'HX', 'MK'))}{r.randint(2, 9)}"))  # fmt: skip

    def f_storage(self) -> str:
        return self.pick(("128GB", "256GB", "512GB", "1TB", "2TB", "64 GB", "4TB", "256 gigabytes"))

    def f_ram(self) -> str:
        return self.pick(("8GB", "12GB", "16GB", "24 GB", "32GB", "6GB"))

    def f_battery(self) -> str:
        return self.pick((f"{self.rng.randint(30, 60) * 100:,}mAh", f"{self.rng.randint(40, 99)}Wh",
                          f"{self.rng.randint(18, 40)} hours"))  # fmt: skip

    def f_screen(self) -> str:
        return self.pick(
            ("6.1-inch", "6.7in", "13.3-inch", "14-inch", "15.6in", "27-inch", "11-inch")
        )

    def f_speed(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(20, 52) / 10:.1f}GHz", f"{r.randint(100, 999)} Mbps",
                          f"{r.randint(1, 10)} Gbit/s", f"{r.randint(60, 240)}Hz"))  # fmt: skip

    def f_version(self) -> str:
        r = self.rng
        return f"{r.randint(1, 19)}.{r.randint(0, 9)}.{r.randint(0, 20)}"

    # -- contact and web
    def f_phone(self) -> str:
        r = self.rng
        return self.pick((f"(555) 01{r.randint(0, 99):02d}-{r.randint(1000, 9999)}",
                          f"555-01{r.randint(10, 99)}", f"01632 960{r.randint(0, 999):03d}",
                          f"+44 1632 960{r.randint(0, 999):03d}", f"1-800-555-01{r.randint(10, 99)}"))  # fmt: skip

    def f_address(self) -> str:
        r = self.rng
        n = r.randint(1, 480)
        return self.pick((f"{n} {self.pick(STREETS)}", f"Unit {r.randint(1, 12)}, {n} {self.pick(STREETS)}",
                          f"{n}{r.choice('AB')} {self.pick(STREETS)}", f"{n}-{n + 2} {self.pick(STREETS)}"))  # fmt: skip

    def slug(self, words: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")

    def f_site(self) -> str:
        return f"{self.slug(self.pick(TOWN_BASES))}{self.pick(('', 'council', 'news', 'live', 'info'))}.{self.pick(DOMAINS)}"

    def f_url(self) -> str:
        site = self.f_site()
        path = self.pick(("roadworks", "consultation", "apply", "results", "budget-2025",
                          "flood-support", "tickets", "recall", "jobs", "events/summer"))  # fmt: skip
        return self.pick((f"https://www.{site}/{path}", f"www.{site}/{path}", f"{site}/{path}",
                          f"https://{site}"))  # fmt: skip

    def f_email(self) -> str:
        box = self.pick(
            ("tips", "info", "press", "hello", "newsdesk", "help", "letters", "bookings")
        )
        return f"{box}@{self.f_site()}"

    def f_handle(self) -> str:
        return (
            "@"
            + self.pick(TOWN_BASES)
            + self.pick(("PD", "Council", "FC", "Weather", "News", "_Live", "Fire"))
        )

    def f_hashtag(self) -> str:
        return "#" + self.pick(TAGS)

    # -- names as fresh slots
    def f_name(self) -> str:
        return f"{self.pick(FEMALE + MALE)} {self.pick(SURNAMES)}"

    def f_town(self) -> str:
        return self.town()

    def f_company(self) -> str:
        return self.company()

    def f_country(self) -> str:
        return self.pick(COUNTRIES)

    def f_body(self) -> str:
        return self.pick(BODIES)

    def f_outlet(self) -> str:
        return self.pick(OUTLETS)

    def f_party(self) -> str:
        return self.pick(PARTIES)

    def f_street(self) -> str:
        return self.pick(STREETS)

    # -- politics helpers
    def f_vote(self) -> str:
        a = self.rng.randint(90, 320)
        b = self.rng.randint(40, a - 1)
        return self.pick((f"{a} to {b}", f"{a}-{b}", f"{a} votes to {b}"))

    def f_seats(self) -> str:
        total = self.rng.choice((51, 75, 101, 120, 150, 179, 200, 349, 450))
        return f"{self.rng.randint(total // 4, total * 3 // 5)} of the {total} seats"

    def f_salary(self) -> str:
        r = self.rng
        return self.pick((f"${r.randint(28, 95)},000", f"£{r.randint(18, 60)},{r.choice((0, 5))}00",
                          f"€{r.randint(25, 80)},000", f"${r.randint(30, 120)}k"))  # fmt: skip

    def f_pollster(self) -> str:
        return self.pick(("Meridian Research", "YouPoll", "Ipsum Analytics", "the Civic Barometer",
                          "Northstar Insight", "Pollwise", "the Quorum Institute"))  # fmt: skip

    def f_slogan(self) -> str:
        return self.pick(("HANDS OFF OUR PENSIONS", "Homes not hotels", "Fund our schools",
                          "Save the 42 bus", "NO to the bypass", "Clean water now", "Books not cuts"))  # fmt: skip

    def f_court(self) -> str:
        return self.pick(("the High Court", "the Court of Appeal", "a federal court in {town}",
                          "the district court", "the Supreme Court", "a crown court",
                          "the county court in {town}")).replace("{town}", self.town())  # fmt: skip

    def f_sentence(self) -> str:
        r = self.rng
        return self.pick((f"{r.randint(2, 18)} years in prison", f"{r.randint(6, 30)} months",
                          f"a suspended sentence of {r.randint(6, 24)} months",
                          f"{r.randint(80, 300)} hours of community service",
                          f"a fine of {self.f_price()}0", "life imprisonment"))  # fmt: skip

    def f_drug(self) -> str:
        return self.pick(("tirzelumab", "corvastatin", "the drug Nexavir", "a vaccine called VX-14",
                          "lorametide", "an antibody called HB-220", "ibuprofen", "metformin"))  # fmt: skip

    def f_journal(self) -> str:
        return self.pick(("the Journal of Coastal Medicine", "Nature Ecology", "The Lancet Regional",
                          "Science Advances Review", "BMJ Open Letters", "the Annals of Sleep Research",
                          "Geophysical Notes"))  # fmt: skip

    def f_uni(self) -> str:
        return f"the University of {self.town()}"

    def f_species(self) -> str:
        return self.pick(("grey seals", "puffins", "honeybees", "red squirrels", "humpback whales",
                          "barn owls", "Atlantic salmon", "natterjack toads", "otters", "bumblebees"))  # fmt: skip


# --- article kinds --------------------------------------------------------------------

Make = Callable[["Gen", Slots], list[str]]


@dataclass(frozen=True)
class Extra:
    """A maker of special paragraphs (a list, a table, Q&A) and the topics of the
    article it fits, comma-separated ("" for any)."""

    make: Make
    topics: str = ""

    def __call__(self, gen: Gen, slots: Slots) -> list[str]:
        return self.make(gen, slots)


@dataclass(frozen=True)
class Kind:
    """What an article of one kind is made of: templates, the roles of its speakers, and
    its special paragraphs (lists, tables, Q&A)."""

    name: str
    headlines: tuple[str, ...]
    leads: tuple[str, ...]  # the first paragraph; introduces {p1} as {p1_role}
    body: tuple[str, ...]
    quotes: tuple[str, ...]  # what speakers say, without the closing punctuation
    lead_roles: tuple[str, ...]
    roles: tuple[str, ...]
    extras: tuple[Extra, ...] = ()
    paragraphs: tuple[int, int] = (8, 16)
    speaking_p1: bool = True  # False: p1 is not quoted (the subject of an obituary)
    dateline: float = 0.5  # chance of a dateline on the lead


def bullets(intros: tuple[str, ...], items: tuple[str, ...], numbered: bool = False,
            count: tuple[int, int] = (3, 6), topics: str = "") -> Extra:  # fmt: skip
    """A list: one sentence introducing it, then '- ' or '1. ' lines."""

    def make(gen: Gen, slots: Slots) -> list[str]:
        picked = gen.rng.sample(range(len(items)), min(len(items), gen.rng.randint(*count)))
        chosen = [items[i] for i in sorted(picked)]  # in the order written: days, ranks
        lines = [gen.expand(gen.pick(intros), slots)]
        for i, item in enumerate(chosen, 1):
            lines.append((f"{i}. " if numbered else "- ") + gen.expand(item, slots))
        return ["\n".join(lines)]

    return Extra(make, topics)


def qanda(pairs: tuple[tuple[str, str], ...], style: str = "heading", topics: str = "") -> Extra:
    """Questions and answers: "Q: ...?" / "A: ..." lines, or a question as a line of
    its own followed by its answer paragraph."""

    def make(gen: Gen, slots: Slots) -> list[str]:
        chosen = gen.rng.sample(pairs, min(len(pairs), gen.rng.randint(2, 4)))
        out = []
        for question, answer in chosen:
            q, a = gen.expand(question, slots), gen.expand(answer, slots)
            if style == "qa":
                out.append(f"Q: {q}\nA: {a}")
            else:
                out.extend((q, a))
        return out

    return Extra(make, topics)


POLITICS = Kind(
    name="politics",
    headlines=(
        "[election] {party} takes {seats} as turnout hits {pct_big}",
        "[budget] Finance minister unveils {money} plan to cut hospital waiting lists",
        "[coalition] Coalition talks stall over <pension|income tax|housing|energy> reform",
        "[confidence] {p1} to stand down as leader of the {party}",
        "[bill] Parliament backs <carbon tax|rent cap|four-day week|votes-at-16> bill by {vote}",
        "[confidence] Opposition demands inquiry into {money} <ferry|software|hospital|road> contract",
        "[budget] {country} and EU agree <trade|fishing|data|border> deal after years of talks",
        "[budget] Budget 2026: what the <pension|fuel duty|childcare|tax band> changes mean for you",
        "[confidence] Snap election called for {date} as government loses majority",
        "[confidence] Mayor of {town} survives confidence vote by <one|two|three> votes",
        "[confidence] Minister resigns over <expenses|leaked messages|a housing deal|a lobbying row>",
        "[bill] {region} assembly votes to <ban|delay|fund> <new coal mines|a second bridge|the rail link>",
    ),
    leads=(
        "[budget] {p1}, {p1_role}, said on {weekday} that the government would <spend|set aside|borrow> {money} over the next {n_small} years to <cut hospital waiting lists|build new homes|repair rural roads|expand free childcare>, the biggest such pledge since {year}.",
        "[bill] Lawmakers in {region} voted {vote} on {weekday} night to <pass|reject> a bill that would <cap rents at {pct_small} a year|lower the voting age to 16|ban new coal mines|require photo ID at polling stations>, ending <months|weeks> of <bitter|often heated> debate.",
        "[election] The {party} <won|held on to|lost> control of the {town} council in elections on {weekday}, with turnout of {pct_big}, official results published early on {weekday} showed. {p1}, {p1_role}, called it <a historic night|a wake-up call|a night to remember>.",
        "[coalition] Coalition talks between the {party} and the {party2} broke down on {weekday} after the two sides failed to agree on <a pension reform|income tax bands|how to pay for defence|a national housing target>, {p1}, {p1_role}, told reporters.",
        "[confidence] {p1}, {p1_role}, will face a confidence vote on {date}, after {n_small} members of {p1_his} own party said they could no longer support the government's <energy|migration|spending|health> plans.",
        "[budget] The government of {country} has agreed to <raise|freeze|cut> <fuel duty|the minimum wage|public sector pay> from {month}, {p1}, {p1_role}, announced in parliament on {weekday}, a move that will cost about {money} in its first year.",
    ),
    body=(
        "[bill] The bill now goes to the upper house, where the {party2} holds {seats}.",
        "[budget] Under the plan, households earning less than {salary} a year would pay {pct_small} less in income tax from {month}.",
        "Critics said the measure would cost {money} a year by {future_year} and do little for <renters|pensioners|small firms|farmers|young people>.",
        "[election,confidence,coalition] A poll published by {pollster} last week put the {party} on {pct}, {pp} ahead of the {party2}.",
        "[election] Turnout was {pct_big}, up from {pct_big} at the last election in {year}.",
        "[bill] The vote followed {n_small} days of debate in which <more than {n} amendments were tabled|lawmakers sat past midnight twice|the chamber was suspended for an hour>.",
        "[coalition] Under the constitution, a new election must be held within <30|60|90> days if no government can be formed.",
        "[confidence] The government's majority fell to {n_small} after <a by-election defeat|two defections|the resignation of three MPs> in {month}.",
        "{p1_last}, who has led the party since {year}, <had been under pressure for months|survived a leadership challenge last year|is seen as a cautious centrist>.",
        "[budget] The proposal would raise the state pension age to 67 by {future_year} and link it to life expectancy after that.",
        "[budget] Spending on defence would rise to {pct_small} of GDP, in line with a NATO target.",
        "[budget] The EU has given the government until {date} to submit a revised budget plan.",
        "[coalition] Ministers met for {duration} on {weekday} but did not reach agreement, according to two people familiar with the talks who asked not to be named because the discussions were private.",
        "[budget] A spokesperson for the finance ministry declined to comment on the figures published by {outlet}.",
        "[bill] More than {n_k} people signed an online petition (at {url}) calling for the plan to be scrapped.",
        "Protesters gathered outside parliament on {weekday} evening, some holding signs that read “{slogan}.”",
        "[confidence] The last time a government in {country} lost a confidence vote was in {year}.",
        "[election] Local elections are due in {month} {future_year}, and <both main parties|the smaller parties|independent candidates> are already campaigning in {town}.",
        "[election] In a statement, the {party} said the result was “a clear message from voters” and thanked its {n_k} volunteers.",
        "[bill] The reform — first proposed in {year} — was shelved twice before, most recently in {year}.",
        "[budget] Under the deal, tariffs on <cheese|steel|cars|wine|fish|timber> would fall from {pct} to zero over {n_small} years.",
        "[budget] Officials said {n_k} civil service jobs would move from the capital to {town} and {town2} by {future_year}.",
        "[budget] The programme is expected to cost {money}, of which {money} would come from <a windfall tax on energy firms|new government bonds|cuts elsewhere|the EU recovery fund>.",
        "[election] The {party2}'s candidate, {name}, won {pct} of the vote in the first round and faces a run-off on {date}.",
        "[election] Polls close at {time} on {weekday}; the first results are expected about {duration} later.",
        "[election] The electoral commission said {n_k} postal ballots had been rejected, mostly because <signatures did not match|they arrived late|envelopes were left unsealed>.",
        "[bill] Opposition leaders said they would table amendments to protect <rural bus routes|student grants|disability benefits|winter fuel payments>.",
        "[budget] The IMF warned in {month} that public debt in {country} could reach {pct_big} of GDP by {future_year} without <spending cuts|tax rises|reform>.",
        "[confidence] Asked on {outlet} whether {p1_he} would resign if the vote was lost, {p1_last} said it was “a question for another day.”",
        "[confidence] The motion was signed by {n} MPs (including {n_small} from the governing party), well above the {n} needed to force a vote.",
        "[budget] Parliament's budget office estimated that the changes would lift {n_k} children out of poverty by {future_year}, though it cautioned that the figure was “highly uncertain.”",
        "[confidence,coalition] {p2}, {p2_role}, said the government had “run out of road” and called for an early election.",
    ),
    quotes=(
        "This is the moment to <fix|rebuild|reform> a system that has failed <a generation|working families|rural areas|our young people>",
        "We will not support a budget that <cuts|freezes> <pensions|nurses' pay|school funding> while <banks|energy companies|shareholders> post record profits",
        "[election,confidence,coalition] Voters want results, not <slogans|speeches|another reshuffle>",
        "[confidence,coalition] I have spoken to colleagues in every part of the party, and the mood is <clear|calm|determined>",
        "[budget] The numbers simply do not add up — {money} is a fantasy figure",
        "[budget,bill] Nobody should have to wait {n_small} months for a <hip replacement|cancer scan|council flat>",
        "[coalition] We are open to talks, but not at any price",
        "[budget] This deal protects {n_k} jobs in {region}, and I am proud of it",
        "[election] It is a good day for democracy, whatever you think of the result",
        "[coalition,confidence] If the government cannot pass a budget, it should let the people decide",
        "[election] We have heard the message from {town} loud and clear",
        "[election,confidence] Frankly, I think they panicked when they saw the polls",
        "[confidence,budget] Is this really the best they can do after {n_small} years in power?",
        "[coalition] My job is to build a majority, and that is what I will do this week",
        "[confidence,election] We made mistakes, and I take full responsibility for them",
        "[confidence] The people of {town} deserve better than this circus",
    ),
    lead_roles=(
        "[budget] the finance minister",
        "[election,coalition,confidence] the leader of the {party}",
        "[confidence,budget,coalition] the prime minister",
        "[bill,election] the opposition leader",
        "[coalition,budget] the deputy prime minister",
        "[election,confidence] the mayor of {town}",
        "[bill] the country's interior minister",
        "[budget,bill] the chair of the budget committee",
    ),
    roles=(
        "a {sp} for the {party2}",
        "a member of parliament for {town}",
        "a former {party} minister",
        "a political scientist at {uni}",
        "a senior {party} strategist",
        "the leader of the {party2}",
        "the speaker of the regional assembly",
        "a councillor in {town}",
        "an independent MP",
    ),
    extras=(
        bullets(
            (
                "The main measures in the budget:",
                "What the deal includes:",
                "Among the changes announced on {weekday}:",
            ),
            (
                "Income tax: the basic rate falls from 20% to {n_small} per cent from {month}.",
                "Childcare: {n} free hours a year for children aged <two|three> and over.",
                "Pensions: up {pct_small} in {month}, under the triple lock.",
                "Fuel duty: frozen for another year (cost: {money}).",
                "Housing: {n_k} new social homes by {future_year}, mostly in {region}.",
                "Defence: an extra {money}, taking spending to {pct_small} of GDP.",
                "Tobacco: a pack of 20 cigarettes rises by {price}.",
                "Business rates: cut by {pct} for shops with fewer than {n_small} staff.",
                "Public transport: bus fares capped at {price} until {future_year}.",
            ),
            topics="budget",
        ),
        bullets(
            ("The results, seat by seat:", "How the {n} seats were shared:"),
            (
                "{party}: {n} seats ({pct})",
                "{party2}: {n} seats ({pct})",
                "Independents: {n_small} seats",
                "Green Union: {n_small} seats ({pct_small})",
                "Others: {n_small} seats",
            ),
            numbered=False,
            topics="election",
        ),
    ),
)

COURTS = Kind(
    name="courts",
    headlines=(
        "[fraud] Former {company} executive jailed for {sentence} over <fraud|bribery|insider trading>",
        "[jury] Jury finds {p1} not guilty of <arson|dangerous driving|manslaughter|theft>",
        "[ruling] {court} blocks <border wall|ferry closure|pension cut|mine expansion> plan",
        "[ruling] Landlord fined {money} after tenants left without heating",
        "[jury] Trial of {n_small} accused over <port smuggling|ticket fraud|a bank raid> opens in {town}",
        "[ruling] Judge rules <council|government|police> acted unlawfully in {town} case",
        "[raid] Man charged after <{weight} of cocaine|stolen paintings|rare birds' eggs> found in van",
        "[fraud] FBI arrests {n_small} in {money} <crypto|romance|insurance> scam",
        "[ruling] Appeal court overturns <conviction|ban|fine> in landmark <privacy|libel|copyright> case",
        "[raid] Police appeal for witnesses after <crash|robbery|fire> on {street}",
    ),
    leads=(
        "[fraud] A former finance director at {company} was sentenced to {sentence} on {weekday} for <diverting|stealing|laundering> {money} from the company over {n_small} years, in one of the largest fraud cases heard in {region}.",
        "[jury] A jury at {court} on {weekday} found {p1}, {p1_age}, not guilty of <arson|dangerous driving|theft|causing grievous bodily harm> after a trial lasting {duration}.",
        "[ruling] {court} ruled on {weekday} that the <government|council|health authority> acted unlawfully when it <closed the maternity unit in {town}|cut bus routes without consultation|refused to publish the report>, in a judgment that could affect {n_k} people.",
        "[raid] Police in {town} arrested {n_small} people on {weekday} and seized <{weight} of drugs|{money} in cash|{n} stolen phones> after raids on {n_small} addresses, including one on {street}.",
        "[jury] Prosecutors on {weekday} charged {p1}, {p1_age}, of {town}, with <fraud|theft|criminal damage|perverting the course of justice> after an investigation lasting {duration}, {p2}, {p2_role}, said.",
        "[fraud] The FBI said on {weekday} that it had charged {n_small} people over a <cryptocurrency|romance|insurance|ticket resale> scheme that took {usd} from more than {n_k} victims in {n_small} states.",
    ),
    body=(
        "[fraud,jury] The judge, {name}, said the offences showed “a complete disregard for the people who trusted you.”",
        "[fraud] The court heard that {p1_last} had spent part of the money on <a holiday home in {country}|racehorses|a yacht|gambling>.",
        "[fraud] Prosecutors said the scheme ran from {month} {year} to {month} {year}.",
        "[fraud,jury] {p1_last} denied all the charges and will appeal, {p1_his} lawyer said outside court.",
        "[jury,fraud] The trial is expected to last {duration}; more than {n} witnesses are due to give evidence.",
        "[jury,fraud] Sentencing was adjourned until {date}, and {p1_last} was released on bail on condition that {p1_he} <surrenders|hands in> {p1_his} passport.",
        "[fraud,jury,raid] The maximum penalty for the offence is {sentence}.",
        "[ruling] In a 48-page judgment, the court said the decision had been “irrational” and ordered it to be reconsidered within <14|28|56> days.",
        "[ruling] The case was brought by {n_small} residents of {town}, supported by <a legal charity|a crowdfunding campaign that raised {money}|their trade union>.",
        "[jury,fraud] The prosecution's case rested largely on <CCTV footage|phone records|the evidence of a former employee|bank statements>.",
        "[raid] Police said the {n_small} suspects, aged between {age} and {age}, had been released under investigation.",
        "[raid] Anyone with information is asked to call detectives on {phone} or contact the charity Crimestoppers anonymously.",
        "[raid] Officers were called to {address} at about {time} on {weekday} after reports of <a disturbance|a fire|a man with a knife|a break-in>.",
        "[raid] A {age}-year-old <man|woman> was taken to <hospital|{town} General Hospital> with injuries that were <not thought to be life-threatening|described as serious but stable>.",
        "[jury] The jury of <seven women and five men|eight men and four women|six women and six men> deliberated for {duration} before returning its verdict.",
        "[fraud] Under the plea deal, {p1_last} will pay {money} in restitution and cooperate with investigators.",
        "[ruling] The ruling can be appealed to the Supreme Court within <14|21|28> days.",
        "[jury,fraud,raid] A <spokeswoman|spokesman> for the <Crown Prosecution Service|district attorney's office|prosecutor's office in {town}> said the decision to charge had been “<carefully considered|taken after a thorough review>.”",
        "[fraud] The SEC said in a separate civil complaint that the firm had misled investors about <its revenue|a drug trial|the value of its property>.",
        "[fraud] Court documents filed on {date_num} show the accused used at least {n_small} shell companies registered in {country}.",
        "[raid] The van was stopped on the A{n} near {town2} at {time}; the driver, a {age}-year-old man from {town}, was arrested at the scene.",
        "[jury] The judge told the jury to ignore what they may have read about the case on social media, including posts using the hashtag {hashtag}.",
        "[jury,ruling] {p2_last} said the verdict was “a relief, but not a victory,” and asked for privacy for the family.",
        "[ruling] The <landlord|company|council> was also ordered to pay {cost} in costs and a victim surcharge of {price}.",
        "[jury,fraud] Neither the defendant nor <his|her> lawyer commented as they left the courthouse <through a side door|shortly after {time}|under umbrellas>.",
        "[ruling] The case number is {ticker}/{n}/{n}, and the full judgment is published at {url}.",
    ),
    quotes=(
        "[jury] My client has always maintained his innocence, and he is grateful to the jury",
        "[ruling,fraud] Today's ruling sends a clear message that nobody is above the law",
        "[ruling,jury] We are disappointed with the decision and are considering our options",
        "[fraud] This was a calculated, cynical fraud that ruined lives",
        "[ruling] Nobody should have to live in a flat with black mould and no heating for {n_small} months",
        "[raid,fraud,jury] The evidence against them was overwhelming",
        "[ruling] We will keep fighting until the unit in {town} is reopened",
        "[jury] I'm just glad it's over",
        "[raid] Officers worked around the clock — more than {n_k} hours of footage was reviewed",
        "[ruling] This is a good day for tenants everywhere",
        "[fraud] The scale of the deception was breathtaking",
        "[ruling] We welcome the ruling and will study it carefully",
        "[fraud,jury] Why did it take {n_small} years to bring this case?",
        "[jury] I want to thank the witnesses, who showed real courage",
    ),
    lead_roles=(
        "[fraud] a former finance director at {company}",
        "[jury] a taxi driver from {town}",
        "[jury] a retired teacher",
        "[jury] a property developer",
        "[jury] a nurse at the {town} General Hospital",
        "[jury] a former councillor",
    ),
    roles=(
        "[raid,fraud] a detective inspector with {town} police",
        "[jury,fraud] the defendant's lawyer",
        "[jury,fraud] a {sp} for the prosecution",
        "[ruling] a tenant who gave evidence",
        "[fraud] a victim of the scheme",
        "[ruling,jury,fraud] a professor of law at {uni}",
        "[jury,ruling] the family's solicitor",
        "[raid] the chief constable",
    ),
    extras=(
        bullets(
            ("The charges against {p1_last} include:", "According to the indictment, the accused:"),
            (
                "<Two|Three|Four> counts of fraud by abuse of position;",
                "money laundering (between {year} and {year});",
                "making false statements to the bank;",
                "theft of {money} from a client account;",
                "conspiracy to defraud the tax authority;",
                "obstructing an officer.",
            ),
            topics="fraud,jury",
        ),
    ),
)

MARKETS = Kind(
    name="markets",
    headlines=(
        "[results] {company} profit jumps {pct} on strong <demand|pricing|cost cuts>",
        "[results] Shares in {company} slump {pct} after <profit warning|CEO exit|failed takeover>",
        "[rates] Central bank <raises|cuts|holds> rates at {pct_small} as inflation <eases|sticks|rises>",
        "[stocks] Stocks <rally|slide|drift> as investors weigh <jobs data|oil prices|rate outlook>",
        "[deal] {company} agrees {money} takeover of {company2}",
        "[rates] Inflation <falls|rises> to {pct_small} in {month}, lowest since {year}",
        "[stocks] Oil <tops|falls below> ${n} a barrel after OPEC <meeting|surprise|cuts>",
        "[results] {company} to cut {n_k} jobs in <restructuring|factory closures|move to automation>",
        "[stocks] Pound <hits|slips from> {n_small}-month high against the dollar",
        "[rates] House prices <up|down> {pct_small} in {quarter}, lender says",
        "[results] {company} results: revenue beats forecasts, <guidance|margin|cash flow> disappoints",
    ),
    leads=(
        "[results] {company} reported a {pct} rise in {quarter} profit on {weekday}, to {money}, as <strong demand in Asia|higher prices|lower energy costs|a cost-cutting plan> offset <weaker sales at home|a stronger dollar|supply problems>.",
        "[results] Shares in {company} fell as much as {pct} in early trading on {weekday} after the company <cut its full-year forecast|said its chief executive would step down|disclosed an investigation by the SEC>.",
        "[rates] The central bank <raised|cut|held> its main interest rate <by {pp} to {pct_small}|at {pct_small}> on {weekday}, saying inflation was <easing more slowly than expected|back near its target|still too high>.",
        "[deal] {company} has agreed to buy {company2} for {money} in cash and shares, the companies said on {weekday}, creating the <largest|second-largest> <logistics|insurance|food|energy> group in {region}.",
        "[rates] Annual inflation in {country} <fell|rose> to {pct_small} in {month}, from {pct_small} a month earlier, the statistics office said on {weekday}, driven by <food|fuel|rent|airfare> prices.",
        "[stocks] Global stocks <rose|fell|were mixed> on {weekday}, with the main index closing at {index}, as investors <weighed|digested|shrugged off> <fresh jobs data|a jump in oil prices|comments from central bankers>.",
    ),
    body=(
        "[results,deal] Revenue rose {pct} to {money}, ahead of the {money} analysts had expected, according to LSEG data.",
        "[results] Earnings per share came in at {share_price}, against a consensus of {share_price}.",
        "[results] The company kept its forecast for full-year revenue growth of {pct_small} to {pct}.",
        "[results,deal] The stock, listed under the ticker {ticker}, closed at {share_price}, down {pct_small} on the day and {pct} so far this year.",
        "[results] Operating margin <widened|narrowed> to {pct} from {pct} a year earlier.",
        "[results] The company will pay a dividend of {price} a share and buy back up to {money} of stock.",
        "[results,deal] Net debt stood at {money} at the end of {quarter}.",
        "[rates,stocks] The benchmark 10-year bond yield <rose|fell> {pp} to {pct_small}.",
        "[rates,stocks] The pound traded at $1.{n} and €1.{n} by {time}.",
        "[stocks] Brent crude was up {pct_small} at ${oil} a barrel, while gold <rose|slipped> to ${n_k} an ounce.",
        "[deal] The {company2} deal, which needs approval from regulators in the EU and {country}, is expected to close in {quarter} of {future_year}.",
        "[results,deal] Analysts at <Halden Securities|Meridian Capital|Northgate Partners|Redfern & Co> raised their price target to {share_price} from {share_price}.",
        "[rates] Core inflation, which strips out food and energy, was {pct_small}.",
        "[rates] Unemployment <rose|fell|held> at {pct_small}, and wages grew {pct_small} in the year to {month}.",
        "[results,deal] The company employs about {n_k} people in {n} countries, including {n_k} in {region}.",
        "[results,deal] The cuts will save about {money} a year by {future_year}; restructuring costs are put at {money}.",
        "[stocks] Trading volumes were <thin|heavy|below average> ahead of a holiday on {weekday}.",
        "[results,deal] Its chief executive, {name}, who took over in {year}, is paid a base salary of {salary} plus bonuses.",
        "[rates] The average house price was {house_price}, {pct_small} higher than a year earlier, the lender said.",
        "[rates] Mortgage approvals fell to {n_k} in {month}, the lowest since {year}.",
        "[stocks] The index has gained {pct} since the start of the year, led by <banks|technology stocks|miners|energy companies>.",
        "[results] Sales of its <electric vehicles|frozen foods|cloud services|insurance policies> grew {pct}, while <older models|its home market|retail banking> shrank {pct_small}.",
        "[rates] The bank expects inflation to return to its 2% target in {future_year}.",
        "[rates,stocks] Markets are pricing in <one more cut|two cuts|no change> by {month}, according to futures data.",
        "[rates,stocks] The euro zone economy grew {pct_small} in {quarter}, Eurostat said, while the US economy grew at an annualised rate of {pct_small}.",
        "[results] {p2}, {p2_role}, said the results were “solid but not spectacular.”",
    ),
    quotes=(
        "[results] We delivered a strong quarter in a difficult market",
        "[results,rates] Demand is holding up better than we feared, but consumers are clearly cautious",
        "[deal] This deal gives us the scale to compete with the largest players in {region}",
        "[rates] The bank has done the heavy lifting; now it needs to be patient",
        "[rates] Inflation is falling, but the last mile is always the hardest",
        "[rates,stocks] I would not read too much into one month's figures",
        "[results,stocks] The market was braced for worse, which is why the shares are up",
        "[results,deal] Cutting jobs is never easy, and we will support every colleague affected",
        "[results] Margins are the real story here — they are at a {n_small}-year high",
        "[results,deal] Investors want to see cash, not promises",
        "[results] Frankly, the guidance is too cautious",
        "[rates] We expect prices to stabilise by the end of {future_year}",
        "[results,stocks] It is a good set of numbers, but the outlook is murky",
        "[stocks,rates] Are we at the peak? Nobody can say for sure",
    ),
    lead_roles=(
        "[results,deal] chief executive of {company}",
        "[rates] the central bank's governor",
        "[results] chief financial officer of {company}",
        "[deal,results] chairman of {company}",
        "[stocks] head of markets at {company2}",
    ),
    roles=(
        "an analyst at Meridian Capital",
        "chief economist at {company2}",
        "a portfolio manager at Halden Asset Management",
        "a strategist at Northgate Partners",
        "an economist at {uni}",
        "[results,deal] a {sp} for {company}",
        "a senior analyst at Redfern & Co",
    ),
    extras=(
        bullets(
            ("Key figures for {quarter}:", "The numbers at a glance:", "In figures:"),
            (
                "Revenue: {money} (up {pct})",
                "Operating profit: {money}",
                "Net income: {money}, against {money} a year ago",
                "Earnings per share: {share_price}",
                "Dividend: {price} a share",
                "Free cash flow: {money}",
                "Headcount: {n_k} (down {pct_small})",
                "Order book: {money}",
            ),
            topics="results,deal",
        ),
        bullets(
            ("How the main markets closed on {weekday}:", "Markets at {time}:"),
            (
                "FTSE 100: {index} (+{pct_small})",
                "S&P 500: {index} (−{pct_small})",
                "Nikkei 225: {index}, up {pct_small}",
                "DAX: {index} (flat)",
                "Brent crude: ${oil} a barrel",
                "Gold: ${n_k} an ounce",
                "Bitcoin: ${n_k}",
                "10-year Treasury yield: {pct_small}",
            ),
            numbered=False,
            topics="stocks,rates",
        ),
    ),
)

MATCH = Kind(
    name="match",
    headlines=(
        "[top] {team1} beat {team2} {win_score} to go top of {league}",
        "[draw] Late {p1_last} goal rescues point for {team1}",
        "[sack] {team2} sack manager after {n_small} straight defeats",
        "[cup] {team1} into cup final after penalty shootout drama",
        "[top,draw,cup] Ten-man {team2} hold on for {win_score} win at {venue}",
        "[top,cup] {p1} hat-trick sinks {team2}",
        "{team1} v {team2}: player ratings",
        "[sack,draw] Referee under fire after <VAR|handball|offside> call in {team1} defeat",
        "{team2} fined {money} over <crowd trouble|fielding a weakened side|pitch invasion>",
    ),
    leads=(
        "[top] {team1} moved to the top of {league} with a {win_score} win over {team2} at {venue} on {weekday}, {p1} scoring twice in front of a crowd of {n_k}.",
        "[draw] {p1}'s header in the {minute} earned {team1} a {score} draw against {team2} on {weekday}, a result that leaves both sides <in the bottom three|outside the playoff places|{n_small} points off the top>.",
        "[cup] {team1} reached the final for the first time since {year} after beating {team2} <4-3 on penalties|5-4 in a shootout> following a {score} draw at {venue} on {weekday} night.",
        "[sack] {team2} sacked their manager, {p1}, on {weekday} after a {loss_score} home defeat by {team1} made it {n_small} losses in a row, the club said in a statement posted at {time}.",
    ),
    body=(
        "{team2} had taken the lead in the {minute} through {name}, who curled a shot into the top corner from {n_small} yards.",
        "The equaliser came from a corner: {p2_last} rose highest and headed in off the post.",
        "{team1} have now won {n_small} of their last {n_small} league games and conceded only {n_small} goals.",
        "The visitors finished with 10 men after {name} was shown a second yellow card in the {minute}.",
        "[top,draw,cup] It was {p1_last}'s {ordinal} goal of the season, <a club record|one short of the league lead|the most by any defender>.",
        "{team1} had {pct_big} of possession, but {team2} had more shots on target ({shots}).",
        "The attendance of {n_k} was the highest at {venue} since the stadium was rebuilt in {year}.",
        "{team2}'s goalkeeper, {name}, made {n_small} saves, including a penalty in stoppage time (90+{digit}).",
        "A VAR review lasting more than {n_small} minutes ruled out what would have been a winner for {team2}.",
        "Fans of both clubs used the hashtag {hashtag} to <celebrate|complain about the refereeing|mock the kit>.",
        "Next up for {team1} is a trip to {town} on {weekday}, kick-off {time}.",
        "The club said ticket holders could claim a refund at {url} until {date}.",
        "{team2} sit {ordinal} in the table, {n_small} points from safety with {n_small} games left.",
        "[top,draw,cup] {p1_last} joined the club from {team2} in {year} for a fee reported to be {money}.",
        "The manager made {n_small} changes from the side that lost {score} in midweek.",
        "Rain delayed the kick-off by <15|20|30|45> minutes, and the pitch cut up badly in the second half.",
        "It was a game of two halves — <dreadful|cagey|frantic> before the break, <breathless|scrappy|one-sided> after it.",
        "The referee, {name}, showed <five|six|seven|eight> yellow cards, <three|four> of them to {team2} players.",
        "{team1} were booed off at half-time, trailing {loss_score}; the mood had changed completely by the final whistle.",
        "[sack] The club's statement thanked {p1_last} for “{p1_his} hard work and commitment” and said a successor would be named “in due course.”",
        "{p2_last}, {p2_age}, has been linked with a move to a club in {country} when his contract expires in {month}.",
        "Under-fire captain {name} apologised to the {n_k} travelling fans on social media, writing “Not good enough. We go again.”",
        "[cup] The shootout went to sudden death after {name} hit the bar with {team2}'s fifth kick.",
    ),
    quotes=(
        "We were <brilliant|poor|nervous> in the first half and <outstanding|lucky|much better> in the second",
        "The lads showed real character today",
        "I thought it was a penalty — everybody in the ground thought it was a penalty",
        "We have to stay humble; the league is not won in {month}",
        "[top,draw,cup] It's the best goal I've ever scored, and I'll never score another like it",
        "Nobody expected us to be here, so we're going to enjoy it",
        "We did not deserve anything from the game, to be honest",
        "Football can be cruel sometimes",
        "The referee has a hard job, but that decision was wrong",
        "[sack] I have <loved|enjoyed> every minute at this club and I wish it nothing but success",
        "Did we play well? No. Did we win? Yes",
        "The supporters were <incredible|magnificent|unbelievable>, they carried us",
        "We'll look at the video and learn from it",
    ),
    lead_roles=(
        "[top,draw,cup] the {team1} striker",
        "[top,draw,cup] {team1}'s captain",
        "[sack] the {team2} manager",
        "[top,draw,cup] {team1}'s midfielder",
        "[top,draw,cup] the {team1} forward",
    ),
    roles=(
        "the {team1} manager",
        "{team2}'s head coach",
        "the {team2} captain",
        "{team1}'s goalkeeper",
        "a {team1} supporter since {year}",
        "a former {team2} player who now works as a pundit",
    ),
    extras=(
        bullets(
            ("Top of the table after {weekday}'s games:", "The {league} standings:"),
            (
                "{team1} — {n} points (played {n_small})",
                "{team2} — {n} points",
                "{town} Rovers — {n} points",
                "{town} Athletic — {n} points",
                "FC {town} — {n} points",
                "{town} United — {n} points",
            ),
            numbered=True,
            count=(4, 6),
        ),
        bullets(
            ("The line-ups:", "Teams:"),
            (
                "{team1}: {name}; {name}, {name}, {name}, {name}; {name} ({name} {minute}), {name}; {name}.",
                "{team2}: {name}; {name}, {name} (capt.), {name}; {name}, {name}, {name}; {name}, {name}.",
                "Referee: {name}. Attendance: {n_k}.",
            ),
            count=(3, 3),
        ),
    ),
)

ATHLETICS = Kind(
    name="race",
    headlines=(
        "[marathon] {p1} wins {town} marathon in course record {race_time}",
        "[record] {p1} breaks {n}-year-old national record over 10,000m",
        "[record] {p1} takes <gold|silver|bronze> in 1500m as favourite falls",
        "[cycling] Cyclist {p1} wins stage {n_small} in sprint finish",
        "[swim] Swimmer {p1} sets world best in 200m <freestyle|butterfly|backstroke>",
        "[record] {country} win relay gold by {n_small} hundredths of a second",
        "[marathon] Marathon 2026: road closures and what you need to know",
        "{p1} retires at {age} after <three Olympics|a decade at the top|a 20-year career>",
    ),
    leads=(
        "[marathon] {p1} of {country} won the {town} marathon on {weekday} in {race_time}, a course record, pulling away from {p2} over the last {distance} in temperatures of {temp}.",
        "[record] {p1}, {p1_age}, broke a national record that had stood since {year} on {weekday} night, running {race_time} in the 10,000m at the {town} Grand Prix.",
        "[cycling] {p1} won the {ordinal} stage of the Tour of {region} on {weekday}, beating {p2} in a sprint after {distance} of racing in crosswinds of up to {wind}.",
        "[swim] {p1} of {country} set a world best of {race_time} in the women's 200m <freestyle|backstroke|medley> on {weekday}, taking {n_small} hundredths off the previous mark.",
    ),
    body=(
        "{p2_last} finished second in {race_time}, with {name} of {country2} third.",
        "[marathon] More than {n_k} runners started the race, which raised {money} for charity, organisers said.",
        "[marathon] The previous course record of {race_time} was set in {year}.",
        "[marathon,record] The leading group went through halfway in {race_time}, <well inside|just outside> record pace.",
        "[marathon,record] {p1_last} trains in the mountains of {region} at about {n_k} metres above sea level.",
        "[marathon] Prize money for the winner was {usd}, plus a bonus of {cost} for the course record.",
        "[marathon] The first {n} kilometres were run into a headwind of about {wind}.",
        "[marathon] Roads between {street} and the finish on {street} will be closed from {time} to {time}; details are at {url}.",
        "The race was shown live on {outlet}, with coverage starting at {time}.",
        "[marathon] Medical staff treated {n} runners, mostly for <dehydration|blisters|cramp>, and {n_small} were taken to hospital as a precaution.",
        "[marathon,record,swim] {p1_last}'s time would have placed {p1_him} {ordinal} at the last Olympic Games.",
        "It was {p1_his} {ordinal} win of the season and lifts {p1_him} to the top of the world rankings.",
        "[record,swim] The relay team of {name}, {name}, {name} and {name} clocked {race_time}.",
        "[cycling] The stage finished with a climb of {distance} at an average gradient of {pct_small}.",
        "[cycling] {p1_last} now leads the general classification by {n} seconds with {n_small} stages to go.",
        "Anti-doping officials collected samples from the top {n_small} finishers, as is routine.",
        "{p2_last}, the defending champion, said {p2_he} had been slowed by a <hamstring|calf|stomach> problem since {month}.",
        "[marathon,cycling] Spectators lined the course {n}-deep along the seafront, many waving flags of {country}.",
        "[marathon] The women's race was won by {name} in {race_time}, the men's wheelchair race by {name} in {race_time}.",
        "[marathon,record] Splits (5 km): {race_time}, {race_time}, {race_time} — an almost perfectly even pace.",
    ),
    quotes=(
        "[marathon,record] I felt strong from the start, and at {n} kilometres I knew I could win",
        "[marathon,cycling] The last {n_small} kilometres were the hardest of my life",
        "I dedicate this to my coach, who believed in me when nobody else did",
        "I didn't even look at the clock until the finish line",
        "[marathon,cycling] The wind was brutal, but it was the same for everybody",
        "It's a dream — I have been chasing this record since I was {n_small}",
        "Tomorrow is another day; the race is not over",
        "I'm tired, I'm happy, and I want a pizza",
        "[marathon,cycling] My legs just stopped working at the bridge",
        "We will look at the data, but I am proud of how I raced",
    ),
    lead_roles=(
        "the defending champion",
        "a {age}-year-old from {town}",
        "the Olympic silver medallist",
        "the world No. {n_small}",
    ),
    roles=(
        "the race director",
        "{p1_last}'s coach",
        "the runner-up",
        "a spectator from {town}",
        "head of the national athletics federation",
        "a physiotherapist working at the finish",
    ),
    extras=(
        bullets(
            ("Leading results:", "Top finishers:"),
            (
                "{p1} ({country}) {race_time}",
                "{p2} ({country2}) {race_time}",
                "{name} ({country}) {race_time}",
                "{name} ({country}) {race_time}",
                "{name} ({country}) {race_time}",
            ),
            numbered=True,
            count=(4, 5),
        ),
        bullets(
            ("Road closures on race day:", "What runners and residents need to know:"),
            (
                "{street}: closed {time} to {time}.",
                "Bag drop opens at {time} at {address}.",
                "Extra trains run from {town} from {time}; see {url}.",
                "Water stations every {n_small} km.",
                "Parking at {address} costs {price} for the day.",
                "Lost property: call {phone}.",
            ),
            topics="marathon",
        ),
    ),
)

WEATHER = Kind(
    name="weather",
    headlines=(
        "[storm] Storm {storm} to bring gusts of {wind} and heavy rain",
        "[heat] Heatwave: temperatures to hit {temp} as amber warning issued",
        "[snow] Snow closes {n_small} schools and the {town} road",
        "[flood] Flood warnings in place for {n} areas after {rain} of rain",
        "[flood] Wettest {month} on record for {region}, forecasters say",
        "[heat] Weekend weather: sunshine for some, thunderstorms for others",
        "[heat] Drought: hosepipe ban for {n_big} customers from {date}",
        "[fire] Wildfire forces evacuation of {n_k} people near {town}",
    ),
    leads=(
        "[storm] Storm {storm} is expected to bring gusts of up to {wind} and as much as {rain} of rain to {region} on {weekday}, forecasters said, with an amber warning in force from {time}.",
        "[heat] Temperatures could reach {temp} in parts of {region} this week, forecasters said on {weekday}, as an amber heat-health alert was issued for {n_small} days.",
        "[snow] Heavy snow closed {n} schools in and around {town} on {weekday} and left {n_k} homes without power, after {n} cm fell overnight.",
        "[flood] More than {n} flood warnings were in force across {region} on {weekday} night after {rain} of rain fell in {duration}, forcing the evacuation of {n} homes in {town}.",
        "[fire] Firefighters were battling a wildfire covering {area} near {town} on {weekday}, and {n_k} people were told to leave their homes as winds of {wind} fanned the flames.",
    ),
    body=(
        "[heat] The highest temperature recorded on {weekday} was {temp} at {town}.",
        "[heat] Overnight lows will stay around {temp}, which makes sleeping difficult for many.",
        "[storm,heat,snow,flood] The warning covers the hours from {time} on {weekday} to {time} on {weekday}.",
        "[storm,flood] Winds will ease on {weekday}, but showers will continue, some heavy and thundery.",
        "[storm,snow] {n_k} customers lost power at the peak of the storm; by {time}, supply had been restored to all but {n}.",
        "[storm,snow] Ferries between {town} and {town2} were cancelled, and the <bridge|coast road|A{n}> was closed to high-sided vehicles.",
        "[flood,storm] The river at {town2} peaked at {dec} metres, just below the record set in {year}.",
        "[storm] Storm {storm} is the <third|fourth|fifth|sixth> named storm of the season, forecasters said.",
        "[flood,storm] People are advised not to drive through flood water on {street} or anywhere else: just 30 cm of moving water can float a car.",
        "[heat,fire] The heat is caused by a plume of warm air drawn up from {country}.",
        "[heat,snow] Sunrise on {weekday} will be at {time} and sunset at {time}.",
        "[heat] UV levels will be <very high|high|extreme in places>; people are advised to stay in the shade between <11 a.m. and 3 p.m.|noon and 4pm|11am and 3pm>.",
        "[heat,fire] Reservoir levels in {region} stood at {pct_big} of capacity, against {pct_big} normally for the time of year.",
        "[flood] Rainfall in {month} was {pct} above average, making it the wettest since records began in {year}.",
        "[storm,fire] The fire service said it had received {n} calls between {time} and {time}, mostly about fallen trees.",
        "[flood] Residents can check whether they are affected at {url} or by calling the floodline on {phone}.",
        "[flood,fire,snow] A rest centre has been opened at the sports hall on {street}.",
        "[heat,fire] Air quality in {town} reached “very high” on the index on {weekday}; people with asthma are advised to carry their inhalers.",
        "[snow] The last time {region} saw snow this deep so early was in the {decade}.",
        "[fire] The fire has so far destroyed {n} buildings, including {n_small} homes, and a firefighter was treated for burns.",
        "[heat] Water companies said demand had reached {n_big} litres a day, {pct} more than usual.",
        "[flood,storm] Pictures shared with the hashtag {hashtag} showed cars half submerged on {street}.",
    ),
    quotes=(
        "[storm] This is a dangerous storm, and people should take it seriously",
        "[flood] I've lived here for {n} years and never seen the river this high",
        "[heat,snow,storm] Please check on elderly neighbours, especially those who live alone",
        "[storm,snow] Our crews are working through the night to get everyone reconnected",
        "[flood] The ground is saturated, so even a little more rain could cause problems",
        "[flood] We lost everything on the ground floor — the sofa, the fridge, the photos",
        "[heat] Stay out of the sun in the hottest part of the day, and drink plenty of water",
        "[fire] The fire jumped the road in seconds; there was nothing we could do",
        "[storm] We are used to wind here, but nothing like this",
        "[heat,flood,fire] Is this the new normal? The data suggest it might be",
        "[flood,storm] DO NOT drive through flood water — it is never worth the risk",
    ),
    lead_roles=(
        "[storm,heat,snow,flood] a forecaster at the national weather service",
        "the chief meteorologist",
        "[fire] the head of the fire service in {region}",
        "[heat,flood,fire] a climate scientist at {uni}",
    ),
    roles=(
        "a resident of {town}",
        "a farmer near {town2}",
        "[storm,snow] a {sp} for the power company",
        "the mayor of {town}",
        "[fire,flood] a firefighter",
        "a café owner on {street}",
        "an emergency planning officer",
    ),
    extras=(
        bullets(
            ("The forecast for the next few days:", "The outlook:", "Day by day:"),
            (
                "Monday: sunny spells, {temp}, wind {wind}.",
                "Tuesday: rain spreading from the west, {temp}.",
                "Wednesday: heavy showers, risk of hail; high {temp}.",
                "Thursday: dry and bright, {temp}.",
                "Friday: cloudy, drizzle at times; {temp}.",
                "Saturday: hot and humid, {temp}, UV very high.",
                "Sunday: thunderstorms later, gusts to {wind}.",
            ),
            count=(3, 5),
        ),
        bullets(
            ("What to do in a flood:", "Advice for the heat:"),
            (
                "Move valuables, documents and pets upstairs.",
                "Turn off gas, electricity and water if it is safe to do so.",
                "Keep curtains closed on windows that face the sun.",
                "Never leave children or pets in a parked car.",
                "Keep a torch, radio and charged phone to hand.",
                "Sign up for warnings at {url}.",
            ),
            numbered=True,
        ),
    ),
)

HEALTH = Kind(
    name="health",
    headlines=(
        "[drug] Daily {dose} of {drug} cuts heart attack risk by {pct}, trial finds",
        "[sleep] {ratio} adults in {region} not getting enough sleep, study says",
        "[nature] Scientists find <new species of frog|a 3,000-year-old shipwreck|water ice> near {town}",
        "[measles] Measles cases rise to {n} as health officials urge vaccination",
        "[drug] FDA approves {drug} for <obesity|migraine|early Alzheimer's|psoriasis>",
        "[nature] {species} numbers <recover|collapse> after {n_small} years of <protection|drought|pollution>",
        "[wait] Hospital waiting list hits {n_big} as winter pressures mount",
        "[sleep] Why <walking|sleep|fibre|cold water> may matter more than you think",
        "[sleep] Study links <ultra-processed food|air pollution|loneliness> to higher risk of <dementia|depression|stroke>",
    ),
    leads=(
        "[drug] A daily {dose} dose of {drug} cut the risk of heart attack and stroke by {pct} in people with <diabetes|high blood pressure|kidney disease>, according to a trial of {n_k} patients published on {weekday} in {journal}.",
        "[sleep] About {ratio} adults in {region} regularly sleep less than six hours a night, a study by researchers at {uni} has found, raising their risk of <heart disease|depression|accidents>.",
        "[measles] Health officials in {region} reported {n} cases of measles on {weekday}, up from {n_small} a month ago, and urged parents to check that their children had had both doses of the MMR vaccine.",
        "[nature] Scientists at {uni} say they have found <a new species of tree frog|the remains of a 3,000-year-old boat|a colony of {species}> near {town}, in a discovery described in {journal} on {weekday}.",
        "[drug] The FDA on {weekday} approved {drug} for adults with <obesity|chronic migraine|early Alzheimer's disease>, the first new treatment of its kind in {n_small} years, its maker {company} said.",
        "[nature] Numbers of {species} in {region} have <doubled|fallen by {pct}|recovered to {decade} levels> since {year}, according to a survey by {n} volunteers published on {weekday}.",
        "[wait] The number of people waiting for planned hospital treatment in {region} rose to {n_big} in {month}, figures published on {weekday} show, and {p1}, {p1_role}, warned of a hard winter ahead.",
    ),
    body=(
        "[drug,sleep] Participants, aged {age_range}, were followed for an average of {dec} years.",
        "[drug] In the group given the drug, {n} people had a heart attack or stroke, against {n} in the placebo group ({hazard}).",
        "[drug] The most common side effects were <nausea|headache|dizziness|diarrhoea>, reported by {pct} of patients; {pct_small} stopped taking the drug because of them.",
        "[sleep] The study was observational, so it cannot prove cause and effect, <the authors cautioned|{p2_last} said|the journal noted in an editorial>.",
        "[drug] The trial was funded by {company}, which makes the drug; several of the authors have received payments from the company.",
        "[drug] A month's supply is expected to cost about {cost} in the US, where {ratio} adults are obese.",
        "[sleep] The WHO recommends that adults take at least 150 minutes of moderate exercise a week; only {pct_big} of adults in {region} do.",
        "[measles] Measles is one of the most contagious diseases known: one case can infect up to {n_small} unvaccinated people.",
        "[measles] Vaccination rates among children aged two fell to {pct_big} last year, below the {pct_big} needed to prevent outbreaks.",
        "[measles] Parents can book a vaccination by calling {phone} or online at {url}.",
        "[sleep] The researchers used data from {n_k} people in a cohort study run by {uni}, which began in {year}.",
        "[sleep] Those who slept less than six hours were {pct} more likely to report symptoms of depression, after adjusting for age, income and smoking.",
        "[nature] The frog, just {n_small} mm long, is bright orange with black spots; it has been named after the late naturalist {name}.",
        "[nature] The team recorded {n_k} {species} this year, up from {n_k} in {year}.",
        "[wait] The waiting list for planned hospital treatment stood at {n_big} in {month}, of whom {n_k} had waited more than a year.",
        "[drug] Patients <should not|are advised not to> stop taking <prescribed medicines|{drug}|statins> without talking to their <doctor|GP|pharmacist> first, <the NHS said|{p1_last} said|the regulator said>.",
        "[drug] The drug is given as a weekly injection; the dose is increased gradually over {n_small} weeks to {dose}.",
        "[drug,sleep,nature] Funding of {money} from the government's research council will pay for a larger trial of {n_k} people across {n_small} countries.",
        "[nature,sleep] Samples were analysed at a laboratory in {town}, where the team measured levels of <cortisol|vitamin D|microplastics|lead> in parts per billion.",
        "[nature] The survey covered {area} of <wetland|woodland|coast|moorland>, walked by volunteers between {month} and {month}.",
        "[wait,measles] Emergency departments saw {n_k} patients last week, {pct} more than the same week last year, NHS figures show.",
        "[drug,sleep,nature] Experts not involved in the research said the results were “<encouraging but preliminary|interesting, if not conclusive|a genuine step forward>.”",
        "[drug,sleep] The mean age of participants was {age}, and {pct_big} were women.",
        "[sleep] Those eating the most ultra-processed food — more than {n_small} portions a day — had a {pct} higher risk.",
    ),
    quotes=(
        "[drug] These results could change how we treat millions of patients",
        "[drug] It is a big step, but it is not a cure",
        "[sleep] Sleep is not a luxury; it is as important as diet and exercise",
        "[measles] Measles is not a mild illness — it can kill",
        "[nature] We were astonished; nobody had recorded this species here before",
        "[nature,measles] The numbers are heading in the right direction, but the recovery is fragile",
        "[sleep] I would not change my diet on the strength of one study",
        "[wait,measles] Nurses are working flat out, and the winter has barely begun",
        "[drug,sleep] The effect was larger than we expected, and it was consistent across every group",
        "[drug,sleep,measles] What does this mean for patients? In short: talk to your GP",
        "[drug,sleep] We need a much bigger trial before anyone gets excited",
        "[nature,sleep] This is exactly why long-term monitoring matters",
    ),
    lead_roles=(
        "[drug] a cardiologist at {uni} who led the trial",
        "[sleep,nature,drug] the lead author of the study",
        "[measles,wait] director of public health for {region}",
        "[nature] an ecologist at {uni}",
        "[drug] chief medical officer of {company}",
    ),
    roles=(
        "[drug,sleep,measles] a professor of epidemiology at {uni}",
        "a GP in {town}",
        "[measles,wait,drug] a {sp} for the health ministry",
        "[measles,sleep] a mother of two from {town}",
        "[wait,measles] a nurse at {town} General Hospital",
        "[drug,sleep] a statistician who was not involved in the study",
        "[nature] a volunteer who has counted {species} since {year}",
        "[wait] president of the Royal College of Nursing",
    ),
    extras=(
        bullets(
            ("Symptoms of measles include:", "Signs to look out for:"),
            (
                "a high fever (39°C or more);",
                "a runny or blocked nose;",
                "red, sore, watery eyes;",
                "small white spots inside the cheeks;",
                "a blotchy red-brown rash, usually a few days later.",
            ),
            topics="measles",
        ),
        bullets(
            ("The study in numbers:", "Key findings:"),
            (
                "{n_k} participants in {n_small} countries",
                "Average follow-up: {dec} years",
                "Risk reduction: {pct} (absolute reduction {pct_small})",
                "Number needed to treat: {n}",
                "Serious side effects: {pct_small} on the drug vs {pct_small} on placebo",
                "Cost: {price} a month",
            ),
            topics="drug",
        ),
    ),
)

TECH = Kind(
    name="tech",
    headlines=(
        "[phone] {brand} unveils {product} with {storage} and {battery} battery",
        "[phone] {brand} {product} review: <fast, pricey and nearly perfect|a big screen in search of a purpose|the best value this year>",
        "[outage] Airline grounds {model} fleet after software fault",
        "[outage] Outage knocks {n_big} users offline for {duration}",
        "[fine] {company} fined {money} by EU over <data transfers|app store rules|cookie banners>",
        "[hack] Hackers steal data of {n_big} customers of {company}",
        "[phone] {brand} to stop updating phones older than {n_small} years",
        "[startup] AI start-up {brand} raises $<30|75|200> million at $<1|2.5|4> billion valuation",
        "[phone,outage] Update {version} fixes bug that <drained batteries|deleted photos|locked users out>",
    ),
    leads=(
        "[phone] {brand} unveiled the {product} on {weekday}, a {screen} phone with {storage} of storage, a <3.2GHz|3.4GHz|4.1GHz> chip and a {battery} battery, priced from {cost}.",
        "[outage] An outage at {company} knocked about {n_big} users offline for {duration} on {weekday}, the company said, blaming <a faulty configuration change|a power failure at a data centre in {town}|a cut undersea cable>.",
        "[fine] The EU fined {company} {money} on {weekday} for <transferring users' data to the US without safeguards|breaking app store rules|using misleading cookie banners>, the largest penalty of its kind this year.",
        "[hack] {company} said on {weekday} that hackers had stolen the names, e-mail addresses and phone numbers of about {n_big} customers, and urged users to change their passwords.",
        "[startup] {brand}, a start-up founded in {year} in {town}, has raised $<12|40|85|120|6.5> million from investors led by <Meridian Ventures|Northgate Capital|Arclight Partners>, valuing it at $<0.9|1.5|2.2|4> billion.",
    ),
    body=(
        "[phone] The base model comes with {ram} of memory and {storage} of storage; the {storage} version costs <$1,199|£1,049|€1,299|$999>.",
        "[phone] The {screen} display refreshes at <90Hz|120Hz|144Hz> and reaches a peak brightness of <1,600|2,000|2,500|3,000> nits.",
        "[phone] The camera has a <48|50|200>-megapixel main sensor and a <3x|5x> telephoto lens; video can be recorded in <4K at 120fps|8K at 30fps|4K at 60fps>.",
        "[phone] Pre-orders open on {weekday} at {time} on {url}, with deliveries from {date}.",
        "[phone] Software updates are promised for <five|six|seven> years, up from <three|four> for the previous model.",
        "[phone] It supports <Wi-Fi 7|Wi-Fi 6E>, 5G, USB-C charging at <45W|65W|100W> and <a fingerprint reader under the screen|face unlock|a stylus>.",
        "[phone] The {model} successor weighs <187|201|168|1,240>g and is {dec} mm thick.",
        "[outage] {company} said on X (formerly Twitter), through its {handle} account, that services were “fully restored” by {time}.",
        "[hack] The affected data did not include <passwords or card numbers|bank details|passwords>, {company} said, but customers should be wary of <phishing e-mails|texts claiming to be from the company|calls from “support staff”>.",
        "[hack,outage] Customers with questions can call {phone} or write to {email}.",
        "[fine,hack] Under the GDPR, companies can be fined up to 4% of annual global turnover — for {company}, about {money}.",
        "[fine] {company} said it would appeal against the decision, calling the fine “<unjustified and disproportionate|wrong in law|deeply disappointing>.”",
        "[outage,hack] Version {version} of the app, released on {date_num}, fixes the bug; users should update via the settings menu.",
        "[startup] The start-up has {n} employees and plans to double that by the end of {future_year}.",
        "[startup] Its software, which uses AI to <transcribe meetings|read X-rays|write code|plan delivery routes>, is used by {n_k} businesses.",
        "[outage] The outage began at {time} UTC and affected users in Europe, the US and parts of Asia, according to Downdetector, which received more than {n_k} reports.",
        "[hack,fine] Regulators in {n_small} countries, including the FTC in the US, are looking into the breach.",
        "[phone] Benchmarks show the chip is about {pct} faster than last year's in multi-core tests, and {pct} more efficient.",
        "[phone] The device runs the company's own operating system, now at version {version}.",
        "[phone] In our tests the battery lasted <{n_small} hours|a day and a half|just under two days> of mixed use, and charging from 0 to 100% took <48|55|62|71|80> minutes.",
        "[phone] The laptop's {screen} screen is sharp, but its 720p webcam is a letdown at this price.",
        "[phone] Older devices — anything released before {year} — will stop receiving security updates from {month}.",
        "[outage,hack,fine] Shares of {company} (ticker: {ticker}) fell {pct_small} in after-hours trading.",
        "[hack] The breach was first spotted by a security researcher, who posted about it on Mastodon as {handle}.",
    ),
    quotes=(
        "[phone] This is the best phone we have ever made, and it's not close",
        "[hack,fine] We take the security of our customers' data extremely seriously",
        "[outage,hack] We are sorry for the disruption and are putting measures in place so it cannot happen again",
        "[phone] Frankly, {cost} is a lot of money for a phone that is barely different from last year's",
        "[startup] AI is not magic; it is engineering, and engineering takes time",
        "[fine] The fine is a drop in the ocean for a company of this size",
        "[hack] Users should enable two-factor authentication now, not tomorrow",
        "[phone] We built this for people who hate charging their phone every night",
        "[outage] The cloud is just somebody else's computer — and sometimes it breaks",
        "[startup] Why does a toaster need Wi-Fi? Nobody has ever given me a good answer",
        "[phone] It is <IMPRESSIVE|fast|beautiful>, but the software still feels unfinished",
    ),
    lead_roles=(
        "[phone,startup] chief executive of {brand}",
        "[phone] {brand}'s head of product",
        "[outage,hack,fine] chief technology officer at {company}",
        "[startup] co-founder of {brand}",
    ),
    roles=(
        "an analyst at Meridian Research",
        "[hack,outage] a security researcher",
        "a {sp} for {company}",
        "[fine,hack] a lawyer specialising in data protection",
        "a software developer in {town}",
        "a professor of computer science at {uni}",
        "[phone] a reviewer for {outlet}",
    ),
    extras=(
        bullets(
            ("Specifications:", "The {product} at a glance:"),
            (
                "Display: {screen} OLED, {speed}",
                "Chip: {brand} {model}, {speed}",
                "Memory: {ram}",
                "Storage: {storage} or {storage}",
                "Battery: {battery}",
                "Weight: {weight}",
                "Price: from {cost} (US), £{n} (UK)",
                "Colours: black, silver, <sage|coral|midnight blue>",
            ),
            topics="phone",
        ),
        bullets(
            ("What to do if you were affected:", "How to protect your account:"),
            (
                "Change your password, and do not reuse it elsewhere.",
                "Turn on two-factor authentication.",
                "Be wary of e-mails or texts that ask you to “verify” your account.",
                "Check your bank statements for payments you do not recognise.",
                "Contact {email} if you think your account was misused.",
            ),
            numbered=True,
            topics="hack",
        ),
    ),
)

LOCAL = Kind(
    name="local",
    headlines=(
        "[library] {town} library to close on Mondays as council seeks {money} in savings",
        "[homes] Residents fight plan for {n} homes on {town} playing fields",
        "[bakery] New bakery opens at {address}",
        "[roadworks] Roadworks on {street} to last until {date}",
        "[fire] {town} fire: family of {n_small} escape as blaze destroys home",
        "[bakery] Farmers' market returns to {town} every Saturday from {date}",
        "[school] School's out: {town} Primary celebrates {n}th birthday",
        "[bus] Bus route 42 saved after {n_k} sign petition",
        "[dog] Lost dog found {distance} from home after {n_small} weeks",
        "[library] Council tax to rise by {pct_small} in {town}",
    ),
    leads=(
        "[library] The library in {town} will close on Mondays from {date} as the council tries to save {money}, councillors decided on {weekday} night, despite a petition signed by {n_k} people.",
        "[homes] Residents of {town} have launched a campaign against plans to build {n} homes on playing fields off {street}, saying the area already floods {n_small} times a year.",
        "[bakery] A new bakery opened at {address} in {town} on {weekday}, and by {time} the queue stretched past the post office, its owner, {p1}, said.",
        "[roadworks] Roadworks on {street} in {town} will last until {date}, the council said on {weekday}, with temporary traffic lights in place from {time} to {time} on weekdays.",
        "[fire] A family of {n_small} escaped from their home in {town} early on {weekday} after a fire that firefighters believe started in a tumble dryer, {p1}, {p1_role}, said.",
        "[bus] The 42 bus between {town} and {town2} will keep running after {n_k} people signed a petition against its withdrawal, {p1}, {p1_role}, announced on {weekday}.",
        "[school] {town} Primary School celebrated its {n}th birthday on {weekday} with a party for pupils, parents and former staff, {p1}, {p1_role}, said.",
        "[dog] A <spaniel|collie|terrier> that went missing from {street} in {town} {n_small} weeks ago has been found {distance} away, {p1}, {p1_role}, said on {weekday}.",
    ),
    body=(
        "[library] The council's budget gap for next year is {money}, about {pct} of its spending.",
        "[homes,roadworks,library,bus] A public meeting will be held at the community centre, {address}, on {date} at {time}.",
        "[homes,roadworks,library,bus] The consultation closes on {date}; comments can be sent to {email} or made online at {url}.",
        "[homes] The developer, {company}, says {pct} of the homes would be “affordable,” meaning rents of about {rent} a month.",
        "[fire] Firefighters from {town} and {town2} were called at {time} and had the blaze under control by {time}.",
        "[fire] The family's neighbours have set up an online fundraiser, which had raised {cost} by {weekday} evening.",
        "[bakery] The bakery sells sourdough at {price} a loaf and cinnamon buns at {price}; it opens from 7:30 a.m. to 2 p.m., Tuesday to Sunday.",
        "[bakery] The market will run every Saturday from 9 a.m. to 1 p.m. in {street}, with <about 40|about 60|more than 30|25> stalls.",
        "[roadworks] Traffic will be diverted via {street} and {street}, adding about {duration} to journeys at peak times.",
        "[roadworks] Parking on {street} will be suspended from {date_num} for <two weeks|three days|a month|six weeks>.",
        "[school] The school, which opened in {year} with <40|62|85|120> pupils, now has {n} and a waiting list.",
        "[school] Former pupils are invited to an open day on {date}; call the school office on {phone} to book.",
        "[dog] The dog, a <three|seven|nine>-year-old <spaniel|collie|terrier> called <Biscuit|Pepper|Milo|Bramble>, was found in a garden on {street} by a postman.",
        "[library] The council tax bill for a Band D home will rise to <£2,140|£1,980.50|£2,310|£2,482>, or about {price} a month.",
        "[bus] The bus carried {n_k} passengers last year, many of them pensioners with free passes.",
        "[library] Opening hours on other days are unchanged: <9 a.m. to 5.30pm|9am to 5pm|10:00 to 18:00>, and until <7pm|8 p.m.> on <Thursdays|Wednesdays>.",
        "[homes] The council said it had received {n} objections and {n_small} letters of support.",
        "[homes,bus,library] The {town} Residents' Association (@{town_tag}) has organised a protest walk from the station at 10am on Saturday.",
        "[homes] A planning committee will decide on the application — reference {ticker}/{n}/{n_k} — on {date}.",
        "[library] Volunteers keep the library open on Saturdays; anyone who wants to help can call {phone}.",
        "[library,bus,homes] Councillors voted {council_vote}.",
        "[fire] The fire service reminded residents never to leave <a dryer|a washing machine|phone chargers|an e-bike charging> running overnight or when they are out.",
        "[bakery] Stallholders pay {price} a week for a pitch; applications are open at {url}.",
        "[roadworks] Residents on {street} have been told to expect noise between <8am and 6pm|7.30am and 5pm|8 a.m. and 6 p.m.>, and <occasional night work|some weekend work|lorries from 6am>.",
        "[bakery] The post office next door will move to {address} in {month}.",
    ),
    quotes=(
        "[library] The library is the only warm place some people have to go",
        "[homes] We are not against new homes — we are against homes on a flood plain",
        "[bakery] I've wanted to do this since I was {n_small}, and now I'm up at 4 a.m. every day",
        "[fire] The smoke alarm saved our lives, simple as that",
        "[bus] Without the 42, I would not see my grandchildren",
        "[library,bus] We had no choice: the money has simply run out",
        "This town has a real community spirit, and you can see it today",
        "[roadworks,bus] It's chaos every morning — it takes me {duration} to get to work now",
        "[dog] Honestly? I cried when he came through the door",
        "[homes,library,roadworks,bus] The council NEVER listens until people make a fuss",
        "[bakery] Come down, say hello, and try the cheese",
        "We will be keeping a close eye on how this affects people",
    ),
    lead_roles=(
        "[library,homes] leader of {town} council",
        "[bakery] the owner of the bakery",
        "[fire] a station manager with the fire service",
        "[homes,library] chair of the {town} Residents' Association",
        "[roadworks,bus] the councillor for transport",
        "[school] head teacher of {town} Primary",
        "[dog] the dog's owner",
    ),
    roles=(
        "a resident of {street}",
        "[library] a pensioner who uses the library every week",
        "[homes] a {sp} for {company}",
        "a mother of three",
        "a shopkeeper on {street}",
        "a councillor for the {party}",
        "[school] the head of the parents' association",
    ),
    extras=(
        bullets(
            ("Library opening hours from {date}:", "The new timetable:"),
            (
                "Monday: closed",
                "Tuesday: 9 a.m. to 5 p.m.",
                "Wednesday: 9am-1pm",
                "Thursday: 10:00 to 19:00",
                "Friday: 9 a.m. to 5.30pm",
                "Saturday: 10am to 4pm (volunteers)",
                "Sunday: closed",
            ),
            count=(5, 7),
            topics="library",
        ),
        bullets(
            ("Useful contacts:", "For more information:"),
            (
                "Council: {phone} (8.30am to 5pm)",
                "Out of hours: {phone}",
                "E-mail: {email}",
                "Website: {url}",
                "Twitter/X: {handle}",
            ),
        ),
    ),
)

OBITUARY = Kind(
    name="obituary",
    headlines=(
        "{p1}, <architect|poet|trade unionist|lifeboat coxswain|jazz pianist|botanist> who <rebuilt|shaped|served> {town}, dies at {p1_age}",
        "{p1} obituary",
        "{p1}, a pioneer of <women's football|public radio|organ transplants|community theatre>, dies aged {p1_age}",
        "Remembering {p1}: <a life in music|the teacher who never gave up|the man who saved the pier|a voice of the coast>",
    ),
    leads=(
        "{p1}, who <designed the harbour library in {town}|ran the {town} lifeboat for {n_small} decades|founded the first women's football club in {region}|taught music to three generations of children in {town}>, died on {weekday} at {p1_his} home in {town2}. {p1_He} was {p1_age}.",
        "{p1}, <a poet|a trade union leader|a botanist|a jazz pianist|a radio presenter> whose work <was loved far beyond {region}|changed how {country} thought about its coast|outlived every critic>, has died aged {p1_age}. {p1_His} family said {p1_he} died peacefully after a short illness.",
    ),
    body=(
        "{p1_He} was born in {town} in {year}, the <eldest|youngest|second> of {n_small} children of a <fisherman|schoolteacher|railway clerk|seamstress> and a <nurse|baker|miner|shopkeeper>.",
        "After leaving school at {n_small}, {p1_he} worked in a <shipyard|bank|bakery|newspaper office> before winning a scholarship to {uni}.",
        "{p1_His} first <book|building|record|exhibition>, in {year}, was <ignored|admired by a few|a surprise success>.",
        "In {year}, {p1_he} moved to {country}, where {p1_he} spent {n_small} years <teaching|working for the UN|building schools|playing in clubs>.",
        "{p1_He} was appointed OBE in {year} for services to <the arts|the community|sport|science>, though {p1_he} rarely mentioned it.",
        "{p1_He} is survived by {p1_his} <wife|husband|partner>, {name}; {n_small} children; and {n_small} grandchildren.",
        "A funeral will be held at St <Mary's|Andrew's|Brigid's> Church, {street}, on {date} at {time}; the family asks for donations to the lifeboat charity instead of flowers.",
        "{p1_His} most famous <poem|building|recording|rescue> — <“The Tide Table”|the glass reading room on {street}|a 1978 live album|the night of the {year} storm> — is still <taught in schools|a landmark|a bestseller|remembered in {town}>.",
        "Friends remembered {p1_him} as <funny, stubborn and generous|a brilliant listener|impossible to argue with, and usually right>.",
        "In the {decade}, {p1_he} led a campaign that saved the {town} pier from demolition, raising {money} in {n_small} months.",
        "{p1_He} kept working into {p1_his} {ordinal} decade, <writing every morning from 6 a.m.|playing every Thursday at a pub on {street}|walking {distance} a day>.",
        "{p1_His} <marriage|first marriage> to {name} ended in divorce in {year}.",
        "In later life {p1_he} took up <painting|sea swimming|beekeeping|Italian>, and, at {age}, <exhibited in {town}|swam the harbour for charity|published a memoir>.",
        "{p1_He} once said that {p1_his} only regret was “not learning to dance sooner.”",
        "Tributes were posted online with the hashtag {hashtag}; by {weekday} morning there were more than {n_k}.",
        "{p1_His} papers — {n_k} letters, notebooks and drawings — were given to {uni} in {year}.",
    ),
    quotes=(
        "{p1_He} never forgot where {p1_he} came from",
        "Everyone in {town} has a story about {p1_him}",
        "{p1_He} taught me that the work matters more than the applause",
        "We have lost a giant, but what a life it was",
        "{p1_He} could light up a room — and then tell you it needed painting",
        "I learned more from {p1_him} in a week than from anyone in a year",
        "{p1_He} was kind, {p1_he} was curious, and {p1_he} was always late",
        "The town would not look the way it does without {p1_him}",
        "Dad would have hated all this fuss",
    ),
    lead_roles=("the subject of this obituary",),
    roles=(
        "{p1_his} daughter",
        "{p1_his} son",
        "a former colleague",
        "the mayor of {town}",
        "a friend of {n} years",
        "a former student",
        "{p1_his} publisher",
        "the director of the {town} Arts Centre",
    ),
    paragraphs=(7, 13),
    speaking_p1=False,
    dateline=0.0,
    extras=(
        bullets(
            ("{p1} — born {date}, {year}; died {date}, {future_year}.", "Life in brief:"),
            (
                "{year}: born in {town}",
                "{year}: graduates from {uni}",
                "{year}: first <book|building|album> published",
                "{year}: moves to {country}",
                "{year}: appointed OBE",
                "{year}: returns to {town}",
            ),
            numbered=False,
            count=(4, 6),
        ),
    ),
)

REVIEW = Kind(
    name="review",
    headlines=(
        "{work} review — <a triumph|a beautiful mess|slow but rewarding|not quite the sum of its parts>",
        "Restaurant review: {venue}, {town}",
        "{work} by {p1}: <a thriller with a heart|the novel of the year?|too long by half>",
        "Album review: {work} — <★★★★☆|★★★☆☆|4 stars|three stars>",
        "Theatre: {work} at the {town} Playhouse",
    ),
    leads=(
        "{work}, the <second|third|first> <novel|film|album|play> by {p1}, <is a triumph|never quite takes off|rewards patience|is a glorious mess>: <{n} pages|{n} minutes|{n_small} songs> that <move from {town} to {country} and back|cover {n_small} decades|follow one family over a single summer>.",
        "{venue}, which opened in {month} on {street} in {town}, is <small|noisy|candle-lit|painfully fashionable>, with {n} seats and a menu that changes every {weekday}.",
        "There is a moment, about {n} minutes into {work}, when everything changes — and from then on the <film|play|album> is <unmissable|hard to bear|pure joy>.",
    ),
    body=(
        "The story follows {name}, a <widowed ferry captain|teenage chess player|retired detective|night-shift nurse> in {town}, over {n_small} days.",
        "The prose is <spare|lush|funny|precise> and the dialogue <crackles|sometimes clunks|sounds like real people talking>.",
        "At {n} pages it is <too long by a third|just right|surprisingly brisk>.",
        "The <second|final> act <drags|soars|falls apart>, but the ending is worth the wait.",
        "We started with <oysters|flatbread|a beetroot tart|crab croquettes> ({price}), then <hake|lamb shoulder|a mushroom risotto|duck> ({price}).",
        "Dessert — a <lemon tart|chocolate mousse|rhubarb fool|burnt cheesecake> at {price} — was the best thing we ate.",
        "Service was <warm but slow|friendly and sharp|chaotic on a busy Friday>.",
        "Dinner for two with a bottle of wine came to about {cost}, before service.",
        "The album was recorded in {n_small} days in a converted chapel near {town}, mostly live.",
        "The standout track, “<Harbour Lights|Night Ferry|Salt and Glass|Low Tide|Paper Crowns>,” runs to {n_small} minutes and earns every second.",
        "{p2} is <superb|miscast|a revelation> as the <mother|brother|captain|detective>.",
        "The cinematography (by {name}) makes {region} look <bleak and beautiful|like a postcard|wet, which it is>.",
        "It is rated 15 for strong language and runs for {n} minutes.",
        "<Some|Most|A few> of the jokes land; others were <old in the {decade}|too cruel|lost on the audience>.",
        "The book is published by <Harbour Press|Tallis & Crane|Northlight Books> at {price} (hardback) and {price} (e-book).",
        "Tickets cost {price} to {price} and are on sale at {url} or on {phone}.",
        "The set — a single kitchen, rotating slowly — is <clever|distracting|stunning>.",
        "It is the kind of place where the <waiter|waitress|chef> explains the <bread|butter|wine list>, and you are glad <he|she> did.",
        "Vegetarians are well served; vegans have <two choices|one main|a lot to choose from>.",
        "The final chapter is set in {year}, and I won't spoil it.",
        "By the end, you care about everyone — even <the villain|the dog|the neighbours>.",
    ),
    quotes=(
        "I wanted to write about the people who keep a town running when nobody is looking",
        "We change the menu when the boats come in",
        "The sea is the main character, really",
        "We recorded it in {n_small} days because that was all we could afford",
        "I didn't know how it ended until I wrote the last page",
        "If people leave humming the songs, we've done our job",
    ),
    lead_roles=(
        "the author",
        "the director",
        "the chef and owner",
        "the songwriter",
        "the playwright",
    ),
    roles=(
        "the lead actor",
        "the restaurant's sommelier",
        "the producer",
        "the novelist's editor",
        "the festival director",
    ),
    paragraphs=(7, 12),
    dateline=0.0,
    extras=(
        bullets(
            ("In brief:", "The verdict:"),
            (
                "Best for: <a rainy Sunday|a long train journey|date night|anyone who loved the first one>.",
                "Skip if: you want <a happy ending|fast-paced action|a quiet night out>.",
                "Rating: <4/5|3/5|★★★★|★★★>",
                "Price: {price}",
                "Where: {address}, {town}; tel. {phone}",
                "Open: Wed–Sun, 12pm–3pm and 6pm–10.30pm",
            ),
        ),
    ),
)

EXPLAINER = Kind(
    name="explainer",
    headlines=(
        "[rules] Explainer: what the new <energy price cap|rent rules|tax year|school term dates> mean for you",
        "[concept] What is <a windfall tax|quantitative easing|a heat dome|a hung parliament>, and why does it matter?",
        "[rules] Q&A: everything you need to know about the {town} <bypass|ferry strike|water shortage>",
        "[price] Why are <eggs|train tickets|house insurance|school uniforms> so expensive right now?",
        "[concept] How does the <electoral college|European Parliament|central bank> actually work?",
        "[concept] Five things we learned from the {country} election",
    ),
    leads=(
        "[rules] From {date}, <the energy price cap|new rules for landlords|a higher minimum wage|changes to child benefit> will affect about {n_big} households in {country}. <Here is what is changing, who it affects and what you can do.|What follows is a guide to the changes.|So what changes, and for whom?>",
        "[concept] <A heat dome|A hung parliament|Quantitative easing|A windfall tax> has been in the news a lot this week. {p1}, {p1_role}, explains what it is — and what it is not.",
        "[price] The price of <a dozen eggs|a peak-time return to the capital|home insurance|a school blazer> has risen {pct} in a year, to {price}. Why?",
    ),
    body=(
        "[rules] In short: <bills will go up for most people|most tenants will be better protected|the change is smaller than it sounds>.",
        "[rules,price] The typical household will pay about {cost} a year more, or roughly {price} a month.",
        "[rules] People on the lowest incomes can apply for help of up to {cost} through their council; see {url}.",
        "[rules] The rules do not apply in {region}, which sets its own.",
        "[price] The short answer is supply: <bird flu has cut flock sizes by {pct}|fewer trains are running|claims after storms have doubled|cotton prices are up {pct}>.",
        "[price] It is not the first time: prices last rose this fast in the {decade}.",
        "[price] Economists expect prices to ease by {month} {future_year}, though few would bet on it.",
        "[rules] The government says the scheme will cost {money} over {n_small} years.",
        "[rules] Unlike in {country}, where the system was reformed in {year}, nothing here has changed since the {decade}.",
        "[rules] If you are unsure whether you qualify, the advice line is open from 8 a.m. to 8 p.m. on {phone}.",
        "[rules] Landlords who break the rules face fines of up to {cost}.",
        "[concept] Think of it like a lid on a saucepan: the hot air cannot escape, so the heat builds <day after day|for a week or more>, as it did in {region} in {year}.",
        "[concept] Put simply, the central bank creates money to buy government bonds — {money} of them in {year} alone — which pushes down long-term interest rates.",
        "Nobody knows for sure — and anyone who says otherwise, {p2_last} said, <is guessing|is selling something>.",
        "[concept,price] Officials at {body} have warned that similar measures elsewhere had “mixed results.”",
        "[concept] A hung parliament happens when no party wins a majority of the {n} seats.",
        "[rules] There are exceptions: <pensioners, students and people on disability benefits|households with children under {n_small}|people in rural {region}> are treated differently.",
        "[rules] The change was announced in {month} but only takes effect on {date}.",
    ),
    quotes=(
        "The honest answer is that it depends on where you live",
        "People should check their contracts now rather than wait for the bill",
        "It sounds complicated, but the idea is simple",
        "Nobody should be embarrassed to ask for help",
        "Prices rarely fall as fast as they rise",
        "What matters is what happens next winter",
    ),
    lead_roles=(
        "an economist at {uni}",
        "a consumer rights expert",
        "a senior lecturer in politics at {uni}",
        "a meteorologist",
    ),
    roles=(
        "a {sp} for Citizens Advice",
        "an energy analyst at Cornwall Insight North",
        "a landlord in {town}",
        "a tenant in {town}",
        "a researcher at the Resolution Centre",
    ),
    paragraphs=(6, 10),
    dateline=0.0,
    extras=(
        qanda(
            (
                (
                    "What is changing?",
                    "From {date}, <the cap rises by {pct}|landlords must give {n_small} months' notice|the rate rises to {price} an hour>.",
                ),
                (
                    "Who does it affect?",
                    "Roughly {n_big} households, mostly <renters|people on prepayment meters|families with children under {n_small}>.",
                ),
                (
                    "When does it start?",
                    "On {date} — though some parts only apply from {month} {future_year}.",
                ),
                (
                    "How much will I pay?",
                    "For a typical home, about {cost} more a year; for a flat, nearer {cost}.",
                ),
                (
                    "Can I do anything about it?",
                    "Yes: <fix your tariff|check your contract|apply for a grant at {url}|ask your employer>.",
                ),
                (
                    "Is this the first time?",
                    "No. Something similar happened in {year}, and again in {year}.",
                ),
                (
                    "What happens next?",
                    "Parliament votes on {date}; if it passes, the rules apply from {month}.",
                ),
            ),
            style="heading",
            topics="rules",
        ),
        qanda(
            (
                ("Will my bill go up?", "Probably, by about {pct_small}."),
                ("Do I need to do anything?", "No. The change is automatic."),
                (
                    "What if I can't pay?",
                    "Call your supplier first; most have hardship funds. Citizens Advice is on {phone}.",
                ),
                ("Where can I read the rules?", "They are published at {url}."),
            ),
            style="qa",
            topics="rules",
        ),
        bullets(
            ("Five things we learned:",),
            (
                "Turnout matters: it was {pct_big}, the highest since {year}.",
                "The centre held — just.",
                "Young voters swung to the {party2} by {pp}.",
                "Rural areas and cities voted very differently.",
                "Polls were wrong again, by about {n_small} points.",
                "Coalition talks could take {n_small} weeks.",
            ),
            numbered=True,
            count=(5, 5),
            topics="concept",
        ),
    ),
)

WORLD = Kind(
    name="world",
    headlines=(
        "[fighting] Thousands flee as fighting nears {town}",
        "[quake] Earthquake of magnitude {magnitude} strikes off {country}",
        "[border] {country} and {country2} agree to reopen border after {n_small} years",
        "[appeal] UN appeals for {usd} as <drought|floods|conflict> leaves {n_big} in need",
        "[ferry] Ferry capsizes off {town}; {n} rescued, {n_small} missing",
        "[fighting] NATO leaders meet in {town} as <defence spending|enlargement|air defence> tops agenda",
        "[election] Election in {country}: incumbent claims victory as opposition cries foul",
        "[election] Protesters clash with police in {town} over <fuel prices|a new mine|election results>",
    ),
    leads=(
        "[fighting] Thousands of people have fled {town} in the past {n_small} days as fighting moves closer, aid workers said on {weekday}, with <shelling|air strikes|drone attacks> hitting the town's <hospital|water station|market> overnight.",
        "[quake] An earthquake of magnitude {magnitude} struck off the coast of {country} on {weekday} at {time} local time, the US Geological Survey said, shaking buildings in {town} and triggering a brief tsunami warning.",
        "[border] The governments of {country} and {country2} agreed on {weekday} to reopen their shared border to trade and travel for the first time since {year}, after talks in {town} mediated by the EU.",
        "[appeal] The UN appealed on {weekday} for {usd} to help {n_big} people in {country} facing <the worst drought in {n} years|severe floods|hunger after months of fighting>.",
        "[ferry] A ferry carrying {n} passengers capsized off {town} on {weekday} night; {n} people were rescued and {n_small} are missing, {p1}, {p1_role}, said.",
        "[election] Supporters of {p1}, {p1_role}, celebrated in the streets of {town} on {weekday} night after {p1_he} claimed victory in an election that the opposition says was rigged.",
    ),
    body=(
        "[fighting] The UN refugee agency, UNHCR, said {n_k} people had crossed into {country2} since {date}.",
        "[fighting,appeal] Aid convoys have been unable to reach the town since {weekday}, when the last road was cut.",
        "[quake] The quake was {n} km deep, according to the USGS; shallower earthquakes tend to cause more damage.",
        "[quake] At least {n} buildings collapsed, and electricity was cut to {n_k} homes.",
        "[border] The border crossing at {town2} will open from 6 a.m. to 10 p.m. daily, with checks on goods limited to {n_small} hours.",
        "[border] Trade between the two countries was worth {usd} a year before the border closed.",
        "[appeal] Only {pct} of last year's appeal was funded, the UN said.",
        "[quake,ferry] Rescue teams from {country2} and the EU arrived on {weekday} with sniffer dogs and heavy lifting equipment.",
        "[ferry] The ferry, built in {year}, was licensed to carry {n} people, officials said.",
        "[fighting] NATO members agreed in {year} to spend at least 2% of GDP on defence; <eight|nine|11|six> of the 32 allies still fall short.",
        "[election] The election commission said turnout was {pct_big}; observers from the OSCE reported “serious irregularities” at {n} polling stations.",
        "[election] Police used tear gas and water cannon; {n} people were arrested, and {n_small} officers were injured, the interior ministry said.",
        "[election,fighting] The internet was cut in {town} from {time} on {weekday}, according to the monitoring group NetBlocks.",
        "[border] Foreign ministers are due to meet again in {town2} on {date}.",
        "[fighting] The town had a population of about {n_k} before the war; some {n_k} remain, local officials say.",
        "[fighting,election,quake] A curfew from 10pm to 5am is in force, and schools will stay closed until at least {weekday}.",
        "[fighting] {p2}, {p2_role}, said {p2_he} had walked for {duration} with {p2_his} children to reach the border.",
        "[fighting,quake] Some residents of {town} refused to leave, saying they would not abandon <elderly relatives or their animals|their homes|their livestock|the graves of their parents>.",
        "[quake,ferry] The government declared {n_small} days of national mourning.",
    ),
    quotes=(
        "[fighting,quake] We left with nothing but the clothes we were wearing",
        "[appeal] The needs are enormous, and the money is not there",
        "[border] This agreement is a good day for families on both sides of the border",
        "[quake] We felt the building move like a boat",
        "[ferry] We are searching through the night, but the sea is very rough",
        "[election] Nobody voted for this — the count was stolen",
        "[fighting,quake] We want to go home, but there is no home to go back to",
        "[fighting,appeal] The world must not look away",
        "[fighting] My grandmother would not leave without her goats",
        "Why are we always the last to be told?",
        "The next {n} hours are critical",
    ),
    lead_roles=(
        "the regional governor",
        "[ferry] a spokesman for the coast guard",
        "[border] the country's foreign minister",
        "[appeal] head of the UN office in {country}",
        "[quake] the country's civil protection chief",
        "[election] the country's president",
    ),
    roles=(
        "a mother of {n_small} from {town}",
        "[fighting,appeal,quake] an aid worker with {body}",
        "[ferry] a fisherman in {town2}",
        "a shop owner",
        "[fighting] a retired teacher who stayed behind",
        "a {sp} for the interior ministry",
        "[election] an election observer",
    ),
    dateline=0.8,
    extras=(
        bullets(
            ("What we know so far:", "Key facts:"),
            (
                "Magnitude {magnitude}, depth {n} km",
                "Time: {time} local ({time} GMT)",
                "{n} confirmed dead; {n} injured",
                "{n_k} people in temporary shelters",
                "Airport in {town} closed until {weekday}",
                "Emergency number for foreign nationals: {phone}",
            ),
            topics="quake",
        ),
    ),
)

TRANSPORT = Kind(
    name="transport",
    headlines=(
        "[plane] Airline orders {n} {model} jets in {usd} deal",
        "[strike] Rail strike: no trains between {town} and {town2} on {date}",
        "[train] Night train from {town} to {country} returns after {n_small} years",
        "[fares] Ferry fares rise {pct} from {month}",
        "[flights] Flights cancelled as air traffic control fault hits {n_k} passengers",
        "[bridge] New bridge at {town} opens {n_small} years late and {money} over budget",
        "[buses] Electric buses for {town} as council signs {money} deal",
        "[road] Drivers face {duration} delays on A{n} after lorry fire",
    ),
    leads=(
        "[plane] {company} has ordered {n} {model} aircraft in a deal worth about {usd} at list prices, the airline said on {weekday}, as it replaces planes built in the {decade}.",
        "[strike] No trains will run between {town} and {town2} on {date} because of a strike by <drivers|signal workers|conductors> in a dispute over <pay|staffing|Sunday working>, {p1}, {p1_role}, said.",
        "[train] The night train from {town} to {country} will return on {date}, {n_small} years after the last one ran, with tickets from {price} for a seat and {cost} for a bed.",
        "[flights] Flights across {region} were cancelled or delayed on {weekday} after a fault in the air traffic control system, affecting about {n_k} passengers, the airports operator said.",
        "[bridge] The new bridge across the river at {town} opened to traffic at {time} on {weekday}, {n_small} years late and {money} over its original budget of {money}.",
        "[fares] Fares on the {town}–{town2} ferry will rise by {pct} from {month}, {p1}, {p1_role}, said on {weekday}, blaming fuel costs and a new {money} vessel.",
        "[buses] {town} council has signed a {money} deal for {n} electric buses, {p1}, {p1_role}, said on {weekday}.",
        "[road] Drivers faced delays of up to {duration} on the A{n} near {town} on {weekday} after a lorry caught fire, police said.",
    ),
    body=(
        "[plane] The {model} seats about {n} passengers and has a range of <8,000|13,900|15,000|11,100|6,300> km.",
        "[plane,buses] Deliveries are due to start in {future_year} and finish by {future_year}.",
        "[strike] The union said {pct_big} of members who voted backed the strike, on a turnout of {pct_big}.",
        "[strike,flights] Passengers with tickets for {date} can use them on the day before or the {n_small} days after, or claim a refund at {url}.",
        "[strike] Replacement buses will run every <10|15|20|30> minutes from the station forecourt.",
        "[train] The train leaves {town} at 8.42pm and arrives at 9:15 a.m. the next day, calling at {town2}.",
        "[train] Sleeper cabins have two or four berths; a private cabin with a shower costs {cost}.",
        "[fares] Fares on the {town}–{town2} route will rise from {cost} to {cost} for a car and two adults.",
        "[flights] The fault began at about {time} and was fixed by {time}, but delays continued into the evening.",
        "[flights,train] Under EU rules, passengers delayed by more than three hours may be entitled to compensation of <up to €600|€250 to €600, depending on the distance>.",
        "[bridge] The bridge is {distance} long and carries <two|four|six> lanes of traffic plus a cycle path.",
        "[bridge] About {n_k} vehicles a day are expected to use it, saving drivers up to {duration}.",
        "[buses] The {n} electric buses, made by {company2}, will replace diesel buses on <five|seven|all> routes by {future_year}.",
        "[road] The A{n} was closed in both directions between junctions {n_small} and {n_small} from {time} until {time}.",
        "[road,bridge] Traffic information is available on {handle} and by calling {phone}.",
        "[plane] The airline, which carried {n_big} passengers last year, said the new planes would burn {pct} less fuel per seat.",
        "[strike,train] Punctuality on the line was {pct_big} last year, against a target of {pct_big}.",
        "[strike,flights,train] The operator's website, {url}, crashed for about {duration} as passengers tried to rebook.",
        "[bridge] Cyclists will have to dismount on the old bridge, which closes for repairs on {date}.",
        "[strike] Talks between the union and the operator are due to resume at 10am on {weekday} at the offices of ACAS in {town}.",
    ),
    quotes=(
        "[strike,flights,fares] Passengers have been let down for too long",
        "[strike] Our members do not want to strike, but they have been left with no choice",
        "[train] There is a real appetite for sleeper trains again",
        "[train,bridge] It's been a long wait, but it was worth it",
        "[strike,flights,road] We are sorry for the disruption this will cause",
        "[bridge] Ten years to build a bridge? The Romans were quicker",
        "[plane] These are the most efficient aircraft in their class",
        "[flights,strike] I've missed my connection and nobody can tell me anything",
        "[buses] The buses are quiet, clean, and cheaper to run",
        "[strike,road] Please do not travel unless your journey is essential",
    ),
    lead_roles=(
        "[strike] general secretary of the drivers' union",
        "[plane,fares] chief executive of {company}",
        "the transport minister",
        "[train,flights] managing director of the rail operator",
        "[bridge,buses,road] the council's cabinet member for transport",
    ),
    roles=(
        "[strike,train] a passenger stuck at {town} station",
        "[flights,plane] a {sp} for the airport",
        "[plane,flights] an aviation analyst",
        "a commuter from {town2}",
        "[fares] a {sp} for the ferry company",
        "[bridge] an engineer who worked on the bridge",
        "[road] a lorry driver",
    ),
    extras=(
        bullets(
            ("Times and fares:", "The timetable:"),
            (
                "Dep. {town} 20:42 — arr. {town2} 23:15",
                "Dep. {town2} 23:30 — arr. {country} border 04:05",
                "Seat: from {price}",
                "Couchette (6 berths): {price}",
                "Private cabin: {cost}",
                "Bikes: {price}, book ahead",
            ),
            count=(4, 6),
            topics="train",
        ),
        bullets(
            ("On strike days:",),
            (
                "Check before you travel at {url}.",
                "Tickets for {date} are valid the next day.",
                "Buses replace trains between {town} and {town2}.",
                "Expect the first trains to be very busy.",
                "Refunds: e-mail {email} or call {phone}.",
            ),
            numbered=True,
            topics="strike",
        ),
    ),
)

ROUNDUP = Kind(
    name="roundup",
    headlines=(
        "News in brief: {weekday}, {date}",
        "Morning briefing: <five|six|seven> stories to start your day",
        "Around the region: {town}, {town2} and more",
        "The week in numbers",
    ),
    leads=(
        "Good morning. Here is what you need to know on {weekday}, {date}.",
        "Our round-up of the news from across {region} this week.",
        "The stories we are following today, from {town} to {country}.",
    ),
    body=(
        "{town}: A {age}-year-old woman was taken to hospital after a crash on {street} at about {time}. Police have appealed for dashcam footage.",
        "{town2}: The swimming pool reopens on {date} after a {money} refit, with a new learner pool and sauna. Swims cost {price}.",
        "{region}: Unemployment fell to {pct_small} in {quarter}, the lowest since {year}.",
        "Markets: The FTSE 100 closed up {pct_small} at {index}; the pound bought $1.{n}.",
        "Sport: {team1} beat {team2} {win_score}; {team2} are now {n_small} points adrift.",
        "Weather: Mostly dry, with highs of {temp}; rain later in the west.",
        "Health: The NHS says {n_k} people missed GP appointments last month, costing about {money}.",
        "Courts: A man, {age}, was fined {cost} for <flying a drone over the airport|fishing without a licence|feeding gulls on the seafront>.",
        "Business: {company} will open a warehouse in {town} creating {n} jobs.",
        "Tech: An update (version {version}) for {brand} phones fixes a bug that <drained batteries|muted alarms>.",
        "Science: Astronomers at {uni} spotted a comet that will be visible with binoculars from {date}.",
        "Culture: The {town} festival sold {n_k} tickets in {duration}; a few remain at {url}.",
        "Transport: The {time} ferry from {town} is cancelled on {weekday} for maintenance.",
        "Education: Exam results are published on {date}; {pct_big} of pupils passed maths.",
        "Environment: Volunteers removed {weight} of plastic from the beach at {town} on {weekday}.",
        "World: {country} has a new prime minister, {name}, the {ordinal} in {n_small} years.",
        "Quote of the day: “We came for the weekend and stayed {n_small} years,” said {name}, who runs the <café|bookshop|bike hire> on {street}.",
        "Number of the day: {n_k} — the <steps|pancakes|signatures|bicycles> counted at {town} on {weekday}.",
        "Animals: A seal pup nicknamed <Dot|Pebble|Mackerel> was returned to the sea at {town} after {n_small} weeks in care.",
        "Property: A four-bedroom house on {street} sold for {house_price} — {pct} above the asking price.",
        "Crime: Police in {town} are looking for a man who stole {n} bottles of whisky from a shop on {street} at {time} on {weekday}.",
        "Obituaries: {name}, {age}, founder of the {town} choir.",
        "Jobs: {company2} is hiring {n} people in {town}; apply at {url}.",
        "Politics: The {party} will choose its new leader on {date}; ballots go out on {date}.",
    ),
    quotes=(
        "It was a busy week, and we expect the next to be busier",
        "Sometimes the small stories matter most",
    ),
    lead_roles=("the editor",),
    roles=("the news editor",),
    paragraphs=(8, 14),
    dateline=0.0,
)

KINDS: tuple[tuple[Kind, float], ...] = (
    (POLITICS, 9), (COURTS, 7), (MARKETS, 8), (MATCH, 7), (ATHLETICS, 4), (WEATHER, 6),
    (HEALTH, 7), (TECH, 7), (LOCAL, 9), (OBITUARY, 3), (REVIEW, 4), (EXPLAINER, 4),
    (WORLD, 7), (TRANSPORT, 6), (ROUNDUP, 3),
)  # fmt: skip
"""Each kind with its weight: about how often it appears among 100 articles."""


# --- passages in other languages and sentences for any kind -------------------------

FOREIGN: tuple[tuple[str, str, str], ...] = (
    ("Russian", "Мы останемся здесь, пока работает школа.", "We will stay here as long as the school is open."),
    ("Russian", "Вода поднялась за одну ночь, и мы ничего не успели спасти.", "The water rose in one night, and we could not save anything."),
    ("Russian", "Цены на хлеб выросли вдвое с начала года.", "The price of bread has doubled since the start of the year."),
    ("Russian", "Мы ждём ответа от мэрии уже три месяца.", "We have been waiting three months for an answer from the town hall."),
    ("Ukrainian", "Ми не поїдемо, поки тут живуть наші батьки.", "We will not leave while our parents live here."),
    ("Ukrainian", "Світло дали лише на дві години вранці.", "The power came back for only two hours in the morning."),
    ("Greek", "Η θάλασσα ήταν ήρεμη όλη την εβδομάδα.", "The sea was calm all week."),
    ("Greek", "Δεν έχουμε δει τέτοια ζέστη εδώ και χρόνια.", "We have not seen heat like this for years."),
    ("Greek", "Το λιμάνι θα ανοίξει ξανά τη Δευτέρα το πρωί.", "The port will reopen on Monday morning."),
    ("Greek", "Όλο το χωριό βοήθησε να σβήσει η φωτιά.", "The whole village helped to put out the fire."),
    ("Chinese", "我们希望明年能重新开放这座桥。", "We hope to reopen this bridge next year."),
    ("Chinese", "这家工厂雇用了全镇一半的人。", "This factory employs half the town."),
    ("Chinese", "今年的雨水比往年多得多。", "There has been far more rain this year than in other years."),
    ("Chinese", "我们会继续在这里做生意。", "We will keep doing business here."),
    ("Arabic", "نحن نعمل ليلاً ونهاراً لإعادة الكهرباء.", "We are working night and day to restore the electricity."),
    ("Arabic", "لم نر مثل هذا المطر منذ سنوات طويلة.", "We have not seen rain like this for many years."),
    ("Arabic", "نريد أن يعود أطفالنا إلى المدرسة.", "We want our children to go back to school."),
    ("Arabic", "السوق مفتوح كل يوم من الصباح حتى المساء.", "The market is open every day from morning until evening."),
    ("Hindi", "हम अगले महीने तक सड़क खोलने की उम्मीद करते हैं।", "We hope to open the road by next month."),
    ("Hindi", "इस साल फसल बहुत अच्छी रही है।", "The harvest has been very good this year."),
    ("Hindi", "पानी अब भी घरों में भरा हुआ है।", "Water is still standing in the houses."),
    ("Hindi", "हमें सरकार से मदद का इंतज़ार है।", "We are waiting for help from the government."),
    ("Japanese", "駅は来週の月曜日に再開します。", "The station reopens next Monday."),
    ("Turkish", "Bu köprü bizim için çok önemli.", "This bridge is very important to us."),
    ("Polish", "Czekamy na tę decyzję od dwóch lat.", "We have been waiting two years for this decision."),
)  # fmt: skip
"""Passages written for this file: (language, text, an English rendering)."""

PHRASES: tuple[tuple[str, str, str], ...] = (
    ("French", "Nous attendons des réponses, pas des promesses", "We are waiting for answers, not promises"),
    ("French", "C'est une belle journée pour le village", "It is a fine day for the village"),
    ("French", "On ne lâche rien", "We are not giving up anything"),
    ("Spanish", "No vamos a rendirnos", "We are not going to give up"),
    ("Spanish", "Es un día histórico para el pueblo", "It is a historic day for the town"),
    ("Spanish", "Aquí todos nos conocemos", "Everyone knows everyone here"),
    ("German", "Das Wasser kam mitten in der Nacht", "The water came in the middle of the night"),
    ("German", "Wir haben keine andere Wahl", "We have no other choice"),
    ("Italian", "Il porto è il cuore della città", "The port is the heart of the town"),
    ("Portuguese", "Ninguém esperava um resultado assim", "Nobody expected a result like this"),
)  # fmt: skip

FOREIGN_FORMS = (
    "“{text}” said {speaker}, speaking in {language}. (“{english}”)",
    "{speaker}, put it simply, in {language}: “{text}” — “{english}”",
    "A handwritten sign taped to the door read: “{text}” ({english})",
    "The banner, in {language} and English, read “{text}” — “{english}”",
    "{speaker}, told {outlet} in {language}: “{text}” “{english_bare},” {he} repeated in English.",
    "{text}\n“{english_bare}”: that was how {speaker}, summed it up, in {language}.",
)  # fmt: skip
PHRASE_FORMS = (
    "“{text},” {speaker}, said in {language} — {english}.",
    "Locals have a phrase for it — “{text}” ({english}) — and {speaker}, used it more than once.",
    "{speaker}, switched to {language}: “{text}.” ({english}.)",
    "As {speaker}, put it, “{text}” — roughly, {english_lower}.",
)  # fmt: skip

GENERIC = (
    "It was not immediately clear <why|how many people in {town} were affected|when the work would be finished|who would pay|what {p2_last} would do next>.",
    "The <figures|numbers|claims> <have not been|could not be> independently verified<| by {agency}|>.",
    "A decision is expected by {date}.",
    "More details are due to be published on {date}, a {sp_any} said.",
    "Readers with information can contact the newsdesk at {email} or on {phone}.",
    "{p2_last} did not respond to requests for comment by {time} on {weekday}.",
    "(An earlier version of this story gave the wrong date for the meeting. It is on {date}.)",
    "{name} contributed reporting from {town}.",
    "The story was first reported by {outlet} on {weekday}.",
    "That is <roughly|almost exactly|more than> <double|three times|half> the figure for {year}.",
    "The news was greeted with <relief|anger|a shrug|cautious optimism> in {town}.",
    "Not everyone <agrees|is convinced|in {town} agrees|is happy, {p2_last} said>.",
    "For now, at least, <nothing has changed|the plan stands|the talks go on|{p2_last} is staying put|{town} waits>.",
    "What happens next<| in {town}> is <less clear|anyone's guess|up to the courts|up to voters>.",
    "The timing could <hardly have been worse|not have been better> — <the same week|the day before|just hours after> {p2_last} <announced|denied|confirmed> {p2_his} own plans.",
    "Here is the catch: <the money runs out in {future_year}|the rules only apply to new contracts|nobody in {town} has said who will pay|{company2} has not signed anything yet|it still needs a vote in {month}>.",
    "(The full report, {n} pages long, is at {url}.)",
    "<Officials|The authorities|Organisers> <said|say> they <will|would> review <the decision|the figures|the plans> in {month}.",
    "<Some|Many|Several> <residents|readers|listeners> <wrote to|called> {outlet} <to complain|to ask what it means for them|in support> on {weekday}.",
    "It is the <second|third|fourth> time <this year|since {year}|in {n_small} months> that <the issue|the question|the matter> has come up.",
    "<Critics|Supporters|Both sides> say <the details|the numbers|the timing> will <matter|decide it|tell>.",
    "A <spokesperson|spokeswoman|spokesman> for {company2} said the company was “<monitoring the situation|not in a position to comment|looking into it>.”",
    "The <next|final> <hearing|meeting|update> is <scheduled|expected|due> for {date} at {time}.",
    "Follow live updates on {handle} or search for {hashtag}.",
)  # fmt: skip


# --- composing articles -------------------------------------------------------------

BRANDS = (
    "Lumen",
    "Novaro",
    "Tessel",
    "Kyra",
    "Orbix",
    "Pellucid",
    "Vanta",
    "Quillon",
    "Aeris",
    "Brio",
    "Cinder",
)
PRODUCTS = ("Nova", "Aura", "Edge", "Flow", "Pulse", "Zen", "Halo", "Spark", "Vista", "Echo")
WORKS_A = ("The Salt Road", "Harbour of Small Lights", "Night Ferry", "A Season of Gulls", "Low Tide",
           "The Lighthouse Keeper's Daughter", "Paper Crowns", "The Long Quiet", "What the River Knew",
           "Glass Weather", "North of Everything", "The Tin Orchard", "Slow Boats", "A Map of Rain")  # fmt: skip
RESTAURANTS = ("Saltbox", "The Gull & Lantern", "Osteria Nove", "Kitchen 52", "Brine", "The Copper Kettle",
               "Maison Tide", "Ember & Oak", "Noodle Harbour", "The Pilot House")  # fmt: skip
STADIUMS = ("Riverside Park", "Marsh Lane", "the {town} Arena", "Harbour Road", "Victoria Ground",
            "the Den", "Elm Park", "the Quayside Stadium")  # fmt: skip
TEAM_FORMS = ("{b} Rovers", "{b} United", "FC {b}", "{b} Athletic", "{b} City", "{b} Town", "Sporting {b}",
              "{b} Wanderers", "{b} Albion")  # fmt: skip
LEAGUES = ("the Northern League", "the Coastal Premier Division", "League Two", "the National League North",
           "the Highland League", "the Women's Super League", "the Championship")  # fmt: skip
_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "v",
    "vs",
}


def _person_slots(prefix: str, p: Person) -> dict[str, str]:
    return {
        prefix: p.full, f"{prefix}_last": p.last, f"{prefix}_first": p.first, f"{prefix}_age": str(p.age),
        f"{prefix}_he": p.he, f"{prefix}_He": p.he.capitalize(), f"{prefix}_his": p.his,
        f"{prefix}_His": p.his.capitalize(), f"{prefix}_him": p.him, f"{prefix}_title": p.title,
    }  # fmt: skip


def title_case(headline: str) -> str:
    """Headline in title case, the way many web pages write it."""
    words = headline.split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif word[:1].islower():
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)
    return " ".join(out)


@dataclass
class Article:
    """One article being written: its generator, slots, people and unused templates."""

    gen: Gen
    kind: Kind
    slots: Slots
    people: list[Person]
    body: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    generic: list[str] = field(default_factory=list)
    last_speaker: Person | None = None
    used: set[str] = field(default_factory=set)  # first names and surnames taken
    roles_left: list[str] = field(default_factory=list)  # roles nobody has yet
    passages: list[tuple[str, str, str]] = field(default_factory=list)
    phrases: list[tuple[str, str, str]] = field(default_factory=list)

    def say(self, template: str) -> str:
        return self.gen.expand(template, self.slots)

    def sentences(self, n: int) -> str:
        """Up to `n` sentences not yet used in the article ("" when none is left): the
        kind's on the article's topic, now and then one that fits any article."""
        said = []
        for _ in range(n):
            if self.body and (not self.generic or not self.gen.chance(0.08)):
                said.append(self.say(self.body.pop()))
            elif self.generic:
                said.append(self.say(self.generic.pop()))
        return " ".join(said)

    def speaker(self) -> Person:
        people = self.people if self.kind.speaking_p1 else self.people[1:]
        weights = [4, 3, 2, 1][: len(people)] if self.kind.speaking_p1 else [3, 2, 1][: len(people)]
        return self.gen.rng.choices(people, weights=weights)[0]

    def quote(self) -> str:
        """A quotation with its attribution: the speaker in full with their role the
        first time, then by surname, title or (right after their last quote) pronoun."""
        gen, p = self.gen, self.speaker()
        q = self.say(self.quotes.pop())
        comma = "" if q.endswith(("?", "!")) else ","
        stop = "" if q.endswith(("?", "!")) else "."
        if q.endswith("?"):
            verb = "asked"
        else:
            verb = gen.pick(
                ("said", "said", "said", "added", "told reporters", f"told {gen.f_outlet()}")
            )
        if not p.named:
            p.named = True
            form = gen.pick((
                f"“{q}{comma}” said {p.full}, {p.role}.",
                f"{p.full}, {p.role}, said: “{q}{stop}”",
                f"“{q}{comma}” {p.full}, {p.role}, {verb}.",
                f"According to {p.full}, {p.role}, “{q[0].lower() + q[1:]}{stop}”",
                f"“{q}{comma}” said {p.full}, {p.age}, {p.role}.",
            ))  # fmt: skip
        else:
            forms = [f"“{q}{comma}” {p.last} {verb}.", f"{p.last} said: “{q}{stop}”",
                     f"“{q}{comma}” said {p.title} {p.last}.", f"“{q}{comma}” said {p.last}."]  # fmt: skip
            if p is self.last_speaker:
                forms += [f"“{q}{comma}” {p.he} {verb}.", f"“{q}{comma}” {p.he} said."]
            form = gen.pick(forms)
        self.last_speaker = p
        if self.quotes and not form.endswith("”") and gen.chance(0.3):
            q2 = self.say(self.quotes.pop())
            form += f" “{q2}{'' if q2.endswith(('?', '!')) else '.'}”"
        return form

    def foreign(self) -> str:
        """A passage in another language with its English rendering, said or written by
        someone new to the article (each passage at most once an article)."""
        gen = self.gen
        p = gen.person(self.used)
        self.slots["sp"] = "spokeswoman" if p.female else "spokesman"
        p.role = self.say(self.roles_left.pop() if self.roles_left else "a resident of {town}")
        if self.passages and gen.chance(0.8):
            language, text, english = self.passages.pop()
            form = gen.pick(FOREIGN_FORMS)
        else:
            language, text, english = self.phrases.pop()
            form = gen.pick(PHRASE_FORMS)
        return form.format(
            text=text, english=english, english_lower=english[0].lower() + english[1:],
            english_bare=english.rstrip("."), language=language, speaker=f"{p.full}, {p.role}",
            he=p.he, outlet=gen.f_outlet(),
        )  # fmt: skip


def _fixed(gen: Gen, kind: Kind) -> dict[str, str]:
    town = gen.town()
    b1, b2 = gen.rng.sample(TOWN_BASES, 2)
    brand = gen.pick(BRANDS)
    fixed = {
        "town": town, "town2": gen.town(), "region": gen.pick(REGIONS), "country": gen.pick(COUNTRIES),
        "country2": gen.pick(COUNTRIES), "company": gen.company(), "company2": gen.company(),
        "party": gen.pick(PARTIES), "party2": gen.pick(PARTIES), "agency": gen.pick(AGENCIES),
        "team1": gen.pick(TEAM_FORMS).format(b=b1), "team2": gen.pick(TEAM_FORMS).format(b=b2),
        "league": gen.pick(LEAGUES), "brand": brand,
        "product": f"{gen.pick(PRODUCTS)} {gen.rng.randint(2, 12)}{gen.pick(('', ' Pro', ' Max', ' Lite', ' Ultra'))}",
        "work": gen.pick(WORKS_A), "storm": gen.pick(FEMALE + MALE),
        "town_tag": town.replace(" ", "") + gen.pick(("Residents", "RA", "Voice")),
        "sp_any": gen.pick(("spokeswoman", "spokesman", "spokesperson")),
    }  # fmt: skip
    while fixed["party2"] == fixed["party"]:
        fixed["party2"] = gen.pick(PARTIES)
    venues = RESTAURANTS if kind is REVIEW else STADIUMS
    fixed["venue"] = gen.pick(venues).replace("{town}", town)
    return fixed


_NO_PASSAGES = {"match", "race", "tech", "review", "obituary", "roundup"}
"""Kinds whose articles get no passage in another language (the passages are about
towns, weather and daily life)."""
_TAGGED = re.compile(r"^\[([\w,]+)\] ")
"""A template's topics: "[fraud,jury] The trial is expected to last {duration}." Each
article has one topic, that of its lead; untagged templates fit every topic."""


def split_topics(template: str) -> tuple[frozenset[str], str]:
    """A template's topics (empty when it fits any) and its text without them."""
    match = _TAGGED.match(template)
    if not match:
        return frozenset(), template
    return frozenset(match.group(1).split(",")), template[match.end() :]


def on_topic(templates: Sequence[str], topic: str | None) -> list[str]:
    """The templates that fit `topic` (all of them for None), without their tags."""
    fitting = []
    for template in templates:
        topics, text = split_topics(template)
        if topic is None or not topics or topic in topics:
            fitting.append(text)
    return fitting


def write_article(gen: Gen, kind: Kind) -> list[str]:
    """One article of `kind` as a list of blocks (paragraphs, or list lines joined by
    newlines): headline, maybe a byline, the lead (maybe with a dateline), the body."""
    rng = gen.rng
    topics, lead_template = split_topics(gen.pick(kind.leads))
    topic = rng.choice(sorted(topics)) if topics else None
    slots = Slots(gen, _fixed(gen, kind))
    used: set[str] = set()
    people = [gen.person(used) for _ in range(4)]
    for i, p in enumerate(people, 1):
        slots.update(_person_slots(f"p{i}", p))
    roles = on_topic(kind.roles, topic)
    rng.shuffle(roles)
    lead_roles = on_topic(kind.lead_roles, topic) or on_topic(kind.lead_roles, None)
    for i, p in enumerate(people, 1):
        slots["sp"] = "spokeswoman" if p.female else "spokesman"
        role = gen.pick(lead_roles) if i == 1 else roles.pop() if roles else "a resident of {town}"
        p.role = gen.expand(role, slots)
        slots[f"p{i}_role"] = p.role
    art = Article(gen, kind, slots, people, used=used, roles_left=roles)
    art.passages = rng.sample(FOREIGN, 4)
    art.phrases = rng.sample(PHRASES, 4)
    art.body = on_topic(kind.body, topic)
    rng.shuffle(art.body)
    art.quotes = on_topic(kind.quotes, topic)
    rng.shuffle(art.quotes)
    art.generic = rng.sample(GENERIC, 2)

    blocks: list[str] = []
    headline = art.say(gen.pick(on_topic(kind.headlines, topic) or on_topic(kind.headlines, None)))
    headline = headline[0].upper() + headline[1:]
    blocks.append(title_case(headline) if gen.chance(0.25) else headline)
    if gen.chance(0.7):
        authors = [gen.f_name() for _ in range(rng.choices((1, 2, 3), weights=(6, 3, 1))[0])]
        byline = (
            authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]
        )
        blocks.append(f"By {byline}")
    lead = art.say(lead_template)
    people[0].named = "{p1}" in lead_template
    if gen.chance(kind.dateline):
        place = slots["town"].upper()
        dateline = gen.pick((
            f"{place}, {slots['region']} ({slots['agency']}) — ", f"{place} — ", f"{place}, {slots['country']} - ",
            f"{place}, {MONTH_ABBR[rng.randrange(12)]} {rng.randint(1, 28)} ({slots['agency']}) – ",
        ))  # fmt: skip
        lead = dateline + lead
    blocks.append(lead)

    count = rng.randint(*kind.paragraphs)
    fitting = [e for e in kind.extras if not e.topics or topic in e.topics.split(",")]
    extras = rng.sample(fitting, min(len(fitting), rng.choices((0, 1, 2), weights=(3, 5, 2))[0]))
    foreign = rng.choices((0, 1, 2, 3), weights=(2, 4, 3, 1))[0]
    body: list[str] = []
    for _ in range(count):
        r = rng.random()
        if r < 0.32 and art.quotes and kind is not ROUNDUP:
            para = art.quote()
            if gen.chance(0.25):
                para += " " + art.sentences(1)
            body.append(para.strip())
            continue
        n = 1 if r < 0.62 or kind is ROUNDUP else rng.randint(4, 6) if r < 0.70 else 2
        para = art.sentences(n)
        if not para:
            break  # the article has said all it has on its topic
        body.append(para)
    for make in extras:
        at = rng.randint(min(2, len(body)), len(body))
        body[at:at] = make(gen, slots)
    for _ in range(0 if kind.name in _NO_PASSAGES else foreign):
        body.insert(rng.randint(1, len(body)), art.foreign())
    blocks.extend(body)
    return _typography(gen, blocks)


def _typography(gen: Gen, blocks: list[str]) -> list[str]:
    """House style of one outlet: curly or straight quotes and apostrophes, em dashes
    or spaced hyphens."""
    text = "\n\n".join(blocks).replace("..", ".")  # "Pine Blvd." ending a sentence
    if gen.chance(0.35):
        text = text.translate(str.maketrans("“”’", '""\''))
    else:
        text = re.sub(r"(?<=[^\W\d_])'(?=[^\W\d_])", "’", text)
    if gen.chance(0.2):
        text = text.replace(" — ", " -- " if gen.chance(0.3) else " - ")
    return text.split("\n\n")


def realistic_text(words: int = 40_000, seed: int = 19) -> str:
    """Invented news articles of many kinds, one after another, until the first article
    boundary past `words` words; the same text for the same `words` and `seed`."""
    rng = random.Random(seed)
    gen = Gen(rng)
    kinds = [kind for kind, _ in KINDS]
    weights = [weight for _, weight in KINDS]
    articles: list[str] = []
    total = 0
    last: Kind | None = None
    while total < words:
        kind = rng.choices(kinds, weights=weights)[0]
        if kind is last:
            kind = rng.choices(kinds, weights=weights)[0]
        last = kind
        article = "\n\n".join(write_article(gen, kind))
        articles.append(article)
        total += len(article.split())
    return "\n\n\n".join(articles) + "\n"


def stats(text: str) -> dict[str, float]:
    """Figures of a text from `realistic_text`: words (str.split), characters, articles,
    paragraphs (non-blank lines, each list item counted), the share of characters that
    are digits and the share of letters that are not ASCII."""
    letters = [c for c in text if c.isalpha()]
    return {
        "words": len(text.split()),
        "characters": len(text),
        "articles": len(text.split("\n\n\n")),
        "paragraphs": sum(1 for line in text.splitlines() if line.strip()),
        "digits share": sum(c.isdigit() for c in text) / max(1, len(text)),
        "non-ASCII letters share": sum(ord(c) > 127 for c in letters) / max(1, len(letters)),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--words", type=int, default=40_000, help="stop at the first article past N words"
    )
    parser.add_argument(
        "--seed", type=int, default=19, help="the random seed (same seed, same text)"
    )
    parser.add_argument("--stats", action="store_true", help="also print its figures on stderr")
    args = parser.parse_args(argv)
    text = realistic_text(args.words, args.seed)
    sys.stdout.write(text)
    if args.stats:
        for name, value in stats(text).items():
            shown = f"{value:.2%}" if "share" in name else f"{value:,.0f}"
            print(f"{name}: {shown}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
