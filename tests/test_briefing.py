from __future__ import annotations

from datetime import date
from pathlib import Path

import mutagen
import pytest
from click.testing import CliRunner, Result

from narrate import cli
from narrate.briefing import compose, escape, spoken_date
from narrate.errors import ArticleError
from narrate.markdown import markdown_article
from narrate.pipeline import Settings
from tests.fakes import FakeEngine

DAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "make_engine", FakeEngine)
    monkeypatch.setattr(cli, "worker_engine", lambda: None)


@pytest.fixture
def stories(tmp_path: Path) -> list[Path]:
    tide = tmp_path / "tide.txt"
    tide.write_text("Spring tide floods the quay\n\nBy Ann Lee\n\n"
                    "PORT ELLIS, Norway (Northwire) - Water rose. Nobody was hurt.\n")  # fmt: skip
    night = tmp_path / "night.md"
    night.write_text("# Night train returns\n\nIt runs again.\n\n## Why it stopped\n\n"
                     "Money ran out.\n")  # fmt: skip
    choir = tmp_path / "choir.txt"
    choir.write_text("Choir wins prize\n\n1. Forty singers *won* [it] #again.\n")
    return [tide, night, choir]


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli.main, [str(a) for a in args])


def test_spoken_date() -> None:
    assert spoken_date(DAY) == "Tuesday, the first of December"
    assert spoken_date(date(2027, 3, 22)) == "Monday, the twenty-second of March"


def test_escape_reads_back_as_the_same_text() -> None:
    for text in ("1. *Hello* [x](y) #tag", "- a list? > quote", "<b>bold</b> & `code` \\ ~"):
        found = markdown_article(escape(text))
        assert [p.text for p in found.paragraphs] == [text]


def test_the_document_introduces_and_links_the_stories(stories: list[Path]) -> None:
    made = compose([str(p) for p in stories], Settings(), DAY)
    found = markdown_article(made.markdown)
    assert found.title == "Your briefing for Tuesday, the first of December"
    texts = [p.text for p in found.paragraphs]
    assert texts[1].startswith("Three articles, about one minute")
    headings = [p.text for p in found.paragraphs if p.kind == "heading"]
    assert headings == ["Spring tide floods the quay", "Night train returns", "Choir wins prize"]
    assert "Story two of three." in texts and "And finally." in texts
    assert "Port Ellis, Norway." in texts and "Why it stopped." in texts
    assert "1. Forty singers *won* [it] #again." in texts
    assert texts[-1] == "That was your briefing."
    assert made.title == "Briefing, Tuesday 1 December 2026" and made.stories == 3


def test_an_unreadable_article_is_left_out_and_none_is_an_error(
    stories: list[Path], tmp_path: Path
) -> None:
    made = compose([str(stories[0]), str(tmp_path / "gone.txt")], Settings(), DAY)
    assert made.stories == 1 and "gone.txt: no such file" in made.skipped[0]
    with pytest.raises(ArticleError, match="no article of the briefing"):
        compose([str(tmp_path / "gone.txt")], Settings(), DAY)


@pytest.mark.parametrize("extension", [".m4b", ".mp3"])
def test_one_file_with_a_chapter_per_article(
    stories: list[Path], tmp_path: Path, extension: str
) -> None:
    out = tmp_path / f"today{extension}"
    result = run("briefing", *stories, tmp_path / "gone.txt", "-o", out, "--date", "2026-12-01")
    assert result.exit_code == 0, result.output
    assert "left out of the briefing: " in result.stderr and "gone.txt" in result.stderr
    audio = mutagen.File(out)
    if extension == ".mp3":
        title = str(audio.tags["TIT2"].text[0])
        frames = sorted(audio.tags.getall("CHAP"), key=lambda c: c.start_time)
        chapters = [str(c.sub_frames["TIT2"].text[0]) for c in frames]
    else:
        title = audio.tags["\xa9nam"][0]
        chapters = [c.title for c in audio.chapters]
    assert title == "Briefing, Tuesday 1 December 2026"
    assert chapters == [
        "Your briefing for Tuesday, the first of December",
        "Spring tide floods the quay",
        "Night train returns",
        "Choir wins prize",
    ]


def test_briefing_from_a_list(stories: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "today.mp3"
    listing = f"# today\n{stories[2]}\n{stories[0]}\n"
    result = CliRunner().invoke(cli.main, ["briefing", "--from", "-", "-o", str(out), "-q"],
                                input=listing)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and out.stat().st_size > 1000


def test_briefing_errors(stories: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "today.m4b"
    bad_date = run("briefing", *stories, "-o", out, "--date", "1 Dec")
    assert bad_date.exit_code == 2 and "--date 1 Dec: give a date" in bad_date.stderr
    none = run("briefing", tmp_path / "gone.txt", "-o", out)
    assert none.exit_code == 1 and none.stderr.startswith("narrate: error: no article")
    assert not out.exists() and list(tmp_path.glob(".today*")) == []
