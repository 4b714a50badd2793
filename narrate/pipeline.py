"""The whole pipeline, top to bottom: load, read, speak, assemble, export.

`build` runs the text stages only (what `narrate script` shows); `narrate` runs them
all and writes the audio file. Both raise only `NarrateError`s for problems a user can
cause or fix.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import __version__, captions
from .article import DEFAULT_MAX_CHARS, Article, parse_article, read_article
from .assemble import Timeline, assemble
from .engine import DEFAULT_RATE, DEFAULT_VOICE, DEFAULT_VOLUME, Engine, resolve_voice
from .errors import ArticleError, OutputError
from .export import (
    DEFAULT_EXTENSION,
    Chapter,
    Tags,
    check_output,
    cover_type,
    prepare_folder,
    write_audio,
)
from .lexicon import lexicon_paths, load_lexicon
from .markdown import is_markdown, markdown_article
from .segment import Pauses, Segment, build_script
from .speak import Clip, speak

OUTPUT_DIR = Path("output")

Progress = Callable[[int, int], None]
"""Called with (segments done, segments in all) as synthesis goes on."""


@dataclass(frozen=True)
class Settings:
    """Everything that shapes the narration, with the CLI's defaults."""

    voice: str = DEFAULT_VOICE
    rate: int = DEFAULT_RATE
    """Words per minute."""
    volume: float = DEFAULT_VOLUME
    """0.0 to 1.0."""
    pauses: Pauses = field(default_factory=Pauses)
    bitrate: str | None = None
    """Encoder bitrate such as "64k"; None for the format's default."""
    max_chars: int = DEFAULT_MAX_CHARS
    loudness: float | None = -16.0
    """Target integrated loudness in LUFS; None leaves the engine's level as it is."""
    title: str | None = None
    author: str | None = None
    album: str | None = None
    cover: Path | None = None
    captions: tuple[str, ...] = ()
    """Caption files to write beside OUT: any of srt, vtt, lrc."""
    transcript: bool = False
    """Write OUT's name with .json: every segment with its text and times."""
    markdown: bool = False
    """Read the article as Markdown even without a .md name (for standard input)."""
    lexicons: tuple[Path, ...] = ()
    """Lexicon files given by the user, highest priority first; the user lexicon and
    lexicon.txt beside the article are added after them."""


@dataclass(frozen=True)
class Script:
    """The text stages' result: the cleaned article and the segments to speak."""

    article: Article
    segments: list[Segment]
    warnings: list[str]
    lexicons: tuple[Path, ...] = ()
    """The lexicon files that were applied."""


@dataclass(frozen=True)
class Result:
    output: Path
    duration_ms: float
    size_bytes: int
    segments: int
    timeline: Timeline
    warnings: list[str]
    chapters: list[Chapter] = field(default_factory=list)
    sidecars: list[Path] = field(default_factory=list)
    """Caption and transcript files written beside the output."""


def default_output(article: str) -> Path:
    """output/<article stem>.mp3, or output/article.mp3 for standard input."""
    stem = "article" if article == "-" else Path(article).stem or "article"
    return OUTPUT_DIR / (stem + DEFAULT_EXTENSION)


def build(article: str, settings: Settings | None = None) -> Script:
    """Read ARTICLE (a path or "-") and return its script. Raises ArticleError when the
    article cannot be read or has no words to speak, LexiconError for a bad lexicon."""
    settings = settings or Settings()
    text, warnings = read_article(article, settings.max_chars)
    name = "standard input" if article == "-" else article
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty; give a file with text in it")
    lexicon = load_lexicon(lexicon_paths(settings.lexicons, article))
    parsed = (
        markdown_article(text) if settings.markdown or is_markdown(article) else parse_article(text)
    )
    segments = build_script(parsed, settings.pauses, lexicon)
    if not segments:
        raise ArticleError(f"{name}: no words to speak (only punctuation or symbols)")
    return Script(parsed, segments, warnings, lexicon.sources)


def narrate(
    article: str,
    out: Path | None,
    engine: Engine,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Result:
    """Narrate ARTICLE into OUT (default `default_output(article)`) and return what was made.

    Checks the article, the voice and the output path before any synthesis, and
    creates OUT's folder only once they are all right. OUT appears only when
    complete; on any error or interrupt no file is left there.
    """
    settings = settings or Settings()
    out = out or default_output(article)
    check_output(out, article)
    if settings.cover:
        cover_type(settings.cover)
    script = build(article, settings)
    voice = resolve_voice(settings.voice, engine)
    sidecar_paths = _sidecar_paths(out, settings)
    prepare_folder(out)
    total = len(script.segments)

    tags = _tags(article, script.article, settings)
    clips = speak(script.segments, engine, voice, settings.rate, settings.volume)
    timeline = Timeline()
    chunks = assemble(_counted(clips, total, progress), timeline)
    first = next(chunks)  # fixes the sample rate and channels
    chapter_list: list[Chapter] = []

    def chapters_now() -> list[Chapter]:
        chapter_list[:] = captions.chapters(
            timeline.placements, timeline.duration_ms, script.article
        )
        return chapter_list

    def sidecars_now() -> dict[Path, str]:
        found = captions.cues(timeline.placements)
        texts = {
            path: captions.captions(kind, found, tags.title, tags.artist)
            for kind, path in sidecar_paths.items()
            if kind != "json"
        }
        if "json" in sidecar_paths:
            texts[sidecar_paths["json"]] = captions.transcript(
                found, chapter_list or chapters_now(), timeline.placements
            )
        return texts

    size = write_audio(
        itertools.chain([first], chunks),
        out,
        timeline.sample_rate,
        timeline.channels,
        settings.bitrate,
        loudness=settings.loudness,
        tags=tags,
        chapters=chapters_now,
        sidecars=sidecars_now,
    )
    return Result(
        out, timeline.duration_ms, size, total, timeline, script.warnings, chapter_list,
        list(sidecar_paths.values()),
    )  # fmt: skip


def _tags(name: str, article: Article, settings: Settings) -> Tags:
    """Tags from the article, with the settings' overrides."""
    source = article.source
    stem = "article" if name == "-" else Path(name).stem
    origin = "standard input" if name == "-" else Path(name).name
    comment = f"Narrated by narrate {__version__} from {origin}"
    if source:
        comment += f"; source: {source}"
    return Tags(
        title=settings.title or article.title or stem,
        artist=settings.author or (" and ".join(article.authors) if article.authors else None),
        album=settings.album or source or "narrate",
        date=article.date or date.today().isoformat(),
        comment=comment,
        cover=settings.cover,
    )


def _sidecar_paths(out: Path, settings: Settings) -> dict[str, Path]:
    paths = {kind: out.with_suffix("." + kind) for kind in settings.captions}
    if settings.transcript:
        paths["json"] = out.with_suffix(".json")
    for path in paths.values():
        if path.is_dir():
            raise OutputError(f"{path}: is a directory; cannot write captions there")
    return paths


def _counted(clips: Iterable[Clip], total: int, progress: Progress | None) -> Iterator[Clip]:
    for done, clip in enumerate(clips, 1):
        if progress:
            progress(done, total)
        yield clip
