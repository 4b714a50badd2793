from __future__ import annotations

from narrate.casting import (
    FEMALE_VARIANTS,
    MALE_VARIANTS,
    NARRATOR,
    Casting,
    cast,
    split_voice,
)
from narrate.engine import Voice
from narrate.quotes import FEMALE, MALE
from narrate.segment import Segment

VOICES = [
    Voice("gmw/en-us", "English (America)", ("en-us",)),
    Voice("roa/es", "Spanish (Spain)", ("es",)),
    Voice("zle/uk", "Ukrainian", ("uk",)),
]
VARIANTS = ["f1", "f2", "f3", "f5", "Annie", "m7", "Reed", "announcer", "Nguyen", "klatt"]


def _script(*lines: tuple[str | None, str]) -> list[Segment]:
    """Segments from (speaker, language) pairs."""
    return [
        Segment(i, i, "body", f"Words {i}.", f"Words {i}.", 600, language=language,
                speaker=speaker)
        for i, (speaker, language) in enumerate(lines)
    ]  # fmt: skip


def _voices(segments: list[Segment]) -> list[str]:
    return [s.voice for s in segments]


SPEAKERS = {"Ann": FEMALE, "Bob": MALE, "Kim": None, "Lee": None}


def test_each_speaker_keeps_one_voice_apart_from_the_narrators() -> None:
    script = _script((None, "en"), ("Ann", "en"), (None, "en"), ("Bob", "en"), ("Ann", "en"),
                     ("Kim", "en"), ("Lee", "en"), ("Bob", "en"))  # fmt: skip
    voices = _voices(cast(script, "en", VOICES, VARIANTS, SPEAKERS))
    narrator = voices[0]
    assert narrator == "gmw/en-us" and voices[2] == narrator
    by_speaker: dict[str, set[str]] = {}
    for segment, voice in zip(script, voices, strict=True):
        if segment.speaker:
            by_speaker.setdefault(segment.speaker, set()).add(voice)
    assert all(len(v) == 1 for v in by_speaker.values())  # consistent per speaker
    chosen = [v.pop() for v in by_speaker.values()]
    assert narrator not in chosen and len(set(chosen)) == len(chosen)  # all different
    variants = {who: split_voice(v)[1] for who, v in zip(by_speaker, chosen, strict=True)}
    assert variants["Ann"] in FEMALE_VARIANTS and variants["Bob"] in MALE_VARIANTS
    assert variants["Kim"] == "Nguyen"  # gender not stated: the in-between voice first


def test_a_language_gets_its_voice_and_a_speaker_keeps_the_variant() -> None:
    script = _script((None, "en"), ("Ann", "es"), ("Ann", "en"), (None, "uk"))
    assert _voices(cast(script, "en", VOICES, VARIANTS, {"Ann": FEMALE})) == [
        "gmw/en-us", "roa/es+f3", "gmw/en-us+f3", "zle/uk"
    ]  # fmt: skip


def test_an_explicit_voice_is_the_narrators_for_the_main_language_only() -> None:
    script = _script((None, "en"), (None, "es"), ("Ann", "en"))
    casting = Casting(voice="gmw/en-us+f3")
    voices = _voices(cast(script, "en", VOICES, VARIANTS, {"Ann": FEMALE}, casting))
    assert voices[:2] == ["gmw/en-us+f3", "roa/es"]
    assert voices[2] not in ("gmw/en-us+f3", "gmw/en-us")  # f3 is the narrator's now


def test_quotes_narrator_and_quote_voices() -> None:
    script = _script((None, "en"), ("Ann", "en"), ("Bob", "en"), ("Kim", "en"))
    flat = cast(script, "en", VOICES, VARIANTS, SPEAKERS, Casting(quotes=NARRATOR))
    assert set(_voices(flat)) == {"gmw/en-us"}
    chosen = Casting(quote_voices=("gmw/en-us+klatt", "roa/es"))
    assert _voices(cast(script, "en", VOICES, VARIANTS, SPEAKERS, chosen)) == [
        "gmw/en-us", "gmw/en-us+klatt", "roa/es", "gmw/en-us+klatt"
    ]  # fmt: skip


def test_an_engine_without_variants_casts_other_voices_of_the_language() -> None:
    voices = [*VOICES, Voice("piper/en-b", "English B", ("en-us",))]
    script = _script((None, "en"), ("Ann", "en"))
    assert _voices(cast(script, "en", voices, [], {"Ann": FEMALE})) == [
        "gmw/en-us", "piper/en-b"
    ]  # fmt: skip
