from __future__ import annotations

import http.client
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from narrate.errors import UsageError
from narrate.feed import write_feed
from narrate.serve import byte_range, content_type, make_server

feedparser = pytest.importorskip("feedparser", reason="feedparser is in the dev extra")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A folder with an 'audio' file and a feed, served on a free loopback port from a
    thread; shut down and joined afterwards."""
    folder = tmp_path / "pods"
    folder.mkdir()
    (folder / "story.mp3").write_bytes(bytes(range(256)) * 40)
    (folder / ".narrate-batch.json").write_text("{}")
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.vtt").write_text("WEBVTT\n")
    (tmp_path / "secret.txt").write_text("not for phones")
    os.symlink(tmp_path / "secret.txt", folder / "link.txt")
    server = make_server(folder, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        yield folder, server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def get(
    port: int, path: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_the_feed_and_a_range_of_an_enclosure(served: tuple[Path, int]) -> None:
    folder, port = served
    base = f"http://127.0.0.1:{port}/"
    write_feed(folder, base)
    status, headers, body = get(port, "/feed.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    entry = feedparser.parse(body).entries[0]
    enclosure = entry.enclosures[0]
    assert enclosure.href == base + "story.mp3" and enclosure.type == "audio/mpeg"
    path = "/" + enclosure.href.removeprefix(base)
    status, headers, body = get(port, path, {"Range": "bytes=100-299"})
    assert status == 206
    assert headers["Content-Range"] == "bytes 100-299/10240"
    assert headers["Content-Length"] == "200" and headers["Accept-Ranges"] == "bytes"
    assert headers["Content-Type"] == "audio/mpeg"
    assert body == (bytes(range(256)) * 40)[100:300]
    status, headers, body = get(port, path)
    assert status == 200 and len(body) == int(enclosure.length) == 10240


def test_ranges_open_ended_suffix_and_unsatisfiable(served: tuple[Path, int]) -> None:
    _, port = served
    data = bytes(range(256)) * 40
    status, headers, body = get(port, "/story.mp3", {"Range": "bytes=10000-"})
    assert status == 206 and body == data[10000:]
    assert headers["Content-Range"] == "bytes 10000-10239/10240"
    status, _, body = get(port, "/story.mp3", {"Range": "bytes=-16"})
    assert status == 206 and body == data[-16:]
    status, headers, _ = get(port, "/story.mp3", {"Range": "bytes=20000-"})
    assert status == 416 and headers["Content-Range"] == "bytes */10240"
    status, _, body = get(port, "/story.mp3", {"Range": "lines=1-2"})
    assert status == 200 and body == data


def test_nothing_outside_the_folder_nor_hidden_nor_listed(served: tuple[Path, int]) -> None:
    _, port = served
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/sub/../../secret.txt", "/link.txt",
                 "/.narrate-batch.json", "/", "/sub/", "/missing.mp3", "//etc/passwd"):  # fmt: skip
        status, _, body = get(port, path)
        assert status == 404, path
        assert b"not for phones" not in body
    status, headers, body = get(port, "/sub/inner.vtt")
    assert status == 200 and headers["Content-Type"] == "text/vtt" and body == b"WEBVTT\n"


def test_byte_range_parsing() -> None:
    assert byte_range("", 10) is None
    assert byte_range("bytes=0-0", 10) == (0, 0)
    assert byte_range("bytes=5-100", 10) == (5, 9)
    assert byte_range("bytes=0-1,4-5", 10) is None  # several ranges: the whole file
    assert byte_range("bytes=5-4", 10) is None  # invalid: ignored (RFC 9110), not 416
    for bad in ("bytes=10-", "bytes=-0"):
        with pytest.raises(ValueError):
            byte_range(bad, 10)


def test_content_types() -> None:
    assert content_type(Path("a.m4b")) == "audio/mp4"
    assert content_type(Path("a.mp3.chapters.json")) == "application/json+chapters"
    assert content_type(Path("a.srt")) == "application/x-subrip"
    assert content_type(Path("a.png")) == "image/png"


def test_a_folder_that_is_not_one_or_a_port_taken(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not a folder"):
        make_server(tmp_path / "missing")
    first = make_server(tmp_path, "127.0.0.1", 0)
    try:
        with pytest.raises(UsageError, match="cannot serve on"):
            make_server(tmp_path, "127.0.0.1", first.server_address[1])
    finally:
        first.server_close()


def test_serve_command_reports_a_port_taken(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from narrate import cli

    taken = make_server(tmp_path, "127.0.0.1", 0)
    try:
        port = str(taken.server_address[1])
        result = CliRunner().invoke(cli.main, ["serve", str(tmp_path), "--port", port])
    finally:
        taken.server_close()
    assert result.exit_code == 2
    assert result.stderr.startswith("narrate: error: cannot serve on 127.0.0.1:")


def test_an_ipv6_loopback_address(tmp_path: Path) -> None:
    (tmp_path / "a.vtt").write_text("WEBVTT\n")
    try:
        server = make_server(tmp_path, "::1", 0, quiet=True)
    except UsageError:
        pytest.skip("no IPv6 loopback on this machine")
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        connection = http.client.HTTPConnection("::1", server.server_address[1], timeout=10)
        connection.request("GET", "/a.vtt")
        assert connection.getresponse().read() == b"WEBVTT\n"
        connection.close()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
