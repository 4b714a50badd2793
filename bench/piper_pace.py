"""Measure a Piper voice's pace, for narrate's table from --rate to length_scale.

    python bench/piper_pace.py                 # the joe voice
    python bench/piper_pace.py path/to/voice.onnx --scales 0.8 1.0 1.2

Says every segment of the samples in text/ (as narrate would hand them to the engine) at
each length_scale, trims each clip to its speech as the speak stage does, and prints
words a minute on speech alone, then the speech per letter or digit at 175 words a
minute through the resulting table. Paste the printed table into NATURAL_VOICES in
narrate/engines/piper.py. Needs the natural extra.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrate import audio_tools  # noqa: E402
from narrate.engines import piper  # noqa: E402
from narrate.pipeline import build  # noqa: E402


def texts() -> list[str]:
    spoken: list[str] = []
    for name in ("harbour-ferry.txt", "night-train.md"):
        spoken += [segment.spoken for segment in build(str(ROOT / "text" / name)).segments]
    return spoken


def speech_ms(engine: piper.PiperEngine, voice: str, text: str, scale: float) -> float:
    """Speech alone (the clip's sound bounds) at a given length_scale."""
    pace = ((scale, 200.0), (scale + 1.0, 100.0))  # a table that maps 200 wpm to `scale`
    original = piper.voice_files

    def files(name: str) -> piper.VoiceFiles:
        found = original(name)
        return piper.VoiceFiles(found.model, found.config, pace, found.ms_per_char)

    piper.voice_files = files  # type: ignore[assignment]
    try:
        audio = engine.synthesize(text, voice, 200, 1.0)
    finally:
        piper.voice_files = original  # type: ignore[assignment]
    bounds = audio_tools.speech_bounds(audio)
    return bounds[1] - bounds[0] if bounds else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("voice", nargs="?", default="joe")
    parser.add_argument("--scales", type=float, nargs="+", default=[0.6, 0.8, 1.0, 1.2, 1.5, 2.0])
    options = parser.parse_args()
    engine = piper.PiperEngine()
    segments = texts()
    words = sum(len(text.split()) for text in segments)
    letters = sum(ch.isalnum() for text in segments for ch in text)
    table = []
    started = time.perf_counter()
    for scale in options.scales:
        total = sum(speech_ms(engine, options.voice, text, scale) for text in segments)
        wpm = words / (total / 60000)
        table.append((scale, round(wpm)))
        print(f"length_scale {scale:4}: {wpm:6.1f} words a minute on speech alone")
    print(f"({len(segments)} segments, {words} words, {time.perf_counter() - started:.0f} s)")
    print("pace=" + repr(tuple((scale, float(wpm)) for scale, wpm in table)))
    scale = piper.length_scale(175, tuple((s, float(w)) for s, w in table))
    per_char = [speech_ms(engine, options.voice, text, scale) for text in segments]
    ms = sum(per_char) / letters
    ratios = [
        ms_ / max(1, sum(ch.isalnum() for ch in text))
        for ms_, text in zip(per_char, segments, strict=True)
    ]
    print(
        f"at 175 wpm (length_scale {scale}): {ms:.1f} ms per letter or digit overall, "
        f"median per segment {statistics.median(ratios):.1f}, lowest {min(ratios):.1f}"
    )


if __name__ == "__main__":
    main()
