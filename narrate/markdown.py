"""Markdown input: a `.md` article in, the blocks to speak and its front-matter metadata out.

Headings start sections, list items are read one by one, emphasis and link markup go
(a link reads as its text), images, code blocks and raw HTML are skipped, and a hard
line break is kept as a newline (a short pause). Parsing is CommonMark, by markdown-it-py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from . import article
from .article import Article, normalize_typography

if TYPE_CHECKING:
    from markdown_it.token import Token

HEADING = "heading"
ITEM = "item"
PARAGRAPH = "paragraph"

_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S
)
_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_LIST_ITEM = re.compile(r"^\s+-\s+(?P<value>.+)$")


@dataclass(frozen=True)
class Block:
    """One block of a Markdown article, in reading order."""

    kind: str
    """`heading`, `paragraph` or `item`."""
    text: str
    """Plain text; a hard line break is a newline."""
    level: int = 0
    """The heading level (1 for #), or 0."""


@dataclass(frozen=True)
class MarkdownArticle:
    blocks: list[Block]
    meta: dict[str, str | list[str]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    """What was not spoken: images, code blocks, HTML, as their kind and a few words."""


def split_front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """Read a leading `---` block of `key: value` lines (and `- item` lists under a key).

    Only this simple subset of YAML is understood; other lines in it are ignored.
    Returns the metadata (keys lower-cased) and the text after the block.
    """
    found = _FRONT_MATTER.match(text)
    if not found:
        return {}, text
    meta: dict[str, str | list[str]] = {}
    key = None
    for line in found["body"].splitlines():
        item = _LIST_ITEM.match(line)
        if item and key:
            values = meta.get(key)
            listed = values if isinstance(values, list) else []
            listed.append(_unquote(item["value"]))
            meta[key] = listed
            continue
        pair = _KEY.match(line)
        if pair:
            key = pair["key"].lower()
            value = _unquote(pair["value"])
            if value.startswith("[") and value.endswith("]"):
                meta[key] = [_unquote(v) for v in value[1:-1].split(",") if v.strip()]
            else:
                meta[key] = value
    return meta, text[found.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        # emphasis and link markup, images and inline HTML add nothing to say
    return "".join(parts).strip()


def parse_markdown(text: str) -> MarkdownArticle:
    """The blocks to speak, in order, with the front matter's metadata."""
    meta, body = split_front_matter(text)
    from markdown_it import MarkdownIt  # here: plain-text runs need not load it

    tokens = MarkdownIt("commonmark").parse(body)
    blocks: list[Block] = []
    skipped: list[str] = []
    in_item = 0
    numbers: list[int | None] = []
    pending_number: int | None = None
    for position, token in enumerate(tokens):
        if token.type == "bullet_list_open":
            numbers.append(None)
        elif token.type == "ordered_list_open":
            numbers.append(int(token.attrGet("start") or 1))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            numbers.pop()
        elif token.type == "list_item_open":
            in_item += 1
            if numbers and numbers[-1] is not None:
                pending_number = numbers[-1]
                numbers[-1] = pending_number + 1
        elif token.type == "list_item_close":
            in_item -= 1
        elif token.type in ("fence", "code_block"):
            skipped.append("code block")
        elif token.type == "html_block":
            skipped.append("HTML")
        elif token.type == "inline":
            opener = tokens[position - 1]
            spoken = _inline_text(token)
            images = [c for c in token.children or [] if c.type == "image"]
            skipped += [f"image: {c.content or c.attrGet('src')}" for c in images]
            if not spoken:
                continue
            if opener.type == "heading_open":
                blocks.append(Block(HEADING, spoken, int(opener.tag[1:])))
            elif in_item:
                if pending_number is not None:
                    spoken = f"{pending_number}. {spoken}"
                    pending_number = None
                blocks.append(Block(ITEM, spoken))
            else:
                blocks.append(Block(PARAGRAPH, spoken))
    return MarkdownArticle(blocks, meta, skipped)


def is_markdown(path: str) -> bool:
    """Whether ARTICLE's name says it is Markdown (.md, .markdown)."""
    return path.lower().endswith((".md", ".markdown"))


def markdown_article(text: str) -> Article:
    """A Markdown article as an `Article`: a leading `#` heading (or the front matter's
    title) is the headline, later headings start sections, list items are read one by
    one. Front matter's author(s), source (or publisher) and date fill the metadata."""
    parsed = parse_markdown(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[tuple[str, str]] = []
    for number, block in enumerate(parsed.blocks):
        written = normalize_typography(block.text).strip()
        if block.kind == HEADING:
            kind = article.HEADLINE if number == 0 and block.level == 1 else article.HEADING
        else:
            kind = article.ITEM if block.kind == ITEM else article.BODY
        blocks.append((kind, written))
    meta = parsed.meta
    title = _first(meta.get("title"))
    if title and not (blocks and blocks[0][0] == article.HEADLINE):
        blocks.insert(0, (article.HEADLINE, normalize_typography(title)))
    found = article.classify(blocks)
    authors = meta.get("authors", meta.get("author"))
    if isinstance(authors, str):
        authors = [name.strip() for name in re.split(r",|\band\b", authors) if name.strip()]
    return replace(
        found,
        authors=tuple(authors) if authors else found.authors,
        source=_first(meta.get("source", meta.get("publisher"))) or found.source,
        date=_first(meta.get("date")),
        language=_first(meta.get("lang", meta.get("language"))),
        dropped=found.dropped + tuple(f"[{what}]" for what in parsed.skipped),
    )


def _first(value: str | list[str] | None) -> str | None:
    if isinstance(value, list):
        return value[0] if value else None
    return value or None
