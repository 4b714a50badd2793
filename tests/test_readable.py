from __future__ import annotations

import pytest

from narrate.readable import readable_scripts, script_of, unreadable
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
