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
    """Keep the developer's own lexicon out of the tests: an empty user config folder
    (on Linux), and no NARRATE_LEXICON. Returns where the user lexicon would be."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.delenv("NARRATE_LEXICON", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    (config / "narrate").mkdir()
    return config / "narrate" / "lexicon.txt"


@pytest.fixture(scope="session")
def shared_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `models` folder of the cache (the language detector's model unpacked, 65 MB)
    for all the tests of a process and the narrate processes they start, rather than
    one written into each test's cache."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(autouse=True)
def cache_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, shared_models: Path
) -> Path:
    """Each test gets its own empty segment cache, never the developer's (its `models`
    folder shared: see `shared_models`)."""
    path = tmp_path_factory.mktemp("cache")
    (path / "models").symlink_to(shared_models, target_is_directory=True)
    monkeypatch.setenv("NARRATE_CACHE_DIR", str(path))
    return path
