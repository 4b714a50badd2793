"""Loudness: estimate a stretch of speech's EBU R128 loudness in Python, choose the gain
(and peak limiter) that brings it to a target, and read ffmpeg's ebur128 measurements
to check and correct the result.

espeak-ng speaks at about -20.3 LUFS with peaks near 0 dBFS, so reaching -16 LUFS needs
a limiter, and the limiter takes some loudness off with the peaks. `estimate` gates
400 ms blocks as BS.1770 does, without its K-weighting filter; over espeak's voices
that reads 0.8 LU low, steadily (±0.05 LU on 12 stretches of three articles), and the
limiter takes 1.3 LU (±0.15) of whole engine output. The encoder measures what it
encodes, and a stretch that misses the target by more than `TOLERANCE_LU` is encoded
again with the gain corrected.
"""

from __future__ import annotations

import math
import re
import subprocess
import warnings
from collections.abc import Iterable
from dataclasses import dataclass

from .audio_tools import PROGRAM, PcmFormat
from .errors import OutputError

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import audioop  # the C module pydub uses; audioop-lts on Python 3.13 and later

PEAK_CEILING_DB = -1.5
"""A plain gain is used when the sample peaks stay under this; else the limiter joins in."""
WEIGHTING_LU = 0.8
"""What K-weighting adds to `estimate` for espeak's speech (measured, see above)."""
LIMITER_LOSS_LU = 2.3
"""What the limiter takes off at the level it is used at, on trimmed takes: their
pieces reached 0.3 LU under their aim with 1.3 (the figure for whole engine output)
1.6 and 2.0 (this figure centres them)."""
TOLERANCE_LU = 0.5
CORRECTION_SLOPE = 0.75
"""Loudness gained per decibel of gain once the limiter works (it takes the rest)."""
RAW = PROGRAM.ffmpeg_input()
"""ffmpeg input options for the program's PCM."""


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    peak_db: float
    """Sample peak in dBFS, or true peak in dBTP when measured so."""


@dataclass(frozen=True)
class Gain:
    """A loudness change: a gain, and a limiter ceiling when one is needed."""

    db: float
    limit_db: float | None = None

    def filters(self) -> list[str]:
        """ffmpeg audio filters applying it (the limiter compensates its own delay)."""
        filters = [f"volume={self.db:.2f}dB"]
        if self.limit_db is not None:
            limit = 10 ** (self.limit_db / 20)
            filters.append(
                f"alimiter=limit={limit:.4f}:attack=2:release=50:level=false:latency=true"
            )
        return filters

    def options(self) -> list[str]:
        return ["-af", ",".join(self.filters())]


def estimate(pcm: bytes, fmt: PcmFormat = PROGRAM) -> Loudness:
    """Gated loudness (unweighted, plus `WEIGHTING_LU`) and sample peak of 16-bit PCM.
    Silence reads as -inf. A 400 ms block's power is the mean of its four 100 ms hops',
    each measured once (measuring every block whole took 1 s of CPU per 2 h of speech)."""
    return estimate_stream([pcm], fmt)


def estimate_stream(chunks: Iterable[bytes], fmt: PcmFormat = PROGRAM) -> Loudness:
    """`estimate` of the PCM that `chunks` make when joined, exactly, without joining
    them: only the chunk at hand and less than one hop are held at a time."""
    block = fmt.frames(400) * fmt.frame_bytes
    hop = block // 4
    hops: list[float] = []
    carry, head, length, peak = b"", b"", 0, 0
    for chunk in chunks:
        if not chunk:
            continue
        length += len(chunk)
        peak = max(peak, audioop.max(chunk, 2))
        if len(head) < block:
            head += chunk[: block - len(head)]
        data = carry + chunk if carry else chunk
        view = memoryview(data)
        whole = len(data) - len(data) % hop
        hops += [audioop.rms(view[at : at + hop], 2) ** 2 for at in range(0, whole, hop)]
        carry = bytes(view[whole:])
    squares: list[float] = []
    if 0 < length < block:
        squares = [audioop.rms(head, 2) ** 2]
    elif length:
        squares = [sum(hops[first : first + 4]) / 4 for first in range(len(hops) - 3)]
    floor = 32768**2 * 10 ** ((-70 + 0.691) / 10)  # the absolute gate, -70 LUFS
    powers = [square / 32768**2 for square in squares if square > floor]
    peak_db = 20 * math.log10(peak / 32768) if peak else -math.inf
    if not powers:
        return Loudness(-math.inf, peak_db)
    gate = sum(powers) / len(powers) / 10  # the relative gate, 10 LU under the mean
    kept = [power for power in powers if power > gate]
    level = 10 * math.log10(sum(kept) / len(kept)) - 0.691 + WEIGHTING_LU
    return Loudness(level, peak_db)


def choose_gain(measured: Loudness, target: float, limit_db: float) -> Gain | None:
    """The gain to bring `measured` to `target`, with a limiter at `limit_db` when the
    peaks would pass `PEAK_CEILING_DB`; None for silence."""
    if measured.integrated_lufs < -70:
        return None
    db = target - measured.integrated_lufs
    if measured.peak_db + db <= PEAK_CEILING_DB:
        return Gain(round(db, 1))
    return Gain(round(db + LIMITER_LOSS_LU, 1), limit_db)


def correct(gain: Gain, reached: float, target: float) -> Gain | None:
    """A better gain after `gain` gave `reached` LUFS, or None if it is close enough."""
    miss = target - reached
    if abs(miss) <= TOLERANCE_LU:
        return None
    slope = CORRECTION_SLOPE if gain.limit_db is not None else 1.0
    return Gain(round(gain.db + miss / slope, 1), gain.limit_db)


def ebur128(peak: str = "sample") -> str:
    """ffmpeg's EBU R128 meter printing only its summary; `peak` is sample, true or none."""
    return f"ebur128=peak={peak}:framelog=verbose"


def parse_ebur128(report: str) -> Loudness:
    """Integrated loudness and peak from the summary ffmpeg's ebur128 filter prints."""
    summary = report[report.rfind("Summary:") :]
    integrated = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    peak = re.search(r"Peak:\s+(-?[\d.]+|-inf) dB", summary)
    if not integrated:
        raise OutputError("cannot measure loudness: ffmpeg printed no ebur128 summary")
    return Loudness(float(integrated.group(1)), float(peak.group(1)) if peak else 0.0)


def measure_file(ffmpeg: str, path: str) -> Loudness:
    """Integrated loudness and true peak of an audio file."""
    command = [ffmpeg, "-hide_banner", "-nostats", "-nostdin", "-i", path]
    done = subprocess.run(
        [*command, "-af", ebur128("true"), "-f", "null", "-"], capture_output=True
    )
    return parse_ebur128(done.stderr.decode("utf-8", "replace"))
