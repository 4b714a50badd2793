from __future__ import annotations

from pathlib import Path

import pytest

from narrate.errors import LexiconError
from narrate.lexicon import (
    Entry,
    Lexicon,
    lexicon_paths,
    load_lexicon,
    missing_user_lexicon,
    parse_lexicon,
    user_lexicon_path,
)
from narrate.normalize import speakable


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("Siobhan = shi-VAWN", Entry("Siobhan", "shi-VAWN")),
        ("Reading == Redding", Entry("Reading", "Redding", match_case=True)),
        ("Nguyen = [[N'wIn]]", Entry("Nguyen", "[[N'wIn]]")),
        ("  New   Orleans=New OR-lins  ", Entry("New   Orleans", "New OR-lins")),
        ("AT&T = A T and T", Entry("AT&T", "A T and T")),
    ],
)
def test_parse_lexicon_entries(line: str, entry: Entry) -> None:
    assert parse_lexicon(f"# a comment\n\n{line}\n") == [entry]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Kjell\n", "names.txt, line 1: expected 'word = reading'"),
        ("ok = fine\n= nothing\n", "names.txt, line 2: expected"),
        ("a =\n", "line 1: expected"),
        ("Nguyen = [[N'wIn\n", "line 1: phonemes must be the whole reading"),
        ("Nguyen = say [[N'wIn]]\n", "line 1: phonemes must be the whole reading"),
        ("... = dots\n", "line 1: '...' has no word to match"),
    ],
)
def test_parse_lexicon_names_the_bad_line(text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message.replace("[", r"\[")):
        parse_lexicon(text, "names.txt")


def _lexicon(text: str) -> Lexicon:
    return Lexicon(tuple(parse_lexicon(text)))


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Siobhan said", "shi-VAWN said"),
        ("SIOBHAN said", "shi-VAWN said"),
        ("Siobhan's boat", "shi-VAWN's boat"),
        ("Siobhanx said", "Siobhanx said"),
        ("Reading is in Berkshire", "Redding is in Berkshire"),
        ("reading is fun", "reading is fun"),
        ("in New Orleans today", "in New OR-lins today"),
        ("in New\nOrleans", "in New OR-lins"),
        ("Nguyen, 42, spoke", "[[N'wIn]], forty-two, spoke"),
        ("Mr. Nguyen spoke", "Mister [[N'wIn]] spoke"),
    ],
)
def test_lexicon_readings_in_speakable(written: str, spoken: str) -> None:
    lexicon = _lexicon(
        "Siobhan = shi-VAWN\nReading == Redding\nNew Orleans = New OR-lins\nNguyen = [[N'wIn]]\n"
    )
    assert speakable(written, lexicon=lexicon) == spoken


def test_readings_are_not_read_again_by_the_rules() -> None:
    lexicon = _lexicon("CHEK = check\nUS = us\nV2 = vee two\n")
    assert speakable("CHEK and US and V2", lexicon=lexicon) == "check and us and vee two"
    assert speakable("CHEK 1 and US") == "C H E K one and U S"


def test_first_entry_wins_and_case_sensitive_beats_any_case() -> None:
    lexicon = _lexicon("Bo == first\nbo = second\nbo = third\n")
    assert speakable("Bo bo", lexicon=lexicon) == "first second"


def test_private_use_characters_in_the_text_cannot_pose_as_readings() -> None:
    lexicon = _lexicon("Bo = bow\n")
    assert speakable("\ue000Bo \ue001", lexicon=lexicon) == "bow"


def test_lexicon_paths_and_priority(tmp_path: Path, no_user_lexicon: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "story.txt"
    given = tmp_path / "given.txt"
    assert lexicon_paths([given], str(article)) == [given]
    (folder / "lexicon.txt").write_text("Bo = beside\n")
    no_user_lexicon.write_text("Bo = user\nAnn = user Ann\n")
    given.write_text("Bo = given\n")
    paths = lexicon_paths([given], str(article))
    assert paths == [given, folder / "lexicon.txt", no_user_lexicon]
    lexicon = load_lexicon(paths)
    assert speakable("Bo and Ann", lexicon=lexicon) == "given and user Ann"
    assert lexicon_paths([], "-") == [no_user_lexicon]


def test_user_lexicon_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NARRATE_LEXICON", str(tmp_path / "mine.txt"))
    assert user_lexicon_path() == tmp_path / "mine.txt"
    monkeypatch.delenv("NARRATE_LEXICON")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert user_lexicon_path() == tmp_path / "config" / "narrate" / "lexicon.txt"


def test_load_lexicon_errors(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no such lexicon file"):
        load_lexicon([tmp_path / "missing.txt"])
    (tmp_path / "latin1.txt").write_bytes("Jos\xe9 = ho-ZAY\n".encode("latin-1"))
    with pytest.raises(LexiconError, match="is not UTF-8 text"):
        load_lexicon([tmp_path / "latin1.txt"])
    with pytest.raises(LexiconError, match="cannot read the lexicon"):
        load_lexicon([tmp_path])


def test_a_missing_user_lexicon_named_by_the_environment_is_a_warning(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert missing_user_lexicon() is None  # not set: the default place is optional
    monkeypatch.setenv("NARRATE_LEXICON", str(tmp_path / "mine.txt"))
    assert missing_user_lexicon() == (
        f"NARRATE_LEXICON={tmp_path / 'mine.txt'}: no such lexicon file, so its readings "
        "were not applied; check the path, or unset it"
    )
    (tmp_path / "mine.txt").write_text("Bo = bow\n")
    assert missing_user_lexicon() is None
