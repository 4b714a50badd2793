"""The run's Session: what is expensive to start, set up once for any number of articles.

A Session owns the speech engine of this process, the factory of worker engines and, for
batches, a pool of spawned synthesis processes that live as long as the session, and the
ffmpeg binary (found once, so a missing one fails before any work). One article and ten
thousand go through `Session.narrate` the same way; `pipeline.narrate` does the work.

With a pool, the segments of an article are synthesized by the pool's processes into the
segment cache before the pipeline runs, and `prefetch` lets the next article's segments
be synthesized while this one is encoded: short articles, which the pipeline alone would
speak in one process, are spoken in parallel. The pool is only a helper: whatever it did
not finish (an engine error, a process that died) the pipeline synthesizes itself, and
reports as it always does.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from types import TracebackType

from . import pipeline
from .cache import Cache, user_cache_dir
from .engines.base import Engine
from .errors import NarrateError
from .export import ffmpeg_path
from .pipeline import Result, Settings
from .progress import Listener
from .speak import Job, make_take, take_name

EngineFactory = Callable[[], Engine]
MAX_POOLS = 3
"""How many pools a session starts in all: a text that kills the engine kills the pool."""


class Session:
    """The engine, worker pool, cache location and ffmpeg of one run.

    `make_engine` builds the engine of this process (on first use); `workers` is a
    picklable factory for engines in other processes (None: all in this process);
    `pool` > 0 keeps that many synthesis processes for the whole session (batches);
    0 leaves the pipeline to start its own helpers for long scripts, as a single
    `narrate` does. Close it (or use it as a context manager) to stop them.
    """

    def __init__(
        self,
        make_engine: EngineFactory,
        workers: EngineFactory | None = None,
        pool: int = 0,
    ) -> None:
        self._make_engine = make_engine
        self.workers = workers
        self.pool_size = pool if workers else 0
        self._engine: Engine | None = None
        self._ffmpeg: str | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._pending: dict[tuple[str, Settings], list[Future[None]]] = {}
        self._broken = 0
        self._owner: dict[int, ProcessPoolExecutor] = {}
        """The pool each pending future was handed to, by the future's id."""

    # --- what the session owns -------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The engine of this process, started on first use and kept until `close`."""
        if self._engine is None:
            self._engine = self._make_engine()
        return self._engine

    @property
    def ffmpeg(self) -> str:
        """The ffmpeg binary, found once. Raises OutputError when there is none."""
        if self._ffmpeg is None:
            self._ffmpeg = ffmpeg_path()
        return self._ffmpeg

    def start(self) -> None:
        """Start what the run needs now, so that a missing engine or ffmpeg fails before
        any article. Raises the NarrateError that says what is missing."""
        self.ffmpeg  # noqa: B018 (found once, here)
        self.engine.voices()

    # --- narrating -------------------------------------------------------------------

    def narrate(
        self,
        article: str,
        out: Path | None,
        settings: Settings | None = None,
        progress: Listener | None = None,
        written: Callable[[Path], None] | None = None,
    ) -> Result:
        """Narrate ARTICLE into OUT through this session's engine (see `pipeline.narrate`
        for what is guaranteed about OUT). With a pool, its processes first synthesize the
        article's segments into the cache."""
        settings = settings or Settings()
        self.prefetch(article, settings)
        self._wait(self._pending.pop((article, settings), []))
        return pipeline.narrate(
            article, out, self.engine, settings, progress, self.workers, written
        )

    def prefetch(self, article: str, settings: Settings) -> list[Future[None]]:
        """Hand ARTICLE's uncached segments to the pool, once, and return their futures.
        Does nothing without a pool or a cache, or for an article that cannot be read:
        `narrate` reports that."""
        key = (article, settings)
        if key in self._pending:
            return self._pending[key]
        futures: list[Future[None]] = []
        if self.pool_size and settings.cache and article != "-":
            try:
                futures = self._submit(article, settings)
            except NarrateError:
                futures = []
        self._pending[key] = futures
        return futures

    def _submit(self, article: str, settings: Settings) -> list[Future[None]]:
        script = pipeline.build(article, settings, self.engine)
        store = Cache(user_cache_dir())
        pool = self._start_pool(store.root)
        if pool is None:
            return []
        futures = []
        for segment in script.segments:
            voice = segment.voice
            name = take_name(segment.said, voice, settings.rate, settings.volume, self.engine)
            if store.path("segments", name, ".clip").exists():
                continue
            job = Job(segment.index, name, segment.text, segment.said, voice,
                      settings.rate, settings.volume)  # fmt: skip
            try:
                futures.append(pool.submit(_synthesize, job))
                self._owner[id(futures[-1])] = pool
            except RuntimeError:  # the pool broke (a process died): the pipeline does it
                self._drop_pool()
                break
        return futures

    def _wait(self, futures: list[Future[None]]) -> None:
        """Wait for the pool's work on an article; a failed job is left to the pipeline.
        A pool that broke is dropped (once: futures of a pool dropped already are not
        counted again)."""
        if futures:
            concurrent.futures.wait(futures)
        broken = concurrent.futures.process.BrokenProcessPool
        failed = any(not f.cancelled() and isinstance(f.exception(), broken) for f in futures)
        owner = self._owner.get(id(futures[0])) if futures else None
        if failed and owner is not None and owner is self._pool:
            self._drop_pool()
        for future in futures:
            self._owner.pop(id(future), None)

    def _start_pool(self, root: Path) -> ProcessPoolExecutor | None:
        if self._pool is None and self.workers is not None:
            self._pool = ProcessPoolExecutor(
                self.pool_size,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.workers, str(root)),
            )
        return self._pool

    def _drop_pool(self) -> None:
        """A process of the pool died: stop the pool; the next article starts a new one,
        up to `MAX_POOLS` in a session, then the rest is done in this process."""
        pool, self._pool = self._pool, None
        if pool is not None:
            _stop_pool(pool)
        self._broken += 1
        if self._broken >= MAX_POOLS:
            self.pool_size = 0

    # --- ending ----------------------------------------------------------------------

    def close(self) -> None:
        """Stop the pool's processes (abandoning their work) and close the engine."""
        self._pending.clear()
        self._owner.clear()
        pool, self._pool = self._pool, None
        if pool is not None:
            _stop_pool(pool)
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and kill the processes (they hold no user files)."""
    processes = list((pool._processes or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)


# --- in the pool's processes -------------------------------------------------------------

_worker: tuple[Engine, Cache] | None = None


def _start_worker(factory: EngineFactory, root: str) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the session decides; it kills us
    _worker = (factory(), Cache(Path(root)))


def _synthesize(job: Job) -> None:
    """Synthesize one segment into the cache (an error is the pipeline's to report)."""
    assert _worker is not None
    engine, store = _worker
    make_take(engine, store, job)
