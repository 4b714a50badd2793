"""Number words for the spoken forms: cardinals, ordinals and years, American style.

Pure functions over non-negative integers, in the words `num2words` gives in English
(written out here: importing it took longer than a long article's numbers), with the
conventions a newsreader uses ("nineteen oh five", "two thousand five", no "and").
"""

from __future__ import annotations

LONGEST_CARDINAL = 10**15
"""From here on a number is read digit by digit, as a newsreader would read an account
number, not as "one octononagintillion"."""


def cardinal(number: int) -> str:
    """5000 -> "five thousand", 165 -> "one hundred sixty-five"; from a quadrillion on,
    digit by digit."""
    if number >= LONGEST_CARDINAL:
        return digits(str(number))
    if number < 0:
        from num2words import num2words

        return str(num2words(number)).replace(" and ", " ").replace(",", "")
    return _words(number)


def ordinal(number: int) -> str:
    """21 -> "twenty-first"; from a quadrillion on, digit by digit."""
    if number >= LONGEST_CARDINAL:
        return digits(str(number))
    if number < 0:
        from num2words import num2words

        return str(num2words(number, to="ordinal")).replace(" and ", " ").replace(",", "")
    head, _, last = _words(number).rpartition(" ")
    before, hyphen, word = last.rpartition("-")
    if word in _ORDINAL_WORDS:
        word = _ORDINAL_WORDS[word]
    else:
        word = (word[:-1] + "ie" if word.endswith("y") else word) + "th"
    return f"{head} {before}{hyphen}{word}" if head else f"{before}{hyphen}{word}"


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ("", " thousand", " million", " billion", " trillion")
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}  # fmt: skip


def _words(number: int) -> str:
    """0 <= number < 10**15 in words as num2words says it in English, less its "and"s and
    commas (its 56 languages took 14 ms to import, for these few words; the tests compare
    the two)."""
    if number == 0:
        return "zero"
    groups = []
    for scale in _SCALES:
        number, group = divmod(number, 1000)
        if group:
            hundreds, rest = divmod(group, 100)
            words = f"{_ONES[hundreds]} hundred" if hundreds else ""
            if rest:
                tens = _ONES[rest] if rest < 20 else _TENS[rest // 10]
                if rest >= 20 and rest % 10:
                    tens += "-" + _ONES[rest % 10]
                words = f"{words} {tens}" if words else tens
            groups.append(words + scale)
        if not number:
            break
    return " ".join(reversed(groups))


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
    point two five", "07" -> "seven", "2.05" -> "two point oh five" (a zero among the
    decimals is "oh", as an American newsreader says it; a lone "4.0" is "four point zero").

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
        words += " point " + digits(fraction, zero="zero" if fraction == "0" else "oh")
    return sign + words


def paired(written: str) -> str:
    """Digits of a name or model number as said in pairs: "350" -> "three fifty", "737"
    -> "seven thirty-seven", "900" -> "nine hundred", "305" -> "three oh five", "2020" ->
    "twenty twenty", "16" -> "sixteen", "07" -> "oh seven"; five digits and more one by
    one. Non-digits are skipped."""
    written = "".join(ch for ch in written if ch.isdigit())
    if not written:
        return ""
    if len(written) > 4:
        return digits(written)
    if written[0] == "0" and len(written) > 1:
        return "oh " + paired(written[1:])
    value = int(written)
    if len(written) <= 2:
        return cardinal(value)
    if len(written) == 3:
        head, rest = divmod(value, 100)
        if rest == 0:
            return f"{cardinal(head)} hundred"
        return f"{cardinal(head)} {'oh ' if rest < 10 else ''}{cardinal(rest)}"
    return year(value) if value < 3000 else cardinal(value)
