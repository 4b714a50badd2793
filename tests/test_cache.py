from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from narrate import cache
from narrate.cache import Cache, size_limit, user_cache_dir
from narrate.errors import UsageError


def test_key_depends_on_every_part() -> None:
    assert cache.key("a", 1, 2.5) == cache.key("a", 1, 2.5)
    assert cache.key("a", 1, 2.5) != cache.key("a", 1, 2.6)
    assert cache.key(["x", "y"]) != cache.key(["xy"])


def test_put_and_get(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    assert store.get("segments", "ab12", ".clip") is None
    path = store.put("segments", "ab12", ".clip", b"data")
    assert store.get("segments", "ab12", ".clip") == path
    assert path.read_bytes() == b"data"
    assert [p.name for p in path.parent.iterdir()] == ["ab12.clip"]  # no temporary left


def test_a_failed_write_leaves_no_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Cache(tmp_path)

    def full(self: Path, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(OSError):
        store.put("segments", "cd34", ".clip", b"data")
    assert store.get("segments", "cd34", ".clip") is None
    assert list((tmp_path / "segments").rglob("*")) == [tmp_path / "segments" / "cd"]


def _write(args: tuple[str, int]) -> None:
    root, number = args
    store = Cache(Path(root))
    for _ in range(50):
        store.put("segments", "ee00", ".clip", bytes([number]) * 100_000)


def test_two_processes_writing_one_entry_leave_a_whole_one(tmp_path: Path) -> None:
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_write, [(str(tmp_path), 1), (str(tmp_path), 2)]))
    data = Cache(tmp_path).path("segments", "ee00", ".clip").read_bytes()
    assert data in (b"\x01" * 100_000, b"\x02" * 100_000)
    assert len(list((tmp_path / "segments").rglob("*.part"))) == 0


def test_eviction_removes_the_least_recently_used(tmp_path: Path) -> None:
    writer = Cache(tmp_path)
    now = time.time()
    for number in range(5):
        path = writer.put("pieces", f"{number:02d}aa", ".mp3", b"x" * 1000)
        os.utime(path, (now - 3600 + number, now - 3600 + number))  # used an hour ago, in order
    writer.get("pieces", "00aa", ".mp3")  # used again just now
    store = Cache(tmp_path, limit_bytes=2500)
    store.evict()
    left = sorted(p.name for p in (tmp_path / "pieces").rglob("*.mp3"))
    assert left == ["00aa.mp3", "04aa.mp3"]
    assert store.usage().size_bytes == 2000


def test_eviction_spares_what_another_run_used_just_now(tmp_path: Path) -> None:
    Cache(tmp_path).put("pieces", "11bb", ".mp3", b"x" * 1000)
    store = Cache(tmp_path, limit_bytes=0)
    store.evict()
    assert store.usage().entries == 1  # another run may still be reading it
    mine = Cache(tmp_path, limit_bytes=0)
    mine.get("pieces", "11bb", ".mp3")
    mine.evict()
    assert mine.usage().entries == 0  # this run's own entries can go


def test_eviction_removes_stale_temporary_files(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    temp = store.temp("segments", "22cc", ".clip")
    old = time.time() - 2 * cache.STALE_TEMP_S
    os.utime(temp, (old, old))
    fresh = store.temp("segments", "33dd", ".clip")
    store.evict()
    assert not temp.exists() and fresh.exists()


def test_clear_touches_only_narrates_folders(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("not narrate's")
    store = Cache(tmp_path)
    store.put("segments", "44ee", ".clip", b"12345")
    usage = store.clear()
    assert (usage.entries, usage.size_bytes) == (1, 5)
    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]


def test_location_and_size_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NARRATE_CACHE_DIR", str(tmp_path))
    assert user_cache_dir() == tmp_path
    monkeypatch.delenv("NARRATE_CACHE_DIR")
    assert user_cache_dir().name == "narrate"
    for text, size in [
        ("", cache.DEFAULT_LIMIT),
        ("500M", 500 * 1024**2),
        ("4g", 4 * 1024**3),
        ("0", 0),
    ]:
        monkeypatch.setenv("NARRATE_CACHE_SIZE", text)
        assert size_limit() == size
    monkeypatch.setenv("NARRATE_CACHE_SIZE", "lots")
    with pytest.raises(UsageError, match="NARRATE_CACHE_SIZE=lots"):
        size_limit()
