"""`Audio`, the PCM value passed between stages, and small operations on it built on
pydub: decoding, trimming, fades, silence, conversion.

Each operation returns new audio and never changes its input. Units are milliseconds
and dBFS. This is the only module that imports pydub.
"""

from __future__ import annotations

import os
import sys
import warnings
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .words import WordMark

if TYPE_CHECKING:
    from pydub import AudioSegment

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop  # the C module pydub uses; audioop-lts on Python 3.13 and later


def _audio_segment() -> Any:
    """pydub's AudioSegment, imported on first use: 12 ms of start-up that a run making
    no audio (`narrate script`, `narrate --help`) need not pay."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # pydub warns when ffmpeg is not on PATH
        warnings.simplefilter("ignore", DeprecationWarning)
        from pydub import AudioSegment

    return AudioSegment


@dataclass(frozen=True)
class PcmFormat:
    """A stream of signed 16-bit little-endian PCM: its sample rate and channels."""

    sample_rate: int
    channels: int = 1

    @property
    def frame_bytes(self) -> int:
        return 2 * self.channels

    def frames(self, ms: float) -> int:
        """The frames nearest to `ms` milliseconds."""
        return round(ms * self.sample_rate / 1000)

    def ms(self, frames: int) -> float:
        return 1000.0 * frames / self.sample_rate

    def ffmpeg_input(self) -> list[str]:
        """ffmpeg's input options for raw PCM in this format."""
        return ["-f", "s16le", "-ar", str(self.sample_rate), "-ac", str(self.channels)]


PROGRAM = PcmFormat(22050, 1)
"""The format narrate stores takes in and lays the output out in, whatever the engine
(espeak-ng's and most Piper voices' own); engines' audio is converted to it."""


@dataclass(frozen=True)
class Audio:
    """Mono or interleaved signed 16-bit little-endian PCM."""

    pcm: bytes
    sample_rate: int
    channels: int = 1
    marks: tuple[WordMark, ...] = ()
    """Where the engine started each word, when it says (espeak-ng does). The operations
    here return audio without them: whoever cuts the audio moves its marks."""

    @property
    def frames(self) -> int:
        return len(self.pcm) // (2 * self.channels)

    @property
    def duration_ms(self) -> float:
        return 1000.0 * self.frames / self.sample_rate

    @property
    def format(self) -> PcmFormat:
        return PcmFormat(self.sample_rate, self.channels)


SILENCE_DBFS = -50.0
"""Below this level a 5 ms stretch counts as silence."""


def to_segment(audio: Audio) -> AudioSegment:
    return _audio_segment()(
        data=audio.pcm, sample_width=2, frame_rate=audio.sample_rate, channels=audio.channels
    )


def from_segment(segment: AudioSegment) -> Audio:
    return Audio(segment.raw_data, segment.frame_rate, segment.channels)


def read_file(path: str) -> Audio:
    """Decode an audio file (WAV here; AIFF from macOS's driver) to 16-bit `Audio`.

    Raises OSError for a missing file, ValueError for an empty one or one that is not audio.
    """
    if os.path.getsize(path) == 0:
        raise ValueError("the file is empty")
    try:
        segment = _audio_segment().from_file(path)
    except Exception as exc:  # pydub raises many kinds on a malformed file
        raise ValueError(str(exc)) from None
    return from_segment(segment.set_sample_width(2))


def speech_bounds(audio: Audio) -> tuple[float, float] | None:
    """Where the sound starts and ends, in ms (to 5 ms), or None if silent throughout.

    The same answer as pydub's `detect_leading_silence` from both ends, 5 ms chunks at
    `SILENCE_DBFS`, without making an AudioSegment of every chunk (which took a third
    of the speak stage's CPU)."""
    length = round(audio.duration_ms)  # pydub's len()
    start = _leading_silence_ms(audio.pcm, audio, length)
    if start >= length:
        return None
    end = length - _leading_silence_ms(audioop.reverse(audio.pcm, 2), audio, length)
    return float(start), float(end)


_SILENT_RMS = 32768 * 10 ** (SILENCE_DBFS / 20)
_CHUNK_MS = 5


def _leading_silence_ms(pcm: bytes, audio: Audio, length: int) -> int:
    width = 2 * audio.channels
    trim = 0
    while trim < length:
        first = int(trim * audio.sample_rate / 1000) * width
        last = int(min(trim + _CHUNK_MS, length) * audio.sample_rate / 1000) * width
        chunk = pcm[first:last]
        chunk += bytes(last - first - len(chunk))  # pydub pads a short last chunk so
        if audioop.rms(chunk, 2) >= _SILENT_RMS:
            break
        trim += _CHUNK_MS
    return min(trim, length)


def first_sound_ms(audio: Audio, start_ms: float, end_ms: float) -> float | None:
    """Where the sound first starts between two times, in ms (to 5 ms, measured as
    `speech_bounds` does), or None if that stretch is silent throughout."""
    part = cut(audio, start_ms, end_ms)
    length = round(part.duration_ms)
    found = _leading_silence_ms(part.pcm, part, length)
    return None if found >= length else max(0.0, start_ms) + found


def cut(audio: Audio, start_ms: float, end_ms: float) -> Audio:
    """The audio between two times, to the frame."""
    first = max(0, round(start_ms * audio.sample_rate / 1000))
    last = min(audio.frames, round(end_ms * audio.sample_rate / 1000))
    size = 2 * audio.channels
    return Audio(audio.pcm[first * size : last * size], audio.sample_rate, audio.channels)


def trim_silence(
    audio: Audio, lead_ms: int, tail_ms: int, bounds: tuple[float, float] | None = None
) -> tuple[Audio, float, float]:
    """Cut silence before and after the sound down to `lead_ms` and `tail_ms`; return the
    trimmed audio and where the sound starts and ends in it, in ms. `bounds` saves
    finding them again when the caller has them from `speech_bounds`.

    Audio that is silent throughout is returned unchanged, never emptied, with its whole
    length as the bounds.
    """
    bounds = bounds or speech_bounds(audio)
    if bounds is None:
        return audio, 0.0, audio.duration_ms
    start = max(0.0, bounds[0] - lead_ms)
    trimmed = cut(audio, start, bounds[1] + tail_ms)
    return trimmed, bounds[0] - start, min(bounds[1] - start, trimmed.duration_ms)


def fade(audio: Audio, in_ms: int, out_ms: int) -> Audio:
    """Linear fade in and out, so the joint between two clips does not click.

    Keeps every frame (pydub's own fades work in whole milliseconds and may drop one).
    Audio shorter than the two fades is returned unchanged.
    """
    fade_in = round(in_ms * audio.sample_rate / 1000)
    fade_out = round(out_ms * audio.sample_rate / 1000)
    if audio.frames <= fade_in + fade_out:
        return audio
    samples = array("h", audio.pcm)
    if sys.byteorder == "big":
        samples.byteswap()
    channels = audio.channels

    def scale(frame: int, gain: float) -> None:
        for index in range(frame * channels, (frame + 1) * channels):
            samples[index] = int(samples[index] * gain)

    for step in range(fade_in):
        scale(step, step / fade_in)
    for step in range(fade_out):
        scale(audio.frames - 1 - step, step / fade_out)
    if sys.byteorder == "big":
        samples.byteswap()
    return Audio(samples.tobytes(), audio.sample_rate, channels)


def silence(duration_ms: int, sample_rate: int, channels: int) -> Audio:
    """Digital silence of the given length, to the frame."""
    frames = round(duration_ms * sample_rate / 1000)
    return Audio(b"\x00\x00" * frames * channels, sample_rate, channels)


def convert(audio: Audio, sample_rate: int, channels: int) -> Audio:
    """The same audio at another sample rate or channel count (unchanged if it matches)."""
    if (audio.sample_rate, audio.channels) == (sample_rate, channels):
        return audio
    segment = to_segment(audio).set_frame_rate(sample_rate).set_channels(channels)
    return from_segment(segment)
