from __future__ import annotations

import functools
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from narrate import cli
from narrate.audio_tools import Audio
from narrate.batch import (
    MANIFEST,
    Batch,
    Manifest,
    fingerprint,
    make_task,
    narrate_task,
    plan,
    read_list,
)
from narrate.errors import UsageError
from narrate.pipeline import Settings
from narrate.session import Session
from tests.fakes import FakeEngine, KillOnceEngine, RefusesWord

STORIES = {
    "tide": ("Spring tide floods the quay", "Water rose over the old quay. Nobody was hurt."),
    "bakery": ("Village bakery reopens", "The bakery on Mill Lane opened again. Queues formed."),
    "choir": ("Choir wins regional prize", "Forty singers took the prize home on Sunday."),
}


class StoppingEngine(FakeEngine):
    """Raises KeyboardInterrupt (as Ctrl-C would), or `stop`, on a text with `word` in it."""

    def __init__(self, word: str, stop: type[BaseException] = KeyboardInterrupt) -> None:
        super().__init__()
        self.word, self.stop = word, stop

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if self.word in spoken:
            raise self.stop
        return super().synthesize(spoken, voice, rate, volume)


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    made = FakeEngine()
    monkeypatch.setattr(cli, "make_engine", lambda: made)
    monkeypatch.setattr(cli, "worker_engine", lambda: None)
    return made


@pytest.fixture
def stories(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for name, (headline, body) in STORIES.items():
        path = folder / f"{name}.txt"
        path.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def run(*args: str | Path, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli.main, [str(a) for a in args], input=stdin)


# --- the list and the names ------------------------------------------------------------------


def test_read_list_skips_comments_and_blank_lines() -> None:
    text = "# saved this morning\na.txt\n\n  b.txt  # the long one\nhttps://example.org/x\n"
    assert read_list(io.StringIO(text)) == ["a.txt", "b.txt", "https://example.org/x"]


def test_plan_gives_unique_safe_names() -> None:
    items = plan(["a/story.txt", "b/story.txt", "b/Story.md", "https://example.org/news/x.html",
                  "https://example.org/", "odd name?.txt"])  # fmt: skip
    assert [i.name for i in items] == ["story", "story-2", "Story-3", "x", "article", "odd-name"]


def test_plan_refuses_standard_input() -> None:
    with pytest.raises(UsageError, match="--from -"):
        plan(["-"])


def test_fingerprint_follows_text_and_settings(stories: list[Path]) -> None:
    first = fingerprint(str(stories[0]), Settings(), "fake 1")
    assert first == fingerprint(str(stories[0]), Settings(jobs=7, cache=False), "fake 1")
    assert first != fingerprint(str(stories[0]), Settings(rate=150), "fake 1")
    assert first != fingerprint(str(stories[0]), Settings(), "fake 2")
    stories[0].write_text("Spring tide floods the quay\n\nAn edit.\n")
    assert first != fingerprint(str(stories[0]), Settings(), "fake 1")
    assert fingerprint(str(stories[0].with_name("gone.txt")), Settings(), "fake 1") is None


def test_a_broken_manifest_counts_as_none(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text("{not json")
    assert Manifest(tmp_path).entries == {}
    (tmp_path / MANIFEST).write_text("[1, 2]")
    assert Manifest(tmp_path).entries == {}


# --- the command ------------------------------------------------------------------------------


def test_batch_narrates_each_article_with_its_sidecars(
    engine: FakeEngine, stories: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run("batch", *stories, "-o", out, "--format", "wav", "--captions", "vtt",
                 "--report", tmp_path / "r.json")  # fmt: skip
    assert result.exit_code == 0, result.output
    for name in STORIES:
        assert (out / f"{name}.wav").stat().st_size > 1000
        assert "WEBVTT" in (out / f"{name}.vtt").read_text()
    assert "3 articles, 3 narrated, 0 complete already, 0 failed" in result.stdout
    progress = result.stderr.splitlines()
    assert [line.split("]")[0] for line in progress] == ["[1/3", "[2/3", "[3/3"]
    assert "tide.wav: 0:0" in progress[0] and "h of audio so far, about" in progress[0]
    assert progress[2].endswith("h of audio so far")  # nothing left: no time left
    report = json.loads((tmp_path / "r.json").read_text())
    assert [a["status"] for a in report["articles"]] == ["done"] * 3
    first = report["articles"][0]
    assert first["source"] == str(stories[0]) and first["output"] == str(out / "tide.wav")
    assert first["duration_s"] > 1 and first["segments"] == 3 and first["error"] is None


def test_one_bad_article_is_skipped_and_the_status_says_so(
    engine: FakeEngine, stories: list[Path], tmp_path: Path
) -> None:
    empty = stories[0].with_name("empty.txt")
    empty.write_text("  \n")
    out = tmp_path / "out"
    result = run("batch", stories[0], empty, stories[0].with_name("gone.txt"), stories[1],
                 "-o", out, "--format", "wav", "-q", "--report", tmp_path / "r.json")  # fmt: skip
    assert result.exit_code == 1
    failures = [line for line in result.stderr.splitlines() if line.startswith("narrate: failed:")]
    assert len(failures) == 2 == len(result.stderr.splitlines())  # -q: nothing else
    assert "empty.txt: the article is empty" in failures[0]
    assert "gone.txt: no such file" in failures[1]
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "bakery.wav", "tide.wav"]
    report = json.loads((tmp_path / "r.json").read_text())
    assert [a["status"] for a in report["articles"]] == ["done", "failed", "failed", "done"]
    assert report["failed"] == 2 and report["done"] == 2


def test_a_second_run_skips_what_is_complete_and_unchanged(
    engine: FakeEngine, stories: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run("batch", *stories, "-o", out, "--format", "wav", "-q").exit_code == 0
    calls = len(engine.calls)
    again = run("batch", *stories, "-o", out, "--format", "wav")
    assert again.exit_code == 0
    assert again.stderr == "narrate: 3 of 3 articles complete already\n"
    assert len(engine.calls) == calls  # nothing said again
    assert "0 narrated, 3 complete already" in again.stdout
    stories[1].write_text("Village bakery reopens\n\nA new sentence here.\n")
    (out / "choir.wav").write_bytes(b"truncated")
    third = run("batch", *stories, "-o", out, "--format", "wav")
    assert "2 narrated, 1 complete already" in third.stdout
    assert any("new sentence" in call[0] for call in engine.calls[calls:])
    assert (out / "choir.wav").stat().st_size > 1000
    louder = run("batch", *stories, "-o", out, "--format", "wav", "--rate", "150")
    assert "3 narrated, 0 complete already" in louder.stdout


def test_ctrl_c_keeps_finished_files_and_leaves_nothing_of_the_running_one(
    monkeypatch: pytest.MonkeyPatch, stories: list[Path], tmp_path: Path
) -> None:
    monkeypatch.setattr(cli, "make_engine", lambda: StoppingEngine("Mill Lane"))
    monkeypatch.setattr(cli, "worker_engine", lambda: None)
    out = tmp_path / "out"
    result = run("batch", *stories, "-o", out, "--format", "wav", "-q",
                 "--report", tmp_path / "r.json")  # fmt: skip
    assert result.exit_code == 130
    assert "interrupted; 1 of 3 articles are complete" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "tide.wav"]
    assert [a["status"] for a in json.loads((tmp_path / "r.json").read_text())["articles"]] == [
        "done"
    ]
    monkeypatch.setattr(cli, "make_engine", FakeEngine)
    resumed = run("batch", *stories, "-o", out, "--format", "wav")
    assert resumed.exit_code == 0
    assert "2 narrated, 1 complete already" in resumed.stdout


def test_sigterm_stops_like_ctrl_c(
    monkeypatch: pytest.MonkeyPatch, stories: list[Path], tmp_path: Path
) -> None:
    monkeypatch.setattr(cli, "make_engine", lambda: StoppingEngine("Forty", cli.Terminated))
    monkeypatch.setattr(cli, "worker_engine", lambda: None)
    result = run("batch", *stories, "-o", tmp_path / "out", "--format", "wav", "-q")
    assert result.exit_code == 143
    assert "terminated; 2 of 3 articles are complete" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        MANIFEST,
        "bakery.wav",
        "tide.wav",
    ]


def test_from_a_list_on_stdin_and_usage_errors(
    engine: FakeEngine, stories: list[Path], tmp_path: Path
) -> None:
    listing = f"# today\n{stories[0]}\n\n{stories[2]}\n"
    result = run("batch", "--from", "-", "-o", tmp_path / "out", "--format", "wav", stdin=listing)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").glob("*.wav")) == ["choir.wav", "tide.wav"]
    nothing = run("batch", "-o", tmp_path / "out")
    assert nothing.exit_code == 2 and "narrate: error: no articles" in nothing.stderr
    bad_url = run("batch", stories[0], "-o", tmp_path / "x", "--feed", "ftp://host/")
    assert bad_url.exit_code == 2 and "http://" in bad_url.stderr
    assert not (tmp_path / "x").exists()
    bad_voice = run("batch", stories[0], "-o", tmp_path / "y", "--loudness", "loud")
    assert bad_voice.exit_code == 2 and "--loudness loud" in bad_voice.stderr


def test_an_output_folder_that_cannot_be_made(
    engine: FakeEngine, stories: list[Path], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run("batch", stories[0], "-o", blocker / "out", "--format", "wav")
    assert result.exit_code == 1
    assert result.stderr.startswith("narrate: error:") and "cannot create" in result.stderr


def test_batch_shares_the_narration_options_of_speak() -> None:
    names = {p.name for p in cli.batch.params}
    assert {"voice", "rate", "loudness", "caption_kinds", "title", "cover", "quiet"} <= names


# --- on a Dask cluster ------------------------------------------------------------------------


@pytest.mark.slow
def test_a_cluster_batch_equals_a_local_one_and_survives_a_killed_worker(
    monkeypatch: pytest.MonkeyPatch, stories: list[Path], tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed", reason="needs the cluster extra")
    import dask

    options = ["--format", "mp3", "--captions", "vtt", "--transcript", "-q"]
    local = tmp_path / "local"
    monkeypatch.setattr(cli, "make_engine", FakeEngine)
    monkeypatch.setattr(cli, "worker_engine", lambda: None)
    assert run("batch", *stories, "-o", local, "--no-cache", *options).exit_code == 0

    marker = tmp_path / "killed"
    monkeypatch.setattr(cli, "make_engine", functools.partial(KillOnceEngine, "Mill", str(marker)))
    remote = tmp_path / "remote"
    # Worker processes forked from a clean server start far sooner than spawned ones.
    fork = {"distributed.worker.multiprocessing-method": "forkserver"}
    with (
        dask.config.set(fork),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
    ):
        address = cluster.scheduler_address
        result = run("batch", *stories, "-o", remote, "--cluster", address,
                     "--report", tmp_path / "r.json", *options)  # fmt: skip
        assert result.exit_code == 0, result.output
        assert marker.exists()  # a worker did die on the bakery story
        again = run("batch", *stories, "-o", remote, "--cluster", address, *options[:-1])
    assert "0 narrated, 3 complete already" in again.stdout
    made = sorted(p.name for p in local.iterdir() if p.name != MANIFEST)
    assert made == sorted(p.name for p in remote.iterdir() if p.name != MANIFEST)
    assert len(made) == 9  # three articles, each with MP3, VTT and JSON
    for name in made:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), name
    report = json.loads((tmp_path / "r.json").read_text())
    assert sorted(a["status"] for a in report["articles"]) == ["done"] * 3


def test_cluster_addresses_are_checked(
    engine: FakeEngine, stories: list[Path], tmp_path: Path
) -> None:
    pytest.importorskip("distributed", reason="needs the cluster extra")
    for address in ("local:0", "scheduler:8786"):
        result = run("batch", stories[0], "-o", tmp_path / "out", "--cluster", address)
        assert result.exit_code == 2, address
        assert result.stderr.startswith(f"narrate: error: --cluster {address}")


# --- a cluster task, run in this process ------------------------------------------------------


def test_a_task_carries_its_files_and_narrates_like_here(
    stories: list[Path], tmp_path: Path
) -> None:
    (stories[0].parent / "lexicon.txt").write_text("bakery = baykeree\n")
    extra = tmp_path / "names.txt"
    extra.write_text("Lane = Laneway\n")
    settings = Settings(lexicons=(extra,), captions=("srt",), transcript=True, cache=False)
    job = Batch(plan([str(stories[1])]), tmp_path / "out", ".wav", settings)
    task = make_task(job.items[0], job, FakeEngine)
    assert task.files == {"bakery.txt": stories[1].read_bytes(),
                          "lexicon.txt": b"bakery = baykeree\n",
                          "lexicon-0.txt": b"Lane = Laneway\n"}  # fmt: skip
    assert task.settings.lexicons == (Path("lexicon-0.txt"),)
    done = narrate_task(task)
    assert done.error is None
    assert sorted(done.files) == ["bakery.json", "bakery.srt", "bakery.wav"]
    spoken = done.files["bakery.json"].decode()
    assert "baykeree" in spoken and "Laneway" in spoken  # both lexicons went along
    here = Session(FakeEngine).narrate(str(stories[1]), tmp_path / "here" / "bakery.wav", settings)
    assert done.files["bakery.wav"] == here.output.read_bytes()
    for path in here.sidecars:
        assert done.files[path.name] == path.read_bytes()
    assert done.segments == here.segments and done.duration_ms == here.duration_ms


def test_a_task_that_fails_answers_with_its_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("...\n")
    job = Batch(plan([str(empty)]), tmp_path / "out", ".wav", Settings())
    done = narrate_task(make_task(job.items[0], job, FakeEngine))
    assert done.files == {} and done.error is not None and "no words to speak" in done.error


def test_the_report_is_never_written_over_an_article(
    engine: FakeEngine, stories: list[Path], tmp_path: Path
) -> None:
    before = stories[1].read_bytes()
    result = run("batch", *stories, "-o", tmp_path / "out", "--report", stories[1])
    assert result.exit_code == 2
    assert result.stderr == (
        f"narrate: error: {stories[1]}: is the input article; narrate would write the report "
        "over it; choose another --report\n"
    )
    assert stories[1].read_bytes() == before and engine.calls == []


def test_a_segment_left_out_is_warned_exits_3_and_is_narrated_again_next_time(
    tmp_path: Path, stories: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "make_engine", lambda: RefusesWord("Queues"))
    monkeypatch.setattr(cli, "worker_engine", lambda: None)
    out = tmp_path / "out"
    report = tmp_path / "batch.json"
    result = run("batch", *stories, "-o", out, "-q", "--report", report)
    assert result.exit_code == cli.LEFT_OUT_STATUS, result.output
    bakery = str(next(p for p in stories if p.stem == "bakery"))
    warned = [line for line in result.stderr.splitlines() if "left out" in line]
    assert len(warned) == 1 and warned[0].startswith(f"narrate: warning: {bakery}: left out: ")
    entries = {entry["source"]: entry for entry in json.loads(report.read_text())["articles"]}
    assert entries[bakery]["left_out"] == 1 and entries[bakery]["status"] == "done"
    assert all(entry["left_out"] == 0 for source, entry in entries.items() if source != bakery)

    again = run("batch", *stories, "-o", out, "-q", "--report", report)
    entries = {entry["source"]: entry for entry in json.loads(report.read_text())["articles"]}
    assert entries[bakery]["status"] == "done"  # tried again, not skipped
    assert all(entry["status"] == "skipped" for s, entry in entries.items() if s != bakery)
    assert again.exit_code == cli.LEFT_OUT_STATUS


def test_a_cluster_task_refuses_a_web_page_in_one_line(tmp_path: Path) -> None:
    job = Batch(plan(["https://news.example/story"]), tmp_path / "out", ".mp3", Settings())
    with pytest.raises(UsageError, match=r"^https://news.example/story: --cluster sends "):
        make_task(job.items[0], job, FakeEngine)
