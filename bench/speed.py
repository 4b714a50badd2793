"""Speed and memory of narrate against the bare pipeline, measured in the same run.

    python bench/speed.py            # article runs, then one long-text run
    python bench/speed.py --runs 7 --long-runs 0
    python bench/speed.py --long-runs 2 --book-words 100000   # and the Markov book

The bare pipeline is `espeak-ng -w x.wav -f ARTICLE && ffmpeg -i x.wav -b:a 64k x.mp3`,
with the same ffmpeg narrate uses (the imageio-ffmpeg one) and espeak-ng from PATH.
Inputs: an article of about 600 words from the project's own samples in text/; the
long real text, 40,000 words of varied invented news (bench/realistic.py: numbers,
lists, quotes, links, a few non-Latin passages); optionally a book that a word-level
Markov chain over the samples generates (the long text of earlier versions: easier
than real text). Runs alternate bare and narrate; medians and ratios are printed, for
narrate's default MP3 quality (fast) and for `--mp3-quality standard` (the bare
pipeline's LAME level). Targets (issue 19): article cold <= 1.0x bare, warm >= 10x
faster than cold, long text <= 0.6x bare, peak memory <= 150 MB. Linux only (the
memory figure sums the RSS of narrate's whole process tree from /proc, so pages
shared between processes count once per process: an upper bound).
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realistic import realistic_text  # bench/ is not a package

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
    """Summed resident memory of `pid` and its descendants, in bytes (from /proc). A
    child whose command line is its parent's is a fork between fork and exec (Python
    starts ffmpeg so): it shares its parent's pages, so it is not counted again."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    parent: dict[int, int] = {}
    command: dict[int, bytes] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                command[int(entry)] = handle.read()
        except OSError:
            continue
        parent[int(entry)] = int(fields[1])
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        forked = current != pid and command.get(current) == command.get(parent.get(current, -1))
        total += 0 if forked else rss.get(current, 0)
        todo += children.get(current, [])
    return total


def timed(
    command: list[str], env: dict[str, str] | None = None, pss: bool = False
) -> tuple[float, int, int]:
    """Wall seconds, and the peaks of the process tree's summed RSS and summed PSS
    (proportional: pages shared between processes, such as the ffmpeg binary's, counted
    once; bench/natural.py's measure; only when `pss`, as reading it costs CPU), sampled
    every 50 ms. The time is taken when the process ends, not when the sampler has
    noticed."""
    from natural import tree_pss  # not at the top: natural.py imports this module

    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    peak = peak_pss = 0
    ended = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not ended.is_set():
            peak = max(peak, tree_rss(process.pid))
            peak_pss = max(peak_pss, tree_pss(process.pid)) if pss else 0
            ended.wait(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    status = process.wait()
    elapsed = time.perf_counter() - start
    ended.set()
    sampler.join()
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(command)}")
    return elapsed, peak, peak_pss


def bare(article: Path, work: Path) -> float:
    wav, mp3 = work / "bare.wav", work / "bare.mp3"
    start = time.perf_counter()
    subprocess.run(["espeak-ng", "-w", str(wav), "-f", str(article)], check=True)
    subprocess.run(
        [FFMPEG, "-v", "error", "-y", "-i", str(wav), "-b:a", "64k", str(mp3)], check=True
    )
    return time.perf_counter() - start


def narrate(
    article: Path, work: Path, cache: Path, *extra: str, pss: bool = False
) -> tuple[float, int, int]:
    env = {**os.environ, "NARRATE_CACHE_DIR": str(cache)}
    command = [*NARRATE, str(article), "-o", str(work / "narrated.mp3"), "-q", *extra]
    return timed(command, env, pss)


STANDARD = ("--mp3-quality", "standard")
"""LAME's default level, which the bare pipeline uses, and narrate did before 0.2."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="article runs (0 to skip)")
    parser.add_argument("--long-runs", type=int, default=1, help="long-text runs (0 to skip)")
    parser.add_argument("--long-words", type=int, default=40_000)
    parser.add_argument(
        "--book-words", type=int, default=0, help="also a Markov book of this many words"
    )
    options = parser.parse_args()
    if not shutil.which("espeak-ng"):
        raise SystemExit("the bare pipeline needs espeak-ng on PATH (apt-get install espeak-ng)")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if options.runs:
            article_runs(work, options.runs)
        if options.long_runs:
            long_text = work / "news.txt"
            long_text.write_text(realistic_text(options.long_words), "utf-8")
            long_runs(work, long_text, "long real text", options.long_runs)
        if options.book_words:
            book = work / "book.txt"
            book.write_text(book_text(options.book_words), "utf-8")
            long_runs(work, book, "Markov book", max(1, options.long_runs))


def article_runs(work: Path, runs: int) -> None:
    """Alternating: bare, narrate cold, warm, after an edit, and cold at standard quality."""
    article = work / "article.txt"
    article.write_text(article_text(), "utf-8")
    edited = work / "edited.txt"
    words = len(article.read_text("utf-8").split())
    rows: dict[str, list[float]] = {k: [] for k in ("bare", "cold", "warm", "edit", "standard")}
    for run in range(runs):
        cache = work / f"cache{run}"
        rows["bare"].append(bare(article, work))
        rows["cold"].append(narrate(article, work, cache)[0])
        rows["warm"].append(narrate(article, work, cache)[0])
        text = article.read_text("utf-8").split("\n\n")
        text[3] = text[3].replace("the", f"the ({run})", 1)  # one paragraph edited
        edited.write_text("\n\n".join(text), "utf-8")
        rows["edit"].append(narrate(edited, work, cache)[0])
        shutil.rmtree(cache)
        rows["standard"].append(narrate(article, work, cache, *STANDARD)[0])
        shutil.rmtree(cache)
    median = {k: statistics.median(v) for k, v in rows.items()}
    print(f"article: {words} words, {runs} runs each, medians")
    print(f"  bare pipeline          {median['bare']:6.3f} s")
    labels = {"cold": "cold", "warm": "warm", "edit": "edit", "standard": "cold, standard"}
    for kind, target in (("cold", "<= 1.0"), ("warm", ""), ("edit", ""), ("standard", "")):
        ratio = median[kind] / median["bare"]
        print(f"  narrate {labels[kind]:<14} {median[kind]:6.3f} s  {ratio:5.2f}x bare  {target}")
    speedup = median["cold"] / median["warm"]
    print(f"  warm is {speedup:.1f}x faster than cold (target >= 10)")


def long_runs(work: Path, text: Path, label: str, runs: int) -> None:
    """Alternating: bare, narrate cold, narrate cold at standard quality."""
    words = len(text.read_text("utf-8").split())
    bares, fast, standard, peaks, peaks_pss = [], [], [], [], []
    for run in range(runs):
        bares.append(bare(text, work))
        seconds, peak, peak_pss = narrate(text, work, work / f"long-cache{run}", pss=True)
        shutil.rmtree(work / f"long-cache{run}")
        fast.append(seconds)
        peaks.append(peak)
        peaks_pss.append(peak_pss)
        standard.append(narrate(text, work, work / f"long-cache{run}", *STANDARD)[0])
        shutil.rmtree(work / f"long-cache{run}")
    b, n, s = statistics.median(bares), statistics.median(fast), statistics.median(standard)
    print(f"{label}: {words} words, {runs} run(s), medians")
    print(f"  bare pipeline          {b:6.1f} s")
    print(f"  narrate cold           {n:6.1f} s  {n / b:5.2f}x bare  <= 0.6")
    print(f"  narrate cold, standard {s:6.1f} s  {s / b:5.2f}x bare")
    print(f"  peak RSS, all processes {max(peaks) / 1e6:5.0f} MB  <= 150 (summed RSS)")
    print(f"  peak PSS, all processes {max(peaks_pss) / 1e6:5.0f} MB  (shared pages once)")


if __name__ == "__main__":
    main()
