"""HTML input: a saved or fetched web page in, its article body and metadata out.

The body and the metadata come from trafilatura (chosen by measurement: see
bench/extraction.py). Headings inside the body start sections, list items and block
quotes read as Markdown's do. Everything else visible on the page is listed in
`Article.dropped`, labelled by where it was (navigation, footer, comments...), so every
word of the page is either spoken or accounted for.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .. import article
from ..article import Article, Paragraph, normalize_typography
from ..errors import ArticleError
from .base import Document

if TYPE_CHECKING:
    from lxml.etree import _Element

EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")

for _name in ("trafilatura", "htmldate", "courlan"):
    # their log lines are no message for a user: keep them off stderr (no lastResort)
    logging.getLogger(_name).addHandler(logging.NullHandler())

_SNIFF = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_MARKUP_DENSITY = re.compile(rb"</?(?:p|div|span|a|br|li|body|table|h[1-6])\b[^>]*>", re.I)


def looks_like_html(data: bytes) -> bool:
    """True for a page: a doctype or <html> at the start, or (a fragment) at least 5
    common tags in its first 4 KB. A text that mentions one tag is not a page."""
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    return bool(_SNIFF.match(head)) or len(_MARKUP_DENSITY.findall(head)) >= 5


# --- character sets ----------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9._:-]+)"""
    rb"""|^\s*<\?xml[^>]+encoding\s*=\s*["'](?P<xml>[A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}
"""What browsers do: these labels mean windows-1252 (WHATWG Encoding Standard)."""


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(
    data: bytes, http_charset: str | None = None, name: str = "page"
) -> tuple[str, list[str]]:
    """A page's text, decoded the way a browser would: a byte-order mark, else the HTTP
    header's charset, else the page's own <meta charset> (or http-equiv, or an XHTML
    page's <?xml encoding>), else UTF-8 when
    valid, else charset detection. Never returns mojibake silently: a guess is warned about.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    warnings: list[str] = []
    declared = _codec(http_charset)
    if declared is None:
        found = _META_CHARSET.search(data[:4096])
        label = (found["charset"] or found["xml"]) if found else None
        declared = _codec(label.decode("ascii")) if label else None
        if declared in ("utf-16", "utf-16-le", "utf-16-be"):
            declared = "utf-8"  # a page without a BOM that says UTF-16 is ASCII-compatible
    if declared is not None:
        try:
            return data.decode(declared), warnings
        except UnicodeDecodeError:
            warnings.append(
                f"{name}: not valid {declared} as declared; the character set was guessed"
            )
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # trafilatura's own dependency

    best = from_bytes(data[:200_000]).best()
    codec = (_codec(best.encoding) if best else None) or "cp1252"
    if not warnings:
        warnings.append(f"{name}: no character set declared; read as {codec} (detected)")
    return data.decode(codec, errors="replace"), warnings


# --- extraction --------------------------------------------------------------------------


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    site: str | None = None
    description: str | None = None
    language: str | None = None
    url: str | None = None


def extract(text: str, url: str | None = None) -> tuple[list[tuple[str, str]], PageMeta]:
    """The article body's blocks (kind, text) in reading order, and the page's metadata.

    Kinds are `heading` (h2 and deeper inside the body), `item` (list items) and `body`
    (paragraphs, block quotes, table rows). Comments, navigation and other furniture are
    not returned. Uses trafilatura; will not run any script on the page.
    """
    import trafilatura  # here: text articles need not load it

    found = trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,  # measured best on bench/extraction.py's pages
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )
    if found is None or isinstance(found, dict):
        return [], _page_meta(text, None, url)
    blocks = list(_blocks(found.body)) if found.body is not None else []
    return blocks, _page_meta(text, found, url)


def _blocks(body: _Element) -> Any:
    for element in body:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag == "head":
            written = _text(element)
            if written:
                yield article.HEADING, written
        elif tag == "list":
            for item in element.iter("item"):
                written = _text(item)
                if written:
                    yield article.ITEM, written
        elif tag == "quote":
            inner = [child for child in element if child.tag in ("p", "list", "head", "quote")]
            if inner:
                yield from _blocks(element)
            elif written := _text(element):
                yield article.BODY, written
        elif tag == "table" and element.find(".//cell/p") is not None:
            yield from _layout_table(element)
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                written = ", ".join(cell for cell in cells if cell)
                if written:
                    yield article.BODY, _stop(written)
        elif tag in ("graphic", "ref"):
            continue
        else:
            written = _text(element)
            if written:
                yield article.BODY, written


_TEXT_CELL_WORDS = 25


def _layout_table(table: _Element) -> Any:
    """A table used for layout (an old CMS): the cells holding paragraphs are read as the
    body; short cells beside them (menus, ads) are not."""
    for cell in table.iter("cell"):
        if cell.find("p") is None or len(" ".join(cell.itertext()).split()) < _TEXT_CELL_WORDS:
            continue
        lead = normalize_typography(" ".join((cell.text or "").split())).strip()
        if lead:
            yield article.BODY, lead
        yield from _blocks(cell)


def _text(element: _Element) -> str:
    """An element's text, typography normalized; a line break (<br>) stays a newline, as
    a Markdown hard break does, and other runs of white space become one space."""
    for brk in element.iter("lb"):
        brk.tail = "\n" + (brk.tail or "")
    lines = normalize_typography("".join(element.itertext())).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _stop(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


_HTML_LANG = re.compile(
    r"<html[^>]*\blang\s*=\s*[\"']?(?P<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.I
)
_OG_LOCALE = re.compile(
    r"<meta[^>]+property\s*=\s*[\"']og:locale[\"'][^>]*content\s*=\s*[\"'](?P<lang>[A-Za-z]{2,3})",
    re.I,
)


def _page_meta(text: str, found: Any, url: str | None) -> PageMeta:
    head = text[:100_000]
    language = None
    if found is not None and getattr(found, "language", None):
        language = str(found.language)
    else:
        match = _HTML_LANG.search(head) or _OG_LOCALE.search(head)
        language = match["lang"].replace("_", "-") if match else None
    if found is None:
        return PageMeta(language=language, url=url)
    authors = tuple(
        name.strip() for name in re.split(r";|\band\b", found.author or "") if name.strip()
    )
    return PageMeta(
        title=_clean(found.title),
        authors=authors,
        date=found.date or None,
        site=_clean(found.sitename),
        description=_clean(found.description),
        language=language,
        url=found.url or url,
    )


def _clean(value: object) -> str | None:
    if not value:
        return None
    return normalize_typography(" ".join(str(value).split())).strip() or None


_BY = article.BYLINE_WORDS


_LISTING = re.compile(r"(?:Index of|Directory listing for) /")
"""The title web servers give a folder's list of files (Apache, nginx, Python's)."""


def html_article(document: Document, max_chars: int) -> tuple[Article, list[str]]:
    """A web page as an `Article`: the headline first, then the byline ("By A and B"),
    then the body; the dateline of the first paragraph is handled as for text. Page
    metadata fills the article's title, authors, date, site, description, language and
    URL. Raises ArticleError when the page has no article text."""
    start = document.data[:4096]
    if b"\x00" in start and not start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleError(f"{document.name}: looks like a binary file, not a web page")
    text, warnings = decode_html(document.data, document.charset, document.name)
    if len(text) > max_chars:
        raise ArticleError(
            f"{document.name}: {len(text):,} characters, over the limit of {max_chars:,}; "
            "split it or raise --max-chars"
        )
    blocks, meta = extract(text, document.url)
    if meta.title and _LISTING.match(meta.title):
        raise ArticleError(
            f"{document.name}: a list of the files in a folder, not an article; give the "
            "address of one article in it"
        )
    if not blocks:
        raise ArticleError(
            f"{document.name}: no article text found on the page (an index, a log-in page, "
            "or one built by JavaScript?); open it in a browser, save it and narrate the file, "
            "or paste its text into a .txt file"
        )
    head: list[tuple[str, str]] = []
    if meta.title:
        head.append((article.HEADLINE, meta.title))
        blocks = _after_title(blocks, meta.title)
    blocks = _without_byline(blocks, meta.authors)
    found = article.classify(head + blocks)
    paragraphs = list(found.paragraphs)
    if meta.authors and not found.authors:
        lang = (meta.language or "en")[:2].lower()
        names = " and ".join(meta.authors) if lang == "en" else ", ".join(meta.authors)
        written = f"{_BY.get(lang, 'By')} {names}"
        at = 1 if paragraphs and paragraphs[0].kind == article.HEADLINE else 0
        paragraphs.insert(at, Paragraph(article.BYLINE, written, -1, written + "."))
    spoken = [p.text for p in paragraphs]
    left_out = furniture(text, spoken + list(found.dropped))  # each line listed once
    result = replace(
        found,
        paragraphs=tuple(paragraphs),
        title=meta.title or found.title,
        authors=meta.authors or found.authors,
        date=meta.date,
        dropped=found.dropped + tuple(left_out),
    )
    result = replace(
        result, site=meta.site, description=meta.description, language=meta.language,
        url=meta.url,
    )  # fmt: skip
    return result, warnings


def _after_title(blocks: list[tuple[str, str]], title: str) -> list[tuple[str, str]]:
    """The body without a repeat of the headline among its first blocks (and the kicker
    before it), which some extractions keep."""
    wanted = _words(title)
    for number, (_, text) in enumerate(blocks[:3]):
        if _words(text) == wanted:
            return blocks[number + 1 :]
    return blocks


def _without_byline(
    blocks: list[tuple[str, str]], authors: tuple[str, ...]
) -> list[tuple[str, str]]:
    """The body without a byline among its first blocks ("Por Rita Sousa, 2026-02-14"): a
    short block naming every author. The byline is spoken from the metadata instead."""
    if not authors:
        return blocks
    for number, (_, text) in enumerate(blocks[:2]):
        if len(text.split()) <= 12 and all(name in text for name in authors):
            return blocks[:number] + blocks[number + 1 :]
    return blocks


# --- what was left out -------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object",
              "select", "option", "canvas", "video", "audio", "title", "meta", "link"}  # fmt: skip
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol",
    "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "form",
    "table", "tr", "td", "th", "dl", "dt", "dd", "pre", "br", "hr", "address", "button",
    "time", "label", "details", "summary", "body", "html",
}  # fmt: skip
_CONTEXTS = [
    ("cookie notice", re.compile(r"cookie|consent|gdpr", re.I)),
    ("comments", re.compile(r"comment", re.I)),
    ("share buttons", re.compile(r"share|social", re.I)),
    ("newsletter sign-up", re.compile(r"newsletter|signup|sign-up|subscribe|promo", re.I)),
    ("related links", re.compile(r"related|more|recommend|most|widget|popular|gallery", re.I)),
    ("advertisement", re.compile(r"(?:^|[\s_-])ad(?:$|[\s_-])|advert|sponsor", re.I)),
    ("sidebar", re.compile(r"(?:^|[\s_-])(?:rail|sidebar)(?:$|[\s_-])", re.I)),
]
"""Where a line is, by an ancestor's class or id: the outermost context wins."""
_DETAILS = [
    ("caption and credit", re.compile(r"caption|credit|cap$|pic", re.I)),
    ("byline and date", re.compile(r"byline|author|meta|date", re.I)),
    ("standfirst", re.compile(r"standfirst|dek|summary|lede|intro", re.I)),
    ("tags", re.compile(r"tags|topics", re.I)),
]
"""What a line is, by its own or a near ancestor's class, inside no context."""
_TAG_LABELS = {"nav": "navigation", "footer": "footer", "header": "header",
               "aside": "sidebar", "form": "form", "figcaption": "caption and credit",
               "figure": "caption and credit", "button": "buttons"}  # fmt: skip


class _Labeller:
    """Labels a page line by where it is: the outermost context among its ancestors
    (cookie notice, comments...), else the nearest detail or tag (caption, navigation).
    Remembers each element's answers, so a page's lines cost one look at each element."""

    def __init__(self) -> None:
        self._context: dict[_Element, str | None] = {}
        self._detail: dict[_Element, str | None] = {}

    def __call__(self, element: _Element) -> str:
        return self.context(element) or self.detail(element) or "other page text"

    def context(self, node: _Element | None) -> str | None:
        if node is None:
            return None
        if node not in self._context:
            outer = self.context(node.getparent())
            self._context[node] = outer or _match(_CONTEXTS, _hints(node))
        return self._context[node]

    def detail(self, node: _Element | None) -> str | None:
        if node is None:
            return None
        if node not in self._detail:
            tag = node.tag if isinstance(node.tag, str) else ""
            own = _match(_DETAILS, _hints(node)) or _TAG_LABELS.get(tag)
            self._detail[node] = own or self.detail(node.getparent())
        return self._detail[node]


def _hints(node: _Element) -> str:
    return f"{node.get('class', '')} {node.get('id', '')}"


def _match(labels: list[tuple[str, re.Pattern[str]]], hints: str) -> str | None:
    return next((label for label, pattern in labels if pattern.search(hints)), None)


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _words(text: str) -> str:
    """The words of a text, lower-cased, for comparing page lines with what is spoken
    (punctuation and typography do not matter)."""
    return " ".join(
        re.findall(r"\w+", unicodedata.normalize("NFC", text).translate(_INVISIBLE).lower())
    )


def page_lines(text: str) -> list[tuple[str, str]]:
    """The visible text of a page, one (label, line) per block, in page order: what a
    text browser would show. Scripts, styles and the <head> are not visible text."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=_parser())
    except Exception:  # lxml raises bare ParserError/ValueError for empty documents
        return []
    lines: list[tuple[str, str]] = []
    current: list[str] = []
    owner: list[_Element] = []
    label = _Labeller()

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append((label(owner[0]), line))
        current.clear()
        owner.clear()

    def walk(element: _Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP_TAGS or not isinstance(element.tag, str):
            if element.tail and isinstance(element.getparent(), object):
                add(element.tail, element.getparent())
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if element.text:
            add(element.text, element)
        for child in element:
            walk(child)
        if block:
            flush()
        if element.tail:
            add(element.tail, element.getparent())

    def add(piece: str, where: _Element | None) -> None:
        if not piece.strip() and not current:
            return
        if not owner and where is not None:
            owner.append(where)
        current.append(piece)

    walk(root)
    flush()
    return lines


def _parser() -> Any:
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)


def furniture(page: str, spoken: list[str]) -> list[str]:
    """The page's visible lines that are not in `spoken` (what is said, and what is listed
    already), each as "[label] line", runs of one label on one line, preceded by a summary
    line giving the words per label. Empty when everything is accounted for."""
    whole = {_words(line) for line in spoken}
    kept = " " + " ".join(whole) + " "
    left: list[tuple[str, str]] = []
    for label, line in page_lines(page):
        words = _words(line)
        if not words or words in whole:
            continue
        if words.count(" ") < 4 or f" {words} " not in kept:  # a short line must match whole
            left.append((label, line))
    if not left:
        return []
    merged: list[tuple[str, str]] = []
    for label, line in left:  # one line per run of the same furniture: "Home | News | Sport"
        if merged and merged[-1][0] == label:
            merged[-1] = (label, f"{merged[-1][1]} | {line}")
        else:
            merged.append((label, line))
    counts: dict[str, int] = {}
    for label, line in left:
        counts[label] = counts.get(label, 0) + len(line.split())
    total = sum(counts.values())
    summary = ", ".join(f"{label} {count}" for label, count in counts.items())
    return [f"{total} words of page furniture ({summary}):"] + [
        f"[{label}] {line}" for label, line in merged
    ]


class HtmlLoader:
    """Web pages: .html, .htm, .xhtml (and .gz of them), or any bytes that look like one."""

    name = "html"
    extensions = EXTENSIONS

    def sniff(self, data: bytes) -> bool:
        return looks_like_html(data)

    def load(self, document: Document, max_chars: int) -> tuple[Article, list[str]]:
        return html_article(document, max_chars)
