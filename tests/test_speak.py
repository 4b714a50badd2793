from __future__ import annotations

import functools
import multiprocessing
import multiprocessing.connection
import threading
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from narrate import speak as speak_module
from narrate.audio_tools import Audio, PcmFormat
from narrate.cache import Cache
from narrate.engines.base import Engine, EngineInfo
from narrate.errors import EngineError
from narrate.segment import Segment
from narrate.speak import (
    LEAD_MS,
    TAIL_MS,
    Job,
    Take,
    place_marks,
    speak,
    split_text,
    synthesize_checked,
    take_name,
)
from narrate.words import WordMark
from tests.fakes import (
    FAULTS,
    DyingEngine,
    FakeEngine,
    FlakyEngine,
    GatedEngine,
    RefusesWord,
    SlowEngine,
    fake_marks,
    quiet,
    tone,
)


def _segment(index: int, text: str) -> Segment:
    return Segment(index, index, "body", text, text, 600)


SCRIPT = [_segment(i, f"Sentence {i} is here.") for i in range(6)]


def _speak(
    engine: Engine,
    store: Cache,
    script: list[Segment] = SCRIPT,
    voice: str = "gmw/en-us",
    rate: int = 175,
    **options: object,
) -> list[Take]:
    names = [take_name(s.spoken, voice, rate, 1.0, engine) for s in script]
    return speak(script, names, engine, voice, rate, 1.0, store, **options)  # type: ignore[arg-type]


def test_takes_come_in_order_trimmed_and_stored(tmp_path: Path) -> None:
    engine = FakeEngine(padded=True)
    takes = _speak(engine, Cache(tmp_path))
    assert [take.segment for take in takes] == SCRIPT
    assert [call[0] for call in engine.calls] == [s.spoken for s in SCRIPT]
    for take in takes:
        speech_ms = FakeEngine.speech_ms(take.segment.spoken, 175)
        assert abs(take.speech_start_ms - LEAD_MS) <= 5
        assert abs(take.speech_end_ms - take.speech_start_ms - speech_ms) <= 5
        assert abs(take.frames / 22.05 - (speech_ms + LEAD_MS + TAIL_MS)) <= 10
        assert len(take.pcm()) == 2 * take.frames
        assert not take.cached


def test_a_second_run_synthesizes_nothing(tmp_path: Path) -> None:
    first = _speak(FakeEngine(), Cache(tmp_path))
    engine = FakeEngine()
    again = _speak(engine, Cache(tmp_path))
    assert engine.calls == []
    assert all(take.cached for take in again)
    assert [t.pcm() for t in again] == [t.pcm() for t in first]


def test_an_edit_synthesizes_only_the_changed_segment(tmp_path: Path) -> None:
    _speak(FakeEngine(), Cache(tmp_path))
    edited = [*SCRIPT[:3], _segment(3, "A new sentence instead."), *SCRIPT[4:]]
    engine = FakeEngine()
    takes = _speak(engine, Cache(tmp_path), edited)
    assert [call[0] for call in engine.calls] == ["A new sentence instead."]
    assert [take.cached for take in takes] == [True, True, True, False, True, True]


@pytest.mark.parametrize("change", [{"voice": "gmw/en"}, {"rate": 150}])
def test_voice_or_rate_change_misses_the_cache(tmp_path: Path, change: dict[str, object]) -> None:
    _speak(FakeEngine(), Cache(tmp_path))
    engine = FakeEngine()
    takes = _speak(engine, Cache(tmp_path), **change)  # type: ignore[arg-type]
    assert len(engine.calls) == len(SCRIPT)
    assert not any(take.cached for take in takes)


def test_a_torn_entry_is_a_miss(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    first = _speak(FakeEngine(), store)
    with first[2].path.open("r+b") as handle:  # as if a disk filled up mid-write
        handle.truncate(100)
    engine = FakeEngine()
    _speak(engine, Cache(tmp_path))
    assert [call[0] for call in engine.calls] == [SCRIPT[2].spoken]


def test_progress_and_ready_follow_the_script(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    ready: list[int] = []
    _speak(
        FakeEngine(), Cache(tmp_path), progress=lambda d, t: seen.append((d, t)),
        ready=lambda take: ready.append(take.segment.index),
    )  # fmt: skip
    assert seen[-1] == (6, 6)
    assert ready == list(range(6))


@pytest.fixture
def eager_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for short scripts too, so that tests need not synthesize hundreds."""
    monkeypatch.setattr(FakeEngine, "jobs_per_worker", 20)


@dataclass(frozen=True)
class Lanes:
    """Events the lanes' board sets, for a gated engine in this process to wait on."""

    worker_done: threading.Event
    """A worker lane finished a job."""
    handed_back: threading.Event
    """A worker lane handed a job back (its process died or hung)."""
    failed: threading.Event
    """The run has an error."""


@pytest.fixture
def lanes(monkeypatch: pytest.MonkeyPatch) -> Lanes:
    found = Lanes(threading.Event(), threading.Event(), threading.Event())
    board = speak_module._Board
    finish, hand_back, fail, skip = board.finish, board.hand_back, board.fail, board.skip

    def finishing(self: speak_module._Board, job: Job, result: speak_module._Result) -> None:
        finish(self, job, result)
        if threading.current_thread() is not threading.main_thread():
            found.worker_done.set()

    def handing_back(self: speak_module._Board, job: Job, problem: str) -> None:
        hand_back(self, job, problem)
        found.handed_back.set()
        if self.error:
            found.failed.set()

    def failing(self: speak_module._Board, error: EngineError) -> None:
        fail(self, error)
        found.failed.set()

    def skipping(self: speak_module._Board, job: Job, error: EngineError) -> None:
        skip(self, job, error)
        if self.error:  # too many segments left out
            found.failed.set()

    monkeypatch.setattr(board, "finish", finishing)
    monkeypatch.setattr(board, "hand_back", handing_back)
    monkeypatch.setattr(board, "fail", failing)
    monkeypatch.setattr(board, "skip", skipping)
    return found


@pytest.mark.usefixtures("eager_workers")
def test_spawned_workers_make_the_same_takes(tmp_path: Path, lanes: Lanes) -> None:
    script = [_segment(i, f"Worker sentence number {i} here.") for i in range(60)]
    alone = _speak(FakeEngine(padded=True), Cache(tmp_path / "a"), script)
    engine = GatedEngine([("", lanes.worker_done)])  # this lane starts once a worker has
    shared = _speak(
        engine, Cache(tmp_path / "b"), script, workers=_padded_engine, jobs=3,
    )  # fmt: skip
    assert len(engine.calls) < len(script)  # the workers did some of them
    assert [t.name for t in shared] == [t.name for t in alone]
    assert [t.pcm() for t in shared] == [t.pcm() for t in alone]


def _padded_engine() -> FakeEngine:
    return FakeEngine(padded=True)


@pytest.mark.usefixtures("eager_workers")
def test_an_engine_failing_everywhere_ends_the_run_naming_a_segment(
    tmp_path: Path, lanes: Lanes
) -> None:
    script = [_segment(i, f"Doomed sentence {i} here.") for i in range(60)]
    engine = GatedEngine([("", lanes.failed)], padded=False)  # the worker fails first
    with pytest.raises(
        EngineError,
        match=r"^4 segments failed, more than a run leaves out; the first: "
        r"segment \d+ \('Doomed sentence \d+ here.'\) failed twice",
    ):
        _speak(engine, Cache(tmp_path), script, workers=_broken_engine, jobs=2)


@pytest.mark.usefixtures("eager_workers")
@pytest.mark.parametrize("hang", [False, True], ids=["dies", "hangs"])
def test_a_segment_a_worker_dies_on_is_done_by_another_lane(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lanes: Lanes, hang: bool
) -> None:
    """This lane starts once the worker has done a job, and waits at its first storm
    until the worker has died (or hung, and was killed) on another."""
    monkeypatch.setattr(speak_module, "JOB_TIMEOUT_S", 60.0)  # the worker's start, loaded
    finishing = speak_module._Board.finish

    def warmed_up(self: speak_module._Board, job: Job, result: speak_module._Result) -> None:
        finishing(self, job, result)
        monkeypatch.setattr(speak_module, "JOB_TIMEOUT_S", HANG_TIMEOUT_S)  # it is up now

    monkeypatch.setattr(speak_module._Board, "finish", warmed_up)
    weather = ["calm"] * 50 + ["storm"] * 10
    script = [_segment(i, f"Sentence {i} of the {weather[i]}.") for i in range(60)]
    marker = tmp_path / "worker-saw"
    factory = functools.partial(DyingEngine, "storm", str(marker), hang)
    engine = GatedEngine([("", lanes.worker_done), ("storm", lanes.handed_back)])
    takes = _speak(engine, Cache(tmp_path / "cache"), script, workers=factory, jobs=2)
    seen = marker.read_text().splitlines()
    # Each worker died (or hung and was killed) on a storm, and a new one took its place
    # after this lane had taken the storm and said it.
    assert 1 <= len(seen) <= 1 + speak_module.REPLACEMENTS
    assert set(seen) <= {call[0] for call in engine.calls}
    assert len(engine.calls) < len(script)
    assert [t.segment for t in takes] == script
    assert multiprocessing.active_children() == []


HANG_TIMEOUT_S = 3.0
"""How long a warm worker may take over a job in the test above: a job takes it
milliseconds, so only a hang (or a machine stalled for seconds) reaches this."""


def _engine_that_cannot_start() -> Engine:
    raise EngineError("cannot start the speech engine (simulated); reinstall narrate")


@pytest.mark.usefixtures("eager_workers")
def test_a_worker_whose_engine_cannot_start_says_why(tmp_path: Path, lanes: Lanes) -> None:
    script = [_segment(i, f"Sentence number {i} here.") for i in range(60)]
    engine = GatedEngine([("", lanes.failed)])
    with pytest.raises(EngineError, match=r"^cannot start the speech engine \(simulated\)"):
        _speak(engine, Cache(tmp_path), script, workers=_engine_that_cannot_start, jobs=2)
    assert multiprocessing.active_children() == []


@pytest.mark.usefixtures("eager_workers")
def test_a_broken_lane_ends_the_run_instead_of_leaving_it_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lanes: Lanes
) -> None:
    def broken(self: object, job: object) -> None:
        raise ValueError("simulated bug")

    monkeypatch.setattr(multiprocessing.connection.Connection, "send", broken)
    script = [_segment(i, f"Sentence number {i} here.") for i in range(60)]
    engine = GatedEngine([("", lanes.failed)])
    with pytest.raises(EngineError, match=r"a synthesis worker failed: ValueError"):
        _speak(engine, Cache(tmp_path), script, workers=_padded_engine, jobs=2)


@pytest.mark.usefixtures("eager_workers")
@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_worker_that_cannot_be_started_leaves_the_work_to_this_lane(tmp_path: Path) -> None:
    script = [_segment(i, f"Sentence number {i} here.") for i in range(30)]
    engine = FakeEngine(padded=True)
    cannot_pickle = lambda: FakeEngine()  # noqa: E731 - a lambda cannot be sent to a process
    takes = _speak(engine, Cache(tmp_path), script, workers=cannot_pickle, jobs=2)
    assert len(takes) == len(engine.calls) == 30


class _SaidInWorkers(FakeEngine):
    """A voice to say only in worker processes, as Piper's (worth a worker at once)."""

    jobs_per_worker = 1

    def info(self, voice: str) -> EngineInfo:
        return replace(super().info(voice), in_workers=True)


def _said_in_workers() -> FakeEngine:
    return _SaidInWorkers(padded=True)


def test_a_voice_said_in_workers_is_never_said_by_this_process(tmp_path: Path) -> None:
    script = [_segment(i, f"Worker sentence number {i} here.") for i in range(8)]
    alone = _speak(FakeEngine(padded=True), Cache(tmp_path / "a"), script)
    engine = _SaidInWorkers(padded=True)
    shared = _speak(engine, Cache(tmp_path / "b"), script, workers=_said_in_workers, jobs=2)
    assert engine.calls == []  # it never loaded the voice: two workers said it all
    assert [t.pcm() for t in shared] == [t.pcm() for t in alone]
    assert multiprocessing.active_children() == []


@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_voice_said_in_workers_is_said_here_when_no_worker_starts(tmp_path: Path) -> None:
    script = [_segment(i, f"Sentence number {i} here.") for i in range(8)]
    engine = _SaidInWorkers(padded=True)
    cannot_pickle = lambda: FakeEngine()  # noqa: E731 - a lambda cannot be sent to a process
    takes = _speak(engine, Cache(tmp_path), script, workers=cannot_pickle, jobs=2)
    assert len(takes) == len(engine.calls) == 8


def test_a_segment_handed_back_twice_is_left_out_naming_it() -> None:
    board = speak_module._Board([_job(4, "The storm came back.")], allowed=1)
    job = board.next()
    assert job is not None
    board.hand_back(job, "the speech engine crashed (exit status 3)")
    assert board.error is None and board.next() == job
    board.hand_back(job, "the speech engine crashed (exit status 3)")
    assert board.error is None and board.settled()
    assert board.skipped == {
        4: "segment 5 ('The storm came back.'): the speech engine crashed (exit status 3), twice"
    }


def test_one_segment_the_engine_cannot_say_is_left_out_and_the_run_finishes(
    tmp_path: Path,
) -> None:
    script = [*SCRIPT[:3], _segment(3, "The quay flooded."), *SCRIPT[4:]]
    engine = RefusesWord("quay", padded=True)
    takes = _speak(engine, Cache(tmp_path), script, ready=lambda take: None)
    assert [t.segment for t in takes] == script
    gap = takes[3]
    assert gap.left_out.startswith("segment 4 ('The quay flooded.') failed twice: ")
    assert gap.pcm() == bytes(2 * gap.frames) and gap.frames == 22050 * speak_module.GAP_MS // 1000
    assert not any(t.left_out for t in takes if t is not gap)
    again = _speak(engine, Cache(tmp_path), script)
    assert again[3].left_out and not again[3].cached  # tried again, not taken from the cache
    assert [call[0] for call in engine.calls].count("The quay flooded.") == 4


def test_more_failures_than_allowed_end_the_run() -> None:
    assert speak_module.allowed_failures(10) == 1
    assert speak_module.allowed_failures(1000) == 50
    board = speak_module._Board([_job(i, f"Sentence {i}.") for i in range(3)], allowed=1)
    board.skip(_job(0, "Sentence 0."), EngineError("segment 1 failed twice"))
    assert board.error is None
    board.skip(_job(2, "Sentence 2."), EngineError("segment 3 failed twice"))
    assert str(board.error) == (
        "2 segments failed, more than a run leaves out; the first: segment 1 failed twice"
    )


def _broken_engine() -> FlakyEngine:
    return FlakyEngine(failures=10**6)


def _job(index: int, text: str) -> Job:
    return Job(index, "name", text, text, "v", 175, 1.0)


@pytest.mark.parametrize("fault", FAULTS)
def test_one_failure_is_retried(fault: str) -> None:
    engine = FlakyEngine(failures=1, fault=fault)
    audio, start, end = synthesize_checked(engine, _job(0, "Try once more, please."))
    assert end - start == pytest.approx(FakeEngine.speech_ms("Try once more, please.", 175), abs=5)
    assert audio.frames > 0
    assert len(engine.calls) == 2


@pytest.mark.parametrize(
    ("fault", "problem"),
    [
        ("raise", "simulated engine failure"),
        ("empty", "no audio"),
        ("silent", "the engine returned silence"),
        ("short", r"0\.2 s of speech where the text needs about 0\.9 s"),
    ],
)
def test_two_failures_name_the_segment_and_the_problem(fault: str, problem: str) -> None:
    engine = FlakyEngine(failures=2, fault=fault)
    with pytest.raises(
        EngineError, match=rf"segment 4 \('The quay flooded.'\) failed twice: {problem}; reword"
    ):
        synthesize_checked(engine, _job(3, "The quay flooded."))


def test_a_short_word_is_not_judged() -> None:
    engine = FlakyEngine(failures=2, fault="short")
    audio, _, _ = synthesize_checked(engine, _job(0, "No."))  # 130 ms expected: too short to judge
    assert audio.frames > 0


def test_a_script_short_of_speech_overall_fails(tmp_path: Path) -> None:
    script = [_segment(i, f"Every sentence loses some of its words, number {i}.") for i in range(8)]
    _speak(FakeEngine(padded=True, share=0.7), Cache(tmp_path / "a"), script)  # within bounds
    with pytest.raises(
        EngineError,
        match=r"the narration has 1[0-9]\.\d s of speech where the "
        r"script needs about 2\d\.\d s: the engine dropped text",
    ):
        _speak(FakeEngine(padded=True, share=0.5), Cache(tmp_path / "b"), script)


# --- word marks ---------------------------------------------------------------------


def test_word_marks_move_with_the_trim_and_survive_the_cache(tmp_path: Path) -> None:
    takes = _speak(FakeEngine(padded=True), Cache(tmp_path))
    for take in takes:
        words = [w for w in take.segment.spoken.split()]
        assert [take.segment.spoken[m.offset :].split()[0] for m in take.marks] == words
        assert take.marks[0].start_ms == take.speech_start_ms  # the 100 ms pad was cut to 40
        starts = [m.start_ms for m in take.marks]
        assert starts == sorted(starts) and starts[-1] < take.speech_end_ms
    again = _speak(FakeEngine(padded=True), Cache(tmp_path))
    assert [t.marks for t in again] == [t.marks for t in takes]
    assert all(t.cached for t in again)


def test_a_take_whose_marks_are_missing_is_made_again(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    takes = _speak(FakeEngine(padded=True), store)
    store.path("segments", takes[2].name, ".marks").unlink()
    store.path("segments", takes[3].name, ".marks").write_text("[[1, 2]]")  # not whole
    engine = FakeEngine(padded=True)
    again = _speak(engine, Cache(tmp_path))
    assert [call[0] for call in engine.calls] == [SCRIPT[2].spoken, SCRIPT[3].spoken]
    assert again[2].marks == takes[2].marks and again[3].marks == takes[3].marks


def test_marks_in_silence_move_to_where_the_sound_resumes() -> None:
    # 100 ms of tone, 200 ms of silence, 100 ms of tone: a word marked where the pause begins
    audio = Audio(tone(100) + quiet(200) + tone(100), 22050)
    marks = [WordMark(-20.0, 0, 3), WordMark(100.0, 4, 3), WordMark(350.0, 8, 3)]
    placed = place_marks(audio, marks, 0.0, 400.0)
    assert [m.start_ms for m in placed] == [0.0, 300.0, 350.0]  # clamped, moved, kept
    backwards = place_marks(audio, [WordMark(200.0, 0, 1), WordMark(50.0, 2, 1)], 0.0, 400.0)
    assert [m.start_ms for m in backwards] == [200.0, 200.0]  # never decreasing, never past


def test_an_engine_without_marks_gives_takes_without_marks(tmp_path: Path) -> None:
    class Unmarked(FakeEngine):
        def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
            return replace(super().synthesize(spoken, voice, rate, volume), marks=())

    takes = _speak(Unmarked(padded=True), Cache(tmp_path))
    assert all(take.marks == () for take in takes)
    assert all(t.cached for t in _speak(Unmarked(padded=True), Cache(tmp_path)))


class NativeRateEngine(FakeEngine):
    """Speaks at 16 kHz, takes at most 40 characters a call, and has a version to change."""

    max_chars = 40

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        assert len(spoken) <= self.max_chars
        self.calls.append((spoken, voice, rate, volume))
        length = self.speech_ms(spoken, rate)
        return Audio(tone(length, 16000), 16000, marks=fake_marks(spoken, length, 0))


def test_takes_are_in_the_program_format_and_long_texts_are_split(tmp_path: Path) -> None:
    text = "The ferry left the harbour at dawn and came back with the evening tide."
    engine = NativeRateEngine()
    (take,) = _speak(engine, Cache(tmp_path), [_segment(0, text)])
    assert take.format == PcmFormat(22050, 1)
    assert len(engine.calls) == 2  # 72 characters in pieces of at most 40
    assert " ".join(call[0] for call in engine.calls) == text
    assert abs(take.speech_end_ms - take.speech_start_ms - engine.speech_ms(text, 175)) <= 10
    assert [text[m.offset : m.offset + m.length] for m in take.marks] == text.split()
    starts = [m.start_ms for m in take.marks]
    assert starts == sorted(starts) and starts[-1] > take.speech_end_ms / 2  # both pieces
    assert len(take.pcm()) == 2 * take.frames


@pytest.mark.parametrize(
    ("text", "limit", "pieces"),
    [
        ("one two three", 100, ["one two three"]),
        ("one two three", 7, ["one two", "three"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("  padded  ", 10, ["padded"]),
        (
            "We sailed at dawn, and the tide was high all day",
            30,
            ["We sailed at dawn,", "and the tide was high all day"],
        ),
        (
            "Up, we sailed at dawn and the tide was high",
            30,
            ["Up, we sailed at dawn and the", "tide was high"],
        ),  # too early a comma
        (
            "They came back — all of them — at night",
            36,
            ["They came back — all of them —", "at night"],
        ),
    ],
)
def test_split_text(text: str, limit: int, pieces: list[str]) -> None:
    assert split_text(text, limit) == pieces


def test_a_new_engine_version_misses_the_cache() -> None:
    class Newer(FakeEngine):
        version = "fake 2"

    assert take_name("Hi.", "v", 175, 1.0, Newer()) != take_name("Hi.", "v", 175, 1.0, FakeEngine())


class WaitingEngine(FakeEngine):
    """Says nothing until `event` is set (up to 60 s), then as FakeEngine."""

    def __init__(self, event: threading.Event) -> None:
        super().__init__(padded=True)
        self.event = event

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        self.event.wait(60)
        return super().synthesize(spoken, voice, rate, volume)


@pytest.mark.usefixtures("eager_workers")
def test_a_worker_that_grows_too_big_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speak_module, "WORKER_MEMORY_BYTES", 1)  # every worker is too big
    monkeypatch.setattr(speak_module, "MEMORY_CHECK_S", 0.01)
    problems: list[str] = []
    lost = threading.Event()
    hand_back = speak_module._Board.hand_back

    def noted(board: speak_module._Board, job: Job, problem: str) -> None:
        problems.append(problem)
        hand_back(board, job, problem)
        lost.set()

    monkeypatch.setattr(speak_module._Board, "hand_back", noted)
    script = [_segment(i, f"Sentence {i} of the day.") for i in range(40)]
    factory = functools.partial(SlowEngine, 3600.0)  # never answers in time
    engine = WaitingEngine(lost)
    takes = _speak(engine, Cache(tmp_path / "cache"), script, workers=factory, jobs=2)
    assert [t.segment for t in takes] == script
    # This lane waited for the first worker to be lost; later ones may find no job left.
    # Each was killed for its memory, and never more than the lane replaces.
    assert 1 <= len(problems) <= 1 + speak_module.REPLACEMENTS
    assert all(p.startswith("the speech engine used ") for p in problems)
    assert all(p.endswith("GB of memory") for p in problems)
    assert len(engine.calls) == len(script)  # this lane said every one
    assert multiprocessing.active_children() == []
