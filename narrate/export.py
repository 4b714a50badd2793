"""Export stage: a stream of PCM into one audio file, written atomically with ffmpeg.

This module owns ffmpeg. The output's extension picks the format. The audio goes to a
temporary file beside OUT, which replaces OUT only once ffmpeg has succeeded: a failed
or interrupted run never leaves a partial file at OUT. ffmpeg comes from the
imageio-ffmpeg wheel unless `NARRATE_FFMPEG` names another (`system` for the one on PATH).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError, UsageError


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


FORMATS: dict[str, Format] = {
    ".mp3": Format("mp3", "libmp3lame", "64k"),
    ".wav": Format("wav", "pcm_s16le", None),
    ".flac": Format("flac", "flac", None),
    ".ogg": Format("ogg", "libopus", "32k", -3.0),
    ".opus": Format("opus", "libopus", "32k", -3.0),
    ".m4a": Format("ipod", "aac", "64k", -3.0),
    ".m4b": Format("ipod", "aac", "64k", -3.0),
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


def check_output(out: Path, article: str | None) -> None:
    """Fail if OUT can never be written: a directory, a wrong extension, or the input
    article itself. Touches nothing on disk."""
    if out.is_dir():
        raise OutputError(f"{out}: is a directory; give a file name such as {out / 'article.mp3'}")
    output_format(out)
    if article not in (None, "-") and out.exists() and os.path.samefile(out, article):
        raise UsageError(f"{out}: is the input article; choose another output file")


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
    """What players show: written into the file's own tag format by ffmpeg."""

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


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float
    true_peak_dbtp: float


PEAK_CEILING_DB = -1.5
"""A plain gain is used when the peaks stay under this; otherwise the limiter joins in."""


def write_audio(
    chunks: Iterable[bytes],
    out: Path,
    sample_rate: int,
    channels: int,
    bitrate: str | None = None,
    *,
    loudness: float | None = None,
    tags: Tags | None = None,
    chapters: Callable[[], Sequence[Chapter]] | None = None,
    sidecars: Callable[[], Mapping[Path, str]] | None = None,
) -> int:
    """Encode 16-bit PCM `chunks` into OUT and return its size in bytes.

    `sample_rate` and `channels` describe the chunks. The PCM is spooled to a temporary
    folder beside OUT (measuring its loudness on the way), then encoded with one
    whole-program gain that brings it to `loudness` LUFS (None: as it is) with true peaks
    under -1 dBTP, with `tags` and the `chapters` (asked for once the chunks are spent).
    The text files `sidecars` returns are written beside it. OUT and the sidecars are
    replaced only on success; on any failure or interrupt nothing is left behind.
    """
    fmt = output_format(out)
    ffmpeg = ffmpeg_path()
    raw = ["-f", "s16le", "-ar", str(sample_rate), "-ac", str(channels)]
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        pcm = work / "audio.pcm"
        measured = _spool(chunks, pcm, ffmpeg, raw, measure=loudness is not None)
        meta = work / "metadata.txt"
        meta.write_text(ffmetadata(tags or Tags(), chapters() if chapters else []), "utf-8")
        encoded = work / ("audio" + out.suffix)
        command = [ffmpeg, *_QUIET, *raw, "-i", str(pcm), "-i", str(meta)]
        cover = tags.cover if tags and fmt.muxer in ("mp3", "ipod") else None
        if cover:  # ffmpeg keeps MP3 chapters in order where mutagen reorders them
            command += ["-i", str(cover)]
        # ffmpeg's Ogg muxer writes chapter comments a second late (measured): none there.
        chaptered = "-1" if fmt.muxer in ("ogg", "opus") else "1"
        command += ["-map", "0:a", "-map_metadata", "1", "-map_chapters", chaptered]
        if cover:
            command += ["-map", "2:v", "-c:v", "copy", "-disposition:v:0", "attached_pic"]
        command += ["-c:a", fmt.codec]
        if fmt.bitrate:
            command += ["-b:a", bitrate or fmt.bitrate]
        if fmt.muxer == "mp3":
            command += ["-id3v2_version", "3"]
        tail = ["-f", fmt.muxer, str(encoded)]
        gain = None
        if measured and loudness is not None:
            gain = _plan_gain(ffmpeg, [*raw, "-i", str(pcm)], measured, loudness, fmt.limit_db)
        _run([*command, *(gain.options() if gain else []), *tail], out)
        if gain and loudness is not None and fmt.bitrate:
            # A lossy codec shifts loudness and peaks a little: check, and redo once if off.
            result = measure_loudness(ffmpeg, ["-i", str(encoded)])
            miss = loudness - result.integrated_lufs
            if abs(miss) > 0.4 or result.true_peak_dbtp > -1.1:
                lower = max(0.0, result.true_peak_dbtp + 1.3)
                limit = None if gain.limit_db is None else gain.limit_db - lower
                gain = Gain(gain.db + miss, limit)
                _run([*command, *gain.options(), *tail], out)
        if tags and tags.cover and fmt.muxer in ("flac", "ogg", "opus"):
            embed_cover(encoded, tags.cover)
        if tags and tags.comment and fmt.muxer == "mp3":
            comment_mp3(encoded, tags.comment)
        texts = sidecars() if sidecars else {}
        ready = []
        for number, (path, text) in enumerate(texts.items()):
            temp = work / f"sidecar{number}"
            temp.write_text(text, "utf-8")
            ready.append((temp, path))
        for temp, path in [*ready, (encoded, out)]:
            os.chmod(temp, _file_mode())
            os.replace(temp, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out.stat().st_size


_QUIET = ["-hide_banner", "-nostdin", "-loglevel", "error", "-y"]


def _run(command: list[str], out: Path) -> str:
    """Run ffmpeg; return its stderr. Raises OutputError with ffmpeg's last line on failure."""
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True)
    errors = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        lines = errors.strip().splitlines()
        detail = lines[-1] if lines else f"exit status {done.returncode}"
        raise OutputError(f"{out}: could not be written: {detail}")
    return errors


def _ebur128(peak: bool = True) -> str:
    """ffmpeg's EBU R128 meter, printing only its summary at the default log level."""
    return f"ebur128=peak={'true' if peak else 'none'}:framelog=verbose"


def _spool(
    chunks: Iterable[bytes], pcm: Path, ffmpeg: str, raw: list[str], measure: bool
) -> Loudness | None:
    """Write the chunks to `pcm`, feeding a measuring ffmpeg alongside when asked."""
    process = None
    with tempfile.TemporaryFile() as errors:
        try:
            if measure:
                process = subprocess.Popen(
                    [ffmpeg, *_METER, *raw, "-i", "pipe:0", "-af", _ebur128(), "-f", "null", "-"],
                    stdin=subprocess.PIPE,
                    stderr=errors,
                )
            with pcm.open("wb") as spool:
                for chunk in chunks:
                    spool.write(chunk)
                    if process is not None and process.stdin is not None:
                        try:
                            process.stdin.write(chunk)
                        except BrokenPipeError:
                            raise OutputError("cannot measure loudness: ffmpeg stopped") from None
            if process is None or process.stdin is None:
                return None
            process.stdin.close()
            status = process.wait()
            errors.seek(0)
            report = errors.read().decode("utf-8", "replace")
            if status != 0:
                raise OutputError(f"cannot measure loudness: {report.strip().splitlines()[-1:]}")
            return parse_ebur128(report)
        finally:
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()


_METER = ["-hide_banner", "-nostats", "-nostdin"]


def parse_ebur128(report: str) -> Loudness:
    """Integrated loudness and true peak from the summary ffmpeg's ebur128 filter prints."""
    summary = report[report.rfind("Summary:") :]
    integrated = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    peak = re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    if not integrated:
        raise OutputError("cannot measure loudness: ffmpeg printed no ebur128 summary")
    return Loudness(float(integrated.group(1)), float(peak.group(1)) if peak else 0.0)


def measure_loudness(
    ffmpeg: str, inputs: list[str], filters: Sequence[str] = (), peak: bool = True
) -> Loudness:
    """Loudness of an input ffmpeg can read, after `filters`. Without `peak` the true
    peak is not measured (twice as fast) and reads as 0."""
    chain = ",".join([*filters, _ebur128(peak)])
    command = [ffmpeg, *_METER, *inputs, "-af", chain, "-f", "null", "-"]
    done = subprocess.run(command, capture_output=True)
    return parse_ebur128(done.stderr.decode("utf-8", "replace"))


@dataclass(frozen=True)
class Gain:
    """The whole-program loudness change: a gain, and a limiter ceiling when one is needed."""

    db: float
    limit_db: float | None = None

    def filters(self) -> list[str]:
        """ffmpeg audio filters applying it (the limiter compensates its own delay)."""
        filters = [f"volume={self.db:.2f}dB"]
        if self.limit_db is not None:
            limit = 10 ** (self.limit_db / 20)
            filters.append(
                f"alimiter=limit={limit:.4f}:attack=2:release=50:level=false:latency=true"
            )
        return filters

    def options(self) -> list[str]:
        return ["-af", ",".join(self.filters())]


def _plan_gain(
    ffmpeg: str, source: list[str], measured: Loudness, target: float, limit_db: float
) -> Gain | None:
    """One gain for the whole program to reach `target` LUFS; a limiter too if the peaks
    would pass `PEAK_CEILING_DB`, with the gain raised until the limited audio is within
    0.2 LU of the target (the limiter takes loudness off as it takes the peaks off)."""
    if measured.integrated_lufs < -70:  # silence: nothing to scale
        return None
    gain = Gain(target - measured.integrated_lufs)
    if measured.true_peak_dbtp + gain.db <= PEAK_CEILING_DB:
        return gain
    gain = Gain(gain.db, limit_db)
    for _ in range(3):
        limited = measure_loudness(ffmpeg, source, gain.filters(), peak=False)
        miss = target - limited.integrated_lufs
        if abs(miss) < 0.2:
            break
        gain = Gain(gain.db + 1.5 * miss, limit_db)  # more gain, more limiting: aim past it
    return gain


def _escape(value: str) -> str:
    return re.sub(r"([=;#\\\n])", r"\\\1", value)


def ffmetadata(tags: Tags, chapters: Sequence[Chapter]) -> str:
    """Tags and chapters in ffmpeg's FFMETADATA1 format."""
    lines = [";FFMETADATA1"]
    for key in ("title", "artist", "album", "date", "genre", "comment"):
        value = getattr(tags, key)
        if value:
            lines.append(f"{key}={_escape(value)}")
    for chapter in chapters:
        lines += [
            "[CHAPTER]",
            "TIMEBASE=1/1000",
            f"START={round(chapter.start_ms)}",
            f"END={round(chapter.end_ms)}",
            f"title={_escape(chapter.title)}",
        ]
    return "\n".join(lines) + "\n"


def comment_mp3(audio: Path, comment: str) -> None:
    """Store the comment as an ID3 COMM frame, where players look for it (ffmpeg writes
    a TXXX frame). CHAP frames may move in the file; the CTOC keeps their order."""
    from mutagen.id3 import COMM, ID3

    tags = ID3(audio)
    tags.delall("TXXX:comment")
    tags.add(COMM(encoding=3, lang="eng", desc="", text=[comment]))
    tags.save(v2_version=3)


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
    """Embed IMAGE as the front cover of AUDIO (MP3, MP4, FLAC, Ogg) with mutagen."""
    import base64

    import mutagen
    from mutagen.flac import Picture
    from mutagen.id3 import APIC, ID3
    from mutagen.mp4 import MP4Cover

    mime, data = cover_type(image), image.read_bytes()
    tagged = mutagen.File(audio)
    kind = type(tagged).__name__
    if kind == "MP3":
        id3 = ID3(audio)
        id3.add(APIC(encoding=3, mime=mime, type=3, desc="Cover", data=data))
        id3.save(v2_version=3)
        return
    if kind == "MP4":
        form = MP4Cover.FORMAT_JPEG if mime == "image/jpeg" else MP4Cover.FORMAT_PNG
        tagged["covr"] = [MP4Cover(data, imageformat=form)]
    else:
        picture = Picture()
        picture.type, picture.mime, picture.data = 3, mime, data
        if kind == "FLAC":
            tagged.add_picture(picture)
        else:
            tagged["metadata_block_picture"] = [base64.b64encode(picture.write()).decode("ascii")]
    tagged.save()


def _file_mode() -> int:
    """The mode a new file gets under the process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
