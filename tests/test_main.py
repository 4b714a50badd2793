"""Real runs of `python -m narrate`, stopped by a signal at set stages of their work:
SIGINT (Ctrl-C, to the whole process group), SIGTERM, SIGHUP (a closed terminal, to
the group) and SIGQUIT. Each stage is an event seen in the cache (so many clips, a
piece encoded), not a moment in time; the run may be anywhere past it when the signal
arrives, and every outcome must leave nothing half made."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import mutagen
import pytest

from narrate import cache
from narrate.encode import mp3_frame_count
from narrate.speak import _read_header

pytestmark = pytest.mark.slow  # two real narrations a trial

EARLIER = b"the listener's earlier narration"
SIGNALS = {"INT": signal.SIGINT, "TERM": signal.SIGTERM, "HUP": signal.SIGHUP}
SIGNALS["QUIT"] = signal.SIGQUIT
WORDS = {"INT": "interrupted", "TERM": "terminated", "HUP": "hung up (the terminal closed)"}
WORDS["QUIT"] = "quit"
TO_THE_GROUP = ("INT", "HUP")
"""Ctrl-C and a closed terminal reach every process of the job, ffmpeg too."""


def _clips(cache_dir: Path) -> int:
    return len(list(cache_dir.glob("segments/*/*.clip")))


STAGES: dict[str, Callable[[Path], bool]] = {
    "at once": lambda cache_dir: True,
    "mid-synthesis": lambda cache_dir: _clips(cache_dir) >= 5,
    "once a piece is encoded": lambda cache_dir: any(cache_dir.glob("pieces/*/*.mp3")),
}
TRIALS = [
    ("INT", "mid-synthesis"), ("INT", "once a piece is encoded"),
    ("TERM", "at once"), ("TERM", "once a piece is encoded"),
    ("HUP", "mid-synthesis"), ("QUIT", "once a piece is encoded"),
]  # fmt: skip


def _start(article: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "narrate", str(article), "-o", str(out)],
        cwd=out.parent.parent,  # where a core dump of an early SIGQUIT would go
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's job is
        # A background job may have inherited SIGINT ignored; a user at a terminal has not.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for(stage: Callable[[Path], bool], cache_dir: Path, run: subprocess.Popen[str]) -> None:
    """Until the run reaches the stage, or ends first."""
    deadline = time.monotonic() + 120
    while not stage(cache_dir) and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)


def _cache_is_whole(cache_dir: Path) -> int:
    """Assert that every entry is complete, its checksum right, and no temporary file
    is left; return the number of segment clips."""
    assert not [p for p in cache_dir.rglob("*") if p.is_file() and p.name.endswith(".part")]
    clips = list(cache_dir.glob("segments/*/*.clip"))
    assert all(_read_header(clip) for clip in clips)
    for entry in [*clips, *cache_dir.glob("pieces/*/*.mp3")]:
        content = cache.verified(entry.read_bytes())
        assert content is not None, entry
        assert entry.suffix != ".mp3" or mp3_frame_count(content)
    return len(clips)


@pytest.mark.parametrize(("name", "stage"), TRIALS)
def test_a_run_stopped_at_any_stage_leaves_nothing_half_made(
    name: str, stage: str, tmp_path: Path, sample_article: Path, cache_dir: Path
) -> None:
    number = SIGNALS[name]
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "story.mp3"
    earlier = TRIALS.index((name, stage)) % 2 == 1
    if earlier:
        out.write_bytes(EARLIER)
    run = _start(sample_article, out)
    _wait_for(STAGES[stage], cache_dir, run)
    if name in TO_THE_GROUP:
        os.killpg(run.pid, number)
    else:
        run.send_signal(number)
    _, stderr = run.communicate(timeout=120)

    if run.returncode == 0:  # it had finished
        assert mutagen.File(out).info.length > 100
    else:
        # 128 + n from narrate; -n if the signal came before Python itself was up
        assert run.returncode in (128 + number, -number), stderr
        complete = out.exists() and out.read_bytes() != EARLIER  # stopped just after
        if run.returncode > 0:
            done = f"{out} was complete already" if complete else "no output was written"
            assert stderr.splitlines()[-1] == f"narrate: {WORDS[name]}; {done}"
            assert "Traceback" not in stderr
        if complete:
            assert mutagen.File(out).info.length > 100
        elif earlier:
            assert out.read_bytes() == EARLIER
        else:
            assert not out.exists()
    assert [p.name for p in folder.iterdir()] == (["story.mp3"] if out.exists() else [])
    cached = _cache_is_whole(cache_dir)

    again = subprocess.run(
        [sys.executable, "-m", "narrate", str(sample_article), "-o", str(out)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    found = re.search(r"(\d+) segments \((\d+) from cache\)", again.stdout)
    assert found, again.stdout
    assert int(found.group(2)) == cached  # everything the stopped run finished was reused
    assert mutagen.File(out).info.length > 100
    assert [p.name for p in folder.iterdir()] == ["story.mp3"]
    _cache_is_whole(cache_dir)
