from __future__ import annotations

import errno
import multiprocessing
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import NoReturn

import mutagen
import pytest

from narrate.errors import Destination, OutputError, UsageError
from narrate.export import (
    FORMATS,
    QUIET,
    check_name,
    check_output,
    checked_bitrate,
    ffmpeg_path,
    output_format,
    prepare_folder,
    run,
    staging,
    through_link,
)
from narrate.loudness import RAW
from narrate.pipeline import Settings, narrate
from narrate.progress import SPEAKING, Event
from tests.fakes import SAMPLE_RATE, FakeEngine, quiet

EXPECTED = {  # extension: (mutagen class name, sample rate mutagen reports)
    ".mp3": ("MP3", SAMPLE_RATE),
    ".wav": ("WAVE", SAMPLE_RATE),
    ".flac": ("FLAC", SAMPLE_RATE),
    ".ogg": ("OggOpus", 48000),
    ".opus": ("OggOpus", 48000),
    ".m4a": ("MP4", SAMPLE_RATE),
    ".m4b": ("MP4", SAMPLE_RATE),
}


def test_every_format_is_tested() -> None:
    assert set(EXPECTED) == set(FORMATS)


TWO_SECONDS = "One two three four five six."
"""About two seconds at 180 words a minute: 22 letters."""


@pytest.fixture
def two_seconds(tmp_path: Path) -> str:
    article = tmp_path / "in" / "story.txt"
    article.parent.mkdir()
    article.write_text(TWO_SECONDS + "\n")
    return str(article)


def _narrate(article: str, out: Path, bitrate: str | None = None, jobs: int = 1) -> int:
    settings = Settings(rate=180, bitrate=bitrate, jobs=jobs)
    return narrate(article, out, FakeEngine(padded=True), settings).size_bytes


@pytest.mark.parametrize("extension", sorted(EXPECTED))
def test_the_output_has_the_format_its_extension_names(
    tmp_path: Path, extension: str, two_seconds: str
) -> None:
    out = tmp_path / f"story{extension}"
    size = _narrate(two_seconds, out, jobs=2)
    assert size == out.stat().st_size > 0
    audio = mutagen.File(out)
    kind, rate = EXPECTED[extension]
    assert type(audio).__name__ == kind
    assert audio.info.channels == 1
    assert getattr(audio.info, "sample_rate", rate) == rate
    speech = (FakeEngine.speech_ms(TWO_SECONDS, 180) + 40 + 80) / 1000  # tone and margins
    assert abs(audio.info.length - speech) < 0.1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", out.name]  # nothing left over
    assert out.stat().st_mode & 0o044  # readable by others under a usual umask


@pytest.mark.parametrize(("extension", "brand"), [(".m4a", b"M4A "), (".m4b", b"M4B ")])
def test_an_audiobook_says_so_in_its_major_brand(
    tmp_path: Path, extension: str, brand: bytes, two_seconds: str
) -> None:
    out = tmp_path / f"story{extension}"
    _narrate(two_seconds, out)
    assert out.read_bytes()[4:12] == b"ftyp" + brand


def test_encoder_failure_leaves_no_file_and_keeps_the_old_one(
    tmp_path: Path, two_seconds: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the encoder fails on a bitrate the up-front check would have refused
    monkeypatch.setattr("narrate.pipeline.checked_bitrate", lambda bitrate, out: bitrate)
    out = tmp_path / "story.mp3"
    out.write_bytes(b"the user's earlier file")
    with pytest.raises(OutputError, match="could not be written"):
        _narrate(two_seconds, out, bitrate="not-a-bitrate")
    assert out.read_bytes() == b"the user's earlier file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "story.mp3"]


class _Interrupted(FakeEngine):
    def synthesize(self, spoken: str, voice: str, rate: int, volume: float):  # type: ignore[no-untyped-def]
        if len(self.calls) == 2:
            raise KeyboardInterrupt
        return super().synthesize(spoken, voice, rate, volume)


@pytest.mark.parametrize("extension", [".mp3", ".ogg"])
def test_interrupt_mid_run_leaves_no_file(tmp_path: Path, extension: str) -> None:
    article = tmp_path / "story.txt"
    article.write_text("One two three.\n\nFour five six.\n\nSeven eight nine.\n")
    with pytest.raises(KeyboardInterrupt):
        narrate(str(article), tmp_path / f"story{extension}", _Interrupted())
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]


def test_output_format_errors() -> None:
    assert output_format(Path("a.MP3")).muxer == "mp3"
    with pytest.raises(UsageError, match=r"'\.xyz' is not an audio format.*\.mp3"):
        output_format(Path("a.xyz"))
    with pytest.raises(UsageError, match="no extension"):
        output_format(Path("story"))


def test_check_output_errors(tmp_path: Path) -> None:
    article = tmp_path / "story.mp3"
    article.write_text("not really audio")
    with pytest.raises(UsageError, match="is the input article"):
        check_output(article, str(article))
    with pytest.raises(OutputError, match="is a directory"):
        check_output(tmp_path, None)
    check_output(tmp_path / "new" / "x.mp3", None)
    assert not (tmp_path / "new").exists()  # checking touches nothing


@pytest.mark.parametrize(
    ("bitrate", "name", "expected"),
    [
        (None, "a.mp3", None),
        ("64k", "a.mp3", "64k"),
        ("48000", "a.m4a", "48k"),
        ("24K", "a.opus", "24k"),
        ("160k", "a.mp3", "160k"),
        ("6k", "a.ogg", "6k"),
    ],
)
def test_checked_bitrate_accepts_what_the_encoder_writes(
    bitrate: str | None, name: str, expected: str | None
) -> None:
    assert checked_bitrate(bitrate, Path(name)) == expected


@pytest.mark.parametrize(
    ("bitrate", "name", "message"),
    [
        ("abc", "a.mp3", "give a bitrate from 8k to 160k for .mp3"),
        ("192k", "a.mp3", "from 8k to 160k"),  # ffmpeg would write 160k without a word
        ("4k", "a.ogg", "from 6k to 256k for .ogg"),
        ("200k", "a.m4b", "from 8k to 128k for .m4b"),
        ("-64k", "a.mp3", "from 8k to 160k"),
        ("64k", "a.wav", ".wav is lossless"),
    ],
)
def test_checked_bitrate_refuses_with_the_range(bitrate: str, name: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        checked_bitrate(bitrate, Path(name))


def test_check_name_refuses_a_name_over_the_limit(tmp_path: Path) -> None:
    check_name(tmp_path / ("n" * 200 + ".mp3"))
    for too_long in (tmp_path / ("n" * 300 + ".mp3"), tmp_path / ("d" * 300) / "a.mp3"):
        with pytest.raises(OutputError, match="over the file system's limit of"):
            check_name(too_long)


def test_prepare_folder(tmp_path: Path) -> None:
    prepare_folder(tmp_path / "new" / "deeper" / "x.mp3")
    assert (tmp_path / "new" / "deeper").is_dir()
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(OutputError, match="cannot create the output folder"):
        prepare_folder(blocker / "inside" / "x.mp3")


def test_ffmpeg_path_choices(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NARRATE_FFMPEG", raising=False)
    assert Path(ffmpeg_path()).exists()
    monkeypatch.setenv("NARRATE_FFMPEG", str(tmp_path / "nothing"))
    with pytest.raises(OutputError, match="not an executable"):
        ffmpeg_path()
    monkeypatch.setenv("NARRATE_FFMPEG", "system")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(OutputError, match="no ffmpeg is on PATH"):
        ffmpeg_path()


def test_ffmetadata_escapes_and_lists_chapters() -> None:
    from narrate.export import Chapter, ffmetadata

    text = ffmetadata([Chapter("A=B; #1", 0, 1500.4), Chapter("line\\one\nends\\", 1500.4, 3000)])
    assert text.splitlines() == [
        ";FFMETADATA1", "[CHAPTER]", "TIMEBASE=1/1000", "START=0", "END=1500",
        "title=A\\=B\\; \\#1", "[CHAPTER]", "TIMEBASE=1/1000", "START=1500", "END=3000",
        "title=line\\\\one\\", "ends",
    ]  # fmt: skip


@pytest.mark.parametrize("extension", [".m4a", ".ogg", ".flac"])
def test_tags_are_written_exactly_whatever_their_characters(tmp_path: Path, extension: str) -> None:
    """A value ending in a backslash once swallowed the next tag (ffmpeg's reader)."""
    from narrate.export import FORMATS, Chapter, Tags, container, write_metadata

    tags = Tags("Ends in \\", "Ann = B; #1", "Wire\nline two", "2026-11-20", comment="c\\")
    meta = write_metadata(tmp_path, [Chapter("Part \\", 0, 500), Chapter("Two", 500, 1000)])
    inputs, options = container(FORMATS[extension], meta, tags)
    out = tmp_path / f"a{extension}"
    source = ["-f", "lavfi", "-t", "1", "-i", "anullsrc=r=22050:cl=mono"]
    subprocess.run([ffmpeg_path(), *QUIET, *source, *inputs, *options, str(out)], check=True)
    found = mutagen.File(out)
    assert found is not None
    read = {key.lower().lstrip("\xa9"): value for key, value in found.tags.items()}
    names = {"nam": "title", "art": "artist", "alb": "album", "cmt": "comment"}
    names["description"] = "comment"  # what ffmpeg calls it in Ogg
    read = {names.get(key, key): value for key, value in read.items()}
    for key in ("title", "artist", "album", "comment"):
        assert read[key] == [getattr(tags, key)], key


def test_id3_tag_holds_tags_cover_comment_and_ordered_chapters(tmp_path: Path) -> None:
    from mutagen.id3 import ID3

    from narrate.export import Chapter, Tags, id3_tag

    stream = tmp_path / "in.mp3"
    command = [ffmpeg_path(), *QUIET, "-f", "lavfi", "-i", "anullsrc=r=22050:cl=mono", "-t", "30"]
    subprocess.run([*command, "-write_xing", "0", "-id3v2_version", "0", str(stream)], check=True)
    audio = stream.read_bytes()
    cover = tmp_path / "cover.jpg"
    cover.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    # Titles of different lengths: mutagen alone would sort the frames by their size.
    chapters = [
        Chapter(f"Part {n}" + "!" * (n % 5), 2500.4 * n, 2500.4 * (n + 1)) for n in range(12)
    ]
    tags = Tags("Títle", "Ann", "Wire", "2026-11-20", comment="Made", cover=cover)
    stream.write_bytes(id3_tag(tags, chapters) + audio)

    id3 = ID3(stream)
    assert [str(id3[k]) for k in ("TIT2", "TPE1", "TALB", "TCON")] == [
        "Títle",
        "Ann",
        "Wire",
        "Speech",
    ]
    assert "2026" in str(id3.get("TDRC") or id3.get("TYER"))
    assert id3.getall("COMM")[0].text == ["Made"]
    (picture,) = id3.getall("APIC")
    assert (picture.type, picture.mime, picture.data) == (3, "image/jpeg", cover.read_bytes())
    (toc,) = id3.getall("CTOC")
    assert toc.child_element_ids == [f"ch{n}" for n in range(12)]  # in the book's order
    listed = [id3[f"CHAP:{element}"] for element in toc.child_element_ids]
    assert [(c.sub_frames["TIT2"].text[0], c.start_time) for c in listed] == [
        (f"Part {n}" + "!" * (n % 5), round(2500.4 * n)) for n in range(12)
    ]
    read = [ffmpeg_path(), *QUIET, "-i", str(stream), "-f", "ffmetadata", "-"]
    listing = subprocess.run(read, capture_output=True, text=True, check=True).stdout
    starts = [int(line.split("=")[1]) for line in listing.splitlines() if line.startswith("START=")]
    assert starts == sorted(starts) and len(starts) == 12  # ffmpeg goes by the frames' order
    assert "title=Part 11!" in listing


def test_parse_ebur128_reads_the_summary() -> None:
    from narrate.loudness import Loudness, parse_ebur128

    report = (
        "[Parsed_ebur128_0] t: 1 I: -30.0 LUFS\n[Parsed_ebur128_0] Summary:\n\n"
        "  Integrated loudness:\n    I:         -21.0 LUFS\n    Threshold: -31.1 LUFS\n"
        "  True peak:\n    Peak:       -0.6 dBFS\n"
    )
    assert parse_ebur128(report) == Loudness(-21.0, -0.6)


def test_cover_type(tmp_path: Path) -> None:
    from narrate.errors import UsageError
    from narrate.export import cover_type

    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n....")
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8\xff\xe0....")
    (tmp_path / "a.gif").write_bytes(b"GIF89a....")
    assert cover_type(tmp_path / "a.png") == "image/png"
    assert cover_type(tmp_path / "a.jpg") == "image/jpeg"
    with pytest.raises(UsageError, match="must be a JPEG or PNG"):
        cover_type(tmp_path / "a.gif")
    with pytest.raises(UsageError, match="cannot read the cover"):
        cover_type(tmp_path / "missing.png")


# --- writes that fail: a full device, a folder removed, links ----------------------------


def test_ffmpeg_on_a_full_device_says_so() -> None:
    command = [ffmpeg_path(), *QUIET, *RAW, "-i", "pipe:0", "-f", "mp3", "/dev/full"]
    with pytest.raises(OutputError) as caught:
        run(command, Destination("story.mp3"), [quiet(2000)])
    assert str(caught.value) == (
        "story.mp3: could not be written: no space left on the device; "
        "free some space or write elsewhere with -o"
    )


def _no_space(*args: object) -> NoReturn:
    """Stands in for a write on a full disk."""
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_cache_disk_is_named(
    tmp_path: Path, two_seconds: str, monkeypatch: pytest.MonkeyPatch, cache_dir: Path
) -> None:
    monkeypatch.setattr(Path, "write_bytes", _no_space)
    with pytest.raises(OutputError) as caught:
        _narrate(two_seconds, tmp_path / "story.mp3")
    assert str(caught.value) == (
        f"the segment cache in {cache_dir}: could not be written: no space left on the "
        "device; free some space or set NARRATE_CACHE_DIR to another folder, or use --no-cache"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    assert not list(cache_dir.rglob("*.part"))


def test_a_full_disk_while_joining_the_mp3_names_out(
    tmp_path: Path, two_seconds: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "copyfileobj", _no_space)
    with pytest.raises(OutputError) as caught:
        _narrate(two_seconds, tmp_path / "story.mp3")
    assert str(caught.value) == (
        f"{tmp_path / 'story.mp3'}: could not be written: no space left on the device; "
        "free some space or write elsewhere with -o"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_a_full_disk_while_adding_a_flac_cover_names_out(
    tmp_path: Path, two_seconds: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mutagen.flac

    monkeypatch.setattr(mutagen.flac, "resize_bytes", _no_space)
    cover = tmp_path / "in" / "cover.png"
    cover.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    out = tmp_path / "story.flac"
    with pytest.raises(OutputError, match="could not be written: no space left on the device"):
        narrate(two_seconds, out, FakeEngine(padded=True), Settings(rate=180, cover=cover))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_the_output_folder_removed_mid_run(tmp_path: Path, two_seconds: str) -> None:
    out = tmp_path / "out" / "story.mp3"

    def remove_folder(event: Event) -> None:
        if event.stage == SPEAKING:
            shutil.rmtree(out.parent, ignore_errors=True)

    with pytest.raises(OutputError) as caught:
        narrate(two_seconds, out, FakeEngine(), Settings(), remove_folder)
    assert str(caught.value) == (
        f"{out}: could not be written: its folder was removed while narrate was writing; run again"
    )
    assert not out.parent.exists()


def test_a_tiny_file_system_fills_up(tmp_path: Path, sample_article: Path) -> None:
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(tiny)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN)")
    try:
        out = tiny / "story.mp3"
        with pytest.raises(OutputError, match=r"story.mp3: could not be written: no space left"):
            narrate(str(sample_article), out, FakeEngine(padded=True))
        assert list(tiny.iterdir()) == []
    finally:
        subprocess.run(["umount", str(tiny)], check=True)


def test_through_link(tmp_path: Path) -> None:
    plain = tmp_path / "plain.mp3"
    assert through_link(plain) == plain
    (tmp_path / "to-file.mp3").symlink_to("real.mp3")
    assert through_link(tmp_path / "to-file.mp3") == tmp_path / "real.mp3"
    (tmp_path / "to-device.mp3").symlink_to("/dev/full")
    with pytest.raises(OutputError, match="links to /dev/full, not a regular file"):
        through_link(tmp_path / "to-device.mp3")
    (tmp_path / "a.mp3").symlink_to("b.mp3")
    (tmp_path / "b.mp3").symlink_to("a.mp3")
    with pytest.raises(OutputError, match="a link that leads nowhere"):
        through_link(tmp_path / "a.mp3")


def test_narrating_through_a_link_keeps_it(tmp_path: Path, two_seconds: str) -> None:
    (tmp_path / "latest.mp3").symlink_to("story.mp3")
    result = _narrate(two_seconds, tmp_path / "latest.mp3")
    assert (tmp_path / "latest.mp3").is_symlink()
    assert (tmp_path / "story.mp3").stat().st_size == result


def _killed_while_staging(out: str) -> None:
    """A run that dies outright (as by SIGKILL) with its staging folder made."""
    made = staging(Path(out))
    made.__enter__()
    os._exit(9)  # with `made` still referenced: nothing runs its clean-up


def test_staging_folders_a_killed_run_left_are_removed_at_once(tmp_path: Path) -> None:
    out = tmp_path / "story.mp3"
    killed = multiprocessing.Process(target=_killed_while_staging, args=(str(out),))
    killed.start()
    killed.join()
    (left,) = tmp_path.iterdir()  # a fresh folder, but its process is gone
    old_style, fresh_old_style = tmp_path / ".story.mp3.ab12cd_9", tmp_path / ".story.mp3.zz99yy00"
    other = tmp_path / ".story.mp3.notours"  # not a name staging makes
    for folder in (old_style, fresh_old_style, other):
        folder.mkdir()
        (folder / "audio.mp3").write_bytes(b"half")
    hours_ago = time.time() - 2 * 3600
    os.utime(old_style, (hours_ago, hours_ago))  # an older narrate's, an hour old
    os.utime(other, (hours_ago, hours_ago))
    with staging(out) as running:
        with staging(out) as work:  # another run for the same OUT meanwhile
            assert running.exists()  # owned: left alone
        assert not work.exists()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([fresh_old_style.name, other.name])
    assert not left.exists()


def test_a_long_output_name_has_a_short_staging_folder(tmp_path: Path, two_seconds: str) -> None:
    out = tmp_path / ("n" * 251 + ".mp3")  # 255 bytes, the most most file systems take
    with staging(out) as work:
        assert len(work.name) < 40
    assert _narrate(two_seconds, out) == out.stat().st_size
