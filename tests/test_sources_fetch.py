from __future__ import annotations

import gzip
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from narrate import __version__
from narrate.errors import ArticleError
from narrate.sources.fetch import FetchOptions, fetch
from tests.pageserver import PageServer, Reply, bypass_proxies, page_server

PAGE = b"<html><head><title>T</title></head><body><p>Hello there.</p></body></html>"


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    bypass_proxies(monkeypatch)


@pytest.fixture
def server() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


def test_fetches_a_page_with_its_type_charset_and_user_agent(server: PageServer) -> None:
    server.replies["/a"] = Reply(PAGE, headers={"Content-Type": "text/html; charset=ISO-8859-1"})
    document = fetch(server.url("/a"))
    assert document.data == PAGE
    assert document.media_type == "text/html"
    assert document.charset == "iso-8859-1"
    assert document.url == server.url("/a")
    assert server.requests[0]["User-Agent"].startswith(f"narrate/{__version__}")


def test_gzip_is_decoded(server: PageServer) -> None:
    server.replies["/z"] = Reply(
        gzip.compress(PAGE), headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    assert fetch(server.url("/z")).data == PAGE


def test_follows_up_to_five_redirects_and_no_more(server: PageServer) -> None:
    for step in range(6):
        server.replies[f"/r{step}"] = Reply(status=302, headers={"Location": f"/r{step + 1}"})
    server.replies["/r6"] = Reply(PAGE)
    document = fetch(server.url("/r1"))  # five redirects: r1 -> r6
    assert document.url == server.url("/r6") and document.data == PAGE
    with pytest.raises(ArticleError, match="more than 5 redirects"):
        fetch(server.url("/r0"))


def test_a_redirect_to_another_scheme_is_refused(server: PageServer) -> None:
    server.replies["/ftp"] = Reply(status=301, headers={"Location": "ftp://127.0.0.1/x"})
    with pytest.raises(ArticleError, match="ftp:// address, which is not fetched"):
        fetch(server.url("/ftp"))


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (404, "not found (HTTP 404); check the address"),
        (403, "the site refused access (HTTP 403"),
        (429, "too many requests"),
        (503, "the server failed (HTTP 503"),
    ],
)
def test_http_errors(server: PageServer, status: int, message: str) -> None:
    server.replies["/e"] = Reply(b"no", status)
    with pytest.raises(ArticleError, match=re.escape(message)):
        fetch(server.url("/e"))


@pytest.mark.parametrize(
    ("media", "what"),
    [("application/pdf", "a PDF"), ("image/png", "an image"), ("application/json", "JSON")],
)
def test_what_is_not_a_page_is_refused(server: PageServer, media: str, what: str) -> None:
    server.replies["/f"] = Reply(b"%PDF-1.4", headers={"Content-Type": media})
    with pytest.raises(ArticleError, match=f"is {what}, not a web page"):
        fetch(server.url("/f"))


def test_a_page_over_the_size_limit_is_refused(server: PageServer) -> None:
    big = b"<p>" + b"x" * 5000 + b"</p>"
    server.replies["/big"] = Reply(big)
    with pytest.raises(ArticleError, match=r"larger than 0\.001 MB"):
        fetch(server.url("/big"), FetchOptions(max_bytes=1000))
    unsaid = Reply(big, headers={"Content-Type": "text/html", "Content-Length": ""})
    server.replies["/unsaid"] = unsaid  # no length given: counted while reading
    with pytest.raises(ArticleError, match=r"larger than 0\.001 MB"):
        fetch(server.url("/unsaid"), FetchOptions(max_bytes=1000))
    assert fetch(server.url("/unsaid"), FetchOptions(max_bytes=5007)).data == big


def test_a_gzip_bomb_stops_at_the_limit(server: PageServer) -> None:
    bomb = gzip.compress(b"<p>" + b" " * 2_000_000)
    server.replies["/bomb"] = Reply(
        bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    with pytest.raises(ArticleError, match="larger than 100,000 bytes"):
        fetch(server.url("/bomb"), FetchOptions(max_bytes=100_000))


def test_a_silent_server_times_out(server: PageServer) -> None:
    server.replies["/slow"] = Reply(PAGE, hold=threading.Event())
    with pytest.raises(
        ArticleError, match=r"no answer within 0.05 s; try again, or raise --timeout"
    ):
        fetch(server.url("/slow"), FetchOptions(timeout=0.05))


def test_refused_connection() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ArticleError, match=r"127\.0\.0\.1 refused the connection"):
        fetch(f"http://127.0.0.1:{port}/")


def test_dns_failure() -> None:
    with pytest.raises(ArticleError, match=r"could not find the host nowhere\.invalid"):
        fetch("http://nowhere.invalid/story")


def test_tls_failure(server: PageServer) -> None:
    with pytest.raises(ArticleError, match="the secure connection failed"):
        fetch(f"https://127.0.0.1:{server.port}/")


def test_offline_refuses_before_any_connection(server: PageServer) -> None:
    server.replies["/a"] = Reply(PAGE)
    with pytest.raises(ArticleError, match="not fetched, --offline is set"):
        fetch(server.url("/a"), FetchOptions(offline=True))
    assert server.requests == []


def test_a_file_url_reads_the_file_even_offline(tmp_path: Path) -> None:
    page = tmp_path / "saved page.html"
    page.write_bytes(PAGE)
    document = fetch(page.as_uri(), FetchOptions(offline=True))
    assert document.data == PAGE and document.filename == "saved page.html"


def test_other_schemes_are_refused() -> None:
    with pytest.raises(ArticleError, match="only http, https and file"):
        fetch("ftp://127.0.0.1/x")
