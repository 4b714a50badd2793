from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from narrate import cli, rerun
from narrate.cache import user_cache_dir
from narrate.pipeline import Settings
from narrate.session import Session


def _article(tmp_path: Path) -> Path:
    article = tmp_path / "short.txt"
    article.write_text("The ferry is back. It sailed at dawn.\n\nThe quay was full. All cheered.\n")
    return article


@pytest.fixture
def narrations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The articles the pipeline really narrated (not the runs found done before)."""
    done: list[str] = []
    real = Session.narrate

    def counted(self: Session, article: str, *args: Any, **kwargs: Any) -> Any:
        done.append(article)
        return real(self, article, *args, **kwargs)

    monkeypatch.setattr(Session, "narrate", counted)
    return done


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli.main, list(args), input=stdin)


def test_the_same_run_again_is_done_at_once_with_the_same_summary(
    tmp_path: Path, narrations: list[str]
) -> None:
    article, out = _article(tmp_path), tmp_path / "a.mp3"
    first = run(str(article), "-o", str(out), "--captions", "srt")
    assert first.exit_code == 0, first.output
    written = out.stat()
    again = run(str(article), "-o", str(out), "--captions", "srt")
    assert again.exit_code == 0, again.output
    assert len(narrations) == 1
    assert again.stdout == first.stdout.replace("(0 from cache)", "(4 from cache)")
    assert "(4 from cache)" in again.stdout
    assert out.stat().st_mtime_ns == written.st_mtime_ns  # not written again


@pytest.mark.parametrize(
    "change",
    ["touch the output", "remove a caption file", "edit the article", "another option",
     "a lexicon beside the article", "another output name"],
)  # fmt: skip
def test_anything_changed_runs_again(tmp_path: Path, narrations: list[str], change: str) -> None:
    article, out = _article(tmp_path), tmp_path / "a.mp3"
    args = [str(article), "-o", str(out), "--captions", "srt"]
    assert run(*args).exit_code == 0
    if change == "touch the output":
        os.utime(out, ns=(1, 1))
    elif change == "remove a caption file":
        out.with_suffix(".srt").unlink()
    elif change == "edit the article":
        article.write_text(article.read_text() + "\nOne more line.\n")
    elif change == "another option":
        args += ["--rate", "150"]
    elif change == "a lexicon beside the article":
        (tmp_path / "lexicon.txt").write_text("ferry = fairy\n")
    else:
        args[2] = str(tmp_path / "b.mp3")
    again = run(*args)
    assert again.exit_code == 0, again.output
    assert len(narrations) == 2
    assert out.with_suffix(".srt").exists()


def test_relative_paths_are_printed_as_the_first_run_printed_them(
    tmp_path: Path, narrations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _article(tmp_path)
    first = run("short.txt", "--captions", "srt")
    again = run("short.txt", "--captions", "srt")
    assert len(narrations) == 1
    assert again.stdout == first.stdout.replace("(0 from cache)", "(4 from cache)")
    assert again.stdout.startswith("output/short.mp3: ")
    assert "output/short.srt: written" in again.stdout


def test_standard_input_and_no_cache_are_never_reused(
    tmp_path: Path, narrations: list[str]
) -> None:
    text = _article(tmp_path).read_text()
    for _ in range(2):
        assert run("-", "-o", str(tmp_path / "a.mp3"), stdin=text).exit_code == 0
        assert run(str(_article(tmp_path)), "-o", str(tmp_path / "b.mp3"), "--no-cache")
    assert len(narrations) == 4


def test_a_damaged_cache_warning_is_not_repeated_by_a_run_found_done_before(
    tmp_path: Path, narrations: list[str]
) -> None:
    article = _article(tmp_path)
    assert run(str(article), "-o", str(tmp_path / "a.wav")).exit_code == 0
    clip = sorted(Path(user_cache_dir(), "segments").rglob("*.clip"))[0]
    with clip.open("r+b") as handle:  # a loud burst in the middle of one clip
        handle.seek(clip.stat().st_size // 2)
        handle.write(b"\xff\x7f" * 200)
    first = run(str(article), "-o", str(tmp_path / "b.wav"))
    assert first.exit_code == 0 and "1 damaged cache entry was ignored" in first.stderr
    again = run(str(article), "-o", str(tmp_path / "b.wav"))
    assert len(narrations) == 2  # found done before
    assert again.exit_code == 0 and again.stderr == ""


def test_a_bad_cache_setting_is_the_run_s_own_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NARRATE_CACHE_SIZE", "abc")
    result = run(str(_article(tmp_path)), "-o", str(tmp_path / "a.mp3"))
    assert result.exit_code == 2
    assert result.stderr == (
        "narrate: error: NARRATE_CACHE_SIZE=abc: give a size such as 500M or 4G\n"
    )
    assert not (tmp_path / "a.mp3").exists()


def test_the_key_leaves_out_what_does_not_shape_the_output(tmp_path: Path) -> None:
    article = _article(tmp_path)
    out = tmp_path / "a.mp3"
    key = rerun.run_key(str(article), out, Settings())
    assert key and key == rerun.run_key(str(article), out, Settings(jobs=7))
    assert key != rerun.run_key(str(article), out, Settings(mp3_quality="high"))
    assert rerun.run_key("https://example.org/a", out, Settings()) is None
    assert rerun.run_key(str(tmp_path / "missing.txt"), out, Settings()) is None


def test_a_record_holds_only_while_every_file_is_as_written(tmp_path: Path) -> None:
    out, srt = tmp_path / "a.mp3", tmp_path / "a.srt"
    out.write_bytes(b"audio")
    srt.write_text("captions")
    rerun.remember("k" * 64, out, [srt], 5, 1000.0, 2, 1, ["a warning"])
    found = rerun.done_before("k" * 64)
    assert found is not None
    assert (found.output, found.sidecars, found.warnings) == (str(out), [srt], ["a warning"])
    srt.write_text("changed")
    assert rerun.done_before("k" * 64) is None
    assert rerun.done_before(None) is None


_MODULES_AFTER = """
import sys
import narrate.cli
narrate.cli.main(sys.argv[1:], standalone_mode=False)
print(" ".join(sorted(sys.modules)))
"""


@pytest.mark.slow
def test_a_run_done_before_imports_neither_pipeline_nor_engine(tmp_path: Path) -> None:
    article, out = _article(tmp_path), tmp_path / "a.mp3"
    command = [sys.executable, "-c", _MODULES_AFTER, str(article), "-o", str(out), "-q"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert first.returncode == again.returncode == 0, first.stderr + again.stderr
    before, after = set(first.stdout.split()), set(again.stdout.split())
    assert {"narrate.pipeline", "pyttsx3"} <= before
    assert not {"narrate.pipeline", "narrate.segment", "narrate.speak", "pyttsx3"} & after
