"""Many articles into one folder: `narrate batch`, here or on a Dask cluster.

Each article goes to DIR/<name>.<ext> with its sidecars, through one `Session`. One bad
article is recorded and skipped; the others go on. A hidden manifest in DIR
(`MANIFEST`) records, for every finished output, a fingerprint of what made it (the
article's bytes, the settings, the lexicons and cover, narrate's and the engine's
versions) and the sizes of its files, so that running the same batch again skips what is
complete and unchanged: a stopped batch resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import re
import signal
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlparse

from . import __version__
from .engines.base import DEFAULT_VOICE, engine_identity
from .errors import NarrateError, OutputError, UsageError
from .lexicon import lexicon_paths
from .pipeline import AUTO, Result, Settings
from .session import EngineFactory, Session

MANIFEST = ".narrate-batch.json"
MANIFEST_VERSION = 1

DONE, SKIPPED, FAILED = "done", "skipped", "failed"


@dataclass(frozen=True)
class Item:
    """One article of a batch and the name of its output (unique in the batch)."""

    source: str
    name: str


@dataclass
class Record:
    """What became of one article: the batch report's line for it."""

    source: str
    output: str | None
    status: str
    """done, skipped (complete from an earlier run) or failed."""
    duration_s: float = 0.0
    """Seconds of audio."""
    segments: int = 0
    seconds: float = 0.0
    """Wall-clock seconds this run spent on it."""
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    """What the narration warned about, left-out segments included."""
    left_out: int = 0
    """Segments the engine could not say, each replaced by a short silence: the article
    is narrated again by the next run of the batch."""

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


# --- the list of articles ----------------------------------------------------------------


def read_list(handle: IO[str]) -> list[str]:
    """The articles a --from list names: one path or URL a line; blank lines and lines
    starting with # are ignored, and so is the rest of a line after ' #'."""
    found = []
    for line in handle:
        text = line.split(" #", 1)[0].strip()
        if text and not text.startswith("#"):
            found.append(text)
    return found


def plan(sources: Sequence[str]) -> list[Item]:
    """An output name for each article: its file name's stem (a URL's last path part),
    made safe for a file name; a name taken already gets -2, -3, ..."""
    items, taken = [], set()
    for source in sources:
        if source == "-":
            raise UsageError("a batch cannot read an article from standard input; use --from -")
        base = _stem(source)
        name, number = base, 1
        while name.lower() in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name.lower())
        items.append(Item(source, name))
    return items


def _stem(source: str) -> str:
    if re.match(r"^https?://", source, re.I):
        part = urlparse(source).path.rstrip("/").rsplit("/", 1)[-1]
    else:
        part = Path(source).name
    stem = part.rsplit(".", 1)[0] if "." in part[1:] else part
    safe = re.sub(r"[^\w.-]+", "-", stem).strip(".-")
    return safe or "article"


# --- what is finished already --------------------------------------------------------------


def fingerprint(source: str, settings: Settings, engine_id: str) -> str | None:
    """A hash of everything that shapes ARTICLE's output, or None when it cannot be read
    (the narration then reports why)."""
    digest = hashlib.sha256()
    shaping = {k: v for k, v in dataclasses.asdict(settings).items() if k not in ("jobs", "cache")}
    digest.update(json.dumps([MANIFEST_VERSION, __version__, engine_id, shaping],
                             default=str, sort_keys=True).encode())  # fmt: skip
    try:
        files = [Path(source), *lexicon_paths(settings.lexicons, source)]
        if settings.cover:
            files.append(settings.cover)
        for path in files:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    except (OSError, NarrateError):
        return None
    return digest.hexdigest()


class Manifest:
    """DIR's record of finished outputs: file name -> fingerprint and the sizes of the
    output and its sidecars. Saved atomically after every change; an unreadable one is
    treated as empty (everything is made again)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / MANIFEST
        self.entries: dict[str, dict[str, Any]] = {}
        with contextlib.suppress(OSError, ValueError, AttributeError):
            data = json.loads(self.path.read_text("utf-8"))
            if data.get("version") == MANIFEST_VERSION:
                self.entries = dict(data["outputs"])

    def complete(self, out: Path, print_: str | None) -> bool:
        """Whether OUT was made from exactly this fingerprint and it and its sidecars
        are all there with the sizes they had."""
        entry = self.entries.get(out.name)
        if print_ is None or not entry or entry.get("fingerprint") != print_:
            return False
        try:
            return all(
                (out.parent / name).stat().st_size == size for name, size in entry["files"].items()
            )
        except (OSError, AttributeError, TypeError):
            return False

    def add(
        self, out: Path, print_: str | None, files: Iterable[Path], extra: dict[str, Any]
    ) -> None:
        if print_ is None:
            return
        sizes = {path.name: path.stat().st_size for path in files}
        self.entries[out.name] = {"fingerprint": print_, "files": sizes, **extra}
        self.save()

    def save(self) -> None:
        data = {"version": MANIFEST_VERSION, "outputs": self.entries}
        write_atomically(self.path, json.dumps(data, indent=1, sort_keys=True).encode())


def write_atomically(path: Path, data: bytes) -> None:
    """Write PATH so that it is either the old file or the whole new one."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


# --- running -------------------------------------------------------------------------------


class Reporter:
    """What the batch says as it goes; the CLI draws progress from it. Does nothing here."""

    def begin(self, total: int, skipped: int) -> None: ...

    def started(self, item: Item) -> None: ...

    def finished(self, record: Record) -> None: ...


@dataclass(frozen=True)
class Made:
    """An article's finished output, wherever it was narrated."""

    output: Path
    sidecars: list[Path]
    duration_ms: float
    segments: int
    warnings: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()
    """Why each segment the engine could not say was left out."""

    @classmethod
    def of(cls, result: Result) -> Made:
        return cls(
            result.output, list(result.sidecars), result.duration_ms, result.segments,
            tuple(result.warnings), tuple(result.left_out),
        )  # fmt: skip


@dataclass
class Batch:
    """A batch: its articles, where they go and how they are read."""

    items: list[Item]
    folder: Path
    extension: str
    settings: Settings
    reporter: Reporter = field(default_factory=Reporter)
    records: list[Record] = field(default_factory=list)
    """Filled as articles finish or are skipped, in that order."""
    after_each: Callable[[], None] | None = None
    """Called after each article is written (to update a feed)."""

    def output(self, item: Item) -> Path:
        return self.folder / (item.name + self.extension)

    def todo(self, engine_id: str) -> list[tuple[Item, str | None]]:
        """The articles still to make, with their fingerprints; records the others as
        skipped. Creates DIR."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.folder}: cannot create the folder ({exc.strerror})") from None
        if not os.access(self.folder, os.W_OK | os.X_OK):
            raise OutputError(f"{self.folder}: the folder is not writable; choose another with -o")
        self.manifest = Manifest(self.folder)
        left = []
        for item in self.items:
            print_ = fingerprint(item.source, self.settings, engine_id)
            out = self.output(item)
            if self.manifest.complete(out, print_):
                entry = self.manifest.entries[out.name]
                self.records.append(Record(item.source, str(out), SKIPPED,
                                           float(entry.get("duration_s", 0.0)),
                                           int(entry.get("segments", 0))))  # fmt: skip
            else:
                left.append((item, print_))
        self.reporter.begin(len(self.items), len(self.records))
        return left

    def done(self, item: Item, print_: str | None, made: Made, seconds: float) -> None:
        duration = round(made.duration_ms / 1000, 3)
        if not made.left_out:  # else the next run narrates it again
            self.manifest.add(made.output, print_, [made.output, *made.sidecars],
                              {"duration_s": duration, "segments": made.segments})  # fmt: skip
        warnings = [*made.warnings, *(f"left out: {why}" for why in made.left_out)]
        self._finished(Record(item.source, str(made.output), DONE, duration, made.segments,
                              round(seconds, 3), warnings=warnings,
                              left_out=len(made.left_out)))  # fmt: skip

    def failed(self, item: Item, error: str, seconds: float) -> None:
        self._finished(Record(item.source, None, FAILED, seconds=round(seconds, 3), error=error))

    def _finished(self, record: Record) -> None:
        self.records.append(record)
        if record.status == DONE and self.after_each:
            self.after_each()
        self.reporter.finished(record)


def _named_voice(settings: Settings) -> str:
    """The voice whose engine makes the narration: the one named, or for "auto" (voices
    chosen by language, all espeak-ng's) the default one."""
    return DEFAULT_VOICE if settings.voice.strip().lower() == AUTO else settings.voice


def run_local(batch: Batch, session: Session) -> list[Record]:
    """Narrate the batch's articles one after another through SESSION (whose pool, if
    any, synthesizes the next article while this one is encoded). A NarrateError fails
    that article only; an interrupt stops at once, the article under way leaving nothing
    (the finished ones are recorded)."""
    session.start()
    left = batch.todo(engine_identity(session.engine, _named_voice(batch.settings)))
    for number, (item, print_) in enumerate(left):
        if number + 1 < len(left):
            session.prefetch(left[number + 1][0].source, batch.settings)
        batch.reporter.started(item)
        began = time.monotonic()
        try:
            result = session.narrate(item.source, batch.output(item), batch.settings)
        except NarrateError as exc:
            batch.failed(item, str(exc), time.monotonic() - began)
            continue
        batch.done(item, print_, Made.of(result), time.monotonic() - began)
    return batch.records


def write_report(path: Path, records: Sequence[Record]) -> None:
    """The batch report: a JSON object with the totals and one entry per article."""
    counts = {
        status: sum(r.status == status for r in records) for status in (DONE, SKIPPED, FAILED)
    }
    data = {"articles": [r.to_dict() for r in records], **counts}
    try:
        write_atomically(path, json.dumps(data, indent=1).encode() + b"\n")
    except OSError as exc:
        raise OutputError(f"{path}: the report could not be written ({exc.strerror})") from None


# --- on a Dask cluster ---------------------------------------------------------------------

RETRIES = 2
"""How often a task that raised is tried again (a worker that died is rescheduled by
the scheduler, up to its `allowed-failures`)."""


@dataclass(frozen=True)
class Task:
    """What a Dask worker needs to narrate one article without a shared file system: the
    article's file and the files its settings name, as bytes."""

    name: str
    extension: str
    article: str
    """The article's file name (its folder is the task's own)."""
    files: dict[str, bytes]
    settings: Settings
    engine: EngineFactory


@dataclass(frozen=True)
class Done:
    """A worker's answer: the finished files' bytes by name, or the error."""

    files: dict[str, bytes]
    duration_ms: float = 0.0
    segments: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()


def make_task(item: Item, batch: Batch, engine: EngineFactory) -> Task:
    """The task for ITEM: its article and lexicon and cover files read here. Raises
    NarrateError when one cannot be read."""
    from .sources import Source, load

    settings = batch.settings
    source = Source.parse(item.source)
    if source.is_web:
        raise UsageError(
            f"{item.source}: --cluster sends article files to its workers, not web pages; "
            "save the page first, or narrate it in a batch without --cluster"
        )
    load(source, settings.max_chars, settings.forced_loader())  # a local run's errors, here
    article = Path(item.source)
    files = {article.name: article.read_bytes()}
    if (article.parent / "lexicon.txt").is_file():
        files["lexicon.txt"] = (article.parent / "lexicon.txt").read_bytes()
    lexicons = []
    for number, path in enumerate(settings.lexicons):
        name = f"lexicon-{number}.txt"
        files[name] = path.read_bytes()
        lexicons.append(Path(name))
    cover = None
    if settings.cover:
        cover = Path("cover" + settings.cover.suffix)
        files[cover.name] = settings.cover.read_bytes()
    shipped = dataclasses.replace(settings, lexicons=tuple(lexicons), cover=cover)
    return Task(item.name, batch.extension, Path(item.source).name, files, shipped, engine)


_sessions: dict[str, Session] = {}
"""A Dask worker process's sessions, by their engine factory's repr (a task brings its
own unpickled copy of the factory)."""


def narrate_task(task: Task) -> Done:
    """Run on a Dask worker: narrate the task's article with this process's session
    (made on first use, kept for the next tasks) in a private folder, and return the
    files made. A NarrateError is the answer, not an exception (trying again would not
    help)."""
    key = repr(task.engine)
    if key not in _sessions:
        _sessions[key] = Session(task.engine)
    session = _sessions[key]
    with tempfile.TemporaryDirectory(prefix="narrate-task-") as work:
        folder = Path(work)
        for name, data in task.files.items():
            (folder / name).write_bytes(data)
        settings = dataclasses.replace(
            task.settings,
            lexicons=tuple(folder / path for path in task.settings.lexicons),
            cover=folder / task.settings.cover if task.settings.cover else None,
        )
        out = folder / "out" / (task.name + task.extension)
        try:
            result = session.narrate(str(folder / task.article), out, settings)
        except NarrateError as exc:
            return Done({}, error=str(exc))
        made = [result.output, *result.sidecars]
        return Done(
            {p.name: p.read_bytes() for p in made}, result.duration_ms, result.segments,
            warnings=tuple(result.warnings), left_out=tuple(result.left_out),
        )  # fmt: skip


@contextlib.contextmanager
def cluster_client(address: str) -> Iterator[Any]:
    """A dask.distributed Client for ADDRESS (tcp://host:port), or for a LocalCluster of
    N worker processes started here ("local:N"). Raises UsageError without dask."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(
            "--cluster needs dask.distributed: pip install 'narrate[cluster]'"
        ) from None
    local = re.fullmatch(r"local:(\d+)", address)
    if local:
        count = int(local.group(1))
        if not 1 <= count <= 256:
            raise UsageError(f"--cluster {address}: give local:N with N from 1 to 256")
        import multiprocessing

        import dask

        # Worker processes forked from a clean server start in a fraction of the time
        # spawned ones take (each would import Python, dask and narrate anew).
        method = (
            "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        )
        # The scheduler and nannies run in this process: their progress is not ours to show.
        logging.getLogger("distributed").setLevel(logging.WARNING)
        # The workers ignore Ctrl-C (the client stops them): they inherit that from here.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            with dask.config.set({"distributed.worker.multiprocessing-method": method}):
                cluster = LocalCluster(
                    n_workers=count,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
        finally:
            signal.signal(signal.SIGINT, previous)
        with cluster, Client(cluster) as client:
            yield client
        return
    if not re.fullmatch(r"(tcp|tls|ucx|inproc)://\S+", address):
        raise UsageError(
            f"--cluster {address}: give a scheduler address (tcp://host:8786) or local:N"
        )
    try:
        client = Client(address, timeout="20s")
    except OSError as exc:
        raise UsageError(f"--cluster {address}: cannot reach the scheduler ({exc})") from None
    with client:
        yield client


def run_cluster(batch: Batch, address: str, engine: EngineFactory) -> list[Record]:
    """Narrate the batch on a Dask cluster: each worker keeps a session of its own,
    narrates whole articles and sends their files back, which are written into DIR here,
    atomically, as they come. Failures, the report and resuming work as in `run_local`;
    a worker that dies mid-article has it rescheduled by Dask."""
    local = engine()
    try:
        local.voices()
        identity = engine_identity(local, _named_voice(batch.settings))
    finally:
        local.close()
    left = batch.todo(identity)
    if not left:
        return batch.records
    with cluster_client(address) as client:
        from dask.distributed import as_completed

        futures = {}
        for item, print_ in left:
            began = time.monotonic()
            try:
                task = make_task(item, batch, engine)
            except (NarrateError, OSError) as exc:
                batch.failed(item, str(exc), 0.0)
                continue
            future = client.submit(narrate_task, task, retries=RETRIES, pure=False,
                                   key=f"narrate-{item.name}-{os.urandom(4).hex()}")  # fmt: skip
            futures[future] = (item, print_, began)
        for future in as_completed(list(futures)):
            item, print_, began = futures.pop(future)
            try:
                answer: Done = future.result()
            except Exception as exc:  # the task failed on every try, or its workers died
                batch.failed(item, f"failed on the cluster: {exc}", time.monotonic() - began)
                continue
            if answer.error is not None:
                batch.failed(item, answer.error, time.monotonic() - began)
                continue
            out = batch.output(item)
            written = []
            for name in sorted(answer.files, key=lambda n: n == out.name):  # OUT last
                write_atomically(batch.folder / name, answer.files[name])
                written.append(batch.folder / name)
            sidecars = [path for path in written if path != out]
            made = Made(out, sidecars, answer.duration_ms, answer.segments,
                        answer.warnings, answer.left_out)  # fmt: skip
            batch.done(item, print_, made, time.monotonic() - began)
    return batch.records
