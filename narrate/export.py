"""Export stage: a stream of PCM into one audio file, written atomically with ffmpeg.

This module owns ffmpeg. The output's extension picks the format. The audio goes to a
temporary file beside OUT, which replaces OUT only once ffmpeg has succeeded: a failed
or interrupted run never leaves a partial file at OUT. ffmpeg comes from the
imageio-ffmpeg wheel unless `NARRATE_FFMPEG` names another (`system` for the one on PATH).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
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


FORMATS: dict[str, Format] = {
    ".mp3": Format("mp3", "libmp3lame", "64k"),
    ".wav": Format("wav", "pcm_s16le", None),
    ".flac": Format("flac", "flac", None),
    ".ogg": Format("ogg", "libopus", "32k"),
    ".opus": Format("opus", "libopus", "32k"),
    ".m4a": Format("ipod", "aac", "64k"),
    ".m4b": Format("ipod", "aac", "64k"),
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


def write_audio(
    chunks: Iterable[bytes],
    out: Path,
    sample_rate: int,
    channels: int,
    bitrate: str | None = None,
) -> int:
    """Encode 16-bit PCM `chunks` into OUT and return its size in bytes.

    `sample_rate` and `channels` describe the chunks. OUT is replaced only on success; on
    any failure or interrupt the temporary file is removed and OUT is left as it was.
    """
    fmt = output_format(out)
    command = [ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y"]
    command += ["-f", "s16le", "-ar", str(sample_rate), "-ac", str(channels), "-i", "pipe:0"]
    command += ["-c:a", fmt.codec]
    if fmt.bitrate:
        command += ["-b:a", bitrate or fmt.bitrate]
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(handle)
    command += ["-f", fmt.muxer, temp]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=errors)
        try:
            assert process.stdin is not None
            with contextlib.suppress(BrokenPipeError):
                for chunk in chunks:
                    process.stdin.write(chunk)
                process.stdin.close()
            status = process.wait()
            if status != 0:
                errors.seek(0)
                message = errors.read().decode("utf-8", "replace").strip().splitlines()
                detail = message[-1] if message else f"exit status {status}"
                raise OutputError(f"{out}: could not be written: {detail}")
            os.chmod(temp, _file_mode())  # mkstemp made it private
            os.replace(temp, out)
        except BaseException:
            if process.poll() is None:
                process.kill()
                process.wait()
            with contextlib.suppress(OSError):
                os.remove(temp)
            raise
    return out.stat().st_size


def _file_mode() -> int:
    """The mode a new file gets under the process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
