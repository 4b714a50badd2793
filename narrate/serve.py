"""`narrate serve DIR`: DIR over HTTP, so that a podcast app can subscribe to its feed.

Standard library only. Serves the regular files inside DIR and nothing else: no
directory listings, no hidden files (the batch manifest, staging folders), nothing a
path or a symbolic link leads to outside DIR. Supports single HTTP range requests
(206 with Content-Range, 416 for a range past the end), which podcast apps use to seek
and to resume downloads.
"""

from __future__ import annotations

import mimetypes
import re
import socket
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .errors import UsageError
from .feed import CHAPTERS_SUFFIX, CHAPTERS_TYPE, MIME_TYPES, TRANSCRIPT_TYPES

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
CHUNK = 64 * 1024
_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


def content_type(path: Path) -> str:
    """The MIME type a podcast app expects for PATH."""
    suffix = path.suffix.lower()
    if path.name.endswith(CHAPTERS_SUFFIX):
        return CHAPTERS_TYPE
    if path.name == "feed.xml":
        return "application/rss+xml; charset=utf-8"
    known = {**MIME_TYPES, **TRANSCRIPT_TYPES, ".json": "application/json"}
    if suffix in known:
        return known[suffix]
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The (first, last) bytes a Range header asks for, or None to send the whole file
    (no header, a syntax this server does not take, several ranges, or an invalid one
    such as 5-4, which RFC 9110 says to ignore). Raises ValueError when the range cannot
    be satisfied."""
    found = _RANGE.fullmatch(header.strip())
    if not found or (not found.group(1) and not found.group(2)):
        return None
    first, last = found.group(1), found.group(2)
    if not first:  # the last N bytes
        length = int(last)
        if length == 0 or size == 0:
            raise ValueError("empty suffix range")
        return max(0, size - length), size - 1
    start = int(first)
    if last and int(last) < start:
        return None
    end = min(int(last), size - 1) if last else size - 1
    if start >= size:
        raise ValueError("range outside the file")
    return start, end


class Handler(BaseHTTPRequestHandler):
    """Serves `root`'s files; see the module's docstring for what it refuses."""

    root: Path
    quiet = False
    server_version = "narrate"

    def do_GET(self) -> None:
        self._serve(body=True)

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def _file(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        parts = [part for part in path.split("/") if part]
        if any(part.startswith(".") or "\\" in part or "\0" in part for part in parts):
            return None
        try:
            found = self.root.joinpath(*parts).resolve()
        except (OSError, ValueError):
            return None
        if not found.is_relative_to(self.root) or not found.is_file():
            return None
        return found

    def _serve(self, body: bool) -> None:
        path = self._file()
        if path is None:
            self.send_error(HTTPStatus.NOT_FOUND, "No such file here")
            return
        try:
            handle = path.open("rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No such file here")
            return
        with handle:
            size = path.stat().st_size
            try:
                wanted = byte_range(self.headers.get("Range", ""), size)
            except ValueError:
                self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            first, last = wanted or (0, size - 1)
            self.send_response(HTTPStatus.PARTIAL_CONTENT if wanted else HTTPStatus.OK)
            if wanted:
                self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            self.send_header("Content-Type", content_type(path))
            self.send_header("Content-Length", str(last - first + 1))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Last-Modified", self.date_time_string(int(path.stat().st_mtime)))
            self.end_headers()
            if body:
                handle.seek(first)
                _copy(handle, self.wfile, last - first + 1)

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            super().log_message(format, *args)


def _copy(source: Any, target: Any, length: int) -> None:
    try:
        while length > 0:
            chunk = source.read(min(CHUNK, length))
            if not chunk:
                break
            target.write(chunk)
            length -= len(chunk)
    except (BrokenPipeError, ConnectionResetError):  # the app stopped listening: fine
        pass


class _IPv6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def make_server(
    folder: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, quiet: bool = False
) -> ThreadingHTTPServer:
    """A server for FOLDER bound to HOST:PORT (port 0: any free one), not yet serving;
    run its `serve_forever` and end it with `shutdown` and `server_close`. Raises
    UsageError when FOLDER is not a folder or the address cannot be bound."""
    root = folder.resolve()
    if not root.is_dir():
        raise UsageError(f"{folder}: not a folder; give the folder of the narrations")
    handler: Callable[..., Handler] = type("Handler", (Handler,), {"root": root, "quiet": quiet})
    server_class = _IPv6Server if ":" in host else ThreadingHTTPServer
    try:
        server = server_class((host, port), handler)
    except OSError as exc:
        raise UsageError(
            f"cannot serve on {host}:{port} ({exc.strerror}); choose another --port or --host"
        ) from None
    server.daemon_threads = True
    return server


def address(server: ThreadingHTTPServer) -> str:
    """The server's base URL."""
    host, port = server.server_address[:2]
    name = host.decode() if isinstance(host, bytes) else str(host)
    shown = f"[{name}]" if ":" in name else name
    return f"http://{shown}:{port}/"
