"""Timed text: chapters, caption cues (SRT, WebVTT, LRC) and the JSON transcript, all read
from the `Timeline` of where each segment's speech sits in the final file.

One cue per sentence: the pieces of a sentence too long to say in one go share a cue, so
a cue never ends mid-sentence. Cue text is the article's written text, not the reading.
Word timings (`placement_words`) come from the engine's word marks; WebVTT can carry
them inside each cue as timestamp tags, and the transcript lists them per segment.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .article import HEADING, Article
from .assemble import Placement
from .export import Chapter
from .options import CAPTION_FORMATS as CAPTION_FORMATS
from .words import Word, written_words


@dataclass(frozen=True)
class Cue:
    start_ms: float
    """Where the sentence's speech starts in the file."""
    end_ms: float
    """Where it ends."""
    text: str
    """As written in the article."""
    spoken: str
    """In words, as heard (the segments' `spoken`)."""
    chapter: int
    """0-based index of the chapter it is in."""
    words: tuple[Word, ...] = ()
    """Its written words with their times, when every piece of it has them."""


def cues(placements: Sequence[Placement]) -> list[Cue]:
    """One cue per sentence, in order, from the segments' placements."""
    found: list[Cue] = []
    group: list[Placement] = []
    for placement in [*placements, None]:
        if group and (placement is None or placement.segment.sentence != group[0].segment.sentence):
            found.append(
                Cue(
                    group[0].speech_start_ms,
                    group[-1].speech_end_ms,
                    " ".join(p.segment.text for p in group),
                    " ".join(p.segment.spoken for p in group),
                    group[0].segment.section,
                    _cue_words(group),
                )
            )
            group = []
        if placement is not None:
            group.append(placement)
    return found


def placement_words(placement: Placement) -> list[Word] | None:
    """The written words of a placed segment with their times in the output, or None
    when they cannot be told (no marks, or an uncertain mapping: time it by the sentence).
    Every word starts inside the segment's speech, in order."""
    found = written_words(
        placement.segment.text, placement.segment.said, placement.marks, placement.speech_end_ms
    )
    if not found:
        return None
    low, high = placement.speech_start_ms, placement.speech_end_ms
    inside = [min(max(word.start_ms, low), high) for word in found]
    ends = [*inside[1:], high]
    return [
        Word(word.text, word.offset, start, max(start, end))
        for word, start, end in zip(found, inside, ends, strict=True)
    ]


def _cue_words(group: Sequence[Placement]) -> tuple[Word, ...]:
    """The words of a sentence's pieces (offsets into the cue's joined text), or none
    if any piece has no word timings."""
    words: list[Word] = []
    shift = 0
    for placement in group:
        found = placement_words(placement)
        if found is None:
            return ()
        words += [Word(w.text, w.offset + shift, w.start_ms, w.end_ms) for w in found]
        shift += len(placement.segment.text) + 1
    return tuple(words)


def chapters(
    placements: Sequence[Placement], duration_ms: float, article: Article
) -> list[Chapter]:
    """One chapter per section, starting where its speech starts (the first at 0), named
    by its heading; the first is named by the headline."""
    starts: list[tuple[str, float]] = []
    for placement in placements:
        segment = placement.segment
        if segment.section < len(starts):
            continue
        if not starts:
            title = article.title or segment.text
            starts.append((_short(title), 0.0))
        else:
            title = segment.text if segment.kind == HEADING else f"Part {segment.section + 1}"
            starts.append((_short(title), placement.speech_start_ms))
    return [
        Chapter(title, start, starts[n + 1][1] if n + 1 < len(starts) else duration_ms)
        for n, (title, start) in enumerate(starts)
    ]


def _short(title: str, limit: int = 80) -> str:
    title = " ".join(title.split()).rstrip(".")
    return title if len(title) <= limit else title[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def _clock(ms: float, separator: str) -> str:
    total = round(ms)
    hours, rest = divmod(total, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def to_srt(found: Sequence[Cue]) -> str:
    blocks = [
        f"{n}\n{_clock(c.start_ms, ',')} --> {_clock(c.end_ms, ',')}\n{c.text}\n"
        for n, c in enumerate(found, 1)
    ]
    return "\n".join(blocks)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(found: Sequence[Cue], words: bool = False) -> str:
    """WebVTT, one cue per sentence. With `words`, each word of a cue that has word
    timings is preceded by a timestamp tag (`<00:00:01.250>`) of when it is said:
    players show them as karaoke. Tags are strictly inside the cue and increasing."""
    blocks = []
    for cue in found:
        start, end = _clock(cue.start_ms, "."), _clock(cue.end_ms, ".")
        text = _timed_text(cue) if words and cue.words else _vtt_escape(cue.text)
        blocks.append(f"{start} --> {end}\n{text}\n")
    return "WEBVTT\n\n" + "\n".join(blocks)


def _timed_text(cue: Cue) -> str:
    """The cue's text with a timestamp tag before each word after the first; a word
    whose time (in whole ms) is not after the last tag's and before the cue's end
    goes untagged, with the word before it."""
    parts, position, last = [], 0, round(cue.start_ms)
    for word in cue.words:
        stamp = round(word.start_ms)
        before = _vtt_escape(cue.text[position : word.offset])
        tag = f"<{_clock(stamp, '.')}>" if last < stamp < round(cue.end_ms) else ""
        last = stamp if tag else last
        parts.append(before + tag)
        parts.append(_vtt_escape(word.text))
        position = word.offset + len(word.text)
    parts.append(_vtt_escape(cue.text[position:]))
    return "".join(parts)


def to_lrc(found: Sequence[Cue], title: str | None = None, artist: str | None = None) -> str:
    def stamp(ms: float) -> str:
        minutes, rest = divmod(round(ms / 10), 6000)
        return f"[{minutes:02d}:{rest // 100:02d}.{rest % 100:02d}]"

    lines = [f"[ti:{title}]"] if title else []
    lines += [f"[ar:{artist}]"] if artist else []
    lines += [stamp(c.start_ms) + " ".join(c.text.split()) for c in found]
    return "\n".join(lines) + "\n"


def captions(
    kind: str, found: Sequence[Cue], title: str | None, artist: str | None, words: bool = False
) -> str:
    """Caption file text in one of `CAPTION_FORMATS` (WebVTT with word timings if `words`)."""
    if kind == "srt":
        return to_srt(found)
    if kind == "vtt":
        return to_vtt(found, words)
    return to_lrc(found, title, artist)


def transcript(
    found: Sequence[Cue],
    chapter_list: Sequence[Chapter],
    placements: Sequence[Placement],
    about: Mapping[str, object] | None = None,
) -> str:
    """The JSON transcript: chapters, and every segment with its written and spoken text,
    start and end in ms, chapter, cue (sentence) and words (each written word with its
    start and end; one entry for the whole text when the words cannot be told). `about`
    (the article's title, authors, date, site, language, URL), when given, comes first
    as "article"."""
    data: dict[str, object] = {"article": dict(about)} if about else {}
    data |= {
        "chapters": [
            {"title": c.title, "start_ms": round(c.start_ms), "end_ms": round(c.end_ms)}
            for c in chapter_list
        ],
        "segments": [
            {
                "index": p.segment.index,
                "text": p.segment.text,
                "spoken": p.segment.spoken,
                "start_ms": round(p.speech_start_ms),
                "end_ms": round(p.speech_end_ms),
                "chapter": p.segment.section,
                "sentence": p.segment.sentence,
                "words": _json_words(p),
            }
            for p in placements
        ],
        "cues": [
            {
                "text": c.text,
                "start_ms": round(c.start_ms),
                "end_ms": round(c.end_ms),
                "chapter": c.chapter,
            }
            for c in found
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _json_words(placement: Placement) -> list[dict[str, object]]:
    found = placement_words(placement) or [
        Word(placement.segment.text, 0, placement.speech_start_ms, placement.speech_end_ms)
    ]
    return [
        {"text": w.text, "start_ms": round(w.start_ms), "end_ms": round(w.end_ms)} for w in found
    ]
