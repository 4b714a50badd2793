"""How much each MP3 quality level loses, against the uncompressed program, and its cost.

    python bench/mp3_quality.py            # the three samples in text/, 3 runs each

For each sample, narrate writes the program as a WAV (22,050 Hz mono, loudness applied:
exactly what the MP3 encoder is fed). Each LAME quality level narrate offers
(`--mp3-quality`) encodes it at 64 kbit/s with the bundled ffmpeg; the MP3 is decoded
again by ffmpeg and compared, sample-aligned, with the WAV:

- SNR: the program's power over the power of (decoded - program), in dB. A perceptual
  codec does not aim at waveform fidelity, so this is low for every level; what matters
  is the difference between levels.
- Log-spectral distance (LSD): the RMS difference, in dB, of the 512-point power spectra
  (23 ms Hann frames, frames of speech only: 40 dB under the loudest frame and up; each
  bin floored 60 dB under its frame's strongest), averaged over frames: the usual
  objective figure for how a codec changes the sound of speech.
- CPU: the encoder's CPU seconds (user + system, ffmpeg's), median of the runs, and its
  ratio to the `standard` level's.

Needs numpy (installed with narrate's language detection). Prints a table.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import imageio_ffmpeg
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()
LEVELS = {"high": 2, "standard": 3, "q5": 5, "fast": 7, "q9": 9}
"""LAME -q levels measured: narrate's three (`--mp3-quality`) and two others."""
SAMPLES = ["harbour-ferry.txt", "river-flood.txt", "night-train.md"]


def program(article: Path, work: Path) -> Path:
    """narrate's program for `article`, as a WAV (what the MP3 encoder is given)."""
    out = work / (article.stem + ".wav")
    env = {**os.environ, "NARRATE_CACHE_DIR": str(work / "cache")}
    command = [sys.executable, "-m", "narrate", str(article), "-o", str(out), "-q"]
    subprocess.run(command, check=True, env=env)
    return out


def samples_of(path: Path) -> np.ndarray:
    with wave.open(str(path)) as handle:
        return np.frombuffer(handle.readframes(handle.getnframes()), "<i2").astype(np.float64)


def encode(wav: Path, level: int, mp3: Path) -> float:
    """Encode at LAME quality `level`; the encoder's CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [FFMPEG, "-v", "error", "-y", "-i", str(wav), "-c:a", "libmp3lame"]
    command += ["-b:a", "64k", "-compression_level", str(level), str(mp3)]
    subprocess.run(command, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def decode(mp3: Path) -> np.ndarray:
    command = [FFMPEG, "-v", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1", "-"]
    raw = subprocess.run(command, check=True, capture_output=True).stdout
    return np.frombuffer(raw, "<i2").astype(np.float64)


def aligned(reference: np.ndarray, decoded: np.ndarray) -> np.ndarray:
    """`decoded` shifted to line up with `reference` (the lag of the best correlation
    within 2,400 samples), cut or padded to its length."""
    part = slice(len(reference) // 3, len(reference) // 3 + 44_100)
    lags = range(-2400, 2401)
    best = max(lags, key=lambda lag: float(np.dot(reference[part], _shifted(decoded, lag)[part])))
    out = _shifted(decoded, best)
    return np.pad(out, (0, max(0, len(reference) - len(out))))[: len(reference)]


def _shifted(values: np.ndarray, lag: int) -> np.ndarray:
    return values[lag:] if lag >= 0 else np.concatenate([np.zeros(-lag), values])


def snr_db(reference: np.ndarray, decoded: np.ndarray) -> float:
    return float(10 * np.log10(np.sum(reference**2) / np.sum((decoded - reference) ** 2)))


def spectra(values: np.ndarray, size: int = 512) -> np.ndarray:
    frames = np.lib.stride_tricks.sliding_window_view(values, size)[:: size // 2]
    return np.abs(np.fft.rfft(frames * np.hanning(size), axis=1)) ** 2


def lsd_db(reference: np.ndarray, decoded: np.ndarray) -> float:
    """Mean over speech frames of the RMS dB difference of the two power spectra, each
    bin floored at 60 dB under its frame's strongest reference bin (so bins that hold
    next to nothing in both, such as those above the encoder's low-pass, do not swamp
    the figure)."""
    ref, dec = spectra(reference), spectra(decoded)
    energy = ref.sum(axis=1)
    speech = energy > energy.max() * 1e-4  # frames within 40 dB of the loudest
    ref, dec = ref[speech], dec[speech]
    floor = ref.max(axis=1, keepdims=True) * 1e-6
    difference = 10 * np.log10(np.maximum(ref, floor)) - 10 * np.log10(np.maximum(dec, floor))
    return float(np.mean(np.sqrt(np.mean(difference**2, axis=1))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    rows: dict[str, dict[str, list[float]]] = {
        name: {"snr": [], "lsd": [], "cpu": []} for name in LEVELS
    }
    seconds = 0.0
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for sample in SAMPLES:
            wav = program(ROOT / "text" / sample, work)
            reference = samples_of(wav)
            seconds += len(reference) / 22050
            for name, level in LEVELS.items():
                mp3 = work / f"{name}.mp3"
                cpu = [encode(wav, level, mp3) for _ in range(options.runs)]
                decoded = aligned(reference, decode(mp3))
                rows[name]["snr"].append(snr_db(reference, decoded))
                rows[name]["lsd"].append(lsd_db(reference, decoded))
                rows[name]["cpu"].append(statistics.median(cpu))
    standard = sum(rows["standard"]["cpu"])
    print(f"{len(SAMPLES)} samples, {seconds:.0f} s of program, 64 kbit/s, 22,050 Hz mono")
    print("level      LAME -q   SNR dB (min)    LSD dB (max)   CPU s   vs standard")
    for name, level in LEVELS.items():
        row = rows[name]
        print(
            f"{name:<10} {level:>7}   {statistics.fmean(row['snr']):5.2f} ({min(row['snr']):5.2f})"
            f"   {statistics.fmean(row['lsd']):5.3f} ({max(row['lsd']):5.3f})"
            f"   {sum(row['cpu']):5.2f}   {sum(row['cpu']) / standard:5.2f}x"
        )


if __name__ == "__main__":
    main()
