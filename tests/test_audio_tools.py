from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pydub.silence import detect_leading_silence

from narrate.audio_tools import (
    SILENCE_DBFS,
    Audio,
    PcmFormat,
    convert,
    fade,
    first_sound_ms,
    silence,
    speech_bounds,
    to_segment,
    trim_silence,
)
from tests.fakes import SAMPLE_RATE, quiet, tone


def test_trim_silence_keeps_margins_around_sound() -> None:
    audio = Audio(quiet(300) + tone(1000) + quiet(700), SAMPLE_RATE)
    trimmed, start, end = trim_silence(audio, lead_ms=40, tail_ms=80)
    assert abs(trimmed.duration_ms - (40 + 1000 + 80)) <= 10
    assert abs(start - 40) <= 5 and abs(end - 1040) <= 5


def test_trim_silence_leaves_all_silent_audio_alone() -> None:
    audio = Audio(quiet(500), SAMPLE_RATE)
    assert trim_silence(audio, 40, 80) == (audio, 0.0, 500.0)


def test_fade_starts_and_ends_at_zero_and_keeps_length() -> None:
    audio = Audio(b"\x10\x27" * 2205, SAMPLE_RATE)  # constant 10000
    faded = fade(audio, 10, 10)
    assert faded.frames == audio.frames
    assert faded.pcm[:2] == b"\x00\x00"
    middle = 2 * (faded.frames // 2)
    assert faded.pcm[middle : middle + 2] == b"\x10\x27"
    assert abs(int.from_bytes(faded.pcm[-2:], "little", signed=True)) < 100


def test_silence_is_exact_to_the_frame() -> None:
    assert silence(1000, 22050, 1).frames == 22050
    assert silence(600, 22050, 2).frames == 13230
    assert set(silence(10, 8000, 1).pcm) == {0}


def test_convert_resamples_and_mixes() -> None:
    audio = Audio(tone(1000, 44100), 44100)
    converted = convert(audio, 22050, 2)
    assert (converted.sample_rate, converted.channels) == (22050, 2)
    assert abs(converted.duration_ms - 1000) < 5
    assert convert(audio, 44100, 1) is audio


def _pydub_bounds(audio: Audio) -> tuple[float, float] | None:
    """speech_bounds as it was, with pydub's own silence detection."""
    segment = to_segment(audio)
    start = detect_leading_silence(segment, SILENCE_DBFS, chunk_size=5)
    if start >= len(segment):
        return None
    end = len(segment) - detect_leading_silence(segment.reverse(), SILENCE_DBFS, chunk_size=5)
    return float(start), float(end)


_PARTS = st.lists(
    st.tuples(st.sampled_from(["quiet", "tone", "faint"]), st.floats(0.05, 300)), max_size=6
)


@settings(max_examples=150, deadline=None)
@given(_PARTS, st.sampled_from([(22050, 1), (44100, 2), (16000, 1)]))
def test_speech_bounds_agree_with_pydub(
    parts: list[tuple[str, float]], shape: tuple[int, int]
) -> None:
    rate, channels = shape
    make = {"quiet": lambda ms: quiet(ms, rate), "tone": lambda ms: tone(ms, rate),
            "faint": lambda ms: tone(ms, rate, amplitude=140)}  # fmt: skip
    mono = b"".join(make[kind](ms) for kind, ms in parts)
    pcm = b"".join(mono[i : i + 2] * channels for i in range(0, len(mono), 2))
    audio = Audio(pcm, rate, channels)
    assert speech_bounds(audio) == _pydub_bounds(audio)


def test_first_sound_is_found_between_two_times() -> None:
    audio = Audio(tone(100) + quiet(200) + tone(100), 22050)
    assert first_sound_ms(audio, 0, 400) == 0
    assert first_sound_ms(audio, 120, 400) == 300  # 5 ms steps from 120: 300 is one
    assert first_sound_ms(audio, 150, 250) is None


def test_pcm_format_converts_between_frames_and_time() -> None:
    fmt = PcmFormat(16000, 2)
    assert (fmt.frames(250), fmt.ms(8000), fmt.frame_bytes) == (4000, 500.0, 4)
    assert fmt.ffmpeg_input() == ["-f", "s16le", "-ar", "16000", "-ac", "2"]
    assert Audio(b"\x00" * 8, 16000, 2).format == fmt
