"""Benchmark: language detectors on short news paragraphs.

Runs every detector that is installed (py3langid, lingua-language-detector, langdetect)
over the labelled paragraphs in tests/data/languages.tsv (12 languages, written for
this project), whole and cut to their first five words, and prints each one's accuracy,
median milliseconds per paragraph (after one warm-up pass), start-up time and the size
of the installed package with its own dependencies.

    python bench/languages.py [--runs 5]

Accuracy is measured twice: choosing among the 12 languages of the set only, and among
every language the detector knows (the harder, realistic case: a Slovak or Catalan
guess for a Polish or Spanish paragraph counts as wrong).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import statistics
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "languages.tsv"

Detect = Callable[[str], str]


def labelled() -> list[tuple[str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            language, text = line.split("\t", 1)
            rows.append((language, text))
    return rows


def make_py3langid(languages: list[str] | None) -> Detect:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if languages:
        identifier.set_languages(languages)
    return lambda text: str(identifier.classify(text)[0])


def make_lingua(languages: list[str] | None) -> Detect:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    if languages:
        codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
        detector = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
    else:
        detector = LanguageDetectorBuilder.from_all_languages().build()

    def detect(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "?"

    return detect


def make_langdetect(languages: list[str] | None) -> Detect:
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0

    def detect(text: str) -> str:
        for guess in detect_langs(text):
            if not languages or guess.lang in languages:
                return str(guess.lang)
        return "?"

    return detect


DETECTORS = {
    "py3langid": (make_py3langid, "py3langid"),
    "lingua": (make_lingua, "lingua-language-detector"),
    "langdetect": (make_langdetect, "langdetect"),
}


def installed_mb(distribution: str, seen: set[str] | None = None) -> float:
    """Size on disk of a distribution's files and, recursively, its requirements'."""
    seen = seen if seen is not None else set()
    key = distribution.lower().replace("_", "-")
    if key in seen:
        return 0.0
    seen.add(key)
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        return 0.0
    size = sum(
        path.stat().st_size
        for file in dist.files or ()
        if (path := Path(str(dist.locate_file(file)))).is_file()
    )
    for requirement in dist.requires or ():
        if "extra ==" in requirement:
            continue
        name = requirement.split(";")[0].split("[")[0]
        for stop in "<>=!~ (":
            name = name.split(stop)[0]
        size += installed_mb(name.strip(), seen) * 1e6
    return size / 1e6


def first_words(text: str, count: int = 5) -> str:
    return " ".join(text.split()[:count])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = labelled()
    languages = sorted({language for language, _ in rows})
    print(f"{len(rows)} paragraphs, {len(languages)} languages: {' '.join(languages)}")
    print(
        f"{'detector':<12} {'of 12':>6} {'all':>6} {'5 words':>8} {'3 words':>8} "
        f"{'ms/para':>8} {'start s':>8} {'MB':>6}"
    )
    for name, (make, distribution) in DETECTORS.items():
        try:
            started = time.perf_counter()
            detect = make(None)
            detect("warm up")
            start_s = time.perf_counter() - started
            among = make(languages)
        except ImportError:
            print(f"{name:<12} not installed")
            continue
        right12 = sum(among(text) == language for language, text in rows)
        right = sum(detect(text) == language for language, text in rows)
        five = sum(detect(first_words(text)) == language for language, text in rows)
        three = sum(detect(first_words(text, 3)) == language for language, text in rows)
        times = []
        for _ in range(args.runs):
            began = time.perf_counter()
            for _, text in rows:
                detect(text)
            times.append((time.perf_counter() - began) * 1000 / len(rows))
        wrong = [(lang, detect(text)) for lang, text in rows if detect(text) != lang]
        print(
            f"{name:<12} {right12 / len(rows):>6.3f} {right / len(rows):>6.3f} "
            f"{five / len(rows):>8.3f} {three / len(rows):>8.3f} "
            f"{statistics.median(times):>8.3f} {start_s:>8.2f} {installed_mb(distribution):>6.0f}"
            + (f"   wrong: {wrong}" if wrong else "")
        )


if __name__ == "__main__":
    main()
