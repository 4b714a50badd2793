from __future__ import annotations

import audioop
import math
import random

import pytest

from narrate.loudness import (
    LIMITER_LOSS_LU,
    TOLERANCE_LU,
    WEIGHTING_LU,
    Gain,
    Loudness,
    choose_gain,
    correct,
    estimate,
    estimate_stream,
)
from tests.fakes import quiet, tone


def test_estimate_of_a_tone_and_silence() -> None:
    # A sine of amplitude A has an RMS of A/sqrt(2): with amplitude 8000, -15.2 dBFS.
    level = 20 * math.log10(8000 / math.sqrt(2) / 32768) - 0.691 + WEIGHTING_LU
    found = estimate(quiet(2000) + tone(10_000) + quiet(2000))
    assert abs(found.integrated_lufs - level) < 0.2  # silent blocks gated out, edges kept
    assert abs(found.peak_db - 20 * math.log10(8000 / 32768)) < 0.01
    assert estimate(quiet(1000)).integrated_lufs == -math.inf
    assert estimate(b"").integrated_lufs == -math.inf


def _estimate_block_by_block(pcm: bytes) -> float:
    """The gated loudness as BS.1770 states it: every 400 ms block measured whole."""
    block, hop = 8820 * 2, 2205 * 2
    powers = []
    for start in range(0, max(1, len(pcm) - block + 2), hop):
        rms = audioop.rms(pcm[start : start + block], 2)
        if rms and 20 * math.log10(rms / 32768) - 0.691 > -70:
            powers.append((rms / 32768) ** 2)
    kept = [power for power in powers if power > sum(powers) / len(powers) / 10]
    return 10 * math.log10(sum(kept) / len(kept)) - 0.691 + WEIGHTING_LU


@pytest.mark.parametrize("seed", range(5))
def test_estimate_from_hops_equals_block_by_block(seed: int) -> None:
    rng = random.Random(seed)
    pcm = b"".join(
        quiet(rng.uniform(0, 900)) + tone(rng.uniform(30, 3000), amplitude=rng.randrange(50, 30000))
        for _ in range(rng.randrange(1, 30))
    ) + quiet(rng.uniform(0, 100))  # fmt: skip
    found = estimate(pcm).integrated_lufs
    assert abs(found - _estimate_block_by_block(pcm)) < 0.005


@pytest.mark.parametrize(
    ("measured", "gain"),
    [
        (Loudness(-20.0, -10.0), Gain(4.0)),  # peaks stay low: a plain gain
        (Loudness(-20.0, -0.5), Gain(round(4.0 + LIMITER_LOSS_LU, 1), -2.0)),  # limiter too
        (Loudness(-math.inf, -math.inf), None),  # silence is left alone
    ],
)
def test_choose_gain(measured: Loudness, gain: Gain | None) -> None:
    assert choose_gain(measured, -16.0, -2.0) == gain


def test_correct_only_past_the_tolerance() -> None:
    assert correct(Gain(5.0, -2.0), -16.0 - TOLERANCE_LU + 0.05, -16.0) is None
    assert correct(Gain(5.0), -17.0, -16.0) == Gain(6.0)
    better = correct(Gain(5.0, -2.0), -17.0, -16.0)
    assert better is not None and better.db > 6.0 and better.limit_db == -2.0


def test_gain_filters() -> None:
    assert Gain(3.0).options() == ["-af", "volume=3.00dB"]
    assert Gain(3.0, -2.0).filters()[1].startswith("alimiter=limit=0.7943:")


@pytest.mark.parametrize("seed", range(6))
def test_estimate_of_a_stream_equals_that_of_the_joined_pcm(seed: int) -> None:
    rng = random.Random(seed)
    chunks = [
        tone(rng.uniform(0, 900)) if rng.random() < 0.7 else quiet(rng.uniform(0, 500))
        for _ in range(rng.randint(0, 12))
    ]
    assert estimate_stream(chunks) == estimate(b"".join(chunks))
