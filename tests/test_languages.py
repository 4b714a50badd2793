from __future__ import annotations

from array import array
from pathlib import Path
from typing import Any

import pytest

from narrate.engines.base import Voice
from narrate.languages import (
    _identifier,
    _load_unpacked,
    _model_paths,
    _Scorer,
    _unpack,
    _unpacked_folder,
    article_language,
    detect,
    normalize_tag,
    passage_language,
    readable_languages,
    voice_for,
)

DATA = Path(__file__).parent / "data" / "languages.tsv"
VOICES = [
    Voice("gmw/en", "English (Great Britain)", ("en-gb", "en")),
    Voice("gmw/en-us", "English (America)", ("en-us",)),
    Voice("roa/fr", "French (France)", ("fr-fr",)),
    Voice("roa/pt", "Portuguese (Portugal)", ("pt",)),
    Voice("roa/pt-br", "Portuguese (Brazil)", ("pt-br",)),
    Voice("gmq/nb", "Norwegian Bokmål", ("nb",)),
    Voice("zle/uk", "Ukrainian", ("uk",)),
]


def _labelled() -> list[tuple[str, str]]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return [
        (row[0], row[1]) for line in lines if line and not line.startswith("#")
        for row in [line.split("\t", 1)]
    ]  # fmt: skip


def test_the_labelled_paragraphs_are_detected() -> None:
    rows = _labelled()
    assert len(rows) == 120 and len({language for language, _ in rows}) == 12
    among = frozenset(language for language, _ in rows)
    assert [text for language, text in rows if (detect(text) or ("",))[0] != language] == []
    switched = [passage_language(text, "xx", among) for _, text in rows]
    assert switched == [language for language, _ in rows]


@pytest.mark.parametrize(
    ("text", "main", "expected"),
    [
        ("Jonas Vik said.", "en", "en"),  # too short to tell
        ("Mayor Hanne Dahl", "en", "en"),
        ("Hemos visto inundaciones así en mi tierra, y siempre sufren los mayores.", "en", "es"),
        ("Nous partirons demain matin avec les enfants.", "en", "fr"),
        ("The ferry sailed again on Tuesday morning.", "fr", "en"),
        ("Le bac est reparti mardi matin.", "fr", "fr"),  # the article's own
        ("我们会继续在这里做生意。", "en", "zh"),  # no spaces: judged by its letters
        ("东京", "en", "en"),  # a name
        ("ตลาดน้ำจะเปิดอีกครั้งในวันเสาร์นี้", "en", "th"),
    ],
)
def test_passage_language_changes_only_when_clear(text: str, main: str, expected: str) -> None:
    assert passage_language(text, main) == expected


def test_passage_language_chooses_among_what_the_voices_read() -> None:
    spanish = "Hemos visto inundaciones así en mi tierra, y siempre sufren los mayores."
    assert passage_language(spanish, "en", readable_languages(VOICES)) != "es"


def test_article_language_declared_wins() -> None:
    texts = ["The ferry sailed again on Tuesday, eleven days after the storm."]
    assert article_language(texts) == "en"
    assert article_language(texts, "pt_br") == "pt-BR"
    assert article_language(texts, "not a tag!") == "en"
    assert article_language(["Le bac est reparti mardi, onze jours après la tempête."]) == "fr"
    assert article_language(["", "123"]) == "en"  # nothing to tell by


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an A+ grade", "en"),  # a few words: the detector guessed Bosnian
        ("the BA.2.86 variant", "en"),
        ("Lunardini, Christine A. (1986).", "en"),
        ("Guten Morgen, wie geht es Ihnen heute?", "de"),
        ("Meet Mary O. Brien, 34, and Jean-Luc R. Picard.", "en"),  # names: 0.12 sure
        ("Паром снова вышел в море во вторник.", "ru"),
        ("Привет, как дела?", "ru"),  # short, but the script tells
        ("Γεια σας φίλοι", "el"),
        ("我们会继续在这里做生意。", "zh"),
    ],
)
def test_article_language_never_guesses_from_a_few_words(text: str, expected: str) -> None:
    assert article_language([text]) == expected


@pytest.mark.parametrize(
    ("value", "tag"),
    [("fr", "fr"), ("FR", "fr"), ("pt_BR", "pt-BR"), ("en-us", "en-US"), ("zh-Hant", "zh-hant"),
     ("", None), (None, None), ("French!", None)],
)  # fmt: skip
def test_normalize_tag(value: str | None, tag: str | None) -> None:
    assert normalize_tag(value) == tag


@pytest.mark.parametrize(
    ("language", "voice"),
    [("en", "gmw/en-us"), ("en-GB", "gmw/en"), ("fr", "roa/fr"), ("pt", "roa/pt"),
     ("pt-BR", "roa/pt-br"), ("no", "gmq/nb"), ("uk", "zle/uk"), ("km", None)],
)  # fmt: skip
def test_voice_for(language: str, voice: str | None) -> None:
    found = voice_for(language, VOICES)
    assert (found.id if found else None) == voice


def test_detect_needs_two_words() -> None:
    assert detect("Hello") is None
    found = detect("Guten Morgen, wie geht es Ihnen heute?")
    assert found is not None and found[0] == "de" and 0 < found[1] <= 1


def test_the_detector_is_unpacked_into_the_cache_once_and_ranks_the_same(cache_dir: Path) -> None:
    (cache_dir / "models").unlink()  # this cache's own, not the one the tests share
    _identifier.cache_clear()
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    packed = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert isinstance(packed.tk_nextmove, array)
    first = _identifier()  # unpacked from the compressed model, then mapped (80 MB freed)
    assert isinstance(first.tk_nextmove, memoryview)
    [folder] = (cache_dir / "models").iterdir()
    _identifier.cache_clear()
    unpacked = _identifier()  # mapped straight away
    assert isinstance(unpacked.tk_nextmove, memoryview)
    texts = [text for _, text in _labelled()] + ["", "123", "HELLO THERE"]
    assert [unpacked.rank(text) for text in texts] == [packed.rank(text) for text in texts]
    assert [first.rank(text) for text in texts] == [packed.rank(text) for text in texts]
    assert [path.name for path in (cache_dir / "models").iterdir()] == [folder.name]
    damaged = cache_dir / "damaged"  # a model cut short is refused (not the one mapped now)
    damaged.mkdir()
    for path in folder.iterdir():
        (damaged / path.name).symlink_to(path)
    (damaged / "nextmove").unlink()
    with open(folder / "nextmove", "rb") as whole:
        (damaged / "nextmove").write_bytes(whole.read(1024))
    with pytest.raises(ValueError, match="cut short"):
        _load_unpacked(damaged)


class _OtherDetector:
    """The detector's arrays, ranking otherwise: as a py3langid made differently would."""

    def __init__(self, detector: Any) -> None:
        self.detector = detector

    def __getattr__(self, name: str) -> Any:
        return getattr(self.detector, name)

    def rank(self, text: str) -> list[tuple[str, float]]:
        return [("xx", 1.0)]


def test_a_detector_that_ranks_otherwise_writes_nothing(tmp_path: Path) -> None:
    _unpack(_OtherDetector(_identifier()), tmp_path / "langid")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("limit", ["10M", "60M"])  # the model unpacked is about 65 MB
def test_no_model_is_unpacked_into_a_cache_too_small_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str
) -> None:
    monkeypatch.setenv("NARRATE_CACHE_SIZE", limit)
    _unpack(_identifier(), tmp_path / "langid")
    assert list(tmp_path.iterdir()) == []


def test_the_model_is_found_where_py3langid_has_it() -> None:
    from py3langid import langid

    assert _model_paths() == (Path(langid.MODEL_DIR, langid.MODEL_FILE), Path(langid.__file__))


def test_the_plain_python_scorer_ranks_as_py3langid_does() -> None:
    _identifier()  # the model unpacked into the (shared) cache
    paths = _model_paths()
    assert paths is not None
    folder = _unpacked_folder(*paths)
    assert folder is not None
    scorer, detector = _Scorer(folder), _identifier()
    texts = [text for _, text in _labelled()] + ["", "123", "HELLO THERE", "Привет, как дела?"]
    for text in texts:
        ours, theirs = dict(scorer.rank(text)), dict(detector.rank(text))
        assert scorer.rank(text)[0][0] == detector.rank(text)[0][0], text
        assert ours.keys() == theirs.keys()
        assert all(abs(ours[code] - p) < 1e-5 for code, p in theirs.items()), text
        assert [code for code, p in ours.items() if p == 0] == [
            code for code, p in theirs.items() if p == 0
        ], text


def test_the_scorer_refuses_a_damaged_model(tmp_path: Path) -> None:
    _identifier()
    paths = _model_paths()
    folder = _unpacked_folder(*paths) if paths else None
    assert folder is not None
    for path in folder.iterdir():
        (tmp_path / path.name).symlink_to(path)
    (tmp_path / "ptc.npy").unlink()
    (tmp_path / "ptc.npy").write_bytes(b"not an array")
    with pytest.raises(ValueError):
        _Scorer(tmp_path)
