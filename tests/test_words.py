from __future__ import annotations

import pytest

from narrate.words import WordMark, core, spoken_starts, tokens, written_words


def _marks(spoken: str, step: float = 100.0) -> list[WordMark]:
    """A mark every `step` ms on each token with letters or digits."""
    said = [(offset, text) for offset, text in tokens(spoken) if core(text)]
    return [WordMark(step * n, offset, len(text)) for n, (offset, text) in enumerate(said)]


def _timed(written: str, spoken: str) -> list[tuple[str, float]] | None:
    found = written_words(written, spoken, _marks(spoken), 9000.0)
    return None if found is None else [(w.text, w.start_ms) for w in found]


@pytest.mark.parametrize(
    ("written", "spoken", "expected"),
    [
        ("The ferry sailed.", "The ferry sailed.", [("The", 0), ("ferry", 100), ("sailed.", 200)]),
        # a written number said as several words takes all their time
        (
            "It cost $4.5 million, she said.",
            "It cost four point five million dollars, she said.",
            [
                ("It", 0),
                ("cost", 100),
                ("$4.5", 200),
                ("million,", 500),
                ("she", 700),
                ("said.", 800),
            ],
        ),
        # several written words said with no word in common: one group
        (
            "At 3:30 p.m. ET it left.",
            "At three thirty p m E T it left.",
            [("At", 0), ("3:30 p.m. ET", 100), ("it", 700), ("left.", 800)],
        ),
        # as many written words as spoken ones between shared words: one for one
        (
            "said Petra Lindqvist, 41, who",
            "said Petra Lindkvist, forty-one, who",
            [("said", 0), ("Petra", 100), ("Lindqvist,", 200), ("41,", 300), ("who", 400)],
        ),
        # a lexicon respelling: one written word, two spoken
        ("Siobhan waved.", "shi vawn waved.", [("Siobhan", 0), ("waved.", 200)]),
        # a written word with nothing said joins the word before
        ("Ferry — back", "Ferry — back", [("Ferry —", 0), ("back", 100)]),
        # ... or, at the start, the word after
        ("— Ferry back", "— Ferry back", [("— Ferry", 0), ("back", 100)]),
        # spelled initials
        ("The BBC said", "The B B C said", [("The", 0), ("BBC", 100), ("said", 400)]),
        # case and punctuation do not matter; RTL text is kept as written
        ("«Shalom» שלום now", "Shalom שלום now", [("«Shalom»", 0), ("שלום", 100), ("now", 200)]),
    ],
)
def test_written_words_follow_the_spoken_ones(
    written: str, spoken: str, expected: list[tuple[str, float]]
) -> None:
    assert _timed(written, spoken) == expected


@pytest.mark.parametrize(
    ("written", "spoken", "marks"),
    [
        ("The ferry sailed.", "The ferry sailed.", []),  # the engine marked nothing
        ("1994–2000", "nineteen ninety-four to two thousand", None),  # one group: no better
        ("Two words", "Two words", [WordMark(500, 0, 3), WordMark(100, 4, 5)]),  # backwards
    ],
)
def test_uncertain_timings_fall_back_to_the_sentence(
    written: str, spoken: str, marks: list[WordMark] | None
) -> None:
    given = _marks(spoken) if marks is None else marks
    assert written_words(written, spoken, given, 9000.0) is None


def test_words_end_where_the_next_begins_and_the_last_at_the_end() -> None:
    found = written_words("A b c", "A b c", _marks("A b c"), 1234.0)
    assert found is not None
    assert [(w.start_ms, w.end_ms) for w in found] == [(0, 100), (100, 200), (200, 1234.0)]
    assert [w.offset for w in found] == [0, 2, 4]


def test_spoken_starts_take_the_first_mark_inside_each_token() -> None:
    spoken = "twenty-four seven , ok"
    marks = [WordMark(0, 0, 6), WordMark(50, 7, 4), WordMark(300, 12, 5), WordMark(600, 20, 2)]
    assert spoken_starts(spoken, marks) == [
        ("twenty-four", 0),
        ("seven", 300),
        (",", None),
        ("ok", 600),
    ]


def test_written_words_never_lose_a_character() -> None:
    written = 'He said "<script>" & left — at 5:30, then… "ok"?'
    spoken = "He said script and left at five thirty, then ok?"
    found = written_words(written, spoken, _marks(spoken), 9000.0)
    assert found is not None
    joined = " ".join(w.text for w in found)
    assert joined.split() == written.split()
    for word in found:
        assert written[word.offset : word.offset + len(word.text)] == word.text
