"""Benchmark: how well each HTML extractor finds the article body, and how fast.

Runs every extractor on the labelled pages of tests/data/pages/ (built by
bench/make_pages.py: original articles in realistic page furniture, five languages) and
prints, per extractor, precision, recall and F1 of 4-word shingles (lower-cased,
punctuation stripped: the measure public article-extraction benchmarks use) against
each page's hand-made ground truth, averaged over pages, and the median ms per page.

    python bench/extraction.py [--runs 3] [--pages]

Extractors that are not installed are skipped (pip install readability-lxml justext).
Target (issue 18): F1 at least 0.95.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from narrate.sources import Document
from narrate.sources.html import decode_html, html_article

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return Counter(tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1)))


def score(found: str, truth: str) -> tuple[float, float, float]:
    got, want = shingles(found), shingles(truth)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def narrate_trafilatura(page: str) -> str:
    """What narrate speaks after the headline and byline: trafilatura's body as narrate's
    HTML loader walks and cleans it (including the left-out accounting, so ms/page is the
    loader's whole cost)."""
    document = Document(page.encode("utf-8"), "page", "page.html", charset="utf-8")
    found, _ = html_article(document, 10_000_000)
    return "\n".join(p.text for p in found.paragraphs if p.kind not in ("headline", "byline"))


def trafilatura_default(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_comments=False) or ""


def trafilatura_precision(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_comments=False, favor_precision=True) or ""


def trafilatura_recall(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_comments=False, favor_recall=True) or ""


def readability(page: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(page).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def justext_extract(page: str, language: str) -> str:
    import justext

    names = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}
    stoplist = justext.get_stoplist(names.get(language, "English"))
    paragraphs = justext.justext(page.encode("utf-8"), stoplist, encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def available() -> dict[str, Callable[[str, str], str]]:
    found: dict[str, Callable[[str, str], str]] = {
        "trafilatura (narrate)": lambda page, lang: narrate_trafilatura(page),
        "trafilatura default": lambda page, lang: trafilatura_default(page),
        "trafilatura precision": lambda page, lang: trafilatura_precision(page),
        "trafilatura recall": lambda page, lang: trafilatura_recall(page),
    }
    try:
        import readability as _  # noqa: F401

        found["readability-lxml"] = lambda page, lang: readability(page)
    except ImportError:
        print("readability-lxml not installed: skipped")
    try:
        import justext as _j  # noqa: F401

        found["justext"] = justext_extract
    except ImportError:
        print("justext not installed: skipped")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", action="store_true", help="print F1 per page too")
    args = parser.parse_args()
    pages = []
    for path in sorted(PAGES.glob("*.html")):
        text, _ = decode_html(path.read_bytes(), name=path.name)
        lang = re.search(r'<html lang="(\w+)"', text)
        truth = path.with_suffix(".txt").read_text("utf-8")
        pages.append((path.stem, text, lang[1] if lang else "en", truth))
    print(f"{len(pages)} pages; medians of {args.runs} runs (machine shared: times are noisy)")
    print(
        f"{'extractor':<24} {'precision':>9} {'recall':>7} {'F1':>6} {'min F1':>7} {'ms/page':>8}"
    )
    for name, run in available().items():
        scores, times, worst = [], [], []
        for slug, text, lang, truth in pages:
            took = []
            for _ in range(args.runs):
                start = time.perf_counter()
                found = run(text, lang)
                took.append(time.perf_counter() - start)
            times.append(statistics.median(took))
            result = score(found, truth)
            scores.append(result)
            worst.append((result[2], slug))
        p, r, f = (statistics.mean(s[i] for s in scores) for i in range(3))
        ms = statistics.median(times) * 1000
        print(f"{name:<24} {p:9.3f} {r:7.3f} {f:6.3f} {min(worst)[0]:7.3f} {ms:8.1f}")
        if args.pages:
            for f1, slug in sorted(worst)[:5]:
                print(f"    {slug:<20} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
