"""Assemble stage: clips in, a stream of PCM chunks out, and a `Timeline` of where each
segment's speech sits in the final audio.

The engine's own padding (0-160 ms before speech, 300-650 ms after) is trimmed to a
small margin so the pauses between segments are the ones the script asked for; each
clip gets short fades so no joint clicks. Audio is never concatenated with `+`: each
chunk goes out as it is made, so memory stays flat however long the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import audio_tools
from .segment import Segment
from .speak import Clip

LEAD_MS = 40
"""Silence kept before the first sound of a clip."""
TAIL_MS = 80
"""Silence kept after the last sound of a clip."""
FADE_MS = 8


@dataclass(frozen=True)
class Placement:
    """Where one segment's audio starts and ends in the output, in milliseconds."""

    segment: Segment
    start_ms: float
    end_ms: float
    speech_start_ms: float = 0.0
    """Where the speech itself starts (the clip keeps up to `LEAD_MS` of silence before)."""
    speech_end_ms: float = 0.0


@dataclass
class Timeline:
    """The running layout of the output: format, length so far, and every placement."""

    sample_rate: int = 0
    channels: int = 0
    frames: int = 0
    placements: list[Placement] = field(default_factory=list)

    @property
    def duration_ms(self) -> float:
        return 1000.0 * self.frames / self.sample_rate if self.sample_rate else 0.0


def assemble(clips: Iterable[Clip], timeline: Timeline) -> Iterator[bytes]:
    """Yield the output's PCM (16-bit), clip by clip with the pauses between them,
    recording each placement in `timeline` as it goes.

    The first clip fixes the sample rate and channel count; later clips are converted
    to it. Guarantees the frames yielded equal `timeline.frames` at every step.
    """
    for clip in clips:
        audio = clip.audio
        if not timeline.sample_rate:
            timeline.sample_rate, timeline.channels = audio.sample_rate, audio.channels
        audio = audio_tools.convert(audio, timeline.sample_rate, timeline.channels)
        audio, speech_start, speech_end = audio_tools.trim_silence(audio, LEAD_MS, TAIL_MS)
        audio = audio_tools.fade(audio, FADE_MS, FADE_MS)
        start = timeline.frames
        start_ms = 1000.0 * start / timeline.sample_rate
        pause = audio_tools.silence(
            clip.segment.pause_after_ms, timeline.sample_rate, timeline.channels
        )
        timeline.frames += audio.frames + pause.frames
        timeline.placements.append(
            Placement(
                clip.segment,
                start_ms,
                1000.0 * (start + audio.frames) / timeline.sample_rate,
                start_ms + speech_start,
                start_ms + speech_end,
            )
        )
        yield audio.pcm + pause.pcm
