from __future__ import annotations

from dataclasses import replace

import pytest

from narrate.engines.base import Voice
from narrate.readable import (
    mismatches,
    readable_scripts,
    say_unreadable,
    script_counts,
    script_of,
    unreadable,
    unreadable_script,
)
from narrate.segment import Segment


@pytest.mark.parametrize(
    ("char", "script"),
    [("a", "LATIN"), ("é", "LATIN"), ("Ａ", "LATIN"), ("Ж", "CYRILLIC"), ("中", "CJK"),
     ("か", "HIRAGANA"), ("ｶ", "KATAKANA"), ("한", "HANGUL"), ("ع", "ARABIC"), ("ש", "HEBREW"),
     ("λ", "GREEK"), ("न", "DEVANAGARI"), ("1", None), (" ", None), ("😀", None), ("-", None)],
)  # fmt: skip
def test_script_of(char: str, script: str | None) -> None:
    assert script_of(char) == script


@pytest.mark.parametrize(
    "text",
    ["", "123 -- !", "The ferry, at 8 a.m.", "Ми знаємо, said Ann", "中文 and Ａ", "Noël"],
)
def test_script_counts_counts_letters_by_script_in_order(text: str) -> None:
    expected: dict[str, int] = {}
    for char in text:
        if script := script_of(char):
            expected[script] = expected.get(script, 0) + 1
    assert list(script_counts(text).items()) == list(expected.items())
    ascii_letters = "".join(map(chr, range(128)))
    assert script_counts(ascii_letters) == {"LATIN": 52}


@pytest.mark.parametrize(
    ("languages", "scripts"),
    [(["en-us", "us"], {"LATIN"}), (["ru"], {"LATIN", "CYRILLIC"}),
     (["ja"], {"LATIN", "CJK", "HIRAGANA", "KATAKANA"}), (["fa-latn"], {"LATIN"}),
     (["sr"], {"LATIN", "CYRILLIC"}), ([], {"LATIN"})],
)  # fmt: skip
def test_readable_scripts(languages: list[str], scripts: set[str]) -> None:
    assert readable_scripts(languages) == scripts


def _segments(*texts: str) -> list[Segment]:
    return [Segment(i, i, "body", text, text, 600) for i, text in enumerate(texts)]


def test_unreadable_names_the_script_the_first_segment_and_a_voice() -> None:
    script = _segments("The ferry sailed.", "He wrote: Привет из Москвы.", "Пока.", "Вы правы.")
    assert unreadable(script, "gmw/en-us", ["en-us"]) == [
        "3 segments have Cyrillic text, which the voice gmw/en-us cannot read: espeak-ng will "
        "spell it out letter by letter (first: segment 2, 'He wrote: Привет из Москвы.'); "
        "try --voice ru"
    ]
    assert unreadable(script, "zle/ru", ["ru"]) == []


def test_unreadable_lets_a_stray_letter_pass_and_lists_each_script() -> None:
    script = _segments("The angle π was small.", "東京 and 서울 are far apart.")
    warnings = unreadable(script, "gmw/en-us", ["en-us"])
    assert [w.split(" text,")[0] for w in warnings] == [
        "1 segment has Chinese (Han)",
        "1 segment has Hangul",
    ]
    assert warnings[0].endswith("try --voice cmn") and warnings[1].endswith("try --voice ko")


def test_mismatches_checks_each_segment_against_its_own_voice() -> None:
    script = _segments("The ferry sailed.", "Привет из Москвы.", "Пока, друзья мои.")
    script[1] = replace(script[1], voice="zle/ru")
    warnings = mismatches(script, {"": ["en-us"], "zle/ru": ["ru"]})
    assert len(warnings) == 1 and warnings[0].startswith("1 segment has Cyrillic text")
    assert "segment 3" in warnings[0]


VOICES = [Voice("gmw/en-us", "English (America)", ("en-us",)), Voice("zle/ru", "Russian", ("ru",))]


def test_a_passage_no_voice_reads_is_said_once_and_left_out() -> None:
    khmer = "ក្នុងទីក្រុង"
    script = _segments("The ferry sailed.", khmer + ".", khmer + " " + khmer, "Привет, друзья.",
                       "It came back.")  # fmt: skip
    script[2] = replace(script[2], pause_after_ms=1200)
    kept, left_out, warnings = say_unreadable(script, VOICES)
    assert [s.spoken for s in kept] == [
        "The ferry sailed.", "A passage in Khmer.", "Привет, друзья.", "It came back."
    ]  # fmt: skip
    assert [s.index for s in kept] == [0, 1, 2, 3]
    assert kept[1].pause_after_ms == 1200 and kept[1].voice == "gmw/en-us"
    assert left_out == [khmer + ".", khmer + " " + khmer]
    assert warnings == [
        "2 segments have Khmer text, which no voice can read: said as 'A passage in Khmer.' "
        f"instead (first: segment 2, '{khmer}.')"
    ]


def test_unreadable_script_needs_most_of_the_letters() -> None:
    readable = frozenset({"LATIN", "CYRILLIC"})
    assert unreadable_script("Привет", readable) is None
    assert unreadable_script("བོད་ཡིག", readable) == "TIBETAN"
    assert unreadable_script("The word བོད in a long English sentence.", readable) is None
