"""Fetching an article from a URL, safely: the standard library's urllib (no new
dependency; trafilatura brings urllib3, but urllib's errors are enough to say what went
wrong, and it keeps the fetch replaceable in tests by a local server).

Guarantees: only http, https and file; at most `MAX_REDIRECTS` redirects, each to http
or https; a timeout on connecting and on every read; never more than `max_bytes` read
or decompressed; only HTML, XHTML or plain text accepted. Every failure is one
ArticleError saying what happened and what to do.
"""

from __future__ import annotations

import functools
import zlib
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from .. import __version__
from ..errors import ArticleError
from ..options import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from ..options import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
from ..options import FetchOptions as FetchOptions
from .base import Document, Source, gunzip, read_document

if TYPE_CHECKING:  # the network modules are imported by `fetch`, not with narrate
    import http.client
    import urllib.request

MAX_REDIRECTS = 5
USER_AGENT = f"narrate/{__version__} (offline news narrator)"
ACCEPTED = ("text/html", "application/xhtml+xml", "text/plain")
_WHAT = {
    "application/pdf": "a PDF",
    "application/json": "JSON",
    "application/octet-stream": "a binary file",
    "application/zip": "a ZIP archive",
}


@functools.cache
def _redirects() -> type[urllib.request.HTTPRedirectHandler]:
    """The redirect handler: at most `MAX_REDIRECTS`, each to http or https. Made on
    the first fetch, so that urllib.request, http.client and ssl (10 ms) are imported
    only by a run that fetches."""
    import urllib.request

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(
            self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
            headers: http.client.HTTPMessage, newurl: str,
        ) -> urllib.request.Request | None:  # fmt: skip
            scheme = urlsplit(newurl).scheme.lower()
            if scheme not in ("http", "https"):
                raise ArticleError(
                    f"{req.full_url}: redirects to a {scheme or 'relative'}:// address, which "
                    "is not fetched; open the page in a browser and save it"
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return _Redirects


def _encodings() -> str:
    try:
        import brotli  # noqa: F401
    except ImportError:
        return "gzip, deflate"
    return "gzip, deflate, br"


def fetch(url: str, options: FetchOptions | None = None) -> Document:
    """The page at `url` as a `Document` (bytes, media type, charset, final URL).

    A file:// URL reads the local file. Raises ArticleError for anything that is not a
    page narrate can read, with what to do about it.
    """
    options = options or FetchOptions()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise ArticleError(f"{url}: a file:// URL on another host; copy the file here")
        local = read_document(Source("path", unquote(parts.path)), options.max_bytes // 4)
        return Document(local.data, url, local.filename, url=url)
    if scheme not in ("http", "https"):
        raise ArticleError(f"{url}: only http, https and file URLs are fetched")
    if not parts.hostname:
        raise ArticleError(f"{url}: no host name in the address; check the URL")
    if options.offline:
        raise ArticleError(f"{url}: not fetched, --offline is set; save the page and give its path")
    import http.client
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
            "Accept-Encoding": _encodings(),
        },
    )
    opener = urllib.request.build_opener(_redirects())
    host = parts.hostname
    try:
        with opener.open(request, timeout=options.timeout) as response:
            return _read(url, response, options)
    except ArticleError:
        raise
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url}: {_http_failure(exc.code, exc.reason)}") from None
    except urllib.error.URLError as exc:
        raise ArticleError(f"{url}: {_failure(exc.reason, host, options.timeout)}") from None
    except (http.client.HTTPException, OSError) as exc:
        raise ArticleError(f"{url}: {_failure(exc, host, options.timeout)}") from None


def _read(url: str, response: Any, options: FetchOptions) -> Document:
    final = response.geturl()
    headers = response.headers
    media = (headers.get_content_type() or "").lower()
    if media not in ACCEPTED:
        what = _WHAT.get(media) or (
            f"an {media.split('/')[0]}" if media.startswith(("image/", "audio/", "video/"))
            else media
        )  # fmt: skip
        raise ArticleError(
            f"{final}: is {what}, not a web page; narrate reads HTML or plain text "
            "(save the article's text to a file instead)"
        )
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > options.max_bytes:
        raise ArticleError(_too_large(final, options.max_bytes))
    data = bytearray()
    while len(data) <= options.max_bytes:
        chunk = response.read(min(1 << 16, options.max_bytes + 1 - len(data)))
        if not chunk:
            break
        data += chunk
    if len(data) > options.max_bytes:
        raise ArticleError(_too_large(final, options.max_bytes))
    body = _decompress(bytes(data), (headers.get("Content-Encoding") or "").lower(), final,
                       options.max_bytes)  # fmt: skip
    charset = headers.get_content_charset()
    filename = urlsplit(final).path.rsplit("/", 1)[-1]
    return Document(body, url, filename, media, charset, final)


def _decompress(data: bytes, encoding: str, url: str, limit: int) -> bytes:
    encoding = encoding.strip()
    if encoding in ("", "identity"):
        return data
    try:
        if encoding in ("gzip", "x-gzip"):
            return gunzip(data, limit, url)
        if encoding == "deflate":
            inflater = zlib.decompressobj()
            out = inflater.decompress(data, limit + 1)
        elif encoding == "br":
            import brotli

            out = brotli.decompress(data)
        else:
            raise ArticleError(f"{url}: sent with an unknown content encoding {encoding!r}")
    except (zlib.error, ImportError, OSError) as exc:
        raise ArticleError(f"{url}: could not decompress the page ({exc})") from None
    if len(out) > limit:
        raise ArticleError(_too_large(url, limit))
    return bytes(out)


def _too_large(url: str, limit: int) -> str:
    return (
        f"{url}: the page is larger than {limit / 1e6:g} MB; "
        "save the article's text to a file and narrate that"
    )


def _http_failure(code: int, reason: str) -> str:
    if 300 <= code < 400:
        return f"more than {MAX_REDIRECTS} redirects; open it in a browser and save the page"
    if code == 404 or code == 410:
        return f"not found (HTTP {code}); check the address"
    if code in (401, 402, 403):
        return (
            f"the site refused access (HTTP {code} {reason}); open it in a browser, "
            "save the page and narrate the file"
        )
    if code == 429:
        return "too many requests (HTTP 429); wait a while and try again"
    if code >= 500:
        return f"the server failed (HTTP {code} {reason}); try again later"
    return f"HTTP {code} {reason}; check the address"


def _failure(reason: object, host: str, timeout: float) -> str:
    import http.client
    import socket
    import ssl

    if isinstance(reason, socket.gaierror):
        return (
            f"could not find the host {host} (DNS lookup failed); "
            "check the address and your connection"
        )
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection; check the address and port, or try later"
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s; try again, or raise --timeout"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return (
            f"the secure connection failed: {reason.verify_message}; check the address "
            "(an http:// page may have moved) or your system's certificates"
        )
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason}); try again, or check the address"
    if isinstance(reason, http.client.HTTPException):
        return "the connection broke off mid-page; try again"
    if isinstance(reason, OSError):
        return f"could not fetch ({reason.strerror or reason}); check your connection"
    return f"could not fetch ({reason}); check the address and your connection"
