"""Speak stage: each segment of a script through an `Engine`, checked, in script order.

A segment whose audio comes back missing or empty is tried once more; a second failure
raises EngineError naming the segment, so text is never dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .audio_tools import Audio
from .engine import Engine
from .errors import EngineError
from .segment import Segment

ATTEMPTS = 2


@dataclass(frozen=True)
class Clip:
    """A segment and the engine's audio for it, untrimmed."""

    segment: Segment
    audio: Audio


def speak(
    script: Iterable[Segment], engine: Engine, voice: str, rate: int, volume: float
) -> Iterator[Clip]:
    """Yield one `Clip` per segment, in order. Raises EngineError after `ATTEMPTS` failures."""
    for segment in script:
        yield Clip(segment, synthesize_checked(engine, segment, voice, rate, volume))


def synthesize_checked(
    engine: Engine, segment: Segment, voice: str, rate: int, volume: float
) -> Audio:
    """The engine's audio for one segment, with at least one frame, or EngineError."""
    problem = ""
    for _ in range(ATTEMPTS):
        try:
            audio = engine.synthesize(segment.spoken, voice, rate, volume)
        except EngineError as exc:
            problem = str(exc)
            continue
        if audio.frames > 0:
            return audio
        problem = "the engine returned no audio"
    raise EngineError(
        f"segment {segment.index + 1} ({_excerpt(segment.text)}) failed twice: {problem}"
    )


def _excerpt(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")
