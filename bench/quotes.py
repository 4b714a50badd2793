"""Benchmark: how well the quotation finder finds quotations and their speakers.

Runs `quotes.find_quotations` over the labelled paragraphs in tests/data/quotes.json
(written for this project) and prints precision and recall of the quotations found
(a quotation counts when its paragraph and its exact text, marks included, match a
labelled one), how many of those found were given the labelled speaker, and every
miss.

    python bench/quotes.py
"""

from __future__ import annotations

import json
from pathlib import Path

from narrate.quotes import SOMEONE, find_quotations

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "quotes.json"


def measure() -> tuple[float, float, float, list[str]]:
    """Precision, recall, attribution accuracy (of the quotations found rightly), misses."""
    groups = json.loads(DATA.read_text(encoding="utf-8"))["groups"]
    found_count = labelled_count = right = right_speaker = 0
    misses: list[str] = []
    for group in groups:
        paragraphs = group["paragraphs"]
        labelled = {(p, text): who for p, text, who in group["quotes"]}
        found = {
            (p, paragraphs[p][q.start : q.end]): (None if q.speaker == SOMEONE else q.speaker)
            for p, quotations in enumerate(find_quotations(paragraphs))
            for q in quotations
        }
        found_count += len(found)
        labelled_count += len(labelled)
        for key, who in found.items():
            if key not in labelled:
                misses.append(f"not a labelled quotation: {key[1]!r}")
                continue
            right += 1
            expected = labelled[key]
            if (who or "").lower() == (expected or "").lower():
                right_speaker += 1
            else:
                misses.append(f"speaker {who!r}, labelled {expected!r}: {key[1]!r}")
        misses += [f"not found: {key[1]!r}" for key in labelled if key not in found]
    return right / found_count, right / labelled_count, right_speaker / right, misses


def main() -> None:
    precision, recall, speakers, misses = measure()
    print(f"precision {precision:.3f}  recall {recall:.3f}  speaker right {speakers:.3f}")
    for miss in misses:
        print("  " + miss)


if __name__ == "__main__":
    main()
