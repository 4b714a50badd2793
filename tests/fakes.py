"""Test doubles: engines that make predictable audio without speech synthesis."""

from __future__ import annotations

import math
import struct

from narrate.audio_tools import Audio
from narrate.engine import Voice
from narrate.errors import EngineError

SAMPLE_RATE = 22050


def tone(ms: float, sample_rate: int = SAMPLE_RATE, amplitude: int = 8000) -> bytes:
    """A 440 Hz sine of the given length: sound that trimming must keep."""
    frames = round(ms * sample_rate / 1000)
    return b"".join(
        struct.pack("<h", round(amplitude * math.sin(2 * math.pi * 440 * i / sample_rate)))
        for i in range(frames)
    )


def quiet(ms: float, sample_rate: int = SAMPLE_RATE) -> bytes:
    return b"\x00\x00" * round(ms * sample_rate / 1000)


class SilentEngine:
    """Returns silence as long as the text would take at the rate: words / rate minutes.

    With `padded`, returns a tone of that length between 100 ms of silence before and
    500 ms after, like espeak's padding. Records every call in `calls`.
    """

    name = "silent"
    version = "silent 1"

    def __init__(self, padded: bool = False) -> None:
        self.padded = padded
        self.calls: list[tuple[str, str, int, float]] = []
        self.closed = False

    @staticmethod
    def speech_ms(spoken: str, rate: int) -> float:
        return 60_000 * len(spoken.split()) / rate

    def voices(self) -> list[Voice]:
        return [
            Voice("gmw/en-us", "English (America)", ("en-us",)),
            Voice("gmw/en", "English (Great Britain)", ("en-gb", "en")),
            Voice("roa/fr", "French", ("fr-fr", "fr")),
        ]

    def variants(self) -> list[str]:
        return ["f3", "m1"]

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        self.calls.append((spoken, voice, rate, volume))
        length = self.speech_ms(spoken, rate)
        if self.padded:
            return Audio(quiet(100) + tone(length) + quiet(500), SAMPLE_RATE)
        return Audio(quiet(length), SAMPLE_RATE)

    def close(self) -> None:
        self.closed = True


class FlakyEngine(SilentEngine):
    """Fails the first `failures` calls, by raising or by returning no audio."""

    def __init__(self, failures: int, empty: bool = False) -> None:
        super().__init__()
        self.failures = failures
        self.empty = empty

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if self.failures > 0:
            self.failures -= 1
            self.calls.append((spoken, voice, rate, volume))
            if self.empty:
                return Audio(b"", SAMPLE_RATE)
            raise EngineError("simulated engine failure")
        return super().synthesize(spoken, voice, rate, volume)
