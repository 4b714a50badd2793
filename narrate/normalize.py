"""Spoken forms: small pure rules turning written text into what the engine should say.

`speakable` applies `RULES` in order. Each rule is a `str -> str` function that never
removes a word: what it cannot read better it leaves as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .lexicon import Lexicon
from .numbers import cardinal, decade, digits, number, ordinal, year
from .readings import (
    CURRENCIES,
    DENOMINATORS,
    MONARCHS,
    MONEY_SCALES,
    MONTHS,
    NUMBER_WORDS,
    NUMBERED_BY,
    ONSETS,
    SAID_AS_WORDS,
    SPOKEN_SLASHES,
    STREETS,
    TIME_ZONES,
    TITLES,
    TITLES_WITHOUT_DOT,
    UNITS,
    UNITS_ATTACHED_ONLY,
    UNITS_SPACED_ONLY,
    VULGAR_FRACTIONS,
    WORDS,
)

Rule = Callable[[str], str]

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
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.,]?\d)")
_DAY_MONTH = re.compile(r"\b(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+" + _MONTH + r"\b")
_MONTH_BEFORE_YEAR = re.compile(
    r"\b(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=,?\s+\d{4}\b)"
)


def _month_name(written: str) -> str:
    key = written.rstrip(".").lower()
    return MONTHS.get(key[:3], written)


def read_dates(text: str) -> str:
    """Say the day of a date as an ordinal: "Nov. 24" -> "November twenty-fourth",
    "24 November" -> "the twenty-fourth of November". The year is left to `read_years`.

    Needs a day number beside the month, so "May I come?" and "in March 2014" are left alone.
    """
    text = _MONTH_DAY.sub(lambda m: f"{_month_name(m['month'])} {ordinal(int(m['day']))}", text)
    text = _MONTH_BEFORE_YEAR.sub(lambda m: _month_name(m["month"]), text)
    return _DAY_MONTH.sub(
        lambda m: f"the {ordinal(int(m['day']))} of {_month_name(m['month'])}", text
    )


_DECADE = re.compile(r"\b(?P<year>1[1-9]\d0|20\d0)s\b|(?<![\w'])'(?P<short>\d0)s\b")


def read_decades(text: str) -> str:
    """1990s -> "nineteen nineties", '90s -> "nineties"."""

    def spoken(match: re.Match[str]) -> str:
        if match["year"]:
            return decade(int(match["year"]))
        return decade(1900 + int(match["short"])).split(" ", 1)[1]

    return _DECADE.sub(spoken, text)


_YEAR = re.compile(r"(?<![\d$£€.,:/-])\b(?P<year>1[1-9]\d\d|20\d\d)\b(?![.,:/-]?\d|\s?%)")
_YEAR_RANGE = re.compile(
    r"\b(?P<start>1[1-9]\d\d|20\d\d)\s?[-\u2013/]\s?(?P<end>1[1-9]\d\d|20\d\d|\d\d)\b"
    r"(?![-\u2013/.,:]\d)"
)


def _year_range(match: re.Match[str]) -> str:
    start, end = int(match["start"]), match["end"]
    if len(end) == 2:
        if int(end) == (start + 1) % 100:
            second = cardinal(int(end))
            return f"{year(start)} {'oh ' + second if end[0] == '0' else second}"
        return f"{year(start)} to {year(start // 100 * 100 + int(end))}"
    return f"{year(start)} to {year(int(end))}"


def read_years(text: str) -> str:
    """A lone four-digit number from 1100 to 2099 is read as a year ("twenty fifteen").

    Ranges: 1994-2000 -> "nineteen ninety-four to two thousand", a season 2014-15 ->
    "twenty fourteen fifteen", 1990-95 -> "nineteen ninety to nineteen ninety-five".
    Will not touch numbers with separators (5,000), decimals, money or percentages;
    a count such as "1700 youth" is read as a year too (the usual case in news text).
    """
    text = _YEAR_RANGE.sub(_year_range, text)
    return _YEAR.sub(lambda m: year(int(m["year"])), text)


_ORDINAL = re.compile(r"\b(?P<number>\d+)(?:st|nd|rd|th)\b")


def read_ordinals(text: str) -> str:
    """21st -> "twenty-first"."""
    return _ORDINAL.sub(lambda m: ordinal(int(m["number"])), text)


_PERCENT = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s?%")


def read_percentages(text: str) -> str:
    """12.5% -> "12.5 percent" (the number itself is left to the engine)."""
    return _PERCENT.sub(lambda m: f"{m['number']} percent", text)


_MONEY = re.compile(
    r"(?:US|(?<![\w.]))(?P<symbol>[$£€¥₹]|Rs\.?)\s?(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|trillion|bn|m|k)\b)?"
)


def read_money(text: str) -> str:
    """$4.5 million -> "4.5 million dollars", £50m -> "50 million pounds",
    $1 -> "1 dollar", €3.50 -> "3 euros fifty". Will not touch a symbol without a number."""

    def spoken(match: re.Match[str]) -> str:
        one, many = CURRENCIES[match["symbol"]]
        amount, scale = match["amount"], match["scale"]
        if scale:
            return f"{amount} {MONEY_SCALES.get(scale, scale)} {many}"
        whole, _, cents = amount.partition(".")
        unit = one if whole == "1" else many
        if len(cents) == 2 and cents != "00":
            return f"{whole} {unit} {cardinal(int(cents))}"
        return f"{amount} {unit}"

    return _MONEY.sub(spoken, text)


# --- web addresses ---------------------------------------------------------------------

_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"'()]*[^\s<>\"'().,;:!?]"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|io|info|news|co\.uk|org\.uk)"
    r"(?:/[^\s<>\"'()]*[^\s<>\"'().,;:!?])?\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b")
_HANDLE = re.compile(r"(?<![\w@.])@(?=[A-Za-z_]\w)")
_HASHTAG = re.compile(r"(?<![\w&#])#(?=[A-Za-z])")


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
    spoken = " dot ".join(_say_address_part(part) for part in host.split(".") if part)
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

    text = _EMAIL.sub(email, text)
    text = _URL.sub(lambda m: _say_host_and_path(m.group(0)), text)
    text = _LINK_WITH_PATH.sub(lambda m: _say_host_and_path(m.group(0)), text)
    text = _HANDLE.sub("at ", text)
    return _HASHTAG.sub("hashtag ", text)


# --- dates and times -------------------------------------------------------------------

_MONTH_NAMES = list(MONTHS.values())
_ISO_DATE = re.compile(
    r"\b(?P<year>1[5-9]\d\d|20\d\d)-(?P<month>0?[1-9]|1[0-2])-(?P<day>0?[1-9]|[12]\d|3[01])\b"
    r"(?![-\d])"
)


def read_iso_dates(text: str) -> str:
    """2026-11-24 -> "the twenty-fourth of November twenty twenty-six"."""
    return _ISO_DATE.sub(
        lambda m: (
            f"the {ordinal(int(m['day']))} of {_MONTH_NAMES[int(m['month']) - 1]} "
            f"{year(int(m['year']))}"
        ),
        text,
    )


_AM_PM = r"(?P<half>[aApP])\.?\s?[mM](?:\.|\b)"
_CLOCK = re.compile(
    r"(?<![\d:.,$£€])\b(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\b(?![:.,]\d)"
    rf"(?:\s?{_AM_PM})?(?:\s(?P<zone>{TIME_ZONES})\b)?"
)
_HOUR = re.compile(
    rf"(?<![\d:.,$£€])\b(?P<hour>1[0-2]|0?[1-9])\s?{_AM_PM}(?:\s(?P<zone>{TIME_ZONES})\b)?"
)


def _say_time(hour: int, minute: int, half: str | None, zone: str | None) -> str:
    if half:
        words = cardinal(hour)
        if minute:
            words += f" {'oh ' if minute < 10 else ''}{cardinal(minute)}"
        words += f" {half.lower()} m"
    elif minute == 0:
        words = (
            f"{cardinal(hour)} hundred" if hour > 12 or hour == 0 else f"{cardinal(hour)} o'clock"
        )
    else:
        words = f"{cardinal(hour)} {'oh ' if minute < 10 else ''}{cardinal(minute)}"
    if zone:
        words += " " + " ".join(zone)
    return words


def read_times(text: str) -> str:
    """3:30 p.m. ET -> "three thirty p m E T", 15:00 GMT -> "fifteen hundred G M T",
    10am -> "ten a m", 9:05 -> "nine oh five".

    A dotted time (3.30) is read only with a.m. or p.m. after it; without, it is a decimal.
    """

    def clock(match: re.Match[str]) -> str:
        if ":" not in match.group(0) and not match["half"]:
            return match.group(0)
        hour, minute = int(match["hour"]), int(match["minute"])
        if match["half"] and not 1 <= hour <= 12:
            return match.group(0)
        return _say_time(hour, minute, match["half"], match["zone"])

    text = _CLOCK.sub(clock, text)
    return _HOUR.sub(lambda m: _say_time(int(m["hour"]), 0, m["half"], m["zone"]), text)


# --- measures --------------------------------------------------------------------------


_UNIT = "|".join(re.escape(unit) for unit in sorted(UNITS, key=len, reverse=True))
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_MEASURE = re.compile(
    rf"(?<![\w.,])(?P<number>{_NUMBER})(?P<space>\s?)(?P<unit>{_UNIT})(?![\w\u00b2/])"
)
_PER_UNIT = re.compile(rf"(?<=\d)\s?/\s?(?P<unit>{_UNIT})(?![\w\u00b2])")
_SCALE_SUFFIX = re.compile(r"(?<![\w.,])(?P<number>\d+\.\d+|\d+)(?P<scale>bn|m)\b")


def read_measures(text: str) -> str:
    """10km -> "10 kilometers", 1 mph -> "1 mile per hour", 70°F -> "70 degrees
    Fahrenheit", 381.2/km² -> "381.2 per square kilometer", 1.2m -> "1.2 million".

    The number is left to `read_numbers`. A unit letter after a space that could be a word
    ("5 C", "4 L" in "4 L-shaped") is read only where the table says it is safe.
    """

    def per(match: re.Match[str]) -> str:
        return f" per {UNITS[match['unit']][0]}"

    def measure(match: re.Match[str]) -> str:
        unit, spaced = match["unit"], bool(match["space"])
        if (spaced and unit in UNITS_ATTACHED_ONLY) or (not spaced and unit in UNITS_SPACED_ONLY):
            return match.group(0)
        one, many = UNITS[unit]
        return f"{match['number']} {one if match['number'] == '1' else many}"

    text = _PER_UNIT.sub(per, text)
    text = _MEASURE.sub(measure, text)
    return _SCALE_SUFFIX.sub(
        lambda m: (
            f"{m['number']} {'billion' if m['scale'] == 'bn' else 'million'}"
            if m["scale"] == "bn" or "." in m["number"]
            else m.group(0)
        ),
        text,
    )


# --- ranges, scores, fractions, digit strings ------------------------------------------

_PHONE = re.compile(
    r"(?<![\w.,-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])?\d{3}[.-]\d{4}(?![\w-]|[.,]\d)"
)
_ISBN = re.compile(r"\b(?P<label>ISBN(?:-1[03])?:?)\s?(?P<code>[\dX][\d\sX-]{8,16}[\dX])\b")
_SERIAL = re.compile(r"(?<![\w.,])0\d{2,}(?:-\d+)*(?![\w.,]?\d)")


def read_digit_strings(text: str) -> str:
    """Phone numbers, ISBNs and numbers with a leading zero are read digit by digit:
    555-0142 -> "five five five, zero one four two", 007 -> "oh oh seven"."""

    def grouped(written: str) -> str:
        groups = re.findall(r"\d+", written)
        return ", ".join(digits(group, zero="oh") for group in groups)

    def one_by_one(written: str) -> str:
        return " ".join(
            "X" if ch == "X" else digits(ch, zero="oh") for ch in written if ch.isalnum()
        )

    text = _PHONE.sub(lambda m: grouped(m.group(0)), text)
    text = _ISBN.sub(lambda m: f"I S B N {one_by_one(m['code'])}", text)
    return _SERIAL.sub(lambda m: one_by_one(m.group(0)), text)


_RANGE = re.compile(
    rf"(?<![\w.,/:-])(?P<first>{_NUMBER})(?P<rest>(?:\s?[-\u2013]\s?{_NUMBER})+)(?![\w/:]|[-\u2013.,]\d)"
)


def read_ranges(text: str) -> str:
    """10-12 -> "10 to 12", 3–1 -> "3 to 1", 49-30-4 -> "49, 30, 4"."""

    def spoken(match: re.Match[str]) -> str:
        numbers = [match["first"], *re.findall(_NUMBER, match["rest"])]
        return " to ".join(numbers) if len(numbers) == 2 else ", ".join(numbers)

    return _RANGE.sub(spoken, text)


_FRACTION = re.compile(
    r"(?<![\w/.,-])(?:(?P<whole>\d+)(?:\s|(?=[\u00bc-\u00be\u2153-\u215e])))?"
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
    "sixteen fifths". Dates (11/24/2026), 24/7 and 9/11 are not fractions."""

    def spoken(match: re.Match[str]) -> str:
        if match["glyph"]:
            top, bottom = VULGAR_FRACTIONS.get(match["glyph"], (0, 0))
        else:
            said = SPOKEN_SLASHES.get((match["top"], match["bottom"]))
            if said and not match["whole"]:
                return said
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
_NUMBERED = re.compile(rf"\b(?P<label>{NUMBERED_BY})\s(?P<roman>{_ROMAN})\b(?!['\u2019]\w|-)")
_REGNAL = re.compile(
    rf"\b(?P<name>(?:{MONARCHS})|[A-Z][a-z]+)\s(?P<roman>{_ROMAN})\b(?!['\u2019](?!s\b)\w|-|\.\w)"
)
_ROMAN_SINGLE_ALLOWED = re.compile(rf"(?:{MONARCHS})")


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

    A lone I, V or X is a numeral only after a monarch's name or a label such as
    "Chapter", so "I", "Malcolm X" and "vitamin C" stay as written.
    """

    def numbered(match: re.Match[str]) -> str:
        if not match["roman"]:
            return match.group(0)
        return f"{match['label']} {cardinal(roman_value(match['roman']))}"

    def regnal(match: re.Match[str]) -> str:
        roman, name = match["roman"], match["name"]
        if not roman or "L" in roman or "C" in roman:
            return match.group(0)
        if len(roman) == 1 and not _ROMAN_SINGLE_ALLOWED.fullmatch(name):
            return match.group(0)
        return f"{name} the {ordinal(roman_value(roman))}"

    text = _NUMBERED.sub(numbered, text)
    return _REGNAL.sub(regnal, text)


# --- abbreviations ---------------------------------------------------------------------

_TITLE = re.compile(
    r"\b(?P<title>" + "|".join(TITLES) + r"|st)(?P<dot>\.?)\s+(?=[A-Z\ue000-\uf8ff])"
)
_STREET = re.compile(
    r"\b(?P<before>[A-Z][\w'-]*|\d+(?:st|nd|rd|th)?) (?P<kind>"
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


def read_abbreviations(text: str) -> str:
    """Mr. -> "Mister", Gen. -> "General", St. Louis -> "Saint Louis", Main St. ->
    "Main Street", No. 10 -> "number 10", #1 -> "number 1", vs. -> "versus", etc. -> "et
    cetera".

    Titles are expanded only before a capitalized name; a sentence's final period stays.
    """

    def title(match: re.Match[str]) -> str:
        name = match["title"]
        if name == "st":
            name = "St"
        if not match["dot"] and name not in TITLES_WITHOUT_DOT:
            return match.group(0)
        return TITLES[name] + " "

    def word(match: re.Match[str]) -> str:
        written = match.group(0)
        return WORDS[match["word"]] + (
            "." if written.endswith(".") and match["word"] == "etc" else ""
        )

    def number_word(match: re.Match[str]) -> str:
        return ("number" if match["hash"] else NUMBER_WORDS[match["word"]]) + " "

    text = _STREET.sub(lambda m: f"{m['before']} {STREETS[m['kind']]}", text)
    text = _TITLE.sub(title, text)
    text = _NUMBER_WORD.sub(number_word, text)
    return _WORD.sub(word, text)


# --- acronyms --------------------------------------------------------------------------


_ACRONYM = re.compile(
    r"(?<![\w.'\u2019-])(?P<letters>[A-Z]{2,})(?P<plural>s?)(?![\w'\u2019]|-\w|\.\w)"
)
_DOTTED = re.compile(r"(?<![\w.])(?P<letters>(?:[A-Z]\.){1,}[A-Z])\.?(?!\w)")
_SHOUTED_WORD = re.compile(r"\b[A-Z]{2,}\b")
_WORD_TOKEN = re.compile(r"\b[^\W\d_]{2,}\b")


def _sayable(letters: str) -> bool:
    """Whether an all-capital word looks like one English speakers would say as a word."""
    word = letters.lower()
    if len(word) <= 4 or not re.search(r"[aeiouy]", word):
        return False
    onset = re.match(r"[^aeiouy]*", word).group(0)  # type: ignore[union-attr]
    return (not onset or onset in ONSETS) and not re.search(r"[^aeiouy]{3}", word[1:])


def _spell(letters: str) -> str:
    return " ".join(letters)


def read_acronyms(text: str) -> str:
    """BBC -> "B B C", U.N. -> "U N", CHEK -> "C H E K", NGOs -> "N G O's"; NATO and other
    words in `SAID_AS_WORDS`, long pronounceable ones (UNESCO-like) and text in capitals
    throughout (a shouted headline) are left for the engine to say as words."""
    words = _WORD_TOKEN.findall(text)
    shouted = len(_SHOUTED_WORD.findall(text))
    if shouted >= 3 and shouted * 2 >= len(words):
        return text

    def acronym(match: re.Match[str]) -> str:
        letters, plural = match["letters"], match["plural"]
        if letters in SAID_AS_WORDS or _sayable(letters):
            return match.group(0)
        return _spell(letters) + ("'s" if plural else "")

    text = _DOTTED.sub(lambda m: _spell(m["letters"].replace(".", "")), text)
    return _ACRONYM.sub(acronym, text)


# --- symbols and plain numbers ---------------------------------------------------------

_SYMBOLS = [
    (re.compile(r"\s?&\s?"), " and "),
    (re.compile(r"(?<=\d)\s?\+\s?(?=\d)"), " plus "),
    (re.compile(r"(?<=\d)\+(?!\w)"), " plus"),
    (re.compile(r"\u00a7\s?"), "section "),
    (re.compile(r"(?<=\d)\s?[x\u00d7]\s?(?=\d)"), " by "),
    (re.compile(r"\s?=\s?"), " equals "),
    (re.compile(r"(?<=[A-Za-z])/(?=[A-Za-z])"), " "),
    (re.compile(r"(?<=\s)/(?=\s)"), " "),
]


def read_symbols(text: str) -> str:
    """& -> "and", § -> "section", 2 + 2 -> "2 plus 2", 4x4 -> "4 by 4", = -> "equals",
    and/or -> "and or". Leaves symbols it has no reading for to the engine."""
    for pattern, spoken in _SYMBOLS:
        text = pattern.sub(spoken, text)
    return text


_PLAIN_NUMBER = re.compile(
    r"(?<![\w.,])(?P<number>[-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?![\w]|[.,]\d)"
)


def read_numbers(text: str) -> str:
    """Every number left is read as a quantity: 5,000 -> "five thousand", 107.2 ->
    "one hundred seven point two", -4 -> "minus four". Numbers joined to letters (G7,
    A380) are left to the engine."""

    return _PLAIN_NUMBER.sub(lambda m: number(m["number"]), text)


_DASH = re.compile(r"\s*\u2014\s*")


def pause_at_dashes(text: str) -> str:
    """An em dash between words is a pause: "yes — no" -> "yes, no"."""
    return _DASH.sub(", ", text)


RULES: Sequence[Rule] = (
    drop_markup_symbols,
    read_web_addresses,
    read_iso_dates,
    read_times,
    read_digit_strings,
    read_money,
    read_percentages,
    read_measures,
    read_dates,
    read_decades,
    read_years,
    read_ranges,
    read_fractions,
    read_ordinals,
    read_roman_numerals,
    read_abbreviations,
    read_acronyms,
    read_symbols,
    read_numbers,
    pause_at_dashes,
    collapse_spaces,
)


TYPOGRAPHY_RULES: Sequence[Rule] = (drop_markup_symbols, pause_at_dashes, collapse_spaces)
"""What other languages than English get: the voice reads their numbers, dates and
abbreviations by its own language's rules."""


def speakable(
    text: str,
    rules: Sequence[Rule] = RULES,
    lexicon: Lexicon | None = None,
    language: str | None = None,
) -> str:
    """Apply the lexicon, then `rules` in order, and return the text to hand to the engine.

    A lexicon's readings are kept out of the rules' reach and come out as written. The
    rules read English: for a `language` other than English ("fr", "pt-BR") only
    `TYPOGRAPHY_RULES` apply, never English number words inside a French sentence.
    """
    if language is not None and language.lower().replace("_", "-").split("-")[0] != "en":
        rules = TYPOGRAPHY_RULES
    readings: list[str] = []
    if lexicon:
        text, readings = lexicon.mark(text)
    for rule in rules:
        text = rule(text)
    return Lexicon.unmark(text, readings)


def has_words(text: str) -> bool:
    """True when the text has a letter or digit of any script: something to say."""
    return any(ch.isalnum() for ch in text)
