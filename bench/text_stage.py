"""Benchmark: how long the text stages take on a 10,000-word article.

Builds the article from the project's own samples (text/*.txt, repeated with the
numbers varied so no two paragraphs are equal), then times, alternately, the bare
split into segments (no spoken-form rules: the baseline) and the full text stage
(split, lexicon and every rule), and prints medians and their ratio. Then it times
`narrate --help` and `narrate script --json` as a user runs them, in a new process each
time: on a one-line article (the start-up alone) and on the whole article (start-up
included), with a cache of their own; the first whole-article run is shown apart, as it
unpacks the language detector's model into that cache (its passages in Spanish and
Ukrainian need the detector), and the median is of the runs after it.

    python bench/text_stage.py [--words 10000] [--runs 7]

Targets: the full text stage under 0.2 s for 10,000 words (issue 3), and `narrate
script` on a 10,000-word article under 0.2 s including start-up (issue 20). The second
is judged on the line "narrate script, whole article": the median wall time of
`narrate script --json ARTICLE` run as a user runs it, a new Python process each time
(start-up, imports, engine, detector, text stage, casting and output all included),
the detector's model already unpacked in the cache (the first run, which unpacks it,
is shown apart and not counted). The start-up line (a one-line article) says how much
of that no article can save. Timings on a machine shared with other work are noisy:
compare runs taken together. The runs are made with Python's bytecode cache on
(PYTHONDONTWRITEBYTECODE unset), as users have it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from narrate.article import parse_article
from narrate.lexicon import Lexicon, load_lexicon
from narrate.normalize import RULES
from narrate.segment import build_script, split_sentences

TEXT = Path(__file__).resolve().parent.parent / "text"


def build_article(words: int) -> str:
    """Sample articles, repeated with their numbers changed, to at least `words` words."""
    samples = [path.read_text(encoding="utf-8") for path in sorted(TEXT.glob("*.txt"))]
    samples = [text for text in samples if len(text.split()) > 50]
    parts: list[str] = []
    count = 0
    copy = 0
    while count < words:
        text = samples[copy % len(samples)]
        copy += 1
        varied = re.sub(r"\d+", lambda m, step=copy: str(int(m.group(0)) + step), text)
        parts.append(varied)
        count += len(varied.split())
    return "\n\n".join(parts)


def split_only(text: str) -> int:
    """The baseline: parse and split into sentences, no spoken forms."""
    article = parse_article(text)
    return sum(len(split_sentences(p.text)) for p in article.paragraphs)


def full_text_stage(text: str, lexicon: Lexicon) -> int:
    return len(build_script(parse_article(text), lexicon=lexicon))


def seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def command_seconds(args: list[str], env: dict[str, str]) -> float:
    """Wall time of one `narrate ARGS` in a new process, start-up included."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "narrate", *args],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    return time.perf_counter() - start


_STAGES = """
import json, os, sys, time
marks = [time.process_time()]
import narrate.cli
from narrate import languages, pipeline
marks.append(time.process_time())
engine = narrate.cli.make_engine()
engine.voices()
marks.append(time.process_time())
languages._scorer()
marks.append(time.process_time())
result = pipeline.build(sys.argv[1], pipeline.Settings(), engine)
marks.append(time.process_time())
with open(os.devnull, "w", encoding="utf-8") as out:
    lines = [json.dumps(segment.to_dict(), ensure_ascii=False) for segment in result.segments]
    out.write("\\n".join(lines) + "\\n")
marks.append(time.process_time())
engine.close()
print(json.dumps([b - a for a, b in zip(marks, marks[1:])]))
"""
STAGES = ("import narrate.cli", "engine start, voices", "language detector (model)",
          "read, text stage, casting", "JSON lines")  # fmt: skip


def stage_seconds(article: Path, env: dict[str, str]) -> list[float]:
    """Where one `narrate script --json ARTICLE` spends its CPU time, stage by stage, in a
    new process (what `script` does, with the detector loaded before `build` needs it);
    the first figure is the process's start before narrate is imported and its exit.
    CPU time, not wall time: on a shared machine it varies far less."""
    child = subprocess.Popen(
        [sys.executable, "-c", _STAGES, str(article)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    output = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    if status:
        raise SystemExit(f"the stages run failed (status {status})")
    stages: list[float] = json.loads(output)
    return [usage.ru_utime + usage.ru_stime - sum(stages), *stages]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    text = build_article(args.words)
    lexicon = load_lexicon(sorted(TEXT.glob("lexicon.txt")))
    bare, full = [], []
    for _ in range(args.runs):
        bare.append(seconds(lambda: split_only(text)))
        full.append(seconds(lambda: full_text_stage(text, lexicon)))
    bare_s, full_s = statistics.median(bare), statistics.median(full)
    print(f"article: {len(text.split())} words, {len(RULES)} rules, {args.runs} runs each")
    print(f"split only (baseline):       median {bare_s:.3f} s")
    print(f"full text stage:             median {full_s:.3f} s  ({full_s / bare_s:.1f}x baseline)")
    verdict = "met" if full_s < 0.2 * len(text.split()) / 10_000 else "NOT met"
    print(f"target < 0.2 s per 10,000 words: {verdict}")

    with tempfile.TemporaryDirectory() as folder:
        one_line, whole = Path(folder, "one.txt"), Path(folder, "article.txt")
        one_line.write_text("The CIA met at 8:00am.\n", encoding="utf-8")
        whole.write_text(text, encoding="utf-8")
        Path(folder, "lexicon.txt").write_text("", encoding="utf-8")
        env = {**os.environ, "NARRATE_LEXICON": str(Path(folder, "lexicon.txt")),
               "NARRATE_CACHE_DIR": str(Path(folder, "cache"))}  # fmt: skip
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        first_s = command_seconds(["script", "--json", str(whole)], env)
        helped, start_up, scripted = [], [], []
        for _ in range(args.runs):
            helped.append(command_seconds(["--help"], env))
            start_up.append(command_seconds(["script", "--json", str(one_line)], env))
            scripted.append(command_seconds(["script", "--json", str(whole)], env))
        staged = [stage_seconds(whole, env) for _ in range(args.runs)]
    help_s, start_s = statistics.median(helped), statistics.median(start_up)
    script_s = statistics.median(scripted)
    print(f"narrate --help:                      median {help_s:.3f} s")
    print(f"narrate script, one line (start-up): median {start_s:.3f} s")
    print(f"narrate script, whole article:       median {script_s:.3f} s  "
          f"({script_s - start_s:.3f} s beyond start-up; first run {first_s:.3f} s)")  # fmt: skip
    verdict = "met" if script_s < 0.2 * max(1.0, len(text.split()) / 10_000) else "NOT met"
    print(f"target < 0.2 s for 10,000 words including start-up: {verdict} "
          "(judged on the whole article's median wall time above)")  # fmt: skip
    print("where the whole article's CPU time goes (medians; engine processes not counted):")
    names = ("Python start-up and exit", *STAGES)
    for name, values in zip(names, zip(*staged, strict=True), strict=True):
        print(f"  {name:<36} {statistics.median(values):.3f} s")


if __name__ == "__main__":
    main()
