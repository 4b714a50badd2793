from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import mutagen
import pytest

from narrate import encode, export
from narrate.encode import MP3_FRAME_SAMPLES, mp3_frame_count
from narrate.export import ffmpeg_path
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


def test_an_unchanged_article_is_finished_from_the_cache_without_ffmpeg(
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
    assert len(calls) == 1  # the pieces are reused; the new tags need one mux
    assert mutagen.File(retitled.output)["TIT2"].text == ["New"]
