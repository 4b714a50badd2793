from __future__ import annotations

import pytest

from narrate.numbers import cardinal, decade, digits, number, ordinal, paired, year


@pytest.mark.parametrize(
    ("number", "words"),
    [(0, "zero"), (7, "seven"), (165, "one hundred sixty-five"), (5000, "five thousand"),
     (1200, "one thousand two hundred"), (35000, "thirty-five thousand"),
     (10**15 - 1, "nine hundred ninety-nine trillion nine hundred ninety-nine billion nine "
      "hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine"),
     (10**15, "one " + "zero " * 14 + "zero"), (10**400, "one " + "zero " * 399 + "zero")],
)  # fmt: skip
def test_cardinal(number: int, words: str) -> None:
    assert cardinal(number) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [(1, "first"), (2, "second"), (3, "third"), (21, "twenty-first"), (112, "one hundred twelfth"),
     (10**400 + 2, "one " + "zero " * 399 + "two")],
)  # fmt: skip
def test_ordinal(number: int, words: str) -> None:
    assert ordinal(number) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (1984, "nineteen eighty-four"),
        (1905, "nineteen oh five"),
        (1900, "nineteen hundred"),
        (1868, "eighteen sixty-eight"),
        (2000, "two thousand"),
        (2005, "two thousand five"),
        (2010, "twenty ten"),
        (2015, "twenty fifteen"),
        (2026, "twenty twenty-six"),
        (1066, "ten sixty-six"),
        (999, "nine hundred ninety-nine"),
    ],
)
def test_year(number: int, words: str) -> None:
    assert year(number) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [(1990, "nineteen nineties"), (1960, "nineteen sixties"), (2000, "two thousands"),
     (1900, "nineteen hundreds"), (2010, "twenty tens")],
)  # fmt: skip
def test_decade(number: int, words: str) -> None:
    assert decade(number) == words


@pytest.mark.parametrize(
    ("written", "words"),
    [("090", "zero nine zero"), ("4-1", "four one"), ("", "")],
)
def test_digits(written: str, words: str) -> None:
    assert digits(written) == words


def test_digits_oh() -> None:
    assert digits("1905", zero="oh") == "one nine oh five"


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("5,000", "five thousand"),
        ("30,190,000", "thirty million one hundred ninety thousand"),
        ("107.2", "one hundred seven point two"),
        ("95.50", "ninety-five point five oh"),
        ("-3.25", "minus three point two five"),
        ("+4", "plus four"),
        ("07", "seven"),
        (".5", "zero point five"),
    ],
)
def test_number(written: str, words: str) -> None:
    assert number(written) == words


@pytest.mark.parametrize("written", ["", "-", "1.2.3", "abc", "1e5"])
def test_number_refuses_what_is_not_a_number(written: str) -> None:
    with pytest.raises(ValueError):
        number(written)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("350", "three fifty"),
        ("737", "seven thirty-seven"),
        ("900", "nine hundred"),
        ("305", "three oh five"),
        ("2020", "twenty twenty"),
        ("16", "sixteen"),
        ("07", "oh seven"),
        ("12345", "one two three four five"),
        ("", ""),
    ],
)
def test_paired(written: str, spoken: str) -> None:
    assert paired(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("2.05", "two point oh five"),
        ("4.0", "four point zero"),
        ("100.00", "one hundred point oh oh"),
    ],
)
def test_number_says_zero_decimals_as_oh(written: str, spoken: str) -> None:
    assert number(written) == spoken


def test_cardinals_and_ordinals_are_num2words_english_without_and() -> None:
    from num2words import num2words

    numbers = [*range(0, 1100), *range(1100, 10**6, 9973), 10**15 - 1]
    numbers += [10**k + d for k in range(3, 15) for d in (-1, 0, 1, 100, 1000, 10**k // 3)]
    for value in numbers:
        said = str(num2words(value)).replace(" and ", " ").replace(",", "")
        nth = str(num2words(value, to="ordinal")).replace(" and ", " ").replace(",", "")
        assert (cardinal(value), ordinal(value)) == (said, nth), value
