"""Spoken forms: small pure rules turning written text into what the engine should say.

`speakable` applies `RULES` in order. Each rule is a `str -> str` function that never
removes a word: what it cannot read better it leaves as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import wordlist
from .lexicon import Lexicon
from .numbers import cardinal, decade, digits, number, ordinal, paired, year
from .options import DAY_FIRST_LOCALES as DAY_FIRST_LOCALES
from .options import LOCALES as LOCALES
from .readings import (
    COMPANY_WORDS,
    COUNTRY_DOMAINS,
    CROWNED_TITLES,
    CURRENCIES,
    CURRENCY_CODES,
    DENOMINATORS,
    DIRECTIONS,
    DOLLAR_PREFIXES,
    EMPHASIS_WORDS,
    FUNCTION_WORDS,
    LABELLED_BY_A_LETTER,
    LETTER_NAMES,
    MONARCHS,
    MONEY_SCALES,
    MONTHS,
    NUMBER_WORDS,
    NUMBERED_BY,
    NUMBERED_BY_IN_LOWER_CASE,
    ONSETS,
    PARTIES,
    POSTAL_STATES,
    RATES,
    SAID_AS_WORDS,
    SPOKEN_SLASHES,
    STATE_ABBREVIATIONS,
    STATES_NOT_WORDS,
    STREETS,
    SUBUNITS,
    TIME_ZONES,
    TITLES,
    TITLES_WITHOUT_DOT,
    UNITS,
    UNITS_ATTACHED_ONLY,
    UNITS_SPACED_ONLY,
    VULGAR_FRACTIONS,
    WEEKDAYS,
    WORDS,
)

Rule = Callable[[str], str]

_DIGIT = re.compile(r"\d")
"""Most rules read numbers: a sentence without a digit skips them at once."""
_ROMAN_LETTER = re.compile(r"[IVXLC]")

_MARKUP = re.compile(r"[*_|~^`<>{}\[\]\\]+")


def drop_markup_symbols(text: str) -> str:
    """Replace symbols the engine would name aloud ("asterisk", "underscore") with a space.

    Will not touch letters, digits or sentence punctuation.
    """
    return _MARKUP.sub(" ", text)


def collapse_spaces(text: str) -> str:
    """One space between words, none at the ends."""
    return " ".join(text.split())


_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.,]?\d)")
_DAY_MONTH = re.compile(r"\b(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+" + _MONTH + r"\b")
_MONTH_DAYS = re.compile(
    _MONTH + r"\s+(?P<day>0?[1-9]|[12]\d|3[01])\s?[-\u2013]\s?(?P<last>0?[1-9]|[12]\d|3[01])\b"
    r"(?![.,]?\d|[-\u2013])"
)
_DAYS_MONTH = re.compile(
    r"(?<![\w.,-])(?P<day>0?[1-9]|[12]\d|3[01])\s?[-\u2013]\s?(?P<last>0?[1-9]|[12]\d|3[01])"
    r"(?:st|nd|rd|th)?\s+" + _MONTH + r"\b"
)
"""Days before their month, the British way: "12-14 August"."""
_DAY_BEFORE = re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+$")
"""A day number just before a month: the date is day first and has its day already."""
_MONTH_SHORT = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_MONTH_BEFORE_YEAR = re.compile(
    r"\b(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=,?\s+\d{4}\b)"
)


def _month_name(written: str) -> str:
    key = written.rstrip(".").lower()
    return MONTHS.get(key[:3], written)


def read_dates(text: str) -> str:
    """Say the day of a date as an ordinal: "Nov. 24" -> "November twenty-fourth",
    "24 November" -> "the twenty-fourth of November", "July 11-12" -> "July eleventh to
    twelfth", "12-14 August" -> "the twelfth to the fourteenth of August". The year is
    left to `read_years`; a number after "21 January" is never a second day ("21 January
    19 44", a year split in two, stays numbers).

    Needs a day number beside the month, so "May I come?" and "in March 2014" are left alone.
    """
    if not _DIGIT.search(text):
        return text
    text = _MONTH_DAYS.sub(
        lambda m: (
            f"{_month_name(m['month'])} {ordinal(int(m['day']))} to {ordinal(int(m['last']))}"
        ),
        text,
    )

    def month_day(match: re.Match[str]) -> str:
        if _DAY_BEFORE.search(text, 0, match.start()):  # "21 January 19 44": no second day
            return match.group(0)
        return f"{_month_name(match['month'])} {ordinal(int(match['day']))}"

    text = _MONTH_DAY.sub(month_day, text)
    text = _DAYS_MONTH.sub(
        lambda m: (
            f"the {ordinal(int(m['day']))} to the {ordinal(int(m['last']))} of "
            f"{_month_name(m['month'])}"
        ),
        text,
    )
    text = _MONTH_BEFORE_YEAR.sub(lambda m: _month_name(m["month"]), text)
    return _DAY_MONTH.sub(
        lambda m: f"the {ordinal(int(m['day']))} of {_month_name(m['month'])}", text
    )


_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
_SHORT_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_NAME_RANGE = re.compile(
    rf"\b(?P<first>{_WEEKDAY}|{_SHORT_MONTH})\.?\s?[-\u2013]\s?(?P<last>{_WEEKDAY}|{_SHORT_MONTH})"
    r"\b(?P<dot>\.?)(?!\w)"
)


def _day_or_month(short: str) -> str:
    return WEEKDAYS.get(short.lower()) or _month_name(short)


def read_day_and_month_ranges(text: str) -> str:
    """Mon-Fri -> "Monday to Friday", Sat.–Sun. -> "Saturday to Sunday", Jan-Mar ->
    "January to March". A short day or month name alone ("Sat", "Sun", "Mar") is left as
    written: it is as often a word; two of one kind must be joined by a dash."""

    def spoken(match: re.Match[str]) -> str:
        first, last = match["first"], match["last"]
        if (first.lower() in WEEKDAYS) != (last.lower() in WEEKDAYS):  # "Mar-Sun": no range
            return match.group(0)
        said = f"{_day_or_month(first)} to {_day_or_month(last)}"
        return _with_final_stop(match, text, said)

    if "-" not in text and "\u2013" not in text:
        return text
    return _NAME_RANGE.sub(spoken, text)


_DECADE = re.compile(
    r"\b(?P<year>[1-9]00|1[1-9]\d0|20\d0)s\b|(?<![\w'])'(?P<short>\d0)s\b|(?<![\w'.,])(?P<bare>[1-9]0)s\b"
)
_DECADE_RANGE = re.compile(r"\b(?P<start>1[1-9]\d0|20\d0)s\s?[-\u2013]\s?'?(?P<end>\d0)s\b")


def _short_decade(tens: int) -> str:
    return decade(1900 + tens).split(" ", 1)[1]


def read_decades(text: str) -> str:
    """1990s -> "nineteen nineties", '90s and 90s -> "nineties", the 800s -> "the eight
    hundreds", 1960s-80s -> "nineteen sixties to eighties"."""
    if not _DIGIT.search(text):
        return text

    def spoken(match: re.Match[str]) -> str:
        if match["year"]:
            return decade(int(match["year"]))
        return _short_decade(int(match["short"] or match["bare"]))

    text = _DECADE_RANGE.sub(
        lambda m: f"{decade(int(m['start']))} to {_short_decade(int(m['end']))}", text
    )
    return _DECADE.sub(spoken, text)


def plural_of(words: str) -> str:
    """Number words made plural on their last word: "seven forty-seven" -> "seven
    forty-sevens", "six" -> "sixes", "twenty" -> "twenties"."""
    if words.endswith("y"):
        return words[:-1] + "ies"
    return words + ("es" if words.endswith("x") else "s")


_PLURAL_NUMBER = re.compile(
    r"(?<![\w.,'\u2019$\u00a3\u20ac/:-])(?P<number>\d{0,3}[1-9])s\b(?!['\u2019])"
)


def read_plural_numbers(text: str) -> str:
    """A number made plural: "Boeing 747s" -> "Boeing seven forty-sevens" (three digits
    and more said in pairs, as models and flights are), "two 6s" -> "two sixes", "in
    threes and 12s" -> "in threes and twelves". Tens, hundreds and years ("the 1990s",
    "the 800s") are read_decades'."""
    if "s" not in text or not _DIGIT.search(text):
        return text

    def spoken(match: re.Match[str]) -> str:
        written = match["number"]
        return plural_of(cardinal(int(written)) if len(written) <= 2 else paired(written))

    return _PLURAL_NUMBER.sub(spoken, text)


_CURRENCY_WORDS = frozenset(
    name.split()[-1] for names in (*CURRENCIES.values(), *CURRENCY_CODES.values()) for name in names
)
_CURRENCY_AFTER = re.compile(r"\s(?:[A-Z][a-z]+\s){0,2}(?P<word>[a-z]+)\b")
"""The currency's name after a sum that read_money left ("1150 euros", "1500 Canadian
dollars"): such a number is no year."""
_YEAR = re.compile(
    r"(?<![\d$£€.,:/-])\b(?P<year>1[1-9]\d\d|20\d\d)\b(?![.,:/-]?\d|\s?%)"
    rf"(?!\s(?:{'|'.join(sorted({w.split()[0] for pair in UNITS.values() for w in pair}))})\b)"
)
_YEAR_RANGE = re.compile(
    r"\b(?P<start>1[0-9]\d\d|20\d\d)\s?[-\u2013/]\s?(?P<end>1[0-9]\d\d|20\d\d|\d\d)\b"
    r"(?![-\u2013/.,:]\d|\s?%|\spercent\b)"
)
_ERA = r"(?:BCE|BC|B\.C\.(?:E\.)?|CE|AD|A\.D\.)"
_EARLY_YEAR = re.compile(
    rf"(?P<lead>\b(?:in|by|from|until|since|circa|{_ERA})\s|\bc\.)"
    r"(?P<year>1[01]\d\d|[1-9]\d{1,2})\b(?![.,:/-]?\d|\s?%)"
    rf"|\b(?P<before>1[01]\d\d|[1-9]\d{{1,2}})(?=\s?{_ERA}(?!\w))"
)
_CIRCA = re.compile(r"(?<![\w.])(?:c|ca|circa)\.?\s?(?=\d{3,4}\b|(?:AD|A\.D\.)\s?\d)")
_RANGE_BEFORE_CHRIST = re.compile(
    r"(?<![\w.,$£€-])(?P<start>\d{1,4})\s?[-\u2013]\s?(?P<end>\d{1,4})"
    r"(?=\s?(?:BCE|BC|B\.C\.(?:E\.)?)(?!\w))"
)
"""Years before Christ, which count down: "1425-1400 BC", "300 - 250 BCE"."""


def _year_range(match: re.Match[str]) -> str:
    start, end = int(match["start"]), match["end"]
    if len(end) == 2:
        if int(end) == (start + 1) % 100:
            second = cardinal(int(end))
            return f"{year(start)} {'oh ' + second if end[0] == '0' else second}"
        return f"{year(start)} to {year(start // 100 * 100 + int(end))}"
    if int(end) < start:  # "2017/2016" is two years, not a range running backwards
        return f"{year(start)}, {year(int(end))}" if start >= 1100 else match.group(0)
    return f"{year(start)} to {year(int(end))}"


def read_years(text: str) -> str:
    """A lone four-digit number from 1100 to 2099 is read as a year ("twenty fifteen").

    Ranges: 1994-2000 -> "nineteen ninety-four to two thousand", a season 2014-15 ->
    "twenty fourteen fifteen", 1990-95 -> "nineteen ninety to nineteen ninety-five",
    1070 - 1280 -> "ten seventy to twelve eighty"; two years backwards are a list, not a
    range (2017/2016 -> "twenty seventeen, twenty sixteen"), unless before Christ, where
    years count down (1425-1400 BC -> "fourteen twenty-five to fourteen hundred B C",
    300-250 BC -> "three hundred to two hundred fifty B C"). Earlier years are read as
    years only where they are plainly years: "A.D. 1070", "c.1400" ("circa fourteen
    hundred"), "in 1066", "300 BC". Will not touch numbers with separators (5,000),
    decimals, money (a number before a currency's name) or percentages; a count such as
    "1700 youth" is read as a year too (the usual case in news text).
    """
    if not _DIGIT.search(text):
        return text
    text = _CIRCA.sub("circa ", text)
    if "B" in text:
        text = _RANGE_BEFORE_CHRIST.sub(
            lambda m: f"{year(int(m['start']))} to {year(int(m['end']))}", text
        )
    text = _YEAR_RANGE.sub(_year_range, text)
    text = _EARLY_YEAR.sub(lambda m: (m["lead"] or "") + year(int(m["year"] or m["before"])), text)

    def lone_year(match: re.Match[str]) -> str:
        after = _CURRENCY_AFTER.match(text, match.end())
        if after and after["word"] in _CURRENCY_WORDS:
            return match.group(0)
        return year(int(match["year"]))

    return _YEAR.sub(lone_year, text)


_ORDINAL = re.compile(r"\b(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)\b")


_NUMBER_ERS = re.compile(r"(?<![\w.,])(?P<number>\d{1,3})ers\b")


def _number_ers(match: re.Match[str]) -> str:
    said = cardinal(int(match["number"]))
    return said + ("rs" if said.endswith("e") else "ers")


def read_ordinals(text: str) -> str:
    """21st -> "twenty-first", 1,000th -> "one thousandth"; team names of a number and
    "ers": 49ers -> "forty-niners", 76ers -> "seventy-sixers"."""
    if not _DIGIT.search(text):
        return text
    if "ers" in text:
        text = _NUMBER_ERS.sub(_number_ers, text)
    return _ORDINAL.sub(lambda m: ordinal(int(m["number"].replace(",", ""))), text)


_PERCENT = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s?%")
_PERCENT_RANGE = re.compile(
    r"(?P<first>\d+(?:\.\d+)?)\s?%\s?[-\u2013]\s?(?P<second>\d+(?:\.\d+)?)\s?%"
)


def read_percentages(text: str) -> str:
    """12.5% -> "12.5 percent", 5.25%-5.5% -> "5.25 to 5.5 percent" (the numbers are
    left to `read_numbers`)."""
    if not _DIGIT.search(text):
        return text
    text = _PERCENT_RANGE.sub(lambda m: f"{m['first']} to {m['second']} percent", text)
    return _PERCENT.sub(lambda m: f"{m['number']} percent", text)


_SCALE_WORDS = r"(?i:million|billion|trillion|lakh crore|lakh|crore|bn|mn|m|b|k|tn)"
"""Scales after an amount, in either case: "$5m", "$100M", "$2 Billion"."""
_MONEY = re.compile(
    rf"(?:US|\b(?P<country>{'|'.join(sorted(DOLLAR_PREFIXES, key=len, reverse=True))})(?=\$)"
    r"|(?<![\w.]))(?P<symbol>[$£€¥₹₦]|Rs\.?|N(?=\d[\d,.]*(?:bn|mn|m|b|k)\b|\d{1,3},\d)"
    r"|[NR](?=\d[\d,.]*\s(?:billion|million|trillion)\b))"
    r"\s?(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?:\s?[-\u2013]\s?(?P<upto>\d+(?:,\d{3})*(?:\.\d+)?)(?![\d,.]*[-\u2013/]\d))?"
    rf"(?:(?P<dash>-)?\s?(?P<scale>{_SCALE_WORDS})\b)?"
    r"(?:\s?/\s?(?P<per>[a-z]+)\b)?"
)
_LETTER_CURRENCIES = {"N": CURRENCIES["\u20a6"], "R": CURRENCY_CODES["ZAR"]}
"""Currencies written with a letter before the amount: naira ("N500m", "N12.5 billion")
and rand ("R2.3 billion"), the latter only before a scale word."""
_CODE_FIRST = re.compile(
    rf"\b(?P<code>{'|'.join(CURRENCY_CODES)})\s?(?P<amount>\d+(?:,\d{{3}})*(?:\.\d+)?)"
    rf"(?:\s?(?P<scale>{_SCALE_WORDS})\b)?(?![\w.,]\d)"
)
_CODE_AFTER = re.compile(
    r"(?<![\w.,])(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?)"
    rf"(?:\s?(?P<scale>{_SCALE_WORDS})\b)?\s(?P<code>{'|'.join(CURRENCY_CODES)})\b"
)
_MONEY_SIGN = re.compile(r"[$£€¥₹₦]|Rs|[NR]\d")
_PENCE = re.compile(r"(?<![\w.,£$€])(?P<amount>\d{1,2})p\b(?![.,]?\w)")
"""Pence written after the number ("45p"); three digits and more are a resolution (720p)."""
_MONEY_RANGE = re.compile(r"(?<=\d)\s?[-\u2013]\s?(?=(?:US)?[$£€¥₹]\d)")
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:(?:[Aa]n?|one)|(?P<definite>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his))\s"
    r"(?:\w+-[\w-]+,\s|\d[\d.,]*\s?[-\u2013]\s?)?$"
)
"""An article or possessive just before an amount, before a hyphenated modifier and a
comma ("a 3-year, $45 million contract") or before the first number of a range ("a 5-10
km walk")."""
_PLURAL = re.compile(r"[a-z]*[^s]s")
"""A plural noun after "the $36 million" begins a clause ("the $36 million analysts had
expected"): the amount is no modifier."""
_NOUN_AFTER = re.compile(r"\s?-?\s?(?P<word>[a-z]+)\b")
_NO_NOUNS = FUNCTION_WORDS | frozenset(
    "above below beyond across along away apart ahead behind high tall long wide deep thick "
    "higher lower deeper old ago late early x".split()
)
"""Words after an amount that it does not modify: "sits at 2,400m above sea level",
"the tower is 300m high"."""


def attributive(before: str, after: str) -> bool:
    """Whether an amount stands before a noun as its modifier ("a $3 billion deal", "a
    10 km walk", "the 15.6in screen"), where the unit is said in the singular: "a three
    billion dollar deal". After "the" or a possessive a plural noun is not modified: "the
    $36 million analysts had expected"."""
    noun = _NOUN_AFTER.match(after)
    article = _ATTRIBUTIVE_BEFORE.search(before[-40:])
    if not (article and noun and noun["word"] not in _NO_NOUNS):
        return False
    return not (article["definite"] and _PLURAL.fullmatch(noun["word"]))


def _say_amount(
    amount: str,
    scale: str | None,
    names: tuple[str, str],
    attributive: bool,
    subunits: tuple[str, str] | None,
) -> str:
    one, many = names
    if scale:
        scale = scale.lower()
        return f"{amount} {MONEY_SCALES.get(scale, scale)} {one if attributive else many}"
    whole, _, cents = amount.partition(".")
    if cents.strip("0") == "":
        amount, cents = whole, ""
    unit = one if (whole == "1" and len(cents) in (0, 2)) or attributive else many
    if whole in ("0", "") and len(cents) == 2 and subunits:
        return f"{cardinal(int(cents))} {subunits[0] if cents == '01' else subunits[1]}"
    if len(cents) == 2:  # $1.08 -> "1 dollar oh eight", as a price is said
        return f"{whole} {unit} {'oh ' if cents[0] == '0' else ''}{cardinal(int(cents))}"
    return f"{amount} {unit}"


_WIRE_SCALE = re.compile(r"(?<![\w.,])(?P<number>\d+(?:\.\d+)?)\s?(?P<scale>mln|bln|trn)\b")
_WIRE_SCALES = {"mln": "million", "bln": "billion", "trn": "trillion"}
_COUNTED = (
    "people|jobs|users|households|homes|customers|subscribers|viewers|voters|residents|"
    "passengers|visitors|members|followers|fans|workers|employees|patients|children|adults|"
    "students|cases|deaths|doses|vaccines|barrels|tonnes|tons|shares|copies|downloads|"
    "accounts|records|votes|signatures|vehicles|cars|devices|phones|units|refugees|troops"
)
_COUNT_SCALE = re.compile(
    r"(?<![\w.,$\u00a3\u20ac])(?P<number>\d+(?:\.\d+)?)(?P<scale>[km])"
    rf"(?=\s(?:{_COUNTED})\b)"
)
"""A count in thousands or millions before what is counted: "10k jobs", "1m households"
(not "400m hurdles" or "two 10k races": distances)."""


def read_scale_words(text: str) -> str:
    """Scales written short as the wires and headlines do: "1.2 bln euros" -> "1.2
    billion euros", "$300 mln" -> "$300 million", "10k jobs" -> "10 thousand jobs", "1m
    households" -> "1 million households"; the money and number rules then read them."""
    if not _DIGIT.search(text):
        return text
    if "ln" in text or "trn" in text:
        text = _WIRE_SCALE.sub(lambda m: f"{m['number']} {_WIRE_SCALES[m['scale']]}", text)
    return _COUNT_SCALE.sub(
        lambda m: f"{m['number']} {'thousand' if m['scale'] == 'k' else 'million'}", text
    )


_INDIAN_GROUPING = re.compile(r"(?<![\d,.])\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])")
"""A number grouped the Indian way, in lakhs and crores: "1,00,000", "12,50,00,000"."""


def regroup_indian_numbers(text: str) -> str:
    """A number grouped in lakhs and crores is regrouped in thousands, which the other
    rules read: "₹1,00,000" -> "₹100,000" ("one hundred thousand rupees"; it was read
    "one rupee, zero zero, zero zero zero"). "Rs 24 lakh" is read as written."""
    if "," not in text or not _DIGIT.search(text):
        return text
    return _INDIAN_GROUPING.sub(lambda m: f"{int(m.group(0).replace(',', '')):,}", text)


def read_money(text: str) -> str:
    """$4.5 million -> "4.5 million dollars", £50m -> "50 million pounds", $1 -> "1
    dollar", A$6 -> "6 Australian dollars", $1.00 -> "1 dollar", €3.50 -> "3 euros
    fifty", $0.02 -> "two cents", ¥30b -> "30 billion yen", Rs 24 lakh -> "24 lakh
    rupees", N500m -> "500 million naira", USD 40 -> "40 US dollars", 88.5 million HRK ->
    "88.5 million kuna", $15/hr -> "15 dollars an hour", a $3 billion deal -> "a 3 billion
    dollar deal", $5-10 million -> "5 to 10 million dollars", 45p -> "45 pence".

    Will not touch a symbol or code without a number; the numbers are left to `read_numbers`.
    """
    if not _DIGIT.search(text):
        return text

    def spoken(match: re.Match[str]) -> str:
        symbol = match["symbol"]
        names = _LETTER_CURRENCIES.get(symbol) or CURRENCIES[symbol]
        if match["country"]:
            country = DOLLAR_PREFIXES[match["country"]]
            names = (f"{country} {names[0]}", f"{country} {names[1]}")
        modifier = bool(match["dash"]) or attributive(text[: match.start()], text[match.end() :])
        said = _say_amount(
            match["upto"] or match["amount"], match["scale"], names, modifier, SUBUNITS.get(symbol)
        )
        if match["upto"]:  # "$5-10 million": the symbol and the scale serve both numbers
            said = f"{match['amount']} to {said}"
        per = match["per"]
        if per:
            if per not in RATES:
                return said + "/" + per
            said += " " + RATES[per]
        return said

    def code(match: re.Match[str]) -> str:
        modifier = attributive(text[: match.start()], text[match.end() :])
        names = CURRENCY_CODES[match["code"]]
        return _say_amount(match["amount"], match["scale"], names, modifier, None)

    text = _PENCE.sub(lambda m: f"{m['amount']} {'penny' if m['amount'] == '1' else 'pence'}", text)
    if _MONEY_SIGN.search(text):  # a quick look first: _MONEY is slow to search
        text = _MONEY_RANGE.sub(" to ", text)
        text = _MONEY.sub(spoken, text)
    text = _CODE_FIRST.sub(code, text)
    return _CODE_AFTER.sub(code, text)


# --- web addresses ---------------------------------------------------------------------

_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"'()]*[^\s<>\"'().,;:!?]"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:(?:com|co|org|net|gov|ac|edu)\.[a-z]{2}(?![\w-])|"
    r"com|org|net|gov|edu|io|info|news|(?-i:" + "|".join(COUNTRY_DOMAINS) + "))"
    r"(?:/[^\s<>\"'()]*[^\s<>\"'().,;:!?])?\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b")
_HANDLE = re.compile(r"(?<![\w@.])@(?=[A-Za-z_]\w)")
_HASHTAG = re.compile(r"(?<![\w&#])(?<![Hh]ashtag )#(?=[A-Za-z])")
_HASHTAG_NAMED = re.compile(r"(?<=\b[Hh]ashtag )#(?=[A-Za-z])")
"""A tag after the word "hashtag" ("with the hashtag #GoBlues"): the sign is not said
twice."""
_ADDRESS_HINT = re.compile(r"@|://|\.[A-Za-z]|www\.", re.IGNORECASE)
"""What every match of `_EMAIL`, `_URL`, `_LINK_WITH_PATH` and `_HANDLE` holds."""


def _say_address_part(part: str) -> str:
    words = [piece for piece in re.split(r"[-_+]+", part) if piece]
    return " ".join("w w w" if word.lower() == "www" else word for word in words)


_SHORTENERS = frozenset(
    "bit.ly t.co tinyurl.com goo.gl ow.ly buff.ly trib.al amzn.to youtu.be lnkd.in is.gd "
    "tiny.cc rebrand.ly cutt.ly dlvr.it fb.me wp.me apple.co spoti.fi shorturl.at".split()
)
_LINK_WITH_PATH = re.compile(
    r"(?<![\w@.])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/[^\s<>\"'()]*[^\s<>\"'().,;:!?]"
)
"""A site with a path whatever its top-level domain ("shop.example/3xQpZ7k")."""
_PATH_WORD = re.compile(r"(?:[^\W\d_][^\W\d_A-Z]*|\d+)")
_MAX_PATH_WORDS = 6
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?)$", re.IGNORECASE)


def _readable_path(steps: list[str]) -> bool:
    """True when a path is words a listener can use ("news/2026/ferry-returns"); false for
    codes ("3xQpZ7k", "p/CzX1"), consonant strings and long slugs."""
    words = []
    for step in steps:
        step = _PAGE_SUFFIX.sub("", step)
        for piece in re.split(r"[-_.+]+", step):
            if piece and not _PATH_WORD.fullmatch(piece):
                return False
            if piece and not piece.isdigit() and not re.search(r"[aeiouy]", piece, re.I):
                return False
            words += [piece] if piece else []
    return len(words) <= _MAX_PATH_WORDS


def _say_host_and_path(address: str) -> str:
    """The site's name ("example dot com", no "www"), then its path when it is words; a
    link shortener's address is just "link". Never spells a code letter by letter."""
    address = re.sub(r"^https?://", "", address, flags=re.IGNORECASE)
    address = re.split(r"[?#]", address, maxsplit=1)[0].rstrip("/")
    host, _, path = address.partition("/")
    host = re.sub(r"^www\.", "", host, flags=re.IGNORECASE)
    if host.lower() in _SHORTENERS:
        return "link"
    labels = [part for part in host.split(".") if part]
    if len(labels[-1]) == 2 and (len(labels) > 2 or labels[-1] in COUNTRY_DOMAINS):
        # a country code: Qantas.com.au, literature.at
        labels[-1] = spell(labels[-1].lower())
    spoken = " dot ".join(_say_address_part(part) for part in labels)
    steps = [step for step in path.split("/") if step]
    if _readable_path(steps):
        for step in steps:
            step = _PAGE_SUFFIX.sub("", step)
            spoken += " slash " + " dot ".join(_say_address_part(p) for p in step.split("."))
    return spoken


def read_web_addresses(text: str) -> str:
    """example.com/news -> "example dot com slash news", "ann@example.org" -> "ann at
    example dot org", @handle -> "at handle", #tag -> "hashtag tag".

    The scheme (https://), "www.", query strings and fragments are not read; a path is
    read only when it is words, a short link is "link": nothing is spelled out letter by
    letter.
    """

    def email(match: re.Match[str]) -> str:
        user, _, host = match.group(0).partition("@")
        return f"{' dot '.join(_say_address_part(p) for p in user.split('.'))} at " + (
            _say_host_and_path(host)
        )

    if _ADDRESS_HINT.search(text):  # a quick look first: _URL is slow to search
        text = _EMAIL.sub(email, text)
        text = _URL.sub(lambda m: _say_host_and_path(m.group(0)), text)
        text = _LINK_WITH_PATH.sub(lambda m: _say_host_and_path(m.group(0)), text)
        text = _HANDLE.sub("at ", text)
    if "#" not in text:
        return text
    text = _HASHTAG_NAMED.sub("", text)
    return _HASHTAG.sub("hashtag ", text)


# --- dates and times -------------------------------------------------------------------

_MONTH_NAMES = list(MONTHS.values())
_ISO_DATE = re.compile(
    r"\b(?P<year>1[5-9]\d\d|20\d\d)-(?P<month>0?[1-9]|1[0-2])-(?P<day>0?[1-9]|[12]\d|3[01])\b"
    r"(?![-\d])"
)


def read_iso_dates(text: str) -> str:
    """2026-11-24 -> "the twenty-fourth of November twenty twenty-six"."""
    if not _DIGIT.search(text):
        return text
    return _ISO_DATE.sub(
        lambda m: (
            f"the {ordinal(int(m['day']))} of {_MONTH_NAMES[int(m['month']) - 1]} "
            f"{year(int(m['year']))}"
        ),
        text,
    )


_NUMERIC_DATE = re.compile(
    r"(?<![\w./-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)"
    r"(?P<year>1[5-9]\d\d|20\d\d|(?<=/)\d\d)(?![\w/-]|[.,]\d)"
)


def _day_and_month(first: int, second: int, day_first: bool) -> str | None:
    """Two numbers of a date in words ("the fifteenth of April" day first, "April
    fifteenth" month first); a part over 12 is the day whatever the order. None when
    they make no date."""
    if first > 12 >= second:
        day_first = True
    elif second > 12 >= first:
        day_first = False
    day, month = (first, second) if day_first else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if day_first:
        return f"the {ordinal(day)} of {_MONTH_NAMES[month - 1]}"
    return f"{_MONTH_NAMES[month - 1]} {ordinal(day)}"


def _numeric_date(match: re.Match[str], day_first: bool) -> str:
    said = _day_and_month(int(match["first"]), int(match["second"]), day_first)
    if said is None:
        return match.group(0)
    written = match["year"]
    said_year = year(int(written) if len(written) == 4 else 2000 + int(written))
    if len(written) == 2 and int(written) > 50:
        said_year = year(1900 + int(written))
    return f"{said} {said_year}"


_SHORT_DATE = re.compile(
    r"\b(?P<lead>(?i:on|due|until|till|through|from|since|before|after|between|dated|for|"
    r"effective|starting|ending|and|to))\s(?P<first>\d{1,2})/(?P<second>\d{1,2})"
    r"(?![\w/]|[.,]\d|\s(?:of|the)\b)"
)
"""A date without its year after a word that leads to a date ("due 4/15", "on 10/31")."""
_SURELY_A_DATE = frozenset("on due until till since before after dated effective".split())
"""Leads after which two numbers and a slash are a date even where they could be a
fraction ("on 3/4"); after the others ("from 1/2 to 3/4") only what no fraction is."""
_DATE_BEFORE = re.compile(r"\b\d{1,2}/\d{1,2}\s+$")
"""A date just before "and" or "to": "between 1/1 and 3/31"."""
_DATE_PARTNER = re.compile(
    r"\s(?:to|and|through|until|-)\s(?P<first>\d{1,2})/(?P<second>\d{1,2})\b"
)
"""The date a "from" or "between" leads to: "from 6/12 to 6/19"."""


def _short_date(match: re.Match[str], day_first: bool) -> str:
    first, second = int(match["first"]), int(match["second"])
    lead = match["lead"]
    if (first, second) in ((24, 7), (9, 11)):
        return match.group(0)  # "open 24/7", "after 9/11": names of their own
    if lead.lower() in ("and", "to"):
        start = match.start()
        if not _DATE_BEFORE.search(match.string, max(0, start - 30), start):
            return match.group(0)  # "news 24/7 and 24/7 care"
    if lead.lower() not in _SURELY_A_DATE and first < second <= 12:
        partner = _DATE_PARTNER.match(match.string, match.end())
        if not partner or int(partner["first"]) < int(partner["second"]) <= 12:
            return match.group(0)  # "from 1/2 to 3/4": fractions; "from 6/12 to 6/19": dates
    said = _day_and_month(first, second, day_first)
    return match.group(0) if said is None else f"{lead} {said}"


def read_numeric_dates(text: str) -> str:
    """Dates in figures, month first (American): 11/10/2008 -> "November tenth two
    thousand eight"; a first part over 12 is a day: 15-12-2011 -> "the fifteenth of
    December twenty eleven". Two-digit years only with slashes (9/11/01); 1/2 and 3-4-5
    are left to other rules. Without a year, after a word that leads to a date: "due
    4/15" -> "due April fifteenth", "between 1/1 and 3/31" (but "from 1/2 to 3/4", no
    date either way, stays fractions)."""
    if not _DIGIT.search(text):
        return text
    text = _NUMERIC_DATE.sub(lambda m: _numeric_date(m, day_first=False), text)
    if "/" not in text:
        return text
    return _SHORT_DATE.sub(lambda m: _short_date(m, day_first=False), text)


def read_numeric_dates_day_first(text: str) -> str:
    """As `read_numeric_dates`, day first (British and most of the world): 11/10/2008 ->
    "the eleventh of October two thousand eight"; a second part over 12 is a day."""
    if not _DIGIT.search(text):
        return text
    text = _NUMERIC_DATE.sub(lambda m: _numeric_date(m, day_first=True), text)
    if "/" not in text:
        return text
    return _SHORT_DATE.sub(lambda m: _short_date(m, day_first=True), text)


_AM_PM = r"(?P<half>[aApP])\.?\s?[mM](?:\.|\b)"
_CLOCK = re.compile(
    r"(?<![\d:.,$£€])\b(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?!\d|[:.,]\d)"
    rf"(?:\s?{_AM_PM})?(?:\s(?P<zone>{TIME_ZONES})\b)?"
)
_PAST_THE_CLOCK = re.compile(
    r"(?<![\d:.,$£€])\b(?P<first>\d{1,3}):(?P<second>\d{1,3})(?!\d|[:.,]\d)"
)
"""Two numbers with a colon that `_CLOCK` did not read: a ratio ("a 25:75 ratio"), minutes
and seconds of play ("in 28:30"), a chapter and verse ("Psalm 46:10")."""
_HOUR = re.compile(
    rf"(?<![\d:.,$£€])\b(?P<hour>1[0-2]|0?[1-9])\s?{_AM_PM}(?:\s(?P<zone>{TIME_ZONES})\b)?"
)
_FOUR_DIGIT_TIME = re.compile(
    r"(?<![\d:.,$£€])\b(?P<hour>[01]?\d|2[0-3])(?P<minute>[0-5]\d)"
    rf"(?:\s?{_AM_PM}(?:\s(?P<zone_after_half>{TIME_ZONES})\b)?|\s(?P<zone>{TIME_ZONES})\b)"
)
_TWENTY_FOUR_HOUR = r"(?:[01]\d|2[0-3])[0-5]\d"
_HOURS_TIME = re.compile(
    r"(?P<lead>\b(?i:at|from|until|till|before|after|around|since|by)\s)"
    rf"(?P<first>{_TWENTY_FOUR_HOUR})(?:(?P<between>\s(?:to|and|until)\s|-)"
    rf"(?P<second>{_TWENTY_FOUR_HOUR}))?"
    r"(?:(?P<unit>\s?(?:hours|hrs|h))\b(?!\s(?:of|in|a|per|each)\b)|(?=\slocal time\b))"
    r"|(?P<early_lead>\b(?i:at|the|from|until|till|before|after|around|since|by|between)\s)"
    r"(?P<early>0[0-9][0-5]\d)(?!\w|[.,:/-]\d|\s?%)"
)
"""Times on the twenty-four-hour clock in four figures after a word that leads to a
time: before "hours" or "local time" ("at 0430 hrs", "from 2000 to 0600 local time"),
or with a leading zero ("the 0830 train", "at 0545"). "the 2000 hours required" and
"between 1000 and 2000 hours of video" are counts."""
_TIME_RANGE = re.compile(
    r"(?P<first>\b\d{1,2}(?:[:.]\d\d)?(?:\s?[aApP]\.?[mM]\.?)?)\s?[-\u2013]\s?"
    r"(?P<second>\d{1,2}(?:[:.]\d\d)?\s?[aApP]\.?[mM](?:\.|\b))"
)
_DURATION = re.compile(
    r"(?<![\d:.,])\b(?:(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d(?:\.\d+)?)"
    r"|(?P<min>\d{1,2}):(?P<sec>[0-5]\d\.\d+))(?![\d:]|\.\d)"
)


def _say_time(hour: int, minute: int, half: str | None, zone: str | None) -> str:
    if half:
        words = cardinal(hour)
        if minute:
            words += f" {'oh ' if minute < 10 else ''}{cardinal(minute)}"
        words += f" {spell(half.lower())} m"
    elif minute == 0:
        words = (
            f"{cardinal(hour)} hundred" if hour > 12 or hour == 0 else f"{cardinal(hour)} o'clock"
        )
    else:
        words = f"{cardinal(hour)} {'oh ' if minute < 10 else ''}{cardinal(minute)}"
    if zone:
        words += " " + spell(zone)
    return words


_NOT_A_NEW_SENTENCE = re.compile(
    r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\s+(?:Eastern|Central|Mountain|Pacific)\b"
    r"|\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)


def _say_hours(written: str) -> str:
    """A time in four figures as the twenty-four-hour clock is read: 0430 -> "oh four
    thirty", 1400 -> "fourteen hundred", 0600 -> "oh six hundred", 0005 -> "zero oh
    five"."""
    hour, minute = int(written[:2]), int(written[2:])
    said = "zero" if hour == 0 else f"oh {cardinal(hour)}" if hour < 10 else cardinal(hour)
    if minute == 0:
        return f"{said} hundred"
    return f"{said} {'oh ' if minute < 10 else ''}{cardinal(minute)}"


def _time_with_stop(match: re.Match[str], text: str, spoken: str) -> str:
    """`spoken` with the full stop of "a.m." or "p.m." when it also ends a sentence: at the
    end of the text, or before a capitalised word that does not go on with the time ("at
    11 a.m. Officials said"; not "at 9 a.m. Tuesday")."""
    if not match.group(0).endswith("."):
        return spoken
    rest = text[match.end() :]
    if not rest.strip():
        return spoken + "."
    starts = re.match(r"\s+[\"\u201c(]?[A-Z]", rest) and not _NOT_A_NEW_SENTENCE.match(rest)
    return spoken + "." if starts else spoken


_RATIO_AFTER = re.compile(r"\s(?:ratio|scale|mix|dilution)\b")
_RATIO_BEFORE = re.compile(r"\b(?:ratio|diluted|mixed)(?:\s(?:of|was|is|at))?\s$")


def _is_ratio(text: str, match: re.Match[str]) -> bool:
    """Whether "1:10" is a ratio by the words around it ("a 1:10 ratio", "diluted 1:10"),
    not a clock time."""
    return bool(
        _RATIO_AFTER.match(text, match.end())
        or _RATIO_BEFORE.search(text, max(0, match.start() - 20), match.start())
    )


def _unit_count(amount: str, unit: str) -> str:
    return f"{number(amount)} {unit}{'' if amount in ('1', '01') else 's'}"


def read_durations(text: str) -> str:
    """Race and running times: 2:03:23 -> "two hours three minutes twenty-three seconds",
    0:02:01 -> "two minutes one second", 1:45.3 -> "one minute forty-five point three
    seconds". A plain 1:45 is left to `read_times` (it reads as a clock time)."""
    if not _DIGIT.search(text):
        return text

    def spoken(match: re.Match[str]) -> str:
        if match["min"]:
            parts = [("minute", match["min"]), ("second", match["sec"])]
        else:
            parts = [("hour", match["hours"]), ("minute", match["minutes"])]
            parts.append(("second", match["seconds"]))
        said = [
            _unit_count(str(float(v)) if "." in v else str(int(v)), u) for u, v in parts if float(v)
        ]
        return " ".join(said) if said else "zero seconds"

    return _DURATION.sub(spoken, text)


def read_times(text: str) -> str:
    """3:30 p.m. ET -> "three thirty p m E T", 15:00 GMT -> "fifteen hundred G M T",
    10am -> "ten eh m", 8:00am -> "eight eh m", 10.30pm -> "ten thirty p m", 1030 am ->
    "ten thirty eh m", (0100 GMT) -> "(one hundred G M T)", 9:05 -> "nine oh five",
    5pm-7pm -> "five p m to seven p m".

    A dotted time (3.30) or four digits (1030) are read as a time only with a.m., p.m. or
    a time zone after them; without, they are numbers. "1:10" beside "ratio", "scale",
    "mixed" or "diluted" is a ratio: "a 1:10 ratio" -> "a 1 to 10 ratio". Past a clock's
    hours the two numbers are said as a pair, as minutes of play or a verse are: "in 28:30"
    -> "in twenty-eight thirty", "Psalm 46:05" -> "Psalm forty-six oh five", "a 102:00
    marathon" -> "a one hundred two minutes marathon"; 24:00 is "twenty-four hundred".
    """
    if not _DIGIT.search(text):
        return text

    def clock(match: re.Match[str]) -> str:
        if ":" not in match.group(0) and not match["half"]:
            return match.group(0)
        hour, minute = int(match["hour"]), int(match["minute"])
        if match["half"] and not 1 <= hour <= 12:
            return match.group(0)
        if not match["half"] and _is_ratio(text, match):  # "a 1:10 ratio"
            return f"{match['hour']} to {match['minute']}"
        return _time_with_stop(match, text, _say_time(hour, minute, match["half"], match["zone"]))

    def hours(match: re.Match[str]) -> str:
        if match["early"]:
            return match["early_lead"] + _say_hours(match["early"])
        said = match["lead"] + _say_hours(match["first"])
        if match["second"]:
            said += f"{match['between'] if match['between'] != '-' else ' to '}"
            said += _say_hours(match["second"])
        return said + (" hours" if match["unit"] else "")

    def four_digits(match: re.Match[str]) -> str:
        hour, minute, half = int(match["hour"]), int(match["minute"]), match["half"]
        if half and not 1 <= hour <= 12:
            return match.group(0)
        if not half and minute == 0:
            return f"{cardinal(hour)} hundred {spell(match['zone'])}"
        said = _say_time(hour, minute, half, match["zone"] or match["zone_after_half"])
        return _time_with_stop(match, text, said)

    def past_the_clock(match: re.Match[str]) -> str:
        first, second = int(match["first"]), match["second"]
        if _is_ratio(text, match):
            return f"{match['first']} to {second}"
        if first < 24 or len(second) != 2 or int(second) > 59:
            return match.group(0)
        if second == "00":
            return "twenty-four hundred" if first == 24 else f"{cardinal(first)} minutes"
        return f"{cardinal(first)} {'oh ' if second[0] == '0' else ''}{cardinal(int(second))}"

    text = _TIME_RANGE.sub(lambda m: f"{m['first']} to {m['second']}", text)
    text = _FOUR_DIGIT_TIME.sub(four_digits, text)
    text = _HOURS_TIME.sub(hours, text)
    text = _CLOCK.sub(clock, text)
    if ":" in text:
        text = _PAST_THE_CLOCK.sub(past_the_clock, text)
    return _HOUR.sub(
        lambda m: _time_with_stop(m, text, _say_time(int(m["hour"]), 0, m["half"], m["zone"])),
        text,
    )


# --- measures --------------------------------------------------------------------------


_UNIT = "|".join(re.escape(unit) for unit in sorted(UNITS, key=len, reverse=True))
_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
_MEASURE = re.compile(
    rf"(?<![\w.,])(?P<number>{_NUMBER})(?P<space>\s?|-)(?P<unit>{_UNIT})(?![\w\u00b2/])"
    r"(?P<stop>\.(?=\s+[a-z\d]))?"
)
"""A number and its unit; a full stop after the unit that ends no sentence ("7 lbs. 8
oz.") is its abbreviation's and goes with it."""
_DIGIT_NEXT = re.compile(r"\s\d")
"""A number after a one-letter unit ("4 L 6") says the letter is no unit; after a longer
one it is the next part of a measure ("2 hrs 15 mins")."""
_PER_UNIT = re.compile(rf"(?<=\d)\s?/\s?(?P<unit>{_UNIT})(?![\w\u00b2])")
_UNIT_PER_UNIT = re.compile(
    rf"(?<![\w.,])(?P<number>{_NUMBER})\s?(?P<unit>mcg|mg|kg|g|mmol|mL|ml|dL|L|km|m|kW|W)"
    r"/(?P<per>kg|g|dL|mL|ml|L|km|m)(?![\w\u00b2/])"
)
"""A unit per a unit after a number, of doses, levels and rates: "2 mg/kg" -> "2
milligrams per kilogram", "5.6 mmol/L"."""
_BLOOD_PRESSURE = re.compile(r"(?<![\w.,/])(?P<high>\d{2,3})/(?P<low>\d{2,3})(?=\s?mmHg\b)")
_SCALE_SUFFIX = re.compile(r"(?<![\w.,])(?P<number>\d+\.\d+|\d+)(?P<scale>\s?bn|m)\b")
_RACE_IN_METERS = re.compile(r"(?P<number>\d{1,2},\d{3}|\d{2,5})m\b(?!\w)")
"""A race: "the 100m", "the 1,500m", "the women's 200m", a relay "4x100m", and any
"10,000m" (a sum in millions is written with its currency); `_RACE_BEFORE` checks what
stands before it (the pattern starts with a digit, which keeps the search fast)."""
_RACE_BEFORE = re.compile(r"(?:\bthe |\dx|\bmen's |\bwomen's )$")
_RANGE_IN_METERS = re.compile(rf"(?<=\d)(?P<dash>\s?[-\u2013]\s?)(?P<number>{_NUMBER})m\b")
_FEET_INCHES = re.compile(r"(?<![\w.,])(?P<feet>\d)'\s?(?P<inches>\d{1,2})\"")
_FEET_AND_INCHES_WRITTEN = re.compile(
    r"(?<![\w.,])(?P<feet>\d+)\s?ft\.?\s(?P<inches>\d{1,2})\s?in\b(?P<dot>\.?)(?!\w)"
)
_SPACED_INCHES = re.compile(
    rf"(?<![\w.,])(?P<number>{_NUMBER})(?P<sep> |-)in(?:(?=\)| of\b)|\.(?=\s[a-z]))"
)
"""Inches written "in" after a space or hyphen, where the word "in" cannot stand: "(3 in)",
"3.4 in of rain", "a 12 in. ruler", "a 6-in. pipe"."""
_INCHES = re.compile(r"(?<![\w.,])(?P<number>\d+(?:\.\d+)?)(?:\"|\u2033)")
_TIMES = re.compile(
    r"(?<![\w.,])(?P<number>\d+(?:\.\d+)?)(?:\s?[-\u2013]\s?(?P<to>\d+(?:\.\d+)?))?"
    r"(?:x\b|\u00d7(?!\s?\d))"
)


def _inches(text: str) -> str:
    def spoken(match: re.Match[str]) -> str:
        if text.count('"', 0, match.start()) % 2:  # the closing mark of a quotation
            return match.group(0)
        singular = match["number"] == "1" or attributive(text[: match.start()], text[match.end() :])
        return f"{match['number']} inch{'' if singular else 'es'}"

    def feet_and_inches(match: re.Match[str]) -> str:
        feet, inches = match["feet"], match["inches"]
        said = f"{feet} {'foot' if feet == '1' else 'feet'} {inches} inch"
        said += "" if inches == "1" else "es"
        return said + ("." if match["dot"] and not text[match.end() :].strip() else "")

    def spaced_inches(match: re.Match[str]) -> str:
        singular = (
            match["number"] == "1"
            or match["sep"] == "-"
            or attributive(text[: match.start()], text[match.end() :])
        )
        return f"{match['number']} inch{'' if singular else 'es'}"

    if "ft" in text:  # a quick look first: most text has no measure in inches
        text = _FEET_AND_INCHES_WRITTEN.sub(feet_and_inches, text)
    if "in" in text:
        text = _SPACED_INCHES.sub(spaced_inches, text)
    text = _FEET_INCHES.sub(
        lambda m: f"{m['feet']} {'foot' if m['feet'] == '1' else 'feet'} {m['inches']}", text
    )
    return _INCHES.sub(spoken, text)


def read_measures(text: str) -> str:
    """10km -> "10 kilometers", 1 mph -> "1 mile per hour", 70°F -> "70 degrees
    Fahrenheit", 381.2/km² -> "381.2 per square kilometer", 1.2m -> "1.2 million",
    512GB -> "512 gigabytes", 4ms -> "4 milliseconds", 34" -> "34 inches", 5'11" -> "5
    feet 11", 6 ft 2 in -> "6 feet 2 inches", (3 in) -> "(3 inches)", 2.5x or 2× -> "2.5
    times", 760 - 1220m -> "760 to 1220 meters", the 100m -> "the 100 meters", 2 mg/kg ->
    "2 milligrams per kilogram", 120/80 mmHg -> "120 over 80 millimeters of mercury";
    before a noun the unit is singular: "a 10 km walk", "a 512GB drive" -> "a 512 gigabyte
    drive".

    The number is left to `read_numbers`. A unit letter after a space that could be a word
    ("5 C", "4 L" in "4 L-shaped") is read only where the table says it is safe.
    """
    if not _DIGIT.search(text):
        return text

    def per(match: re.Match[str]) -> str:
        return f" per {UNITS[match['unit']][0]}"

    def measure(match: re.Match[str]) -> str:
        unit, space = match["unit"], match["space"]
        spaced = bool(space)
        if len(unit) == 1 and _DIGIT_NEXT.match(text, match.end()):
            return match.group(0)
        if (spaced and unit in UNITS_ATTACHED_ONLY) or (not spaced and unit in UNITS_SPACED_ONLY):
            return match.group(0)
        one, many = UNITS[unit]
        singular = (
            match["number"] == "1"
            or space == "-"
            or attributive(text[: match.start()], text[match.end() :])
        )
        return f"{match['number']} {one if singular else many}"

    def times(match: re.Match[str]) -> str:
        if match["to"]:
            return f"{match['number']} to {match['to']} times"
        return f"{match['number']} times"

    text = _RANGE_IN_METERS.sub(lambda m: f" to {m['number']} meters", text)

    def race(match: re.Match[str]) -> str:
        number, before = match["number"], text[max(0, match.start() - 8) : match.start()]
        if before[-1:] in (",", ".") or (before[-1:].isalnum() and not before.endswith("x")):
            return match.group(0)
        if "," not in number and not _RACE_BEFORE.search(before):
            return match.group(0)
        noun = _NOUN_AFTER.match(text, match.end())
        named = noun and noun["word"] not in _NO_NOUNS  # "the 100m final"
        return f"{number} meter{'' if named else 's'}"

    text = _RACE_IN_METERS.sub(race, text)
    text = _inches(text)
    text = _TIMES.sub(times, text)
    text = _PER_UNIT.sub(per, text)
    if "/" in text:
        text = _BLOOD_PRESSURE.sub(lambda m: f"{m['high']} over {m['low']}", text)
        text = _UNIT_PER_UNIT.sub(
            lambda m: (
                f"{m['number']} {UNITS[m['unit']][0 if m['number'] == '1' else 1]} per "
                f"{UNITS[m['per']][0]}"
            ),
            text,
        )
    text = _MEASURE.sub(measure, text)
    return _SCALE_SUFFIX.sub(
        lambda m: (
            f"{m['number']} {'billion' if m['scale'].endswith('bn') else 'million'}"
            if m["scale"].endswith("bn") or "." in m["number"]
            else m.group(0)
        ),
        text,
    )


# --- ranges, scores, fractions, digit strings ------------------------------------------

_PHONE = re.compile(
    r"(?<![\w.,-])(?:(?:\+\d{1,3}|\b1(?=[ .-]\d{3}[ .-]\d{3}[.-]\d{4}))[ .-]?)?"
    r"(?:\(\d{3}\)\s?|\d{3}[ .-])?\d{3}[.-]\d{4}(?![\w-]|[.,]\d)"
)
_INTERNATIONAL_PHONE = re.compile(
    r"(?<![\w+])\+(?P<country>\d{1,3})(?P<rest>(?:[ .-]\(?\d{1,6}\)?){2,5})(?![\w-]|[.,]\d)"
)
_NATIONAL_PHONE = re.compile(r"(?<![\w.,+-])0\d{2,4}(?:\s\d{3,8}){1,2}(?![\w-]|[.,]\d)")
"""A phone number dialled with a leading 0 and written in groups ("01632 960614", "020
7946 0958")."""
_REFERENCE_CODE = re.compile(
    r"(?<![\w/])(?P<letters>[A-Z]{1,5})(?P<parts>(?:/\d[\d,]*\d|/\d){2,3})(?![\w/])"
)
"""A reference of capitals and numbers between slashes ("XDB/709/633", a planning
application or a case): letters spelled, digits one by one, "slash" between."""
_ISBN = re.compile(r"\b(?P<label>ISBN(?:-1[03])?:?)\s?(?P<code>[\dX][\d\sX-]{8,16}[\dX])\b")
_SERIAL = re.compile(
    rf"(?<![\w.,:])(?<!{_MONTH_SHORT} )(?:0\d{{2,}}|0\d(?!\s+{_MONTH_SHORT}))(?:-\d+)*(?![\w.,]?\d)"
)
TOLL_FREE_CODES = frozenset({"800", "888", "877", "866", "855", "844", "833"})
_DIALLED = re.compile(
    r"\b(?P<verb>(?:[Cc]all|[Dd]ial|[Tt]ext)(?:s|ed|ing)?)\s(?P<number>\d{3})\b(?![.,]?\d|-)"
)
_TOLL_FREE = re.compile(r"(?<![\w.,-])1-(?P<code>8(?:00|88|77|66|55|44|33))\b(?!-\d)")
_IDENTIFIER = re.compile(
    r"(?<![\w.])(?P<label>[B-HJ-Zb-z]|ID|id|Ref|ref|case|Case|code|Code)\.?\s(?P<id>\d{5,})\b"
    r"(?![.,]\d)"
)
_DOI = re.compile(r"\b(?:doi|DOI):?\s?(?P<doi>10\.\d{4,9}\s?/\s?[^\s]*[^\s.,;:)])")
_DOI_SEPARATORS = {"/": "slash", ".": "dot", "-": "dash", "_": "underscore", ":": "colon"}


def read_digit_strings(text: str) -> str:
    """Phone numbers, ISBNs, DOIs, identifiers and numbers with a leading zero are read
    digit by digit: 555-0142 -> "five five five, oh one four two", 007 -> "oh oh seven",
    area 05 -> "area oh five", e 1000815 -> "e one zero zero zero eight one five", doi:
    10.1000/xyz1 -> "D O I one zero dot one zero zero zero slash xyz one", call 911 ->
    "call nine one one", +44 20 7946 0958 -> "plus four four, two oh, seven nine four six,
    oh nine five eight", 01632 960614 -> "oh one six three two, nine six oh six one four",
    XDB/709/633 -> "X D B slash seven oh nine slash six three three";
    1-800 is "one eight hundred"."""
    if not _DIGIT.search(text):
        return text

    def grouped(written: str) -> str:
        groups = re.findall(r"\d+", written)
        return ", ".join(
            cardinal(int(group)) if group in TOLL_FREE_CODES else digits(group, zero="oh")
            for group in groups
        )

    def one_by_one(written: str) -> str:
        return " ".join(
            "X" if ch == "X" else digits(ch, zero="oh") for ch in written if ch.isalnum()
        )

    def international(match: re.Match[str]) -> str:
        groups = re.findall(r"\d+", match["rest"])
        if len(match["country"] + "".join(groups)) < 8:  # "+5 2 1": not a phone number
            return match.group(0)
        said = ", ".join(digits(group, zero="oh") for group in groups)
        return f"plus {digits(match['country'])}, {said}"

    def doi(match: re.Match[str]) -> str:
        said = ["D O I"]
        for piece in re.findall(r"\d+|[A-Za-z]+|[^\w\s]|_", match["doi"]):
            if piece.isdigit():
                said.append(digits(piece))
            else:
                said.append(_DOI_SEPARATORS.get(piece, piece))
        return " ".join(said)

    def reference(match: re.Match[str]) -> str:
        parts = [spell(match["letters"])]
        parts += [
            digits(part.replace(",", ""), zero="oh") for part in match["parts"].split("/")[1:]
        ]
        return " slash ".join(parts)

    text = _DOI.sub(doi, text)
    if "/" in text:
        text = _REFERENCE_CODE.sub(reference, text)
    text = _INTERNATIONAL_PHONE.sub(international, text)
    text = _NATIONAL_PHONE.sub(
        lambda m: ", ".join(digits(group, zero="oh") for group in m.group(0).split()), text
    )
    text = _PHONE.sub(lambda m: grouped(m.group(0)), text)
    text = _DIALLED.sub(lambda m: f"{m['verb']} {digits(m['number'])}", text)
    text = _TOLL_FREE.sub(lambda m: f"one {cardinal(int(m['code']))}", text)
    text = _ISBN.sub(lambda m: f"I S B N {one_by_one(m['code'])}", text)
    text = _IDENTIFIER.sub(lambda m: f"{m['label']} {digits(m['id'])}", text)
    return _SERIAL.sub(lambda m: one_by_one(m.group(0)), text)


_RANGE = re.compile(
    rf"(?<![\w.,/:-])(?P<first>{_NUMBER})(?P<rest>(?:\s?[-\u2013]\s?{_NUMBER})+)(?![\w/:]|[-\u2013.,]\d)"
)


_RATIO = re.compile(
    r"(?<![\w.,:/])(?P<first>\d+)(?::(?P<tight>\d|\d{1,3}(?:,\d{3})+)|:\s(?P<spaced>\d+))"
    r"(?![\w:]|[.,]\d)"
)


_MAKER_BEFORE = re.compile(r"\b(?!(?:The|A|An|In|On|At|By|Page|Pages)\b)[A-Z][A-Za-z-]+\s$")
"""A name just before a number ("Boeing 787-9"): a maker or a model, not a vote."""


def _is_variant(first: str, second: str, before: str) -> bool:
    """Whether "Boeing 787-9" names a model and its variant rather than a range: after a
    name, a three-digit number that is not round, then one far smaller. Votes ("passed
    412-3"), odds (100-1), scores (112-98) and pages ("pages 123-5") stay ranges."""
    if not (first.isdigit() and second.isdigit() and len(first) == 3 and len(second) <= 2):
        return False
    named = bool(_MAKER_BEFORE.search(before[-30:]))
    return named and int(first) % 10 != 0 and int(second) * 10 < int(first)


def read_ranges(text: str) -> str:
    """10-12 -> "10 to 12", 3–1 -> "3 to 1", 49-30-4 -> "49, 30, 4", 50-50 -> "fifty-fifty",
    ratios 3:2 -> "3 to 2" and 1: 1 -> "1 to 1", a model's variant Boeing 787-9 ->
    "Boeing seven eighty-seven 9" (a clock time such as 3:15 is read by `read_times`
    first)."""
    if not _DIGIT.search(text):
        return text
    text = _RATIO.sub(lambda m: f"{m['first']} to {m['tight'] or m['spaced']}", text)

    def spoken(match: re.Match[str]) -> str:
        numbers = [match["first"], *re.findall(_NUMBER, match["rest"])]
        if len(numbers) == 2 and _is_variant(numbers[0], numbers[1], text[: match.start()]):
            return f"{paired(numbers[0])} {numbers[1]}"
        if numbers == ["50", "50"]:
            return "fifty-fifty"  # "a 50-50 split": even chances, no range
        return " to ".join(numbers) if len(numbers) == 2 else ", ".join(numbers)

    return _RANGE.sub(spoken, text)


_FRACTION = re.compile(
    r"(?<![\w/.,-])(?:(?P<whole>\d+)(?:\s|-(?=\d/)|(?=[\u00bc-\u00be\u2153-\u215e])))?"
    r"(?:(?P<top>\d{1,2})/(?P<bottom>\d{1,3})(?![\w/]|[.,]\d)|(?P<glyph>[\u00bc-\u00be\u2153-\u215e]))"
)


def _fraction_words(top: int, bottom: int) -> str:
    if bottom == 2:
        name = "half" if top == 1 else "halves"
    elif bottom == 4:
        name = "quarter" if top == 1 else "quarters"
    else:
        name = ordinal(bottom) + ("" if top == 1 else "s")
    return f"{cardinal(top)} {name}"


def read_fractions(text: str) -> str:
    """1/2 -> "one half", 2 3/4 -> "two and three quarters", ½ -> "one half", 16/5 ->
    "sixteen fifths". Dates (11/24/2026), 24/7, 9/11 and 7/7 are not fractions."""

    def spoken(match: re.Match[str]) -> str:
        if match["glyph"]:
            top, bottom = VULGAR_FRACTIONS.get(match["glyph"], (0, 0))
        else:
            said = SPOKEN_SLASHES.get((match["top"], match["bottom"]))
            if said and not match["whole"]:
                return said
            if match["top"] == match["bottom"] and not match["whole"]:  # 7/7, a date
                return f"{cardinal(int(match['top']))} {cardinal(int(match['bottom']))}"
            top, bottom = int(match["top"]), int(match["bottom"])
        if bottom not in DENOMINATORS or top == 0:
            return match.group(0)
        words = _fraction_words(top, bottom)
        if match["whole"]:
            article = "a" if top == 1 else cardinal(top)
            return f"{cardinal(int(match['whole']))} and {article} {words.split(' ', 1)[1]}"
        return words

    return _FRACTION.sub(spoken, text)


# --- roman numerals --------------------------------------------------------------------

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN = r"(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_NUMBERED = re.compile(
    rf"\b(?P<label>{NUMBERED_BY}|(?P<lower>{NUMBERED_BY_IN_LOWER_CASE}))\s(?=[IVXLC])(?P<roman>{_ROMAN})\b(?!['\u2019]\w|-)"
)
_REGNAL = re.compile(
    rf"\b(?P<name>(?:{MONARCHS})|[A-Z][a-z]+)\s(?=[IVXLC])(?P<roman>{_ROMAN})\b(?!['\u2019](?!s\b)\w|-|\.\w)"
)
_ROMAN_SINGLE_ALLOWED = re.compile(rf"(?:{MONARCHS})")
_CROWNED = re.compile(rf"\b(?:{CROWNED_TITLES})\s+(?:[A-Z][a-z]+\s+){{0,2}}$")
_LONE_ROMAN = re.compile(
    r"(?<![\w'\u2019.-])(?=[IVX])(?P<roman>X{0,3}(?:IX|IV|V?I{0,3}))(?![\w'\u2019]|-\w|\.\w)"
    r"(?<!\bI)(?<!\bV)(?<!\bX)"
)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*\s+$")
_ROMAN_TOKEN = re.compile(r"(?<![\w'\u2019.-])(?:[IVX]{2,5}|V)(?![\w'\u2019])")
_ROMAN_REFERENCE = re.compile(r":\s?\d")


def roman_value(numeral: str) -> int:
    """XIV -> 14. Assumes a well-formed numeral of I, V, X, L and C."""
    total = 0
    for this, after in zip(numeral, [*numeral[1:], ""], strict=True):
        value = _ROMAN_VALUES[this]
        total += -value if after and _ROMAN_VALUES[after] > value else value
    return total


def read_roman_numerals(text: str) -> str:
    """World War II -> "World War two", Chapter IV -> "Chapter four", Henry VIII ->
    "Henry the eighth", Elizabeth I -> "Elizabeth the first".

    A numeral after a name of one word is a reign too ("Amenhotep II", "Guy XIII"); after
    a title of several words it is a plain number ("Avalanche Peak II" -> "Peak two"),
    and so is one standing alone in a list or reference ("III and IV", "from VI to VII",
    "IX: 42", after any word); a numeral alone without another beside it ("an IV drip",
    initials "XX") stays as written. A lone I, V or X is a numeral only after a monarch's
    name or a label such as "Chapter" or "volume" (not "the part I liked"), so "I",
    "Malcolm X" and "vitamin C" stay as written; L and C count only after a label
    ("Super Bowl LVIII"), never alone, and alone after a label they are letters ("a Class
    C felony", "USB type C"), except in "Super Bowl L".
    """
    if not _ROMAN_LETTER.search(text):
        return text

    def numbered(match: re.Match[str]) -> str:
        roman = match["roman"]
        if not roman or (match["lower"] and roman == "I"):
            return match.group(0)
        if roman in ("C", "L") and match["label"] != "Super Bowl":  # "Class C", "type C"
            return match.group(0)
        return f"{match['label']} {cardinal(roman_value(match['roman']))}"

    def regnal(match: re.Match[str]) -> str:
        roman, name = match["roman"], match["name"]
        if not roman or "L" in roman or "C" in roman or name.lower() in FUNCTION_WORDS:
            return match.group(0)  # "The IV drip": no name before it
        if name.lower() in LABELLED_BY_A_LETTER:
            return f"{name} {cardinal(roman_value(roman))}"  # "Table III": a label
        before = text[max(0, match.start() - 40) : match.start()]
        crowned = bool(_ROMAN_SINGLE_ALLOWED.fullmatch(name)) or bool(_CROWNED.search(before))
        if len(roman) == 1 and not crowned:
            return match.group(0)
        if not crowned and _ROMAN_REFERENCE.match(text, match.end()):  # "See IX: 42"
            return f"{name} {cardinal(roman_value(roman))}"
        if crowned or not _CAPITALISED_BEFORE.search(before):
            return f"{name} the {ordinal(roman_value(roman))}"
        return f"{name} {cardinal(roman_value(roman))}"

    def lone(match: re.Match[str]) -> str:
        roman = match["roman"]
        listed = len(_ROMAN_TOKEN.findall(text)) > 1 or _ROMAN_REFERENCE.match(text, match.end())
        if not roman or not listed:
            return match.group(0)
        return cardinal(roman_value(roman))

    text = _NUMBERED.sub(numbered, text)
    text = _REGNAL.sub(regnal, text)
    return _LONE_ROMAN.sub(lone, text)


# --- abbreviations ---------------------------------------------------------------------

_TITLE = re.compile(
    r"\b(?P<title>" + "|".join(TITLES) + r"|st|mt|ft)(?P<dot>\.?)\s+(?=[A-Z\ue000-\uf8ff])"
)
_STREET = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|To|From|Of|For|By|Near)\b)"
    r"(?P<before>[A-Z][\w'-]*\.?|\d+(?:st|nd|rd|th)?) (?P<kind>"
    + "|".join(STREETS)
    + r")\b\.?(?!\s+[A-Z][a-z])"
)
_WORD = re.compile(
    r"(?<![\w.])(?P<word>"
    + "|".join(re.escape(word) for word in sorted(WORDS, key=len, reverse=True))
    + r")(?:\.|\b)(?!\w)"
)
_NUMBER_WORD = re.compile(
    r"(?<![\w.])(?P<word>" + "|".join(NUMBER_WORDS) + r")\.\s?(?=\d)|(?<![\w.])(?P<hash>#)\s?(?=\d)"
)


_VERSUS = re.compile(r"\b(?P<side>[A-Z][\w'.-]*)\sv\.?\s(?=[A-Z])")
"""A "v" between two names, as cases and matches are written: "Roe v. Wade", "Kettle
Athletic v Hollin Wanderers" (not "the v. 2 update")."""
_WEEKDAY_SHORT = re.compile(r"\b(?P<day>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\.(?=[,;)]|\s|$)")
"""A day shortened with its full stop ("Fri., Oct. 3", "Wed. night"); not "Sun.", which
is as often a newspaper's name."""


def read_abbreviations(text: str) -> str:
    """Mr. -> "Mister", Gen. -> "General", St. Louis -> "Saint Louis", Main St. ->
    "Main Street", No. 10 -> "number 10", #1 -> "number 1", vs. -> "versus", etc. -> "et
    cetera", Fri., Oct. 3 -> "Friday, Oct. 3", Prop. 22 -> "Proposition 22".

    Titles are expanded only before a capitalized name; a sentence's final period stays.
    """

    def title(match: re.Match[str]) -> str:
        name = match["title"]
        if name in ("st", "mt", "ft"):  # "st Louis", "mt Eden": a place's title in lower case
            name = name.capitalize()
        if not match["dot"] and name not in TITLES_WITHOUT_DOT:
            return match.group(0)
        return TITLES[name] + " "

    def word(match: re.Match[str]) -> str:
        if match["word"] == "etc" and match.group(0).endswith("."):
            return WORDS["etc"] + "."
        if match["word"] in _FIRM_ENDINGS and _STOP_BEFORE_CAPITAL.match(text, match.end() - 1):
            return WORDS[match["word"]] + "."  # "Globex Corp. Analysts were": a sentence ends
        return _with_final_stop(match, text, WORDS[match["word"]])

    def number_word(match: re.Match[str]) -> str:
        return ("number" if match["hash"] else NUMBER_WORDS[match["word"]]) + " "

    text = _STREET.sub(
        lambda m: _with_final_stop(m, text, f"{m['before']} {STREETS[m['kind']]}"), text
    )
    text = _TITLE.sub(title, text)
    text = _NUMBER_WORD.sub(number_word, text)
    if " v" in text:
        text = _VERSUS.sub(r"\g<side> versus ", text)
    if "." in text:
        text = _WEEKDAY_SHORT.sub(
            lambda m: _with_final_stop(m, text, WEEKDAYS[m["day"].lower()]), text
        )
    return _WORD.sub(word, text)


_NUMBERED_STREET = re.compile(
    r"(?:\b(?P<direction>[NSEW])\.?\s)?\b(?P<number>\d+(?:st|nd|rd|th)?)\s(?P<kind>"
    + "|".join(STREETS)
    + r")\b\.?(?!\w)"
)
_DIRECTION_BEFORE_STREET = re.compile(
    r"(?<=\d )(?P<direction>[NSEW])\.\s(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:"
    + "|".join([*STREETS, *STREETS.values()])
    + r")\b)"
)
"""A compass letter between a number and a named street: "100 E. Main St." -> "100 East
Main Street" (after a name it is an initial: "John E. Smith")."""
_QUADRANT = re.compile(
    r"\b(?P<kind>" + "|".join([*STREETS, *STREETS.values()]) + r")\.? (?P<quadrant>[NS][EW])\b"
)
"""A street and the quadrant of a city it is in: "Pennsylvania Ave. NW"."""


def _with_final_stop(match: re.Match[str], text: str, spoken: str) -> str:
    """`spoken` with the full stop of an abbreviation that also ended the sentence."""
    ends = match.group(0).endswith(".") and not text[match.end() :].strip()
    return spoken + "." if ends else spoken


def read_streets(text: str) -> str:
    """1st St -> "1st Street" (espeak-ng says a bare "St" as "saint"), W. 5th Ave. -> "West
    5th Avenue", 12 Elm Rd -> left to `read_abbreviations`, which reads streets after names;
    a city's quadrant after a street: "Pennsylvania Ave. NW" -> "Pennsylvania Avenue
    Northwest". Runs before `read_ordinals`, which then says "first"."""
    if ". " in text:
        text = _DIRECTION_BEFORE_STREET.sub(lambda m: DIRECTIONS[m["direction"]] + " ", text)
    if " N" in text or " S" in text:
        text = _QUADRANT.sub(
            lambda m: (
                f"{STREETS.get(m['kind'], m['kind'])} "
                + "".join(DIRECTIONS[letter] for letter in m["quadrant"]).capitalize()
            ),
            text,
        )
    if not _DIGIT.search(text):
        return text

    def street(match: re.Match[str]) -> str:
        direction = DIRECTIONS[match["direction"]] + " " if match["direction"] else ""
        said = f"{direction}{match['number']} {STREETS[match['kind']]}"
        return _with_final_stop(match, text, said)

    return _NUMBERED_STREET.sub(street, text)


_STATE_NAMES = "|".join(
    re.escape(name) for name in sorted(STATE_ABBREVIATIONS, key=len, reverse=True)
)
_PARTY = re.compile(
    rf"\b(?P<party>[DRI])-(?P<state>{_STATE_NAMES}|[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    rf"|{'|'.join(POSTAL_STATES)})"
    r"(?=[,);]|\s|$)"
)
_STATE = re.compile(rf"(?<=, )(?P<state>{_STATE_NAMES})(?!\w)(?!\.\w)")
_STATES_NOT_WORDS = "|".join(
    re.escape(name) for name in sorted(STATES_NOT_WORDS, key=len, reverse=True)
)
_STATE_NOT_WORD = re.compile(_STATES_NOT_WORDS)
_STATE_AFTER_WORD = re.compile(
    rf"\b(?P<word>of|in|from|near) (?P<state>{_STATES_NOT_WORDS})(?!\w)(?!\.\w)"
)
_COMPANY = re.compile(
    r"(?<=[A-Za-z&.] )(?P<word>Co|Inc|Cos)\.(?=\s[a-zA-Z,;)]|[,;)]|['\u2019]s\b|\s*$)"
)
_FIRM_ENDINGS = frozenset({"Ltd", "Corp", "Bros"})
"""Words that end a firm's name, after which a full stop before a capital may end a
sentence ("Globex Corp. Analysts were surprised")."""
_STOP_BEFORE_CAPITAL = re.compile(
    r"\.\s+(?!(?:Ltd|Inc|Corp|Co|Cos|Bros|LLC|PLC|plc|AG|SA|NV|GmbH|Limited|Incorporated|"
    r"Corporation|Company|Companies|Brothers|CEO|CFO|COO|Chief|President|Chairman|"
    r"Chairwoman|Chair|Vice|Executive|Director|Spokesman|Spokeswoman|Spokesperson|Founder|"
    r"Head|Senior|Managing|General|Of|And|Unit|Division|Group)\b)[A-Z]"
)
_COUNTY = re.compile(r"(?<!& )\bCo\.\s(?=[A-Z][a-z])")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'&-]*\s$")
"""A firm's name before "Co." ("Acme Co. Shares rose"): the company, not a county..."""
_PLACE_BEFORE = re.compile(
    r"\b(?:in|across|of|near|from|throughout|outside|around)\s(?:[A-Z][\w'-]*\s){1,2}$"
)
"""... unless a word of place comes before the name ("in Marin Co.", "across Orange Co.")."""
_COUNTY_THING_AFTER = re.compile(
    r"(?:Court|Courthouse|Sheriff|Sheriff's|Board|Jail|Commissioners?|Supervisors?|Fair|"
    r"Line|Clerk|Attorney|Coroner|Health)\b"
)
_PAGES = re.compile(r"(?<![\w.])(?P<word>pp?|vols?|Vols?)(?:\.\s?|\s)(?=\d)")
_REFERENCE_WORDS = {"p": "page", "pp": "pages", "vol": "volume", "Vol": "volume",
                    "vols": "volumes", "Vols": "volumes"}  # fmt: skip


def read_places_and_references(text: str) -> str:
    """US states after a comma and party tags: "Lansing, Mich." -> "Lansing, Michigan",
    "(D-Minn.)" -> "(Democrat of Minnesota)"; company words: "Acme Co." -> "Acme
    Company", "Inc." -> "Incorporated", but "Co. Cork" -> "County Cork" and "Smith & Co."
    -> "Smith & Co" (said "koh", as the firm's name is said); references:
    p.204 -> "page 204", pp. 12-19 -> "pages 12-19", vol 59 -> "volume 59".

    A state abbreviation is read only after a comma or in a party tag, or after "of",
    "in", "from" or "near" when it is no word ("a senator from Calif."), so "Ill." in "he
    was ill." or "Pa." in a name stays as written.
    """

    def party(match: re.Match[str]) -> str:
        state = match["state"]
        state = POSTAL_STATES.get(state) or STATE_ABBREVIATIONS.get(state, state)
        return f"{PARTIES[match['party']]} of {state}"

    text = _PARTY.sub(party, text)
    text = _STATE.sub(lambda m: _with_final_stop(m, text, STATE_ABBREVIATIONS[m["state"]]), text)
    if _STATE_NOT_WORD.search(text):  # a quick look first: _STATE_AFTER_WORD is slow
        text = _STATE_AFTER_WORD.sub(
            lambda m: _with_final_stop(m, text, f"{m['word']} {STATE_ABBREVIATIONS[m['state']]}"),
            text,
        )

    def county(match: re.Match[str]) -> str:
        named = _NAME_BEFORE.search(text, 0, match.start())
        if not named or _PLACE_BEFORE.search(text, 0, match.start()):
            return "County "  # "Ballymena, Co. Antrim", "in Marin Co. Sheriff's deputies"
        if _COUNTY_THING_AFTER.match(text, match.end()):
            return "County "  # "Kings Co. Court"
        return match.group(0)  # "Acme Co. Shares rose": the company

    text = _COUNTY.sub(county, text)

    def company(match: re.Match[str]) -> str:
        word = match["word"]
        said = word if word == "Co" and text.endswith("& ", 0, match.start()) else None
        if _STOP_BEFORE_CAPITAL.match(text, match.end() - 1):
            return (said or COMPANY_WORDS[word]) + "."  # "Acme Co. Shares rose"
        return _with_final_stop(match, text, said or COMPANY_WORDS[word])

    text = _COMPANY.sub(company, text)
    return _PAGES.sub(lambda m: _REFERENCE_WORDS[m["word"]] + " ", text)


_MODEL = re.compile(
    r"(?<![\w.'\u2019-])(?P<letters>[A-Z]{1,3})(?P<dash>-?)(?P<number>\d{1,4})"
    r"(?P<rest>(?:-\d{1,4})*)(?P<plural>s?)(?![\w'\u2019]|[.,]\d|-\w|/\d)"
)
_FISCAL = {"FY", "CY"}
_LINEAGE = re.compile(r"(?P<letters>[A-Z]{2,4})\.(?P<numbers>\d{1,3}(?:\.\d{1,3})*)(?!\w|\.\d)")
"""A virus lineage or a release named by capitals and dotted numbers: "BA.2.86", "JN.1"."""
_NOT_LINEAGES = frozenset({"NO", "NOS", "VOL", "FIG", "PP", "CH", "ART", "SEC", "ST", "MR", "DR"})


_WORD_AND_NUMBER = re.compile(r"(?<![\w@.])(?P<word>[A-Z]?[a-z]{2,})(?P<number>\d{2,4})\b")
"""A word with a number glued to it, as hashtags are written: "#Marathon2025"."""


def split_words_from_numbers(text: str) -> str:
    """A word and the number glued to it are two words, each read by its own rule:
    "#Marathon2025" -> "#Marathon 2025" ("Marathon twenty twenty-five"), "covid19" ->
    "covid 19". Words in capitals with a number are models (`read_model_numbers`)."""
    if not _DIGIT.search(text):
        return text
    return _WORD_AND_NUMBER.sub(r"\g<word> \g<number>", text)


_STARS = re.compile(r"(?P<full>\u2605+)(?P<empty>\u2606*)")


def read_star_ratings(text: str) -> str:
    """A rating in stars, which espeak-ng says nothing for: "★★★★" -> "four stars",
    "★★★☆☆" -> "three stars out of five"."""
    if "\u2605" not in text:
        return text

    def rating(match: re.Match[str]) -> str:
        full, empty = len(match["full"]), len(match["empty"])
        said = f"{cardinal(full)} star{'s' if full > 1 else ''}"
        return said + (f" out of {cardinal(full + empty)}" if empty else "")

    return _STARS.sub(rating, text)


_FREIGHTER = re.compile(r"(?<![\w.,-])(?P<model>[1-9]\d\d)(?:-(?P<variant>\d{1,3}))?F\b(?![.,]\d)")
"""An airliner's freighter model ("the 777F", "a 747-8F", "767-300F"), which the measures
rule would take for degrees Fahrenheit: a smaller variant after a hyphen (a range of
temperatures goes up: "100-105F"), or a number over 130 that is no multiple of five
(ovens are 350F)."""


_NAMED_NUMBER = re.compile(
    r"(?<![\w.,$\u00a3\u20ac#/:-])(?P<number>[1-9]\d\d)(?![\w%/:-]|[.,]\d|\s?%|\s?percent)"
)
"""Three digits after a name, said in pairs as models, flights, roads and rooms are:
"Boeing 737", "Porsche 911", "Flight 370", "Room 101", "Highway 101"."""
_COUNTING_WORDS = FUNCTION_WORDS | frozenset(
    "over about nearly some almost around only just another approximately roughly exactly "
    "least most total all these those many few several top under page pages vol volume "
    "no nos number chapter section article paragraph verse ad bc ce bce anno "
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december".split()
)
"""Capitalised words after which a number is a quantity or a reference, not a model."""


def _title_case(text: str) -> bool:
    """Whether the text is a headline in title case ("Floods Kill 150", "Airline Orders
    270 Jets in Deal"): two capitalised words at least, and no word in lower case but the
    small ones titles keep so."""
    words = _WORD_TOKEN.findall(text)
    lower = [word for word in words if word[0].islower() and word not in FUNCTION_WORDS]
    return not lower and sum(word[0].isupper() for word in words) >= 2


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\"\u201c(]\s*)$")
"""Nothing but the start of the text or of a sentence before the capitalised word."""
_AMOUNT_AFTER = re.compile(
    rf"\s?(?:{_UNIT}|million|billion|trillion|thousand|bn|mn|m|k|percent|per cent)\b|\s?%"
)
_PLURAL_NOUN_AFTER = re.compile(
    r"\s(?!(?:was|is|has|does|this|its|his|as|us|plus|thus|less|across|unless|always|"
    r"perhaps|yes)\b)(?:[a-z]+s|people|children|men|women|staff|police)\b"
)
_SCORE_AFTER = re.compile(r",?\s(?:[A-Z][\w.'&-]*\s){1,3}\d|\s(?:all out|for \d|and \d|-\s?\d)")
_SCORE_BEFORE = re.compile(r"\d,\s(?:[A-Z][\w.'&-]*\s){1,3}$")
"""A sports result line ("Kansas 101, Texas 95"): its numbers are points."""


def read_model_numbers(text: str) -> str:
    """Letters joined to a number, as names and models are said: A350-900 -> "eh three
    fifty nine hundred", F-16s -> "F sixteens", MP3 -> "M P three", CO2 -> "C O two",
    B-52 -> "B fifty-two", FY2020-22 -> "F Y twenty twenty to twenty twenty-two", a
    lineage BA.2.86 -> "B eh point two point eighty-six"; a freighter 747-8F -> "seven
    forty-seven eight F"; three digits after a name, in pairs: Boeing 737 -> "Boeing
    seven thirty-seven", Porsche 911 -> "Porsche nine eleven" (not after a word that
    counts, "Over 150 people", nor before a plural noun).

    Only capitals (one to three) before one to four digits; "COVID-19" and other words
    are left to the other rules, and so are 4G, H2O and PM2.5.
    """
    if not _DIGIT.search(text):
        return text

    def spoken(match: re.Match[str]) -> str:
        letters, written, rest = match["letters"], match["number"], match["rest"]
        said = [letters if letters in SAID_AS_WORDS else spell(letters)]
        if letters in _FISCAL and len(written) == 4 and rest.count("-") == 1:
            start, end = int(written), rest[1:]
            last = start // 100 * 100 + int(end) if len(end) == 2 else int(end)
            said += [year(start), "to", year(last)]
        else:
            said += [paired(part) for part in [written, *rest.split("-")[1:]]]
        if match["plural"]:
            said[-1] = plural_of(said[-1])
        return " ".join(said)

    def lineage(match: re.Match[str]) -> str:
        before = text[match.start() - 1 : match.start()]
        if match["letters"] in _NOT_LINEAGES or (before and (before.isalnum() or before in "_.")):
            return match.group(0)
        numbers = " point ".join(cardinal(int(part)) for part in match["numbers"].split("."))
        return f"{spell(match['letters'])} point {numbers}"

    def freighter(match: re.Match[str]) -> str:
        model, variant = match["model"], match["variant"]
        if variant is None and (int(model) <= 130 or int(model) % 5 == 0):
            return match.group(0)  # a temperature: "86F", "a 350F oven"
        if variant is not None and int(variant) >= int(model):
            return match.group(0)  # a range of temperatures: "100-105F"
        said = [paired(model), *([paired(variant)] if variant else []), "F"]
        return " ".join(said)

    if "." in text:
        text = _LINEAGE.sub(lineage, text)

    def named(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 30) : match.start()]
        maker = _MAKER_BEFORE.search(before)
        if not maker or maker.group(0).strip().lower() in _COUNTING_WORDS:
            return match.group(0)  # "Over 150 people", "page 387": a quantity
        if _OPENS_SENTENCE.search(text, 0, match.start() - len(maker.group(0))):
            return match.group(0)  # "Then 150 more arrived", "Take 200 mg"
        after = text[match.end() : match.end() + 40]
        if _PLURAL_NOUN_AFTER.match(after) or _AMOUNT_AFTER.match(after):
            return match.group(0)  # "Nearly 150 people", "200 mg", "150 million"
        if _SCORE_AFTER.match(after) or _SCORE_BEFORE.search(before):
            return match.group(0)  # "Kansas 101, Texas 95", "Australia 450 all out": points
        return paired(match["number"])

    if "F" in text:
        text = _FREIGHTER.sub(freighter, text)
    if _NAMED_NUMBER.search(text) and not _title_case(text):  # "Airline Orders 270 Jets"
        text = _NAMED_NUMBER.sub(named, text)
    return _MODEL.sub(spoken, text)


_NUMBERS_AND_LETTER = re.compile(
    r"(?<![\w.,/-])(?P<numbers>\d{1,4}(?:-\d{1,4})*)(?P<dash>-?)(?P<letter>[A-Z])"
    r"(?![\w'\u2019-]|\.\w)"
)
_SUBSECTIONS = re.compile(
    r"(?<![\w.,])(?P<number>\d{1,4})(?P<parts>(?:\((?:[a-z]{1,2}|\d{1,2})\))+)"
)
"""A section and its subsections, or a plan named so: "401(k)", "501(c)(3)", "230(c)(1)"."""
_UNIT_LETTERS = frozenset("CFGKLMTVWX")
"""Capitals that after a number are a unit or a scale ("20-25C", "5-10K"), not a class."""


def read_numbered_letters(text: str) -> str:
    """Classes and forms named by numbers and a letter: 5-1A -> "five one eh" (a school
    sports class), 1-A -> "one eh", 1099-A -> "ten ninety-nine eh", each number said on
    its own and the letter by its name (espeak-ng says "one-A" as "one uh"); sections
    and plans with lettered parts: 401(k) -> "four oh one k", 501(c)(3) -> "five oh one c
    three".

    Needs a hyphen, so 4A, 9A and 10A (said "four A" already) are left as written.
    """
    if not _DIGIT.search(text) or ("-" not in text and "(" not in text):
        return text

    def spoken(match: re.Match[str]) -> str:
        numbers = match["numbers"].split("-")
        if (len(numbers) == 1 and not match["dash"]) or match["letter"] in _UNIT_LETTERS:
            return match.group(0)
        return " ".join([*(paired(part) for part in numbers), spell(match["letter"])])

    def subsections(match: re.Match[str]) -> str:
        parts = re.findall(r"[a-z]+|\d+", match["parts"])
        said = [cardinal(int(part)) if part.isdigit() else spell(part) for part in parts]
        return " ".join([paired(match["number"]), *said])

    text = _SUBSECTIONS.sub(subsections, text)
    return _NUMBERS_AND_LETTER.sub(spoken, text)


# --- acronyms --------------------------------------------------------------------------


_ACRONYM = re.compile(
    r"(?<![\w.'\u2019-])(?P<letters>[A-Z]{2,})(?P<plural>s?|['\u2019]s)(?![\w'\u2019]|-\w|\.\w)"
)
_DOTTED = re.compile(r"(?<![\w.])(?P<letters>(?:[A-Z]\.){1,}[A-Z])\.?(?!\w)")
_SHOUTED_WORD = re.compile(r"\b[A-Z]{2,}\b")
_WORD_TOKEN = re.compile(r"\b[^\W\d_]{2,}\b")
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}")
_DIGIT_AFTER = re.compile(r"\s?-?\d")
_PREFIXED = re.compile(
    r"(?<![\w.'\u2019-])(?P<prefix>[a-z]{1,2})(?P<letters>[A-Z]{2,})(?P<plural>s?)\b(?!['\u2019-])"
)
"""An initialism after one or two letters in lower case, all of it spelled: "mRNA",
"ssDNA", "iOS"."""


_SYLLABLES_OF_TWO = re.compile(r"[^aeiouy][aeiou][^aeiouy][aeiou]")
"""Four letters in two open syllables, consonant and vowel twice: "maga", "daca"."""


def _sayable(letters: str) -> bool:
    """Whether an all-capital word looks like one English speakers would say as a word."""
    word = letters.lower()
    if len(word) == 4 and _SYLLABLES_OF_TWO.fullmatch(word):  # MAGA, DACA: said as words
        return True
    if len(word) <= 4 or not re.search(r"[aeiouy]", word):
        return False
    onset = re.match(r"[^aeiouy]*", word).group(0)  # type: ignore[union-attr]
    return (not onset or onset in ONSETS) and not re.search(r"[^aeiouy]{3}", word[1:])


def said_as_word(letters: str, shouted: bool = False) -> bool:
    """Whether a word written in capitals is said as a word rather than spelled.

    The word list decides ("HALL", "SMITH", "NASA" words; "FBI" spelled); a word it does
    not know is said as a word only when long and pronounceable ("MUTAWAKKILI") or of four
    letters in two open syllables ("MAGA"), so "CDMA" is spelled. In ordinary text a
    capitalised word of two or three letters is an initialism even when the list knows a
    word so spelled ("US", "SEC", "MIT"); among other words in capitals ("IT WILL NOT
    WORK", `shouted`) it is a word too, and so is a short word of emphasis that is no
    initialism ("DO NOT drive", "NO to the bypass").
    """
    if letters in SAID_AS_WORDS or letters in EMPHASIS_WORDS:
        return True
    known = wordlist.said_as_word(letters)
    if known is None:
        return _sayable(letters)
    return known and (shouted or len(letters) > 3)


SPELLED = "\ufdd0"
"""Stands before a letter said by its name whose bare form espeak-ng misreads, while the
rules run (a Unicode noncharacter: no text has it). `heard_and_said` resolves it: the
heard form keeps the letter ("C I A"), the said form has its name ("C I eh")."""

_SPELLED_LETTER = re.compile(SPELLED + "(?P<letter>[" + "".join(LETTER_NAMES) + "])")


def spell(letters: str) -> str:
    """Letters one by one, each marked as a letter where espeak-ng could misread it:
    "CIA" -> "C I A", heard so and said "C I eh" (a lone "A" before a word is read as the
    article "uh")."""
    return " ".join(SPELLED + letter if letter in LETTER_NAMES else letter for letter in letters)


def _word_in_capitals(word: str) -> bool:
    word = word.strip(",.:;!?\"'()")
    return (
        len(word) > 2 and bool(_CAPITALS_WORD.fullmatch(word)) and bool(wordlist.said_as_word(word))
    )


_INITIAL = re.compile(
    r"(?:(?<=[A-Za-z\u00c0-\u024f'\u2019] )|(?<=[A-Za-z\u00c0-\u024f'\u2019], )|(?<=[A-Z]\. )"
    r"|^|(?<=^[\"'\u201c(]))(?P<letter>[A-Z])\."
    r"(?=[;,)]|\s\(|\s(?:[A-Z]\.\s)*(?P<next>[A-Z][a-z][\w'\u2019-]*)|\s*$)"
)
_NOT_A_NAME_AFTER = FUNCTION_WORDS | frozenset(
    "he she they we i you his her their our my then there here now yet".split()
)
"""Words after "Plan B." that open a new sentence rather than go on with a name."""


def read_initials(text: str) -> str:
    """An initial of a name is the letter without its full stop, which espeak-ng takes for
    a sentence's end (a 160 ms pause inside "John F. Kennedy"): "John F Kennedy",
    "George W Bush", "J R R Tolkien", "Brown, R Allen", "Beard, Jeremy A (2003)"; an
    initial A is marked as a letter (heard "A", said "eh").

    Only at the start or after a word (a name), and before another name, a bracket, a
    comma or semicolon;
    the stop stays where the letter is a label that may end a sentence ("Spain topped
    Group B. Italy was second", `LABELLED_BY_A_LETTER`), before a word that opens a
    sentence ("Plan B. Then it failed") and at the end."""
    if "." not in text:
        return text

    def initial(match: re.Match[str]) -> str:
        letter = SPELLED + "A" if match["letter"] == "A" else match["letter"]
        before = text[max(0, match.start() - 30) : match.start()].split()
        if before and before[-1].rstrip(",").lower() in LABELLED_BY_A_LETTER:
            return letter + "."
        following = match["next"]
        if following is None:
            ends = not text[match.end() :].strip()
            return letter + ("." if ends else "")
        return letter + ("." if following.lower() in _NOT_A_NAME_AFTER else "")

    return _INITIAL.sub(initial, text)


_LETTER_A = re.compile(r"(?<=[A-Za-z0-9] )A(?=\s[a-z]|\)|\s[-\u2013])|(?<=[a-z]-)A(?![\w'\u2019-])")


def read_letter_a(text: str) -> str:
    """A capital A inside a sentence before a word in lower case is the letter (said "eh"):
    "Plan A is ready", "a Type A personality", "Class A shares", "Q and A session", and
    after a word and a hyphen, "Triple-A baseball" (espeak-ng reads it as the article
    "uh"). A name's initial A is `read_initials`'.

    Not after a colon, quote or full stop, and not before a capitalised word, where it
    is the article of a title ("the film A Star Is Born", "MAR: A Model")."""
    if "A" not in text:
        return text
    return _LETTER_A.sub(SPELLED + "A", text)


_DATELINE = re.compile(
    r"^[\"'(\u201c]?(?P<place>[A-Z][A-Z'\u2019.-]*(?:\s[A-Z][A-Z'\u2019.-]*)*)"
    r"(?=,\s|\s?[\u2014\u2013]|\s-{1,2}\s|\s\()"
)
"""A dateline: the place in capitals that opens a news story ("FOXLEY BAY, Kenya (AP) —",
"KHARKIV —")."""


_INITIAL_AFTER = re.compile(r",\s[A-Z]\.")
"""An initial after a word in capitals and a comma: the word is a surname ("LEE, J.")."""


def _dateline_end(text: str) -> int:
    """Where the place of a dateline opening `text` ends (0 for none): a place of several
    words, or of one word of four letters or more ("US, China agree" is no dateline)."""
    found = _DATELINE.match(text)
    if not found:
        return 0
    place = found["place"]
    return found.end() if " " in place or len(place) >= 4 else 0


def read_acronyms(text: str) -> str:
    """BBC -> "B B C", U.N. -> "U N", CHEK -> "C H E K", NGOs -> "N G O's", CIA -> "C I
    eh"; words in capitals said as words are left as written ("NATO", "HALL OF FAME",
    "DEAR READER"), each word decided on its own by `said_as_word`, in the light of
    whether the text around it is in capitals too. The place of a dateline is words
    ("FOXLEY BAY, Kenya", "KHARKIV —"), left to the engine, which reads unknown names
    and spells what it cannot say; only a known initialism in it is spelled. So is a
    surname in capitals before an initial ("KIM, Y. (2019)")."""
    if "." in text:
        text = _DOTTED.sub(lambda m: spell(m["letters"].replace(".", "")), text)
    if not _CAPITALS_WORD.search(text):  # no two capitals together: nothing more to spell
        return text
    words = _WORD_TOKEN.findall(text)
    capitals = len(_SHOUTED_WORD.findall(text))
    shouted = capitals >= 3 and capitals * 2 >= len(words)

    def acronym(match: re.Match[str]) -> str:
        letters, plural = match["letters"], match["plural"]
        if match.end() <= dateline and wordlist.said_as_word(letters) is not False:
            return match.group(0)
        if _INITIAL_AFTER.match(text, match.end()) and wordlist.said_as_word(letters):
            return match.group(0)  # a surname in a citation: "KIM, Y."
        beside = text[: match.start()].split()[-1:] + text[match.end() :].split()[:1]
        in_capitals = shouted or any(_word_in_capitals(word) for word in beside)
        numbered = (
            not in_capitals and len(letters) <= 4 and bool(_DIGIT_AFTER.match(text, match.end()))
        )
        if letters in SAID_AS_WORDS or (not numbered and said_as_word(letters, in_capitals)):
            return match.group(0)
        return spell(letters) + ("'s" if plural else "")  # plural or possessive: said alike

    text = _PREFIXED.sub(
        lambda m: (
            m.group(0)
            if said_as_word(m["letters"])
            else spell(m["prefix"] + m["letters"]) + ("'s" if m["plural"] else "")
        ),
        text,
    )
    dateline = _dateline_end(text)
    return _ACRONYM.sub(acronym, text)


# --- symbols and plain numbers ---------------------------------------------------------

_SYMBOLS = [
    ("&", re.compile(r"\s?&\s?"), " and "),
    ("+", re.compile(r"(?<=\d)\s?\+\s?(?=\d)"), " plus "),
    ("+", re.compile(r"(?<=\d)\+(?!\w)"), " plus"),
    ("+", re.compile(r"(?<![\w+])\+(?=\d)"), "plus "),
    ("+", re.compile(r"\b(?P<grade>[A-F])\+(?![\w+])"), r"\g<grade> plus"),
    ("\u00a7", re.compile(r"\u00a7\s?"), "section "),
    ("", re.compile(r"(?<=\d)\s?[x\u00d7]\s?(?=\d)"), " by "),
    (
        "",
        re.compile(
            r"\b(?P<unit>feet|foot|inches|inch|meters|meter|centimeters|yards)\s[x\u00d7]\s(?=\d)"
        ),
        r"\g<unit> by ",
    ),
    ("=", re.compile(r"\s?=\s?"), " equals "),
    ("/", re.compile(r"(?<=[A-Za-z])/(?=[A-Za-z])"), " "),
]
"""(a character the text must hold, the pattern, its reading): the character is a quick
look that spares most text the search."""


def read_symbols(text: str) -> str:
    """& -> "and", § -> "section", 2 + 2 -> "2 plus 2", 4x4 -> "4 by 4", = -> "equals",
    and/or -> "and or", (+4.2%) -> "(plus 4.2%)", an A+ -> "an A plus". Leaves symbols it
    has no reading for to the engine (a slash between spaces, "product / service", is said
    "slash")."""
    for needle, pattern, spoken in _SYMBOLS:
        if needle in text:
            text = pattern.sub(spoken, text)
    return text


_PLAIN_NUMBER = re.compile(
    r"(?<![\w.,])(?P<number>[-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?![\w]|[.,]\d)"
)


_CALIBER = re.compile(r"\.(?P<digits>[1-9]\d{1,2})(?=\s[A-Za-z]|-[a-z])")
"""A bare decimal of two or three digits before a word: a caliber (".22 rifle") or a
sports average (".300 hitter"), said as a whole number (the pattern starts with the point,
which keeps the search fast; what stands before it is checked after)."""


_VERSION = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{1,3}){2,3}(?![\w]|\.\d)")
"""A version number of three or four parts ("iOS 17.2.1"), read part by part."""


def read_numbers(text: str) -> str:
    """Every number left is read as a quantity: 5,000 -> "five thousand", 107.2 ->
    "one hundred seven point two", -4 -> "minus four"; a caliber or an average written
    with a bare point before a word is a whole number: ".22 rifle" -> "twenty-two rifle",
    ".300 hitter" -> "three hundred hitter" (but "p < .05" stays a decimal); a version
    18.3.15 -> "eighteen point three point fifteen". Numbers joined to letters (G7, A380)
    are left to the engine."""
    if not _DIGIT.search(text):
        return text

    def caliber(match: re.Match[str]) -> str:
        before = text[match.start() - 1 : match.start()]
        if before and (before.isalnum() or before in "_.,<>="):
            return match.group(0)
        return cardinal(int(match["digits"]))

    text = _CALIBER.sub(caliber, text)
    if text.count(".") >= 2:
        text = _VERSION.sub(
            lambda m: " point ".join(cardinal(int(part)) for part in m.group(0).split(".")), text
        )
    return _PLAIN_NUMBER.sub(lambda m: number(m["number"]), text)


_DASH = re.compile(r"\s*\u2014\s*")


def pause_at_dashes(text: str) -> str:
    """An em dash between words is a pause: "yes — no" -> "yes, no"."""
    return _DASH.sub(", ", text)


RULES: Sequence[Rule] = (
    drop_markup_symbols,
    read_web_addresses,
    read_iso_dates,
    read_numeric_dates,
    read_durations,
    read_times,
    read_digit_strings,
    read_places_and_references,
    split_words_from_numbers,
    read_star_ratings,
    read_model_numbers,
    read_numbered_letters,
    read_scale_words,
    regroup_indian_numbers,
    read_money,
    read_percentages,
    read_measures,
    read_dates,
    read_day_and_month_ranges,
    read_decades,
    read_plural_numbers,
    read_years,
    read_ranges,
    read_fractions,
    read_streets,
    read_ordinals,
    read_roman_numerals,
    read_abbreviations,
    read_acronyms,
    read_initials,
    read_symbols,
    read_letter_a,
    read_numbers,
    pause_at_dashes,
    collapse_spaces,
)


def day_first_in(article: str) -> bool | None:
    """What an article's own dates in figures say of their order: True when one has a
    first part over 12 (25/12/2026) and none a second part over 12, False for the
    opposite, None when they do not tell (or contradict each other)."""
    day_first = month_first = False
    for match in _NUMERIC_DATE.finditer(article):
        first, second = int(match["first"]), int(match["second"])
        day_first |= first > 12 >= second
        month_first |= second > 12 >= first
    return day_first if day_first != month_first else None


def rules_for(locale: str = "en-US", article: str = "") -> Sequence[Rule]:
    """`RULES` for a locale: the same rules, with dates in figures read day first where
    the locale writes them so, or where the `article`'s own dates show that order
    (`day_first_in`), which wins over the locale. Raises ValueError for a locale not in
    `LOCALES`."""
    if locale not in LOCALES:
        raise ValueError(f"unknown locale {locale!r}: one of {', '.join(LOCALES)}")
    evident = day_first_in(article) if article else None
    day_first = locale in DAY_FIRST_LOCALES if evident is None else evident
    if not day_first:
        return RULES
    return tuple(
        read_numeric_dates_day_first if rule is read_numeric_dates else rule for rule in RULES
    )


TYPOGRAPHY_RULES: Sequence[Rule] = (drop_markup_symbols, pause_at_dashes, collapse_spaces)
"""What other languages than English get: the voice reads their numbers, dates and
abbreviations by its own language's rules."""


def heard_and_said(
    text: str,
    rules: Sequence[Rule] = RULES,
    lexicon: Lexicon | None = None,
    language: str | None = None,
) -> tuple[str, str]:
    """Apply the lexicon, then `rules` in order; return the text in words as a listener
    hears it (a transcript: "seven a m at the F D A") and the same words as handed to the
    engine, each spelled letter espeak-ng could misread by its name ("seven eh m at the
    F D eh"). The two differ in nothing else.

    A lexicon's readings are kept out of the rules' reach and come out as written. The
    rules read English: for a `language` other than English ("fr", "pt-BR") only
    `TYPOGRAPHY_RULES` apply, never English number words inside a French sentence.
    """
    if language is not None and language.lower().replace("_", "-").split("-")[0] != "en":
        rules = TYPOGRAPHY_RULES
    if SPELLED in text:
        text = text.replace(SPELLED, "")
    readings: list[str] = []
    if lexicon:
        text, readings = lexicon.mark(text)
    for rule in rules:
        text = rule(text)
    text = Lexicon.unmark(text, readings)
    if SPELLED not in text:
        return text, text
    return text.replace(SPELLED, ""), said(text)


def said(marked: str) -> str:
    """`marked` (what the rules made) as handed to the engine: each spelled letter by the
    name espeak-ng cannot misread."""
    return _SPELLED_LETTER.sub(lambda found: LETTER_NAMES[found["letter"]], marked)


def speakable(
    text: str,
    rules: Sequence[Rule] = RULES,
    lexicon: Lexicon | None = None,
    language: str | None = None,
) -> str:
    """The text to hand to the engine (the said form of `heard_and_said`)."""
    return heard_and_said(text, rules, lexicon, language)[1]


def has_words(text: str) -> bool:
    """True when the text has a letter or digit of any script: something to say."""
    return any(ch.isalnum() for ch in text)
