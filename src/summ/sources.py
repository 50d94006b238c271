"""Reading inputs: a path, "-" for stdin or a URL, bytes decoded to text, or a clear error.

Plain text keeps everything but a byte-order mark, so offsets reported later point into what the
user gave (CRLF included). Web pages, saved or fetched, go to :mod:`summ.web`, and offsets then
point into the article text extracted from them.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from summ.errors import EmptyDocumentError, InputError
from summ.models import Article

if TYPE_CHECKING:
    from typing import BinaryIO

STDIN = "-"
_URL_SCHEMES = ("http://", "https://")
_USERINFO = re.compile(r"[a-z][a-z0-9+.-]*://[^/?#]*@", re.IGNORECASE)
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
_SNIFF_BYTES = 4096
# Far beyond any article or book; past it the user almost certainly pointed at the wrong file.
MAX_BYTES = 64 * 1024 * 1024
# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Text has few control characters; a share above this means a binary file read by mistake.
_CONTROL_SHARE = 0.05
# C0 controls but the white-space ones, DEL and the C1 controls (what bytes 0x80-0x9f become
# when a binary file is decoded as latin-1).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def display_name(name: str) -> str:
    """How an input is named in output and messages: an address's user name and password hidden.

    Any scheme's, not only http(s): ``ftp://user:password@host/`` is a missing file to summ,
    and its error line must not show the password either.
    """
    if "@" in name and _USERINFO.match(name):
        from summ.fetching import redact  # noqa: PLC0415  (urllib.parse only for such a URL)

        return redact(name)
    return "<stdin>" if name == STDIN else name or "''"


def load(name: str, stdin: BinaryIO | None = None, *, timeout: float | None = None) -> Article:
    """The article named by ``name``: a path, "-" for stdin, or an http(s) URL to fetch.

    HTML (a .html/.htm file, or bytes that start like a page) has its article extracted;
    ``timeout`` bounds each wait for a web server (default :data:`summ.models.FETCH_TIMEOUT`);
    ``stdin`` defaults to the process's standard input, looked up only when "-" is read.
    Raises InputError when the input cannot be read.
    """
    if name.lower().startswith(_URL_SCHEMES):
        from summ import web  # noqa: PLC0415  (urllib and http.client only when fetching)

        return web.fetch(name, timeout=timeout)
    source = display_name(name)
    data = _read_bytes(name, stdin)
    if Path(name).suffix.lower() in _HTML_SUFFIXES or looks_like_html(data):
        from summ import web  # noqa: PLC0415

        return web.extract(data, source)
    return Article(decode(data, source), source)


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes start like an HTML document (a doctype or an <html> tag)."""
    head = data[:_SNIFF_BYTES]
    encoding = bom_encoding(head)
    if encoding and encoding != "utf-8-sig":  # UTF-16/32: sniff the characters, not the bytes
        head = head.decode(encoding, errors="ignore").encode("utf-8")
    head = head.removeprefix(codecs.BOM_UTF8).lstrip()
    # Only an XML declaration and comments may come first (skipped in a loop: a regular
    # expression for "comments, then a tag" backtracks badly on unclosed comments).
    if head.startswith(b"<?xml"):
        head = head[head.find(b">") + 1 :].lstrip()
    while head.startswith(b"<!--"):
        end = head.find(b"-->", 4)
        if end < 0:
            return False
        head = head[end + 3 :].lstrip()
    return _HTML_START.match(head) is not None


def _read_bytes(name: str, stdin: BinaryIO | None) -> bytes:
    data = _read_stdin(stdin) if name == STDIN else _read_file(name)
    if len(data) > MAX_BYTES:
        raise InputError(f"larger than {MAX_BYTES // 2**20} MiB", display_name(name))
    return data


def _read_stdin(stdin: BinaryIO | None) -> bytes:
    # sys.stdin is None when the shell closed it (`summ - <&-`).
    stream = stdin or getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is closed", display_name(STDIN))
    try:
        return stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise InputError(error.strerror or str(error), display_name(STDIN)) from None


def _read_file(name: str) -> bytes:
    if not name:  # Path("") is the current folder
        raise InputError("no such file (the name is empty)", display_name(name))
    path = Path(name)
    try:
        with path.open("rb") as handle:
            return _read_bounded(handle)
    except FileNotFoundError:
        from summ.inputs import address_hint  # noqa: PLC0415

        hint = address_hint(name)
        raise InputError(f"no such file; {hint}" if hint else "no such file", name) from None
    except IsADirectoryError:
        raise InputError("is a directory", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as error:
        if error.errno == errno.EISDIR:  # Windows reports a directory as EACCES/EISDIR variants
            raise InputError("is a directory", name) from None
        raise InputError(os.strerror(error.errno or 0) or str(error), name) from None


def _read_bounded(handle: BinaryIO) -> bytes:
    """Up to MAX_BYTES + 1 bytes (one more tells that the input is too large).

    Asking for all that at once makes Python allocate 64 MiB for each file: three times the
    cost of reading an article. A file's size is asked first, and a second read takes whatever
    it gained since (pipes and /proc files say 0, and get the single large read).
    """
    size = os.fstat(handle.fileno()).st_size
    first = size + 1 if 0 < size <= MAX_BYTES else MAX_BYTES + 1
    data = handle.read(first)
    if len(data) == first <= MAX_BYTES:
        data += handle.read(MAX_BYTES + 1 - first)
    return data


def decode(data: bytes, source: str) -> str:
    """Bytes to text: a BOM wins, then UTF-8, then charset-normalizer's best guess."""
    text = _decode(data, source)
    if not text.strip():
        raise EmptyDocumentError("is empty", source)
    controls = len(_CONTROLS.findall(text))  # a scan in C, not a Python loop per character
    if controls > _CONTROL_SHARE * len(text):
        raise InputError("looks like a binary file, not text", source)
    return text


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` names, if there is one."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _decode(data: bytes, source: str) -> str:
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            raise InputError(f"is not valid {encoding} despite its mark", source) from None
    if b"\x00" in data:
        raise InputError("looks like a binary file, not text", source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # noqa: PLC0415  (only for legacy encodings)

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot be decoded as text (not UTF-8 nor a known encoding)", source)
    guess = str(best)
    if not _mostly_latin(guess):
        return guess  # Cyrillic, Greek, Arabic ...: the detector's language models know best
    # On short Western text the detector picks among look-alike code pages (cp775, cp1250);
    # legacy Western files are overwhelmingly Windows-1252, of which latin-1 is nearly a subset.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    latin = sum(unicodedata.name(c, "").startswith("LATIN") for c in letters)
    return latin >= len(letters) / 2
