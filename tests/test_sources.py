from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from narrate.errors import ArticleError
from narrate.sources import Document, Source, choose_loader, load
from narrate.sources.base import gunzip, read_document

PAGE = b"<!DOCTYPE html><html><body><p>A page.</p></body></html>"


@pytest.mark.parametrize(
    ("argument", "kind", "stem"),
    [
        ("-", "stdin", "article"),
        ("story.txt", "path", "story"),
        ("notes.v2.rtf", "path", "notes.v2"),
        ("saved/page.html.gz", "path", "page"),
        ("https://news.example/2026/ferry.html?x=1", "url", "ferry"),
        ("HTTP://news.example/", "url", "article"),
        ("file:///home/a/story.md", "url", "story"),
    ],
)
def test_source_parse(argument: str, kind: str, stem: str) -> None:
    source = Source.parse(argument)
    assert (source.kind, source.stem) == (kind, stem)


def test_only_http_https_and_file_urls() -> None:
    with pytest.raises(ArticleError, match="ftp:// addresses are not fetched"):
        Source.parse("ftp://example.org/a.txt")


def test_paths_names_and_web() -> None:
    assert Source.parse("-").name == "standard input"
    assert Source.parse("file:///tmp/a%20b.html").path == Path("/tmp/a b.html")
    assert Source.parse("https://x.example/a").path is None
    assert Source.parse("https://x.example/a").is_web
    assert not Source.parse("file:///a.html").is_web


@pytest.mark.parametrize(
    ("filename", "media", "data", "loader"),
    [
        ("a.html", None, b"plain words", "html"),
        ("a.HTM", None, b"plain words", "html"),
        ("a.xhtml.gz", None, b"plain words", "html"),
        ("a.md", None, b"# Title", "markdown"),
        ("a.txt", None, b"Plain words.", "text"),
        ("a.txt", None, PAGE, "html"),  # a page saved as text is a page
        ("", None, PAGE, "html"),  # standard input
        ("", None, b"Plain words with one <b>tag</b>.", "text"),
        ("story", "text/html", b"words", "html"),
        ("story.html", "text/plain", b"Plain words.", "text"),  # the server's type wins
        ("story", "text/plain", PAGE, "html"),
    ],
)
def test_choose_loader(filename: str, media: str | None, data: bytes, loader: str) -> None:
    assert choose_loader(Document(data, "x", filename, media)).name == loader


def test_forced_loader_wins() -> None:
    assert choose_loader(Document(b"Plain.", "x", "a.txt"), "html").name == "html"


def test_read_document_gunzips_and_limits(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGE))
    assert read_document(Source.parse(str(page)), 1000).data == PAGE
    page.write_bytes(gzip.compress(PAGE * 50))  # 2,900 bytes in under 400
    with pytest.raises(ArticleError, match="larger than 404 bytes decompressed"):
        read_document(Source.parse(str(page)), 100)
    (tmp_path / "big.txt").write_bytes(b"x" * 100)
    with pytest.raises(ArticleError, match="longer than 10 characters"):
        read_document(Source.parse(str(tmp_path / "big.txt")), 10)


def test_gunzip_refuses_what_is_not_gzip() -> None:
    with pytest.raises(ArticleError, match="not a valid gzip file"):
        gunzip(b"plain", 100, "a.gz")


def test_read_document_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PAGE)))
    document = read_document(Source.parse("-"), 1000)
    assert document.data == PAGE and document.filename == ""


def test_load_a_page_saved_as_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(
        b"<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns"
        b"</h1><p>The ferry came back to the island on Monday after a long winter away, "
        b"and the whole village was there to see it.</p></article></body></html>"
    )
    loaded = load(Source.parse(str(page)), 10_000)
    assert loaded.loader == "html"
    assert [p.kind for p in loaded.article.paragraphs] == ["headline", "body"]


def test_a_web_address_without_its_scheme_gets_a_hint(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"give its whole address, https://news\.example/a"):
        read_document(Source.parse("news.example/a"), 100)
    with pytest.raises(ArticleError, match=r"no such file; check the path$"):
        read_document(Source.parse(str(tmp_path / "story.txt")), 100)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda path: path.symlink_to(path.name), "cannot open"),  # a link loop
        (lambda path: path.symlink_to("elsewhere.txt"), "no such file; check the path"),
        (lambda path: None, "no such file; check the path"),
        (lambda path: path.mkdir(), "is a directory; give an article file inside it"),
    ],
)
def test_read_document_explains_what_it_cannot_read(
    tmp_path: Path, make: Callable[[Path], None], message: str
) -> None:
    path = tmp_path / "story.txt"
    make(path)
    with pytest.raises(ArticleError, match=message):
        read_document(Source.parse(str(path)), 100)


def test_read_document_refuses_a_device() -> None:
    with pytest.raises(ArticleError, match="not a regular file"):
        read_document(Source.parse("/dev/zero"), 100)


def test_read_document_from_a_closed_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", None)  # what Python makes of `narrate - <&-`
    with pytest.raises(ArticleError, match=r"^standard input is closed; pipe the article in"):
        read_document(Source.parse("-"), 1000)
