"""What checking every cache entry's checksum costs a warm run (everything cached).

    python bench/checksum.py              # the ferry sample, 9 warm runs of each kind
    python bench/checksum.py --runs 15 --article text/night-train.md

One cold run fills a temporary cache; then warm runs of `pipeline.narrate` alternate
with and without the check (without: the trailer is stripped unread), in this process,
so that both see the same machine. Prints the medians, their difference, and how many
bytes of entries a warm run reads; and the raw speed of CRC-32 against BLAKE2b, the
other candidate. On a shared machine the figures are noisy: look at the difference.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrate import cache  # noqa: E402
from narrate.engines.espeak import Pyttsx3Engine  # noqa: E402
from narrate.pipeline import Settings, narrate  # noqa: E402


def unchecked(data: bytes) -> bytes | None:
    """The baseline: the entry's content without reading its checksum."""
    return data[: -cache.TRAILER_SIZE] if len(data) >= cache.TRAILER_SIZE else None


def throughput(function: object, data: bytes) -> float:
    """MB/s, median of 7."""
    times = []
    for _ in range(7):
        start = time.perf_counter()
        function(data)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return len(data) / statistics.median(times) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--article", default=str(ROOT / "text" / "harbour-ferry.txt"))
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ[cache.DIR_ENV] = str(Path(folder, "cache"))
        out = Path(folder, "out.mp3")
        engine = Pyttsx3Engine()
        settings = Settings(jobs=1)
        narrate(options.article, out, engine, settings)  # cold: fills the cache
        checked = cache.verified
        kinds = {"checked": checked, "unchecked": unchecked}
        times: dict[str, list[float]] = {name: [] for name in kinds}
        for _ in range(options.runs):
            for name, function in kinds.items():
                cache.verified = function  # type: ignore[assignment]
                start = time.perf_counter()
                result = narrate(options.article, out, engine, settings)
                times[name].append(time.perf_counter() - start)
                assert result.cached == result.segments
        cache.verified = checked
        engine.close()
        entries = [p for p in Path(folder, "cache").rglob("*") if p.suffix in (".clip", ".mp3")]
        read = sum(p.stat().st_size for p in entries)
    with_check, without = (statistics.median(times[name]) for name in kinds)
    print(
        f"warm run, {options.runs} runs each, medians ({len(entries)} entries, {read / 1e6:.1f} MB)"
    )
    print(f"  checksums checked     {with_check * 1000:7.1f} ms")
    print(f"  not checked           {without * 1000:7.1f} ms")
    print(f"  cost                  {(with_check - without) * 1000:7.1f} ms "
          f"({(with_check / without - 1) * 100:+.1f}%)")  # fmt: skip
    data = os.urandom(32 * 1024 * 1024)
    crc = throughput(zlib.crc32, data)
    blake = throughput(lambda d: hashlib.blake2b(d, digest_size=16).digest(), data)
    print(f"  CRC-32 {crc:,.0f} MB/s, BLAKE2b {blake:,.0f} MB/s")


if __name__ == "__main__":
    main()
