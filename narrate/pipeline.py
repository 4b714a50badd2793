"""The whole pipeline, top to bottom: load, read, speak, assemble, export.

`build` runs the text stages only (what `narrate script` shows); `narrate` runs them
all and writes the audio file. Both raise only `NarrateError`s for problems a user can
cause or fix.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import __version__, artifacts, captions, loudness
from .article import Article
from .assemble import Timeline, lay_out, plan_pieces, shift, stream
from .audio_tools import PROGRAM
from .cache import Cache, check_writable, size_limit, user_cache_dir
from .casting import QUOTE_MODES, VOICED, Casting, cast
from .encode import Mp3Encoder, encode_stream, mp3_starts, write_mp3
from .engines import DEFAULT_ENGINE
from .engines.base import Engine, Voice, resolve_voice
from .errors import ArticleError, Destination, UsageError
from .export import (
    DEFAULT_EXTENSION,
    Chapter,
    Tags,
    check_name,
    check_output,
    check_outputs,
    checked_bitrate,
    cover_type,
    ffmpeg_path,
    finish,
    output_format,
    prepare_folder,
    staging,
    through_link,
    write_metadata,
)
from .languages import readable_languages, release_detector
from .lexicon import lexicon_paths, load_lexicon, missing_user_lexicon
from .loudness import Gain
from .memory import return_large_blocks
from .normalize import rules_for
from .options import AUTO as AUTO
from .options import DEFAULT_MP3_QUALITY, MP3_QUALITY
from .options import Settings as Settings
from .progress import ENCODING, MEASURING, READING, SPEAKING, Listener, Tracker, weights
from .readable import mismatches, say_unreadable
from .segment import Segment, build_script, main_language, sayable_article, speakers
from .sources import Document, Source, load
from .speak import Take, speak, take_name

OUTPUT_DIR = Path("output")
LONG_SCRIPT = 200
"""Segments from which a script is long: the language detector is let go once it is
read (a batch of short articles keeps it, to save loading it for each)."""


@dataclass(frozen=True)
class Script:
    """The text stages' result: the cleaned article and the segments to speak."""

    article: Article
    segments: list[Segment]
    warnings: list[str]
    lexicons: tuple[Path, ...] = ()
    """The lexicon files that were applied."""
    page: Document | None = None
    """The fetched page, for an article given as an http or https URL."""
    language: str = "en"
    """The article's language: declared, or detected."""


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
    cached: int = 0
    """Segments whose audio came from the cache."""
    left_out: list[str] = field(default_factory=list)
    """Why each segment the engine could not say is missing (a short silence is there)."""
    of_this_run: list[str] = field(default_factory=list)
    """Those of `warnings` about this run's own events (damaged cache entries), which a
    later run found done before does not repeat."""

    def lasting_warnings(self) -> list[str]:
        """`warnings` about the article and the file, not about this run's own events."""
        return [warning for warning in self.warnings if warning not in self.of_this_run]


def default_output(article: str, headline: str | None = None) -> Path:
    """output/<article stem>.mp3, or output/article.mp3 for standard input; for a URL,
    output/<headline as a slug>.mp3 when the headline is known."""
    source = Source.parse(article)
    stem = source.stem
    if source.kind == "url" and headline:
        stem = slug(headline) or stem
    return OUTPUT_DIR / (stem + DEFAULT_EXTENSION)


def slug(text: str, limit: int = 60) -> str:
    """A file name from a headline: lower-case words joined by hyphens, at most `limit`
    characters, cut at a word; letters of any script are kept."""
    words = re.findall(r"[^\W_]+", text.lower())
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out}-{word}" if out else word
    return out or (words[0][:limit] if words else "")


def _text_of(article: Article) -> str:
    """The article's paragraphs as one text, for rules that look at the whole of it."""
    return "\n".join(paragraph.text for paragraph in article.paragraphs)


def build(
    article: str,
    settings: Settings | None = None,
    engine: Engine | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Script:
    """Read ARTICLE (a path, "-" or a URL) and return its script. Raises ArticleError when the
    article cannot be read or has no words to speak, LexiconError for a bad lexicon,
    UsageError for a voice the engine does not have.

    With an `engine`, each segment's language is chosen among those its voices read and
    its voice is cast (see `casting.cast`); without one, languages are detected among all
    the detector knows and voices are left empty. `progress` hears (done, 100) as reading
    goes on."""
    settings = settings or Settings()
    report = progress or (lambda done, total: None)
    casting = _casting(settings, engine) if engine else None
    source = Source.parse(article)
    loaded = load(source, settings.max_chars, settings.forced_loader(), settings.fetching)
    report(50, 100)
    beside = str(source.path) if source.path else "-"
    lexicon = load_lexicon(lexicon_paths(settings.lexicons, beside))
    parsed, changes = sayable_article(loaded.article)
    voices = _castable(engine.voices(), casting.voice if casting else None) if engine else []
    readable = readable_languages(voices) if engine else None
    main = main_language(parsed, readable)
    voiced = settings.quotes == VOICED
    segments = build_script(
        parsed,
        settings.pauses,
        lexicon,
        language=main,
        readable=readable,
        quotations=voiced,
        rules=rules_for(settings.locale, _text_of(parsed)),
        progress=lambda done, total: report(55 + 45 * done // total, 100),
    )
    if not segments:
        raise ArticleError(f"{source.name}: no words to speak (only punctuation or symbols)")
    warnings = list(loaded.warnings) + changes
    if engine and casting:
        segments = cast(segments, main, voices, engine.variants(), speakers(parsed), casting)
        segments, left_out, unsaid = say_unreadable(segments, voices)
        parsed = replace(parsed, dropped=parsed.dropped + tuple(left_out))
        warnings = warnings + unsaid
    page = loaded.document if source.is_web else None
    if missing := missing_user_lexicon():
        warnings = [*warnings, missing]
    return Script(parsed, segments, warnings, lexicon.sources, page, main)


def _castable(voices: Sequence[Voice], chosen: str | None) -> list[Voice]:
    """The voices casting may give segments: the default engine's (espeak-ng's: "auto"
    never picks a natural voice on its own), and the engine of the voice the user chose."""
    own = next((v.engine for v in voices if chosen and v.id == chosen.partition("+")[0]), "")
    return [v for v in voices if v.engine in ("", DEFAULT_ENGINE, own)]


def _casting(settings: Settings, engine: Engine) -> Casting:
    """The settings' voice choices, checked against the engine (UsageError if unknown)."""
    if settings.quotes not in QUOTE_MODES:
        raise UsageError(f"--quotes {settings.quotes}: give one of {', '.join(QUOTE_MODES)}")
    voice = (
        None if settings.voice.strip().lower() == AUTO else resolve_voice(settings.voice, engine)
    )
    chosen = tuple(resolve_voice(v, engine) for v in settings.quote_voices)
    return Casting(voice, settings.quotes, chosen)


def narrate(
    article: str,
    out: Path | None,
    engine: Engine,
    settings: Settings | None = None,
    progress: Listener | None = None,
    workers: Callable[[], Engine] | None = None,
    written: Callable[[Path], None] | None = None,
) -> Result:
    """Narrate ARTICLE into OUT (default `default_output(article)`) and return what was made.

    `engine` synthesizes in this process; `workers`, a picklable factory of engines,
    lets `settings.jobs` - 1 spawned processes help on long scripts. Checks the article,
    the voice and the output path before any synthesis, and creates OUT's folder only
    once they are all right. OUT appears only when complete; on any error or interrupt
    no file is left there, and what was synthesized stays in the cache for the next run.
    `written` is called with OUT the moment it is complete, so that an interrupt after
    that can say so. `progress` hears each stage's advance and the whole run's share
    (see `narrate.progress`), from this thread or an encoder's.
    """
    settings = settings or Settings()
    script = None
    source = Source.parse(article)
    if out is None and source.kind == "url":  # named after its headline
        script = build(article, settings, engine)
        out = default_output(article, script.article.title)
    check_name(out or default_output(article))
    out = through_link(out or default_output(article))
    check_output(out, str(source.path) if source.path else None)
    fmt = output_format(out)
    settings = replace(settings, bitrate=checked_bitrate(settings.bitrate, out))
    sidecar_paths = _sidecar_paths(out, settings, source)
    if settings.cover:
        cover_type(settings.cover)
    mp3_out = fmt.muxer == "mp3"
    tracker = Tracker(progress, weights(mp3_out, settings.loudness is not None))
    tracker.update(READING, 0, 100)
    script = script or build(
        article, settings, engine, lambda done, total: tracker.update(READING, done, total)
    )
    tracker.update(READING, 100, 100)
    if len(script.segments) >= LONG_SCRIPT:
        release_detector()  # not needed again: its memory is better spent on synthesis
        return_large_blocks()
    voice = script.segments[0].voice
    voices = engine.voices()
    warnings = script.warnings + mismatches(
        script.segments, {s.voice: _languages(s.voice, voices, engine) for s in script.segments}
    )
    page = _page_path(out, script.page) if settings.keep_page and script.page else None
    check_outputs(_outputs(out, sidecar_paths, page), str(source.path) if source.path else None)
    if settings.mp3_quality and not mp3_out:
        warnings.append(
            f"--mp3-quality: {out.suffix} files are not MP3, so it was not used; its "
            "encoder has its own settings (see --bitrate)"
        )
    if settings.cover and not fmt.cover:
        warnings.append(
            f"--cover: {out.suffix} files hold no cover image, so {settings.cover} was left "
            "out; use .mp3, .m4a, .flac or .ogg to keep it"
        )
    ffmpeg = ffmpeg_path()
    cache_root = user_cache_dir() if settings.cache else None
    if cache_root:
        check_writable(cache_root)
    prepare_folder(out)
    tags = _tags(article, script.article, settings)
    with _writes_explained(out, cache_root), staging(out) as work, contextlib.ExitStack() as stack:
        store = Cache(cache_root, size_limit()) if cache_root else Cache(work / "cache")
        stack.enter_context(store.cleaning())  # left last: after the encoders have stopped
        segments = script.segments
        names = [
            take_name(s.said, s.voice, settings.rate, settings.volume, engine) for s in segments
        ]
        pieces = plan_pieces(segments, names)
        mp3 = None
        if mp3_out:
            bitrate = settings.bitrate or fmt.bitrate or "64k"
            aim = None if settings.loudness is None else settings.loudness + fmt.codec_loss_lu
            where = Destination.cache(cache_root) if cache_root else Destination(str(out))
            mp3 = Mp3Encoder(
                ffmpeg, pieces, bitrate, aim, fmt.limit_db, store, settings.jobs, where,
                _counting(tracker.counter(ENCODING, len(pieces))),
                MP3_QUALITY[settings.mp3_quality or DEFAULT_MP3_QUALITY],
            )  # fmt: skip
            stack.enter_context(mp3)
        takes = speak(
            segments, names, engine, voice, settings.rate, settings.volume, store,
            workers, _synthesis_jobs(settings.jobs, engine, voice, mp3 is not None),
            lambda done, total: tracker.update(SPEAKING, done, total),
            mp3.add if mp3 else None,
        )  # fmt: skip
        timeline = lay_out(takes)
        encoded = work / ("audio" + out.suffix)
        if mp3:
            pieces_mp3 = mp3.results()
            timeline = shift(timeline, pieces, mp3_starts(pieces_mp3))
        chapters = captions.chapters(timeline.placements, timeline.duration_ms, script.article)
        if mp3:
            write_mp3(pieces_mp3, tags, chapters, encoded)
        else:
            gain = _whole_gain(takes, settings.loudness, fmt.limit_db, tracker)
            seconds = max(1, round(timeline.duration_ms / 1000))
            # the feed is most of an encode; the rest (measuring the file) follows it
            units = seconds * 100 // 85
            encode_stream(
                ffmpeg, lambda: _fed(stream(takes), tracker, ENCODING, seconds, units), fmt,
                settings.bitrate, gain, settings.loudness, write_metadata(work, chapters), tags,
                encoded, out,
            )  # fmt: skip
            tracker.update(ENCODING, 1, 1)
        material = artifacts.Material(
            timeline, chapters, tags, script.article, out,
            encoded if settings.read_along == "embed" else None,
            settings.word_captions, _language(voice), _about(script.article, tags),
        )  # fmt: skip
        texts = _sidecar_texts(sidecar_paths, material)
        if cache_root:
            store.evict()  # before OUT appears: once it has, the run is done
        size = finish(encoded, out, fmt, tags, texts)
        if settings.keep_page and script.page is not None:
            sidecar_paths["page"] = _keep_page(out, script.page, work)
        if written:
            written(out)
    of_this_run = [_damage_warning(store)] if store.damaged else []
    return Result(
        out, timeline.duration_ms, size, len(takes), timeline, warnings + of_this_run, chapters,
        list(sidecar_paths.values()), sum(take.cached for take in takes),
        [take.left_out for take in takes if take.left_out], of_this_run,
    )  # fmt: skip


def _synthesis_jobs(jobs: int, engine: Engine, voice: str, encoding_beside: bool) -> int:
    """How many processes synthesize: all `jobs`, unless MP3 encoders run beside them."""
    return engine.info(voice).synthesis_jobs(jobs) if encoding_beside else jobs


@contextlib.contextmanager
def _writes_explained(out: Path, cache_root: Path | None) -> Iterator[None]:
    """Turn a failed write (a full disk, a folder removed meanwhile) into an OutputError
    naming OUT, or the segment cache when that is where it failed."""
    try:
        yield
    except OSError as exc:
        if cache_root and exc.filename and Path(exc.filename).is_relative_to(cache_root):
            raise Destination.cache(cache_root).failed(exc) from None
        raise Destination(str(out)).failed(exc) from None


def _damage_warning(store: Cache) -> str:
    count = len(set(store.damaged))
    entries = "entry was" if count == 1 else "entries were"
    return (
        f"{count} damaged cache {entries} ignored and made again (in {store.root}); "
        "if this recurs, check that disk"
    )


def _languages(voice: str, voices: Sequence[Voice], engine: Engine | None = None) -> list[str]:
    """The languages of a resolved voice id ("gmw/en-us+f3"), and the id's own last part."""
    base = voice.partition("+")[0]
    found = next((v.languages for v in voices if v.id == base), ())
    if not found and engine is not None:  # a voice not listed, such as a Piper voice file
        found = engine.info(voice).languages
    return [*found, base.rsplit("/", 1)[-1]]


LOUDNESS_SPAN_S = 600
"""A single-stream encode's gain comes from the program's first ten minutes (all of an
article): espeak's level does not drift, and a book need not be read twice."""


def _whole_gain(
    takes: list[Take], target: float | None, limit_db: float, tracker: Tracker
) -> Gain | None:
    if target is None:
        return None
    sample = bytearray()
    fmt = takes[0].format if takes else PROGRAM
    span = min(LOUDNESS_SPAN_S, max(1, round(sum(t.frames for t in takes) / fmt.sample_rate)))
    for chunk in _fed(stream(takes), tracker, MEASURING, span, span):
        sample += chunk
        if len(sample) >= fmt.frames(LOUDNESS_SPAN_S * 1000) * fmt.frame_bytes:
            break
    return loudness.choose_gain(loudness.estimate(bytes(sample), fmt), target, limit_db)


def _page_path(out: Path, page: Document) -> Path:
    return out.with_suffix(".txt" if page.media_type == "text/plain" else ".html")


def _keep_page(out: Path, page: Document, work: Path) -> Path:
    """Write the fetched page beside OUT (OUT.html, or OUT.txt for plain text), whole or
    not at all; return its path."""
    path = _page_path(out, page)
    temp = work / "page"
    temp.write_bytes(page.data)
    os.replace(temp, path)
    return path


def _fed(
    chunks: Iterable[bytes], tracker: Tracker, stage: str, seconds: int, total: int
) -> Iterator[bytes]:
    """`chunks` of PCM, reporting each whole second of audio passed on as a unit of
    `stage` (out of `total`); once they end, `stage` is at `seconds` and the tracker
    hears MEASURING: what follows a feed is a measurement."""
    fed = reported = 0
    for chunk in chunks:
        yield chunk
        fed += len(chunk)
        now = min(seconds, fed // (PROGRAM.frame_bytes * PROGRAM.sample_rate))
        if now > reported:
            reported = now
            tracker.update(stage, now, total)
    tracker.update(MEASURING, 0, 0)


def _counting(counter: Callable[[int], None]) -> Callable[[], None]:
    """A thread-safe callback that passes `counter` how many times it was called."""
    lock = threading.Lock()
    calls = [0]

    def called() -> None:
        with lock:
            calls[0] += 1
            counter(calls[0])

    return called


def _tags(name: str, article: Article, settings: Settings) -> Tags:
    """Tags from the article, with the settings' overrides."""
    source = article.source
    origin = Source.parse(name)
    comment = f"Narrated by narrate {__version__} from {article.url or origin.origin}"
    if source:
        comment += f"; source: {source}"
    return Tags(
        title=settings.title or article.title or origin.stem,
        artist=settings.author or (" and ".join(article.authors) if article.authors else None),
        album=settings.album or article.site or source or "narrate",
        date=article.date,  # none rather than the day of narration
        comment=comment,
        cover=settings.cover,
    )


def _sidecar_paths(out: Path, settings: Settings, source: Source | None = None) -> dict[str, Path]:
    """The artifacts the settings ask for, by name, with their paths beside OUT (a link
    there is written through, as OUT is). Raises UsageError when the read-along page and
    the page --keep-page keeps would be the same file. `check_outputs` checks the rest."""
    kinds = list(settings.captions)
    kinds += ["vtt"] if settings.word_captions else []
    kinds += ["json"] if settings.transcript else []
    kinds += ["html"] if settings.read_along else []
    paths = {
        kind: through_link(out.with_suffix(artifacts.get(kind).suffix))
        for kind in dict.fromkeys(kinds)
    }
    if "html" in paths and settings.keep_page and source is not None and source.is_web:
        raise UsageError(
            f"{paths['html']}: --read-along and --keep-page would both write it; "
            "keep the page in a run without --read-along, or give another -o"
        )
    return paths


def _outputs(out: Path, sidecars: dict[str, Path], page: Path | None) -> dict[Path, str]:
    """Every file the run writes, with what it holds: what `check_outputs` checks."""
    described = {"json": "the transcript", "html": "the read-along page"}
    outputs = {
        out: "the audio",
        **{path: described.get(kind, f"the {kind} captions") for kind, path in sidecars.items()},
    }
    if page:
        outputs[page] = "the kept page"
    return outputs


def _sidecar_texts(paths: dict[str, Path], material: artifacts.Material) -> dict[Path, str]:
    """The artifacts' texts, rendered from the final timeline, by their paths."""
    texts = artifacts.render(list(paths), material)
    return {paths[kind]: text for kind, text in texts.items()}


def _about(article: Article | None, tags: Tags) -> dict[str, object]:
    """What the transcript says about the article: its tags, and for a web page its
    site, language, canonical URL and description."""
    about: dict[str, object] = {
        "title": tags.title,
        "authors": list(article.authors) if article else [],
    }
    if article:
        found = {"date": article.date, "site": article.site, "language": article.language,
                 "url": article.url, "description": article.description}  # fmt: skip
        about |= {key: value for key, value in found.items() if value}
    return about


def _language(voice: str) -> str:
    """A language tag for a resolved voice id ("gmw/en-us+f3" -> "en-us")."""
    return voice.partition("+")[0].rsplit("/", 1)[-1] or "en"
