"""Speed and memory of narrate against the bare pipeline, measured in the same run.

    python bench/speed.py            # article runs, then one book run
    python bench/speed.py --runs 7 --book-runs 0

The bare pipeline is `espeak-ng -w x.wav -f ARTICLE && ffmpeg -i x.wav -b:a 64k x.mp3`,
with the same ffmpeg narrate uses (the imageio-ffmpeg one) and espeak-ng from PATH.
Inputs are built from the project's own samples in text/: an article of about 600
words, and a book of 100,000+ words that a word-level Markov chain over those samples
generates (seeded, so every run reads the same book; no sentence repeats in bulk).
Runs alternate bare and narrate; medians and ratios are printed. Linux only (the
memory figure sums the RSS of narrate's whole process tree from /proc).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import imageio_ffmpeg

ROOT = Path(__file__).resolve().parent.parent
FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()
NARRATE = [sys.executable, "-m", "narrate"]


def article_text() -> str:
    """About 600 words: the ferry sample and the start of the Markdown sample's body."""
    ferry = (ROOT / "text" / "harbour-ferry.txt").read_text("utf-8").strip()
    lines = (ROOT / "text" / "night-train.md").read_text("utf-8").splitlines()
    prose = [line for line in lines if line[:1].isalpha() and ":" not in line[:12]]
    return ferry + "\n\n" + "\n\n".join(prose[:6]) + "\n"


def book_text(words: int, seed: int = 5) -> str:
    """A long, non-repeating text from a word-level Markov chain over the samples' words
    (order 1: the samples are short, and order 2 repeats whole sentences)."""
    samples = [*(ROOT / "text").glob("*.txt"), *(ROOT / "text").glob("*.md")]
    corpus = " ".join(p.read_text("utf-8") for p in sorted(samples) if p.name != "lexicon.txt")
    tokens = [t for t in corpus.split() if t.isprintable() and (t[0].isalnum() or t[0] in "“\"'(")]
    chain: dict[str, list[str]] = {}
    for a, b in itertools.pairwise(tokens):
        chain.setdefault(a, []).append(b)
    rng = random.Random(seed)
    out, paragraph = ["A Book of Harbours\n"], []
    state = rng.choice(tokens)
    since = 0
    for _ in range(words):
        state = word = rng.choice(chain.get(state) or tokens)
        since += 1
        if word.endswith((".", "?", "!")):
            if since < 10:  # short sentences would repeat: run them on
                word = word.rstrip(".?!") + ","
            since = 0 if word.endswith((".", "?", "!")) else since
        paragraph.append(word)
        if word.endswith((".", "?", "!")) and len(paragraph) > 60:
            out.append(" ".join(paragraph))
            paragraph = []
    out.append(" ".join(paragraph) + ".")
    return "\n\n".join(out) + "\n"


def tree_rss(pid: int) -> int:
    """Summed resident memory of `pid` and its descendants, in bytes (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo += children.get(current, [])
    return total


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS of the process tree (sampled every 50 ms)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    status = process.wait()
    sampler.join()
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(command)}")
    return time.perf_counter() - start, peak


def bare(article: Path, work: Path) -> float:
    wav, mp3 = work / "bare.wav", work / "bare.mp3"
    start = time.perf_counter()
    subprocess.run(["espeak-ng", "-w", str(wav), "-f", str(article)], check=True)
    subprocess.run(
        [FFMPEG, "-v", "error", "-y", "-i", str(wav), "-b:a", "64k", str(mp3)], check=True
    )
    return time.perf_counter() - start


def narrate(article: Path, work: Path, cache: Path) -> tuple[float, int]:
    env = {**os.environ, "NARRATE_CACHE_DIR": str(cache)}
    return timed([*NARRATE, str(article), "-o", str(work / "narrated.mp3"), "-q"], env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="article runs of each kind")
    parser.add_argument("--book-runs", type=int, default=1, help="book runs (0 to skip)")
    parser.add_argument("--book-words", type=int, default=100_000)
    options = parser.parse_args()
    if not shutil.which("espeak-ng"):
        raise SystemExit("the bare pipeline needs espeak-ng on PATH (apt-get install espeak-ng)")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        article = work / "article.txt"
        article.write_text(article_text(), "utf-8")
        edited = work / "edited.txt"
        words = len(article.read_text("utf-8").split())
        rows: dict[str, list[float]] = {k: [] for k in ("bare", "cold", "warm", "edit")}
        for run in range(options.runs):
            cache = work / f"cache{run}"
            rows["bare"].append(bare(article, work))
            rows["cold"].append(narrate(article, work, cache)[0])
            rows["warm"].append(narrate(article, work, cache)[0])
            text = article.read_text("utf-8").split("\n\n")
            text[3] = text[3].replace("the", f"the ({run})", 1)  # one paragraph edited
            edited.write_text("\n\n".join(text), "utf-8")
            rows["edit"].append(narrate(edited, work, cache)[0])
            shutil.rmtree(cache)
        median = {k: statistics.median(v) for k, v in rows.items()}
        print(f"article: {words} words, {options.runs} runs each, medians")
        print(f"  bare pipeline        {median['bare']:6.2f} s")
        for kind, target in (("cold", "<= 1.20"), ("warm", ""), ("edit", "")):
            ratio = median[kind] / median["bare"]
            print(f"  narrate {kind:<12} {median[kind]:6.2f} s  {ratio:5.2f}x bare  {target}")
        speedup = median["cold"] / median["warm"]
        print(f"  warm is {speedup:.1f}x faster than cold (target >= 3)")
        if not options.book_runs:
            return
        book = work / "book.txt"
        book.write_text(book_text(options.book_words), "utf-8")
        book_words = len(book.read_text("utf-8").split())
        bares, runs, peaks = [], [], []
        for run in range(options.book_runs):
            bares.append(bare(book, work))
            seconds, peak = narrate(book, work, work / f"book-cache{run}")
            runs.append(seconds)
            peaks.append(peak)
            shutil.rmtree(work / f"book-cache{run}")
        b, n = statistics.median(bares), statistics.median(runs)
        print(f"book: {book_words} words, {options.book_runs} run(s), medians")
        print(f"  bare pipeline        {b:6.1f} s")
        print(f"  narrate cold         {n:6.1f} s  {n / b:5.2f}x bare  <= 0.75")
        print(f"  peak RSS, all processes {max(peaks) / 1e6:6.0f} MB  <= 300")
        article_cost = median["cold"] / words * 1000
        book_cost = n / book_words * 1000
        print(f"  per 1000 words: article {article_cost:.2f} s, book {book_cost:.2f} s")
        print(f"  ratio to bare: article {median['cold'] / median['bare']:.2f}, book {n / b:.2f}")


if __name__ == "__main__":
    main()
