from __future__ import annotations

import ctypes
import itertools
import os
import subprocess
import sys
import tempfile
import threading
from array import array
from pathlib import Path

import pytest

from narrate.audio_tools import Audio
from narrate.engines.espeak import Pyttsx3Engine
from narrate.errors import EngineError


def test_audio_measures() -> None:
    audio = Audio(b"\x00\x00" * 22050, 22050)
    assert (audio.frames, audio.duration_ms) == (22050, 1000.0)
    assert Audio(b"\x00\x00" * 4, 8000, channels=2).frames == 2


# --- the real engine: fast (about 10 ms a sentence), so it runs in the normal suite -------


@pytest.fixture(scope="module")
def engine() -> Pyttsx3Engine:
    return Pyttsx3Engine()


def test_pyttsx3_synthesizes_mono_pcm_without_printing(
    engine: Pyttsx3Engine, capfd: pytest.CaptureFixture[str]
) -> None:
    audio = engine.synthesize("The ferry sailed again on Tuesday.", "gmw/en-us", 175, 1.0)
    assert audio.sample_rate == 22050
    assert audio.channels == 1
    assert 1000 < audio.duration_ms < 4000
    assert (
        max(
            abs(int.from_bytes(audio.pcm[i : i + 2], "little", signed=True))
            for i in range(0, len(audio.pcm), 2)
        )
        > 1000
    )
    assert capfd.readouterr().out == ""  # pyttsx3's "Audio saved to ..." stays hidden


def test_pyttsx3_settings_apply_to_the_very_next_segment(engine: Pyttsx3Engine) -> None:
    # pyttsx3's queued setProperty used to land one or more utterances late.
    text = "Dozens of people gathered on the quay before dawn to watch the ferry."
    rates = [120, 240] * 8
    frames = [engine.synthesize(text, "gmw/en-us", rate, 1.0).frames for rate in rates]
    slow, fast = frames[0::2], frames[1::2]
    assert min(slow) > 1.7 * max(fast)
    voices = ["gmw/en-us", "gmw/en-us+f3"] * 4
    brightness = [zero_crossings(engine.synthesize(text, voice, 175, 1.0)) for voice in voices]
    male, female = brightness[0::2], brightness[1::2]
    assert min(female) > 1.1 * max(male)  # the +f3 variant is a higher voice, every time


def zero_crossings(audio: Audio) -> float:
    """Sign changes per sample: higher for a higher-pitched voice."""
    samples = array("h", audio.pcm)
    changes = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    return changes / len(samples)


def test_pyttsx3_many_segments_each_complete(engine: Pyttsx3Engine) -> None:
    durations = [
        engine.synthesize(f"Sentence number {n} of the test.", "gmw/en-us", 175, 1.0).frames
        for n in range(30)
    ]
    assert min(durations) > 22050 // 2


def test_pyttsx3_lists_voices_and_variants(engine: Pyttsx3Engine) -> None:
    ids = {voice.id for voice in engine.voices()}
    assert {"gmw/en-us", "gmw/en"} <= ids
    assert "f3" in engine.variants()
    assert engine.version.startswith("pyttsx3 ")
    assert "espeak-ng" in engine.version


def test_pyttsx3_refuses_empty_text(engine: Pyttsx3Engine) -> None:
    with pytest.raises(EngineError, match="empty"):
        engine.synthesize("   ", "gmw/en-us", 175, 1.0)


def test_pyttsx3_leaves_no_files_on_linux(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    engine = Pyttsx3Engine()
    engine.synthesize("One.", "gmw/en-us", 175, 1.0)
    assert list(tmp_path.iterdir()) == []  # speech came back in memory
    engine.close()


def test_pyttsx3_reads_phonemes_from_a_lexicon(engine: Pyttsx3Engine) -> None:
    word = engine.synthesize("hello", "gmw/en-us", 175, 1.0)
    phonemes = engine.synthesize("[[h@l'oU]]", "gmw/en-us", 175, 1.0)
    assert abs(phonemes.duration_ms - word.duration_ms) < 0.2 * word.duration_ms


# --- faults: the engine cannot start, or never answers ----------------------------------


def test_a_missing_bundled_library_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    import espeakng_loader

    monkeypatch.setattr(espeakng_loader, "get_library_path", lambda: "/nowhere/libespeak-ng.so")
    with pytest.raises(EngineError, match=r"cannot load the bundled espeak-ng .*force-reinstall"):
        Pyttsx3Engine().voices()


def test_broken_bundled_data_names_the_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import espeakng_loader

    monkeypatch.setenv("ESPEAK_DATA_PATH", "restored after the test")
    monkeypatch.setattr(espeakng_loader, "get_data_path", lambda: str(tmp_path))
    with pytest.raises(EngineError, match=r"lacks phontab, .*; reinstall with 'pip install"):
        Pyttsx3Engine().voices()


def test_broken_system_data_is_caught_before_espeak_exits_the_process(tmp_path: Path) -> None:
    """espeak-ng itself calls exit(1) with no word of narrate's when phontab is missing."""
    article = tmp_path / "story.txt"
    article.write_text("The ferry is back.\n")
    env = {**os.environ, "NARRATE_ESPEAK": "system", "ESPEAK_DATA_PATH": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "narrate", str(article), "-o", str(tmp_path / "a.mp3")],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert run.returncode == 1
    assert run.stderr.startswith("narrate: error: espeak-ng's data in ")
    assert "lacks phontab" in run.stderr and "ESPEAK_DATA_PATH" in run.stderr
    assert len(run.stderr.splitlines()) == 1
    assert not (tmp_path / "a.mp3").exists()


def test_a_message_that_comes_back_without_audio_is_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = Pyttsx3Engine(timeout_s=0.3)
    engine.voices()  # started: the bundled libespeak-ng is loaded
    from pyttsx3.drivers import _espeak  # only now: it would load the system's

    monkeypatch.setattr(_espeak, "Synth", lambda *args, **kwargs: 0)  # accepted, never said
    with pytest.raises(EngineError, match="returned no audio"):
        engine.synthesize("Hello there.", "gmw/en-us", 175, 1.0)
    monkeypatch.undo()
    assert engine.synthesize("Hello there.", "gmw/en-us", 175, 1.0).frames > 0


def test_an_engine_that_never_answers_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Pyttsx3Engine(timeout_s=0.3)
    engine.voices()  # started: the bundled libespeak-ng is loaded
    from pyttsx3.drivers import _espeak  # only now: it would load the system's

    gate = threading.Event()
    real = _espeak.Synth
    monkeypatch.setattr(_espeak, "Synth", lambda *args, **kwargs: gate.wait() and 0)
    with pytest.raises(EngineError, match="did not finish within 0 s"):
        engine.synthesize("Hello there.", "gmw/en-us", 175, 1.0)
    with pytest.raises(EngineError, match="still busy"):
        engine.synthesize("Hello there.", "gmw/en-us", 175, 1.0)
    monkeypatch.setattr(_espeak, "Synth", real)
    gate.set()
    assert engine._late is not None and engine._late.result() == 0
    assert engine.synthesize("Hello there.", "gmw/en-us", 175, 1.0).frames > 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="espeak-ng's callback: Linux")
def test_espeak_synthesizes_within_the_call(engine: Pyttsx3Engine) -> None:
    """Synchronous mode: no end-of-message event is waited for (asynchronous, the wait
    for espeak-ng's own thread took about 6 ms a segment)."""
    from narrate.engines.espeak import _COLLECTOR

    assert engine.synthesize("Quick.", "gmw/en-us", 175, 1.0).frames > 0
    assert _COLLECTOR.synchronous and not _COLLECTOR.done.is_set()


def test_pyttsx3_marks_every_word_where_it_is_said(engine: Pyttsx3Engine) -> None:
    spoken = "The café opened at four, said Zoë."
    audio = engine.synthesize(spoken, "gmw/en-us", 175, 1.0)
    said = [spoken[m.offset : m.offset + m.length] for m in audio.marks]
    assert said == ["The", "café", "opened", "at", "four", "said", "Zoë"]
    starts = [m.start_ms for m in audio.marks]
    assert starts == sorted(starts)
    assert starts[0] >= 0 and starts[-1] < audio.duration_ms - 100
    again = engine.synthesize("Two words.", "gmw/en-us", 175, 1.0)  # marks are per text
    assert [m.offset for m in again.marks] == [0, 4]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="espeak-ng's callback: Linux")
def test_ctrl_c_inside_espeaks_callback_is_not_lost_or_printed(
    engine: Pyttsx3Engine, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:

    real = ctypes.string_at
    calls: list[int] = []

    def interrupted_once(*args: object) -> bytes:
        calls.append(1)
        if len(calls) == 1:  # as a signal handler raises between two bytecodes
            raise KeyboardInterrupt
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ctypes, "string_at", interrupted_once)
    with pytest.raises(KeyboardInterrupt):
        engine.synthesize("Stop here.", "gmw/en-us", 175, 1.0)
    assert "Exception ignored" not in capfd.readouterr().err
    monkeypatch.undo()
    assert engine.synthesize("Go on.", "gmw/en-us", 175, 1.0).frames > 0


def test_pyttsx3_describes_its_voices(engine: Pyttsx3Engine) -> None:
    info = engine.info("gmw/en-us+f3")
    assert (info.engine, info.format.sample_rate, info.format.channels) == ("espeak", 22050, 1)
    assert info.version == engine.version and "espeak-ng" in info.version
    assert "en-us" in info.languages
    assert info.max_chars >= 1000 and info.ms_per_char > 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_bundled_espeak_is_used_and_kept_out_of_the_global_scope(
    engine: Pyttsx3Engine,
) -> None:
    """pyttsx3 finds the privately loaded library by its soname, so no second libespeak-ng
    is mapped; loaded RTLD_GLOBAL it crashed Piper's own espeak-ng (see test_piper)."""
    import espeakng_loader

    engine.voices()
    maps = Path("/proc/self/maps").read_text().splitlines()
    mapped = {line.split()[-1] for line in maps if "libespeak-ng" in line}
    assert mapped == {str(Path(espeakng_loader.get_library_path()).resolve())}
    assert not hasattr(ctypes.CDLL(None), "espeak_Synth")  # not in the global scope
