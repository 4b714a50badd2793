from __future__ import annotations

import subprocess
from pathlib import Path

from narrate.encode import MP3_FRAME_SAMPLES, mp3_frame_count
from narrate.export import ffmpeg_path
from tests.fakes import tone


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
