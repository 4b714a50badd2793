"""Test doubles: engines that make predictable audio without speech synthesis."""

from __future__ import annotations

import functools
import math
import os
import struct
import threading
import time
from collections.abc import Sequence

from narrate.audio_tools import Audio, PcmFormat
from narrate.engines.base import EngineInfo, Voice
from narrate.engines.espeak import MS_PER_CHAR
from narrate.errors import EngineError
from narrate.words import WordMark, tokens

SAMPLE_RATE = 22050


def tone(ms: float, sample_rate: int = SAMPLE_RATE, amplitude: int = 8000) -> bytes:
    """A 440 Hz sine of the given length: sound that trimming must keep."""
    frames = round(ms * sample_rate / 1000)
    second = _second_of_tone(sample_rate, amplitude)  # 440 whole periods: tiles seamlessly
    return (second * (frames // sample_rate + 1))[: 2 * frames]


@functools.cache
def _second_of_tone(sample_rate: int, amplitude: int) -> bytes:
    return b"".join(
        struct.pack("<h", round(amplitude * math.sin(2 * math.pi * 440 * i / sample_rate)))
        for i in range(sample_rate)
    )


def quiet(ms: float, sample_rate: int = SAMPLE_RATE) -> bytes:
    return b"\x00\x00" * round(ms * sample_rate / 1000)


class FakeEngine:
    """Returns a tone as long as espeak-ng would take over the text: `MS_PER_CHAR` per
    letter or digit at 175 words a minute, so that the dropped-audio check passes.

    With `padded`, the tone comes between 100 ms of silence before and 500 ms after,
    like espeak's padding. `share` < 1 shortens every tone, like an engine that drops
    the end of each text. Marks every spoken word with letters or digits, each after
    the letters and digits before it (`fake_marks`), as espeak-ng does. Records every
    call in `calls`.
    """

    name = "fake"
    version = "fake 1"
    max_chars = 1000
    jobs_per_worker = 200
    """As espeak's: workers help only scripts with this many segments left per worker."""

    def __init__(self, padded: bool = False, share: float = 1.0) -> None:
        self.padded = padded
        self.share = share
        self.calls: list[tuple[str, str, int, float]] = []
        self.closed = False

    @classmethod
    def speech_ms(cls, spoken: str, rate: int) -> float:
        return round(FAKE_INFO.expected_speech_ms(spoken, rate))

    def info(self, voice: str) -> EngineInfo:
        return EngineInfo(
            self.name, self.version, PcmFormat(SAMPLE_RATE), self.max_chars, MS_PER_CHAR, ("en",),
            self.jobs_per_worker,
        )  # fmt: skip

    def voices(self) -> list[Voice]:
        return [
            Voice("gmw/en-us", "English (America)", ("en-us",), "espeak"),
            Voice("gmw/en", "English (Great Britain)", ("en-gb", "en"), "espeak"),
            Voice("roa/fr", "French", ("fr-fr", "fr"), "espeak"),
        ]

    def variants(self) -> list[str]:
        return ["f3", "m1"]

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        self.calls.append((spoken, voice, rate, volume))
        length = self.speech_ms(spoken, rate) * self.share
        lead = 100 if self.padded else 0
        marks = fake_marks(spoken, length, lead)
        if self.padded:
            return Audio(quiet(100) + tone(length) + quiet(500), SAMPLE_RATE, marks=marks)
        return Audio(tone(length), SAMPLE_RATE, marks=marks)

    def close(self) -> None:
        self.closed = True


def fake_marks(spoken: str, length_ms: float, lead_ms: float) -> tuple[WordMark, ...]:
    """A mark for each token of `spoken` with letters or digits, placed in a tone of
    `length_ms` starting at `lead_ms` in proportion to the letters and digits before it."""
    letters = sum(char.isalnum() for char in spoken) or 1
    marks, before = [], 0
    for offset, token in tokens(spoken):
        count = sum(char.isalnum() for char in token)
        if count:
            marks.append(WordMark(lead_ms + length_ms * before / letters, offset, len(token)))
        before += count
    return tuple(marks)


FAKE_INFO = FakeEngine().info("gmw/en-us")


FAULTS = ("raise", "empty", "silent", "short")


class RefusesWord(FakeEngine):
    """Fails (EngineError) on any text with `word` in it, recording the call; says the rest."""

    def __init__(self, word: str, padded: bool = False) -> None:
        super().__init__(padded=padded)
        self.word = word

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if self.word in spoken:
            self.calls.append((spoken, voice, rate, volume))
            raise EngineError("simulated engine failure")
        return super().synthesize(spoken, voice, rate, volume)


class FlakyEngine(FakeEngine):
    """Fails the first `failures` calls in the way `fault` names: raising an EngineError,
    returning no audio, silence as long as the speech, or a fifth of the speech."""

    def __init__(self, failures: int, fault: str = "raise") -> None:
        super().__init__()
        assert fault in FAULTS
        self.failures = failures
        self.fault = fault

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if self.failures <= 0:
            return super().synthesize(spoken, voice, rate, volume)
        self.failures -= 1
        self.calls.append((spoken, voice, rate, volume))
        length = self.speech_ms(spoken, rate)
        if self.fault == "empty":
            return Audio(b"", SAMPLE_RATE)
        if self.fault == "silent":
            return Audio(quiet(length), SAMPLE_RATE)
        if self.fault == "short":
            return Audio(quiet(100) + tone(length / 5) + quiet(500), SAMPLE_RATE)
        raise EngineError("simulated engine failure")


class DyingEngine(FakeEngine):
    """A worker's engine that dies (exit status 3) or hangs on any text with `word` in
    it, first leaving a note in `marker`."""

    def __init__(self, word: str, marker: str, hang: bool = False) -> None:
        super().__init__(padded=True)
        self.word, self.marker, self.hang = word, marker, hang

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if self.word in spoken:
            with open(self.marker, "a") as note:
                note.write(spoken + "\n")
            if self.hang:
                time.sleep(3600)
            os._exit(3)
        return super().synthesize(spoken, voice, rate, volume)


class SlowEngine(FakeEngine):
    """Takes `delay_s` over every text, so that workers get a share of short scripts."""

    def __init__(self, delay_s: float) -> None:
        super().__init__(padded=True)
        self.delay_s = delay_s

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        time.sleep(self.delay_s)
        return super().synthesize(spoken, voice, rate, volume)


class KillOnceEngine(FakeEngine):
    """Ends its own process (exit status 3) on the first text with `word` in it, of all
    processes sharing `marker`: the file it creates first, so a second try goes through."""

    def __init__(self, word: str, marker: str) -> None:
        super().__init__()
        self.word, self.marker = word, marker

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if self.word in spoken:
            try:
                with open(self.marker, "x") as note:
                    note.write(f"{os.getpid()}\n")
            except FileExistsError:
                pass
            else:
                os._exit(3)
        return super().synthesize(spoken, voice, rate, volume)


GATE_TIMEOUT_S = 120.0
"""How long a gated engine waits for its event before the test gives up on it."""


class GatedEngine(FakeEngine):
    """Before saying a text with `word` in it ("" for every text), waits until that
    gate's event is set: tests order what the lanes do by events, never by timing."""

    def __init__(self, gates: Sequence[tuple[str, threading.Event]], padded: bool = True) -> None:
        super().__init__(padded=padded)
        self.gates = list(gates)

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        for word, event in self.gates:
            if word in spoken and not event.wait(GATE_TIMEOUT_S):
                raise AssertionError(f"gave up waiting for {word or 'a worker'!r}: {spoken!r}")
        return super().synthesize(spoken, voice, rate, volume)
