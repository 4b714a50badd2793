"""`narrate briefing`: several articles as one file, a chapter per article.

The articles are read as usual, then written out as one Markdown document: a headline
("Your briefing for Tuesday, the first of December"), a spoken introduction ("Eight
articles, about forty minutes."), then each article under a `##` heading (its headline,
which names its chapter), a short spoken transition before each later one and a closing
line. That document goes through the ordinary pipeline, so chapters, loudness, captions
and tags work as for one article; the title tag is "Briefing, <date>".
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from num2words import num2words

from . import article as kinds
from .errors import ArticleError, NarrateError
from .lexicon import BESIDE_ARTICLE
from .pipeline import Result, Script, Settings, build
from .progress import Listener
from .session import Session
from .speak import LEAD_MS, TAIL_MS, expected_speech_ms

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class Briefing:
    """The document to narrate, and the articles left out with why."""

    markdown: str
    title: str
    """The title tag: "Briefing, <date>"."""
    stories: int
    skipped: list[str]
    lexicons: tuple[Path, ...]
    """lexicon.txt files beside the articles, which the document's own folder lacks."""


def spoken_date(day: date) -> str:
    """ "Tuesday, the first of December"."""
    return f"{day:%A}, the {num2words(day.day, to='ordinal')} of {day:%B}"


def written_date(day: date) -> str:
    """ "Tuesday 1 December 2026"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def escape(text: str) -> str:
    """TEXT as one Markdown paragraph that reads back as exactly TEXT: every ASCII
    punctuation mark escaped (so nothing becomes a list, heading, link or emphasis),
    line breaks made spaces."""
    return _PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def compose(articles: list[str], settings: Settings, day: date) -> Briefing:
    """Read ARTICLES and make the briefing's document. An article that cannot be read
    is left out (listed in `skipped`); raises ArticleError when none can be."""
    scripts: list[tuple[str, Script]] = []
    skipped = []
    for source in articles:
        try:
            scripts.append((source, build(source, settings)))
        except NarrateError as exc:
            skipped.append(str(exc))
    if not scripts:
        raise ArticleError("no article of the briefing could be read: " + "; ".join(skipped))
    count = len(scripts)
    minutes = _minutes(scripts, settings)
    noun = "article" if count == 1 else "articles"
    lines = [
        f"# {escape('Your briefing for ' + spoken_date(day))}",
        escape(f"{num2words(count).capitalize()} {noun}, about {_minutes_words(minutes)}."),
    ]
    for number, (source, script) in enumerate(scripts):
        if number:
            lines.append(escape(_transition(number, count)))
        lines += _story(source, script)
    lines.append(escape("That was your briefing."))
    beside = []
    for source, _ in scripts:
        lexicon = Path(source).parent / BESIDE_ARTICLE
        if lexicon.is_file() and lexicon not in beside:
            beside.append(lexicon)
    title = f"Briefing, {written_date(day)}"
    return Briefing("\n\n".join(lines) + "\n", title, count, skipped, tuple(beside))


def _story(source: str, script: Script) -> list[str]:
    """One article as Markdown: its headline as a `##` heading, then every paragraph
    as it is spoken (sub-headings as plain sentences, so the article stays one chapter)."""
    found = script.article
    title = found.title or Path(source).stem.replace("-", " ").replace("_", " ").capitalize()
    lines = [f"## {escape(title)}"]
    for paragraph in found.paragraphs:
        if paragraph.kind == kinds.HEADLINE:
            continue
        text = paragraph.speak_as if paragraph.kind == kinds.DATELINE else paragraph.text
        if paragraph.kind == kinds.HEADING:
            text = paragraph.speak_as or paragraph.text
        if text and text.strip():
            lines.append(escape(text))
    return lines


def _transition(number: int, count: int) -> str:
    if number == count - 1:
        return "And finally."
    return f"Story {num2words(number + 1)} of {num2words(count)}."


def _minutes(scripts: list[tuple[str, Script]], settings: Settings) -> int:
    """About how long the briefing will be, from the speech its text needs at the rate
    and the pauses: whole minutes, at least one."""
    total_ms = sum(
        expected_speech_ms(segment.said, settings.rate) + LEAD_MS + TAIL_MS + segment.pause_after_ms
        for _, script in scripts
        for segment in script.segments
    )
    return max(1, round(total_ms / 60000))


def _minutes_words(minutes: int) -> str:
    return f"{num2words(minutes)} minute{'s' if minutes != 1 else ''}"


def narrate_briefing(
    session: Session,
    articles: list[str],
    out: Path,
    settings: Settings,
    day: date,
    progress: Listener | None = None,
) -> tuple[Result, Briefing]:
    """Narrate ARTICLES into OUT as one briefing (see the module's docstring); OUT
    appears only when complete, as with one article."""
    found = compose(articles, settings, day)
    with tempfile.TemporaryDirectory(prefix="narrate-briefing-") as work:
        document = Path(work) / f"briefing-{day.isoformat()}.md"
        document.write_text(found.markdown, "utf-8")
        shaped = dataclasses.replace(
            settings,
            markdown=True,
            title=settings.title or found.title,
            lexicons=settings.lexicons + found.lexicons,
        )
        result = session.narrate(str(document), out, shaped, progress)
    return result, found
