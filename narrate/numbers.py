"""Number words for the spoken forms: cardinals, ordinals and years, American style.

Pure functions over non-negative integers; `num2words` supplies the words, these fix the
conventions a newsreader uses ("nineteen oh five", "two thousand five", no "and").
"""

from __future__ import annotations

from num2words import num2words


def cardinal(number: int) -> str:
    """5000 -> "five thousand", 165 -> "one hundred sixty-five"."""
    return str(num2words(number)).replace(" and ", " ").replace(",", "")


def ordinal(number: int) -> str:
    """21 -> "twenty-first"."""
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
