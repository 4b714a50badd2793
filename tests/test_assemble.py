from __future__ import annotations

from narrate.assemble import LEAD_MS, TAIL_MS, Timeline, assemble
from narrate.audio_tools import Audio
from narrate.segment import Segment
from narrate.speak import Clip
from tests.fakes import SAMPLE_RATE, quiet, tone


def _clip(index: int, speech_ms: int, pause_ms: int, rate: int = SAMPLE_RATE) -> Clip:
    segment = Segment(index, index, "body", "x", "x", pause_ms)
    return Clip(segment, Audio(quiet(120, rate) + tone(speech_ms, rate) + quiet(600, rate), rate))


def test_assemble_places_segments_after_trimmed_padding_and_pauses() -> None:
    timeline = Timeline()
    pcm = b"".join(assemble([_clip(0, 1000, 600), _clip(1, 500, 1200), _clip(2, 300, 0)], timeline))
    assert len(pcm) // 2 == timeline.frames
    spans = [(p.start_ms, p.end_ms) for p in timeline.placements]
    clip_ms = [1000 + LEAD_MS + TAIL_MS, 500 + LEAD_MS + TAIL_MS, 300 + LEAD_MS + TAIL_MS]
    expected_starts = [0, clip_ms[0] + 600, clip_ms[0] + 600 + clip_ms[1] + 1200]
    for (start, end), want_start, length in zip(spans, expected_starts, clip_ms, strict=True):
        assert abs(start - want_start) <= 12
        assert abs((end - start) - length) <= 12
    assert abs(timeline.duration_ms - (sum(clip_ms) + 1800)) <= 20
    assert (timeline.sample_rate, timeline.channels) == (SAMPLE_RATE, 1)


def test_assemble_streams_lazily() -> None:
    made: list[int] = []

    def clips() -> object:
        for i in range(3):
            made.append(i)
            yield _clip(i, 100, 100)

    chunks = assemble(clips(), Timeline())  # type: ignore[arg-type]
    next(chunks)
    assert made == [0]


def test_assemble_converts_later_clips_to_the_first_format() -> None:
    timeline = Timeline()
    list(assemble([_clip(0, 200, 0), _clip(1, 200, 0, rate=44100)], timeline))
    assert timeline.sample_rate == SAMPLE_RATE
    second = timeline.placements[1]
    assert abs((second.end_ms - second.start_ms) - (200 + LEAD_MS + TAIL_MS)) <= 12
