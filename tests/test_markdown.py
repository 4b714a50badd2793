from __future__ import annotations

import pytest

from narrate.article import BODY, BYLINE, DATELINE, HEADING, HEADLINE, ITEM
from narrate.markdown import (
    Block,
    is_markdown,
    markdown_article,
    parse_markdown,
    split_front_matter,
)


def test_front_matter() -> None:
    meta, rest = split_front_matter(
        '---\ntitle: "A: title"\nauthors:\n  - Ann Lee\n  - Bo Ek\ntags: [a, b]\n---\n# Body\n'
    )
    assert meta == {"title": "A: title", "authors": ["Ann Lee", "Bo Ek"], "tags": ["a", "b"]}
    assert rest == "# Body\n"
    assert split_front_matter("no front matter\n---\n") == ({}, "no front matter\n---\n")


@pytest.mark.parametrize(
    ("markdown", "blocks"),
    [
        ("# Title\n\nText *with* **marks** and `code`.", [Block("heading", "Title", 1),
         Block("paragraph", "Text with marks and code.")]),
        ("A [link](http://x.example) here.", [Block("paragraph", "A link here.")]),
        ("![alt](a.png)\n\nAfter.", [Block("paragraph", "After.")]),
        ("```\ncode\n```\n\n    indented code\n\n<div>html</div>\n\nText.",
         [Block("paragraph", "Text.")]),
        ("- one\n- two", [Block("item", "one"), Block("item", "two")]),
        ("3. three\n4. four", [Block("item", "3. three"), Block("item", "4. four")]),
        ("Line one  \nline two\nsoft", [Block("paragraph", "Line one\nline two soft")]),
        ("> quoted", [Block("paragraph", "quoted")]),
        ("## Sub", [Block("heading", "Sub", 2)]),
    ],
)  # fmt: skip
def test_parse_markdown_blocks(markdown: str, blocks: list[Block]) -> None:
    assert parse_markdown(markdown).blocks == blocks


def test_parse_markdown_lists_what_it_skipped() -> None:
    skipped = parse_markdown("![a train](t.jpg)\n\n```\nx\n```\n").skipped
    assert skipped == ["image: a train", "code block"]


def test_markdown_article_kinds_and_metadata() -> None:
    article = markdown_article(
        "---\nauthor: Ann Lee and Bo Ek\nsource: Northwire\ndate: 2026-11-20\n---\n"
        "# Ferry back\n\nBy Ann Lee\n\nOSLO (Northwire) \u2013 It sailed.\n\n"
        "## Costs\n\n- one\n- two\n\nDone.\n"
    )
    kinds = [p.kind for p in article.paragraphs]
    assert kinds == [HEADLINE, BYLINE, DATELINE, BODY, HEADING, ITEM, ITEM, BODY]
    assert article.title == "Ferry back"
    assert article.authors == ("Ann Lee", "Bo Ek")
    assert (article.source, article.date) == ("Northwire", "2026-11-20")


def test_markdown_title_from_front_matter_is_spoken() -> None:
    article = markdown_article("---\ntitle: From meta\n---\nBody text here.\n")
    assert article.paragraphs[0].kind == HEADLINE
    assert article.title == "From meta"


def test_is_markdown() -> None:
    assert is_markdown("a/story.MD") and is_markdown("x.markdown")
    assert not is_markdown("story.txt") and not is_markdown("-")
