"""Assemble stage: lay the takes out in time with the pauses between them, group them
into pieces for encoding, and stream any run of takes as PCM from the cache.

Nothing here holds more than one clip in memory: audio is never concatenated with `+`,
each clip goes out as it is read, so memory stays flat however long the article.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from . import cache
from .audio_tools import PROGRAM, PcmFormat
from .segment import Segment
from .speak import Take
from .words import WordMark


@dataclass(frozen=True)
class Placement:
    """Where one segment's audio starts and ends in the output, in milliseconds."""

    segment: Segment
    start_ms: float
    end_ms: float
    speech_start_ms: float = 0.0
    """Where the speech itself starts (the clip keeps a little silence before)."""
    speech_end_ms: float = 0.0
    marks: tuple[WordMark, ...] = ()
    """Where each spoken word starts in the output (see `Take.marks`)."""


@dataclass
class Timeline:
    """The layout of the output: format, length, and every placement."""

    format: PcmFormat = PROGRAM
    frames: int = 0
    placements: list[Placement] = field(default_factory=list)

    @property
    def sample_rate(self) -> int:
        return self.format.sample_rate

    @property
    def channels(self) -> int:
        return self.format.channels

    @property
    def duration_ms(self) -> float:
        return 1000.0 * self.frames / self.sample_rate if self.sample_rate else 0.0


@dataclass(frozen=True)
class Piece:
    """A run of whole paragraphs' segments, encoded as one unit and cached by `name`."""

    first: int
    """Index of its first segment in the script."""
    count: int
    name: str
    """A hash of its segments' take names and pauses."""


def pause_frames(take: Take) -> int:
    return take.format.frames(take.segment.pause_after_ms)


def lay_out(takes: Sequence[Take]) -> Timeline:
    """Each take placed after the one before and its pause, in the takes' format (they
    must share one). Exact to the frame."""
    fmt = takes[0].format if takes else PROGRAM
    if any(take.format != fmt for take in takes):
        raise ValueError("takes in different formats cannot be laid out in one timeline")
    timeline = Timeline(fmt)
    for take in takes:
        start = timeline.frames
        start_ms = fmt.ms(start)
        timeline.placements.append(
            Placement(
                take.segment,
                start_ms,
                fmt.ms(start + take.frames),
                start_ms + take.speech_start_ms,
                start_ms + take.speech_end_ms,
                tuple(mark.moved(start_ms) for mark in take.marks),
            )
        )
        timeline.frames += take.frames + pause_frames(take)
    return timeline


def shift(timeline: Timeline, pieces: Sequence[Piece], starts: Sequence[int]) -> Timeline:
    """The timeline with each piece's placements moved to start at `starts` (frames of
    the output), and the output's length the last piece's end. For joins that add
    frames between pieces (MP3 frame padding)."""
    rate = timeline.sample_rate
    bounds = [round(timeline.placements[p.first].start_ms * rate / 1000) for p in pieces]
    moved: list[Placement] = []
    for piece, start, position in zip(pieces, starts, bounds, strict=True):
        offset = 1000.0 * (start - position) / rate
        for placement in timeline.placements[piece.first : piece.first + piece.count]:
            moved.append(
                replace(
                    placement,
                    start_ms=placement.start_ms + offset,
                    end_ms=placement.end_ms + offset,
                    speech_start_ms=placement.speech_start_ms + offset,
                    speech_end_ms=placement.speech_end_ms + offset,
                    marks=tuple(mark.moved(offset) for mark in placement.marks),
                )
            )
    frames = starts[-1] + timeline.frames - bounds[-1] if pieces else 0
    return Timeline(timeline.format, frames, moved)


PIECE_WORDS = (30, 60, 120, 240, 480)
"""Sizes a piece aims at, in words (about 10 s to 3 min): the longer the script, the
longer its pieces, so that there are about `PIECES_PER_SCRIPT` or more. Small pieces
start encoding early and end it soon after synthesis; each costs an ffmpeg start (about
15 ms of CPU). 10 rather than 16: the 600-word bench article is encoded in 5 pieces, not
8, and its cold run went from 1.12x to 1.04x-1.07x the bare pipeline (bench/speed.py);
long texts keep their 480-word pieces."""
PIECES_PER_SCRIPT = 10


def plan_pieces(segments: Sequence[Segment], names: Sequence[str]) -> list[Piece]:
    """Group the segments (with their take `names`) into pieces for encoding.

    A piece ends after a segment whose take name hashes to a multiple of a number set
    by the aimed size, or at twice that size. The first rule looks only at the segment
    itself, so editing one sentence changes the piece it is in (and, at most, where
    that piece ends), while the other pieces keep their names and cached encodings.
    """
    if not segments:
        return []
    words = [max(1, len(segment.spoken.split())) for segment in segments]
    total = sum(words)
    aim = next((w for w in PIECE_WORDS if w * PIECES_PER_SCRIPT >= total), PIECE_WORDS[-1])
    every = max(1, round(aim * len(segments) / total))
    pieces: list[Piece] = []
    first = size = 0
    for i, name in enumerate(names):
        size += words[i]
        if int(name[:8], 16) % every == 0 or size >= 2 * aim or i + 1 == len(segments):
            run = zip(names[first : i + 1], segments[first : i + 1], strict=True)
            spoken = [(take, segment.pause_after_ms) for take, segment in run]
            pieces.append(Piece(first, i + 1 - first, cache.key("piece", spoken)))
            first, size = i + 1, 0
    return pieces


def stream(takes: Sequence[Take]) -> Iterator[bytes]:
    """The takes' PCM, each followed by its pause, one clip at a time."""
    for take in takes:
        yield take.pcm()
        yield bytes(take.format.frame_bytes * pause_frames(take))
