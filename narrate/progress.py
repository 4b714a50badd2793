"""Progress of a run: the stages report units done, a `Tracker` turns them into one
fraction of the whole run, and whoever listens (the CLI) shows it.

The stages overlap (MP3 pieces are encoded while later segments are still spoken), so
the fraction is a weighted sum of each stage's own share, with weights that say roughly
how much of a run's time each stage takes. Nothing here draws or knows about terminals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

READING = "reading"
SPEAKING = "speaking"
ENCODING = "encoding"
MEASURING = "measuring loudness"


@dataclass(frozen=True)
class Event:
    """Where a run is: its current stage, that stage's units, and the whole run's share."""

    stage: str
    done: int
    """Units of `stage` done: segments spoken, MP3 pieces encoded, seconds of audio fed."""
    total: int
    """Units of `stage` in all; 0 when not known yet."""
    fraction: float
    """Of the whole run, 0.0 to 1.0; never goes back."""


Listener = Callable[[Event], None]


def weights(mp3: bool, measured: bool) -> dict[str, float]:
    """How a run's time divides between its stages, roughly (espeak-ng speaks about five
    times faster than LAME encodes; AAC and Opus are slower still; a single-stream format
    is read once more to measure its loudness unless `measured` is False)."""
    if mp3:
        return {READING: 0.05, SPEAKING: 0.30, ENCODING: 0.65}
    if not measured:
        return {READING: 0.05, SPEAKING: 0.35, ENCODING: 0.60}
    return {READING: 0.05, SPEAKING: 0.25, MEASURING: 0.10, ENCODING: 0.60}


class Tracker:
    """Collects stage updates, from any thread, and tells `listener` each time.

    A stage not in `stage_weights` counts for nothing in the fraction (but is still
    reported). The fraction never decreases, even when a stage starts over (an encode
    done twice)."""

    def __init__(self, listener: Listener | None, stage_weights: Mapping[str, float]) -> None:
        self.listener = listener
        total = sum(stage_weights.values()) or 1.0
        self.weights = {stage: weight / total for stage, weight in stage_weights.items()}
        self.shares: dict[str, float] = {}
        self.fraction = 0.0
        self._lock = threading.Lock()

    def update(self, stage: str, done: int, total: int) -> None:
        """`done` of `total` units of `stage` are finished (`total` 0: not known)."""
        with self._lock:
            if total > 0:
                share = min(1.0, max(0.0, done / total))
                self.shares[stage] = max(share, self.shares.get(stage, 0.0))
            whole = sum(self.weights.get(s, 0.0) * share for s, share in self.shares.items())
            self.fraction = max(self.fraction, min(1.0, whole))
            event = Event(stage, done, total, self.fraction)
            if self.listener:
                self.listener(event)

    def counter(self, stage: str, total: int) -> Callable[[int], None]:
        """A function to call with each new unit count of `stage`, out of `total`."""
        return lambda done: self.update(stage, done, total)
