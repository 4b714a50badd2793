"""Where an article comes from (`Source`), its raw bytes (`Document`) and the loader
registry that turns a document into an `Article`.

`Source.parse` is the one place that interprets the command line's ARTICLE: "-" is
standard input, an http, https or file URL is fetched, anything else is a path.
"""

from __future__ import annotations

import re
import stat
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, Protocol
from urllib.parse import unquote, urlsplit

from ..article import Article
from ..errors import ArticleError

STDIN = "-"
"""The command line's name for standard input."""

URL_SCHEMES = ("http", "https", "file")
_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]{1,15})://")
_WEB_ADDRESS = re.compile(r"^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/\S*$")
"""What looks like a web address without its scheme: "www.example.com/story"."""


@dataclass(frozen=True)
class Source:
    """An article's origin: a file path, standard input, or a URL."""

    kind: Literal["path", "stdin", "url"]
    location: str
    """The path or URL as given; "-" for standard input."""

    @classmethod
    def parse(cls, argument: str) -> Source:
        """ARTICLE as given on the command line. Raises ArticleError for a URL whose scheme
        narrate does not fetch (ftp://, data://); never touches the disk or the network."""
        if argument == STDIN:
            return cls("stdin", argument)
        scheme = _SCHEME.match(argument)
        if scheme:
            name = scheme["scheme"].lower()
            if name not in URL_SCHEMES:
                raise ArticleError(
                    f"{argument}: {name}:// addresses are not fetched; "
                    "give an http, https or file URL, or save the page and give its path"
                )
            return cls("url", argument)
        return cls("path", argument)

    @property
    def name(self) -> str:
        """How messages name the source."""
        return "standard input" if self.kind == "stdin" else self.location

    @property
    def path(self) -> Path | None:
        """The local file, for a path or a file:// URL; None for stdin and web URLs."""
        if self.kind == "path":
            return Path(self.location)
        if self.kind == "url" and urlsplit(self.location).scheme.lower() == "file":
            return Path(unquote(urlsplit(self.location).path))
        return None

    @property
    def is_web(self) -> bool:
        """An http or https URL: what --offline refuses and --keep-page keeps."""
        return self.kind == "url" and self.path is None

    @property
    def filename(self) -> str:
        """The last part of the path or URL path ("story.html"), or "" for stdin."""
        if self.kind == "stdin":
            return ""
        if self.kind == "url":
            return urlsplit(self.location).path.rsplit("/", 1)[-1]
        return Path(self.location).name

    @property
    def stem(self) -> str:
        """The file name without its extension ("story" for story.html.gz), or "article"."""
        name = self.filename
        if name.lower().endswith(".gz"):
            name = name[:-3]
        return Path(name).stem or "article"

    @property
    def origin(self) -> str:
        """The source as the comment tag names it: a file name, a URL or standard input."""
        if self.kind == "path":
            return Path(self.location).name
        return self.name


@dataclass(frozen=True)
class Document:
    """An article's raw bytes, with what its origin says about them."""

    data: bytes
    name: str
    """How messages name it."""
    filename: str = ""
    """The file or URL path's last part, for the loader's choice by extension."""
    media_type: str | None = None
    """The HTTP Content-Type's media type ("text/html"), when fetched."""
    charset: str | None = None
    """The HTTP Content-Type's charset, when fetched and given."""
    url: str | None = None
    """The final URL, after redirects, when fetched."""


class Loader(Protocol):
    """Turns a document into an `Article`; one per input format."""

    @property
    def name(self) -> str:
        """The registry's name for it: text, markdown, html."""

    @property
    def extensions(self) -> tuple[str, ...]:
        """File name endings (".html") this loader is chosen for."""

    def sniff(self, data: bytes) -> bool:
        """True when the bytes are this format whatever the file's name says."""

    def load(self, document: Document, max_chars: int) -> tuple[Article, list[str]]:
        """The article and warnings for the user. Raises ArticleError for unreadable input."""


_LOADERS: dict[str, Loader] = {}
FALLBACK = "text"


def register(loader: Loader) -> None:
    """Add a loader, or replace the one of the same name."""
    _LOADERS[loader.name] = loader


def get_loader(name: str) -> Loader:
    """The loader called `name`. Raises KeyError for an unknown one."""
    return _LOADERS[name]


def loader_names() -> list[str]:
    return sorted(_LOADERS)


def choose_loader(document: Document, forced: str | None = None) -> Loader:
    """`forced` when given; else by the HTTP media type when fetched, else by the file
    name's extension; a plain-text choice whose bytes another loader recognises (a page
    saved as .txt, or sent as text/plain) goes to that loader."""
    if forced:
        return get_loader(forced)
    chosen: Loader | None = None
    if document.media_type:
        chosen = get_loader(_MEDIA_TYPES.get(document.media_type, FALLBACK))
    else:
        filename = document.filename.lower().removesuffix(".gz")
        chosen = next(
            (loader for loader in _LOADERS.values() if filename.endswith(loader.extensions)),
            None,
        )
    if chosen is not None and chosen.name != FALLBACK:
        return chosen
    for loader in _LOADERS.values():
        if loader.name != FALLBACK and loader.sniff(document.data):
            return loader
    return get_loader(FALLBACK)


_MEDIA_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": FALLBACK}


# --- reading -----------------------------------------------------------------------------


def byte_limit(max_chars: int) -> int:
    """The most bytes an article of `max_chars` characters can take (4 per character)."""
    return max_chars * 4 + 4


def read_document(source: Source, max_chars: int) -> Document:
    """The bytes of a path or of standard input, never more than `byte_limit(max_chars)`
    (more raises ArticleError, so /dev/zero cannot exhaust memory); a .gz file is
    decompressed, to the same limit. Raises ArticleError for a missing file, a directory,
    a device or FIFO, or unreadable content. Not for web URLs."""
    limit = byte_limit(max_chars)
    if source.kind == "stdin":
        if sys.stdin is None:  # `narrate - <&-`: no standard input at all
            raise ArticleError(
                "standard input is closed; pipe the article in, or give a file instead of '-'"
            )
        data = _read_limited(sys.stdin.buffer, limit, source.name)
        return Document(data, source.name)
    path = source.path
    if path is None:
        raise ValueError(f"{source.location} is fetched, not read")
    name = source.name
    try:
        info = path.stat()
    except FileNotFoundError:
        if _WEB_ADDRESS.match(source.location):
            raise ArticleError(
                f"{name}: no such file; for a web page give its whole address, "
                f"https://{source.location}"
            ) from None
        raise ArticleError(f"{name}: no such file; check the path") from None
    except PermissionError:
        raise ArticleError(f"{name}: permission denied; check the file's permissions") from None
    except OSError as exc:  # a symlink loop, a name too long
        raise ArticleError(f"{name}: cannot open ({exc.strerror}); check the path") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"{name}: is a directory; give an article file inside it")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(
            f"{name}: not a regular file; save the article to a file or pipe it to '-'"
        )
    try:
        with open(path, "rb") as handle:
            data = _read_limited(handle, limit, name)
    except PermissionError:
        raise ArticleError(f"{name}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read ({exc.strerror})") from None
    if path.name.lower().endswith(".gz"):
        data = gunzip(data, limit, name)
    return Document(data, name, path.name)


def gunzip(data: bytes, limit: int, name: str) -> bytes:
    """Decompress gzip bytes to at most `limit` bytes. Raises ArticleError when they are
    not gzip or expand past the limit (a decompression bomb stops there)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise ArticleError(f"{name}: not a valid gzip file; decompress it first") from None
    if len(out) > limit:
        raise ArticleError(f"{name}: larger than {limit:,} bytes decompressed; split it")
    return out


def _read_limited(handle: BinaryIO, limit: int, name: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = handle.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise ArticleError(
            f"{name}: longer than {(limit - 4) // 4:,} characters; split it or raise --max-chars"
        )
    return b"".join(chunks)
