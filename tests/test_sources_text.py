from __future__ import annotations

import pytest

from narrate.errors import ArticleError
from narrate.sources import Document
from narrate.sources.text import MarkdownLoader, TextLoader, strip_tags, unescape_entities


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("<div>hello</div>", " hello "),
        ('Read <a href="https://x.example/a">the report</a>.', "Read  the report ."),
        ("one<br/>two<br>three", "one two three"),
        ("<p class=lead>Lead.</p>", " Lead. "),
        ("if a < b and c > d", "if a < b and c > d"),
        ("I <3 ferries", "I <3 ferries"),
        ("<<not a tag>>", "<<not a tag>>"),
        ("Hi<script>var a = 1 < 2;</script> there<STYLE>p {}</STYLE>", "Hi  there "),
    ],
)
def test_strip_tags(written: str, kept: str) -> None:
    assert strip_tags(written)[0] == kept


def test_text_loader_drops_tags_and_says_so() -> None:
    found, _ = TextLoader().load(
        Document(b"Ferry back\n\n<div>The ferry is back.</div>\n", "a"), 100
    )
    assert [p.text for p in found.paragraphs] == ["Ferry back", "The ferry is back."]
    assert found.dropped == ("[2 HTML tags]",)


def test_empty_and_too_long() -> None:
    with pytest.raises(ArticleError, match="the article is empty"):
        TextLoader().load(Document(b" \n", "a"), 100)
    with pytest.raises(ArticleError, match="over the limit of 3"):
        MarkdownLoader().load(Document(b"# Long", "a"), 3)


def test_markdown_loader_reads_headings() -> None:
    found, _ = MarkdownLoader().load(
        Document(b"# Title\n\nBody text.\n\n## Part\n\nMore.\n", "a"), 99
    )
    assert [p.kind for p in found.paragraphs] == ["headline", "body", "heading", "body"]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Fish &amp; chips", "Fish & chips"),
        ("It&#8217;s back&nbsp;today", "It\u2019s back\u00a0today"),
        ("AT&T and R&D; B&amp", "AT&T and R&D; B&amp"),
    ],
)
def test_unescape_entities(written: str, read: str) -> None:
    assert unescape_entities(written) == read
