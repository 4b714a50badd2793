from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pytest

from narrate.errors import ArticleError
from narrate.sources import Document
from narrate.sources.html import decode_html, furniture, html_article, looks_like_html

PAGES = Path(__file__).resolve().parent / "data" / "pages"
SLUGS = sorted(path.stem for path in PAGES.glob("*.html"))


def shingles(text: str) -> Counter[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return Counter(tuple(words[i : i + 4]) for i in range(len(words) - 3))


@pytest.mark.parametrize("slug", SLUGS)
def test_every_labelled_page_extracts_its_body(slug: str) -> None:
    raw = (PAGES / f"{slug}.html").read_bytes()
    found, _ = html_article(Document(raw, "p.html", "p.html"), 1_000_000)
    spoken = [p.text for p in found.paragraphs if p.kind not in ("headline", "byline")]
    truth = (PAGES / f"{slug}.txt").read_text("utf-8")
    got, want = shingles("\n".join(spoken)), shingles(truth)
    common = sum((got & want).values())
    f1 = 2 * common / (sum(got.values()) + sum(want.values()))
    assert f1 >= 0.95


def test_metadata_headline_byline_and_sections() -> None:
    document = Document((PAGES / "library-fines.html").read_bytes(), "p.html", "p.html")
    found, warnings = html_article(document, 1_000_000)
    assert warnings == []
    kinds = [p.kind for p in found.paragraphs]
    assert kinds[:3] == ["headline", "byline", "body"]
    assert kinds.count("heading") == 2
    assert found.paragraphs[1].text == "By Daniel Okafor and Ruth Ames"
    assert found.title == "City libraries scrap late fines and find most books come back anyway"
    assert found.authors == ("Daniel Okafor", "Ruth Ames")
    assert (found.date, found.site, found.language) == ("2026-10-02", "Northfield Gazette", "en")
    assert found.url == "https://news.example/en/library-fines"
    assert found.description == "A year without fines brought back more overdue books, not fewer."


def test_lists_become_items_and_the_headline_is_not_repeated() -> None:
    document = Document((PAGES / "heat-pumps.html").read_bytes(), "p.html", "p.html")
    found, _ = html_article(document, 1_000_000)
    assert [p.kind for p in found.paragraphs].count("item") == 5
    assert found.title is not None
    assert [p.text for p in found.paragraphs].count(found.title) == 1


@pytest.mark.parametrize("slug", SLUGS)
def test_every_word_of_the_page_is_spoken_or_left_out(slug: str) -> None:
    raw = (PAGES / f"{slug}.html").read_bytes()
    found, _ = html_article(Document(raw, "p.html", "p.html"), 1_000_000)
    spoken = " ".join(p.text for p in found.paragraphs)
    left = " ".join(found.dropped)
    page, _ = decode_html(raw)
    visible = html.unescape(
        re.sub(r"<(script|style|head)\b.*?</\1>|<[^>]+>", " ", page, flags=re.S)
    )
    for word in set(re.findall(r"[^\W\d_]{4,}", visible)):
        assert word in spoken or word in left, word


def test_the_left_out_list_says_where_each_line_was() -> None:
    raw = (PAGES / "ferry-timetable.html").read_bytes()
    found, _ = html_article(Document(raw, "p.html", "p.html"), 1_000_000)
    left = " ".join(found.dropped)
    assert re.match(r"\d+ words of page furniture \(.*navigation \d+", found.dropped[0])
    assert "[cookie notice] We use cookies" in left
    assert "[comments] Comments | harbourwatcher | About time too." in left


def test_furniture_is_empty_when_all_is_spoken() -> None:
    assert furniture("<html><body><p>Only this.</p></body></html>", ["Only this."]) == []


@pytest.mark.parametrize(
    ("data", "http", "text", "warned"),
    [
        ('<meta charset="utf-8"><p>Grüße</p>'.encode(), None, "Grüße", False),
        ('<meta charset="windows-1252"><p>Grüße</p>'.encode("cp1252"), None, "Grüße", False),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>\xa4</p>',
         None, "€", False),
        ('<meta charset="utf-8"><p>Grüße</p>'.encode("cp1252"), None, "Grüße", True),
        ("<p>Grüße</p>".encode("cp1252"), "windows-1252", "Grüße", False),
        ("<p>Grüße</p>".encode(), None, "Grüße", False),
        ('<?xml version="1.0" encoding="iso-8859-15"?><p>Grüße \u20ac</p>'.encode("iso-8859-15"),
         None, "Grüße €", False),
        ("<p>Grüße aus Köln, schöne Grüße</p>".encode("cp1252"), None, "Grüße", True),
        ("\ufeff<p>Grüße</p>".encode("utf-16"), "iso-8859-1", "Grüße", False),
    ],
)  # fmt: skip
def test_decode_html_never_mojibake(data: bytes, http: str | None, text: str, warned: bool) -> None:
    decoded, warnings = decode_html(data, http)
    assert text in decoded
    assert bool(warnings) == warned


@pytest.mark.parametrize(
    ("data", "page"),
    [
        (b"<!DOCTYPE html><html><p>x</p></html>", True),
        (b"  <html lang=en>", True),
        (b"\xef\xbb\xbf<!-- saved --><!doctype HTML>", True),
        (b"<div><p>a</p><p>b</p><span>c</span><a>d</a></div>", True),
        (b"Prices rose <b>fast</b> this year.", False),
        (b"Plain text about html and <body> language.", False),
    ],
)
def test_looks_like_html(data: bytes, page: bool) -> None:
    assert looks_like_html(data) is page


def test_a_layout_table_is_read_as_its_text_cell() -> None:
    raw = (PAGES / "pt-brs.html").read_bytes()
    found, _ = html_article(Document(raw, "p.html", "p.html"), 1_000_000)
    assert [p.kind for p in found.paragraphs] == ["headline", "byline"] + ["body"] * 4
    assert found.paragraphs[1].text == "Por Rita Sousa"
    assert "[other page text] Início | Notícias | Desporto" in "\n".join(found.dropped)


def test_a_dateline_in_the_first_paragraph_is_handled_as_for_text() -> None:
    page = (
        "<html lang=en><head><title>Ferry back</title></head><body><article><h1>Ferry back"
        "</h1><p>PORT ELLIS, Norway (Northwire) - The ferry returned to the island on Monday "
        "after a winter away for repairs at the yard.</p><p>Everyone cheered as it docked at "
        "the old pier, and the band played on.</p></article></body></html>"
    )
    found, _ = html_article(Document(page.encode(), "p.html", "p.html"), 1_000_000)
    assert [p.kind for p in found.paragraphs] == ["headline", "dateline", "body", "body"]
    assert (found.place, found.source) == ("Port Ellis, Norway", "Northwire")


def test_a_binary_file_named_html_is_refused() -> None:
    with pytest.raises(ArticleError, match="looks like a binary file"):
        html_article(Document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.html"), 1000)


def test_a_page_without_an_article_says_so() -> None:
    page = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(ArticleError, match="no article text found on the page"):
        html_article(Document(page, "a.html"), 1000)


@pytest.mark.parametrize("title", ["Index of /news/2026", "Directory listing for /", "Index of /"])
def test_a_folder_s_list_of_files_is_no_article(title: str) -> None:
    page = (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1><ul>"
        "<li><a href='a.html'>a.html</a></li><li><a href='b.html'>b.html</a></li></ul>"
        "</body></html>"
    )
    with pytest.raises(ArticleError, match="a list of the files in a folder, not an article"):
        html_article(Document(page.encode(), "index.html"), 100_000)


def test_a_line_break_inside_a_paragraph_is_kept() -> None:
    page = (
        "<html><head><title>Poem found</title></head><body><article><h1>Poem found</h1>"
        "<p>A poem was found in the wall of the old school during repairs last week.</p>"
        "<p>It begins:<br>The sea is grey,<br>the boats are in.</p><p>Workers handed it "
        "to the town museum, which will show it from May beside the school's photographs."
        "</p></article></body></html>"
    )
    found, _ = html_article(Document(page.encode(), "p.html"), 10_000)
    assert "It begins:\nThe sea is grey,\nthe boats are in." in [p.text for p in found.paragraphs]
