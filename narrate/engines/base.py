"""What the pipeline needs of a speech engine: a small `Engine` protocol, the `Voice`
record, the `EngineInfo` capability record, and `resolve_voice`, which checks a user's
voice name before any work starts.

An engine turns one short spoken text into `Audio` (16-bit PCM). Everything the rest of
narrate must know about an engine's voice (its audio format, the longest text it takes,
how long speech should last, its identity for the cache) comes from `Engine.info`, so
nothing engine-specific lives outside the engine's own module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..audio_tools import Audio, PcmFormat
from ..errors import UsageError
from ..options import DEFAULT_RATE as DEFAULT_RATE
from ..options import DEFAULT_VOLUME as DEFAULT_VOLUME
from ..options import MAX_RATE as MAX_RATE
from ..options import MIN_RATE as MIN_RATE

DEFAULT_VOICE = "en-us"


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...] = ()
    engine: str = ""
    """The name of the engine that speaks it."""


@dataclass(frozen=True)
class EngineInfo:
    """What the pipeline must know of one voice of an engine."""

    engine: str
    """The engine's name ("espeak", "piper")."""
    version: str
    """Its identity in the cache key: library versions, the voice file's checksum and the
    synthesis settings. Anything that changes the audio must change it."""
    format: PcmFormat
    """The format of the audio `synthesize` returns for this voice."""
    max_chars: int
    """The longest spoken text one `synthesize` call takes; longer texts are split."""
    ms_per_char: float
    """Measured speech per letter or digit at `DEFAULT_RATE` words a minute, for the
    dropped-audio check (silence and padding excluded)."""
    languages: tuple[str, ...] = ()
    jobs_per_worker: int = 1
    """The fewest segments left to say that make a worker process worth starting."""
    synthesis_vs_mp3: float | None = None
    """CPU time to synthesize a second of speech over the CPU time to encode it to MP3,
    measured: with the encoders running beside synthesis, synthesis gets that share of
    the cores (`synthesis_jobs`). None: synthesis is the bottleneck and gets them all."""
    in_workers: bool = False
    """Synthesize in worker processes only, one a core, when the run may have them: the
    process that coordinates the run then never loads the voice (a big one, such as
    Piper's, takes 0.5 GB a process). Otherwise that process speaks too, beside
    `jobs` - 1 workers."""

    def synthesis_jobs(self, jobs: int) -> int:
        """How many of `jobs` processes should synthesize when MP3 encoders run beside
        them: at least one."""
        if self.synthesis_vs_mp3 is None:
            return jobs
        share = self.synthesis_vs_mp3 / (1 + self.synthesis_vs_mp3)
        return max(1, min(jobs, round(jobs * share)))

    def expected_speech_ms(self, spoken: str, rate: int) -> float:
        """About how long this voice takes to say `spoken` at `rate` words a minute."""
        return self.ms_per_char * sum(char.isalnum() for char in spoken) * DEFAULT_RATE / rate


class Engine(Protocol):
    """What the pipeline needs of a speech engine. Implementations are not thread-safe."""

    name: str

    def voices(self) -> list[Voice]:
        """Every voice the engine offers."""
        ...

    def variants(self) -> list[str]:
        """Voice variants that may follow a voice after "+" (espeak's "f3"); may be empty."""
        ...

    def info(self, voice: str) -> EngineInfo:
        """The capabilities of a voice `resolve_voice` returned; may start the engine."""
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
    own = getattr(engine, "resolve", None)  # an engine with voices that are not listed
    if own is not None:
        return str(own(requested))
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


def engine_identity(engine: Engine, voice: str) -> str:
    """The identity of the audio `engine` makes for `voice` (as the user gave it): its
    name and version, which change whenever its audio would."""
    info = engine.info(resolve_voice(voice, engine))
    return f"{info.engine} {info.version}"
