"""Many short articles: `narrate` once per article, one `narrate batch`, and one
`narrate batch --cluster local:2`, measured in the same run.

    python bench/batch.py                   # 50 articles of 4 sentences
    python bench/batch.py --articles 10     # a quick look

The articles are made from the project's samples in text/: each takes a headline and
a few sentences, and every sentence gets the article's number so that no two articles
share a segment (the segment cache would otherwise make later articles nearly free).
Each way starts with an empty segment cache of its own. Prints the wall time and the
articles per minute of each, and the ratios to the one-call-per-article way.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from num2words import num2words

ROOT = Path(__file__).resolve().parent.parent
NARRATE = [sys.executable, "-m", "narrate"]


def sentences() -> list[str]:
    """The samples' body sentences, long enough to be news."""
    found = []
    for path in (ROOT / "text" / "harbour-ferry.txt", ROOT / "text" / "night-train.md"):
        for paragraph in path.read_text("utf-8").split("\n\n")[2:]:
            if paragraph[:1].isalpha() and ":" not in paragraph[:12]:
                found += [s for s in re.split(r"(?<=[.!?])\s+", paragraph.strip()) if len(s) > 40]
    return found


def make_articles(folder: Path, count: int, per_article: int) -> list[Path]:
    pool = sentences()
    paths = []
    for number in range(count):
        words = num2words(number + 1)
        chosen = [pool[(number * per_article + k) % len(pool)] for k in range(per_article)]
        body = " ".join(f"{s.rstrip('.!?')}, bulletin {words} says." for s in chosen)
        path = folder / f"article-{number + 1:03d}.txt"
        path.write_text(f"Bulletin {words} from the harbour\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def timed(command: list[str], cache: Path) -> float:
    env = {**os.environ, "NARRATE_CACHE_DIR": str(cache)}
    began = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--sentences", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="for --cluster local:N")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="narrate-bench-") as work:
        root = Path(work)
        (root / "in").mkdir()
        articles = make_articles(root / "in", args.articles, args.sentences)
        names = [str(p) for p in articles]
        results: list[tuple[str, float]] = []

        def calls() -> float:
            total = 0.0
            for path in articles:
                out = root / "calls" / (path.stem + ".mp3")
                total += timed([*NARRATE, str(path), "-o", str(out), "-q"], root / "cache-calls")
            return total

        results.append((f"narrate x {len(articles)}", calls()))
        results.append(("narrate batch",
                        timed([*NARRATE, "batch", *names, "-o", str(root / "batch"), "-q"],
                              root / "cache-batch")))  # fmt: skip
        cluster = f"local:{args.workers}"
        results.append((f"batch --cluster {cluster}",
                        timed([*NARRATE, "batch", *names, "-o", str(root / "cluster"), "-q",
                               "--cluster", cluster], root / "cache-cluster")))  # fmt: skip
    base = results[0][1]
    print(f"{len(articles)} articles of {args.sentences} sentences, {os.cpu_count()} CPUs")
    for label, seconds in results:
        rate = len(articles) / seconds * 60
        print(f"  {label:<26} {seconds:7.1f} s  {rate:6.1f} articles/min  {base / seconds:4.2f}x")


if __name__ == "__main__":
    main()
