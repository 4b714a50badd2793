from __future__ import annotations

from types import SimpleNamespace

import pytest

from narrate import engines
from narrate.audio_tools import PcmFormat
from narrate.engines import Engines, engine_name
from narrate.engines.base import EngineInfo, Voice, resolve_voice
from narrate.errors import UsageError
from tests.fakes import FakeEngine


@pytest.mark.parametrize(
    ("requested", "voice_id"),
    [
        ("en-us", "gmw/en-us"),
        ("gmw/en-us", "gmw/en-us"),
        ("EN-US", "gmw/en-us"),
        ("en-gb", "gmw/en"),
        ("French", "roa/fr"),
        ("en-us+f3", "gmw/en-us+f3"),
    ],
)
def test_resolve_voice(requested: str, voice_id: str) -> None:
    assert resolve_voice(requested, FakeEngine()) == voice_id


@pytest.mark.parametrize(
    ("requested", "message"),
    [("xx-zz", "unknown voice 'xx-zz'"), ("en-us+nope", "unknown voice variant 'nope'")],
)
def test_resolve_voice_rejects_unknown(requested: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        resolve_voice(requested, FakeEngine())


@pytest.mark.parametrize(
    ("voice", "engine"),
    [
        ("en-us", "espeak"),
        ("gmw/en-us+f3", "espeak"),
        ("joe", "piper"),
        (" Joe ", "piper"),
        ("voices/de_DE-thorsten-medium.onnx", "piper"),
        ("French", "espeak"),
    ],
)
def test_each_voice_goes_to_its_engine(voice: str, engine: str) -> None:
    assert engine_name(voice) == engine


class Named(FakeEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def voices(self) -> list[Voice]:
        return [Voice(f"{self.name}-voice", self.name.title(), ("en",), self.name)]


@pytest.fixture
def two_engines(monkeypatch: pytest.MonkeyPatch) -> dict[str, Named]:
    """The registry with two fake engines: 'other' claims voices that start with 'o'."""
    made: dict[str, Named] = {}

    def module(name: str) -> SimpleNamespace:
        def build() -> Named:
            made[name] = Named(name)
            return made[name]

        return SimpleNamespace(
            ENGINE=build, claims=lambda voice: voice.startswith("o"), missing=lambda: None
        )

    monkeypatch.setattr(engines, "ENGINES", {"other": "x", "espeak": "y"})
    monkeypatch.setattr(engines, "_module", module)
    return made


def test_engines_route_voices_and_start_only_what_is_used(
    two_engines: dict[str, Named],
) -> None:
    router = Engines()
    router.synthesize("Hello.", "other-voice", 175, 1.0)
    assert list(two_engines) == ["other"]  # espeak never started
    assert router.info("other-voice").engine == "other"
    router.synthesize("Hello.", "en-us", 175, 1.0)
    assert [call[1] for call in two_engines["espeak"].calls] == ["en-us"]
    assert [call[1] for call in two_engines["other"].calls] == ["other-voice"]
    assert [(v.engine, v.id) for v in router.voices()] == [
        ("other", "other-voice"),
        ("espeak", "espeak-voice"),
    ]
    router.close()
    assert all(engine.closed for engine in two_engines.values())


def test_unknown_engine_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown engine 'nope'"):
        engines.get_engine("nope")


@pytest.mark.parametrize(
    ("ratio", "jobs", "expected"),
    [(None, 2, 2), (None, 8, 8), (0.45, 1, 1), (0.45, 2, 1), (0.45, 4, 1), (0.45, 8, 2),
     (0.45, 16, 5), (40.0, 2, 2), (40.0, 8, 8)],
)  # fmt: skip
def test_synthesis_gets_its_share_of_the_cores_beside_the_encoders(
    ratio: float | None, jobs: int, expected: int
) -> None:
    info = EngineInfo("e", "1", PcmFormat(22050, 1), 100, 60.0, synthesis_vs_mp3=ratio)
    assert info.synthesis_jobs(jobs) == expected
