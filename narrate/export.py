"""Export stage: output formats, tags and chapters, and writing OUT atomically.

The output's extension picks the format. Everything is made in a hidden folder beside
OUT (`staging`) and renamed to OUT only once complete (`finish`): a failed or
interrupted run never leaves a partial file at OUT. ffmpeg comes from the
imageio-ffmpeg wheel unless `NARRATE_FFMPEG` names another (`system` for the one on PATH).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Destination, OutputError, UsageError
from .options import DEFAULT_MP3_QUALITY as DEFAULT_MP3_QUALITY
from .options import MP3_QUALITY as MP3_QUALITY

AUDIO_MIME_TYPES = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".m4b": "audio/mp4",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".flac": "audio/flac",
    ".wav": "audio/wav",
}
"""The media type of each audio file narrate writes, by extension (feeds, pages, serve)."""


@dataclass(frozen=True)
class Format:
    """How ffmpeg writes one kind of output file."""

    muxer: str
    codec: str
    bitrate: str | None
    """Default bitrate for lossy codecs; None for lossless ones."""
    limit_db: float = -2.0
    """Sample-peak ceiling of the limiter, with room for the codec's overshoot under
    -1 dBTP (AAC and Opus overshoot more than MP3)."""
    codec_loss_lu: float = 0.0
    """Loudness the codec takes off (its low-pass removes what K-weighting counts most):
    aimed for above the target where the encoded file is not measured again."""
    chapters: bool = False
    """Whether the file holds chapters (ffmpeg's Ogg muxer writes them a second late)."""
    cover: bool = True
    """Whether the file can hold a cover image."""
    options: tuple[str, ...] = ()
    """More encoder options."""


FORMATS: dict[str, Format] = {
    ".mp3": Format("mp3", "libmp3lame", "64k", codec_loss_lu=0.5, chapters=True),
    ".wav": Format("wav", "pcm_s16le", None, cover=False),
    # 16-bit as the engine makes it: the gain filters' float output would make it 24-bit.
    ".flac": Format("flac", "flac", None, options=("-sample_fmt", "s16")),
    ".ogg": Format("ogg", "libopus", "32k", -3.0),
    ".opus": Format("opus", "libopus", "32k", -3.0),
    ".m4a": Format("ipod", "aac", "64k", -3.0, chapters=True),
    # An audiobook: players that file books apart from music look at the major brand.
    ".m4b": Format("ipod", "aac", "64k", -3.0, chapters=True, options=("-brand", "M4B ")),
}
DEFAULT_EXTENSION = ".mp3"


def output_format(out: Path) -> Format:
    """The format for OUT's extension, or UsageError listing the ones there are."""
    try:
        return FORMATS[out.suffix.lower()]
    except KeyError:
        known = ", ".join(FORMATS)
        what = f"extension {out.suffix!r}" if out.suffix else "no extension"
        raise UsageError(
            f"{out}: {what} is not an audio format narrate writes; use one of {known}"
        ) from None


BITRATES_KBPS: dict[str, tuple[int, int]] = {
    "libmp3lame": (8, 160),
    "libopus": (6, 256),
    "aac": (8, 128),
}
"""The bitrates, in kbit/s, each lossy encoder really writes for narrate's mono audio
(MP3 at 22,050 Hz is MPEG-2, which stops at 160; AAC at 22,050 Hz clamps near 132;
libopus refuses over 256 for one channel). Outside them ffmpeg clamps without a word."""


def checked_bitrate(bitrate: str | None, out: Path) -> str | None:
    """`bitrate` ("48k", "48000") in ffmpeg's form ("48k"), or None for the format's
    default. Raises UsageError, with the range OUT's format accepts, for anything that
    is not a bitrate, one out of range, or a bitrate for a lossless format."""
    if bitrate is None:
        return None
    fmt = output_format(out)
    low, high = BITRATES_KBPS.get(fmt.codec, (0, 0))
    if not high:
        raise UsageError(
            f"--bitrate {bitrate}: {out.suffix} is lossless and has no bitrate; leave it out"
        )
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(k?)(?:bps|b)?\s*", bitrate, re.IGNORECASE)
    kbps = (float(found[1]) / (1 if found[2] else 1000)) if found else None
    if kbps is None or not low <= kbps <= high:
        raise UsageError(
            f"--bitrate {bitrate}: give a bitrate from {low}k to {high}k for {out.suffix} "
            f"(such as {fmt.bitrate})"
        )
    return f"{round(kbps * 1000)}" if kbps != int(kbps) else f"{int(kbps)}k"


def check_output(out: Path, article: str | None) -> None:
    """Fail if OUT can never be written: a directory, a wrong extension, or the input
    article itself. Touches nothing on disk."""
    if out.is_dir():
        raise OutputError(f"{out}: is a directory; give a file name such as {out / 'article.mp3'}")
    output_format(out)
    check_outputs({out: "the audio"}, article)


def check_outputs(
    outputs: Mapping[Path, str],
    article: str | None,
    advice: str = "choose another output file with -o",
) -> None:
    """Fail, before any work, if a file narrate is to write (audio, captions, transcript,
    any artifact: the keys of `outputs`, each with what it holds) is a directory or the
    input article itself, also through a symbolic or hard link. Touches nothing on disk.
    Raises OutputError (a directory) or UsageError (the input: exit 2, as for any option
    that cannot work) naming the file."""
    source = _identity(article) if article not in (None, "-") else None
    for path, what in outputs.items():
        if path.is_dir():
            raise OutputError(
                f"{path}: is a directory; cannot write {what} there; choose another -o"
            )
        if source is not None and _identity(path) == source:
            raise UsageError(
                f"{path}: is the input article; narrate would write {what} over it; {advice}"
            )


def _identity(path: str | Path | None) -> tuple[int, int] | None:
    """The device and inode a path leads to, or None if it leads nowhere."""
    try:
        found = os.stat(path) if path is not None else None
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino) if found else None


def check_name(out: Path) -> None:
    """Raise OutputError if a part of OUT's path is longer than its file system allows
    (255 bytes on most), before anything looks at or writes that path."""
    folder = out.parent
    while folder != folder.parent and not _is_dir(folder):
        folder = folder.parent
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # no pathconf (Windows), or no answer
        limit = 255
    for part in out.parts:
        size = len(os.fsencode(part))
        if size > limit:
            raise OutputError(
                f"{part[:40]}...: a name of {size} bytes, over the file system's limit of "
                f"{limit}; choose a shorter -o"
            )


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long, a loop
        return False


def through_link(out: Path) -> Path:
    """Where OUT really is: a symbolic link's target, so that the link the user made
    stays and the file it points to is replaced. Raises OutputError if that is not a
    regular file (a device, a FIFO, a link loop)."""
    if not out.is_symlink():
        return out
    target = Path(os.path.realpath(out))  # not strict: never raises, stops at a loop
    if out.exists() and not target.is_file():
        raise OutputError(f"{out}: links to {target}, not a regular file; choose another -o")
    if not out.exists() and (target.is_symlink() or target.exists()):
        raise OutputError(f"{out}: is a link that leads nowhere (a loop?); choose another -o")
    return target


def prepare_folder(out: Path) -> None:
    """Create OUT's folder if needed; fail if it cannot be created or written."""
    folder = out.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the output folder ({exc.strerror})") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: the output folder is not writable; choose another with -o")


def ffmpeg_path() -> str:
    """The ffmpeg binary to run: NARRATE_FFMPEG if set ("system" means PATH), else the
    one bundled with imageio-ffmpeg. Raises OutputError when there is none."""
    choice = os.environ.get("NARRATE_FFMPEG", "")
    if choice.lower() == "system":
        found = shutil.which("ffmpeg")
        if not found:
            raise OutputError("NARRATE_FFMPEG=system but no ffmpeg is on PATH; unset it")
        return found
    if choice:
        if not os.access(choice, os.X_OK):
            raise OutputError(f"NARRATE_FFMPEG={choice} is not an executable file; unset it")
        return choice
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError) as exc:
        raise OutputError(
            f"no ffmpeg found ({exc}); run 'pip install --force-reinstall imageio-ffmpeg'"
        ) from None


@dataclass(frozen=True)
class Tags:
    """What players show: written into the file's own tag format (by ffmpeg, or for
    MP3 by `id3_tag`)."""

    title: str | None = None
    artist: str | None = None
    album: str | None = None
    date: str | None = None
    genre: str | None = "Speech"
    comment: str | None = None
    cover: Path | None = None
    """A JPEG or PNG image, embedded as the front cover (not in WAV)."""


@dataclass(frozen=True)
class Chapter:
    title: str
    start_ms: float
    end_ms: float


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A hidden temporary folder beside OUT for the run's files; removed afterwards,
    whatever happens. Files renamed from it to OUT are atomic (same file system).

    Its name is short whatever OUT's (a hash of OUT's name), so any name the file
    system takes for OUT works. The run holds a lock on it while it lives; folders a
    killed run left for the same OUT (SIGKILL, power loss) are removed by the next run
    as soon as no process holds their lock (where there are no such locks, once they
    are an hour old)."""
    with _locked(out.parent, blocking=True):  # no other run between its mkdtemp and lock
        _remove_stale_staging(out)
        work = Path(tempfile.mkdtemp(prefix=_staging_prefix(out), dir=out.parent))
        owner = _lock(work, blocking=False)
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if owner is not None:
            os.close(owner)


STALE_STAGING_S = 3600
"""Where locks are not to be had (no fcntl), a staging folder this old is stale."""


def _staging_prefix(out: Path) -> str:
    name = os.fsencode(out.name)
    return f".narrate-{hashlib.blake2b(name, digest_size=6).hexdigest()}-"


def _lock(path: Path, blocking: bool) -> int | None:
    """An open descriptor of `path` holding an exclusive lock on it, or None if another
    process holds it (or locks cannot be had here). Closing it releases the lock."""
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError:
        os.close(handle)
        return None
    return handle


@contextmanager
def _locked(path: Path, blocking: bool) -> Iterator[None]:
    handle = _lock(path, blocking)
    try:
        yield
    finally:
        if handle is not None:
            os.close(handle)


def _remove_stale_staging(out: Path) -> None:
    """Remove the staging folders for OUT that no running process owns, and those of
    older versions of narrate (named after OUT) once they are an hour old."""
    ours = re.compile(rf"{re.escape(_staging_prefix(out))}[a-z0-9_]{{8}}")
    older = re.compile(rf"\.{re.escape(out.name)}\.[a-z0-9_]{{8}}")
    try:
        import fcntl  # noqa: F401
    except ImportError:
        locks = False
    else:
        locks = True
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(out.parent):
            if not entry.is_dir(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_STAGING_S
            if ours.fullmatch(entry.name) and locks:
                unowned = _lock(Path(entry.path), blocking=False)
                if unowned is not None:  # its run is gone: we hold the lock now
                    shutil.rmtree(entry.path, ignore_errors=True)
                    os.close(unowned)
            elif (ours.fullmatch(entry.name) or older.fullmatch(entry.name)) and old:
                shutil.rmtree(entry.path, ignore_errors=True)


def container(
    fmt: Format, meta: Path, tags: Tags, first_input: int = 1
) -> tuple[list[str], list[str]]:
    """ffmpeg inputs and output options that add `tags`, the chapters from the
    ffmetadata file `meta` (input number `first_input`) and, for MP4, the cover. Not
    for MP3, whose tag `id3_tag` makes."""
    inputs = ["-i", str(meta)]
    cover = tags.cover if fmt.muxer == "ipod" else None
    if cover:
        inputs += ["-i", str(cover)]
    chaptered = str(first_input) if fmt.chapters else "-1"
    options = ["-map", "0:a", "-map_metadata", str(first_input), "-map_chapters", chaptered]
    options += metadata_options(tags)
    if cover:
        options += ["-map", f"{first_input + 1}:v", "-c:v", "copy"]
        options += ["-disposition:v:0", "attached_pic"]
    return inputs, options


def metadata_options(tags: Tags) -> list[str]:
    """The tags as ffmpeg `-metadata key=value` options: taken as they are, where an
    FFMETADATA file cannot hold a value that ends in a backslash (ffmpeg 9's reader
    takes the escaped backslash for a line continuation)."""
    options = []
    for key in TAG_KEYS:
        value = getattr(tags, key)
        if value:
            options += ["-metadata", f"{key}={value}"]
    return options


TAG_KEYS = ("title", "artist", "album", "date", "genre", "comment")


def write_metadata(work: Path, chapters: Sequence[Chapter]) -> Path:
    meta = work / "metadata.txt"
    meta.write_text(ffmetadata(chapters), "utf-8")
    return meta


def finish(encoded: Path, out: Path, fmt: Format, tags: Tags, sidecars: Mapping[Path, str]) -> int:
    """Add what ffmpeg could not (Ogg/FLAC cover), then move the encoded file to OUT and
    the `sidecars` texts beside it; return OUT's size."""
    if tags.cover and fmt.muxer in ("flac", "ogg", "opus"):
        embed_cover(encoded, tags.cover)
    ready = []
    for number, (path, text) in enumerate(sidecars.items()):
        temp = encoded.with_name(f"sidecar{number}")
        temp.write_text(text, "utf-8")
        ready.append((temp, path))
    for temp, path in [*ready, (encoded, out)]:
        os.chmod(temp, _file_mode())
        os.replace(temp, path)
    return out.stat().st_size


QUIET = ["-hide_banner", "-nostdin", "-loglevel", "error", "-y"]


def run(command: list[str], where: Destination, stdin: Iterable[bytes] = ()) -> str:
    """Run ffmpeg, feeding it `stdin`; return what it printed. Raises OutputError naming
    `where` with what ffmpeg's last line means; kills ffmpeg if feeding it raises."""
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=errors)
        assert process.stdin is not None
        try:
            with contextlib.suppress(BrokenPipeError):  # ffmpeg stopped: its status says why
                for chunk in stdin:
                    process.stdin.write(chunk)
            with contextlib.suppress(BrokenPipeError):
                process.stdin.close()
            status = process.wait()
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        errors.seek(0)
        report = errors.read().decode("utf-8", "replace")
        if status != 0:
            lines = report.strip().splitlines()
            detail = lines[-1] if lines else f"ffmpeg's exit status {status}"
            detail = re.sub(r"^\[[^]]*\] ", "", detail)  # "[out#0/mp3 @ 0x55...] "
            raise where.failed(detail)
        return report


def _escape(value: str) -> str:
    """A value for an FFMETADATA file: `=`, `;`, `#`, backslash and newline escaped.
    Trailing backslashes are left out: ffmpeg's reader would join the next line."""
    return re.sub(r"([=;#\\\n])", r"\\\1", value.rstrip("\\"))


def ffmetadata(chapters: Sequence[Chapter]) -> str:
    """Chapters in ffmpeg's FFMETADATA1 format (the tags go as `metadata_options`)."""
    lines = [";FFMETADATA1"]
    for chapter in chapters:
        lines += [
            "[CHAPTER]",
            "TIMEBASE=1/1000",
            f"START={round(chapter.start_ms)}",
            f"END={round(chapter.end_ms)}",
            f"title={_escape(chapter.title)}",
        ]
    return "\n".join(lines) + "\n"


def id3_tag(tags: Tags, chapters: Sequence[Chapter]) -> bytes:
    """An ID3v2.3 tag to put before an MP3 stream: the tags, the comment as a COMM
    frame (where players look for it), the cover as the front cover, and the chapters
    as CHAP frames in time order, listed in that order by a CTOC. mutagen sorts the
    frames it saves by their size, which put chapters out of order for readers that go
    by the frames (ffmpeg); so each CHAP frame is made alone and they are appended in
    order. Made in memory, so a failed write is the caller's plain OSError."""
    from mutagen.id3 import APIC, CHAP, COMM, CTOC, ID3, TALB, TCON, TDRC, TIT2, TPE1, CTOCFlags

    id3 = ID3()
    for frame, value in (
        (TIT2, tags.title), (TPE1, tags.artist), (TALB, tags.album), (TDRC, tags.date),
        (TCON, tags.genre),
    ):  # fmt: skip
        if value:
            id3.add(frame(encoding=3, text=[value]))
    if tags.comment:
        id3.add(COMM(encoding=3, lang="eng", desc="", text=[tags.comment]))
    if tags.cover:
        mime, data = cover_type(tags.cover), tags.cover.read_bytes()
        id3.add(APIC(encoding=3, mime=mime, type=3, desc="Cover", data=data))
    ids = [f"ch{number}" for number in range(len(chapters))]
    if chapters:
        flags = CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED
        id3.add(CTOC(element_id="toc", flags=flags, child_element_ids=ids, sub_frames=[]))
    frames = [_frames(id3)]
    for element, chapter in zip(ids, chapters, strict=True):
        alone = ID3()
        alone.add(
            CHAP(
                element_id=element,
                start_time=round(chapter.start_ms),
                end_time=round(chapter.end_ms),
                start_offset=0xFFFFFFFF,  # no byte offsets: players go by the times
                end_offset=0xFFFFFFFF,
                sub_frames=[TIT2(encoding=3, text=[chapter.title])],
            )
        )
        frames.append(_frames(alone))
    body = b"".join(frames)
    size = bytes((len(body) >> shift) & 0x7F for shift in (21, 14, 7, 0))  # synchsafe
    return b"ID3\x03\x00\x00" + size + body


def _frames(id3: Any) -> bytes:
    """The frames of an ID3v2.3 tag as mutagen writes them, without header or padding."""
    import io

    tag = io.BytesIO()
    id3.save(tag, v2_version=3, padding=lambda info: 0)
    return tag.getvalue()[10:]


def cover_type(image: Path) -> str:
    """The MIME type of a cover image (JPEG or PNG). Raises UsageError otherwise."""
    try:
        with image.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UsageError(f"{image}: cannot read the cover image ({exc.strerror})") from None
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    raise UsageError(f"{image}: the cover must be a JPEG or PNG image")


def embed_cover(audio: Path, image: Path) -> None:
    """Embed IMAGE as the front cover of AUDIO, a FLAC or Ogg file, with mutagen (MP3's
    cover is in `id3_tag`, MP4's is ffmpeg's). A failed write raises its OSError."""
    import base64

    import mutagen
    from mutagen.flac import Picture

    picture = Picture()
    picture.type, picture.mime, picture.data = 3, cover_type(image), image.read_bytes()
    tagged = mutagen.File(audio)
    if type(tagged).__name__ == "FLAC":
        tagged.add_picture(picture)
    else:
        tagged["metadata_block_picture"] = [base64.b64encode(picture.write()).decode("ascii")]
    try:
        tagged.save()
    except mutagen.MutagenError as exc:  # mutagen wraps the OSError of a failed write
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, OSError):
            raise cause from None
        raise


def _file_mode() -> int:
    """The mode a new file gets under the process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
