from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import mutagen
import pytest

from narrate import encode, export
from narrate.encode import (
    MP3_FRAME_SAMPLES,
    Encoded,
    frame_length,
    info_frame,
    mp3_frame_count,
    write_mp3,
)
from narrate.export import Chapter, Tags, ffmpeg_path
from narrate.pipeline import Settings, narrate
from tests.fakes import FakeEngine, tone


def _mp3(tmp_path: Path, seconds: float, *extra: str) -> bytes:
    pcm = tmp_path / "in.pcm"
    pcm.write_bytes(tone(1000 * seconds))
    out = tmp_path / "out.mp3"
    command = [ffmpeg_path(), "-v", "error", "-y", "-f", "s16le", "-ar", "22050", "-ac", "1"]
    command += ["-i", str(pcm), "-b:a", "64k", *extra, str(out)]
    subprocess.run(command, check=True)
    return out.read_bytes()


def test_frame_count_of_a_bare_mp3_stream(tmp_path: Path) -> None:
    data = _mp3(tmp_path, 2.0, "-write_xing", "0", "-id3v2_version", "0")
    frames = mp3_frame_count(data)
    assert frames is not None
    # LAME adds 576 samples of delay and pads the end to a whole frame.
    assert frames * MP3_FRAME_SAMPLES - 44100 in range(576, 576 + 2 * MP3_FRAME_SAMPLES)


def test_frame_count_refuses_anything_else(tmp_path: Path) -> None:
    data = _mp3(tmp_path, 1.0, "-write_xing", "0", "-id3v2_version", "0")
    assert mp3_frame_count(data[:-10]) is None  # a torn last frame
    assert mp3_frame_count(b"ID3" + data) is None
    assert mp3_frame_count(b"") is None


def test_an_unchanged_article_is_joined_from_cached_pieces_without_ffmpeg(
    tmp_path: Path, sample_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = narrate(str(sample_article), tmp_path / "a.mp3", FakeEngine(padded=True))
    calls: list[list[str]] = []
    real_run = export.run

    def counted(command: list[str], *args: Any) -> str:
        calls.append(command)
        return real_run(command, *args)

    monkeypatch.setattr(encode, "run", counted)
    again = narrate(str(sample_article), tmp_path / "b.mp3", FakeEngine(padded=True))
    assert calls == []
    assert again.output.read_bytes() == first.output.read_bytes()
    retitled = narrate(
        str(sample_article), tmp_path / "c.mp3", FakeEngine(padded=True), Settings(title="New")
    )
    assert calls == []  # new tags need no ffmpeg either
    assert mutagen.File(retitled.output)["TIT2"].text == ["New"]


def _pieces(tmp_path: Path, *seconds: float) -> list[Encoded]:
    pieces = []
    for number, length in enumerate(seconds):
        path = tmp_path / f"piece{number}.mp3"
        path.write_bytes(_mp3(tmp_path, length, "-write_xing", "0", "-id3v2_version", "0"))
        data = path.read_bytes()
        pieces.append(Encoded(path, mp3_frame_count(data) or 0, len(data)))
    return pieces


def test_the_info_frame_says_what_ffmpegs_would(tmp_path: Path) -> None:
    (piece,) = _pieces(tmp_path, 30.0)
    muxed = tmp_path / "muxed.mp3"
    command = [ffmpeg_path(), "-v", "error", "-f", "mp3", "-i", str(piece.path), "-c:a", "copy"]
    subprocess.run([*command, "-id3v2_version", "0", str(muxed)], check=True)
    ours = info_frame(piece.path.read_bytes()[:4], [piece])
    theirs = muxed.read_bytes()[: len(ours)]
    assert ours[:4] == theirs[:4]  # the same frame header
    at = ours.index(b"Info")
    assert at == theirs.index(b"Info") == 4 + 9  # after MPEG-2 mono side information
    assert ours[at + 8 : at + 16] == theirs[at + 8 : at + 16]  # frame and byte counts
    toc = zip(ours[at + 16 : at + 116], theirs[at + 16 : at + 116], strict=True)
    assert all(abs(a - b) <= 1 for a, b in toc)  # the seek table


def test_a_low_bitrate_info_frame_takes_a_larger_frame(tmp_path: Path) -> None:
    (piece,) = _pieces(tmp_path, 1.0)
    head = piece.path.read_bytes()[:4]
    eight_kbit = bytes([head[0], head[1], 0x10 | head[2] & 0x0F, head[3]])
    frame = info_frame(eight_kbit, [piece])
    assert frame_length(eight_kbit) == 26  # too small for the tag's 129 bytes
    assert len(frame) == frame_length(frame[:4]) == 130  # 40 kbit/s, the first that holds it
    assert frame[13:17] == b"Info"


def test_joined_pieces_decode_whole_with_the_exact_length(tmp_path: Path) -> None:
    pieces = _pieces(tmp_path, 2.0, 0.5, 3.0)
    out = tmp_path / "joined.mp3"
    chapters = [Chapter("One", 0, 2000), Chapter("Two", 2000, 5500)]
    write_mp3(pieces, Tags(title="Joined"), chapters, out)
    frames = sum(piece.mp3_frames for piece in pieces)
    audio = mutagen.File(out)
    assert audio.info.length == frames * MP3_FRAME_SAMPLES / 22050
    assert audio["TIT2"].text == ["Joined"]
    command = [ffmpeg_path(), "-v", "error", "-i", str(out), "-f", "s16le", "-"]
    decoded = subprocess.run(command, capture_output=True, check=True).stdout
    assert len(decoded) // 2 == frames * MP3_FRAME_SAMPLES  # nothing trimmed, nothing lost
    data = out.read_bytes()
    assert data.endswith(b"".join(piece.path.read_bytes() for piece in pieces))


def test_the_mp3_quality_reaches_lame_and_the_piece_names(
    tmp_path: Path, sample_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    levels: list[str] = []
    real_run = export.run

    def seen(command: list[str], *args: Any) -> str:
        levels.append(command[command.index("-compression_level") + 1])
        return real_run(command, *args)

    monkeypatch.setattr(encode, "run", seen)
    narrate(str(sample_article), tmp_path / "a.mp3", FakeEngine(padded=True))
    assert levels and set(levels) == {"7"}  # fast, the default
    levels.clear()
    standard = Settings(mp3_quality="standard")
    narrate(str(sample_article), tmp_path / "b.mp3", FakeEngine(padded=True), standard)
    assert levels and set(levels) == {"3"}  # not the fast pieces from the cache
