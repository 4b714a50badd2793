from __future__ import annotations

import pytest

from narrate.errors import EngineError
from narrate.segment import Segment
from narrate.speak import speak, synthesize_checked
from tests.fakes import FlakyEngine, SilentEngine


def _segment(index: int, text: str) -> Segment:
    return Segment(index, index, "body", text, text, 600)


def test_speak_yields_clips_in_order() -> None:
    engine = SilentEngine()
    script = [_segment(i, f"Sentence {i} here.") for i in range(5)]
    clips = list(speak(script, engine, "gmw/en-us", 175, 0.5))
    assert [clip.segment.index for clip in clips] == list(range(5))
    assert [call[0] for call in engine.calls] == [s.spoken for s in script]
    assert all(call[1:] == ("gmw/en-us", 175, 0.5) for call in engine.calls)


@pytest.mark.parametrize("empty", [False, True], ids=["raises", "no-audio"])
def test_one_failure_is_retried(empty: bool) -> None:
    engine = FlakyEngine(failures=1, empty=empty)
    audio = synthesize_checked(engine, _segment(0, "Try again."), "v", 175, 1.0)
    assert audio.frames > 0
    assert len(engine.calls) == 2


@pytest.mark.parametrize("empty", [False, True], ids=["raises", "no-audio"])
def test_two_failures_name_the_segment(empty: bool) -> None:
    engine = FlakyEngine(failures=2, empty=empty)
    with pytest.raises(EngineError, match=r"segment 4 \('The quay flooded.'\) failed twice"):
        synthesize_checked(engine, _segment(3, "The quay flooded."), "v", 175, 1.0)
