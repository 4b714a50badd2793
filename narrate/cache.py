"""The segment cache: content-addressed files shared by every run of narrate.

An entry is one file named by the hash of everything that shaped it (`key`), under a
folder per kind: synthesized segments and encoded pieces. Entries are written to a
temporary name in their final folder and renamed into place, so a crash or an interrupt
leaves a complete entry or none, and two processes writing the same entry
both write a complete one. Readers treat an entry that vanished (another process
evicted it) as a miss. The cache is bounded: `evict` removes the least recently used
entries until it fits its size limit.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError

DIR_ENV = "NARRATE_CACHE_DIR"
SIZE_ENV = "NARRATE_CACHE_SIZE"
DEFAULT_LIMIT = 2 * 1024**3
"""Two gigabytes: about 12 hours of cached speech, with its encoded pieces."""
GRACE_S = 600.0
"""Entries used this recently by another run are not evicted (it may still read them)."""
STALE_TEMP_S = 3600.0
"""Temporary files this old were left by a run that was killed; eviction removes them."""
_TEMP_SUFFIX = ".part"
KINDS = ("segments", "pieces", "files", "loudness")
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


class Cache:
    """A folder of entries. Safe to share between processes; one object per process."""

    def __init__(self, root: Path, limit_bytes: int = DEFAULT_LIMIT) -> None:
        self.root = root
        self.limit_bytes = limit_bytes
        self.used: set[Path] = set()
        """Entries this process read or wrote; evicted last, and never protected by age."""

    def path(self, kind: str, name: str, suffix: str) -> Path:
        assert kind in KINDS
        return self.root / kind / name[:2] / (name + suffix)

    def get(self, kind: str, name: str, suffix: str) -> Path | None:
        """The entry's path if it is there (marking it used now), else None."""
        path = self.path(kind, name, suffix)
        try:
            os.utime(path)
        except OSError:
            return None
        self.used.add(path)
        return path

    def temp(self, kind: str, name: str, suffix: str) -> Path:
        """A fresh temporary path in the entry's folder, for `commit` to move into place."""
        folder = self.path(kind, name, suffix).parent
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{name[:16]}.", suffix=_TEMP_SUFFIX, dir=folder)
        os.close(handle)
        return Path(temp)

    def commit(self, temp: Path, kind: str, name: str, suffix: str) -> Path:
        """Move a finished temporary file into place as the entry; return its path."""
        path = self.path(kind, name, suffix)
        os.replace(temp, path)
        self.used.add(path)
        return path

    def put(self, kind: str, name: str, suffix: str, data: bytes) -> Path:
        """Store `data` as the entry, atomically."""
        temp = self.temp(kind, name, suffix)
        try:
            temp.write_bytes(data)
            return self.commit(temp, kind, name, suffix)
        except OSError as exc:  # a full disk: say where, which a failed write does not
            temp.unlink(missing_ok=True)
            raise OSError(exc.errno, exc.strerror, exc.filename or str(temp)) from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

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
        return Usage(self.root, entries, size, self.limit_bytes)

    def evict(self) -> int:
        """Remove least recently used entries until the cache fits its limit, and stale
        temporary files; return the bytes freed. Entries another run used in the last
        `GRACE_S` seconds stay, so the cache can briefly exceed its limit."""
        now = time.time()
        entries, total, freed = [], 0, 0
        for path, stat in self._files():
            if path.name.endswith(_TEMP_SUFFIX):
                if now - stat.st_mtime > STALE_TEMP_S:
                    freed += _remove(path, stat.st_size)
                continue
            entries.append((stat.st_mtime, path, stat.st_size))
            total += stat.st_size
        for mtime, path, size in sorted(entries):
            if total <= self.limit_bytes:
                break
            if path in self.used or now - mtime > GRACE_S:
                removed = _remove(path, size)
                total -= removed
                freed += removed
        return freed

    def clear(self) -> Usage:
        """Remove every entry; return what there was."""
        before = self.usage()
        for kind in KINDS:
            shutil.rmtree(self.root / kind, ignore_errors=True)
        return before


def _remove(path: Path, size: int) -> int:
    try:
        path.unlink()
    except OSError:
        return 0
    return size
