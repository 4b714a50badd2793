"""Speak stage: every segment of a script as a `Take`, its trimmed audio stored in the
segment cache.

Segments already in the cache are not synthesized again. The rest are shared between
the engine in this process and, for long scripts, spawned worker processes with one
engine each; a worker that does not answer in time is killed. Each clip is converted to
the program format, its engine padding trimmed to a small margin (so the pauses between
segments are the ones the script asked for) and faded at both ends before it is stored.
A segment whose audio comes back missing, silent, or far shorter than its text needs at
the rate is tried once more. A segment that fails again (or kills a worker twice) is
left out: a short silence takes its place and its take says why, so that one sentence
the engine cannot say does not end a long run; more failures than `allowed_failures`
raise EngineError naming the first, and so does a script whose speech is far short
overall, so text is never dropped silently.
"""

from __future__ import annotations

import json
import os
import re
import signal
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import audio_tools, cache
from .audio_tools import PROGRAM, Audio, PcmFormat
from .cache import Cache
from .engines.base import DEFAULT_RATE, Engine, EngineInfo
from .errors import Destination, EngineError
from .options import MIN_VOLUME as MIN_VOLUME
from .segment import Segment, excerpt
from .words import WordMark

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

LEAD_MS = 40
"""Silence kept before the first sound of a clip."""
TAIL_MS = 80
"""Silence kept after the last sound of a clip."""
FADE_MS = 8
CLIP_VERSION = 1
"""Part of every take's key: change it when the trimming or the entry format changes."""
ATTEMPTS = 2
JOB_TIMEOUT_S = 120.0
"""The longest a worker may take over one segment before it is killed."""
WORKER_MEMORY_BYTES = 2_500_000_000
"""A worker grown past this is killed and its segment handed to another lane (Piper
takes about 0.5 GB for a sentence, 1 GB for 1,000 characters, which is never given)."""
MEMORY_CHECK_S = 0.5
REPLACEMENTS = 2
"""How many times a lane starts a new worker after losing one."""
TOO_SHORT = 0.4
"""A take with less speech than this share of `expected_speech_ms` has dropped text."""
SCRIPT_TOO_SHORT = 0.6
"""The same for the whole script, whose segments' errors average out."""
MIN_CHECKED_MS = 250
"""Shorter texts ("Yes.") vary too much to judge."""
GAP_MS = 500
"""The silence that takes the place of a segment left out."""
FAILURE_SHARE = 0.05
"""Segments a run may leave out, as a share of the script (at least one): more means
the engine or the voice is broken, not a sentence, and the run stops."""

Progress = Callable[[int, int], None]
"""Called with (segments done, segments in all) as synthesis goes on."""

_HEADER = struct.Struct("<4sIIIdd")
_MAGIC = b"NRC1"


@dataclass(frozen=True)
class Take:
    """A segment's finished audio: a cache entry holding its PCM, and where the speech is."""

    segment: Segment
    name: str
    """The cache key: a hash of the spoken text, voice, rate, volume and engine."""
    path: Path
    frames: int
    format: PcmFormat
    speech_start_ms: float
    """Where the speech starts in the clip (there is up to `LEAD_MS` of silence before)."""
    speech_end_ms: float
    cached: bool
    """Found in the cache rather than synthesized by this run."""
    marks: tuple[WordMark, ...] = ()
    """Where each spoken word starts in the clip, in order, between the speech bounds;
    empty when the engine reports no words."""
    left_out: str = ""
    """Why the segment is not in the audio (its take is `GAP_MS` of silence), or ""."""

    def pcm(self) -> bytes:
        """The clip's PCM. Raises EngineError if the entry vanished from the cache."""
        try:
            with self.path.open("rb") as handle:
                handle.seek(_HEADER.size)
                data = handle.read(self.format.frame_bytes * self.frames)  # not the checksum
        except OSError as exc:
            raise EngineError(
                f"segment {self.segment.index + 1}: its cached audio disappeared during the "
                f"run ({exc.strerror}); was the cache cleared? Run again"
            ) from None
        return data


@dataclass(frozen=True)
class Job:
    index: int
    name: str
    text: str
    said: str
    """What the engine is handed (the segment's `said`)."""
    voice: str
    rate: int
    volume: float
    format: PcmFormat = PROGRAM
    """What the take is stored in."""


@dataclass(frozen=True)
class _Failed:
    """A worker's answer for a segment it could not say (the engine itself works)."""

    problem: str


def allowed_failures(segments: int) -> int:
    """How many segments a run of this many may leave out before it stops."""
    return max(1, int(segments * FAILURE_SHARE))


def take_name(spoken: str, voice: str, rate: int, volume: float, engine: Engine) -> str:
    """The cache key of a take: changes with the text, the settings, and anything that
    changes the engine's audio (its `EngineInfo.version`)."""
    info = engine.info(voice)
    return cache.key("take", CLIP_VERSION, spoken, voice, rate, volume, info.engine, info.version)


def speak(
    segments: Sequence[Segment],
    names: Sequence[str],
    engine: Engine,
    voice: str,
    rate: int,
    volume: float,
    store: Cache,
    workers: Callable[[], Engine] | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    ready: Callable[[Take], None] | None = None,
    fmt: PcmFormat = PROGRAM,
) -> list[Take]:
    """A take for every segment, in order, from the cache or synthesized into it.
    `names` are the segments' `take_name`s. Each segment is said in its own `voice`;
    `voice` is for segments that have none.

    `engine` synthesizes in this process; with `workers` (a picklable engine factory)
    and `jobs` > 1, up to `jobs` - 1 spawned processes help, or `jobs` of them do the
    voices whose `EngineInfo.in_workers` is set while this process only coordinates
    (it says such a voice itself only when no worker is running). `ready` is called
    with each take in script order as soon as it and all before it are done. Every take
    is in `fmt`, whatever the engine's own format. A segment that fails twice (see
    `synthesize_checked`) gets a take of `GAP_MS` of silence whose `left_out` says why.
    Raises EngineError naming the first segment that failed when more than
    `allowed_failures` do, or when the whole script's speech is far too short; takes
    already stored stay in the cache.
    """
    takes: dict[int, Take] = {}
    todo: list[Job] = []
    for segment, name in zip(segments, names, strict=True):
        entry = store.get("segments", name, ".clip")
        found = _read_header(entry, fmt) if entry else None
        marks = read_marks(store, name) if entry and found else None
        if entry and found and marks is not None:
            frames, start, end = found
            takes[segment.index] = Take(
                segment, name, entry, frames, fmt, start, end, cached=True, marks=marks
            )
        else:
            said_by = segment.voice or voice
            todo.append(
                Job(segment.index, name, segment.text, segment.said, said_by, rate, volume, fmt)
            )
    by_index = {segment.index: segment for segment in segments}
    infos = {voice: engine.info(voice) for voice in {job.voice for job in todo}}
    worth = min((info.jobs_per_worker for info in infos.values()), default=1)
    offload = {voice for voice, info in infos.items() if info.in_workers} if jobs > 1 else set()
    helpers = min(jobs if offload else jobs - 1, len(todo) // max(1, worth)) if workers else 0
    board = _Board(todo, allowed_failures(len(segments)), helpers)

    def mine(job: Job) -> bool:  # called with the board locked
        return job.voice not in offload or board.lanes == 0

    threads = [
        threading.Thread(target=_worker_lane, args=(board, workers, store.root), daemon=True)
        for _ in range(helpers)
    ]

    job_names = {job.index: job.name for job in todo}
    hits = len(takes)
    waiting = deque(segment.index for segment in segments)

    def report() -> None:
        if progress:
            progress(hits + len(board.results), len(segments))
        while waiting and (
            waiting[0] in takes or waiting[0] in board.results or waiting[0] in board.skipped
        ):
            index = waiting.popleft()
            if index in board.skipped:
                takes[index] = gap_take(by_index[index], store, board.skipped[index], fmt)
            elif index not in takes:
                path, frames, start, end, marks = board.results[index]
                takes[index] = Take(
                    by_index[index], job_names[index], Path(path), frames, fmt, start, end,
                    cached=False, marks=marks,
                )  # fmt: skip
                store.used.add(Path(path))
            if ready:
                ready(takes[index])

    try:
        for thread in threads:
            thread.start()
        report()
        while not board.settled():
            job = board.next(mine)
            if job is None:  # the workers have the rest; one may hand a job back
                board.wait(0.2)
            else:
                try:
                    board.finish(job, make_take(engine, store, job))
                except EngineError as exc:
                    board.skip(job, exc)
            report()
    finally:
        board.stop()
        for thread in threads:
            thread.join(timeout=5)
    if board.error:
        raise board.error
    report()
    ordered = [takes[segment.index] for segment in segments]
    check_script_speech(ordered, rate, engine, voice)
    return ordered


_Result = tuple[str, int, float, float, tuple[WordMark, ...]]
"""What a lane reports for a job: the entry's path, frames, speech start and end, and
its word marks."""


class _Board:
    """The jobs left and the results in, shared by the lanes. The first error stops all."""

    def __init__(self, jobs: list[Job], allowed: int = 0, lanes: int = 0) -> None:
        self.pending = deque(jobs)
        self.lanes = lanes
        """Worker lanes running or starting a worker process."""
        self.total = len(jobs)
        self.allowed = allowed
        self.results: dict[int, _Result] = {}
        self.skipped: dict[int, str] = {}
        """Segments left out, with why."""
        self.error: EngineError | None = None
        self.processes: list[BaseProcess] = []
        self._stopped = False
        self._handed_back: set[int] = set()
        self._changed = threading.Condition()

    def next(self, accept: Callable[[Job], bool] | None = None) -> Job | None:
        """The first pending job (that `accept`, called with the board locked, takes)."""
        with self._changed:
            if self._stopped or self.error:
                return None
            found = next((job for job in self.pending if accept is None or accept(job)), None)
            if found is not None:
                self.pending.remove(found)
            return found

    def count_lane(self, change: int) -> None:
        """A lane starts (+1) or stops (-1) running a worker; wakes whoever waits."""
        with self._changed:
            self.lanes += change
            self._changed.notify_all()

    def finish(self, job: Job, result: _Result) -> None:
        with self._changed:
            self.results[job.index] = result
            self._changed.notify_all()

    def hand_back(self, job: Job, problem: str) -> None:
        """A worker died or hung on `job`: another lane tries it, once."""
        with self._changed:
            if job.index in self._handed_back:
                self.skip(
                    job,
                    EngineError(f"segment {job.index + 1} ({excerpt(job.text)}): {problem}, twice"),
                )
            else:
                self._handed_back.add(job.index)
                self.pending.appendleft(job)
            self._changed.notify_all()

    def skip(self, job: Job, error: EngineError) -> None:
        """`job` failed for good: leave it out, or stop the run when too many have."""
        with self._changed:
            self.skipped[job.index] = str(error)
            if len(self.skipped) > self.allowed:
                first = next(iter(self.skipped.values()))
                self.error = self.error or EngineError(
                    f"{len(self.skipped)} segments failed, more than a run leaves out; the "
                    f"first: {first}"
                    if len(self.skipped) > 1
                    else first
                )
            self._changed.notify_all()

    def taken(self, job: Job) -> bool:
        """Wait until another lane has taken `job` (handed back) from the pending jobs;
        then whether jobs are left for a new worker (False if the run ended meanwhile)."""
        with self._changed:
            while not (self._stopped or self.error) and job in self.pending:
                self._changed.wait(1.0)
            running = not (self._stopped or self.error)
            return running and job.index in self._handed_back and bool(self.pending)

    def fail(self, error: EngineError) -> None:
        with self._changed:
            self.error = self.error or error
            self._changed.notify_all()

    def settled(self) -> bool:
        with self._changed:
            return bool(self.error) or len(self.results) + len(self.skipped) == self.total

    def wait(self, timeout: float) -> None:
        with self._changed:
            self._changed.wait(timeout)

    def stop(self) -> None:
        """No more jobs; kill every worker process (their current jobs are abandoned)."""
        with self._changed:
            self._stopped = True
            processes = list(self.processes)
        for process in processes:
            if process.is_alive():
                process.kill()


def _worker_lane(board: _Board, factory: Callable[[], Engine], root: Path) -> None:
    """Feed jobs to a spawned worker until none are left; runs in a thread.

    A worker that dies, takes longer than JOB_TIMEOUT_S over a job or grows past
    WORKER_MEMORY_BYTES is killed and its job handed back to the other lanes; once
    another lane has taken that job, a new worker takes its place (at most
    `REPLACEMENTS` times a lane). An error the worker reports ends the run. The lane
    counts in `board.lanes` while it runs or starts a worker.
    """
    for attempt in range(1 + REPLACEMENTS):
        if attempt:
            board.count_lane(1)  # counted from the start for the first worker
        try:
            lost = _run_worker(board, factory, root)
        finally:
            board.count_lane(-1)
        if lost is None or not board.taken(lost):
            return


def _run_worker(board: _Board, factory: Callable[[], Engine], root: Path) -> Job | None:
    """One worker process's life; returns the job it was lost on, or None when the lane
    is done (no jobs left, the run failed, or no process could be started)."""
    import multiprocessing  # here: most runs have no workers

    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(child, factory, str(root)), daemon=True)
    with board._changed:
        if board._stopped:
            return None
        try:
            process.start()
        except Exception:  # no process, or an engine factory that cannot be sent to one
            return None  # no helper then: the other lanes do the work
        board.processes.append(process)
    child.close()
    job = None
    try:
        while (job := board.next()) is not None:
            parent.send(job)
            problem = _await_answer(parent, process)
            if problem:
                process.kill()
                board.hand_back(job, problem)
                return job
            answer = parent.recv()
            if isinstance(answer, str):
                raise EngineError(answer)
            if isinstance(answer, _Failed):
                board.skip(job, EngineError(answer.problem))
            else:
                board.finish(job, answer)
        parent.send(None)
        process.join(timeout=5)
    except (EOFError, OSError):
        process.join(timeout=5)
        if job is not None and not board.settled():
            board.hand_back(job, f"the speech engine crashed (exit status {process.exitcode})")
            return job
    except EngineError as exc:
        board.fail(exc)
    except Exception as exc:  # a bug here must end the run, not leave it waiting forever
        board.fail(EngineError(f"a synthesis worker failed: {exc!r}"))
    finally:
        parent.close()
        if process.is_alive():
            process.kill()
        process.join(timeout=5)
    return None


def _await_answer(conn: Connection, process: BaseProcess) -> str | None:
    """Wait for the worker's answer; say what went wrong if it took too long or grew
    too big (its death shows as the answer's EOFError)."""
    deadline = time.monotonic() + JOB_TIMEOUT_S
    while not conn.poll(min(MEMORY_CHECK_S, max(0.0, deadline - time.monotonic()))):
        if time.monotonic() >= deadline:
            return f"the speech engine took over {JOB_TIMEOUT_S:.0f} s"
        used = _resident_bytes(process.pid)
        if used is not None and used > WORKER_MEMORY_BYTES:
            return f"the speech engine used {used / 1e9:.1f} GB of memory"
    return None


def _resident_bytes(pid: int | None) -> int | None:
    """A process's resident memory, where /proc tells it (Linux); else None."""
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _serve(conn: Connection, factory: Callable[[], Engine], root: str) -> None:
    """A worker process: take jobs from `conn`, store their takes, answer each one with
    its result or an error message (also when the engine cannot start)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it kills us if need be
    engine: Engine | None = None
    try:
        engine = factory()
    except EngineError as exc:
        cannot_start = str(exc)
    store = Cache(Path(root))
    try:
        while (job := conn.recv()) is not None:
            if engine is None:
                conn.send(cannot_start)
                continue
            try:
                conn.send(make_take(engine, store, job))
            except EngineError as exc:
                conn.send(_Failed(str(exc)))
            except OSError as exc:
                conn.send(str(Destination.cache(root).failed(exc)))
    except EOFError:
        pass
    finally:
        if engine is not None:
            engine.close()


def make_take(engine: Engine, store: Cache, job: Job) -> _Result:
    """Synthesize one job, finish its clip and store it; return the entry's description."""
    audio, start, end = synthesize_checked(engine, job)
    marks = audio.marks
    audio = audio_tools.fade(audio, FADE_MS, FADE_MS)
    header = _HEADER.pack(_MAGIC, *astuple(job.format), audio.frames, start, end)
    write_marks(store, job.name, marks)  # first: a clip in the cache has its marks
    path = store.put("segments", job.name, ".clip", header + audio.pcm)
    return str(path), audio.frames, start, end, marks


def write_marks(store: Cache, name: str, marks: Sequence[WordMark]) -> None:
    """Store a take's word marks beside its clip (an empty list when there are none)."""
    data = [[round(m.start_ms, 2), m.offset, m.length] for m in marks]
    store.put("segments", name, ".marks", json.dumps(data, separators=(",", ":")).encode())


def read_marks(store: Cache, name: str) -> tuple[WordMark, ...] | None:
    """A take's stored word marks, or None when they are missing or not whole (the take
    is then made again, as if its clip were missing)."""
    found = store.read("segments", name, ".marks")  # its content, checksum checked
    if found is None:
        return None
    try:
        data = json.loads(found[1])
        return tuple(WordMark(float(a), int(b), int(c)) for a, b, c in data)
    except (OSError, ValueError, TypeError):
        return None


def gap_take(segment: Segment, store: Cache, problem: str, fmt: PcmFormat = PROGRAM) -> Take:
    """`GAP_MS` of silence in place of a segment left out, stored under a name of its own
    (so the next run tries the segment again), with why in `left_out`."""
    frames = fmt.frames(GAP_MS)
    name = cache.key("gap", CLIP_VERSION, GAP_MS, fmt.sample_rate, fmt.channels)
    header = _HEADER.pack(_MAGIC, *astuple(fmt), frames, 0.0, float(GAP_MS))
    path = store.put("segments", name, ".clip", header + bytes(fmt.frame_bytes * frames))
    store.used.add(path)
    return Take(
        segment, name, path, frames, fmt, 0.0, float(GAP_MS), cached=False, left_out=problem
    )


def synthesize_checked(engine: Engine, job: Job) -> tuple[Audio, float, float]:
    """The job's audio, converted and trimmed to `LEAD_MS`/`TAIL_MS` around its speech,
    with where the speech starts and ends in it (ms). Its word marks, if the engine
    gave any, are moved with the trim and onto the sound (`place_marks`).

    An engine error, no audio, silence, or far less speech than the text needs is tried
    once more, then raised as an EngineError naming the segment and its text.
    """
    problem = ""
    info = engine.info(job.voice)
    for _ in range(ATTEMPTS):
        try:
            audio = _say(engine, info, job)
        except EngineError as exc:
            problem = str(exc)
            continue
        bounds = audio_tools.speech_bounds(audio) if audio.frames else None
        if bounds is None:
            problem = "the engine returned silence" if audio.frames else "no audio"
            continue
        heard, needed = bounds[1] - bounds[0], info.expected_speech_ms(job.said, job.rate)
        if needed >= MIN_CHECKED_MS and heard < TOO_SHORT * needed:
            problem = f"{_seconds(heard)} of speech where the text needs about {_seconds(needed)}"
            continue
        marks = audio.marks
        trimmed, start, end = audio_tools.trim_silence(audio, LEAD_MS, TAIL_MS, bounds)
        cut_ms = bounds[0] - start  # what the trim removed before the speech
        placed = place_marks(trimmed, [m.moved(-cut_ms) for m in marks], start, end)
        return replace(trimmed, marks=placed), start, end
    raise EngineError(
        f"segment {job.index + 1} ({excerpt(job.text)}) failed twice: {problem}; "
        "reword or remove that text, or try another --voice"
    )


def place_marks(
    audio: Audio, marks: Sequence[WordMark], start_ms: float, end_ms: float
) -> tuple[WordMark, ...]:
    """`marks` (ms in `audio`) kept inside the speech bounds, never decreasing, and each
    one that falls in silence moved on to where the sound resumes (espeak-ng may mark
    a word after a pause up to about 50 ms before its sound), but never past the next
    mark."""
    inside = [replace(m, start_ms=min(max(m.start_ms, start_ms), end_ms)) for m in marks]
    placed: list[WordMark] = []
    for n, mark in enumerate(inside):
        limit = inside[n + 1].start_ms if n + 1 < len(inside) else end_ms
        when = mark.start_ms
        if limit - when > 10:
            found = audio_tools.first_sound_ms(audio, when, limit)
            when = when if found is None else found
        if placed and when < placed[-1].start_ms:
            when = placed[-1].start_ms
        placed.append(replace(mark, start_ms=when))
    return tuple(placed)


def _say(engine: Engine, info: EngineInfo, job: Job) -> Audio:
    """The job's text said by the engine in the job's format, with its word marks: in one
    call, or, when it is longer than the engine takes, in pieces cut at spaces and
    joined (each piece's marks moved to where it starts, in time and in the text)."""
    fmt, pcm, marks, searched = job.format, b"", [], 0
    for part in split_text(job.said, info.max_chars):
        audio = engine.synthesize(part, job.voice, job.rate, job.volume)
        at_ms, at_char = fmt.ms(len(pcm) // fmt.frame_bytes), job.said.find(part, searched)
        searched = at_char + len(part)
        marks += [replace(m.moved(at_ms), offset=m.offset + at_char) for m in audio.marks]
        pcm += audio_tools.convert(audio, fmt.sample_rate, fmt.channels).pcm
    return Audio(pcm, fmt.sample_rate, fmt.channels, tuple(marks))


def expected_speech_ms(spoken: str, rate: int) -> float:
    """About how long `spoken` takes at `rate` words a minute at espeak-ng's pace: an
    estimate for planning (a briefing's length). The dropped-audio check uses each
    voice's own measured pace (`EngineInfo.expected_speech_ms`)."""
    from .engines.espeak import MS_PER_CHAR

    return MS_PER_CHAR * sum(char.isalnum() for char in spoken) * DEFAULT_RATE / rate


_CLAUSE_END = re.compile(r"[,;:](?= )|(?<= )[–—](?= )")
"""A comma, semicolon or colon, or a spaced dash, followed by a space."""


def split_text(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut after the last clause's end
    (`_CLAUSE_END`) in the second half of the limit, so that each piece is said as a
    phrase; else at the last space before the limit (or at the limit in a run without
    spaces). Never returns an empty piece."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        ends = [m.end() for m in _CLAUSE_END.finditer(rest, limit // 2, limit + 1)]
        space = ends[-1] if ends else rest.rfind(" ", 0, limit + 1)
        cut = space if space > 0 else limit
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    return [*pieces, rest] if rest or not pieces else pieces


def check_script_speech(takes: Sequence[Take], rate: int, engine: Engine, voice: str) -> None:
    """Raise EngineError if the takes hold far less speech than their whole text needs
    (each at its own voice's pace; `voice` for segments without one): text dropped a
    little in many segments, which no single segment's check catches."""
    said = [take for take in takes if not take.left_out]
    heard = sum(take.speech_end_ms - take.speech_start_ms for take in said)
    needed = sum(
        engine.info(take.segment.voice or voice).expected_speech_ms(take.segment.said, rate)
        for take in said
    )
    if needed >= MIN_CHECKED_MS and heard < SCRIPT_TOO_SHORT * needed:
        raise EngineError(
            f"the narration has {_seconds(heard)} of speech where the script needs about "
            f"{_seconds(needed)}: the engine dropped text; run again with --no-cache, or try "
            "another --voice"
        )


def _seconds(ms: float) -> str:
    return f"{ms / 1000:.1f} s"


def _read_header(path: Path, fmt: PcmFormat = PROGRAM) -> tuple[int, float, float] | None:
    """A cached take's frames and speech bounds, or None if the entry is not whole or
    not in `fmt`."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEADER.size)
            size = path.stat().st_size
    except OSError:
        return None
    if len(head) < _HEADER.size:
        return None
    magic, rate, channels, frames, start, end = _HEADER.unpack(head)
    whole = size == _HEADER.size + 2 * channels * frames + cache.TRAILER_SIZE
    if magic != _MAGIC or PcmFormat(rate, channels) != fmt or not whole:
        return None
    return frames, start, end
