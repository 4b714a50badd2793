"""Plain-text and Markdown loaders: today's `article.parse_article` and
`markdown.markdown_article`, registered as loaders."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from ..article import Article, decode, parse_article
from ..errors import ArticleError
from ..markdown import markdown_article
from .base import Document

_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|body|br|button|center|cite|code|dd|del|div|dl|dt|em|"
    "figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|"
    "label|li|link|main|mark|meta|nav|ol|p|pre|q|s|section|small|source|span|strong|sub|sup|"
    "table|tbody|td|th|thead|time|title|tr|u|ul|video"
)
_TAG = re.compile(
    r"</?(?:" + _TAG_NAMES + r")"
    r"(?:\s+[a-z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?)*\s*/?>",
    re.IGNORECASE,
)


_CODE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def strip_tags(text: str) -> tuple[str, int]:
    """Remove HTML tags ("<div>", "</p>", "<br/>", '<a href="x">') from plain text and
    return the text and how many went. Only real HTML element names count, so "a < b > c",
    "<3" or "<<name>>" stay; the words between tags stay, except a script's or a style
    sheet's, which go with their tags."""
    count = 0

    def gone(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return " "

    text = _CODE.sub(gone, text)
    return _TAG.sub(gone, text), count


_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)


def unescape_entities(text: str) -> str:
    """Turn HTML character references pasted with a text ("&amp;", "&#8217;", "&nbsp;")
    into their characters. "AT&T" or "R&D;" without a known entity stay as written."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def decoded(document: Document, max_chars: int) -> tuple[str, list[str]]:
    """The document's text, decoded as `article.decode` does; raises ArticleError when it
    is over `max_chars` or has nothing in it."""
    text, warnings = decode(document.data, document.name)
    if len(text) > max_chars:
        raise ArticleError(
            f"{document.name}: {len(text):,} characters, over the limit of {max_chars:,}; "
            "split it or raise --max-chars"
        )
    if not text.strip():
        raise ArticleError(f"{document.name}: the article is empty; give a file with text in it")
    return text, warnings


class TextLoader:
    """Plain text (.txt and anything no other loader claims)."""

    name = "text"
    extensions = (".txt", ".text")

    def sniff(self, data: bytes) -> bool:
        return True

    def load(self, document: Document, max_chars: int) -> tuple[Article, list[str]]:
        text, warnings = decoded(document, max_chars)
        text, tags = strip_tags(unescape_entities(text))
        found = parse_article(text)
        if tags:
            found = replace(found, dropped=(*found.dropped, f"[{tags} HTML tags]"))
        return found, warnings


class MarkdownLoader:
    """Markdown (.md, .markdown), or any text with --markdown."""

    name = "markdown"
    extensions = (".md", ".markdown")

    def sniff(self, data: bytes) -> bool:
        return False  # Markdown is plain text to anyone not told otherwise

    def load(self, document: Document, max_chars: int) -> tuple[Article, list[str]]:
        text, warnings = decoded(document, max_chars)
        return markdown_article(text), warnings
