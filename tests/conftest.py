from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "text" / "harbour-ferry.txt"
SEED = ROOT.parent / "shared" / "seed" / "000_3fa2f95ab2507610.txt"


@pytest.fixture
def sample_article() -> Path:
    return SAMPLE


@pytest.fixture
def seed_article() -> Path:
    if not SEED.exists():
        pytest.skip("the shared seed article is not beside this checkout")
    return SEED


@pytest.fixture(autouse=True)
def no_user_lexicon(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep the developer's own lexicon out of the tests: point it at a file not there."""
    path = tmp_path_factory.mktemp("config") / "lexicon.txt"
    monkeypatch.setenv("NARRATE_LEXICON", str(path))
    return path


@pytest.fixture(autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own empty segment cache, never the developer's."""
    path = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("NARRATE_CACHE_DIR", str(path))
    return path
