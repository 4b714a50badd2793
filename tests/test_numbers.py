from __future__ import annotations

import pytest

from narrate.numbers import cardinal, decade, ordinal, year


@pytest.mark.parametrize(
    ("number", "words"),
    [(0, "zero"), (7, "seven"), (165, "one hundred sixty-five"), (5000, "five thousand"),
     (1200, "one thousand two hundred"), (35000, "thirty-five thousand")],
)  # fmt: skip
def test_cardinal(number: int, words: str) -> None:
    assert cardinal(number) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [(1, "first"), (2, "second"), (3, "third"), (21, "twenty-first"), (112, "one hundred twelfth")],
)
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
