"""The speech engines behind one protocol (see `base`), and their registry.

`ENGINES` names each engine's module; a module has an `ENGINE` class and a `claims(voice)`
function saying whether a voice name is its own. espeak-ng is the default: it speaks every
voice no other engine claims. Adding an engine is one module and one line here.

`Engines` is every engine behind one `Engine`: each voice goes to the engine that owns
it, started on its first use, so a run (or a worker) never starts an engine it does
not need.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import Any, cast

from ..audio_tools import Audio
from ..errors import UsageError
from .base import DEFAULT_VOICE, Engine, EngineInfo, Voice, resolve_voice

ENGINES = {"piper": "narrate.engines.piper", "espeak": "narrate.engines.espeak"}
"""Engine name -> module, in the order they are asked whether they claim a voice."""
DEFAULT_ENGINE = "espeak"


def _module(name: str) -> Any:
    if name not in ENGINES:
        raise UsageError(f"unknown engine {name!r}; narrate has {', '.join(sorted(ENGINES))}")
    return importlib.import_module(ENGINES[name])


def get_engine(name: str) -> Engine:
    """A new engine of that name (not started: engines start on first use)."""
    return cast(Engine, _module(name).ENGINE())


def engine_name(voice: str) -> str:
    """The engine that speaks `voice` (as the user gave it or as resolved)."""
    for name in ENGINES:
        if name != DEFAULT_ENGINE and _module(name).claims(voice):
            return name
    return DEFAULT_ENGINE


def missing(name: str) -> str | None:
    """What to install for an engine that is not installed; None when it is."""
    check: Callable[[], str | None] | None = getattr(_module(name), "missing", None)
    return check() if check else None


class Engines:
    """Every engine, as one `Engine`: voices, info and synthesis go to the engine that
    owns the voice, each engine started on first use and closed by `close`."""

    name = "narrate"

    def __init__(self, preload: tuple[str, ...] = ()) -> None:
        """`preload` names engines to create at once (in a worker, so that their start
        is part of the worker's start)."""
        self._engines: dict[str, Engine] = {}
        for name in preload:
            self.engine(name)

    def engine(self, name: str) -> Engine:
        if name not in self._engines:
            self._engines[name] = get_engine(name)
        return self._engines[name]

    def of(self, voice: str) -> Engine:
        return self.engine(engine_name(voice))

    def resolve(self, requested: str) -> str:
        """The voice id for a name, language or file the user gave; UsageError if no
        installed engine has it (naming what to install when that is why)."""
        engine = self.of(requested)
        resolve: Callable[[str], str] | None = getattr(engine, "resolve", None)
        return resolve(requested) if resolve else resolve_voice(requested, engine)

    def voices(self) -> list[Voice]:
        """The voices of every installed engine."""
        return [voice for engine in self._all() for voice in engine.voices()]

    def variants(self) -> list[str]:
        return self.engine(DEFAULT_ENGINE).variants()

    def info(self, voice: str) -> EngineInfo:
        return self.of(voice).info(voice)

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        return self.of(voice).synthesize(spoken, voice, rate, volume)

    def close(self) -> None:
        for engine in self._engines.values():
            engine.close()

    def _all(self) -> Iterator[Engine]:
        for name in ENGINES:
            if missing(name) is None:
                yield self.engine(name)


__all__ = [
    "DEFAULT_VOICE",
    "ENGINES",
    "Engine",
    "EngineInfo",
    "Engines",
    "Voice",
    "engine_name",
    "get_engine",
]
