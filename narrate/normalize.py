"""Spoken forms: small pure rules turning written text into what the engine should say.

`speakable` applies `RULES` in order. Each rule is a `str -> str` function that never
removes a word: what it cannot read better it leaves as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

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


RULES: Sequence[Rule] = (drop_markup_symbols, collapse_spaces)


def speakable(text: str, rules: Sequence[Rule] = RULES) -> str:
    """Apply `rules` in order and return the text to hand to the engine."""
    for rule in rules:
        text = rule(text)
    return text


def has_words(text: str) -> bool:
    """True when the text has a letter or digit of any script: something to say."""
    return any(ch.isalnum() for ch in text)
