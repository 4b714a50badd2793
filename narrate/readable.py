"""Which writing systems a voice can read, and a warning for text it cannot.

espeak-ng does not fail on text in a script its voice has no rules for: an English
voice reads "Привет" as "Cyrillic letter pe, Cyrillic letter er, ...", which takes
longer than the word and means nothing to the listener. This module finds such
segments before synthesis so that the run can say so. Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from .engines.base import Voice
from .languages import script_name
from .segment import Segment, excerpt

LANGUAGE_SCRIPTS: dict[str, frozenset[str]] = {
    language: frozenset(scripts.split())
    for scripts, languages in [
        ("CYRILLIC", "ru uk be bg mk sr kk ky tt ba cv"),
        ("GREEK", "el grc"),
        ("ARABIC", "ar fa ur sd"),
        ("HEBREW", "he"),
        ("DEVANAGARI", "hi mr ne sa kok mai"),
        ("BENGALI", "bn as bpy"),
        ("GURMUKHI", "pa"),
        ("GUJARATI", "gu"),
        ("ORIYA", "or"),
        ("TAMIL", "ta"),
        ("TELUGU", "te"),
        ("KANNADA", "kn"),
        ("MALAYALAM", "ml"),
        ("SINHALA", "si"),
        ("THAI", "th"),
        ("MYANMAR", "my"),
        ("GEORGIAN", "ka"),
        ("ARMENIAN", "hy hyw"),
        ("ETHIOPIC", "am"),
        ("CHEROKEE", "chr"),
        ("CJK", "cmn yue hak"),
        ("CJK HIRAGANA KATAKANA", "ja"),
        ("HANGUL", "ko"),
    ]
    for language in languages.split()
}
"""Scripts other than Latin that espeak-ng voices of a language read (by primary
language subtag). Every voice reads Latin letters."""

SUGGESTED_VOICE = {
    "CYRILLIC": "ru", "GREEK": "el", "ARABIC": "ar", "HEBREW": "he", "DEVANAGARI": "hi",
    "BENGALI": "bn", "GURMUKHI": "pa", "GUJARATI": "gu", "ORIYA": "or", "TAMIL": "ta",
    "TELUGU": "te", "KANNADA": "kn", "MALAYALAM": "ml", "SINHALA": "si", "THAI": "th",
    "MYANMAR": "my", "GEORGIAN": "ka", "ARMENIAN": "hy", "ETHIOPIC": "am", "CHEROKEE": "chr",
    "CJK": "cmn", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko",
}  # fmt: skip
_SAME_AS = {"FULLWIDTH": "LATIN", "MATHEMATICAL": "LATIN", "HALFWIDTH": "KATAKANA"}
_NAMES = {"CJK": "Chinese (Han)"}
MIN_LETTERS = 2
"""A segment with fewer letters of a script than this is not worth a warning (one
Greek letter in a formula)."""


def script_of(char: str) -> str | None:
    """The writing system of a letter, from its Unicode name ("CYRILLIC", "CJK",
    "LATIN"); None for anything that is not a letter."""
    if not char.isalpha():
        return None
    if char.isascii():
        return "LATIN"
    first = script_name(char)
    return _SAME_AS.get(first, first)


def script_counts(text: str) -> dict[str, int]:
    """How many letters of each writing system the text has (`script_of`). Text all
    ASCII, most of what narrate reads, is counted without a name lookup per letter."""
    if text.isascii():
        letters = sum(map(str.isalpha, text))
        return {"LATIN": letters} if letters else {}
    counts: dict[str, int] = {}
    for char in text:
        script = script_of(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return counts


def readable_scripts(languages: Iterable[str]) -> frozenset[str]:
    """The scripts a voice of these languages ("en-us", "ru", "fa-latn") reads."""
    found = {"LATIN"}
    for language in languages:
        code = language.lower()
        if "-latn" not in code:
            found |= LANGUAGE_SCRIPTS.get(code.split("-")[0], frozenset())
    return frozenset(found)


def unreadable(segments: Sequence[Segment], voice: str, languages: Iterable[str]) -> list[str]:
    """One warning per script the voice cannot read that some segments are written in,
    naming how many segments, the first of them and a voice to try."""
    readable = readable_scripts(languages)
    found: dict[str, list[Segment]] = {}
    for segment in segments:
        for script, letters in script_counts(segment.said).items():
            if script not in readable and letters >= MIN_LETTERS:
                found.setdefault(script, []).append(segment)
    warnings = []
    for script, where in found.items():
        name = _NAMES.get(script, script.title())
        first = where[0]
        many = f"{len(where)} segments have" if len(where) > 1 else "1 segment has"
        advice = f"; try --voice {SUGGESTED_VOICE[script]}" if script in SUGGESTED_VOICE else ""
        warnings.append(
            f"{many} {name} text, which the voice {voice} cannot read: espeak-ng will spell "
            f"it out letter by letter (first: segment {first.index + 1}, "
            f"{excerpt(first.text)}){advice}"
        )
    return warnings


def mismatches(segments: Sequence[Segment], languages_of: Mapping[str, Sequence[str]]) -> list[str]:
    """`unreadable`'s warnings for a script read by several voices: each segment checked
    against the languages of its own `voice` (`languages_of` maps every voice to them)."""
    by_voice: dict[str, list[Segment]] = {}
    for segment in segments:
        by_voice.setdefault(segment.voice, []).append(segment)
    warnings = []
    for voice, said in by_voice.items():
        warnings += unreadable(said, voice, languages_of.get(voice, ()))
    return warnings


PASSAGE = "A passage in {}."
"""What is said instead of a passage in a script that no voice reads."""


def unreadable_script(text: str, readable: frozenset[str]) -> str | None:
    """The script most of the text's letters are in, when it is not among `readable` and
    has at least `MIN_LETTERS` letters; else None (text with some readable words in it
    is left to be read, and warned about)."""
    if "LATIN" in readable and text.isascii():  # Latin letters or none: nothing to count
        return None
    counts = script_counts(text)
    if not counts:
        return None
    script = max(counts, key=lambda name: counts[name])
    letters = counts[script]
    if script in readable or letters < MIN_LETTERS or 2 * letters <= sum(counts.values()):
        return None
    return script


def say_unreadable(
    segments: Sequence[Segment], voices: Sequence[Voice]
) -> tuple[list[Segment], list[str], list[str]]:
    """The segments with each run of those in a script no voice reads said once as "A
    passage in Khmer." (in English, by the script's name), the texts so left out, and a
    warning for each such script naming how many segments and the first.

    espeak-ng would otherwise spell such text letter by letter ("Khmer letter ka, ...")
    for minutes. Segments are numbered again; a run's last pause is kept.
    """
    readable = readable_scripts(language for voice in voices for language in voice.languages)
    english = next((v.id for v in voices if "en-us" in v.languages), None)
    kept: list[Segment] = []
    left_out: list[str] = []
    found: dict[str, list[Segment]] = {}
    previous: str | None = None
    for segment in segments:
        script = unreadable_script(segment.said, readable)
        if script is None:
            previous = None
            kept.append(
                segment if segment.index == len(kept) else replace(segment, index=len(kept))
            )
            continue
        left_out.append(segment.text)
        found.setdefault(script, []).append(segment)
        if script == previous and kept:
            kept[-1] = replace(kept[-1], pause_after_ms=segment.pause_after_ms)
            continue
        previous = script
        name = _NAMES.get(script, script.title())
        passage = PASSAGE.format(name)
        note = replace(segment, index=len(kept), spoken=passage, said=passage, language="en")
        kept.append(replace(note, voice=english) if english else note)
    warnings = []
    for script, where in found.items():
        name = _NAMES.get(script, script.title())
        many = f"{len(where)} segments have" if len(where) > 1 else "1 segment has"
        warnings.append(
            f"{many} {name} text, which no voice can read: said as "
            f"{PASSAGE.format(name)!r} instead (first: segment {where[0].index + 1}, "
            f"{excerpt(where[0].text)})"
        )
    return kept, left_out, warnings
