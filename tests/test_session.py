from __future__ import annotations

import functools
from pathlib import Path

import pytest

from narrate.errors import ArticleError, OutputError
from narrate.pipeline import Settings, narrate
from narrate.session import Session
from tests.fakes import DyingEngine, FakeEngine


def story(folder: Path, name: str, headline: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture
def two_stories(tmp_path: Path) -> list[Path]:
    return [
        story(tmp_path, "tide.txt", "Spring tide floods the quay",
              "Water rose over the old quay on Monday. Nobody was hurt."),
        story(tmp_path, "bakery.txt", "Village bakery reopens",
              "The bakery on Mill Lane opened again after a fire. Queues formed early."),
    ]  # fmt: skip


def test_one_engine_for_many_articles_closed_at_the_end(
    tmp_path: Path, two_stories: list[Path]
) -> None:
    made: list[FakeEngine] = []

    def make() -> FakeEngine:
        made.append(FakeEngine())
        return made[-1]

    with Session(make) as session:
        for path in two_stories:
            result = session.narrate(str(path), tmp_path / (path.stem + ".wav"))
            assert result.output.is_file()
        assert len(made) == 1 and not made[0].closed
        assert len(made[0].calls) > 4
    assert made[0].closed


def test_same_file_as_the_pipeline(tmp_path: Path, two_stories: list[Path]) -> None:
    settings = Settings(cache=False)
    direct = narrate(str(two_stories[0]), tmp_path / "direct.wav", FakeEngine(), settings)
    with Session(FakeEngine) as session:
        through = session.narrate(str(two_stories[0]), tmp_path / "session.wav", settings)
    assert direct.output.read_bytes() == through.output.read_bytes()


def test_the_pool_speaks_the_segments_and_the_file_is_the_same(
    tmp_path: Path, two_stories: list[Path]
) -> None:
    alone = tmp_path / "alone"
    with Session(FakeEngine) as session:
        expected = [session.narrate(str(p), alone / (p.stem + ".wav"), Settings(cache=False))
                    for p in two_stories]  # fmt: skip
    main = FakeEngine()
    with Session(lambda: main, FakeEngine, pool=2) as session:
        for path in two_stories:
            session.prefetch(str(path), Settings())
        results = [session.narrate(str(p), tmp_path / (p.stem + ".wav")) for p in two_stories]
    assert main.calls == []  # every segment came from the pool's processes
    assert [r.cached for r in results] == [r.segments for r in results]
    for got, want in zip(results, expected, strict=True):
        assert got.output.read_bytes() == want.output.read_bytes()


def test_a_pool_process_that_dies_leaves_its_work_to_the_pipeline(
    tmp_path: Path, two_stories: list[Path]
) -> None:
    marker = tmp_path / "died"
    dying = functools.partial(DyingEngine, "quay", str(marker))
    main = FakeEngine()
    with Session(lambda: main, dying, pool=1) as session:
        first = session.narrate(str(two_stories[0]), tmp_path / "tide.wav")
        second = session.narrate(str(two_stories[1]), tmp_path / "bakery.wav")
    assert marker.read_text().count("quay") >= 1  # the pool's process did die
    assert first.output.is_file() and second.output.is_file()
    assert any("quay" in call[0] for call in main.calls)  # this process said it instead
    assert not any("bakery" in call[0] for call in main.calls)  # a new pool said that


def test_after_three_broken_pools_all_is_done_here(tmp_path: Path) -> None:
    marker = tmp_path / "died"
    dying = functools.partial(DyingEngine, "quay", str(marker))
    with Session(FakeEngine, dying, pool=1) as session:
        for number in range(4):
            path = story(tmp_path, f"s{number}.txt", f"Tide report {number}",
                         f"Water rose over the quay {number} times.")  # fmt: skip
            session.narrate(str(path), tmp_path / f"s{number}.wav")
        assert session.pool_size == 0 and session._pool is None
    assert marker.read_text().count("\n") == 3


def test_an_unreadable_article_is_the_pipelines_error(tmp_path: Path) -> None:
    with Session(FakeEngine, FakeEngine, pool=1) as session:
        with pytest.raises(ArticleError, match="no such file"):
            session.narrate(str(tmp_path / "missing.txt"), tmp_path / "out.wav")
        assert session._pool is None  # nothing was started for it
    assert not (tmp_path / "out.wav").exists()


def test_start_fails_early_without_ffmpeg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NARRATE_FFMPEG", str(tmp_path / "no-ffmpeg"))
    with Session(FakeEngine) as session, pytest.raises(OutputError, match="NARRATE_FFMPEG"):
        session.start()


def test_a_broken_pool_is_counted_once(tmp_path: Path, two_stories: list[Path]) -> None:
    marker = tmp_path / "died"
    dying = functools.partial(DyingEngine, "quay", str(marker))
    with Session(FakeEngine, dying, pool=1) as session:
        session.prefetch(str(two_stories[0]), Settings())
        session.prefetch(str(two_stories[1]), Settings())  # queued on the same pool
        session.narrate(str(two_stories[0]), tmp_path / "tide.wav")
        session.narrate(str(two_stories[1]), tmp_path / "bakery.wav")  # its jobs broke too
        assert session._broken == 1 and session.pool_size == 1
    assert (tmp_path / "bakery.wav").is_file()
