"""The read-along page: one self-contained HTML file with the article as written, an
audio player, and every sentence and word marked with when it is said, so that the
page can highlight them as the audio plays and seek when one is clicked.

The page makes no request of its own (inline CSS and JavaScript, no fonts, a content
security policy that forbids the rest); the audio is the file beside it or, embedded,
a data URL. Every text from the article goes through `html.escape`, never in as markup,
and the JSON data block has every "<" escaped. The markup, style and script are the
package's `templates/read_along.html`.
"""

from __future__ import annotations

import base64
import html
import json
import re
import string
from collections.abc import Iterator, Sequence
from importlib import resources
from itertools import groupby
from urllib.parse import quote

from .article import BYLINE, DATELINE, HEADING, HEADLINE, ITEM
from .artifacts import Material
from .assemble import Placement
from .captions import placement_words
from .export import AUDIO_MIME_TYPES


class _Template(string.Template):
    delimiter = "%%"  # CSS has "@" and "$" may appear in script; "%%" appears in neither


def template() -> str:
    return resources.files("narrate").joinpath("templates/read_along.html").read_text("utf-8")


def page(material: Material) -> str:
    """The page's HTML for the narration `material` describes."""
    placements = material.timeline.placements
    title = material.tags.title or material.article.title or material.audio.stem
    body = "\n".join(_blocks(placements))
    if not any(p.segment.kind == HEADLINE for p in placements):
        body = f'<h1 class="title">{_text(title)}</h1>\n{body}'
    audio_type = AUDIO_MIME_TYPES.get(material.audio.suffix.lower(), "audio/mpeg")
    if material.embed is not None:
        encoded = base64.b64encode(material.embed.read_bytes()).decode("ascii")
        source = f"data:{audio_type};base64,{encoded}"
    else:
        source = quote(material.audio.name)
    chapters = [
        {"title": c.title, "start_ms": round(c.start_ms), "end_ms": round(c.end_ms)}
        for c in material.chapters
    ]
    data = {
        "title": title,
        "chapters": chapters,
        "duration_ms": round(material.timeline.duration_ms),
    }
    return _Template(template()).substitute(
        lang=_text(material.language),
        title=_text(title),
        audio_src=_text(source),
        audio_type=audio_type,
        contents=_contents(material),
        body=body,
        data=script_json(data),
    )


def script_json(data: object) -> str:
    """`data` as JSON safe inside a <script> element: no "<" (so no "</script>" or
    "<!--"), and no line or paragraph separators."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _text(value: str) -> str:
    return html.escape(value, quote=True)


def _ms(value: float) -> str:
    return str(max(0, round(value)))


def _contents(material: Material) -> str:
    """The chapters as a list of links that seek (and, without script, jump)."""
    if len(material.chapters) < 2:
        return ""
    items = []
    for number, chapter in enumerate(material.chapters):
        target = "#top" if number == 0 else f"#chapter-{number}"
        items.append(
            f'<li><a href="{target}" data-start="{_ms(chapter.start_ms)}">'
            f"{_text(chapter.title)}</a></li>"
        )
    return (
        '<nav class="contents" aria-labelledby="contents-title">'
        '<h2 id="contents-title">Contents</h2>\n<ol>' + "\n".join(items) + "</ol></nav>"
    )


def _blocks(placements: Sequence[Placement]) -> Iterator[str]:
    """The article's paragraphs, in order: headline, byline, headings, paragraphs and
    lists, each made of its sentences."""
    in_list = False
    chapter = 0
    for _, group in groupby(placements, key=lambda p: p.segment.paragraph):
        block = list(group)
        kinds = [p.segment.kind for p in block if p.segment.kind != DATELINE] or [DATELINE]
        kind = kinds[0]
        if in_list and kind != ITEM:
            yield "</ul>"
            in_list = False
        inner = " ".join(
            _sentence(list(s)) for _, s in groupby(block, lambda p: p.segment.sentence)
        )
        if kind == HEADLINE:
            yield f'<h1 id="top" dir="auto">{inner}</h1>'
        elif kind == BYLINE:
            yield f'<p class="byline" dir="auto">{inner}</p>'
        elif kind == HEADING:
            chapter += 1
            yield f'<h2 id="chapter-{chapter}" dir="auto">{inner}</h2>'
        elif kind == ITEM:
            if not in_list:  # numbered items say their number: no marker of its own then
                numbered = re.fullmatch(r"\d+[.)]", block[0].segment.text.strip())
                yield '<ul class="numbered">' if numbered else "<ul>"
                in_list = True
            yield f'<li dir="auto">{inner}</li>'
        else:
            yield f'<p dir="auto">{inner}</p>'
    if in_list:
        yield "</ul>"


def _sentence(group: list[Placement]) -> str:
    """One sentence (all its segments) as a span with its start and end, its words
    inside as spans with theirs (where the words' times are known)."""
    start, end = group[0].speech_start_ms, group[-1].speech_end_ms
    parts = []
    for placement in group:
        text = placement.segment.text
        words = placement_words(placement)
        if not words:
            parts.append(_text(text))
            continue
        position, out = 0, []
        for word in words:
            out.append(_text(text[position : word.offset]))
            out.append(
                f'<span class="w" data-start="{_ms(word.start_ms)}" '
                f'data-end="{_ms(word.end_ms)}">{_text(word.text)}</span>'
            )
            position = word.offset + len(word.text)
        out.append(_text(text[position:]))
        parts.append("".join(out))
    css = "s dateline" if group[0].segment.kind == DATELINE else "s"
    return (
        f'<span class="{css}" data-start="{_ms(start)}" data-end="{_ms(end)}">'
        + " ".join(parts)
        + "</span>"
    )
