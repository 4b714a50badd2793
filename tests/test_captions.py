from __future__ import annotations

import json
from dataclasses import replace

from narrate.article import Article, Paragraph
from narrate.assemble import Placement
from narrate.captions import (
    captions,
    chapters,
    cues,
    placement_words,
    to_lrc,
    to_srt,
    to_vtt,
    transcript,
)
from narrate.export import Chapter
from narrate.segment import Segment
from narrate.words import WordMark, tokens


def _placement(index: int, text: str, sentence: int, section: int, start: float, end: float,
               kind: str = "body") -> Placement:  # fmt: skip
    segment = Segment(index, index, kind, text, text.lower(), 500, sentence, section)
    return Placement(segment, start - 40, end + 80, start, end)


PLACEMENTS = [
    _placement(0, "Ferry back", 0, 0, 10, 900, "headline"),
    _placement(1, "It sailed, and", 1, 0, 2000, 3000),
    _placement(2, "then <it> docked & stayed.", 1, 0, 3250, 4000),
    _placement(3, "Costs", 2, 1, 6500, 7000, "heading"),
    _placement(4, "They rose.", 3, 1, 8000, 9000),
]
ARTICLE = Article((Paragraph("headline", "Ferry back", 0),), title="Ferry back")


def test_cues_join_the_pieces_of_a_sentence() -> None:
    found = cues(PLACEMENTS)
    assert [(c.start_ms, c.end_ms, c.text, c.chapter) for c in found] == [
        (10, 900, "Ferry back", 0),
        (2000, 4000, "It sailed, and then <it> docked & stayed.", 0),
        (6500, 7000, "Costs", 1),
        (8000, 9000, "They rose.", 1),
    ]


def test_chapters_start_at_their_speech_and_are_named_by_headings() -> None:
    assert chapters(PLACEMENTS, 9500, ARTICLE) == [
        Chapter("Ferry back", 0.0, 6500),
        Chapter("Costs", 6500, 9500),
    ]


def test_srt() -> None:
    text = to_srt(cues(PLACEMENTS))
    assert text.startswith("1\n00:00:00,010 --> 00:00:00,900\nFerry back\n\n2\n00:00:02,000")
    assert text.count(" --> ") == 4


def test_vtt_escapes_markup() -> None:
    text = to_vtt(cues(PLACEMENTS))
    assert text.startswith("WEBVTT\n\n00:00:00.010 --> 00:00:00.900\nFerry back\n")
    assert "then &lt;it&gt; docked &amp; stayed." in text


def test_lrc() -> None:
    text = to_lrc(cues(PLACEMENTS), "Ferry back", "Ann Lee")
    assert text.splitlines()[:3] == ["[ti:Ferry back]", "[ar:Ann Lee]", "[00:00.01]Ferry back"]
    assert text.splitlines()[-1] == "[00:08.00]They rose."
    assert captions("lrc", cues(PLACEMENTS), None, None).startswith("[00:00.01]")


def test_transcript_json() -> None:
    found = cues(PLACEMENTS)
    data = json.loads(transcript(found, chapters(PLACEMENTS, 9500, ARTICLE), PLACEMENTS))
    assert data["chapters"][1] == {"title": "Costs", "start_ms": 6500, "end_ms": 9500}
    assert data["segments"][2] == {
        "index": 2, "text": "then <it> docked & stayed.", "spoken": "then <it> docked & stayed.",
        "start_ms": 3250, "end_ms": 4000, "chapter": 0, "sentence": 1,
        "words": [{"text": "then <it> docked & stayed.", "start_ms": 3250, "end_ms": 4000}],
    }  # fmt: skip
    assert len(data["cues"]) == 4


# --- word timings ----------------------------------------------------------------------


def _marked(placement: Placement, step: float = 200.0) -> Placement:
    """The placement with a mark every `step` ms from its speech start on each spoken word."""
    spoken = placement.segment.spoken
    marks = tuple(
        WordMark(placement.speech_start_ms + step * n, offset, len(text))
        for n, (offset, text) in enumerate(tokens(spoken))
    )
    return replace(placement, marks=marks)


MARKED = [_marked(p) for p in PLACEMENTS]


def test_placement_words_are_timed_inside_the_speech() -> None:
    words = placement_words(_marked(PLACEMENTS[2], 150))
    assert words is not None
    assert [(w.text, w.start_ms, w.end_ms) for w in words] == [
        ("then", 3250, 3400),
        ("<it>", 3400, 3550),
        ("docked &", 3550, 3850),  # "&" is said with the word before
        ("stayed.", 3850, 4000),
    ]
    late = placement_words(_marked(PLACEMENTS[2], 300))  # marks past the speech's end
    assert late is not None and [w.start_ms for w in late][-1] == 4000
    assert placement_words(PLACEMENTS[2]) is None  # no marks: by the sentence


def test_word_vtt_tags_each_word_inside_its_cue() -> None:
    text = to_vtt(cues(MARKED), words=True)
    assert "00:00:02.000 --> 00:00:04.000\nIt <00:00:02.200>sailed, <00:00:02.400>and " in text
    assert "<00:00:03.250>then <00:00:03.450>&lt;it&gt; <00:00:03.650>docked &amp; stayed." in text
    assert captions("vtt", cues(MARKED), None, None, words=True) == text
    assert to_vtt(cues(MARKED)) == to_vtt(cues(PLACEMENTS))  # no tags unless asked
    assert "<0" not in to_vtt(cues(PLACEMENTS), words=True)  # no marks, no tags


def test_transcript_lists_the_words_of_each_segment() -> None:
    data = json.loads(transcript(cues(MARKED), [], MARKED))
    assert data["segments"][1]["words"] == [
        {"text": "It", "start_ms": 2000, "end_ms": 2200},
        {"text": "sailed,", "start_ms": 2200, "end_ms": 2400},
        {"text": "and", "start_ms": 2400, "end_ms": 3000},
    ]
