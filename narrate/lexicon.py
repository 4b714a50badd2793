"""Pronunciation lexicon: the reader's own readings for words the rules or the engine get wrong.

A lexicon file is UTF-8 text, one entry a line::

    # comment lines and blank lines are skipped
    Siobhan = shi-VAWN          a respelling; whole words, any case
    Reading == Redding          "==" matches the case exactly, so "reading" is left alone
    Nguyen = [[N'wIn]]          espeak-ng phonemes between [[ and ]]

Entries are applied before every other text rule, and what they produce is passed to the
engine untouched, so a respelling is never re-read as an acronym or a number.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .errors import LexiconError

LEXICON_ENV = "NARRATE_LEXICON"
"""Environment variable naming the user lexicon file, instead of the default place."""

BESIDE_ARTICLE = "lexicon.txt"
"""A lexicon with this name in the article's folder is applied to that article."""

_PLACEHOLDER_BASE = 0xE000
"""Readings stand in the text as private-use characters while the other rules run."""
_MAX_PLACEHOLDERS = 0x1900
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")

_LINE = re.compile(r"^(?P<written>[^=]+?)\s*(?P<sign>==?)\s*(?P<spoken>.+?)$")
_PHONEMES = re.compile(r"^\[\[[^\[\]]+\]\]$")


@dataclass(frozen=True)
class Entry:
    written: str
    """The word or phrase as the article writes it."""
    spoken: str
    """A respelling, or espeak-ng phonemes in [[ ]]."""
    match_case: bool = False


@dataclass(frozen=True)
class Lexicon:
    """Entries in priority order: for the same written form, the first one wins."""

    entries: tuple[Entry, ...] = ()
    sources: tuple[Path, ...] = field(default=(), compare=False)

    def __bool__(self) -> bool:
        return bool(self.entries)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        exact, folded = self._readings
        keys = [(key, True) for key in exact] + [(key, False) for key in folded]
        if not keys:
            return None
        alternatives = []
        for key, match_case in sorted(keys, key=lambda item: len(item[0]), reverse=True):
            words = r"\s+".join(re.escape(word) for word in key.split())
            alternatives.append(words if match_case else f"(?i:{words})")
        return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")

    @cached_property
    def _readings(self) -> tuple[dict[str, str], dict[str, str]]:
        exact: dict[str, str] = {}
        folded: dict[str, str] = {}
        for entry in self.entries:
            if entry.match_case:
                exact.setdefault(" ".join(entry.written.split()), entry.spoken)
            else:
                folded.setdefault(" ".join(entry.written.split()).lower(), entry.spoken)
        return exact, folded

    def reading(self, written: str) -> str | None:
        """The reading for a matched word or phrase, or None if no entry has it."""
        exact, folded = self._readings
        key = " ".join(written.split())
        return exact.get(key, folded.get(key.lower()))

    def mark(self, text: str) -> tuple[str, list[str]]:
        """Replace each lexicon word in `text` with a placeholder character; return the
        marked text and the readings, the n-th for placeholder n. Private-use characters
        already in `text` (which nothing can say) are removed first."""
        text = _PRIVATE_USE.sub("", text)
        pattern = self._pattern
        if pattern is None:
            return text, []
        readings: list[str] = []

        def placeholder(match: re.Match[str]) -> str:
            reading = self.reading(match.group(0))
            if reading is None or len(readings) >= _MAX_PLACEHOLDERS:
                return match.group(0)
            readings.append(reading)
            return chr(_PLACEHOLDER_BASE + len(readings) - 1)

        return pattern.sub(placeholder, text), readings

    @staticmethod
    def unmark(text: str, readings: Sequence[str]) -> str:
        """Put the readings back in place of their placeholders."""
        if not readings:
            return text
        end = _PLACEHOLDER_BASE + len(readings)
        return "".join(
            readings[ord(ch) - _PLACEHOLDER_BASE] if _PLACEHOLDER_BASE <= ord(ch) < end else ch
            for ch in text
        )


def parse_lexicon(text: str, source: str = "lexicon") -> list[Entry]:
    """Parse a lexicon file's text. Raises LexiconError naming the first bad line."""
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        found = _LINE.match(line)
        where = f"{source}, line {number}"
        if not found or not found["written"].strip():
            raise LexiconError(
                f"{where}: expected 'word = reading' (or 'Word == reading' to match case), "
                f"got {line!r}"
            )
        written, spoken = found["written"].strip(), found["spoken"].strip()
        if ("[[" in spoken or "]]" in spoken) and not _PHONEMES.match(spoken):
            raise LexiconError(
                f"{where}: phonemes must be the whole reading, written as [[phonemes]], "
                f"got {spoken!r}"
            )
        if not any(ch.isalnum() for ch in written):
            raise LexiconError(f"{where}: {written!r} has no word to match")
        entries.append(Entry(written, spoken, match_case=found["sign"] == "=="))
    return entries


def read_lexicon(path: Path) -> list[Entry]:
    """Read and parse one lexicon file. Raises LexiconError when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such lexicon file; check the path") from None
    except UnicodeDecodeError:
        raise LexiconError(f"{path}: the lexicon is not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read the lexicon ({exc.strerror})") from None
    return parse_lexicon(text, str(path))


def user_lexicon_path() -> Path:
    """Where the user's own lexicon lives: $NARRATE_LEXICON, or lexicon.txt in the user
    config folder (~/.config/narrate on Linux)."""
    chosen = os.environ.get(LEXICON_ENV)
    if chosen:
        return Path(chosen).expanduser()
    import click

    return Path(click.get_app_dir("narrate")) / "lexicon.txt"


def missing_user_lexicon() -> str | None:
    """A warning when $NARRATE_LEXICON names no file (a typo would otherwise go unseen:
    the user lexicon is optional), else None."""
    chosen = os.environ.get(LEXICON_ENV)
    if not chosen or Path(chosen).expanduser().is_file():
        return None
    return (
        f"{LEXICON_ENV}={chosen}: no such lexicon file, so its readings were not applied; "
        "check the path, or unset it"
    )


def lexicon_paths(given: Iterable[Path], article: str) -> list[Path]:
    """The lexicons for ARTICLE, highest priority first: the files given with --lexicon
    (all must exist), lexicon.txt beside the article and the user lexicon (if they exist)."""
    paths = list(given)
    optional = [user_lexicon_path()]
    if article != "-":
        optional.insert(0, Path(article).parent / BESIDE_ARTICLE)
    paths += [path for path in optional if path.is_file() and path not in paths]
    return paths


def load_lexicon(paths: Iterable[Path]) -> Lexicon:
    """One lexicon from several files, earlier files winning over later ones."""
    sources = tuple(paths)
    entries = tuple(entry for path in sources for entry in read_lexicon(path))
    return Lexicon(entries, sources)
