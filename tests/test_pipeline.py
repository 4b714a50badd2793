from __future__ import annotations

from pathlib import Path

import mutagen
import pytest

from narrate.errors import ArticleError, UsageError
from narrate.pipeline import Settings, build, default_output, narrate
from narrate.segment import Pauses
from tests.fakes import SilentEngine


def test_default_output() -> None:
    assert default_output("text/harbour-ferry.txt") == Path("output/harbour-ferry.mp3")
    assert default_output("-") == Path("output/article.mp3")


def test_build_returns_the_script(sample_article: Path) -> None:
    script = build(str(sample_article))
    assert script.article.title
    assert script.segments[0].kind == "headline"
    assert script.warnings == []


def test_narrate_lays_out_silence_sized_segments_exactly(
    tmp_path: Path, sample_article: Path
) -> None:
    engine = SilentEngine()
    settings = Settings(
        rate=150, pauses=Pauses(sentence_ms=500, paragraph_ms=1000, headline_ms=1500)
    )
    seen: list[tuple[int, int]] = []
    result = narrate(
        str(sample_article),
        tmp_path / "a.wav",
        engine,
        settings,
        lambda done, total: seen.append((done, total)),
    )
    script = build(str(sample_article), settings).segments
    speech = sum(SilentEngine.speech_ms(s.spoken, 150) for s in script)
    pauses = sum(s.pause_after_ms for s in script)
    assert abs(result.duration_ms - (speech + pauses)) < len(script)  # rounding per clip
    assert result.segments == len(script)
    assert seen == [(n, len(script)) for n in range(1, len(script) + 1)]
    assert [p.segment for p in result.timeline.placements] == script
    assert abs(mutagen.File(result.output).info.length * 1000 - result.duration_ms) < 5
    assert {call[1] for call in engine.calls} == {"gmw/en-us"}


def test_narrate_checks_voice_and_output_before_synthesis(
    tmp_path: Path, sample_article: Path
) -> None:
    engine = SilentEngine()
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
        narrate(str(article), tmp_path / "a.mp3", SilentEngine())
    assert not (tmp_path / "a.mp3").exists()
