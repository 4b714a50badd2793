from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from narrate import artifacts
from narrate.article import Article
from narrate.assemble import Placement, Timeline
from narrate.export import Chapter, Tags
from narrate.segment import Segment
from narrate.words import WordMark


def _material(**options: object) -> artifacts.Material:
    segment = Segment(0, 0, "headline", "Ferry <back>", "Ferry back", 0)
    marks = (WordMark(40, 0, 5), WordMark(400, 6, 4))
    placement = Placement(segment, 0, 900, 40, 800, marks)
    timeline = Timeline(frames=22050, placements=[placement])
    return artifacts.Material(
        timeline, [Chapter("Ferry", 0, 1000)], Tags(title="Ferry <back>"),
        Article(()), Path("out/ferry.mp3"), **options,  # type: ignore[arg-type]
    )  # fmt: skip


def test_captions_transcript_and_page_are_registered() -> None:
    assert {"srt", "vtt", "lrc", "json", "html"} <= set(artifacts.names())
    assert {name: artifacts.get(name).suffix for name in ("srt", "json", "html")} == {
        "srt": ".srt",
        "json": ".json",
        "html": ".html",
    }


def test_each_renders_from_the_material() -> None:
    texts = artifacts.render(["srt", "vtt", "lrc", "json", "html"], _material())
    assert texts["srt"].startswith("1\n00:00:00,040 --> 00:00:00,800\nFerry <back>")
    assert "<00:00:00.400>" not in texts["vtt"]  # words only when asked
    assert '"words": [' in texts["json"] or '"words":[' in texts["json"]
    assert "Ferry &lt;back&gt;" in texts["html"]
    worded = artifacts.render(["vtt"], _material(word_captions=True))["vtt"]
    assert "Ferry <00:00:00.400>&lt;back&gt;" in worded


def test_an_unknown_artifact_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match=r"no artifact 'pdf'; known: .*srt"):
        artifacts.get("pdf")


def test_a_new_artifact_is_one_registration(monkeypatch: pytest.MonkeyPatch) -> None:
    @dataclass(frozen=True)
    class WordList:
        name: str = "words"
        suffix: str = ".txt"

        def render(self, material: artifacts.Material) -> str:
            return "\n".join(p.segment.text for p in material.timeline.placements)

    monkeypatch.setattr(artifacts, "_REGISTRY", dict(artifacts._REGISTRY))
    artifacts.register(WordList())
    assert artifacts.render(["words"], _material()) == {"words": "Ferry <back>"}
