"""Where articles come from and how they are read.

`Source.parse(argument)` interprets the command line's ARTICLE once (a path, "-" for
standard input, or a URL); `load` reads or fetches it and hands its bytes to the loader
chosen for them: plain text, Markdown or HTML. Adding a format is one module and one
`register` call.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Article
from .base import (
    STDIN,
    Document,
    Loader,
    Source,
    choose_loader,
    get_loader,
    loader_names,
    read_document,
    register,
)
from .fetch import FetchOptions, fetch
from .html import HtmlLoader
from .text import MarkdownLoader, TextLoader

register(TextLoader())
register(MarkdownLoader())
register(HtmlLoader())


@dataclass(frozen=True)
class Loaded:
    """An article, the warnings met reading it, and the document it came from."""

    article: Article
    warnings: list[str]
    document: Document
    loader: str
    """The name of the loader that read it: text, markdown or html."""


def load(
    source: Source, max_chars: int, forced: str | None = None, fetching: FetchOptions | None = None
) -> Loaded:
    """Read or fetch `source` and load it with `forced` (a loader name) or the loader its
    name, media type or content calls for. Raises ArticleError for what cannot be read."""
    if source.kind == "url":
        document = fetch(source.location, fetching)
    else:
        document = read_document(source, max_chars)
    loader = choose_loader(document, forced)
    found, warnings = loader.load(document, max_chars)
    return Loaded(found, warnings, document, loader.name)


__all__ = [
    "STDIN",
    "Document",
    "FetchOptions",
    "Loaded",
    "Loader",
    "Source",
    "choose_loader",
    "fetch",
    "get_loader",
    "load",
    "loader_names",
    "register",
]
