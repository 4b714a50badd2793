"""A local web server for the fetching tests: 127.0.0.1, a free port, a thread, started
and stopped deterministically. Tests put `Reply`s at paths; nothing leaves the machine."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Reply:
    """What the server answers at one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    """Sent as given; Content-Length is added unless given ("" leaves it out: the body
    then ends when the connection closes)."""
    hold: threading.Event | None = None
    """When set, the body is sent only once this event is set (a slow server)."""


@dataclass
class PageServer:
    port: int
    replies: dict[str, Reply]
    requests: list[dict[str, str]]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def bypass_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fetch directly even where the machine sets http_proxy: tests reach no proxy."""
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.setenv(name, "*")


@contextmanager
def page_server() -> Iterator[PageServer]:
    replies: dict[str, Reply] = {}
    requests: list[dict[str, str]] = []
    released: list[threading.Event] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(dict(self.headers.items()))
            reply = replies.get(self.path, Reply(b"not here", 404))
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                if value:  # an empty value: leave the header out
                    self.send_header(name, value)
            if "Content-Length" not in reply.headers:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if reply.hold is not None:
                released.append(reply.hold)
                reply.hold.wait()
            with contextlib.suppress(OSError):  # the client gave up (a timeout test)
                self.wfile.write(reply.body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield PageServer(server.server_address[1], replies, requests)
    finally:
        for event in released:
            event.set()  # let a held handler finish before shutting down
        server.shutdown()
        server.server_close()
        thread.join()
