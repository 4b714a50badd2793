from __future__ import annotations

import io
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import mutagen
import pytest
from click.testing import CliRunner, Result

from narrate import cli
from narrate.audio_tools import Audio
from narrate.engines.base import Voice
from narrate.engines.espeak import Pyttsx3Engine
from narrate.errors import EngineError
from narrate.progress import ENCODING, READING, SPEAKING, Event
from narrate.segment import Pauses
from tests.fakes import FakeEngine, RefusesWord
from tests.pageserver import PageServer, Reply, bypass_proxies, page_server

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    engine = FakeEngine()
    monkeypatch.setattr(cli, "make_engine", lambda: engine)
    monkeypatch.setattr(cli, "worker_engine", lambda: None)  # all in this process
    return engine


@pytest.fixture(autouse=True)
def still_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The progress display's clock stands still: no status line, however slow the run."""
    monkeypatch.setattr(cli, "clock", lambda: 0.0)


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), input=stdin)


# --- help and small commands -----------------------------------------------------------


def test_help_shows_options_commands_and_examples() -> None:
    for flag in ("--help", "-h"):
        result = run(flag)
        assert result.exit_code == 0
        for expected in (
            "Usage: narrate [OPTIONS] ARTICLE",
            "--voice",
            "--rate",
            "--output",
            "--version",
            "script",
            "voices",
            "Examples:",
            "narrate text/",
        ):
            assert expected in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert re.fullmatch(r"narrate, version \d+\.\d+\.\d+\n", result.stdout)


def test_voices_lists_and_filters() -> None:
    result = run("voices")
    assert result.exit_code == 0
    assert "gmw/en-us" in result.stdout and "roa/fr" in result.stdout
    assert "Variants" in result.stdout
    filtered = run("voices", "french")
    assert filtered.stdout.strip().splitlines() == [
        line for line in result.stdout.splitlines() if "French" in line
    ]
    nothing = run("voices", "zzzz")
    assert nothing.exit_code == 1 and nothing.stdout == ""
    assert nothing.stderr == (
        "narrate: error: no voice matches 'zzzz'; 'narrate voices' lists them all\n"
    )


def test_script_prints_one_spoken_segment_a_line(sample_article: Path) -> None:
    result = run("script", str(sample_article))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Storm-battered island ferry returns as town counts the cost."
    assert lines[2] == "Port Ellis, Norway."
    assert not any("Editing by" in line or "Brought to you" in line for line in lines)
    left_out = [line for line in result.stderr.splitlines() if "left out" in line]
    assert len(left_out) == 2
    assert left_out[0].startswith("narrate: left out: (Reporting by ")
    assert left_out[1] == "narrate: left out: Brought to you by"


def test_script_json_fields(sample_article: Path) -> None:
    result = run("script", "--json", str(sample_article))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["index"] for row in rows] == list(range(len(rows)))
    assert {"index", "paragraph", "kind", "text", "spoken"} <= set(rows[0])
    assert [row["kind"] for row in rows[:4]] == ["headline", "byline", "dateline", "body"]
    assert rows[2]["paragraph"] == rows[3]["paragraph"] == 2
    assert rows[2]["text"] == "PORT ELLIS, Norway (Northwire) \u2013"


def test_script_json_shows_language_speaker_and_voice(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        '---\nlang: fr\n---\nLe bac est reparti mardi.\n\n"Nous voilà," dit Anna.\n\n'
        '"We are back home at last," said Mrs. Vik, who had come from Oslo.\n'
    )
    rows = [json.loads(line) for line in run("script", "--json", str(article)).stdout.splitlines()]
    assert [(r["language"], r["speaker"], r["voice"]) for r in rows] == [
        ("fr", None, "roa/fr"),
        ("fr", "Anna", "roa/fr+f3"),  # "dit Anna"
        ("fr", None, "roa/fr"),
        ("en", "Mrs. Vik", "gmw/en-us+f3"),  # a woman: a female-sounding variant
        ("en", None, "gmw/en-us"),  # the narration there is in English too
    ]
    chosen = run("script", "--json", "--quote-voices", "fr+m1", str(article)).stdout
    assert json.loads(chosen.splitlines()[3])["voice"] == "gmw/en-us+m1"  # English, m1 kept
    flat = run("script", "--json", "--quotes", "narrator", "--voice", "en", str(article)).stdout
    flat_rows = [json.loads(line) for line in flat.splitlines()]
    assert [(r["speaker"], r["voice"]) for r in flat_rows] == [
        (None, "gmw/en"), (None, "gmw/en"), (None, "gmw/en-us")
    ]  # fmt: skip


def test_script_without_a_working_engine_shows_the_text_without_voices(
    sample_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken(FakeEngine):
        def voices(self) -> list[Voice]:
            raise EngineError("cannot start the speech engine")

    monkeypatch.setattr(cli, "make_engine", Broken)
    result = run("script", "--json", str(sample_article))
    assert result.exit_code == 0
    assert "cannot start the speech engine; no voices chosen" in result.stderr
    assert {json.loads(line)["voice"] for line in result.stdout.splitlines()} == {""}


def test_script_reads_stdin_and_warns_on_cp1252() -> None:
    result = run("script", "-", stdin="Caf\u00e9 owners cheered.\n".encode("cp1252"))
    assert result.exit_code == 0
    assert result.stdout == "Caf\u00e9 owners cheered.\n"
    assert "cp1252" in result.stderr


STARTING_WITHOUT = (
    "narrate.batch", "narrate.briefing", "narrate.feed", "narrate.serve", "narrate.session",
    "multiprocessing", "http.client", "http.server", "urllib.request", "ssl",
    "xml.etree.ElementTree", "trafilatura", "lxml", "py3langid", "numpy", "mutagen", "dask",
    "pydub",
)  # fmt: skip
"""Modules some commands need and narrate does not import as it starts."""
_IMPORTED = """
import sys
import narrate.cli
print(" ".join(sorted(sys.modules)))
narrate.cli.main(["script", sys.argv[1]], standalone_mode=False)
print(" ".join(sorted(sys.modules)))
"""


@pytest.mark.slow
def test_start_up_and_an_english_script_import_only_what_they_use(sample_article: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORTED, str(sample_article)],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    started, scripted = set(lines[0].split()), set(lines[-1].split())
    assert "narrate.cli" in started and "narrate.segment" in scripted
    assert sorted(started.intersection(STARTING_WITHOUT)) == []
    assert "num2words" not in scripted  # its numbers are read without it
    assert sorted(scripted.intersection(STARTING_WITHOUT)) == []  # English: no detector


@pytest.mark.slow
def test_a_script_with_passages_in_other_languages_does_without_numpy(tmp_path: Path) -> None:
    from narrate.languages import _identifier

    _identifier()  # the detector's model unpacked into the cache the narrate process uses
    article = tmp_path / "a.txt"
    article.write_text(
        "The ferry sailed again on Tuesday, eleven days after the storm.\n\n"
        "\u201cHemos visto inundaciones así en mi tierra, y siempre sufren los mayores,\u201d "
        "said Lucia Ortega, who runs the café by the harbour.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", _IMPORTED.replace('"script"', '"script", "--json"'), str(article)],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    modules = done.stdout.splitlines()[-1].split()
    assert '"language": "es"' in done.stdout  # the passage was detected, without numpy
    assert "numpy" not in modules and "py3langid" not in modules


# --- narrating --------------------------------------------------------------------------


def test_narrate_default_output_and_summary(
    tmp_path: Path, sample_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(str(sample_article))
    assert result.exit_code == 0, result.output
    out = tmp_path / "output" / "harbour-ferry.mp3"
    assert out.exists()
    assert re.fullmatch(
        r"output/harbour-ferry\.mp3: \d+:\d\d of audio, \d+\.\d MiB, 29 segments "
        r"\(0 from cache\), 1 chapter\n",
        result.stdout,
    )
    assert result.stderr == ""  # no progress bar when stderr is not a terminal


def test_a_rerun_comes_from_the_cache_unless_told_not_to(
    tmp_path: Path, sample_article: Path, fake_engine: FakeEngine, cache_dir: Path
) -> None:
    out = tmp_path / "a.mp3"
    assert run(str(sample_article), "-o", str(out)).exit_code == 0
    first = len(fake_engine.calls)
    again = run(str(sample_article), "-o", str(out))
    assert "29 segments (29 from cache)" in again.stdout
    assert len(fake_engine.calls) == first  # nothing synthesized
    info = run("cache", "info")
    assert f"location: {cache_dir}" in info.stdout
    assert re.search(r"entries:  [1-9]\d*\n", info.stdout)
    fresh = run(str(sample_article), "-o", str(out), "--no-cache")
    assert "29 segments (0 from cache)" in fresh.stdout
    assert len(fake_engine.calls) == 2 * first
    cleared = run("cache", "clear")
    assert re.fullmatch(r"removed [1-9]\d* entries, \d+\.\d MiB\n", cleared.stdout)
    assert "entries:  0" in run("cache", "info").stdout


def test_narrate_options_reach_the_engine(
    tmp_path: Path, sample_article: Path, fake_engine: FakeEngine
) -> None:
    out = tmp_path / "a.wav"
    result = run(
        str(sample_article),
        "-o",
        str(out),
        "--voice",
        "en-us+f3",
        "--quotes",
        "narrator",
        "--rate",
        "150",
        "--volume",
        "0.5",
        "--quiet",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert {call[1:] for call in fake_engine.calls} == {("gmw/en-us+f3", 150, 0.5)}
    assert fake_engine.closed


def test_pause_options_change_the_length(tmp_path: Path, sample_article: Path) -> None:
    lengths = []
    for pause in ("0.2", "2"):
        out = tmp_path / f"p{pause}.wav"
        result = run(
            str(sample_article),
            "-o",
            str(out),
            "-q",
            "--sentence-pause",
            pause,
            "--paragraph-pause",
            pause,
            "--headline-pause",
            pause,
        )
        assert result.exit_code == 0, result.output
        lengths.append(mutagen.File(out).info.length)
    listed = run("script", "--json", str(sample_article)).stdout.splitlines()
    pauses = [json.loads(line)["pause_after_ms"] for line in listed]
    changed = sum(pause not in (0, Pauses.clause_ms) for pause in pauses)  # not at quotes
    assert abs((lengths[1] - lengths[0]) - 1.8 * changed) < 0.1


def test_narrate_from_stdin(tmp_path: Path) -> None:
    out = tmp_path / "s.flac"
    result = run("-", "-o", str(out), stdin="The ferry is back. Everyone cheered.\n")
    assert result.exit_code == 0, result.output
    assert out.exists()


# --- bad input: one line on stderr, status 1 or 2, no file at OUT ----------------------

BAD_INPUTS = {
    "missing": ("missing.txt", [], 1, "missing.txt: no such file"),
    "directory": ("folder", [], 1, "is a directory"),
    "binary": ("binary.txt", [], 1, "looks like a binary file"),
    "pdf": ("paper.txt", [], 1, "paper.txt: is a PDF, not text; save it as text first"),
    "empty": ("empty.txt", [], 1, "the article is empty"),
    "whitespace": ("blank.txt", [], 1, "the article is empty"),
    "no words": ("symbols.txt", [], 1, "no words to speak"),
    "unknown voice": ("good.txt", ["--voice", "xx-zz"], 2, "unknown voice 'xx-zz'"),
    "unknown variant": ("good.txt", ["--voice", "en-us+zz"], 2, "unknown voice variant"),
    "unknown quote voice": ("good.txt", ["--quote-voices", "en-us,xx"], 2, "unknown voice 'xx'"),
    "unknown extension": ("good.txt", ["-o", "out.xyz"], 2, "not an audio format"),
    "output folder blocked": (
        "good.txt",
        ["-o", "good.txt/out.mp3"],
        1,
        "cannot create the output folder",
    ),
    "output is a directory": ("good.txt", ["-o", "folder"], 1, "is a directory"),
    "output is the input": ("story.mp3", ["-o", "story.mp3"], 2, "is the input article"),
    "transcript is the input": (
        "notes.json",
        ["-o", "notes.mp3", "--transcript"],
        2,
        "notes.json: is the input article; narrate would write the transcript over it",
    ),
    "captions are the input": (
        "notes.srt",
        ["-o", "notes.m4a", "--captions", "srt"],
        2,
        "notes.srt: is the input article; narrate would write the srt captions over it",
    ),
    "captions are the input through a link": (
        "notes.srt",
        ["-o", "link.ogg", "--captions", "srt"],
        2,
        "is the input article",
    ),
    "bad article and new folder": ("empty.txt", ["-o", "new/out.mp3"], 1, "is empty"),
    "missing lexicon": ("good.txt", ["--lexicon", "nope.txt"], 1, "no such lexicon file"),
    "malformed lexicon": ("good.txt", ["--lexicon", "names.txt"], 1, "names.txt, line 3:"),
    "binary lexicon": ("good.txt", ["--lexicon", "binary.txt"], 1, "is not UTF-8 text"),
    "bad loudness": ("good.txt", ["--loudness", "loud"], 2, "give a level from -40 to -5"),
    "cover not an image": ("good.txt", ["--cover", "good.txt"], 2, "must be a JPEG or PNG"),
    "missing cover": ("good.txt", ["--cover", "none.png"], 2, "cannot read the cover image"),
    # the article is checked before OUT is compared with it
    "missing, OUT exists": ("missing.txt", ["-o", "story.mp3"], 1, "missing.txt: no such file"),
    "link loop, OUT exists": ("loop.txt", ["-o", "story.mp3"], 1, "loop.txt: cannot open"),
    "dangling link, OUT exists": (
        "dangling.txt",
        ["-o", "story.mp3"],
        1,
        "dangling.txt: no such file",
    ),
    "name too long": ("good.txt", ["-o", "n" * 300 + ".mp3"], 1, "over the file system's limit"),
    # Click's own errors, in narrate's words
    "sentence pause nan": (
        "good.txt",
        ["--sentence-pause", "nan"],
        2,
        "--sentence-pause nan: give",
    ),
    "headline pause NaN": ("good.txt", ["--headline-pause", "NaN"], 2, "--headline-pause NaN: "),
    "volume nan": ("good.txt", ["--volume", "nan"], 2, "--volume nan: give a number from 0.2 to 1"),
    "volume inf": ("good.txt", ["--volume=inf"], 2, "--volume inf: give a number from 0.2 to 1"),
    "volume 0": ("good.txt", ["--volume", "0"], 2, "--volume 0: give a number from 0.2 to 1"),
    "volume 0.01": ("good.txt", ["--volume", "0.01"], 2, "--volume 0.01: give a number"),
    "rate 0": ("good.txt", ["--rate", "0"], 2, "--rate 0: give a whole number from 80 to 400"),
    "jobs 0": ("good.txt", ["-j0"], 2, "--jobs 0: give a whole number from 1 to 64"),
    "cover a directory": ("good.txt", ["--cover", "folder"], 2, "--cover folder: "),
    "unknown caption kind": ("good.txt", ["--captions", "ass"], 2, "give one of srt, vtt, lrc"),
    "name starting with a dash": ("-odd.txt", [], 2, "write ./-odd.txt (or put -- before it)"),
    "unknown short option": ("-weird.txt", [], 2, "write ./-weird.txt (or put -- before it)"),
    "unknown option": ("good.txt", ["--rat", "100"], 2, "no such option --rat (did you mean"),
    "bitrate not a bitrate": ("good.txt", ["--bitrate", "abc"], 2, "from 8k to 160k for .mp3"),
    "bitrate over MP3's": ("good.txt", ["--bitrate", "999k"], 2, "from 8k to 160k for .mp3"),
    "bitrate over Opus's": ("good.txt", ["-o", "a.ogg", "--bitrate", "300k"], 2, "6k to 256k"),
    "bitrate for FLAC": ("good.txt", ["-o", "a.flac", "--bitrate", "64k"], 2, "is lossless"),
}


def _make_inputs(folder: Path) -> None:
    (folder / "folder").mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\n\t \n")
    (folder / "symbols.txt").write_text("*** ... \u2014 !!! \U0001f389\U0001f30a\n")
    (folder / "good.txt").write_text("The ferry is back.\n")
    (folder / "story.mp3").write_text("A text article with an odd name.\n")
    (folder / "names.txt").write_text("# names\nSolveig = SOOL-vay\nKjell\n")
    (folder / "notes.json").write_text("An article with a name like a transcript's.\n")
    (folder / "notes.srt").write_text("An article with a name like captions'.\n")
    (folder / "link.srt").symlink_to("notes.srt")
    (folder / "paper.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (folder / "-odd.txt").write_text("An article whose name starts with a dash.\n")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.txt").symlink_to("gone.txt")


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_gets_one_line_and_no_file(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article, options, status, message = BAD_INPUTS[case]
    monkeypatch.chdir(tmp_path)
    _make_inputs(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    contents = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = run(article, *options)
    assert result.exit_code == status
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("narrate: error: ")
    assert message in lines[0]
    assert "Traceback" not in result.output
    after = sorted(p.name for p in tmp_path.rglob("*") if p.name != "output")
    assert after == before  # no output file, no temporary file
    assert not any((tmp_path / "output").glob("*"))
    assert all(p.read_bytes() == data for p, data in contents.items())  # nothing lost


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("NARRATE_RATE", "fast", "NARRATE_RATE=fast: give a whole number from 80 to 400"),
        ("NARRATE_JOBS", "0", "NARRATE_JOBS=0: give a whole number from 1 to 64"),
    ],
)
def test_a_bad_value_from_the_environment_names_the_variable(
    variable: str, value: str, message: str, sample_article: Path
) -> None:
    result = CliRunner().invoke(cli.main, [str(sample_article)], env={variable: value})
    assert result.exit_code == 2
    assert result.stderr == f"narrate: error: {message} (or unset {variable})\n"


def test_an_unreadable_article_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "secret.txt"
    article.write_text("A story nobody may read.\n")
    real_access = os.access
    monkeypatch.setattr(  # what a user without the right to read it sees (tests run as root)
        os,
        "access",
        lambda path, mode, *args, **kw: mode != os.R_OK and real_access(path, mode),
    )
    result = run(str(article), "-o", str(tmp_path / "a.mp3"))
    assert result.exit_code == 2
    assert result.stderr == (
        f"narrate: error: ARTICLE: path '{article}' is not readable; check its permissions\n"
    )


def test_a_voice_refused_by_the_library_names_its_variable(sample_article: Path) -> None:
    result = CliRunner().invoke(cli.main, [str(sample_article)], env={"NARRATE_VOICE": "xx-zz"})
    assert result.exit_code == 2
    assert result.stderr == (
        "narrate: error: unknown voice 'xx-zz'; run 'narrate voices' to list them "
        "(set by NARRATE_VOICE=xx-zz; fix or unset it)\n"
    )


@pytest.mark.parametrize(
    "args",
    [["script", "--bogus", "a.txt"], ["script"], ["cache", "bogus"], ["voices", "a", "b"]],
)
def test_every_command_reports_usage_errors_in_one_line(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("narrate: error: ")
    assert result.stderr.count("\n") == 1 and "Usage" not in result.stderr


def test_a_segment_left_out_is_a_warning_and_status_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "make_engine", lambda: RefusesWord("quay"))
    article = tmp_path / "story.txt"
    article.write_text("The ferry is back.\n\nThe quay flooded.\n\nThe end.\n")
    out = tmp_path / "story.mp3"
    result = run(str(article), "-o", str(out))
    assert result.exit_code == cli.LEFT_OUT_STATUS == 3
    assert out.exists()
    assert result.stdout.startswith(f"{out}: 0:")
    assert result.stderr.splitlines() == [
        "narrate: warning: left out, with 0.5 s of silence in its place: segment 2 "
        "('The quay flooded.') failed twice: simulated engine failure; reword or remove that "
        "text, or try another --voice"
    ]


class _Ticks:
    """A clock that moves `step` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_a_log_gets_a_status_line_every_ten_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "clock", _Ticks(5.0))  # 5 s between progress events
    article = tmp_path / "story.txt"
    article.write_text("The ferry is back.\n\nThe quay held.\n\nThe town was glad of it.\n")
    result = run(str(article), "-o", str(tmp_path / "a.wav"))
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert len(lines) >= 3
    pattern = (
        r"narrate: \d+% done, (reading|speaking \(\d/3 segments\)|encoding|measuring loudness)"
        r"(, about \d+:\d\d left)?"
    )
    assert all(re.fullmatch(pattern, line) for line in lines), lines
    assert any("speaking" in line for line in lines) and any("encoding" in line for line in lines)
    percents = [int(line.split()[1].rstrip("%")) for line in lines]
    assert percents == sorted(percents)
    quiet = run(str(article), "-o", str(tmp_path / "b.wav"), "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_the_terminal_bar_and_eta_cover_the_whole_run() -> None:
    ticks = _Ticks(1.0)
    screen = io.StringIO()
    view = cli.ProgressView(screen, terminal=True, now=ticks)
    view(Event(READING, 0, 0, 0.0))
    view(Event(SPEAKING, 10, 40, 0.25))
    view(Event(ENCODING, 2, 4, 0.5))
    view.close()
    drawn = screen.getvalue().split("\r")[1:]
    assert drawn[0].startswith("reading            [------------------------------]   0%")
    assert drawn[1] == (
        "speaking           [########----------------------]  25%  10/40 segments  ETA 0:03"
    )
    assert drawn[2].rstrip() == "encoding           [###############---------------]  50%  ETA 0:02"
    assert drawn[3] == " " * len(drawn[1]) and drawn[4] == ""  # erased at the end


def test_a_status_line_says_hours_for_a_book() -> None:
    ticks = _Ticks(0.0)
    log = io.StringIO()
    view = cli.ProgressView(log, terminal=False, now=ticks)
    view(Event(READING, 0, 0, 0.0))
    ticks.now = 9.9
    view(Event(SPEAKING, 1, 50_000, 0.001))  # under ten seconds: nothing yet
    ticks.now = 600.0
    view(Event(SPEAKING, 8_000, 50_000, 0.1))
    assert log.getvalue() == (
        "narrate: 10% done, speaking (8000/50000 segments), about 1:30:00 left\n"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_output_folder(tmp_path: Path, sample_article: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = run(str(sample_article), "-o", str(locked / "a.mp3"))
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 1
    assert "not writable" in result.stderr
    assert list(locked.iterdir()) == []


# --- the real thing, end to end: real engine, real encoder, read back with mutagen ----


def narrate_cli(
    *args: str, cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "narrate", *args],
        cwd=cwd,
        env=env,
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _expected_seconds(article: Path, rate: int, cwd: Path) -> float:
    """What the word count predicts: spoken words at the rate, plus the script's pauses."""
    listing = narrate_cli("script", "--json", str(article), cwd=cwd)
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    words = sum(len(row["spoken"].split()) for row in rows)
    pauses: int = sum(row["pause_after_ms"] for row in rows)
    return 60 * words / rate + pauses / 1000


@pytest.mark.slow
def test_end_to_end_sample_article_mp3(tmp_path: Path, sample_article: Path) -> None:
    done = narrate_cli(str(sample_article), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "output" / "harbour-ferry.mp3"
    assert done.stdout.startswith("output/harbour-ferry.mp3: ")
    assert len(done.stdout.splitlines()) == 1  # no "Audio saved to" from pyttsx3
    audio = mutagen.File(out)
    assert type(audio).__name__ == "MP3"
    assert (audio.info.channels, audio.info.sample_rate) == (1, 22050)
    expected = _expected_seconds(sample_article, 175, tmp_path)
    assert 0.8 * expected <= audio.info.length <= 1.2 * expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("extension", "kind"),
    [(".wav", "WAVE"), (".ogg", "OggOpus"), (".m4a", "MP4"), (".flac", "FLAC")],
)
def test_end_to_end_formats(tmp_path: Path, extension: str, kind: str) -> None:
    article = tmp_path / "short.txt"
    article.write_text(
        "Ferry sails again\n\nBy Ann Lee\n\nOSLO (Northwire) \u2013 The ferry sailed on Tuesday. "
        "\u201cShe is back,\u201d said the captain.\n"
    )
    out = tmp_path / f"short{extension}"
    done = narrate_cli(
        str(article), "-o", str(out), "--rate", "200", "--voice", "en-us+f3", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    audio = mutagen.File(out)
    assert type(audio).__name__ == kind
    assert audio.info.channels == 1
    expected = _expected_seconds(article, 200, tmp_path)
    assert 0.8 * expected <= audio.info.length <= 1.2 * expected


@pytest.mark.slow
def test_end_to_end_seed_article(tmp_path: Path, seed_article: Path) -> None:
    listing = narrate_cli("script", "--json", str(seed_article), cwd=tmp_path)
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    spoken = " ".join(row["spoken"] for row in rows)
    assert "Writing by" not in spoken and "Editing by" not in spoken
    assert "Brought to you by" not in spoken
    assert rows[1]["spoken"] == "Toretsk, Ukraine."
    assert "Reuters" not in spoken
    # every word of the story body is spoken, in order
    body = seed_article.read_text(encoding="utf-8").split("\n")
    story = [line for line in body if line.strip() and not line.startswith(("(Writing", "Brought"))]
    story[1] = story[1].split("\u2013", 1)[1]  # the dateline is spoken as its place
    words = re.findall(r"\w+", " ".join(story[1:]).replace("\u2019", "'"))
    assert re.findall(r"\w+", " ".join(r["text"] for r in rows[2:])) == words
    done = narrate_cli(str(seed_article), "-o", "seed.mp3", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert mutagen.File(tmp_path / "seed.mp3").info.length > 120


@pytest.mark.slow
def test_end_to_end_bad_voice_real_engine(tmp_path: Path, sample_article: Path) -> None:
    done = narrate_cli(str(sample_article), "--voice", "no-such-voice", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("narrate: error: unknown voice")
    assert not (tmp_path / "output" / "harbour-ferry.mp3").exists()


def test_script_applies_the_lexicon_beside_the_article_and_given_ones(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Solveig met Vik in Reading.\n")
    (tmp_path / "lexicon.txt").write_text("Vik = veek\nSolveig = beside\n")
    (tmp_path / "names.txt").write_text("Solveig = [[s'u:lv,eI]]\nReading == Redding\n")
    plain = run("script", str(tmp_path / "story.txt"))
    assert plain.stdout == "beside met veek in Reading.\n"
    given = run("script", str(tmp_path / "story.txt"), "--lexicon", str(tmp_path / "names.txt"))
    assert given.stdout == "[[s'u:lv,eI]] met veek in Redding.\n"


def test_sample_lexicon_reaches_the_script(sample_article: Path) -> None:
    lines = run("script", str(sample_article)).stdout.splitlines()
    assert any("Jonas veek" in line for line in lines)


@pytest.mark.slow
def test_end_to_end_phoneme_lexicon_is_said_as_phonemes(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Vik spoke.\n")
    (tmp_path / "phonemes.txt").write_text("Vik = [[v'i:k]]\n")
    (tmp_path / "respelled.txt").write_text("Vik = veek\n")
    lengths = []
    for name in ("phonemes", "respelled"):
        done = narrate_cli(
            str(article), "-o", f"{name}.wav", "--lexicon", f"{name}.txt", cwd=tmp_path
        )
        assert done.returncode == 0, done.stderr
        lengths.append(mutagen.File(tmp_path / f"{name}.wav").info.length)
    # Read as text, "[[v'i:k]]" takes about twice as long as "veek" (measured 1.19 s vs 0.60 s).
    assert abs(lengths[0] - lengths[1]) < 0.15


def _ffmpeg() -> str:
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def _ffmpeg_report(path: Path, *options: str) -> str:
    done = subprocess.run(
        [_ffmpeg(), "-hide_banner", "-nostats", "-i", str(path), *options, "-f", "null", "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stderr


def _chapters(path: Path) -> list[tuple[str, int]]:
    listing = subprocess.run(
        [_ffmpeg(), "-v", "error", "-i", str(path), "-f", "ffmetadata", "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    found = []
    for block in listing.split("[CHAPTER]")[1:]:
        fields = dict(line.split("=", 1) for line in block.strip().splitlines() if "=" in line)
        base = fields["TIMEBASE"].split("/")
        start_ms = 1000 * int(fields["START"]) * int(base[0]) / int(base[1])
        found.append((fields["title"], round(start_ms)))
    return sorted(found, key=lambda chapter: chapter[1])  # players order them by time


def _srt_times(text: str) -> list[tuple[int, int]]:
    def ms(stamp: str) -> int:
        clock, millis = stamp.split(",")
        hours, minutes, seconds = (int(part) for part in clock.split(":"))
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(millis)

    return [
        (ms(start), ms(end))
        for start, end in re.findall(r"^(\S+) --> (\S+)$", text, flags=re.MULTILINE)
    ]


@pytest.mark.slow
@pytest.mark.parametrize("extension", [".mp3", ".m4b"])
def test_end_to_end_markdown_finished_product(tmp_path: Path, extension: str) -> None:
    article = ROOT / "text" / "night-train.md"
    cover = tmp_path / "cover.png"
    cover.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
            "0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082"
        )
    )
    out = tmp_path / f"night{extension}"
    done = narrate_cli(
        str(article), "-o", str(out), "--captions", "srt", "--captions", "vtt",
        "--captions", "lrc", "--transcript", "--cover", str(cover), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    transcript = json.loads(out.with_suffix(".json").read_text())

    # Loudness: -16 LUFS within 1 LU, true peak at most -1 dBTP (ffmpeg's ebur128).
    report = _ffmpeg_report(out, "-af", "ebur128=peak=true:framelog=verbose")
    summary = report[report.rfind("Summary:") :]
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))  # type: ignore[union-attr]
    peak = float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary).group(1))  # type: ignore[union-attr]
    assert abs(integrated - -16.0) <= 1.0 and peak <= -1.0

    # Chapters: one per section, named by its heading, where the transcript says.
    chapters = _chapters(out)
    assert [title for title, _ in chapters] == [
        "Night train to the north returns after a decade",
        "Why it stopped",
        "What is different now",
        "A long winter ahead",
    ]
    for (_, start), listed in zip(chapters, transcript["chapters"], strict=True):
        assert abs(start - listed["start_ms"]) <= 50

    # Tags, cover included.
    audio = mutagen.File(out)
    if extension == ".mp3":
        tags = {key: str(audio.tags[key]) for key in ("TIT2", "TPE1", "TALB", "TCON")}
        assert tags == {"TIT2": chapters[0][0], "TPE1": "Lena Brandt", "TALB": "Northwire",
                        "TCON": "Speech"}  # fmt: skip
        assert "2026" in str(audio.tags.get("TDRC") or audio.tags.get("TYER"))
        assert "source: Northwire" in str(audio.tags.getall("COMM")[0])
        assert audio.tags.getall("APIC")
    else:
        assert audio.tags["\xa9nam"] == [chapters[0][0]]
        assert audio.tags["\xa9ART"] == ["Lena Brandt"]
        assert audio.tags["\xa9alb"] == ["Northwire"]
        assert audio.tags["\xa9gen"] == ["Speech"]
        assert audio.tags["\xa9day"][0].startswith("2026-11-20")
        assert "source: Northwire" in audio.tags["\xa9cmt"][0]
        assert audio.tags["covr"]

    # Captions: parse, in order, same times as the transcript's cues, at the speech.
    cues = [(c["start_ms"], c["end_ms"]) for c in transcript["cues"]]
    srt = _srt_times(out.with_suffix(".srt").read_text())
    vtt = _srt_times(out.with_suffix(".vtt").read_text().replace(".", ","))
    assert srt == vtt and len(srt) == len(cues)
    assert all(
        abs(a - c) <= 1 and abs(b - d) <= 1 for (a, b), (c, d) in zip(srt, cues, strict=True)
    )
    assert all(b <= c for (_, b), (c, _) in itertools.pairwise(srt))
    lrc = out.with_suffix(".lrc").read_text().splitlines()
    assert len([line for line in lrc if re.match(r"\[\d\d:\d\d\.\d\d\]", line)]) == len(cues)
    silences = _ffmpeg_report(out, "-af", "silencedetect=noise=-45dB:d=0.25")
    onsets = [1000 * float(t) for t in re.findall(r"silence_end: ([\d.]+)", silences)]
    for start, _ in srt[1:]:
        assert min(abs(start - onset) for onset in onsets) <= 50, start
    speech_end = 1000 * audio.info.length
    trailing = re.findall(r"silence_start: ([\d.]+)", silences)
    if trailing and float(trailing[-1]) * 1000 > srt[-1][0]:
        speech_end = 1000 * float(trailing[-1])
    assert abs(srt[-1][1] - speech_end) <= 500


@pytest.mark.slow
def test_end_to_end_ogg_tags_and_cover(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text("---\nauthor: Ann Lee\nsource: Northwire\n---\n# Ferry back\n\nIt sailed.\n")
    cover = tmp_path / "cover.jpg"
    cover.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    done = narrate_cli(str(article), "-o", "story.ogg", "--cover", str(cover), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    tags = mutagen.File(tmp_path / "story.ogg").tags
    assert (tags["title"], tags["artist"], tags["album"], tags["genre"]) == (
        ["Ferry back"],
        ["Ann Lee"],
        ["Northwire"],
        ["Speech"],
    )
    assert "source: Northwire" in (tags.get("comment") or tags["description"])[0]
    assert tags["metadata_block_picture"]


def test_sigterm_while_the_engine_starts_is_not_taken_for_an_engine_failure(
    monkeypatch: pytest.MonkeyPatch, sample_article: Path, tmp_path: Path
) -> None:
    """Pyttsx3Engine turns any Exception from pyttsx3.init into 'cannot start the speech
    engine'; SIGTERM arriving just then must still end the run as terminated (143)."""
    import pyttsx3

    def interrupted() -> None:
        raise cli.Terminated

    monkeypatch.setattr(pyttsx3, "init", interrupted)
    monkeypatch.setattr(cli, "make_engine", Pyttsx3Engine)
    result = run(str(sample_article), "-o", str(tmp_path / "a.mp3"))
    assert result.exit_code == 143
    assert result.stderr == "narrate: terminated; no output was written\n"


# --- web pages and URLs -------------------------------------------------------------------

PAGES = ROOT / "tests" / "data" / "pages"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PageServer]:
    bypass_proxies(monkeypatch)
    with page_server() as running:
        yield running


def test_script_of_a_page_lists_what_was_left_out() -> None:
    result = run("script", str(PAGES / "library-fines.html"))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "City libraries scrap late fines and find most books come back anyway.",
        "By Daniel Okafor and Ruth Ames.",
        "A year after Northfield's libraries stopped charging late fines, more overdue books "
        "have come back than in any of the five years before, according to figures presented "
        "to the city's culture committee on Tuesday.",
    ]
    assert "Related stories" not in result.stdout
    left = result.stderr.splitlines()
    assert re.match(r"narrate: left out: \d+ words of page furniture \(", left[0])
    assert "narrate: left out: [navigation] Home | News | Sport" in result.stderr


def test_narrate_a_saved_page_fills_the_tags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(str(PAGES / "de-radweg.html"))
    assert result.exit_code == 0, result.output
    tags = mutagen.File(tmp_path / "output" / "de-radweg.mp3").tags
    assert str(tags["TIT2"]) == "Neuer Radweg am Seeufer wird im Frühjahr eröffnet"
    assert str(tags["TPE1"]) == "Jana Keller"
    assert str(tags["TALB"]) == "Tageblatt am See"
    assert "https://news.example/de/de-radweg" in str(tags.getall("COMM")[0])


def test_narrate_a_page_from_stdin_with_html() -> None:
    page = (PAGES / "es-huerto.html").read_bytes()
    result = run("script", "-", "--html", stdin=page)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Un huerto urbano sustituye")
    assert run("script", "-", stdin=page).stdout == result.stdout  # found by content too


def test_narrate_a_url_names_the_output_after_the_headline_and_keeps_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: PageServer
) -> None:
    page = (PAGES / "ferry-timetable.html").read_bytes()
    server.replies["/story"] = Reply(status=301, headers={"Location": "/2026/story"})
    server.replies["/2026/story"] = Reply(
        page, headers={"Content-Type": "text/html; charset=utf-8"}
    )
    monkeypatch.chdir(tmp_path)
    result = run(server.url("/story"), "--keep-page", "--transcript")
    assert result.exit_code == 0, result.output
    out = tmp_path / "output" / "island-ferry-adds-a-late-sailing-after-two-winters-of.mp3"
    assert out.exists()
    assert out.with_suffix(".html").read_bytes() == page
    about = json.loads(out.with_suffix(".json").read_text())["article"]
    assert about["url"] == "https://news.example/en/ferry-timetable"  # the canonical URL
    assert (about["site"], about["language"]) == ("The Harbour Courier", "en")
    again = run(str(out.with_suffix(".html")), "-o", str(tmp_path / "again.mp3"))
    assert "(12 from cache)" in again.stdout  # the cache does not care where text came from
    assert str(mutagen.File(out).tags["TIT2"]).startswith("Island ferry adds")


@pytest.mark.parametrize(
    ("path", "reply", "options", "message"),
    [
        ("/gone", Reply(b"", 404), [], "not found (HTTP 404); check the address"),
        ("/doc.pdf", Reply(b"%PDF", headers={"Content-Type": "application/pdf"}), [],
         "is a PDF, not a web page"),
        ("/a", Reply(b"<p>x</p>"), ["--offline"], "not fetched, --offline is set"),
        ("/slow", Reply(b"<p>x</p>", hold=threading.Event()), ["--timeout", "0.05"],
         "no answer within 0.05 s"),
        ("/empty", Reply(b"<html><body><nav>Home</nav></body></html>"), [],
         "no article text found on the page"),
    ],
)  # fmt: skip
def test_a_failed_fetch_is_one_line_and_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: PageServer,
    path: str, reply: Reply, options: list[str], message: str,
) -> None:  # fmt: skip
    server.replies[path] = reply
    monkeypatch.chdir(tmp_path)
    result = run(server.url(path), *options)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith("narrate: error: ")
    assert list(tmp_path.iterdir()) == []


def test_a_dns_failure_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bypass_proxies(monkeypatch)
    result = run("http://nowhere.invalid/story", "-o", str(tmp_path / "a.mp3"))
    assert result.exit_code == 1
    assert "could not find the host nowhere.invalid" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_checks_know_a_url_from_a_path(tmp_path: Path, server: PageServer) -> None:
    page = (PAGES / "rescue-dog.html").read_bytes()
    server.replies["/dog"] = Reply(page)
    out = tmp_path / "dog.mp3"
    out.write_bytes(b"old")
    assert run(server.url("/dog"), "-o", str(out)).exit_code == 0
    assert out.read_bytes() != b"old"
    odd = tmp_path / "page.mp3"  # a saved page with an audio name, given as a file:// URL
    odd.write_bytes(page)
    result = run(odd.as_uri(), "-o", str(odd))
    assert result.exit_code == 2 and "is the input article" in result.stderr
    assert odd.read_bytes() == page


def test_a_plain_text_url_is_read_as_a_text_article(server: PageServer) -> None:
    text = b"Ferry back\n\nBy Ann Lee\n\nThe ferry came back on Monday. <b>Everyone</b> cheered."
    server.replies["/story"] = Reply(text, headers={"Content-Type": "text/plain; charset=utf-8"})
    result = run("script", server.url("/story"))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Ferry back.",
        "By Ann Lee.",
        "The ferry came back on Monday.",
        "Everyone cheered.",
    ]
    assert result.stderr == "narrate: left out: [2 HTML tags]\n"


def test_read_along_and_word_captions_write_the_page_and_word_timed_vtt(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Ferry back in service\n\nThe ferry sailed at dawn. It docked at noon.\n")
    out = tmp_path / "story.wav"
    result = run(str(article), "-o", str(out), "--read-along", "--word-captions", "--loudness=off")
    assert result.exit_code == 0, result.output
    assert f"{out.with_suffix('.vtt')}: written" in result.stdout
    assert f"{out.with_suffix('.html')}: written" in result.stdout
    assert "The <00:" in out.with_suffix(".vtt").read_text()
    assert 'src="story.wav"' in out.with_suffix(".html").read_text()
    embedded = run(str(article), "-o", str(out), "--read-along=embed", "--loudness=off")
    assert embedded.exit_code == 0, embedded.output
    assert 'src="data:audio/wav;base64,' in out.with_suffix(".html").read_text()
    before = run("--read-along", str(article), "-o", str(out), "--loudness=off")
    assert before.exit_code == 0, before.output  # the bare option never takes ARTICLE
    wrong = run(str(article), "-o", str(out), "--read-along=inline")
    assert wrong.exit_code == 2
    assert wrong.stderr == "narrate: error: --read-along inline: give one of link, embed\n"


def test_batch_options_carry_the_casting() -> None:
    args = ["a.txt", "-o", "out", "--quotes", "narrator", "--quote-voices", "en-us+f3, fr"]
    settings = cli.settings_from(cli.batch.make_context("batch", args).params)
    assert (settings.voice, settings.quotes, settings.quote_voices) == (
        "auto", "narrator", ("en-us+f3", "fr")
    )  # fmt: skip


def test_script_reads_dates_in_figures_by_locale(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Filed 11/10/2008.\n", encoding="utf-8")
    runner = CliRunner()
    american = runner.invoke(cli.main, ["script", str(story)], catch_exceptions=False)
    british = runner.invoke(cli.main, ["script", "--locale", "en-GB", str(story)])
    assert "November tenth" in american.output
    assert "the eleventh of October" in british.output
    wrong = runner.invoke(cli.main, ["script", "--locale", "xx", str(story)])
    assert wrong.exit_code == 2


# --- the summary line and cache info -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "ms", "size", "segments", "chapters", "line"),
    [
        ("a.mp3", 146_000, 1_153_434, 25, 1, "a.mp3: 2:26 of audio, 1.1 MiB, 25 segments "
         "(3 from cache), 1 chapter"),
        ("a.m4b", 19_561_000, 2**31, 1, 4, "a.m4b: 5:26:01 of audio, 2.0 GiB, 1 segment "
         "(3 from cache), 4 chapters"),
        ("a.ogg", 3_600_000, 500_000, 2, 3, "a.ogg: 1:00:00 of audio, 0.5 MiB, 2 segments "
         "(3 from cache)"),
        ("a.flac", 59_000, 10, 2, 3, "a.flac: 0:59 of audio, 0.0 MiB, 2 segments (3 from cache)"),
        ("a.wav", 1000, 10, 2, 3, "a.wav: 0:01 of audio, 0.0 MiB, 2 segments (3 from cache)"),
    ],
)  # fmt: skip
def test_the_summary_line(
    name: str, ms: float, size: int, segments: int, chapters: int, line: str
) -> None:
    from narrate.assemble import Timeline
    from narrate.export import Chapter
    from narrate.pipeline import Result

    parts = [Chapter(f"Part {n}", n, n + 1) for n in range(chapters)]
    result = Result(Path(name), ms, size, segments, Timeline(), [], parts, cached=3)
    assert cli.summary(result) == line


def _short(tmp_path: Path) -> Path:
    article = tmp_path / "short.txt"
    article.write_text("The ferry is back. It sailed at dawn.\n\nThe quay was full. All cheered.\n")
    return article


def test_cache_info_says_when_the_limit_is_too_small_for_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_article = _short(tmp_path)
    monkeypatch.setenv("NARRATE_CACHE_SIZE", "2G")
    assert "of 2.0 GiB\n" in run("cache", "info").stdout
    assert "last run" not in run("cache", "info").stdout
    assert run(str(sample_article), "-o", str(tmp_path / "a.mp3")).exit_code == 0
    info = run("cache", "info").stdout
    assert re.search(r"last run: \d+\.\d MiB\n", info)
    monkeypatch.setenv("NARRATE_CACHE_SIZE", "1K")
    assert run(str(sample_article), "-o", str(tmp_path / "a.mp3")).exit_code == 0
    info = run("cache", "info").stdout
    assert re.search(
        r"last run: \d+\.\d MiB, more than the limit: the cache cannot keep a run like it "
        r"whole; set NARRATE_CACHE_SIZE=1G or more\n",
        info,
    ), info


def test_a_cover_for_wav_is_a_warning(tmp_path: Path) -> None:
    sample_article = _short(tmp_path)
    cover = tmp_path / "cover.png"
    cover.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = run(str(sample_article), "-o", str(tmp_path / "a.wav"), "--cover", str(cover))
    assert result.exit_code == 0
    assert result.stderr == (
        f"narrate: warning: --cover: .wav files hold no cover image, so {cover} was left out; "
        "use .mp3, .m4a, .flac or .ogg to keep it\n"
    )


class SignalledEngine(FakeEngine):
    """Sends this process `signum` while synthesizing its third segment, as a closed
    terminal (SIGHUP), Ctrl-\\ (SIGQUIT) or `kill` (SIGTERM) would."""

    def __init__(self, signum: int) -> None:
        super().__init__()
        self.signum = signum

    def synthesize(self, spoken: str, voice: str, rate: int, volume: float) -> Audio:
        if len(self.calls) == 2:
            os.kill(os.getpid(), self.signum)
        return super().synthesize(spoken, voice, rate, volume)


@pytest.mark.parametrize(
    ("name", "what"),
    [("SIGHUP", "hung up (the terminal closed)"), ("SIGQUIT", "quit"), ("SIGTERM", "terminated")],
)
def test_hangup_and_quit_end_the_run_as_sigterm_does(
    name: str, what: str, tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    sample_article = _short(tmp_path)
    signum = getattr(signal, name)
    monkeypatch.setattr(cli, "make_engine", lambda: SignalledEngine(signum))
    folder = tmp_path / "out"
    # As at a terminal: a job started in the background may have inherited SIGQUIT ignored.
    previous = signal.signal(signum, signal.SIG_DFL)
    try:
        result = run(str(sample_article), "-o", str(folder / "a.mp3"))
    finally:
        signal.signal(signum, previous)
    assert result.exit_code == 128 + signum
    assert result.stderr == f"narrate: {what}; no output was written\n"
    assert list(folder.iterdir()) == []  # no staging folder left
    assert not list(cache_dir.rglob("*.part"))
    assert len(list(cache_dir.rglob("*.clip"))) == 2  # what was finished stays


def test_a_hangup_ignored_as_under_nohup_stays_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_article = _short(tmp_path)
    monkeypatch.setattr(cli, "make_engine", lambda: SignalledEngine(signal.SIGHUP))
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        result = run(str(sample_article), "-o", str(tmp_path / "a.mp3"))
    finally:
        signal.signal(signal.SIGHUP, previous)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "a.mp3").exists()


def test_mp3_quality_for_another_format_is_a_warning(tmp_path: Path) -> None:
    sample_article = _short(tmp_path)
    out = tmp_path / "a.m4a"
    result = run(str(sample_article), "-o", str(out), "--mp3-quality", "high")
    assert result.exit_code == 0
    assert result.stderr == (
        "narrate: warning: --mp3-quality: .m4a files are not MP3, so it was not used; its "
        "encoder has its own settings (see --bitrate)\n"
    )
    assert run(str(sample_article), "-o", str(out)).stderr == ""


def test_batch_options_carry_the_locale_and_mp3_quality() -> None:
    args = ["a.txt", "-o", "out", "--locale", "en-GB", "--mp3-quality", "standard"]
    settings = cli.settings_from(cli.batch.make_context("batch", args).params)
    assert (settings.locale, settings.mp3_quality) == ("en-GB", "standard")
