"""Number words for the spoken forms: cardinals, ordinals and years, American style.

Pure functions over non-negative integers; `num2words` supplies the words, these fix the
conventions a newsreader uses ("nineteen oh five", "two thousand five", no "and").
"""

from __future__ import annotations

from num2words import num2words

LONGEST_CARDINAL = 10**15
"""From here on a number is read digit by digit, as a newsreader would read an account
number, not as "one octononagintillion"."""


def cardinal(number: int) -> str:
    """5000 -> "five thousand", 165 -> "one hundred sixty-five"; from a quadrillion on,
    digit by digit."""
    if number >= LONGEST_CARDINAL:
        return digits(str(number))
    return str(num2words(number)).replace(" and ", " ").replace(",", "")


def ordinal(number: int) -> str:
    """21 -> "twenty-first"; from a quadrillion on, digit by digit."""
    if number >= LONGEST_CARDINAL:
        return digits(str(number))
    return str(num2words(number, to="ordinal")).replace(" and ", " ").replace(",", "")


def year(number: int) -> str:
    """A year as said aloud: 1984 "nineteen eighty-four", 1905 "nineteen oh five",
    1900 "nineteen hundred", 2005 "two thousand five", 2015 "twenty fifteen".

    Numbers outside 1000-2999 are read as cardinals.
    """
    if not 1000 <= number <= 2999:
        return cardinal(number)
    century, rest = divmod(number, 100)
    if 2000 <= number <= 2009 or number % 1000 == 0:
        return cardinal(number)
    if rest == 0:
        return f"{cardinal(century)} hundred"
    if rest < 10:
        return f"{cardinal(century)} oh {cardinal(rest)}"
    return f"{cardinal(century)} {cardinal(rest)}"


def decade(number: int) -> str:
    """The decade starting at `number`: 1990 -> "nineteen nineties", 2000 -> "two thousands"."""
    words = year(number)
    if words.endswith("y"):
        return words[:-1] + "ies"
    return words + "s"


_DIGIT_WORDS = "zero one two three four five six seven eight nine".split()


def digits(written: str, zero: str = "zero") -> str:
    """Each digit on its own: "090" -> "zero nine zero" (or "oh nine oh" with zero="oh").

    Characters other than digits are skipped.
    """
    return " ".join(zero if ch == "0" else _DIGIT_WORDS[int(ch)] for ch in written if ch.isdigit())


def number(written: str) -> str:
    """A written number as said aloud: "5,000" -> "five thousand", "-3.25" -> "minus three
    point two five", "07" -> "seven".

    Accepts digits with optional thousands commas, one decimal point and a leading minus
    or plus; raises ValueError for anything else.
    """
    sign = ""
    if written and written[0] in "-+\u2212":
        sign = "minus " if written[0] != "+" else "plus "
        written = written[1:]
    whole, point, fraction = written.replace(",", "").partition(".")
    if not (whole or fraction) or not (whole + fraction).isdigit():
        raise ValueError(f"not a number: {written!r}")
    words = cardinal(int(whole)) if whole else "zero"
    if point:
        words += " point " + digits(fraction)
    return sign + words
