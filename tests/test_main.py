"""Real runs of `python -m narrate`, stopped by SIGINT or SIGTERM at random moments."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import mutagen
import pytest

from narrate.cache import verified
from narrate.encode import mp3_frame_count
from narrate.speak import _read_header

TRIALS = 24
EARLIER = b"the listener's earlier narration"


def _start(article: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "narrate", str(article), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C sees it
        # A background job may have inherited SIGINT ignored; a user at a terminal has not.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _cache_is_whole(cache: Path) -> int:
    """Assert that every entry is complete and no temporary file is left; return the
    number of segment clips."""
    assert not [p for p in cache.rglob("*") if p.is_file() and p.name.endswith(".part")]
    clips = list(cache.glob("segments/*/*.clip"))
    assert all(_read_header(clip) for clip in clips)
    pieces = [verified(piece.read_bytes()) or b"" for piece in cache.glob("pieces/*/*.mp3")]
    assert all(mp3_frame_count(piece) for piece in pieces)
    return len(clips)


@pytest.mark.parametrize("trial", range(TRIALS))
def test_a_run_stopped_at_any_moment_leaves_nothing_half_made(
    trial: int, tmp_path: Path, sample_article: Path, cache_dir: Path
) -> None:
    chance = random.Random(trial)
    number = (signal.SIGINT, signal.SIGTERM)[trial % 2]
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "story.mp3"
    if trial % 4 >= 2:
        out.write_bytes(EARLIER)
    run = _start(sample_article, out)
    time.sleep(chance.uniform(0.02, 0.9))  # a cold run takes about 1 s
    if number == signal.SIGINT:
        os.killpg(run.pid, number)  # Ctrl-C reaches ffmpeg too
    else:
        run.send_signal(number)
    _, stderr = run.communicate(timeout=60)

    if run.returncode == 0:  # it had finished
        assert mutagen.File(out).info.length > 100
    else:
        # 130/143 from narrate; -2/-15 if the signal came before Python itself was up
        assert run.returncode in (128 + number, -number), stderr
        complete = out.exists() and out.read_bytes() != EARLIER  # stopped just after
        if run.returncode > 0:
            what = "interrupted" if number == signal.SIGINT else "terminated"
            done = f"{out} was complete already" if complete else "no output was written"
            assert stderr.splitlines()[-1] == f"narrate: {what}; {done}"
            assert "Traceback" not in stderr
        if complete:
            assert mutagen.File(out).info.length > 100
        elif trial % 4 >= 2:
            assert out.read_bytes() == EARLIER
        else:
            assert not out.exists()
    assert [p.name for p in folder.iterdir()] == (["story.mp3"] if out.exists() else [])
    cached = _cache_is_whole(cache_dir)

    again = subprocess.run(
        [sys.executable, "-m", "narrate", str(sample_article), "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    found = re.search(r"(\d+) segments \((\d+) from cache\)", again.stdout)
    assert found, again.stdout
    assert int(found.group(2)) == cached  # everything the stopped run finished was reused
    assert mutagen.File(out).info.length > 100
    assert [p.name for p in folder.iterdir()] == ["story.mp3"]
    _cache_is_whole(cache_dir)
