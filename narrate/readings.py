"""Data for the spoken-form rules in `normalize`: the tables of words, units, names and
abbreviations the rules read from. Data only: no rule lives here.
"""

from __future__ import annotations

MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
    "jun": "June", "jul": "July", "aug": "August", "sep": "September",
    "oct": "October", "nov": "November", "dec": "December",
}  # fmt: skip


WEEKDAYS = {
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
    "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
    "sat": "Saturday", "sun": "Sunday",
}  # fmt: skip
"""Short weekday names, read in a range of days ("Mon-Fri")."""


CURRENCIES = {
    "$": ("dollar", "dollars"), "£": ("pound", "pounds"), "€": ("euro", "euros"),
    "¥": ("yen", "yen"), "₹": ("rupee", "rupees"), "Rs": ("rupee", "rupees"),
    "Rs.": ("rupee", "rupees"), "₦": ("naira", "naira"),
}  # fmt: skip


DOLLAR_PREFIXES = {"A": "Australian", "AU": "Australian", "C": "Canadian", "CA": "Canadian",
                   "NZ": "New Zealand", "HK": "Hong Kong", "S": "Singapore"}  # fmt: skip
"""Letters before "$" that say whose dollar it is: "A$6 billion" -> "6 billion Australian
dollars"."""

MONEY_SCALES = {"m": "million", "mn": "million", "bn": "billion", "b": "billion",
                "k": "thousand", "tn": "trillion"}  # fmt: skip

SUBUNITS = {"$": ("cent", "cents"), "€": ("cent", "cents"), "£": ("penny", "pence")}
"""What an amount under one unit is said in: $0.02 -> "two cents"."""

CURRENCY_CODES = {
    "USD": ("US dollar", "US dollars"), "EUR": ("euro", "euros"),
    "GBP": ("pound", "pounds"), "JPY": ("yen", "yen"), "CNY": ("yuan", "yuan"),
    "RMB": ("yuan", "yuan"), "INR": ("rupee", "rupees"), "CHF": ("Swiss franc", "Swiss francs"),
    "CAD": ("Canadian dollar", "Canadian dollars"),
    "AUD": ("Australian dollar", "Australian dollars"),
    "NZD": ("New Zealand dollar", "New Zealand dollars"),
    "HKD": ("Hong Kong dollar", "Hong Kong dollars"),
    "SGD": ("Singapore dollar", "Singapore dollars"), "HRK": ("kuna", "kuna"),
    "NGN": ("naira", "naira"), "ZAR": ("rand", "rand"),
    "KES": ("Kenyan shilling", "Kenyan shillings"),
    "RUB": ("ruble", "rubles"), "UAH": ("hryvnia", "hryvnias"), "PLN": ("zloty", "zlotys"),
    "SEK": ("Swedish krona", "Swedish kronor"), "NOK": ("Norwegian krone", "Norwegian kroner"),
    "DKK": ("Danish krone", "Danish kroner"), "TRY": ("lira", "lira"), "BRL": ("real", "reais"),
    "MXN": ("Mexican peso", "Mexican pesos"), "ARS": ("Argentine peso", "Argentine pesos"),
    "KRW": ("won", "won"), "PKR": ("Pakistani rupee", "Pakistani rupees"),
    "EGP": ("Egyptian pound", "Egyptian pounds"), "SAR": ("riyal", "riyals"),
    "AED": ("dirham", "dirhams"), "ILS": ("shekel", "shekels"), "THB": ("baht", "baht"),
    "IDR": ("rupiah", "rupiah"), "PHP": ("peso", "pesos"), "VND": ("dong", "dong"),
}  # fmt: skip
"""ISO 4217 codes read as the currency's name: "USD 40", "88.5 million HRK"."""

RATES = {"hr": "an hour", "h": "an hour", "hour": "an hour", "mo": "a month",
         "month": "a month", "yr": "a year", "year": "a year", "wk": "a week",
         "week": "a week", "day": "a day", "night": "a night", "person": "a person",
         "head": "a head", "share": "a share"}  # fmt: skip
"""What "/hr" after an amount says: "$15/hr" -> "15 dollars an hour"."""

FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with and or but as is was are were be been has "
    "have had will would could should may might can that this these those it its than "
    "each per apiece more less over under about into onto upon after before since until "
    "while when where who which what if so not no up down out off".split()
)
"""Words that cannot be the noun an amount modifies: "a $3 billion of" is not attributive."""


TIME_ZONES = (
    "ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|HST|GMT|UTC|BST|CET|CEST|EET|EEST|"
    "WET|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|NZST|NZDT|MSK"
)


UNITS: dict[str, tuple[str, str]] = {
    "km": ("kilometer", "kilometers"), "m": ("meter", "meters"),
    "cm": ("centimeter", "centimeters"), "mm": ("millimeter", "millimeters"),
    "nm": ("nanometer", "nanometers"), "\u00b5m": ("micrometer", "micrometers"),
    "mi": ("mile", "miles"), "ft": ("foot", "feet"), "yd": ("yard", "yards"),
    "yds": ("yard", "yards"),
    "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"), "mg": ("milligram", "milligrams"),
    "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "mph": ("mile per hour", "miles per hour"), "mpg": ("mile per gallon", "miles per gallon"),
    "MP": ("megapixel", "megapixels"), "kn": ("knot", "knots"), "t": ("tonne", "tonnes"),
    "mt": ("metric ton", "metric tons"), "bps": ("basis point", "basis points"),
    "pc": ("percent", "percent"), "pts": ("point", "points"),
    "psi": ("pound per square inch", "pounds per square inch"),
    "fps": ("frame per second", "frames per second"), "in": ("inch", "inches"),
    "mcg": ("microgram", "micrograms"), "\u00b5g": ("microgram", "micrograms"),
    "km/h": ("kilometer per hour", "kilometers per hour"),
    "kph": ("kilometer per hour", "kilometers per hour"),
    "m/s": ("meter per second", "meters per second"),
    "W": ("watt", "watts"), "kW": ("kilowatt", "kilowatts"), "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"), "GWh": ("gigawatt hour", "gigawatt hours"),
    "ms": ("millisecond", "milliseconds"), "sec": ("second", "seconds"),
    "secs": ("second", "seconds"), "min": ("minute", "minutes"), "mins": ("minute", "minutes"),
    "hr": ("hour", "hours"), "hrs": ("hour", "hours"),
    "tbsp": ("tablespoon", "tablespoons"), "tsp": ("teaspoon", "teaspoons"),
    "hp": ("horsepower", "horsepower"), "V": ("volt", "volts"), "kV": ("kilovolt", "kilovolts"),
    "mA": ("milliamp", "milliamps"), "mAh": ("milliamp hour", "milliamp hours"),
    "Wh": ("watt hour", "watt hours"), "mmol": ("millimole", "millimoles"),
    "mmHg": ("millimeter of mercury", "millimeters of mercury"),
    "dL": ("deciliter", "deciliters"),
    "pp": ("percentage point", "percentage points"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"),
    "MHz": ("megahertz", "megahertz"), "GHz": ("gigahertz", "gigahertz"),
    "KB": ("kilobyte", "kilobytes"), "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"),
    "ha": ("hectare", "hectares"), "L": ("liter", "liters"), "ml": ("milliliter", "milliliters"),
    "mL": ("milliliter", "milliliters"), "cc": ("cc", "cc"),
    "sq ft": ("square foot", "square feet"), "sq mi": ("square mile", "square miles"),
    "sq km": ("square kilometer", "square kilometers"),
    "km2": ("square kilometer", "square kilometers"),
    "km\u00b2": ("square kilometer", "square kilometers"),
    "m2": ("square meter", "square meters"), "m\u00b2": ("square meter", "square meters"),
    "\u00b0C": ("degree Celsius", "degrees Celsius"),
    "\u00b0F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "\u00b0": ("degree", "degrees"), "C": ("degree Celsius", "degrees Celsius"),
    "F": ("degree Fahrenheit", "degrees Fahrenheit"),
}  # fmt: skip


UNITS_ATTACHED_ONLY = {"C", "F", "W", "MP", "in", "pp", "pc"}
"""Units read only when written against the number (30C), never after a space (30 C)."""


UNITS_SPACED_ONLY = {"m", "L"}
"""Units read only after a space: 100m is a distance or a sum, 4L a size."""


VULGAR_FRACTIONS = {"\u00bd": (1, 2), "\u2153": (1, 3), "\u2154": (2, 3), "\u00bc": (1, 4),
           "\u00be": (3, 4), "\u2155": (1, 5), "\u215b": (1, 8), "\u215c": (3, 8)}  # fmt: skip


DENOMINATORS = {*range(2, 11), 12, 16, 32, 64, 100}


SPOKEN_SLASHES = {("24", "7"): "twenty-four seven", ("9", "11"): "nine eleven"}


NUMBERED_BY = (
    "World War|Chapter|Part|Volume|Vol\\.|Book|Act|Scene|Article|Title|Phase|Type|Class|"
    "Stage|Category|Level|Section|Series|Division|Super Bowl|Vatican|Episode|Mark|Mk\\.?|"
    "Appendix|Canto|Psalm|Schedule|Tier|Grade|Round|Rocky|Gen|Apollo|Gemini|Saturn|Vostok|Soyuz"
)


NUMBERED_BY_IN_LOWER_CASE = (
    "volume|vol\\.|part|chapter|book|act|scene|article|phase|type|class|stage|category|"
    "level|section|series|division|episode|appendix|tier|grade|round"
)
"""Labels written in lower case that number with a Roman numeral too ("volume XV",
"stage IV"); a lone "I" after them is the pronoun ("the part I liked")."""


MONARCHS = (
    "Elizabeth|Charles|James|Henry|Edward|George|William|Richard|John|Mary|Louis|Peter|"
    "Catherine|Frederick|Alexander|Napoleon|Philip|Ferdinand|Leopold|Wilhelm|Nicholas|Ivan|"
    "Pius|Leo|Gregory|Benedict|Innocent|Clement|Boniface|Urban|Paul|Francis|Constantine|"
    "Otto|Rudolf|Alfonso|Carlos|Felipe|Haakon|Olav|Harald|Gustav|Christian|Frederik|"
    "Ludwig|Maximilian|Manuel|Pedro|Robert|David|Stephen|Anne|Victoria|Sixtus|Adrian|"
    "Julius|Martin|Felix|Celestine|Honorius|Mehmed|Selim|Murad|Suleiman|Ramesses|Ptolemy"
)


TITLES = {
    "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Dr": "Doctor", "Prof": "Professor",
    "Gen": "General", "Sen": "Senator", "Rep": "Representative", "Gov": "Governor",
    "Lt": "Lieutenant", "Col": "Colonel", "Capt": "Captain", "Sgt": "Sergeant",
    "Maj": "Major", "Adm": "Admiral", "Cmdr": "Commander", "Rev": "Reverend",
    "Fr": "Father", "Pres": "President", "Supt": "Superintendent", "Insp": "Inspector",
    "Det": "Detective", "Cpl": "Corporal", "Pvt": "Private", "Brig": "Brigadier",
    "Hon": "Honorable", "Mt": "Mount", "Ft": "Fort", "St": "Saint", "Ste": "Sainte",
    "Atty": "Attorney", "Asst": "Assistant",
}  # fmt: skip


TITLES_WITHOUT_DOT = {"Mr", "Mrs", "Ms", "Dr", "Lt", "Sgt", "St", "Mt", "Ft"}


LABELLED_BY_A_LETTER = frozenset(
    "plan group terminal gate vitamin ward class type option section pool exhibit grade "
    "level category division appendix part schedule stage phase zone block building hall "
    "wing unit room floor platform line route lot tier form model series channel figure "
    "table chart annex article chapter book volume hepatitis side team box court field "
    "area row seat question point step item list pier dock berth runway lane track "
    "plate sheet page panel door entrance exit level league tranche".split()
)
"""Words a capital letter labels ("Group B", "Terminal C", "vitamin D"): after them a
letter and a full stop may end a sentence ("Spain topped Group B. Italy was second.")."""


COUNTRY_DOMAINS = (
    "uk de fr es nl ru jp cn au ca at ch se dk fi pl ie nz za br mx be pt gr eu tv".split()
)
"""Country domains that end a web address on their own ("spiegel.de", "literature.at"),
in lower case only; not those that are also words a missing space could join ("it",
"in", "no", "me", "us", "is")."""


STREETS = {"St": "Street", "Ave": "Avenue", "Rd": "Road", "Blvd": "Boulevard", "Dr": "Drive",
            "Ln": "Lane", "Sq": "Square", "Pl": "Place", "Hwy": "Highway",
            "Pkwy": "Parkway", "Ct": "Court", "Cir": "Circle", "Expy": "Expressway"}  # fmt: skip


WORDS = {
    "vs": "versus", "etc": "etcetera", "approx": "approximately", "e.g": "for example",
    "i.e": "that is", "a.k.a": "also known as", "Jr": "Junior", "Sr": "Senior",
    "Ltd": "Limited", "ltd": "limited", "Corp": "Corporation", "Bros": "Brothers",
    "Dept": "Department", "Univ": "University", "Govt": "Government", "Assn": "Association",
    "sr": "senior", "jr": "junior", "WWI": "World War One", "WWII": "World War Two",
    "Natl": "National", "Intl": "International", "Ph.D": "P H D",
}  # fmt: skip


NUMBER_WORDS = {"No": "number", "Nos": "numbers", "no": "number", "Vol": "volume",
                 "vol": "volume", "Fig": "figure", "fig": "figure", "Ch": "chapter",
                 "Art": "article", "Sec": "section", "ca": "circa", "c": "circa",
                 "Prop": "Proposition"}  # fmt: skip


SAID_AS_WORDS = frozenset(
    "NATO UNESCO UNICEF AIDS NASA FIFA UEFA OPEC NAFTA ASEAN COVID SARS MERS ISIS OSHA FEMA "
    "CERN LASER RADAR SCUBA SWAT NIMBY AWOL WHO'S OK PIN SIM GIF JPEG ZIP NAND DOS RAM ROM "
    "MIDI NASCAR INTERPOL EURO BRICS ESA ISA IKEA LEGO MENSA OXFAM POTUS SCOTUS CAPTCHA "
    "NEET UNIFIL AMBER WASP ANZAC QANTAS FRONTEX EUROPOL NORAD SEAL SEALS TASER".split()
)
"""All-capital words people say as words, not letter by letter."""

EMPHASIS_WORDS = frozenset("NO NOT DO DID DOES YES ALL THE AND BUT ARE WAS BE TOO NOR".split())
"""Short words written in capitals for emphasis ("DO NOT drive", "NO to the bypass"):
words that are no initialism, said as words even in ordinary text."""


ONSETS = frozenset(
    "b bl br c ch cl cr d dr f fl fr g gl gr h j k kl kn kr l m n p ph pl pr qu r s sc sch "
    "scr sh sk sl sm sn sp spl spr st str sw t th thr tr tw v w wh wr y z".split()
)


LETTER_NAMES = {"A": "eh", "a": "eh"}
"""Letters spelled out whose bare form espeak-ng misreads: "A" before a word is the
article ("uh"); "eh" is always the letter's name (checked with `espeak-ng -x`)."""


CROWNED_TITLES = (
    "King|Queen|Pope|Emperor|Empress|Tsar|Czar|Tsarina|Sultan|Pharaoh|Prince|Princess|"
    "Kaiser|Shah|Emir|Duke|Grand Duke|Saint|St\\.?"
)
"""Titles after which a name and a numeral are a reign: "Pope Leo XIV" -> "the fourteenth"."""

POSTAL_STATES = {
    code: name.replace("_", " ")
    for code, name in (
        pair.split("=")
        for pair in (
            "AL=Alabama AK=Alaska AZ=Arizona AR=Arkansas CA=California CO=Colorado "
            "CT=Connecticut DE=Delaware FL=Florida GA=Georgia HI=Hawaii ID=Idaho IL=Illinois "
            "IN=Indiana IA=Iowa KS=Kansas KY=Kentucky LA=Louisiana ME=Maine MD=Maryland "
            "MA=Massachusetts MI=Michigan MN=Minnesota MS=Mississippi MO=Missouri MT=Montana "
            "NE=Nebraska NV=Nevada NH=New_Hampshire NJ=New_Jersey NM=New_Mexico NY=New_York "
            "NC=North_Carolina ND=North_Dakota OH=Ohio OK=Oklahoma OR=Oregon PA=Pennsylvania "
            "RI=Rhode_Island SC=South_Carolina SD=South_Dakota TN=Tennessee TX=Texas UT=Utah "
            "VT=Vermont VA=Virginia WA=Washington WV=West_Virginia WI=Wisconsin WY=Wyoming"
        ).split()
    )
}
"""The states' two-letter postal codes, read in a party tag ("(D-CA)")."""


STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
    "D.C.": "D C",
}  # fmt: skip
"""US states as news style abbreviates them (AP), read in datelines and party tags."""

STATES_NOT_WORDS = frozenset(
    "Ala. Ariz. Calif. Colo. Conn. Fla. Kan. Kans. Ky. Mich. Minn. Mont. Neb. Nev. N.H. "
    "N.J. N.M. N.Y. N.C. N.D. Okla. R.I. S.C. S.D. Tenn. Vt. Va. W.Va. Wis. Wyo.".split()
)
"""State abbreviations that are no English word, read after "of", "in", "from" and "near"
too ("a senator from Calif."); "Ill.", "Miss.", "Wash." and "Pa." are read only where a
state is plain (after a comma, in a party tag)."""

PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
"""The letter in a party tag such as "(D-Minn.)"."""

COMPANY_WORDS = {"Co": "Company", "Cos": "Companies", "Inc": "Incorporated"}
"""Company words after a name: "Acme Co." -> "Acme Company"."""

DIRECTIONS = {"N": "North", "S": "South", "E": "East", "W": "West"}
"""A compass letter before a numbered street: "W. 42nd St." -> "West 42nd Street"."""
