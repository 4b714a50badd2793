from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import mutagen
import pytest
from click.testing import CliRunner

from narrate import cli
from narrate.errors import UsageError
from narrate.feed import PODCAST, check_base_url, write_feed
from narrate.pipeline import Settings, narrate
from tests.fakes import FakeEngine

feedparser = pytest.importorskip("feedparser", reason="feedparser is in the dev extra")

BASE = "http://127.0.0.1:8000/pods/"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)
"""A 1x1 PNG."""


def narrated(folder: Path) -> list[Path]:
    """Two narrations: an MP3 with VTT and SRT captions and its own image, and an M4B
    from Markdown with sections; each with a known modification time."""
    folder.mkdir(exist_ok=True)
    tide = folder / "tide.txt"
    tide.write_text("Spring tide & storm <floods> the quay\n\nBy Ann Lee\n\nWater rose. "
                    "Nobody was hurt.\n")  # fmt: skip
    night = folder / "night.md"
    night.write_text("# Night train returns\n\nIt runs again.\n\n## Why it stopped\n\n"
                     "Money ran out.\n")  # fmt: skip
    first = narrate(str(tide), folder / "tide.mp3", FakeEngine(),
                    Settings(captions=("vtt", "srt")))  # fmt: skip
    second = narrate(str(night), folder / "night.m4b", FakeEngine(), Settings())
    (folder / "tide.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "cover.jpg").write_bytes(b"\xff\xd8\xff")
    os.utime(first.output, (1_700_000_000, 1_700_000_000))
    os.utime(second.output, (1_700_086_400, 1_700_086_400))
    return [first.output, second.output]


def test_the_feed_parses_back_with_every_field(tmp_path: Path) -> None:
    tide, _ = narrated(tmp_path / "pods")
    path = write_feed(tmp_path / "pods", BASE, "Morning & evening")
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "Morning & evening"
    assert parsed.feed.image.href == BASE + "cover.jpg"
    first, second = parsed.entries  # newest first
    assert first.title == "Night train returns"
    assert second.title == "Spring tide & storm <floods> the quay"
    assert "By Ann Lee." in second.summary
    assert second.published_parsed[:6] == (2023, 11, 14, 22, 13, 20)
    assert [(e.href, int(e.length), e.type) for e in second.enclosures] == [
        (BASE + "tide.mp3", tide.stat().st_size, "audio/mpeg")
    ]
    assert first.enclosures[0].type == "audio/mp4"
    seconds = round(mutagen.File(tide).info.length)
    assert seconds > 2 and second.itunes_duration == f"0:00:{seconds:02d}"
    assert second.image.href == BASE + "tide.png"
    assert "image" not in first
    assert first.id != second.id and second.id.startswith("narrate-")
    assert first.podcast_chapters["url"] == BASE + "night.m4b.chapters.json"
    assert first.podcast_chapters["type"] == "application/json+chapters"
    assert second.podcast_transcript["url"].startswith(BASE + "tide.")
    # Both captions are there (feedparser keeps only the last of repeated elements).
    item = ET.parse(path).getroot().findall("channel/item")[1]
    transcripts = {t.get("url"): t.get("type") for t in item.iter(f"{{{PODCAST}}}transcript")}
    assert transcripts == {BASE + "tide.vtt": "text/vtt", BASE + "tide.srt": "application/x-subrip"}


def test_chapters_files_and_a_stable_feed(tmp_path: Path) -> None:
    narrated(tmp_path / "pods")
    path = write_feed(tmp_path / "pods", BASE)
    chapters = json.loads((tmp_path / "pods" / "night.m4b.chapters.json").read_text())
    assert chapters["version"] == "1.2.0"
    assert [c["title"] for c in chapters["chapters"]] == ["Night train returns", "Why it stopped"]
    assert chapters["chapters"][0]["startTime"] == 0 and chapters["chapters"][1]["startTime"] > 1
    mp3 = json.loads((tmp_path / "pods" / "tide.mp3.chapters.json").read_text())
    assert mp3["chapters"][0]["title"].startswith("Spring tide")
    before = path.read_bytes()
    assert write_feed(tmp_path / "pods", BASE).read_bytes() == before
    assert not [p for p in (tmp_path / "pods").iterdir() if p.name.endswith(".part")]


def test_an_empty_folder_gives_an_empty_feed(tmp_path: Path) -> None:
    parsed = feedparser.parse(write_feed(tmp_path, BASE).read_bytes())
    assert not parsed.bozo and parsed.entries == []


def test_base_url_must_be_http() -> None:
    assert check_base_url("http://host:8000") == "http://host:8000/"
    for bad in ("ftp://host/", "host:8000", "http://"):
        with pytest.raises(UsageError, match="--base-url"):
            check_base_url(bad)


def test_feed_command(tmp_path: Path) -> None:
    narrated(tmp_path / "pods")
    result = CliRunner().invoke(cli.main, ["feed", str(tmp_path / "pods"), "--base-url", BASE])
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("feed.xml: 2 episodes")
    bad = CliRunner().invoke(cli.main, ["feed", str(tmp_path / "pods"), "--base-url", "x"])
    assert bad.exit_code == 2 and bad.stderr.startswith("narrate: error: --base-url x")


def test_batch_keeps_the_feed_up_to_date(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(cli, "make_engine", FakeEngine)
    monkeypatch.setattr(cli, "worker_engine", lambda: None)
    story = tmp_path / "choir.txt"
    story.write_text("Choir wins prize\n\nForty singers won.\n")
    out = tmp_path / "out"
    cover = tmp_path / "logo.png"
    cover.write_bytes(PNG)
    args = ["batch", str(story), "-o", str(out), "--format", "m4a", "--feed", BASE, "-q"]
    result = CliRunner().invoke(cli.main, [*args, "--cover", str(cover)])
    assert result.exit_code == 0, result.output
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert [e.title for e in parsed.entries] == ["Choir wins prize"]
    assert parsed.feed.image.href == BASE + "cover.png"
    assert (out / "cover.png").read_bytes() == PNG


def test_a_file_without_tags_or_not_audio_at_all_still_gets_an_item(tmp_path: Path) -> None:
    (tmp_path / "junk.mp3").write_bytes(b"not audio at all" * 10)
    (tmp_path / ".hidden.mp3").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not a podcast")
    parsed = feedparser.parse(write_feed(tmp_path, BASE).read_bytes())
    assert not parsed.bozo
    assert [(e.title, e.itunes_duration) for e in parsed.entries] == [("junk", "0:00:00")]
    assert "podcast_chapters" not in parsed.entries[0]


def test_a_feed_that_cannot_be_written_is_one_warning_and_the_batch_finishes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(cli, "make_engine", FakeEngine)
    monkeypatch.setattr(cli, "worker_engine", lambda: None)
    stories = []
    for name in ("choir", "bakery"):
        story = tmp_path / f"{name}.txt"
        story.write_text(f"The {name} story\n\nSomething happened on Sunday.\n")
        stories.append(str(story))
    out = tmp_path / "out"
    (out / "feed.xml").mkdir(parents=True)  # the feed's place is taken
    result = CliRunner().invoke(cli.main, ["batch", *stories, "-o", str(out), "--feed", BASE, "-q"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "feed could not be written" in line]
    assert len(warnings) == 1 and warnings[0].startswith("narrate: warning: ")
    assert warnings[0].endswith("; the batch goes on")
    assert (out / "choir.mp3").exists() and (out / "bakery.mp3").exists()
