from __future__ import annotations

import multiprocessing
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
    assert store.read("segments", "ab12", ".clip") == (path, b"data")
    assert path.read_bytes()[:4] == b"data"
    assert path.stat().st_size == 4 + cache.TRAILER_SIZE
    assert [p.name for p in path.parent.iterdir()] == ["ab12.clip"]  # no temporary left


@pytest.mark.parametrize("where", [0, 5000, 9999, 10_007])
def test_a_damaged_entry_is_a_miss_and_counted(tmp_path: Path, where: int) -> None:
    path = Cache(tmp_path).put("pieces", "bad1", ".mp3", bytes(range(100)) * 100)
    data = bytearray(path.read_bytes())
    data[where] ^= 0x10  # one bit flipped: in the content, or in the checksum itself
    path.write_bytes(bytes(data))
    store = Cache(tmp_path)
    assert store.read("pieces", "bad1", ".mp3") is None
    assert store.get("pieces", "bad1", ".mp3") is None
    assert store.damaged == [path, path]
    assert store.used == set()


def test_a_cut_short_or_foreign_entry_is_a_miss_not_damage(tmp_path: Path) -> None:
    path = Cache(tmp_path).put("segments", "cut1", ".clip", b"x" * 1000)
    with path.open("r+b") as handle:
        handle.truncate(500)  # a disk that filled up under an older narrate
    store = Cache(tmp_path)
    assert store.read("segments", "cut1", ".clip") is None
    old = store.path("segments", "old1", ".clip")
    old.parent.mkdir()
    old.write_bytes(b"written before checksums")
    assert store.read("segments", "old1", ".clip") is None
    assert store.damaged == []


def test_a_committed_file_gets_a_checksum(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    temp = store.temp("pieces", "cc00", ".mp3")
    temp.write_bytes(b"frames" * 1000)
    path = store.commit(temp, "pieces", "cc00", ".mp3")
    assert Cache(tmp_path).read("pieces", "cc00", ".mp3") == (path, b"frames" * 1000)


def test_a_failed_write_leaves_no_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Cache(tmp_path)

    def full(self: Path, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(OSError):
        store.put("segments", "cd34", ".clip", b"data")
    assert store.get("segments", "cd34", ".clip") is None
    assert list((tmp_path / "segments").rglob("*")) == [tmp_path / "segments" / "cd"]


def test_an_interrupted_run_leaves_no_temporary_file(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    store.put("segments", "ff00", ".clip", b"done")
    with pytest.raises(KeyboardInterrupt), store.cleaning():
        store.temp("pieces", "ff11", ".mp3")  # an encoder's file, not committed yet
        store.temp("segments", "ff22", ".clip")
        raise KeyboardInterrupt
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["ff00.clip"]


def _write(args: tuple[str, int]) -> None:
    root, number = args
    store = Cache(Path(root))
    for _ in range(50):
        store.put("segments", "ee00", ".clip", bytes([number]) * 100_000)


def test_two_processes_writing_one_entry_leave_a_whole_one(tmp_path: Path) -> None:
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_write, [(str(tmp_path), 1), (str(tmp_path), 2)]))
    found = Cache(tmp_path).read("segments", "ee00", ".clip")
    assert found and found[1] in (b"\x01" * 100_000, b"\x02" * 100_000)
    assert len(list((tmp_path / "segments").rglob("*.part"))) == 0


ENTRY = 1000 + cache.TRAILER_SIZE


def _entries(root: Path, count: int, age_s: float, letters: str = "aa") -> list[Path]:
    """`count` entries last used `age_s` ago, in the order of their names."""
    writer, now, paths = Cache(root), time.time(), []
    for number in range(count):
        path = writer.put("pieces", f"{number:02d}{letters}", ".mp3", b"x" * 1000)
        os.utime(path, (now - age_s + number, now - age_s + number))
        paths.append(path)
    return paths


def test_eviction_removes_the_least_recently_used(tmp_path: Path) -> None:
    _entries(tmp_path, 5, 3600)  # used an hour ago, in order
    store = Cache(tmp_path, limit_bytes=round(2.5 * ENTRY))
    assert store.get("pieces", "00aa", ".mp3")  # used again by this run
    store.evict()
    left = sorted(p.name for p in (tmp_path / "pieces").rglob("*.mp3"))
    assert left == ["00aa.mp3", "04aa.mp3"]
    assert store.usage().size_bytes == 2 * ENTRY


def test_eviction_spares_what_another_run_used_just_now(tmp_path: Path) -> None:
    Cache(tmp_path).put("pieces", "11bb", ".mp3", b"x" * 1000)
    store = Cache(tmp_path, limit_bytes=0)
    store.evict()
    assert store.usage().entries == 1  # another run may still be reading it


def test_eviction_never_removes_what_this_run_used(tmp_path: Path) -> None:
    """A full cache whose other entries were used recently: this run's fresh entries
    stay, so that the same run again synthesizes nothing."""
    _entries(tmp_path, 3, 60, "bb")  # another run, a minute ago
    _entries(tmp_path, 3, 3600, "cc")  # an hour ago
    store = Cache(tmp_path, limit_bytes=4 * ENTRY)
    mine = [store.put("pieces", f"{n:02d}dd", ".mp3", b"y" * 1000) for n in range(3)]
    store.evict()
    left = sorted(p.name[2:4] for p in (tmp_path / "pieces").rglob("*.mp3"))
    assert left == ["bb"] * 3 + ["dd"] * 3  # the old ones went, oldest first
    assert all(path.exists() for path in mine)
    assert store.usage().last_run_bytes == 3 * ENTRY


def test_the_last_run_size_is_remembered(tmp_path: Path) -> None:
    assert Cache(tmp_path).usage().last_run_bytes is None
    store = Cache(tmp_path, limit_bytes=0)
    store.put("segments", "12ab", ".clip", b"z" * 1000)
    store.evict()
    assert store.usage().entries == 1  # too small a limit does not undo the run
    assert Cache(tmp_path).usage().last_run_bytes == ENTRY


def test_eviction_removes_stale_temporary_files(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    temp = store.temp("segments", "22cc", ".clip")
    old = time.time() - 2 * cache.STALE_TEMP_S
    os.utime(temp, (old, old))
    fresh = store.temp("segments", "33dd", ".clip")
    gone = multiprocessing.Process(target=_make_temp, args=(str(tmp_path),))
    gone.start()
    gone.join()
    left = list((tmp_path / "segments").rglob(f"*.{gone.pid}.*.part"))
    assert len(left) == 1  # a killed run's: its process is gone
    store.evict()
    assert not temp.exists() and fresh.exists() and not left[0].exists()


def _make_temp(root: str) -> None:
    Cache(Path(root)).temp("segments", "44ee", ".clip")


def test_clear_touches_only_narrates_folders(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("not narrate's")
    store = Cache(tmp_path)
    store.put("segments", "44ee", ".clip", b"12345")
    usage = store.clear()
    assert (usage.entries, usage.size_bytes) == (1, 5 + cache.TRAILER_SIZE)
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
