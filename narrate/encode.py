"""Encode stage: the program's PCM into the output's codec, with the loudness gain.

MP3, the default, is encoded in pieces, as many at once as there are jobs, each by its
own ffmpeg and cached by its content, gain, bitrate and encoder. The pieces' frames are
then joined without re-encoding: an MP3 stream that starts fresh has an empty bit
reservoir, so independently encoded pieces can follow one another frame for frame. Each
piece brings its encoder's delay and padding (a few milliseconds of silence, inside a
pause), which `mp3_starts` accounts for so that chapters and captions stay exact. The
join is written here, behind an ID3 tag and an Info frame: no ffmpeg runs for it.

Other formats are encoded by one ffmpeg fed the whole program as a stream.
"""

from __future__ import annotations

import errno
import os
import shutil
import statistics
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from . import cache, loudness
from .assemble import Piece, stream
from .cache import Cache
from .errors import Destination, NarrateError
from .export import (
    QUIET,
    Chapter,
    Format,
    Tags,
    container,
    id3_tag,
    run,
)
from .loudness import RAW, Gain, Loudness
from .options import DEFAULT_MP3_QUALITY, MP3_QUALITY
from .speak import Take

PIECE_VERSION = 1
"""Part of every encoded piece's key: change it when the piece encoding changes."""
METER_EVERY = 8
"""Until one piece has been measured, each is; after that every eighth. The others are
encoded at their estimate corrected by the measured pieces' mean miss (espeak's level
is steady: ±0.05 LU): measuring took 0.2 s of CPU of the bench article's 1.2 s."""
MP3_FRAME_SAMPLES = 576
"""Samples per MP3 frame at 22050 Hz (MPEG-2 layer III)."""
MP3_LEAD_FRAMES = 576 + 529
"""Where a piece's first sample lands in the joined file, counted from the piece's first
frame: LAME's delay plus the decoder's. The Info frame has no LAME extension, so
decoders trim neither (measured with ffmpeg's decoder)."""
_MP3_OPTIONS = ["-c:a", "libmp3lame", "-write_xing", "0", "-id3v2_version", "0", "-f", "mp3"]


@dataclass(frozen=True)
class Encoded:
    """One encoded MP3 piece in the cache."""

    path: Path
    mp3_frames: int
    size: int
    """Its length in bytes."""

    @property
    def samples(self) -> int:
        """Its length once decoded, delay and padding included."""
        return self.mp3_frames * MP3_FRAME_SAMPLES


def ffmpeg_id(ffmpeg: str) -> str:
    """Names the ffmpeg build for cache keys without running it: file name, size, time."""
    stat = os.stat(ffmpeg)
    return f"{os.path.basename(ffmpeg)} {stat.st_size} {int(stat.st_mtime)}"


class Mp3Encoder:
    """Encodes the pieces of a script to MP3 as their takes come in, up to `jobs` at
    once, each from the cache if it is there. Use as a context manager: leaving it
    stops the encoders still running."""

    def __init__(
        self,
        ffmpeg: str,
        pieces: Sequence[Piece],
        bitrate: str,
        target: float | None,
        limit_db: float,
        store: Cache,
        jobs: int,
        where: Destination,
        piece_done: Callable[[], None] | None = None,
        quality: int = MP3_QUALITY[DEFAULT_MP3_QUALITY],
    ) -> None:
        """`where` is the place pieces are written to, as error messages name it;
        `piece_done` is called (from any thread) as each piece is ready; `quality` is
        LAME's quality level (0 best and slowest, 9 fastest)."""
        self.piece_done, self.quality = piece_done, quality
        self.ffmpeg, self.bitrate, self.store, self.where = ffmpeg, bitrate, store, where
        self.target, self.limit_db = target, limit_db
        self.pieces = list(pieces)
        settings = (target, limit_db, bitrate, ffmpeg_id(ffmpeg), f"q{quality}")
        self.names = [cache.key("mp3", PIECE_VERSION, p.name, *settings) for p in pieces]
        self.done: dict[int, Encoded] = {}
        for number, name in enumerate(self.names):
            found = store.read("pieces", name, ".mp3")
            frames = mp3_frame_count(found[1]) if found else None
            if found and frames:
                self.done[number] = Encoded(found[0], frames, len(found[1]))
        self._pool = ThreadPoolExecutor(max(1, jobs))
        self._futures: dict[int, Future[Encoded]] = {}
        self._waiting: list[Take] = []
        self._next = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._misses: list[float] = []
        """Measured loudness minus aim, of each measured piece."""

    def add(self, take: Take) -> None:
        """The next take in script order; starts its piece once the piece is complete."""
        self._waiting.append(take)
        while self._next < len(self.pieces) and len(self._waiting) >= self.pieces[self._next].count:
            count = self.pieces[self._next].count
            takes, self._waiting = self._waiting[:count], self._waiting[count:]
            if self._next in self.done:
                self._futures[self._next] = _resolved(self.done[self._next])
                if self.piece_done:
                    self.piece_done()
            else:
                self._futures[self._next] = self._pool.submit(self._encode, self._next, takes)
            self._next += 1

    def results(self) -> list[Encoded]:
        """Every piece, once all are encoded. Raises the first encoder's error."""
        return [self._futures[number].result() for number in range(len(self.pieces))]

    def _encode(self, number: int, takes: list[Take]) -> Encoded:
        """Encode one piece at the gain its estimate calls for, corrected by what the
        measured pieces so far missed by. A measured piece that misses the target is
        encoded once more at a corrected gain."""
        if self._stop.is_set():
            raise _Stopped
        gain, aim, metered = None, self.target, False
        if self.target is not None:
            with self._lock:
                learned = statistics.fmean(self._misses) if self._misses else None
            metered = learned is None or number % METER_EVERY == 0
            aim = self.target - (learned or 0.0)
            measured = loudness.estimate_stream(stream(takes))
            gain = loudness.choose_gain(measured, aim, self.limit_db)
        made, reached = self._attempt(takes, gain, number, metered)
        if gain and reached and self.target is not None and aim is not None:
            with self._lock:
                self._misses.append(reached.integrated_lufs - aim)
            better = loudness.correct(gain, reached.integrated_lufs, self.target)
            if better:
                made.path.unlink()
                made, _ = self._attempt(takes, better, number, metered=False)
        name = self.names[number]
        gaps = [take.segment.index for take in takes if take.left_out]
        if gaps:  # not under the piece's own name: the next run must encode it again
            name = cache.key(name, "with gaps", *gaps)
            self.store.path("pieces", name, ".mp3").parent.mkdir(parents=True, exist_ok=True)
        path = self.store.commit(made.path, "pieces", name, ".mp3")
        if self.piece_done:
            self.piece_done()
        return replace(made, path=path)

    def _attempt(
        self, takes: list[Take], gain: Gain | None, number: int, metered: bool
    ) -> tuple[Encoded, Loudness | None]:
        """Encode the takes' PCM (streamed from the cache, one take at a time, never held
        whole) to a temporary file in the cache; return it and, when gained and
        `metered`, the loudness it was encoded at."""
        temp = self.store.temp("pieces", self.names[number], ".mp3")
        command = [self.ffmpeg, "-hide_banner", "-nostdin", "-nostats", "-y", *RAW]
        command += ["-i", "pipe:0"]
        if gain and not metered:
            command += gain.options()
        elif gain:
            chain = ",".join([*gain.filters(), "asplit=2[out][meter]"])
            meter = f"[meter]{loudness.ebur128('none')},anullsink"
            command += ["-filter_complex", f"[0:a]{chain};{meter}", "-map", "[out]"]
        command += ["-b:a", self.bitrate, "-compression_level", str(self.quality)]
        command += [*_MP3_OPTIONS, str(temp)]
        try:
            report = run(command, self.where, _until(self._stop, stream(takes)))
            data = temp.read_bytes()
            frames = mp3_frame_count(data)
            if not frames:
                raise self.where.failed("ffmpeg wrote no audio")
            reached = loudness.parse_ebur128(report) if gain and metered else None
            return Encoded(temp, frames, len(data)), reached
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def __enter__(self) -> Mp3Encoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._pool.shutdown(wait=True, cancel_futures=True)


def _resolved(value: Encoded) -> Future[Encoded]:
    future: Future[Encoded] = Future()
    future.set_result(value)
    return future


def _until(stop: threading.Event, chunks: Iterable[bytes]) -> Iterator[bytes]:
    for chunk in chunks:
        if stop.is_set():
            raise _Stopped
        yield chunk


class _Stopped(NarrateError):
    """Another piece failed or the run was interrupted: this one gives up."""


def mp3_starts(encoded: Sequence[Encoded]) -> list[int]:
    """Where each piece's first PCM sample lands in the joined, muxed file."""
    starts, position = [], MP3_LEAD_FRAMES
    for piece in encoded:
        starts.append(position)
        position += piece.samples
    return starts


def write_mp3(
    encoded: Sequence[Encoded], tags: Tags, chapters: Sequence[Chapter], dest: Path
) -> None:
    """`dest`: an ID3 tag with `tags` and `chapters`, the Info frame, then the pieces'
    frames one after another, copied as they are. No ffmpeg: its muxer passes every
    frame between threads, and took 10 s of a 100,000-word book's run to do this."""
    with encoded[0].path.open("rb") as first:
        head = first.read(4)
    with dest.open("wb") as out:
        out.write(id3_tag(tags, chapters))
        out.write(info_frame(head, encoded))
        for piece in encoded:
            with piece.path.open("rb") as source:
                shutil.copyfileobj(_Head(source, piece.size), out, 1 << 20)


class _Head:
    """The first `size` bytes of a file: a cache entry's content, not its checksum."""

    def __init__(self, source: BinaryIO, size: int) -> None:
        self.source, self.left = source, size

    def read(self, wanted: int = -1, /) -> bytes:
        chunk = self.source.read(self.left if wanted < 0 else min(wanted, self.left))
        self.left -= len(chunk)
        return chunk


def encode_stream(
    ffmpeg: str,
    source: Callable[[], Iterable[bytes]],
    fmt: Format,
    bitrate: str | None,
    gain: Gain | None,
    target: float | None,
    meta: Path,
    tags: Tags,
    dest: Path,
    out: Path,
) -> None:
    """Encode the whole program from `source` into `dest` with one ffmpeg, at `gain`.
    The result is measured and, if it misses `target` or (lossy codecs overshoot) its
    true peak is above -1.1 dBTP, encoded once more with the gain corrected. Errors name
    `out`, the file `dest` will become."""
    inputs, options = container(fmt, meta, tags)
    command = [ffmpeg, *QUIET, *RAW, "-i", "pipe:0", *inputs, *options, "-c:a", fmt.codec]
    command += fmt.options
    if fmt.bitrate:
        command += ["-b:a", bitrate or fmt.bitrate]
    tail = ["-f", fmt.muxer, str(dest)]
    where = Destination(str(out))
    run([*command, *(gain.options() if gain else []), *tail], where, source())
    if not dest.exists():  # its folder was removed while ffmpeg wrote to it
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(dest))
    if gain is None or target is None:
        return
    result = loudness.measure_file(ffmpeg, str(dest))
    better = loudness.correct(gain, result.integrated_lufs, target)
    if result.peak_db > -1.1 and gain.limit_db is not None:
        better = better or gain
        better = Gain(better.db, gain.limit_db - (result.peak_db + 1.3))
    if better:
        run([*command, *better.options(), *tail], where, source())


_BITRATES = {
    3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG-1
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2
    0: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2.5
}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def frame_length(head: bytes) -> int | None:
    """The length in bytes of the MPEG layer III frame that starts with `head` (its
    4-byte header); None if `head` is not such a header."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return None
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    bitrate_index, rate_index = head[2] >> 4, (head[2] >> 2) & 3
    if version == 1 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    bitrate = _BITRATES[version][bitrate_index] * 1000
    per_byte = 144 if version == 3 else 72
    return per_byte * bitrate // _RATES[version][rate_index] + ((head[2] >> 1) & 1)


def mp3_frame_count(data: bytes) -> int | None:
    """How many layer III frames `data` holds, if it is nothing but whole frames (as
    written with -write_xing 0 and no ID3 tag); else None."""
    count = position = 0
    while position < len(data):
        length = frame_length(data[position : position + 4])
        if not length:
            return None
        position += length
        count += 1
    return count if position == len(data) and count else None


_XING_FLAGS = 0x7
"""The Info frame holds the frame count, the byte count and the seek table."""


def info_frame(head: bytes, pieces: Sequence[Encoded]) -> bytes:
    """The "Info" frame (a Xing header for constant bitrate) that opens the stream of
    `pieces`, whose first frame header is `head`: their frame count, their byte count
    with this frame's, and a seek table, so that players show the exact length and
    seek straight to a time. Where a player does not know it, it decodes as one frame
    of silence. It has no LAME extension, so no decoder trims samples from the start.
    """
    version, mono = (head[1] >> 3) & 3, head[3] >> 6 == 3
    side_info = (17 if mono else 32) if version == 3 else (9 if mono else 17)
    body = 4 + side_info + 16 + 100
    for index in range(head[2] >> 4, 15):  # a faster frame where the tag does not fit
        header = bytes([0xFF, head[1] | 1, index << 4 | head[2] & 0x0C, head[3] & 0xF3])
        length = frame_length(header) or 0
        if length >= body:
            break
    frames = sum(piece.mp3_frames for piece in pieces)
    total = length + sum(piece.size for piece in pieces)
    toc, first_frame, first_byte = bytearray(), 0, length
    pieces_left = iter(pieces)
    piece = next(pieces_left)
    for percent in range(100):
        wanted = percent * frames // 100
        while wanted >= first_frame + piece.mp3_frames:
            first_frame, first_byte = first_frame + piece.mp3_frames, first_byte + piece.size
            piece = next(pieces_left)
        position = first_byte + (wanted - first_frame) * piece.size // piece.mp3_frames
        toc.append(min(255, position * 256 // total))
    tag = b"Info" + b"".join(n.to_bytes(4, "big") for n in (_XING_FLAGS, frames, total))
    return (header + bytes(side_info) + tag + toc).ljust(length, b"\x00")
