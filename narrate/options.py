"""What a narration is asked for: the settings every command shares, their defaults and
the names the CLI offers. Only the standard library: the CLI builds its options and
checks whether a run was done before (`rerun`) without importing the pipeline. The
modules these values belong to (pipeline, segment, casting, captions, normalize,
article, speak, sources.fetch) import them from here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_RATE = 175
"""Words per minute: a calm newsreader's pace."""
DEFAULT_VOLUME = 1.0
MIN_RATE, MAX_RATE = 80, 400
"""espeak behaves erratically at 450 words per minute and more."""
NARRATOR = "narrator"
VOICED = "voiced"
QUOTE_MODES = (VOICED, NARRATOR)
CAPTION_FORMATS = ("srt", "vtt", "lrc")
DAY_FIRST_LOCALES = frozenset({"en-GB", "en-AU", "en-IE", "en-IN", "en-NZ", "en-ZA"})
"""Locales whose numeric dates put the day first."""
LOCALES = ("en-US", "en-CA", *sorted(DAY_FIRST_LOCALES))
DEFAULT_MAX_CHARS = 5_000_000
"""Longest article accepted, in characters: about 800,000 words, a long book."""
DEFAULT_TIMEOUT = 20.0
"""Seconds to wait for a connection, and for each read."""
DEFAULT_MAX_BYTES = 10_000_000
MP3_QUALITY = {"fast": 7, "standard": 3, "high": 2}
"""`--mp3-quality` names and the LAME quality level (-q) each stands for. "standard" is
LAME's own default; "fast" (the default here) takes 0.6 of its CPU and, on narrate's
speech at 64 kbit/s, measures no worse: `python bench/mp3_quality.py`."""
DEFAULT_MP3_QUALITY = "fast"
MIN_VOLUME = 0.2
"""The lowest engine volume the CLI accepts. espeak-ng's speech fades toward the silence
threshold of `audio_tools.speech_bounds` as the volume falls: at 0.01 and below every
clip is "silence", at 0.02 to 0.03 clips lose more than half of their measured speech,
at 0.1 a short word loses 125 ms (more than `TAIL_MS`, so it is cut); from 0.15 every
loss stays inside the kept margins, and 0.2 leaves room (measured on five sentences)."""


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = DEFAULT_TIMEOUT
    """Seconds for connecting and for each read."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest page accepted, compressed or not."""
    offline: bool = False
    """Refuse every http and https fetch."""


@dataclass(frozen=True)
class Pauses:
    """Silence after each kind of boundary, in milliseconds."""

    clause_ms: int = 250
    """After a piece of a sentence that was too long to say in one go."""
    short_ms: int = 350
    """At an ellipsis inside a sentence and at a line break inside a paragraph."""
    sentence_ms: int = 600
    paragraph_ms: int = 1200
    headline_ms: int = 1500
    """After the headline, the byline and a section heading."""
    section_ms: int = 2500
    """Before a section heading."""


AUTO = "auto"
"""The voice setting that chooses the voice from the article's language."""


@dataclass(frozen=True)
class Settings:
    """Everything that shapes the narration, with the CLI's defaults."""

    voice: str = AUTO
    """The narrator's voice for the article's language, or AUTO to choose it by language."""
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
    word_captions: bool = False
    """Write OUT's name with .vtt, a timestamp before each word."""
    read_along: str | None = None
    """Write OUT's name with .html, the read-along page: "link" refers to OUT beside
    it, "embed" puts the audio inside; None writes no page."""
    markdown: bool = False
    """Read the article as Markdown even without a .md name (for standard input)."""
    html: bool = False
    """Read the article as a web page even without an .html name (for standard input)."""
    fetching: FetchOptions = field(default_factory=FetchOptions)
    """Timeout, size limit and --offline for articles given as URLs."""
    keep_page: bool = False
    """Keep a fetched page beside OUT (OUT's name with .html or .txt)."""
    lexicons: tuple[Path, ...] = ()
    """Lexicon files given by the user, highest priority first; the user lexicon and
    lexicon.txt beside the article are added after them."""
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    """Processes synthesizing and encoding at once."""
    cache: bool = True
    """Use the user's segment cache; False keeps this run's audio in a temporary one."""
    quotes: str = VOICED
    """VOICED reads quotations in their speakers' voices; "narrator" in the narrator's."""
    quote_voices: tuple[str, ...] = ()
    """Voices for the speakers, in order of appearance; empty chooses them."""
    locale: str = "en-US"
    """How dates in figures are read: month first (en-US) or day first (en-GB, ...)."""
    mp3_quality: str | None = None
    """A name in `MP3_QUALITY` for the LAME encoder; None for `DEFAULT_MP3_QUALITY`."""

    def forced_loader(self) -> str | None:
        """The loader `html` or `markdown` name, or None to choose by the document."""
        return "html" if self.html else "markdown" if self.markdown else None
