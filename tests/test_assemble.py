from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from narrate.assemble import PIECE_WORDS, lay_out, plan_pieces, shift, stream
from narrate.audio_tools import PcmFormat
from narrate.cache import Cache
from narrate.segment import Segment
from narrate.speak import Take, speak, take_name
from tests.fakes import FakeEngine


def _script(count: int, prefix: str = "Sentence") -> list[Segment]:
    texts = [f"{prefix} {i} says a few words more." for i in range(count)]
    pauses = [600 if i % 3 < 2 else 1200 for i in range(count)]
    return [Segment(i, i // 3, "body", texts[i], texts[i], pauses[i]) for i in range(count)]


def _takes(tmp_path: Path, script: list[Segment]) -> list[Take]:
    engine = FakeEngine(padded=True)
    names = [take_name(s.spoken, "v", 175, 1.0, engine) for s in script]
    return speak(script, names, engine, "v", 175, 1.0, Cache(tmp_path))


def test_lay_out_places_each_take_after_the_last_and_its_pause(tmp_path: Path) -> None:
    takes = _takes(tmp_path, _script(4))
    timeline = lay_out(takes)
    position = 0
    for take, placement in zip(takes, timeline.placements, strict=True):
        assert placement.start_ms == 1000 * position / 22050
        assert placement.speech_start_ms == placement.start_ms + take.speech_start_ms
        position += take.frames + round(take.segment.pause_after_ms * 22.05)
    assert timeline.frames == position
    assert len(b"".join(stream(takes))) == 2 * timeline.frames  # the stream is the layout


def test_pieces_cover_the_script_in_order() -> None:
    script = _script(200)
    names = [f"{i:064x}" for i in range(200)]
    pieces = plan_pieces(script, names)
    assert [p.first for p in pieces] == [0] + [
        sum(p.count for p in pieces[:n]) for n in range(1, len(pieces))
    ]
    assert sum(p.count for p in pieces) == 200
    words = sum(len(s.spoken.split()) for s in script)
    assert len(pieces) >= 8
    aim = next(w for w in PIECE_WORDS if w * 16 >= words)
    assert all(p.count * 7 < 2 * aim + 7 for p in pieces)  # never past twice the aim


def test_an_edit_changes_only_its_own_piece(tmp_path: Path) -> None:
    script = _script(120)
    engine = FakeEngine()
    names = [take_name(s.spoken, "v", 175, 1.0, engine) for s in script]
    before = plan_pieces(script, names)
    edited = list(script)
    edited[60] = Segment(60, 20, "body", "An edited sentence.", "An edited sentence.", 600)
    names[60] = take_name(edited[60].spoken, "v", 175, 1.0, engine)
    after = plan_pieces(edited, names)
    changed = {p.name for p in before} ^ {p.name for p in after}
    assert 1 <= len(changed) <= 4  # the edited piece, and a neighbour if its end moved
    assert len(after) >= len(before) - 1


def test_shift_moves_each_piece_to_its_start(tmp_path: Path) -> None:
    takes = _takes(tmp_path, _script(9))
    timeline = lay_out(takes)
    pieces = plan_pieces([t.segment for t in takes], [t.name for t in takes])
    starts, position = [], 576
    for piece in pieces:
        starts.append(position)
        length = sum(
            t.frames + round(t.segment.pause_after_ms * 22.05)
            for t in takes[piece.first : piece.first + piece.count]
        )
        position += length + 1000  # padding after each piece
    moved = shift(timeline, pieces, starts)
    for piece, start in zip(pieces, starts, strict=True):
        first = moved.placements[piece.first]
        assert first.start_ms == 1000 * start / 22050
    assert moved.frames == position - 1000


def test_word_marks_are_laid_out_and_shifted_with_their_segment(tmp_path: Path) -> None:
    takes = _takes(tmp_path, _script(6))
    timeline = lay_out(takes)
    for take, placement in zip(takes, timeline.placements, strict=True):
        assert [m.start_ms - placement.start_ms for m in placement.marks] == pytest.approx(
            [m.start_ms for m in take.marks]
        )
    pieces = plan_pieces(_script(6), [take.name for take in takes])
    starts = [round(timeline.placements[p.first].start_ms * 22.05) + 1105 * (n + 1)
              for n, p in enumerate(pieces)]  # fmt: skip
    moved = shift(timeline, pieces, starts)
    for before, after in zip(timeline.placements, moved.placements, strict=True):
        offset = after.speech_start_ms - before.speech_start_ms
        assert [m.start_ms - offset for m in after.marks] == pytest.approx(
            [m.start_ms for m in before.marks]
        )
        assert [m.offset for m in after.marks] == [m.offset for m in before.marks]


def test_lay_out_refuses_takes_in_two_formats(tmp_path: Path) -> None:
    script = [Segment(i, i, "body", "Some words.", "Some words.", 300) for i in range(2)]
    names = [take_name(s.spoken, "v", 175, 1.0, FakeEngine()) for s in script]
    takes = speak(script, names, FakeEngine(), "v", 175, 1.0, Cache(tmp_path))
    other = replace(takes[1], format=PcmFormat(16000, 1))
    assert lay_out(takes).format == PcmFormat(22050, 1)
    with pytest.raises(ValueError, match="different formats"):
        lay_out([takes[0], other])
