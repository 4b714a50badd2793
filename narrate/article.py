"""Load stage: bytes of a news article in, an `Article` of classified paragraphs out.

This module knows text encodings and news conventions (headline, byline, dateline,
credits lines, scrape trailers). Nothing after it knows where the text came from.
Every function here is pure.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .errors import ArticleError

HEADLINE = "headline"
BYLINE = "byline"
DATELINE = "dateline"
BODY = "body"
HEADING = "heading"
"""A section heading (Markdown ## and deeper): starts a new section and chapter."""
ITEM = "item"
"""A list item (Markdown)."""


@dataclass(frozen=True)
class Paragraph:
    """One block of the article that will be spoken, in reading order."""

    kind: str
    """`headline`, `byline`, `dateline`, `body`, `heading` or `item`."""
    text: str
    """The written text, typography normalized."""
    source_index: int
    """0-based index of the paragraph in the input (dropped paragraphs count too)."""
    speak_as: str | None = None
    """What to say instead of `text` (a dateline is spoken as its place), or None."""


@dataclass(frozen=True)
class Article:
    """A cleaned article: what is spoken, in order, and what was left out."""

    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    place: str | None = None
    source: str | None = None
    """The agency named in the dateline, such as Reuters."""
    dropped: tuple[str, ...] = field(default=())
    """Paragraphs not spoken: credits lines and scrape trailers, as written."""
    date: str | None = None
    """The article's date, when its metadata gives one."""
    site: str | None = None
    """The publication's name (a web page's site name), when its metadata gives one."""
    description: str | None = None
    """The publication's summary of the article (a page's description), if given."""
    language: str | None = None
    """The language the source declares ("en", "de-CH"; Markdown front matter `lang:`), if
    any."""
    url: str | None = None
    """The article's canonical address, for a web page."""


# --- reading and decoding ---------------------------------------------------------------


_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
_CONTROL_BAD = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""The other control characters (Unicode's category Cc is these and `_CONTROL_OK`)."""
_STRAY = re.compile("[\udc80-\udcff]")
"""A byte that is not UTF-8, as the surrogateescape handler leaves it in the text."""
_TERMINAL_CODES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # colours, cursor moves (CSI)
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # window titles, links (OSC)
    r"|\x1b[@-Z\\-_]"  # the other two-character escapes
)
"""ANSI escape sequences, as `ls --color` or a captured terminal log leaves them."""


def decode(data: bytes, name: str = "article") -> tuple[str, list[str]]:
    """Decode article bytes and return the text and warnings for the user.

    UTF-8 (BOM or not); UTF-16 with a BOM, or without one when its NUL bytes fall in
    every other place; a UTF-8 text with a few stray bytes of another encoding (a
    Latin-1 "é" pasted in) is read as UTF-8, those bytes as Windows-1252, with a warning
    naming the first line; a text with no UTF-8 in it at all is read as Windows-1252
    with a warning. Terminal colour codes are removed. Raises ArticleError for a PDF and
    for bytes that are not text (NUL bytes, undecodable, or mostly control characters).
    """
    warnings: list[str] = []
    if data.lstrip()[:5] == b"%PDF-":
        raise ArticleError(
            f"{name}: is a PDF, not text; save it as text first (for example with pdftotext)"
        )
    utf16 = _utf16_order(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: broken UTF-16 text; re-save it as UTF-8") from None
    elif b"\x00" in data:
        raise ArticleError(f"{name}: looks like a binary file, not text; give a .txt article")
    else:
        text = data.decode("utf-8-sig", "surrogateescape")
        stray = [found.start() for found in _STRAY.finditer(text)]
        if stray:
            text, warning = _mend(data, text, stray, name)
            warnings.append(warning)
    if "\x1b" in text:
        text = _TERMINAL_CODES.sub("", text)
    controls = len(_CONTROL_BAD.findall(text))
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise ArticleError(f"{name}: looks like a binary file, not text; give a .txt article")
    return text, warnings


def _utf16_order(data: bytes) -> str | None:
    """ "utf-16" for text with a BOM; "utf-16-le" or "-be" for text without one whose
    first kilobytes have a NUL in most odd (or even) places and almost none in the
    others, as English in UTF-16 has; None otherwise."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _mend(data: bytes, text: str, stray: list[int], name: str) -> tuple[str, str]:
    """The text with each byte that is not UTF-8 read as Windows-1252, and the warning.

    A text with proper UTF-8 in it keeps it (only the stray bytes are read otherwise);
    one with none is Windows-1252 throughout. Raises ArticleError when too many bytes
    fail both ways for this to be text."""
    utf8_letters = sum(1 for ch in text if ord(ch) > 0x7F) - len(stray)
    if not utf8_letters:
        try:
            return data.decode("cp1252"), f"{name}: not valid UTF-8, read as Windows-1252 (cp1252)"
        except UnicodeDecodeError:
            if len(stray) > max(8, len(data) // 100):
                raise ArticleError(
                    f"{name}: looks like a binary file, not text; give a .txt article"
                ) from None
    line = text.count("\n", 0, stray[0]) + 1
    mended = _STRAY.sub(lambda found: _as_cp1252(ord(found.group()) - 0xDC00), text)
    more = f" (and {len(stray) - 1} more)" if len(stray) > 1 else ""
    warning = (
        f"{name}: line {line}: a byte that is not UTF-8{more}, read as Windows-1252; "
        "re-save the file as UTF-8 if a letter sounds wrong"
    )
    return mended, warning


def _as_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no letter at all
        return ""


# --- typography --------------------------------------------------------------------------

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark, the apostrophe of most articles
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",  # prime
        "\u00b4": "'",  # acute accent used as an apostrophe
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',  # guillemets
        "\u00bb": '"',
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2212": "-",  # minus sign
        "\u2012": "\u2013",  # figure dash reads as an en dash
        "\u2015": "\u2014",  # horizontal bar reads as an em dash
        "\u2026": "...",
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u200b": None,  # zero-width space
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,  # zero-width joiner
        "\u2060": None,  # word joiner
        "\ufeff": None,  # stray byte-order mark
        "\u00ad": None,  # soft hyphen
        "\u2028": "\n",  # line separator
        "\u2029": "\n\n",  # paragraph separator
    }
)


_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
"""The control characters (Unicode's category Cc, which its stability policy fixes to
these 65) but the line feed: one regular expression, not a lookup per character."""


def normalize_typography(text: str) -> str:
    """Return NFC text with one form of quotes, dashes, ellipses and spaces.

    Curly quotes become straight, hyphen look-alikes become "-", "…" becomes "...",
    exotic spaces become a space, zero-width characters and soft hyphens go. Line
    structure is kept; other control characters become spaces. Words are never removed.
    """
    text = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub(" ", text)
    return re.sub(r"[ \t]+", " ", text)


def split_paragraphs(text: str) -> list[str]:
    """Split text into paragraphs at line breaks (blank or not); empty lines are skipped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


# --- news conventions -----------------------------------------------------------------

BYLINE_WORDS = {
    "en": "By", "de": "Von", "fr": "Par", "es": "Por", "it": "Di", "pt": "Por", "nl": "Door"
}  # fmt: skip
"""The word a byline starts with in each language ("By A and B", "Par A et B")."""
_BYLINE = re.compile(
    rf"^(?P<word>{'|'.join(sorted(set(BYLINE_WORDS.values())))})\s+"
    r"(?P<names>[A-Z\u00c0-\u024f][^.!?]*)$"
)
_AUTHORS_SPLIT = re.compile(r"\s*(?:,|&|\b(?:and|und|et|y|e|en)\b)\s*")
"""Between authors: a comma, an ampersand, "and" in one of the byline languages."""
_AUTHOR = (
    r"[A-Z\u00c0-\u024f][\w'\u2019.-]*"
    r"(?:\s+(?:de|van|von|der|den|da|di|del|della|dos|du|la|le|ten|ter|"
    r"[A-Z\u00c0-\u024f][\w'\u2019.-]*)){0,4}"
)
"""An author's name: capitalised words, with the particles of names between them.
Compiled on first use (`_author`): 8 ms, for the few bylines without "By"."""


@functools.cache
def _author() -> re.Pattern[str]:
    return re.compile(_AUTHOR)


_DATELINE = re.compile(
    # city in capitals
    r"""^(?P<place>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'.\-/ ]*[A-Z\u00c0-\u00de.]
        (?:,\s*[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){0,2})?)                          # , Region
        (?:,?\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?                             # , Nov 24
        \s*(?:\((?P<source>[^()]{2,40})\))?                                         # (Reuters)
        \s*(?P<dash>[-\u2013\u2014]{1,2}|:)\s+(?=\S)""",
    re.VERBOSE,
)
_CREDIT_WORDS = (
    r"(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research|graphics|"
    r"fact-checking|translation)(?:\s+and\s+\w+)?\s+by\b|edited\s+by\b)"
)
_CREDITS = re.compile(
    r"\(\s*(?i:" + _CREDIT_WORDS + r")[^()]*\)|(?i:" + _CREDIT_WORDS + r")\s+[A-Z][^()!?]*"
)
_TRAILING_CREDITS = re.compile(r"\s*\(\s*" + _CREDIT_WORDS + r"[^()]*\)\s*$", re.IGNORECASE)
_ANYWHERE_JUNK = re.compile(
    r"^(?:advertisement|skip advertisement|story continues below(?: advertisement)?|"
    r"continue reading(?: the main story)?|sponsored content)\W*$",
    re.IGNORECASE,
)
_TRAILER_JUNK = re.compile(
    r"^(?:brought to you by|read more|read the full|share (?:this|on)|subscribe|sign up|"
    r"follow us|follow (?:\w+ ){0,3}on|click here|download (?:the|our) app|related|"
    r"more from|recommended|our standards|all rights reserved|\u00a9|\(c\)|copyright|"
    r"newsletter|get the latest|tags?:|topics?:|filed under|this story (?:was|has been))",
    re.IGNORECASE,
)
_TRAILER_MAX_WORDS = 25
_FURNITURE = re.compile(
    r"^(?:"
    # an embedded post's attribution: — Name (@handle) November 1, 2019
    r"[-\u2013\u2014]\s*[^()]{1,60}\(@\w{1,30}\)\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}"
    r"|a post shared by\b.*"  # an embedded Instagram post's attribution
    r"|(?:read more|related|see also|also read|more on this story)\s*:\s.*"  # promos
    r"|\(?(?:main |cover |header |featured |top |lead )?(?:image|photo|foto|photograph|picture|"
    r"illustration)s?(?: credits?)?\s*:\s.*"  # Image credit: ..., Cover image: ...
    r"|(?:story|article) continues (?:below|after)\b.*"
    r"|click here (?:to|for)\b.*"
    r"|(?:see|view) (?:more|all|the) (?:photos|pictures|images)\b.*"
    r"|(?:see|view) (?:the )?(?:photo )?gallery\b.*"
    r"|this (?:article|story|post) (?:was |is )?(?:originally |first )?"
    r"(?:published|posted|appeared)\b.*"
    r"|be sure to follow us\b.*"
    r"|(?:download|get) (?:the|our) (?:free )?[\w' -]{0,40}\bapp\b"
    r"(?:\s+(?:for|to|on|now|from|and|in|today)\b.*|[.!]?)"
    r"|sign up (?:for|to) (?:our|the)\b.*(?:newsletter|alerts|briefing)\b.*"
    r"|subscribe to (?:our|the)\b.*(?:newsletter|podcast|channel|alerts)\b.*"
    r")$",
    re.IGNORECASE,
)
"""Page furniture pasted with a story, dropped wherever it is, when the whole line (of at
most `_TRAILER_MAX_WORDS` words) is one: embedded posts' attributions, image credits,
"Story continues below", "Click here to ...", "See more photos", "This article was
originally published by ...", "Be sure to follow us on ...", download and sign-up calls."""
_BARE_URL = re.compile(r"^(?:[-*\u2022]\s*)?(?:https?://|www\.)\S+$", re.IGNORECASE)
"""A web address alone on its line (a list of links): nothing a listener can use."""
_INLINE_FURNITURE = re.compile(
    r"\s*(?:(?:https?://)?pic\.twitter\.com/\w+|\(\s*(?:image|photo|picture) credits?:[^()]*\))",
    re.IGNORECASE,
)
"""Inside a story line: an embedded post's picture link, a trailing "(Image credit: X)"."""


def is_credits(paragraph: str) -> bool:
    """True when the whole paragraph is a credits line such as "(Writing by X; Editing by Y)"."""
    return _CREDITS.fullmatch(paragraph) is not None


def is_scrape_junk(paragraph: str, trailing: bool) -> bool:
    """True for page furniture: "Advertisement", a bare web address and the short lines of
    `_FURNITURE` (credits of images, embedded posts, calls to action) anywhere;
    share/subscribe/"Brought to you by" lines only in the trailing block (`trailing`), and
    only when short, so story text that happens to start with such words is never dropped."""
    if _ANYWHERE_JUNK.match(paragraph) or _BARE_URL.match(paragraph):
        return True
    if _FURNITURE.match(paragraph) and len(paragraph.split()) <= _TRAILER_MAX_WORDS:
        return True
    return (
        trailing
        and _TRAILER_JUNK.match(paragraph) is not None
        and len(paragraph.split()) <= _TRAILER_MAX_WORDS
    )


def strip_inline_furniture(paragraph: str) -> tuple[str, str]:
    """Remove an embedded post's "pic.twitter.com/..." link and an "(Image credit: X)"
    from a story line; return the line and what was removed ("" when nothing). The
    words of the story around them stay."""
    lowered = paragraph.lower()
    if "pic.twitter" not in lowered and "credit" not in lowered:
        return paragraph, ""  # the common case, without running the pattern
    removed = [m.group(0).strip() for m in _INLINE_FURNITURE.finditer(paragraph)]
    if not removed:
        return paragraph, ""
    return _INLINE_FURNITURE.sub("", paragraph).strip(), " ".join(removed)


def strip_trailing_credits(paragraph: str) -> str:
    """Remove a credits group that ends a story paragraph: "... she said. (Reporting by X)"."""
    return _TRAILING_CREDITS.sub("", paragraph)


def parse_byline(paragraph: str) -> tuple[str, ...] | None:
    """The authors of a byline ("By A and B", "Par A et B", "Von A und B"), or None when
    the paragraph is not one. After a word other than "By" (which is a word of headlines
    too: "Di Maria scores", "Door left open") every author must look like a name."""
    match = _BYLINE.match(paragraph)
    if not match or len(paragraph.split()) > 16:
        return None
    names = [name.strip() for name in _AUTHORS_SPLIT.split(match["names"]) if name.strip()]
    if match["word"] != "By" and not all(_author().fullmatch(name) for name in names):
        return None
    return tuple(names)


@dataclass(frozen=True)
class Dateline:
    written: str
    place: str
    source: str | None


def parse_dateline(paragraph: str) -> Dateline | None:
    """Split "TORETSK, Ukraine (Reuters) - In the town..." into its dateline, or None.

    The city must be written in capitals and be followed by an agency or a dash, so
    an ordinary sentence is never taken for a dateline.
    """
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    city, _, region = match["place"].partition(",")
    if not re.search(r"[A-Z\u00c0-\u00de]{2}", city) or city != city.upper():
        return None
    if match["dash"] == ":" and not match["source"]:
        return None
    place = _title_case(city.strip()) + ("," + region if region else "")
    return Dateline(match.group(0).strip(), place.strip(), match["source"])


NEWS_AGENCIES = frozenset(
    "AP Reuters AFP dpa DPA Bloomberg UPI Xinhua Kyodo Yonhap ANSA EFE PTI IANS ANI TASS "
    "Interfax CP AAP PA Anadolu Bernama Antara".split()
)
"""Agencies whose name in a dateline marks the start of a story."""


_AGENCY_NAME = re.compile(r"[A-Z][A-Za-z'&.-]*(?:\s[A-Z][A-Za-z'&.-]*){0,3}")
"""What an agency's name in a dateline looks like: capitalised words, no figures."""
_REGION = re.compile(r"[A-Z][A-Za-z'.-]*[a-z][A-Za-z'.-]*(?:\s[A-Z][A-Za-z'.-]*){0,2}")
"""A region after a dateline's place: words with small letters ("Peru", "W.Va.")."""


def _opens_a_story(dateline: Dateline, first_source: str | None, story: str) -> bool:
    """Whether a dateline further into the text opens another story (wire copy sent as
    one file): it names an agency (capitalised words: "OSLO (Reuters) -", "CAIRO
    (Coastal Press) -") or a region ("LIMA, Peru -") after a place of three letters or
    more. Words in capitals before a bracket of another kind ("UPDATE (3 p.m.) -",
    "NATO (the alliance) -", "EDITOR'S NOTE (June 5) -") or an initialism and a comma
    ("US, Canada -") open no story; nor does one whose story goes on in lower case ("WHO
    (World Health Organization) - officials warned", "THE BOTTOM LINE, Experts Say -
    rates will fall")."""
    if story.lstrip()[:1].islower():
        return False
    source = dateline.source
    if source is not None:
        return (
            source in NEWS_AGENCIES
            or source == first_source
            or bool(_AGENCY_NAME.fullmatch(source))
        )
    city, _, region = dateline.place.partition(",")
    letters = sum(char.isalpha() for char in city)
    return letters >= 3 and bool(_REGION.fullmatch(region.strip()))


def _title_case(words: str) -> str:
    return re.sub(r"[^\W\d_]+(?:'[^\W\d_]+)*", lambda m: m.group(0).capitalize(), words.lower())


def _looks_like_headline(first: str, following: str | None) -> bool:
    if following is None:
        return False
    words = len(first.split())
    if parse_byline(following) is not None:
        return words <= 30
    return words <= 20 and not first.rstrip().endswith((".", ",", ";", ":"))


def _with_stop(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?")) else text.rstrip(",;:") + "."


def parse_article(text: str) -> Article:
    """Classify the paragraphs of decoded plain article text and drop what is not story.

    Guarantees: headline and byline (when present) come first; the dateline is split
    from the first story paragraph and spoken as its place, and so is a later one that
    names an agency or a region (stories sent as one file, `_opens_a_story`); credits
    lines anywhere and page furniture in the trailing block are dropped (and listed in
    `dropped`); every
    other paragraph is kept whole and in order. Will not guess a headline for a
    one-paragraph text.
    """
    return classify(
        [(BODY, paragraph) for paragraph in split_paragraphs(normalize_typography(text))]
    )


def classify(blocks: list[tuple[str, str]]) -> Article:
    """`parse_article` for blocks whose kind may already be known: `headline` (a
    Markdown title), `heading`, `item` or `body` (not yet known). Only `body` blocks
    are checked for byline, dateline, credits and page furniture."""
    kept: list[tuple[int, str, str]] = []
    dropped: list[tuple[int, str]] = []
    for index, (kind, paragraph) in enumerate(blocks):
        if kind == BODY and (is_credits(paragraph) or is_scrape_junk(paragraph, trailing=False)):
            dropped.append((index, paragraph))
            continue
        if kind in (BODY, ITEM):
            paragraph, removed = strip_inline_furniture(paragraph)
            if removed:
                dropped.append((index, removed))
            if kind == ITEM and _BARE_URL.match(paragraph):
                dropped.append((index, paragraph))
                continue
        if paragraph:
            kept.append((index, kind, paragraph))
    while kept and kept[-1][1] == BODY and is_scrape_junk(kept[-1][2], trailing=True):
        index, _, paragraph = kept.pop()
        dropped.append((index, paragraph))

    paragraphs: list[Paragraph] = []
    title: str | None = None
    authors: tuple[str, ...] = ()
    position = 0
    if kept and kept[0][1] == HEADLINE:
        index, _, title = kept[0]
        paragraphs.append(Paragraph(HEADLINE, title, index, _with_stop(title)))
        position = 1
    elif kept and kept[0][1] == BODY:
        first = kept[0][2]
        following = kept[1][2] if len(kept) > 1 else None
        # a title-case headline may read as a byline ("Von Der Leyen Warns EU"): not
        # when the byline follows it
        byline = parse_byline(first) is not None
        if byline and following is not None and kept[1][1] == BODY:
            byline = parse_byline(following) is None
        if not byline and parse_dateline(first) is None and _looks_like_headline(first, following):
            index, _, title = kept[0]
            paragraphs.append(Paragraph(HEADLINE, title, index, _with_stop(title)))
            position = 1
    if position < len(kept) and kept[position][1] == BODY:
        index, _, paragraph = kept[position]
        found = parse_byline(paragraph)
        if found is not None:
            authors = found
            paragraphs.append(Paragraph(BYLINE, paragraph, index, _with_stop(paragraph)))
            position += 1

    place = source = None
    body = kept[position:]
    for number, (index, kind, paragraph) in enumerate(body):
        if kind == HEADING:
            paragraphs.append(Paragraph(kind, paragraph, index, _with_stop(paragraph)))
            continue
        if kind != BODY:
            paragraphs.append(Paragraph(kind, paragraph, index))
            continue
        paragraph = strip_trailing_credits(paragraph) if number == len(body) - 1 else paragraph
        dateline = parse_dateline(paragraph) if number == 0 or paragraph[:2].isupper() else None
        if dateline is not None and (
            number == 0 or _opens_a_story(dateline, source, paragraph[len(dateline.written) :])
        ):
            if number == 0:
                place, source = dateline.place, dateline.source
            paragraphs.append(Paragraph(DATELINE, dateline.written, index, dateline.place + "."))
            paragraph = paragraph[len(dateline.written) :].strip()
        if paragraph:
            paragraphs.append(Paragraph(BODY, paragraph, index))
    return Article(
        tuple(paragraphs), title, authors, place, source, tuple(p for _, p in sorted(dropped))
    )
