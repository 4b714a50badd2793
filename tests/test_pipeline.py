from __future__ import annotations

import array
import base64
import json
import os
import subprocess
from pathlib import Path

import mutagen
import pytest

from narrate.assemble import stream
from narrate.audio_tools import Audio
from narrate.cache import Cache, user_cache_dir
from narrate.engines.base import Voice
from narrate.errors import ArticleError, EngineError, OutputError, UsageError
from narrate.export import ffmpeg_path
from narrate.pipeline import Settings, build, default_output, narrate
from narrate.progress import ENCODING, MEASURING, READING, SPEAKING, Event
from narrate.segment import Pauses
from narrate.speak import speak, take_name
from tests.fakes import SAMPLE_RATE, FakeEngine, quiet


def test_default_output() -> None:
    assert default_output("text/harbour-ferry.txt") == Path("output/harbour-ferry.mp3")
    assert default_output("-") == Path("output/article.mp3")


def test_build_returns_the_script(sample_article: Path) -> None:
    script = build(str(sample_article))
    assert script.article.title
    assert script.segments[0].kind == "headline"
    assert script.warnings == []


def test_narrate_lays_out_tone_sized_segments_exactly(tmp_path: Path, sample_article: Path) -> None:
    engine = FakeEngine()
    settings = Settings(
        rate=150, pauses=Pauses(sentence_ms=500, paragraph_ms=1000, headline_ms=1500)
    )
    events: list[Event] = []
    result = narrate(str(sample_article), tmp_path / "a.wav", engine, settings, events.append)
    seen = [(e.done, e.total) for e in events if e.stage == SPEAKING]
    script = build(str(sample_article), settings, engine).segments
    speech = sum(FakeEngine.speech_ms(s.spoken, 150) for s in script)
    pauses = sum(s.pause_after_ms for s in script)
    assert abs(result.duration_ms - (speech + pauses)) < len(script)  # rounding per clip
    assert result.segments == len(script)
    assert sorted(set(seen)) == [(n, len(script)) for n in range(len(script) + 1)]
    assert seen == sorted(seen)
    assert [p.segment for p in result.timeline.placements] == script
    assert abs(mutagen.File(result.output).info.length * 1000 - result.duration_ms) < 5
    assert {s.voice for s in script if s.speaker is None} == {"gmw/en-us"}
    assert {call[1] for call in engine.calls} == {s.voice for s in script}


class DropsOneSentence(FakeEngine):
    """Says nothing for any text with `word` in it, however often asked."""

    def __init__(self, word: str) -> None:
        super().__init__(padded=True)
        self.word = word

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if self.word in spoken:
            self.calls.append((spoken, voice, rate, volume))
            return Audio(quiet(3000), SAMPLE_RATE)
        return super().synthesize(spoken, voice, rate, volume)


def test_dropped_audio_leaves_the_segment_out_and_names_it(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("The ferry is back.\n\nThe harbour wall held all winter.\n\nThe end.\n")
    engine = DropsOneSentence("harbour")
    out = tmp_path / "out" / "story.mp3"
    result = narrate(str(article), out, engine, Settings(jobs=1))
    assert [call[0] for call in engine.calls].count("The harbour wall held all winter.") == 2
    assert len(result.left_out) == 1
    assert result.left_out[0].startswith(
        "segment 2 ('The harbour wall held all winter.') failed twice: the engine returned silence"
    )
    assert out.exists() and result.segments == 3  # the file is finished, with a gap


@pytest.mark.parametrize("extension", [".mp3", ".m4a"])
def test_a_segment_left_out_is_said_by_the_next_run(tmp_path: Path, extension: str) -> None:
    article = tmp_path / "story.txt"
    article.write_text("The ferry is back.\n\nThe harbour wall held all winter.\n\nThe end.\n")
    out = tmp_path / f"story{extension}"
    first = narrate(str(article), out, DropsOneSentence("harbour"), Settings(jobs=1))
    assert len(first.left_out) == 1
    engine = FakeEngine(padded=True)
    again = narrate(str(article), out, engine, Settings(jobs=1))
    assert again.left_out == [] and again.cached == 2
    assert [call[0] for call in engine.calls] == ["The harbour wall held all winter."]
    assert again.duration_ms > first.duration_ms + 1000
    assert abs(mutagen.File(out).info.length * 1000 - again.duration_ms) < 60


def test_an_engine_that_fails_on_most_segments_ends_the_run(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("The harbour is back.\n\nThe harbour wall held.\n\nThe end.\n")
    out = tmp_path / "out" / "story.mp3"
    with pytest.raises(EngineError, match=r"^2 segments failed, more than a run leaves out"):
        narrate(str(article), out, DropsOneSentence("harbour"), Settings(jobs=1))
    assert list(out.parent.iterdir()) == []  # nothing half made


def test_text_the_voice_cannot_read_is_a_warning_not_an_error(tmp_path: Path) -> None:
    article = tmp_path / "visitors.txt"
    article.write_text("The ferry is back.\n\nOne visitor wrote: Привет из Москвы.\n")
    result = narrate(str(article), tmp_path / "visitors.mp3", FakeEngine())
    assert result.output.exists() and result.segments == 2
    assert result.warnings == [
        "1 segment has Cyrillic text, which the voice gmw/en-us cannot read: espeak-ng will "
        "spell it out letter by letter (first: segment 2, 'One visitor wrote: Привет из "
        "Москвы.'); try --voice ru"
    ]


def test_narrate_checks_voice_and_output_before_synthesis(
    tmp_path: Path, sample_article: Path
) -> None:
    engine = FakeEngine()
    with pytest.raises(UsageError, match="unknown voice"):
        narrate(str(sample_article), tmp_path / "a.mp3", engine, Settings(voice="xx"))
    with pytest.raises(UsageError, match="not an audio format"):
        narrate(str(sample_article), tmp_path / "a.doc", engine)
    assert engine.calls == []
    assert list(tmp_path.iterdir()) == []


def test_narrate_refuses_wordless_article(tmp_path: Path) -> None:
    article = tmp_path / "dots.txt"
    article.write_text("... !!! \u2014 \U0001f389\n")
    with pytest.raises(ArticleError, match="no words to speak"):
        narrate(str(article), tmp_path / "a.mp3", FakeEngine())
    assert not (tmp_path / "a.mp3").exists()


def _long_article(tmp_path: Path, paragraphs: int) -> Path:
    article = tmp_path / "long.txt"
    body = "\n\n".join(
        f"Paragraph {n} tells of the ferry. It sails at dawn on day {n}." for n in range(paragraphs)
    )
    article.write_text("A Long Story\n\n" + body + "\n")
    return article


def _decode(path: Path) -> bytes:
    command = [ffmpeg_path(), "-v", "error", "-i", str(path), "-f", "s16le", "-"]
    return subprocess.run(command, capture_output=True, check=True).stdout


def test_a_long_streamed_run_is_exact_to_the_sample(tmp_path: Path) -> None:
    article = _long_article(tmp_path, 120)
    settings = Settings(loudness=None, jobs=2)
    wav = narrate(str(article), tmp_path / "long.wav", FakeEngine(padded=True), settings)
    script = build(str(article), settings).segments
    engine = FakeEngine(padded=True)
    names = [take_name(s.spoken, "gmw/en-us", 175, 1.0, engine) for s in script]
    takes = speak(script, names, engine, "gmw/en-us", 175, 1.0, Cache(user_cache_dir()))
    assert engine.calls == []  # all from the cache the first run filled
    whole = b"".join(stream(takes))
    decoded = _decode(wav.output)
    assert decoded == whole  # the same samples, streamed take by take
    assert wav.timeline.frames == len(whole) // 2

    mp3 = narrate(str(article), tmp_path / "long.mp3", FakeEngine(padded=True), settings)
    samples = len(_decode(mp3.output)) // 2
    # Each piece adds its encoder delay and padding (under 2 frames), and no more.
    assert 0 <= samples - wav.timeline.frames < 24 * 2 * 576
    assert mp3.timeline.frames <= samples


def test_mp3_placements_land_on_their_speech_to_the_sample(tmp_path: Path) -> None:
    article = _long_article(tmp_path, 60)
    settings = Settings(loudness=None, jobs=2)
    result = narrate(str(article), tmp_path / "long.mp3", FakeEngine(padded=True), settings)
    decoded = array.array("h", _decode(result.output))
    # A 440 Hz tone from phase 0 first passes half its height 5 samples in.
    for placement in result.timeline.placements:
        start = round(placement.speech_start_ms * SAMPLE_RATE / 1000)
        window = decoded[start - 200 : start + 200]
        onset = next(i for i, sample in enumerate(window) if abs(sample) > 4000) - 200
        assert onset == 5, placement.segment.text
        # the words' marks moved with it: the first word starts with the speech
        assert placement.marks[0].start_ms == pytest.approx(placement.speech_start_ms)


def test_word_captions_transcript_and_page_beside_the_output(tmp_path: Path) -> None:
    article = _long_article(tmp_path, 3)
    settings = Settings(loudness=None, word_captions=True, transcript=True, read_along="embed")
    result = narrate(str(article), tmp_path / "long.wav", FakeEngine(padded=True), settings)
    names = sorted(path.name for path in result.sidecars)
    assert names == ["long.html", "long.json", "long.vtt"]
    vtt = (tmp_path / "long.vtt").read_text()
    assert "Paragraph <00:" in vtt and "tells <00:" in vtt
    segments = json.loads((tmp_path / "long.json").read_text())["segments"]
    assert [w["text"] for w in segments[1]["words"]] == "Paragraph 0 tells of the ferry.".split()
    page = (tmp_path / "long.html").read_text()
    embedded = page.split("data:audio/wav;base64,", 1)[1].split('"', 1)[0]
    assert base64.b64decode(embedded) == result.output.read_bytes()


def test_the_engine_is_handed_letter_names_the_transcript_shows_letters(tmp_path: Path) -> None:
    article = tmp_path / "fda.txt"
    article.write_text("The FDA met at 7 a.m. on Friday.\n", encoding="utf-8")
    engine = FakeEngine(padded=True)
    settings = Settings(loudness=None, word_captions=True, transcript=True)
    narrate(str(article), tmp_path / "fda.wav", engine, settings)
    assert [call[0] for call in engine.calls] == ["The F D eh met at seven eh m on Friday."]
    segment = json.loads((tmp_path / "fda.json").read_text())["segments"][0]
    assert segment["spoken"] == "The F D A met at seven a m on Friday."
    words = ["The", "FDA", "met", "at", "7 a.m.", "on", "Friday."]
    assert [w["text"] for w in segment["words"]] == words


def _onsets(pcm: bytes, gap_ms: float = 80, silence_dbfs: float = -45) -> list[float]:
    """Where sound starts again after at least `gap_ms` below `silence_dbfs` (ms)."""
    import audioop

    width, limit = 110, 32768 * 10 ** (silence_dbfs / 20)  # 110 samples: about 5 ms
    found, quiet = [], 0
    for n in range(len(pcm) // (2 * width)):
        if audioop.rms(pcm[2 * n * width : 2 * (n + 1) * width], 2) < limit:
            quiet += 1
            continue
        if quiet * width * 1000 / SAMPLE_RATE >= gap_ms and n > quiet:
            found.append(n * width * 1000 / SAMPLE_RATE)
        quiet = 0
    return found


@pytest.mark.slow
def test_word_starts_agree_with_the_sound_in_the_real_mp3(
    tmp_path: Path, sample_article: Path
) -> None:
    from narrate.captions import placement_words
    from narrate.engines.espeak import Pyttsx3Engine

    engine = Pyttsx3Engine()
    try:
        result = narrate(str(sample_article), tmp_path / "a.mp3", engine, Settings(jobs=1))
    finally:
        engine.close()
    starts: list[float] = []
    for placement in result.timeline.placements:
        words = placement_words(placement)
        if words is None:
            continue
        found = [w.start_ms for w in words]
        assert found == sorted(found)  # in order, inside the segment's speech
        assert placement.speech_start_ms <= found[0] and found[-1] <= placement.speech_end_ms
        starts += found
    assert len(starts) > 300  # nearly every word of the article is timed
    # Each onset of sound after a pause (between words) has a word starting at it.
    errors = []
    for onset in _onsets(_decode(result.output)):
        nearest = min(starts, key=lambda start: abs(start - onset))
        if abs(nearest - onset) < 200:  # else not a word's start (a stop inside a word)
            errors.append(abs(nearest - onset))
    assert len(errors) > 40
    assert max(errors) <= 60, sorted(errors)[-5:]


def test_the_read_along_page_never_overwrites_the_input_or_the_kept_page(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text("<html><body><h1>Ferry back</h1><p>The ferry sailed at dawn.</p></body></html>")
    before = page.read_bytes()
    with pytest.raises(UsageError, match=r"story\.html: is the input article; narrate would"):
        narrate(str(page), tmp_path / "story.mp3", FakeEngine(), Settings(read_along="link"))
    assert page.read_bytes() == before and not (tmp_path / "story.mp3").exists()
    settings = Settings(read_along="link", keep_page=True)
    with pytest.raises(UsageError, match="--read-along and --keep-page would both write it"):
        narrate("https://news.example/story", tmp_path / "web.mp3", FakeEngine(), settings)


def _short_article(tmp_path: Path) -> Path:
    article = tmp_path / "story.txt"
    article.write_text(
        "Ferry back in service\n\nThe ferry sailed at dawn. The harbour was calm.\n\n"
        "Crowds cheered on the quay. The mayor spoke briefly.\n"
    )
    return article


def test_a_damaged_clip_is_made_again_not_heard(tmp_path: Path) -> None:
    article = _short_article(tmp_path)
    settings = Settings(loudness=None)
    first = narrate(str(article), tmp_path / "a.wav", FakeEngine(), settings)
    expected = (tmp_path / "a.wav").read_bytes()
    clips = sorted(Path(user_cache_dir(), "segments").rglob("*.clip"))
    with clips[1].open("r+b") as handle:  # a loud burst in the middle of one clip
        handle.seek(clips[1].stat().st_size // 2)
        handle.write(b"\xff\x7f" * 200)
    engine = FakeEngine()
    again = narrate(str(article), tmp_path / "a.wav", engine, settings)
    assert len(engine.calls) == 1  # that clip alone was synthesized again
    assert (tmp_path / "a.wav").read_bytes() == expected
    assert again.cached == first.segments - 1
    assert again.warnings == [
        f"1 damaged cache entry was ignored and made again (in {user_cache_dir()}); "
        "if this recurs, check that disk"
    ]


def test_a_damaged_mp3_piece_is_encoded_again_not_copied(tmp_path: Path) -> None:
    article = _short_article(tmp_path)
    narrate(str(article), tmp_path / "a.mp3", FakeEngine())
    expected = (tmp_path / "a.mp3").read_bytes()
    piece = next(Path(user_cache_dir(), "pieces").rglob("*.mp3"))
    data = bytearray(piece.read_bytes())
    data[1000:1040] = bytes(reversed(data[1000:1040]))  # scrambled, frame headers intact
    piece.write_bytes(bytes(data))
    again = narrate(str(article), tmp_path / "a.mp3", FakeEngine())
    assert (tmp_path / "a.mp3").read_bytes() == expected
    assert len(again.warnings) == 1 and "1 damaged cache entry" in again.warnings[0]


def test_a_full_cache_keeps_this_runs_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other runs' recent entries fill the cache: three identical runs in a row
    synthesize once, because eviction never removes what the run itself used."""
    other = Cache(user_cache_dir())
    for number in range(20):
        other.put("segments", f"{number:02d}00", ".clip", bytes(100_000))
    monkeypatch.setenv("NARRATE_CACHE_SIZE", "1M")
    article = _short_article(tmp_path)
    calls = []
    for _ in range(3):
        engine = FakeEngine()
        narrate(str(article), tmp_path / "a.mp3", engine)
        calls.append(len(engine.calls))
    assert calls == [calls[0], 0, 0] and calls[0] > 0
    assert Cache(user_cache_dir()).usage().last_run_bytes


def test_no_date_tag_without_a_date_in_the_article(tmp_path: Path) -> None:
    from narrate.pipeline import _tags

    script = build(str(_short_article(tmp_path)))
    assert script.article.date is None
    assert _tags("story.txt", script.article, Settings()).date is None  # not today's


def test_a_missing_lexicon_named_by_the_environment_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NARRATE_LEXICON", str(tmp_path / "typo.txt"))
    script = build(str(_short_article(tmp_path)))
    assert [w for w in script.warnings if "NARRATE_LEXICON" in w] != []


@pytest.mark.parametrize("extension", [".m4a", ".ogg"])
def test_the_output_folder_removed_mid_run_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extension: str
) -> None:
    import shutil

    from narrate import export

    folder = tmp_path / "out"
    real_run = export.run

    def removed_meanwhile(*args: object, **kwargs: object) -> str:
        report = real_run(*args, **kwargs)  # type: ignore[arg-type]
        shutil.rmtree(folder, ignore_errors=True)
        return report

    monkeypatch.setattr("narrate.encode.run", removed_meanwhile)
    out = folder / f"story{extension}"
    with pytest.raises(OutputError) as caught:
        narrate(str(_short_article(tmp_path)), out, FakeEngine())
    assert str(caught.value) == (
        f"{out}: could not be written: its folder was removed while narrate was writing; run again"
    )


def test_an_unwritable_cache_folder_is_named_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("NARRATE_CACHE_DIR", str(blocker / "cache"))
    engine = FakeEngine()
    with pytest.raises(OutputError) as caught:
        narrate(str(_short_article(tmp_path)), tmp_path / "out" / "a.mp3", engine)
    assert str(caught.value) == (
        f"NARRATE_CACHE_DIR={blocker / 'cache'}: cannot create the cache folder (not a "
        "directory); set NARRATE_CACHE_DIR to a folder you can write in, or use --no-cache"
    )
    assert engine.calls == [] and not (tmp_path / "out").exists()
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as a read-only folder is
    monkeypatch.setenv("NARRATE_CACHE_DIR", str(tmp_path))
    with pytest.raises(OutputError, match=r"the cache folder is not writable; set NARRATE_CACHE"):
        narrate(str(_short_article(tmp_path)), tmp_path / "out" / "a.mp3", engine)


def test_flac_is_16_bit(tmp_path: Path) -> None:
    result = narrate(str(_short_article(tmp_path)), tmp_path / "a.flac", FakeEngine())
    assert mutagen.File(result.output).info.bits_per_sample == 16


@pytest.mark.parametrize(
    ("extension", "stages"),
    [
        (".mp3", {READING, SPEAKING, ENCODING}),
        (".wav", {READING, SPEAKING, MEASURING, ENCODING}),
    ],
)
def test_progress_goes_through_every_stage_to_the_end(
    tmp_path: Path, sample_article: Path, extension: str, stages: set[str]
) -> None:
    events: list[Event] = []
    narrate(str(sample_article), tmp_path / f"a{extension}", FakeEngine(), None, events.append)
    assert {e.stage for e in events} == stages
    fractions = [e.fraction for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    speaking = [e for e in events if e.stage == SPEAKING]
    assert speaking[-1].fraction < 0.5  # the encoder's part of the run is still to come
    if extension == ".mp3":  # one event per encoded piece
        pieces = [e for e in events if e.stage == ENCODING]
        assert [e.done for e in pieces] == list(range(1, pieces[0].total + 1))


class WithNaturalVoice(FakeEngine):
    """The fake voices, after an English natural voice listed first."""

    def voices(self) -> list[Voice]:
        return [Voice("joe", "Joe", ("en-us", "en"), "piper"), *super().voices()]


def test_auto_never_picks_a_natural_voice_but_a_chosen_one_reads(sample_article: Path) -> None:
    auto = build(str(sample_article), Settings(), WithNaturalVoice())
    assert all(segment.voice.startswith("gmw/") for segment in auto.segments)
    chosen = build(str(sample_article), Settings(voice="joe"), WithNaturalVoice())
    narration = [s.voice for s in chosen.segments if s.speaker is None]
    assert set(narration) == {"joe"}
