from __future__ import annotations

import pytest

from narrate.normalize import collapse_spaces, drop_markup_symbols, has_words, speakable


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
