"""What the pipeline needs of a speech engine: a small `Engine` protocol, the `Voice`
record, and `resolve_voice`, which checks a user's voice name before any work starts.

An engine turns one short spoken text into `Audio` (16-bit PCM).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..audio_tools import Audio
from ..errors import UsageError

DEFAULT_VOICE = "en-us"
DEFAULT_RATE = 175
"""Words per minute: a calm newsreader's pace."""
DEFAULT_VOLUME = 1.0
MIN_RATE, MAX_RATE = 80, 400
"""espeak behaves erratically at 450 words per minute and more."""


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...] = ()


class Engine(Protocol):
    """What the pipeline needs of a speech engine. Implementations are not thread-safe."""

    name: str
    version: str

    def voices(self) -> list[Voice]:
        """Every voice the engine offers."""
        ...

    def variants(self) -> list[str]:
        """Voice variants that may follow a voice after "+" (espeak's "f3"); may be empty."""
        ...

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        """Say `spoken` (short, non-empty) and return its audio; raise EngineError on failure."""
        ...

    def close(self) -> None:
        """Release files and resources; the engine is not used after this."""
        ...


def resolve_voice(requested: str, engine: Engine) -> str:
    """Return the engine's id for a voice given as an id, a language or a name, plus an
    optional "+variant" ("en-us+f3" -> "gmw/en-us+f3"). Raises UsageError if unknown."""
    base, plus, variant = requested.strip().partition("+")
    wanted = base.lower()
    voices = engine.voices()
    found = next((v for v in voices if v.id.lower() == wanted), None)
    found = found or next((v for v in voices if v.id.lower().rsplit("/", 1)[-1] == wanted), None)
    found = found or next((v for v in voices if wanted in (x.lower() for x in v.languages)), None)
    found = found or next((v for v in voices if v.name.lower() == wanted), None)
    if found is None:
        raise UsageError(f"unknown voice {requested!r}; run 'narrate voices' to list them")
    if plus:
        known = engine.variants()
        if known and variant not in known:
            raise UsageError(
                f"unknown voice variant {variant!r}; try one of {', '.join(sorted(known)[:12])}"
            )
        return f"{found.id}+{variant}"
    return found.id
