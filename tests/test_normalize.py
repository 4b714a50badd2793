from __future__ import annotations

import pytest

from narrate.normalize import (
    collapse_spaces,
    drop_markup_symbols,
    has_words,
    read_dates,
    read_decades,
    read_money,
    read_ordinals,
    read_percentages,
    read_years,
    speakable,
)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("*bold* and _under_", " bold  and  under "),
        ("a | b", "a   b"),
        ("<b>tag</b>", " b tag /b "),
        ("3.5% of $10, (yes)!", "3.5% of $10, (yes)!"),
    ],
)
def test_drop_markup_symbols(written: str, spoken: str) -> None:
    assert drop_markup_symbols(written) == spoken


def test_collapse_spaces() -> None:
    assert collapse_spaces("  a \n b\t c  ") == "a b c"


def test_speakable_runs_rules_in_order() -> None:
    assert speakable("  **Hello**   world ") == "Hello world"
    assert speakable("abc", rules=[str.upper, lambda t: t + "!"]) == "ABC!"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("word", True),
        ("42", True),
        ("\u0645\u0631\u062d\u0628\u0627", True),
        ("... !!", False),
        ("\U0001f389\U0001f389", False),
        ("", False),
    ],
)
def test_has_words(text: str, expected: bool) -> None:
    assert has_words(text) is expected


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Jun 29, 2011", "June twenty-ninth, 2011"),
        ("on Nov. 24 it", "on November twenty-fourth it"),
        ("Sept. 3", "September third"),
        ("March 3rd", "March third"),
        ("16 August 1987", "the sixteenth of August 1987"),
        ("1 March", "the first of March"),
        ("in March 2014", "in March 2014"),  # no day: left to read_years
        ("May I come?", "May I come?"),
        ("June 4.5 percent", "June 4.5 percent"),
    ],
)
def test_read_dates(written: str, spoken: str) -> None:
    assert read_dates(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("the 1990s", "the nineteen nineties"), ("the '60s", "the sixties"),
     ("2000s", "two thousands"), ("150s", "150s")],
)  # fmt: skip
def test_read_decades(written: str, spoken: str) -> None:
    assert read_decades(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("in 1998.", "in nineteen ninety-eight."),
        ("(2005)", "(two thousand five)"),
        ("1994-2000", "nineteen ninety-four to two thousand"),
        ("1994 \u2013 2000", "nineteen ninety-four to two thousand"),
        ("5,000 people", "5,000 people"),
        ("2015.5", "2015.5"),
        ("$2015", "$2015"),
        ("2015%", "2015%"),
        ("12345", "12345"),
        ("10:30", "10:30"),
        ("999 and 2100", "999 and 2100"),
    ],
)
def test_read_years(written: str, spoken: str) -> None:
    assert read_years(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("the 21st century", "the twenty-first century"), ("2nd", "second"), ("3rd", "third"),
     ("11th", "eleventh"), ("1st-place", "first-place"), ("21 st", "21 st")],
)  # fmt: skip
def test_read_ordinals(written: str, spoken: str) -> None:
    assert read_ordinals(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("12.5%", "12.5 percent"), ("40 %", "40 percent"), ("100% sure", "100 percent sure")],
)
def test_read_percentages(written: str, spoken: str) -> None:
    assert read_percentages(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("$4.5 million", "4.5 million dollars"),
        ("$1.2bn", "1.2 billion dollars"),
        ("\u00a350m", "50 million pounds"),
        ("US$5", "5 dollars"),
        ("$ 10 million", "10 million dollars"),
        ("$1", "1 dollar"),
        ("\u20ac3.50", "3 euros fifty"),
        ("$10,000,", "10,000 dollars,"),
        ("$ alone", "$ alone"),
    ],
)
def test_read_money(written: str, spoken: str) -> None:
    assert read_money(written) == spoken


def test_speakable_reads_a_news_sentence() -> None:
    assert speakable("Repairs cost $4.5 million, 12% more than in 1998, on Nov. 24.") == (
        "Repairs cost 4.5 million dollars, 12 percent more than in nineteen ninety-eight, "
        "on November twenty-fourth."
    )
