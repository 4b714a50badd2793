"""Measure: how well the word timings agree with the audio itself.

Narrates an article with the real engine (MP3 unless -o says otherwise), decodes the
result, finds every onset of sound after a pause (a run of at least `--gap` ms below
`--silence` dBFS), and compares each with the nearest word start of the final
timeline. Onsets with no word start within 200 ms are counted apart (not word starts:
a stop consonant's closure inside a word). Prints the median and 95th percentile of
the absolute error, for all onsets and for those inside a segment (mid-sentence
pauses, where only the engine's word marks can be right).

    python bench/word_timing.py [ARTICLE ...] [--gap 80] [--silence -45] [--raw]

--raw leaves espeak-ng's marks where it puts them (a word after a pause may be marked
a little before its sound) instead of moving them onto the sound, to see what that gains.

Target (issue 17): word starts after a pause within 60 ms of the sound.
"""

from __future__ import annotations

import argparse
import audioop
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from narrate import speak
from narrate.captions import placement_words
from narrate.engines.espeak import Pyttsx3Engine
from narrate.export import ffmpeg_path
from narrate.pipeline import Result, Settings, narrate
from narrate.words import WordMark

ROOT = Path(__file__).resolve().parent.parent
RATE = 22050
STEP_MS = 5
SAMPLES = ("night-train.md", "harbour-ferry.txt")


def decode(path: Path) -> bytes:
    command = [ffmpeg_path(), "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1"]
    command += ["-ar", str(RATE), "-"]
    return subprocess.run(command, capture_output=True, check=True).stdout


def onsets(pcm: bytes, gap_ms: float, silence_dbfs: float) -> list[float]:
    """Where sound starts again after at least `gap_ms` below `silence_dbfs` (ms)."""
    width = RATE * STEP_MS // 1000
    limit = 32768 * 10 ** (silence_dbfs / 20)
    found, quiet = [], 0
    for n in range(len(pcm) // (2 * width)):
        level = audioop.rms(pcm[2 * n * width : 2 * (n + 1) * width], 2)
        if level < limit:
            quiet += 1
            continue
        if quiet * width * 1000 / RATE >= gap_ms and n > quiet:
            found.append(n * width * 1000 / RATE)
        quiet = 0
    return found


def word_starts(result: Result) -> list[tuple[float, bool]]:
    """Every word start of the final timeline, and whether it is its segment's first."""
    starts = []
    for placement in result.timeline.placements:
        words = placement_words(placement) or []
        starts += [(word.start_ms, n == 0) for n, word in enumerate(words)]
    return starts


def agreement(
    result: Result, gap_ms: float = 80, silence_dbfs: float = -45
) -> tuple[list[float], list[float], int]:
    """(errors at all onsets, errors at onsets inside a segment, onsets with no word near)."""
    starts = word_starts(result)
    every, inside, unmatched = [], [], 0
    for onset in onsets(decode(result.output), gap_ms, silence_dbfs):
        start, first = min(starts, key=lambda item: abs(item[0] - onset))
        if abs(start - onset) > 200:
            unmatched += 1
            continue
        every.append(start - onset)
        if not first:
            inside.append(start - onset)
    return every, inside, unmatched


def summary(name: str, errors: list[float]) -> str:
    if len(errors) < 2:
        return f"{name}: {len(errors)} onsets"
    absolute = sorted(abs(e) for e in errors)
    p95 = statistics.quantiles(absolute, n=20, method="inclusive")[-1]
    within = sum(e <= 60 for e in absolute) / len(absolute)
    return (
        f"{name}: {len(errors)} onsets, |error| median {statistics.median(absolute):.0f} ms, "
        f"95th percentile {p95:.0f} ms, max {absolute[-1]:.0f} ms, "
        f"{100 * within:.0f}% within 60 ms; signed median {statistics.median(errors):+.0f} ms"
    )


def _clamped_only(
    audio: object, marks: Sequence[WordMark], start_ms: float, end_ms: float
) -> tuple[WordMark, ...]:
    return tuple(replace(m, start_ms=min(max(m.start_ms, start_ms), end_ms)) for m in marks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--gap", type=float, default=80.0)
    parser.add_argument("--silence", type=float, default=-45.0)
    parser.add_argument("--suffix", default=".mp3")
    parser.add_argument(
        "--raw",
        action="store_true",
        help="espeak-ng's marks as they come, not moved onto the sound",
    )
    options = parser.parse_args()
    if options.raw:
        speak.place_marks = _clamped_only
    articles = options.articles or [
        ROOT / "text" / "night-train.md",
        ROOT / "text" / "harbour-ferry.txt",
    ]
    engine = Pyttsx3Engine()
    every: list[float] = []
    inside: list[float] = []
    missed = 0
    with tempfile.TemporaryDirectory() as folder:
        for article in articles:
            out = Path(folder) / (article.stem + options.suffix)
            result = narrate(str(article), out, engine, Settings(cache=False, jobs=1))
            a, b, c = agreement(result, options.gap, options.silence)
            print(summary(article.name, a), file=sys.stderr)
            every, inside, missed = every + a, inside + b, missed + c
    engine.close()
    print(summary("all onsets", every))
    print(summary("inside segments", inside))
    print(f"onsets with no word start within 200 ms: {missed}")


if __name__ == "__main__":
    main()
