"""Output artifacts: the files written beside the audio, each rendered from the final
timeline (after the encoder has moved it) and what the run knows of the article.

An artifact is a small object with a `name` (what the user asks for: "srt"), the
`suffix` of its file and `render(material) -> str`. `register` adds one; `get` finds
one by name. Captions (srt, vtt, lrc), the JSON transcript and the read-along page
are registered here. Renderers never write files: the pipeline writes what they
return, beside OUT and atomically with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from . import captions
from .article import Article
from .assemble import Timeline
from .export import Chapter, Tags


@dataclass(frozen=True)
class Material:
    """What every artifact is made from."""

    timeline: Timeline
    """The final timeline: where each segment and word is in the finished file."""
    chapters: Sequence[Chapter]
    tags: Tags
    article: Article
    audio: Path
    """The finished audio file, at its final path (the page refers to it by name)."""
    embed: Path | None = None
    """The encoded audio to put inside the page; None refers to `audio` beside it."""
    word_captions: bool = False
    """WebVTT with a timestamp before each word."""
    language: str = "en"
    """The language of the text (a BCP 47 tag such as "en-us"), for the page."""
    about: Mapping[str, object] | None = None
    """What the transcript says about the article first (title, authors, site, URL)."""


class Artifact(Protocol):
    @property
    def name(self) -> str:
        """What the user asks for, such as "srt"."""
        ...

    @property
    def suffix(self) -> str:
        """The file's suffix beside OUT, such as ".srt"."""
        ...

    def render(self, material: Material) -> str:
        """The file's text. Pure: reads `material` (and, for an embedded page, the
        audio file it names), writes nothing."""
        ...


_REGISTRY: dict[str, Artifact] = {}


def register(artifact: Artifact) -> Artifact:
    """Add `artifact` under its name (replacing one of the same name); return it."""
    _REGISTRY[artifact.name] = artifact
    return artifact


def get(name: str) -> Artifact:
    """The artifact registered as `name`. Raises KeyError naming the known ones."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no artifact {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None


def names() -> list[str]:
    return list(_REGISTRY)


def render(wanted: Sequence[str], material: Material) -> dict[str, str]:
    """Each wanted artifact's text, by name."""
    return {name: get(name).render(material) for name in wanted}


@dataclass(frozen=True)
class CaptionFile:
    """Timed captions in one of `captions.CAPTION_FORMATS`, one cue per sentence."""

    name: str

    @property
    def suffix(self) -> str:
        return "." + self.name

    def render(self, material: Material) -> str:
        found = captions.cues(material.timeline.placements)
        words = material.word_captions and self.name == "vtt"
        return captions.captions(self.name, found, material.tags.title, material.tags.artist, words)


@dataclass(frozen=True)
class Transcript:
    """JSON: chapters, every segment with its texts, times and words, and the cues."""

    name: str = "json"
    suffix: str = ".json"

    def render(self, material: Material) -> str:
        placements = material.timeline.placements
        found = captions.cues(placements)
        return captions.transcript(found, material.chapters, placements, material.about)


@dataclass(frozen=True)
class ReadAlong:
    """A self-contained HTML page that highlights each sentence and word as it plays."""

    name: str = "html"
    suffix: str = ".html"

    def render(self, material: Material) -> str:
        from . import read_along  # only runs that ask for the page need its template

        return read_along.page(material)


for _kind in captions.CAPTION_FORMATS:
    register(CaptionFile(_kind))
register(Transcript())
register(ReadAlong())
