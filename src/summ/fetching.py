"""The hostile parts of fetching a page: credentials in addresses, deadlines, compression, charsets.

:mod:`summ.web` fetches with urllib; this module keeps what urllib leaves to its caller: a user
name and password written in an address (sent as Basic authentication, never shown), one deadline
for the whole exchange (urllib's timeout restarts at every byte, so a server trickling its headers
holds it for ever), Content-Encoding a server applies though it was not asked to, and charset
labels that name no text encoding (``hex``, ``rot13``, ``idna`` ...).
"""

from __future__ import annotations

import base64
import codecs
import contextlib
import functools
import http.client
import socket
import threading
import urllib.request
import warnings
import zlib
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import unquote, urlsplit, urlunsplit

from summ.errors import InputError

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

HIDDEN = "***"
"""What stands for a user name and password wherever an address is shown or stored."""
# A label the HTML prescan found in ASCII bytes must decode ASCII as ASCII; these are text codecs
# by Python's definition that are not character sets of a page (host names, test stubs).
_NOT_CHARSETS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"}
)
_WIDE = ("utf-16", "utf-32")
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\\u0041\\x41+AGE-\t\n"
_GZIP_OR_ZLIB = 47  # zlib's wbits for "detect a gzip or a zlib header"
_RAW_DEFLATE = -15  # what some servers send as "deflate": the data without the zlib header


def redact(url: str) -> str:
    """``url`` with any user name and password replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed IPv6 bracket ...: hide everything before the last "@"
        scheme, sep, rest = url.partition("://")
        return f"{scheme}{sep}{HIDDEN}@{rest.rpartition('@')[2]}" if "@" in rest else url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=f"{HIDDEN}@{parts.netloc.rpartition('@')[2]}"))


def credentials(url: str) -> tuple[str, str | None]:
    """The address without its user name and password, and a Basic Authorization for them.

    urllib would hand ``user:password@host`` to the resolver as a host name.
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    bare = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    pair = f"{unquote(parts.username or '')}:{unquote(parts.password or '')}"
    return bare, "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")


@functools.lru_cache(maxsize=64)
def charset(label: str | None, *, wide: bool = False) -> str | None:
    """Python's codec for a charset label when it names a page's character set, else None.

    ``wide`` admits UTF-16 and UTF-32, which a server may declare but an ASCII ``<meta>`` may not.
    """
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("\"'"))
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it
        return None
    name = info.name
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_CHARSETS:
        return None
    if name.startswith(_WIDE):
        return name if wide else None
    try:
        with warnings.catch_warnings():  # a codec may warn about what it cannot read
            warnings.simplefilter("ignore")
            ascii_safe = _ASCII_PROBE.decode(name) == _ASCII_PROBE.decode("ascii")
    except (UnicodeError, ValueError, LookupError):
        ascii_safe = False
    return name if ascii_safe else None


class Deadline:
    """One limit for a whole exchange with servers: connecting, TLS, headers, body, redirects.

    When it passes, every connection opened under it is shut down, which ends any read waiting
    on it; :attr:`expired` then tells a broken connection from a deadline.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Self:
        self._timer.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._timer.cancel()
        self._timer.join()  # no thread may outlive a fetch: worker processes are forked later
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def watch(self, sock: socket.socket) -> socket.socket:
        """Put a new connection under the deadline; gives it back."""
        with self._lock:
            self._sockets.append(sock.dup())  # the original may be wrapped in TLS and detached
            if self.expired:
                _shut(self._sockets[-1])
        return sock

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def opener(self, *handlers: urllib.request.BaseHandler) -> urllib.request.OpenerDirector:
        """An urllib opener (proxies included) whose connections are under this deadline."""
        return urllib.request.build_opener(*handlers, _Http(self), _Https(self))


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _watched(
    base: type[http.client.HTTPConnection], deadline: Deadline
) -> type[http.client.HTTPConnection]:
    class Watched(base):  # type: ignore[valid-type,misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401  (http.client's)
            super().__init__(*args, **kwargs)
            create: Callable[..., socket.socket] = self._create_connection  # type: ignore[has-type]
            self._create_connection = lambda *how: deadline.watch(create(*how))

    return Watched


class _Http(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self._connection = _watched(http.client.HTTPConnection, deadline)

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req)


class _Https(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self._connection = _watched(http.client.HTTPSConnection, deadline)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req, context=self._context)  # type: ignore[attr-defined]


class Inflater:
    """Undoes a Content-Encoding: gzip, zlib or raw deflate; identity passes through.

    The format is told from the data, not the header (servers mix them up); data that is none
    of them, or breaks off in the middle, is one input's error.
    """

    def __init__(self, encoding: str | None, source: str) -> None:
        codings = [c.strip().lower() for c in (encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in {"gzip", "x-gzip", "deflate"}):
            raise InputError(f"the page is compressed as {encoding}, which summ cannot read",
                             source)
        self._source = source
        self._on = bool(codings)
        self._inflate = zlib.decompressobj(_GZIP_OR_ZLIB)
        self._raw = False
        self._produced = False
        self._seen = b""  # what arrived before any output, to read again as raw deflate

    def feed(self, chunk: bytes, limit: int) -> bytes:
        """The page bytes in ``chunk``, at most ``limit`` + 1 of them (more means too large)."""
        if not self._on:
            return chunk
        try:
            out = self._inflate.decompress(chunk, limit + 1)
        except zlib.error:
            out = self._again_raw(chunk, limit)
        if len(out) <= limit and self._inflate.unused_data.startswith(b"\x1f\x8b"):
            rest = self._inflate.unused_data  # a second gzip member follows the first
            self._inflate = zlib.decompressobj(_GZIP_OR_ZLIB)
            out += self.feed(rest, limit - len(out))
        self._produced = self._produced or bool(out)
        self._seen = b"" if self._produced or self._raw else self._seen + chunk
        return out

    def _again_raw(self, chunk: bytes, limit: int) -> bytes:
        if self._raw or self._produced:
            raise self._damaged()
        self._raw = True
        self._inflate = zlib.decompressobj(_RAW_DEFLATE)
        try:
            return self._inflate.decompress(self._seen + chunk, limit + 1)
        except zlib.error:
            raise self._damaged() from None

    def _damaged(self) -> InputError:
        return InputError("the page's compressed data is damaged (Content-Encoding)", self._source)
