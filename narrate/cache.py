"""The segment cache: content-addressed files shared by every run of narrate.

An entry is one file named by the hash of everything that shaped it (`key`), under a
folder per kind: synthesized segments and encoded pieces. Entries are written to a
temporary name in their final folder and renamed into place, so a crash or an interrupt
leaves a complete entry or none, and two processes writing the same entry
both write a complete one. Every entry ends with a checksum of its bytes (`TRAILER`),
checked on every read: an entry that vanished (another process evicted it), was cut
short or was damaged on disk is a miss, and a damaged one is counted in `damaged` so
that the run can say so once. The cache is bounded: `evict` removes the least recently
used entries until it fits its size limit, never those the current run used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import struct
import tempfile
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError, UsageError

DIR_ENV = "NARRATE_CACHE_DIR"
SIZE_ENV = "NARRATE_CACHE_SIZE"
DEFAULT_LIMIT = 2 * 1024**3
"""Two gigabytes: about 12 hours of cached speech, with its encoded pieces."""
GRACE_S = 600.0
"""Entries used this recently by another run are not evicted (it may still read them)."""
STALE_TEMP_S = 3600.0
"""Temporary files this old were left by a run that was killed (on this or another
machine); eviction removes them, and sooner those whose process is gone."""
_TEMP_SUFFIX = ".part"
LAST_RUN = "last-run.json"
"""What the last finished run used of the cache, for `narrate cache info`."""
_TRAILER = struct.Struct("<4sI")
_TRAILER_MAGIC = b"NSUM"
TRAILER_SIZE = _TRAILER.size
"""Bytes every entry file has after its content: a mark and the content's CRC-32
(zlib's, 5 GB/s here: it finds bit flips and scrambled bytes, not forgery)."""
KINDS = ("segments", "pieces", "files", "loudness", "runs")
"""The folders narrate keeps in the cache; nothing else under its root is touched.
Earlier versions kept finished files and loudness measurements, which eviction and
`narrate cache clear` still remove."""


def key(*parts: object) -> str:
    """A hex digest naming the content made from `parts` (strings, numbers, lists)."""
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def user_cache_dir() -> Path:
    """$NARRATE_CACHE_DIR, else the platform's user cache folder (~/.cache/narrate)."""
    chosen = os.environ.get(DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("narrate", appauthor=False))


def check_writable(root: Path) -> None:
    """Create the cache folder if need be; raise OutputError, saying what to do, if it
    cannot be created or written. Before any work: a cache that cannot take entries
    would otherwise fail the run at its first write."""
    where = f"{DIR_ENV}={root}" if os.environ.get(DIR_ENV) else f"the segment cache {root}"
    advice = f"set {DIR_ENV} to a folder you can write in, or use --no-cache"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise OutputError(f"{where}: cannot create the cache folder ({reason}); {advice}") from None
    if not os.access(root, os.W_OK | os.X_OK):
        raise OutputError(f"{where}: the cache folder is not writable; {advice}")


def size_limit() -> int:
    """$NARRATE_CACHE_SIZE in bytes ("500M", "4G", "0" for no caching beyond a run)."""
    text = os.environ.get(SIZE_ENV, "").strip()
    if not text:
        return DEFAULT_LIMIT
    found = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?", text.lower())
    if not found:
        raise UsageError(f"{SIZE_ENV}={text}: give a size such as 500M or 4G")
    scale = 1024 ** " kmgt".index(found.group(2) or " ")
    return int(float(found.group(1)) * scale)


@dataclass(frozen=True)
class Usage:
    root: Path
    entries: int
    size_bytes: int
    limit_bytes: int
    last_run_bytes: int | None = None
    """What the last finished run used (read or wrote), if one was recorded."""


class Cache:
    """A folder of entries. Safe to share between processes; one object per process."""

    def __init__(self, root: Path, limit_bytes: int = DEFAULT_LIMIT) -> None:
        self.root = root
        self.limit_bytes = limit_bytes
        self.used: set[Path] = set()
        """Entries this process read or wrote: eviction never removes them."""
        self.damaged: list[Path] = []
        """Entries found damaged (their checksum did not match) and treated as misses."""
        self._temp_folders: set[Path] = set()

    def path(self, kind: str, name: str, suffix: str) -> Path:
        assert kind in KINDS
        return self.root / kind / name[:2] / (name + suffix)

    def get(self, kind: str, name: str, suffix: str) -> Path | None:
        """The entry's path if it is there and whole (marking it used now), else None.
        Its content is the file's first `size - TRAILER_SIZE` bytes."""
        found = self.read(kind, name, suffix)
        return found[0] if found else None

    def read(self, kind: str, name: str, suffix: str) -> tuple[Path, bytes] | None:
        """The entry's path and content if it is there and its checksum matches
        (marking it used now), else None. A mismatch is recorded in `damaged`."""
        path = self.path(kind, name, suffix)
        try:
            with path.open("rb") as handle:
                data = handle.read()
        except OSError:
            return None
        content = verified(data)
        if content is None:
            if len(data) >= TRAILER_SIZE and data[-TRAILER_SIZE:][:4] == _TRAILER_MAGIC:
                self.damaged.append(path)  # whole-looking but wrong: the disk's doing
            return None
        try:
            os.utime(path)
        except OSError:
            return None
        self.used.add(path)
        return path, content

    def temp(self, kind: str, name: str, suffix: str) -> Path:
        """A fresh temporary path in the entry's folder, for `commit` to move into place.
        Its name holds this process's id, so that a run can find what a killed one left."""
        folder = self.path(kind, name, suffix).parent
        self._temp_folders.add(folder)  # before the file exists: `cleaning` finds it
        prefix = f".{name[:16]}.{os.getpid()}."
        try:  # the folder is there but for the first entries: no mkdir call for each
            handle, temp = tempfile.mkstemp(prefix=prefix, suffix=_TEMP_SUFFIX, dir=folder)
        except FileNotFoundError:
            folder.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=prefix, suffix=_TEMP_SUFFIX, dir=folder)
        os.close(handle)
        return Path(temp)

    def commit(self, temp: Path, kind: str, name: str, suffix: str) -> Path:
        """Append the checksum to a finished temporary file and move it into place as
        the entry; return its path."""
        with temp.open("r+b") as handle:
            crc = 0
            while chunk := handle.read(1 << 20):
                crc = zlib.crc32(chunk, crc)
            handle.write(_TRAILER.pack(_TRAILER_MAGIC, crc))
        path = self.path(kind, name, suffix)
        os.replace(temp, path)
        self.used.add(path)
        return path

    def put(self, kind: str, name: str, suffix: str, data: bytes) -> Path:
        """Store `data` as the entry, atomically, with its checksum."""
        temp = self.temp(kind, name, suffix)
        try:
            temp.write_bytes(data + _TRAILER.pack(_TRAILER_MAGIC, zlib.crc32(data)))
            path = self.path(kind, name, suffix)
            os.replace(temp, path)
            self.used.add(path)
            return path
        except OSError as exc:  # a full disk: say where, which a failed write does not
            temp.unlink(missing_ok=True)
            raise OSError(exc.errno, exc.strerror, exc.filename or str(temp)) from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    @contextmanager
    def cleaning(self) -> Iterator[None]:
        """On the way out of a failed or interrupted run, remove every temporary file
        this process made and did not commit, however late the interrupt came."""
        try:
            yield
        except BaseException:
            self.remove_own_temps()
            raise

    def remove_own_temps(self) -> None:
        """Remove this process's uncommitted temporary files."""
        mark = f".{os.getpid()}."
        for folder in self._temp_folders:
            with contextlib.suppress(OSError):
                for entry in os.scandir(folder):
                    if entry.name.endswith(_TEMP_SUFFIX) and mark in entry.name:
                        with contextlib.suppress(OSError):
                            os.unlink(entry.path)

    def _files(self) -> Iterable[tuple[Path, os.stat_result]]:
        for kind in KINDS:
            for folder, _, names in os.walk(self.root / kind):
                for name in names:
                    path = Path(folder, name)
                    try:
                        yield path, path.stat()
                    except OSError:
                        continue

    def usage(self) -> Usage:
        entries = size = 0
        for path, stat in self._files():
            if not path.name.endswith(_TEMP_SUFFIX):
                entries += 1
                size += stat.st_size
        return Usage(self.root, entries, size, self.limit_bytes, self._last_run())

    def evict(self) -> int:
        """Remove least recently used entries until the cache fits its limit, and the
        temporary files of killed runs; return the bytes freed. Never removes what this
        run used, nor what another run used in the last `GRACE_S` seconds (it may still
        read it), so the cache can exceed its limit: `usage` then shows the last run's
        size. Records that size for `narrate cache info`."""
        now = time.time()
        entries, total, freed, mine = [], 0, 0, 0
        for path, stat in self._files():
            if path.name.endswith(_TEMP_SUFFIX):
                if _abandoned(path.name, now - stat.st_mtime):
                    freed += _remove(path, stat.st_size)
                continue
            total += stat.st_size
            if path in self.used:
                mine += stat.st_size
            elif now - stat.st_mtime > GRACE_S:
                entries.append((stat.st_mtime, path, stat.st_size))
        for _, path, size in sorted(entries):
            if total <= self.limit_bytes:
                break
            removed = _remove(path, size)
            total -= removed
            freed += removed
        self._record_run(mine)
        return freed

    def _record_run(self, size: int) -> None:
        with contextlib.suppress(OSError):
            self.root.mkdir(parents=True, exist_ok=True)
            temp = self.root / f".{LAST_RUN}.{os.getpid()}{_TEMP_SUFFIX}"
            temp.write_text(json.dumps({"bytes": size, "entries": len(self.used)}))
            os.replace(temp, self.root / LAST_RUN)

    def _last_run(self) -> int | None:
        try:
            found = json.loads((self.root / LAST_RUN).read_text())
            return int(found["bytes"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def clear(self) -> Usage:
        """Remove every entry; return what there was."""
        before = self.usage()
        for kind in KINDS:
            shutil.rmtree(self.root / kind, ignore_errors=True)
        return before


def verified(data: bytes) -> bytes | None:
    """An entry file's content without its checksum, or None if the checksum is
    missing or does not match."""
    if len(data) < TRAILER_SIZE:
        return None
    magic, crc = _TRAILER.unpack(data[-TRAILER_SIZE:])
    content = data[:-TRAILER_SIZE]
    if magic != _TRAILER_MAGIC or zlib.crc32(content) != crc:
        return None
    return content


def _abandoned(name: str, age_s: float) -> bool:
    """Whether a temporary file is a killed run's: its process (named in it) is gone,
    or it is older than `STALE_TEMP_S` (a process on another machine sharing the cache)."""
    if age_s > STALE_TEMP_S:
        return True
    parts = name.split(".")
    if os.name != "posix" or len(parts) < 4 or not parts[2].isdigit():
        return False
    pid = int(parts[2])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # another user's process: alive
        return False
    return False


def _remove(path: Path, size: int) -> int:
    try:
        path.unlink()
    except OSError:
        return 0
    return size
