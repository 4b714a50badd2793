"""Spoken forms: small pure rules turning written text into what the engine should say.

`speakable` applies `RULES` in order. Each rule is a `str -> str` function that never
removes a word: what it cannot read better it leaves as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .numbers import cardinal, decade, ordinal, year

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


_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
    "jun": "June", "jul": "July", "aug": "August", "sep": "September",
    "oct": "October", "nov": "November", "dec": "December",
}  # fmt: skip
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.,]?\d)")
_DAY_MONTH = re.compile(r"\b(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+" + _MONTH + r"\b")


def _month_name(written: str) -> str:
    key = written.rstrip(".").lower()
    return _MONTHS.get(key[:3], written)


def read_dates(text: str) -> str:
    """Say the day of a date as an ordinal: "Nov. 24" -> "November twenty-fourth",
    "24 November" -> "the twenty-fourth of November". The year is left to `read_years`.

    Needs a day number beside the month, so "May I come?" and "in March 2014" are left alone.
    """
    text = _MONTH_DAY.sub(lambda m: f"{_month_name(m['month'])} {ordinal(int(m['day']))}", text)
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
    r"\b(?P<start>1[1-9]\d\d|20\d\d)\s?[-\u2013]\s?(?P<end>1[1-9]\d\d|20\d\d)\b"
)


def read_years(text: str) -> str:
    """A lone four-digit number from 1100 to 2099 is read as a year ("twenty fifteen").

    Will not touch numbers with separators (5,000), decimals, money or percentages;
    a count such as "1700 youth" is read as a year too (the usual case in news text).
    """
    text = _YEAR_RANGE.sub(lambda m: f"{year(int(m['start']))} to {year(int(m['end']))}", text)
    return _YEAR.sub(lambda m: year(int(m["year"])), text)


_ORDINAL = re.compile(r"\b(?P<number>\d+)(?:st|nd|rd|th)\b")


def read_ordinals(text: str) -> str:
    """21st -> "twenty-first"."""
    return _ORDINAL.sub(lambda m: ordinal(int(m["number"])), text)


_PERCENT = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s?%")


def read_percentages(text: str) -> str:
    """12.5% -> "12.5 percent" (the number itself is left to the engine)."""
    return _PERCENT.sub(lambda m: f"{m['number']} percent", text)


_CURRENCIES = {"$": ("dollar", "dollars"), "£": ("pound", "pounds"), "€": ("euro", "euros")}
_SCALES = {"m": "million", "bn": "billion", "k": "thousand"}
_MONEY = re.compile(
    r"(?:US)?(?P<symbol>[$£€])\s?(?P<amount>\d+(?:,\d{3})*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|billion|trillion|bn|m|k)\b)?"
)


def read_money(text: str) -> str:
    """$4.5 million -> "4.5 million dollars", £50m -> "50 million pounds",
    $1 -> "1 dollar", €3.50 -> "3 euros fifty". Will not touch a symbol without a number."""

    def spoken(match: re.Match[str]) -> str:
        one, many = _CURRENCIES[match["symbol"]]
        amount, scale = match["amount"], match["scale"]
        if scale:
            return f"{amount} {_SCALES.get(scale, scale)} {many}"
        whole, _, cents = amount.partition(".")
        unit = one if whole == "1" else many
        if len(cents) == 2 and cents != "00":
            return f"{whole} {unit} {cardinal(int(cents))}"
        return f"{amount} {unit}"

    return _MONEY.sub(spoken, text)


RULES: Sequence[Rule] = (
    drop_markup_symbols,
    read_money,
    read_percentages,
    read_dates,
    read_decades,
    read_years,
    read_ordinals,
    collapse_spaces,
)


def speakable(text: str, rules: Sequence[Rule] = RULES) -> str:
    """Apply `rules` in order and return the text to hand to the engine."""
    for rule in rules:
        text = rule(text)
    return text


def has_words(text: str) -> bool:
    """True when the text has a letter or digit of any script: something to say."""
    return any(ch.isalnum() for ch in text)
