from __future__ import annotations

import wave
from pathlib import Path

import pytest

from narrate.assemble import Placement
from narrate.casting import (
    FEMALE_VARIANTS,
    MALE_VARIANTS,
    NARRATOR,
    Casting,
    cast,
    split_voice,
)
from narrate.engines.base import Voice
from narrate.engines.espeak import Pyttsx3Engine
from narrate.pipeline import Result, Settings, narrate
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


# --- end to end, with the real engine -----------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ROOT / "tests" / "data" / "languages.tsv"


def _narrated(article: Path, out: Path) -> tuple[Result, bytes]:
    """Narrate with espeak-ng into a WAV; the result and the file's PCM."""
    engine = Pyttsx3Engine()
    try:
        result = narrate(str(article), out, engine, Settings(jobs=1, loudness=None, cache=False))
    finally:
        engine.close()
    with wave.open(str(out), "rb") as wav:
        return result, wav.readframes(wav.getnframes())


def _speech(result: Result, pcm: bytes, placement: Placement) -> bytes:
    rate = result.timeline.sample_rate
    start = round(placement.speech_start_ms * rate / 1000)
    end = round(placement.speech_end_ms * rate / 1000)
    return pcm[2 * start : 2 * end]


def _pitch_and_centroid(pcm: bytes) -> tuple[float, float]:
    """Median pitch (Hz, by autocorrelation over voiced 40 ms frames) and spectral
    centroid (Hz) of 16-bit mono speech at 22,050 Hz."""
    np = pytest.importorskip("numpy")
    rate = 22050
    samples = np.frombuffer(pcm, dtype=np.int16).astype(float)
    size, hop, pitches = int(0.04 * rate), int(0.01 * rate), []
    for at in range(0, len(samples) - size, hop):
        frame = samples[at : at + size]
        if np.sqrt(np.mean(frame**2)) < 800:
            continue
        frame = frame - frame.mean()
        correlation = np.correlate(frame, frame, "full")[size - 1 :]
        low, high = rate // 400, rate // 60
        lag = low + int(np.argmax(correlation[low:high]))
        if correlation[lag] > 0.3 * correlation[0]:
            pitches.append(rate / lag)
    spectrum = np.abs(np.fft.rfft(samples))
    centroid = float((spectrum * np.fft.rfftfreq(len(samples), 1 / rate)).sum() / spectrum.sum())
    return float(np.median(pitches)), centroid


@pytest.mark.slow
def test_every_quotation_is_voiced_apart_from_the_narrator(tmp_path: Path) -> None:
    result, pcm = _narrated(ROOT / "text" / "river-flood.txt", tmp_path / "flood.wav")
    placements = result.timeline.placements
    voices: dict[str | None, set[str]] = {}
    for placement in placements:
        voices.setdefault(placement.segment.speaker, set()).add(placement.segment.voice)
    assert voices.pop(None) == {"gmw/en-us"}
    spanish = voices.pop("Tomás Ortega")  # in English and in Spanish, with one variant
    assert {split_voice(v)[0] for v in spanish} == {"gmw/en-us", "roa/es"}
    assert len({split_voice(v)[1] for v in spanish}) == 1
    assert voices["Olena Koval"] == {"zle/uk+f5"}  # her Ukrainian: the Ukrainian voice
    assert len(voices) == 6 and all(len(v) == 1 for v in voices.values())
    assert len(set.union(*voices.values())) == 6  # six speakers, six voices
    narrator = b"".join(_speech(result, pcm, p) for p in placements if p.segment.speaker is None)
    pitch, centroid = _pitch_and_centroid(narrator)
    for who in [*voices, "Tomás Ortega"]:
        said = [p for p in placements if p.segment.speaker == who]
        their_pitch, their_centroid = _pitch_and_centroid(
            b"".join(_speech(result, pcm, p) for p in said)
        )
        apart = max(abs(their_pitch / pitch - 1), abs(their_centroid / centroid - 1))
        assert apart > 0.1, (who, their_pitch, pitch, their_centroid, centroid)


SLOWER = {"uk": 1.7, "pl": 1.5}
"""espeak-ng's Ukrainian and Polish voices take longer over a word than the others
(measured on the labelled paragraphs at 175 words a minute: 1.68 and 1.34 times what the
word count predicts, against 0.77 to 1.12 for the other ten languages; evenly over
every segment, so it is the voice's pace, not text spelled out)."""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sample", "language", "voice"),
    [("fr-marche.txt", "fr", "roa/fr"), ("de-faehre.txt", "de", "gmw/de"),
     ("", "it", "roa/it"), ("", "es", "roa/es"), ("", "pl", "zlw/pl"), ("", "ru", "zle/ru"),
     ("", "uk", "zle/uk")],
)  # fmt: skip
def test_an_article_in_another_language_is_read_by_its_voice(
    tmp_path: Path, sample: str, language: str, voice: str
) -> None:
    """With no --voice: the language's voice, the text as written (no English number
    words), and about as much speech as the word count predicts (the English voice,
    spelling Russian and Ukrainian letter by letter, took 3.5 and 5.4 times as long)."""
    article = ROOT / "tests" / "data" / sample
    if not sample:  # the labelled paragraphs of that language, as one article
        rows = [line.split("\t", 1) for line in LANGUAGES.read_text("utf-8").splitlines()]
        article = tmp_path / "article.txt"
        article.write_text("\n\n".join(r[1] for r in rows if r[0] == language), "utf-8")
    result, _ = _narrated(article, tmp_path / "out.wav")
    placements = result.timeline.placements
    assert {split_voice(p.segment.voice)[0] for p in placements} == {voice}
    assert all(p.segment.spoken.count(" ") <= p.segment.text.count(" ") + 1 for p in placements)
    words = sum(len(p.segment.text.split()) for p in placements)
    heard_s = sum(p.speech_end_ms - p.speech_start_ms for p in placements) / 1000
    predicted_s = words * 60 / Settings().rate
    assert 0.7 < heard_s / predicted_s < 1.4 * SLOWER.get(language, 1.0), (heard_s, predicted_s)
