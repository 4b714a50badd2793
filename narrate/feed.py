"""A podcast feed of a folder of narrations, for the podcast app on a phone.

`write_feed(DIR, URL)` writes DIR/feed.xml: RSS 2.0 with the iTunes and Podcasting 2.0
elements podcast apps read, one item per audio file in DIR (newest first), everything
read from the files themselves (tags, duration, chapters) and the files beside them
(captions, cover). Each item's chapters are written beside its audio as
NAME.chapters.json (the JSON chapters format). The feed is built with ElementTree, so
every text is escaped, and replaced atomically.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

from . import __version__
from .batch import write_atomically
from .errors import OutputError, UsageError
from .export import AUDIO_MIME_TYPES

FEED = "feed.xml"
CHAPTERS_SUFFIX = ".chapters.json"
CHAPTERS_TYPE = "application/json+chapters"
MIME_TYPES = AUDIO_MIME_TYPES
TRANSCRIPT_TYPES = {".vtt": "text/vtt", ".srt": "application/x-subrip"}
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("itunes", ITUNES)
ET.register_namespace("podcast", PODCAST)
ET.register_namespace("atom", ATOM)


@dataclass(frozen=True)
class Episode:
    """One audio file of the folder, as the feed describes it."""

    path: Path
    title: str
    description: str
    published: datetime
    duration_s: float
    size: int
    mime: str
    guid: str
    chapters: list[tuple[float, str]] = field(default_factory=list)
    """(start in seconds, title) of each chapter."""
    transcripts: list[tuple[Path, str]] = field(default_factory=list)
    image: Path | None = None


def check_base_url(url: str) -> str:
    """URL with a trailing slash. Raises UsageError unless it is an http(s) URL."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(
            f"--base-url {url}: give the http:// or https:// address DIR is served at, "
            "such as http://192.168.1.20:8000/"
        )
    return url if url.endswith("/") else url + "/"


def episodes(folder: Path) -> list[Episode]:
    """Every audio file directly in FOLDER (hidden ones aside), newest first."""
    found = [
        read_episode(path)
        for path in folder.iterdir()
        if path.suffix.lower() in MIME_TYPES and not path.name.startswith(".") and path.is_file()
    ]
    return sorted(found, key=lambda e: (e.published, e.path.name), reverse=True)


def read_episode(path: Path) -> Episode:
    """What the feed says of PATH: its tags, duration and chapters (read with mutagen),
    its captions and cover image beside it, a GUID from its name (stable as it is
    narrated again), its modification time as the publication date."""
    import mutagen

    info = path.stat()
    try:
        audio: Any = mutagen.File(path)
    except Exception:  # mutagen raises its own errors for broken files
        audio = None
    duration = float(audio.info.length) if audio is not None and audio.info else 0.0
    tags = _tags(audio)
    title = tags.get("title") or path.stem
    about = [
        f"By {tags['artist']}." if tags.get("artist") else "",
        f"From {tags['album']}." if tags.get("album") else "",
        tags.get("comment", ""),
    ]
    transcripts = [
        (path.with_suffix(suffix), kind)
        for suffix, kind in TRANSCRIPT_TYPES.items()
        if path.with_suffix(suffix).is_file()
    ]
    image = next(
        (path.with_suffix(s) for s in IMAGE_SUFFIXES if path.with_suffix(s).is_file()), None
    )
    return Episode(
        path,
        title,
        " ".join(part for part in about if part) or title,
        datetime.fromtimestamp(int(info.st_mtime), timezone.utc),
        duration,
        info.st_size,
        MIME_TYPES[path.suffix.lower()],
        "narrate-" + hashlib.sha256(path.name.encode()).hexdigest()[:32],
        _chapters(audio),
        transcripts,
        image,
    )


def _tags(audio: Any) -> dict[str, str]:
    """Title, artist, album and comment from an ID3, MP4 or Vorbis tag."""
    if audio is None or audio.tags is None:
        return {}
    names = {
        "title": ("TIT2", "\xa9nam", "title"),
        "artist": ("TPE1", "\xa9ART", "artist"),
        "album": ("TALB", "\xa9alb", "album"),
        "comment": ("COMM", "\xa9cmt", "comment"),
    }
    found = {}
    for what, keys in names.items():
        for key in keys:
            value = _first(audio.tags, key)
            if value:
                found[what] = value
                break
    return found


def _first(tags: Any, key: str) -> str | None:
    try:
        if hasattr(tags, "getall") and key.isupper():  # ID3: COMM has a language and a key
            frames = tags.getall(key)
            return str(frames[0].text[0]) if frames and frames[0].text else None
        value = tags.get(key)
    except (KeyError, ValueError, TypeError):
        return None
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value) if value else None


def _chapters(audio: Any) -> list[tuple[float, str]]:
    if audio is None:
        return []
    found: list[tuple[float, str]] = []
    tags = audio.tags
    if tags is not None and hasattr(tags, "getall"):
        for frame in tags.getall("CHAP"):
            title = frame.sub_frames.get("TIT2")
            found.append((frame.start_time / 1000, str(title.text[0]) if title else ""))
    for chapter in getattr(audio, "chapters", None) or []:
        found.append((float(chapter.start), str(chapter.title)))
    return sorted(found)


def chapters_json(chapters: list[tuple[float, str]]) -> str:
    """The Podcasting 2.0 JSON chapters file for CHAPTERS."""
    return (
        json.dumps(
            {
                "version": "1.2.0",
                "chapters": [
                    {"startTime": round(start, 3), "title": title} for start, title in chapters
                ],
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n"
    )


def feed_xml(
    found: list[Episode], base_url: str, title: str, description: str | None = None
) -> bytes:
    """The RSS document for FOUND, its URLs under BASE_URL."""
    base_url = check_base_url(base_url)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    _text(channel, "title", title)
    _text(channel, "link", base_url)
    _text(channel, "description", description or f"{title}: articles narrated by narrate")
    _text(channel, "language", "en")
    _text(channel, "generator", f"narrate {__version__}")
    ET.SubElement(
        channel,
        f"{{{ATOM}}}link",
        {"href": base_url + FEED, "rel": "self", "type": "application/rss+xml"},
    )
    _text(channel, f"{{{ITUNES}}}author", "narrate")
    _text(channel, f"{{{ITUNES}}}explicit", "false")
    if found:
        folder = found[0].path.parent
        cover = next(
            (folder / ("cover" + s) for s in IMAGE_SUFFIXES if (folder / ("cover" + s)).is_file()),
            None,
        )
        if cover:
            ET.SubElement(channel, f"{{{ITUNES}}}image", {"href": base_url + quote(cover.name)})
    for episode in found:
        item = ET.SubElement(channel, "item")
        _text(item, "title", episode.title)
        _text(item, "description", episode.description)
        _text(item, "pubDate", format_datetime(episode.published))
        ET.SubElement(item, "guid", {"isPermaLink": "false"}).text = episode.guid
        ET.SubElement(
            item,
            "enclosure",
            {
                "url": base_url + quote(episode.path.name),
                "length": str(episode.size),
                "type": episode.mime,
            },
        )
        _text(item, f"{{{ITUNES}}}duration", _duration(episode.duration_s))
        if episode.image:
            ET.SubElement(
                item, f"{{{ITUNES}}}image", {"href": base_url + quote(episode.image.name)}
            )
        if episode.chapters:
            name = episode.path.name + CHAPTERS_SUFFIX
            ET.SubElement(
                item,
                f"{{{PODCAST}}}chapters",
                {"url": base_url + quote(name), "type": CHAPTERS_TYPE},
            )
        for path, kind in episode.transcripts:
            ET.SubElement(
                item,
                f"{{{PODCAST}}}transcript",
                {"url": base_url + quote(path.name), "type": kind, "rel": "captions"},
            )
    ET.indent(rss)
    data: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = _xml_safe(text)
    return element


def _xml_safe(text: str) -> str:
    """TEXT without the characters XML 1.0 cannot hold (control characters)."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def write_feed(
    folder: Path, base_url: str, title: str | None = None, cover: Path | None = None
) -> Path:
    """Write FOLDER/feed.xml and each episode's chapters file (only where it changed);
    return the feed's path. COVER, when FOLDER has no cover.jpg or cover.png yet, is
    copied there as the show's image. Raises OutputError when FOLDER cannot be read or
    written."""
    try:
        have = [folder / ("cover" + suffix) for suffix in IMAGE_SUFFIXES]
        if cover is not None and not any(path.is_file() for path in have):
            suffix = ".png" if cover.suffix.lower() == ".png" else ".jpg"
            write_atomically(folder / ("cover" + suffix), cover.read_bytes())
        found = episodes(folder)
        for episode in found:
            if episode.chapters:
                path = episode.path.with_name(episode.path.name + CHAPTERS_SUFFIX)
                text = chapters_json(episode.chapters).encode()
                if not path.is_file() or path.read_bytes() != text:
                    write_atomically(path, text)
        data = feed_xml(found, base_url, title or f"narrate: {folder.resolve().name}")
        write_atomically(folder / FEED, data)
    except OSError as exc:
        raise OutputError(f"{folder}: the feed could not be written ({exc.strerror})") from None
    return folder / FEED
