from __future__ import annotations

import pytest

from narrate.engines.base import resolve_voice
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
