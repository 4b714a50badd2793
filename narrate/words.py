"""Word timings: where each spoken word starts (`WordMark`, from the engine) and which
written words of the article those spoken words say (`written_words`).

The engine reads the spoken form ("four point five million dollars"), the page and the
captions show the written one ("$4.5 million"). `written_words` aligns the two by the
words they share; written words between two shared ones take the time of the spoken
words between them, one for one when they are as many, else as one group ("3:30 p.m."
is highlighted whole while "three thirty p m" plays). All functions here are pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class WordMark:
    """Where the engine starts saying one word of the spoken text."""

    start_ms: float
    """In the audio the mark belongs to (the clip, or the output once assembled)."""
    offset: int
    """0-based position of the word's first character in the text the engine was handed."""
    length: int
    """Its length in characters, as the engine counted it (may be a part of a token)."""

    def moved(self, by_ms: float) -> WordMark:
        return WordMark(self.start_ms + by_ms, self.offset, self.length)


@dataclass(frozen=True)
class Word:
    """A written word (or a group of them said as one) and when it is spoken."""

    text: str
    """As written, punctuation attached ("decade.")."""
    offset: int
    """0-based position in the written text."""
    start_ms: float
    end_ms: float


_TOKEN = re.compile(r"\S+")


def tokens(text: str) -> list[tuple[int, str]]:
    """The whitespace-separated tokens of `text` with their offsets."""
    return [(found.start(), found.group()) for found in _TOKEN.finditer(text)]


def core(token: str) -> str:
    """What two tokens must share to be the same word: letters and digits, lower case
    ("Decade." and "decade" match; "p.m." and "p" do not)."""
    return "".join(char for char in token.casefold() if char.isalnum())


def spoken_starts(spoken: str, marks: Sequence[WordMark]) -> list[tuple[str, float | None]]:
    """Each token of `spoken` with the time of the first mark inside it, or None when
    the engine marked none of it (punctuation it does not say)."""
    found = tokens(spoken)
    starts: list[float | None] = [None] * len(found)
    index = 0
    for mark in sorted(marks, key=lambda m: m.offset):
        while index < len(found) and found[index][0] + len(found[index][1]) <= mark.offset:
            index += 1
        if index == len(found):
            break
        if found[index][0] <= mark.offset and starts[index] is None:
            starts[index] = mark.start_ms
    return [(text, start) for (_, text), start in zip(found, starts, strict=True)]


def _anchors(written: Sequence[str], spoken: Sequence[str]) -> list[tuple[int, int]]:
    """The longest in-order run of pairs (written index, spoken index) whose `core`s are
    equal and not empty: the words both texts share."""
    rows, cols = len(written), len(spoken)
    best = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if written[i] and written[i] == spoken[j]:
                best[i][j] = best[i + 1][j + 1] + 1
            else:
                best[i][j] = max(best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < rows and j < cols:
        if written[i] and written[i] == spoken[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def written_words(
    written: str, spoken: str, marks: Sequence[WordMark], end_ms: float
) -> list[Word] | None:
    """The words of `written` with when they are said, in order, each ending where the
    next starts (the last at `end_ms`, the end of the segment's speech).

    Written words are aligned with spoken ones by the words they share. Between two
    shared words, the written words take the span of the spoken ones: one written word
    takes it alone; as many written words as spoken ones pair up in order (a respelled
    name and a number, "Lindqvist, 41"); otherwise they take it together as one `Word`
    (their text joined as written). Written words with nothing spoken (a lone dash)
    join the word before them.

    Returns None, meaning "time this by the sentence", when there are no marks, when
    the marks do not increase, or when nothing could be told apart (a single group).
    Never drops or reorders a written character that is not whitespace.
    """
    said = spoken_starts(spoken, marks)
    times = [start for _, start in said if start is not None]
    if not times or any(later < earlier for earlier, later in pairwise(times)):
        return None
    written_tokens = tokens(written)
    if not written_tokens:
        return None
    w_cores = [core(text) for _, text in written_tokens]
    s_cores = [core(text) for text, _ in said]
    pairs = _anchors(w_cores, s_cores)
    bounds = [(-1, -1), *pairs, (len(w_cores), len(s_cores))]
    # groups: (first written index, last written index + 1, start time or None)
    groups: list[tuple[int, int, float | None]] = []
    for (w0, s0), (w1, s1) in pairwise(bounds):
        if w0 >= 0:
            groups.append((w0, w0 + 1, said[s0][1]))
        gap_written = range(w0 + 1, w1)
        gap_times = [said[j][1] for j in range(s0 + 1, s1) if said[j][1] is not None]
        if not gap_written:
            continue
        said_words = [w for w in gap_written if w_cores[w]]
        if len(said_words) > 1 and len(said_words) == len(gap_times):  # one for one
            firsts = [w0 + 1, *said_words[1:]]
            lasts = [*said_words[1:], w1]
            groups += zip(firsts, lasts, gap_times, strict=True)
        elif gap_times and said_words:
            groups.append((w0 + 1, w1, gap_times[0]))
        else:  # nothing said for them: they belong to the word before
            groups.append((w0 + 1, w1, None))
    merged: list[tuple[int, int, float | None]] = []
    for first, last, start in groups:
        before = merged[-1][2] if merged else None
        if merged and (start is None or (before is not None and start <= before)):
            merged[-1] = (merged[-1][0], last, before)  # said with the word before
        else:
            merged.append((first, last, start))
    if merged and merged[0][2] is None:  # nothing said before them: they start the next
        if len(merged) == 1:
            return None
        merged[1] = (merged[0][0], merged[1][1], merged[1][2])
        merged.pop(0)
    if len(merged) < 2:
        return None
    words: list[Word] = []
    for n, (first, last, start) in enumerate(merged):
        begin = written_tokens[first][0]
        tail_offset, tail_text = written_tokens[last - 1]
        following = merged[n + 1][2] if n + 1 < len(merged) else None
        when = start or 0.0
        finish = following if following is not None else max(end_ms, when)
        words.append(Word(written[begin : tail_offset + len(tail_text)], begin, when, finish))
    return words
