"""Web pages: the article of a saved page or a URL, without the page around it.

trafilatura finds the main text, title, author, date and canonical address (imported only when a
page is read: it and lxml take ~0.2 s to import). Pages are fetched with the standard library,
which honours the proxy variables of the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY).
"""

from __future__ import annotations

import datetime as dt
import http.client
import re
import socket
import ssl
import urllib.error
import urllib.request
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from summ import __version__, pages, pagetitles
from summ.errors import EmptyDocumentError, InputError
from summ.fetching import Deadline, Inflater, charset, credentials, redact
from summ.models import FETCH_TIMEOUT, Article, Meta
from summ.pagedates import written_date
from summ.sources import bom_encoding, decode, looks_like_html
from summ.streamed import with_streamed_article

if TYPE_CHECKING:
    from email.message import Message

    from lxml.html import HtmlElement
    from trafilatura.settings import Document

MAX_PAGE_BYTES = 10 * 2**20
"""Largest page fetched or extracted: news pages are well under 3 MB, images and scripts are
not fetched."""
MAX_REDIRECTS = 10
# Longer than anyone waits, short enough for the socket and the timer (`--timeout 1e300`).
_LONGEST_WAIT = 7 * 24 * 3600.0
USER_AGENT = f"summ/{__version__} (news summarizer; Python urllib)"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_CHUNK = 64 * 1024
# The HTML standard's prescan looks at the first 1024 bytes for a <meta> charset.
_META_CHARSET = re.compile(rb"<meta[^>]{0,500}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# WHATWG Encoding standard: on the web these labels mean windows-1252.
_WEB_LABELS = {"iso8859-1": "cp1252", "ascii": "cp1252"}
_MIN_PARAGRAPH_WORDS = 6
_MIN_UNSPACED_CHARS = 20
# Letters of the scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]"
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def extract(
    data: bytes, source: str, *, charset: str | None = None, url: str | None = None
) -> Article:
    """The article of an HTML page: its main text, one paragraph per block, and its metadata.

    ``charset`` is what the server declared; ``url`` where the page was fetched from (it wins
    over the canonical address the page names).
    """
    if len(data) > MAX_PAGE_BYTES:  # parsing takes some 30 times the page's size in memory
        raise InputError(_too_large(), source)
    markup = pages.clean_markup(decode_html(data, source, charset))
    try:
        return _article(markup, source, url)
    except InputError:  # no article in the markup: a script may stream it
        streamed = with_streamed_article(markup)
        if streamed is None:
            raise
        return _article(streamed, source, url)


def _article(markup: str, source: str, url: str | None) -> Article:
    """The article of a page's markup; InputError when it has none."""
    visible = pages.visible_tree(markup)
    headings, social = pagetitles.page_titles(visible) if visible is not None else ((), ())
    stated = pagetitles.stated_headlines(visible) if visible is not None else ()
    language = pages.declared_language(visible) if visible is not None else None
    page = _bare_extraction(visible, url, language) if visible is not None else None
    text = pages.without_furniture(_paragraphs(page.text)) if page is not None else ""
    if visible is None or page is None or not _has_prose(text):
        raise InputError("no article text found in the page", source)
    site = pagetitles.site_names(page.sitename, url or page.url)
    title = pagetitles.headline(page.title or None, headings, site, stated)
    meta = Meta(
        url=url or page.url,
        author=_author(page.author),
        date=_date(page.date) or _date(written_date(visible, url or page.url, language)),
        title=title,
        extracted=True,
    )
    named = tuple(t for t in (title, page.title, *headings, *social) if t)
    text = pages.without_byline(text, meta.author)
    return Article(pages.without_headline(text, named), source, meta)


def _bare_extraction(tree: HtmlElement, url: str | None, language: str | None) -> Document | None:
    import trafilatura  # noqa: PLC0415  (heavy: lxml, htmldate, courlan)

    # htmldate's extensive search hands free text to dateparser, which then compiles patterns
    # for every locale it has (3.4 s of a 5.4 s page). The fast search finds the same date on
    # 275 of 278 dev pages; the extensive one runs only where it finds none (pagedates).
    dates = {**trafilatura.settings.set_date_params(extensive=False)}
    page = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=dates, target_language=language,
    )
    return page if isinstance(page, trafilatura.settings.Document) else None


def _paragraphs(text: str | None) -> str:
    # trafilatura puts each block (paragraph, heading, list item) on a line of its own; summ
    # reads paragraphs between blank lines. A list item's line opens with trafilatura's "- ",
    # a mark the page never wrote: a summary sentence is the item's text alone.
    lines = (line.strip() for line in (text or "").splitlines())
    return "\n\n".join(line.removeprefix("- ") for line in lines if line.strip("- "))


def _has_prose(text: str) -> bool:
    # When a page has no article, trafilatura may still return its menu or buttons ("Home"):
    # lines shorter than any sentence of news. Scripts written without spaces (Chinese,
    # Japanese, Thai) count characters: a sentence of news is some 20 of them or more.
    return any(
        len(line.split()) >= _MIN_PARAGRAPH_WORDS or _unspaced_letters(line) >= _MIN_UNSPACED_CHARS
        for line in text.split("\n\n")
    )


def _unspaced_letters(line: str) -> int:
    return len(_UNSPACED.findall(line))


def _author(author: str | None) -> str | None:
    return author.replace("; ", ", ") if author else None


def _date(date: str | None) -> str | None:
    """ISO YYYY-MM-DD, or None when the page's date is not a real calendar day."""
    if not date or not _ISO_DATE.match(date):
        return None
    try:
        return dt.date.fromisoformat(date[:10]).isoformat()
    except ValueError:
        return None


def decode_html(data: bytes, source: str, declared: str | None = None) -> str:
    """Page bytes as text: by byte-order mark, the server's charset, a <meta> charset, a guess."""
    encoding = None if bom_encoding(data) else _codec(declared, wide=True) or _meta_charset(data)
    # A page saved or served as UTF-8 under a stale legacy label (a server's default, a
    # template copied from an old site, a page a crawler stored as UTF-8 with its GB2312
    # <meta> left in) would read "cafÃ©" or "淇�杩". Text in a legacy encoding that is not
    # UTF-8 almost never forms valid UTF-8 sequences by chance, so the bytes' own word wins.
    text = _utf8(data) if encoding and _is_legacy(encoding) else None
    if text is None:
        try:
            # browsers show U+FFFD for bad bytes too
            text = data.decode(encoding, errors="replace") if encoding else decode(data, source)
        except (LookupError, UnicodeError, ValueError):  # a codec that fails in its own way
            text = decode(data, source)
    if not text.strip():
        raise EmptyDocumentError("is empty", source)
    return text


def _is_legacy(encoding: str) -> bool:
    """Whether ``encoding`` is a character set of its own, neither UTF-8 nor a wide one."""
    return not encoding.startswith(("utf", "ascii"))


def _utf8(data: bytes) -> str | None:
    """``data`` as UTF-8, None where it is not (ASCII reads the same as UTF-8 and as cp1252)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:1024])
    label = match[1].decode("ascii") if match else None
    # A <meta> that could be read as ASCII is not UTF-16 or UTF-32, whatever it says; the HTML
    # standard reads such a label as UTF-8.
    if label and (_codec(label, wide=True) or "").startswith(("utf-16", "utf-32")):
        return "utf-8"
    return _codec(label)


def _codec(label: str | None, *, wide: bool = False) -> str | None:
    """Python's codec for a page's charset label; None when it names no character set.

    ``hex``, ``rot13``, ``base64``, ``idna``, an undefined name ...: the page is read as if it
    declared nothing.
    """
    name = charset(label, wide=wide)
    return _WEB_LABELS.get(name, name) if name else None


def fetch(url: str, *, timeout: float | None = None) -> Article:
    """The article at ``url``: an HTML page extracted, or plain text as it is.

    A user name and password in the address are sent as Basic authentication, to the first
    server only (never after a redirect), and shown nowhere: the source reads ``***@host``.
    """
    timeout = min(FETCH_TIMEOUT if timeout is None else timeout, _LONGEST_WAIT)
    source = redact(url)
    if not _valid(url):
        raise InputError("not a valid web address", source)
    bare, authorization = credentials(url)
    request = urllib.request.Request(  # noqa: S310  (scheme checked above)
        bare, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"}
    )
    if authorization:
        request.add_unredirected_header("Authorization", authorization)
    with Deadline(3 * timeout) as deadline:
        final, headers, data = _exchange(request, source, timeout, deadline)
    charset = headers.get_content_charset()
    if _kind(headers, source) == "text" and not looks_like_html(data):
        text = decode_html(data, source, charset) if charset else decode(data, source)
        return Article(text, source, Meta(url=final))
    return extract(data, source, charset=charset, url=final)


def _exchange(
    request: urllib.request.Request, source: str, timeout: float, deadline: Deadline
) -> tuple[str, Message, bytes]:
    """The final address, the headers and the body; InputError for whatever went wrong."""
    try:
        with deadline.opener(_Redirects()).open(request, timeout=timeout) as response:
            final, headers = redact(response.geturl()), response.headers
            _kind(headers, source)
            data = _body(response, headers, source)
    except InputError as error:  # from the redirect handler, which does not know the source
        raise InputError(error.message, source) from None
    except urllib.error.HTTPError as error:
        error.close()
        raise InputError(f"HTTP {error.code} {error.reason}".strip(), source) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
        if deadline.expired:
            raise _too_slow(deadline, source) from None
        host = urlsplit(request.full_url).hostname or source
        raise InputError(_network_message(error, host, timeout), source) from None
    if deadline.expired:  # the body may have ended early because its connection was shut
        raise _too_slow(deadline, source)
    return final, headers, data


def _too_slow(deadline: Deadline, source: str) -> InputError:
    return InputError(
        f"the page took too long to download (more than {deadline.seconds:g} s in all)", source
    )


def _valid(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in {"http", "https"} and bool(parts.hostname) and (
            parts.port is None or parts.port > 0
        )
    except ValueError:  # an unclosed IPv6 bracket, a port out of range
        return False


def _kind(headers: Message, url: str) -> str:
    """"html" or "text" from the Content-Type; InputError for anything else (PDF, images ...)."""
    if headers.get("Content-Type") is None:
        return "text"  # no type given: the bytes are sniffed
    content_type = headers.get_content_type()
    if content_type in _HTML_TYPES:
        return "html"
    if content_type in _TEXT_TYPES:
        return "text"
    raise InputError(f"is {content_type}, not a web page or text", url)


def _body(response: http.client.HTTPResponse, headers: Message, source: str) -> bytes:
    """The response body, decompressed, within the size limit (the deadline is the caller's)."""
    length = headers.get("Content-Length", "")
    if length.isdigit() and int(length) > MAX_PAGE_BYTES:
        raise InputError(_too_large(), source)
    # We ask for no compression, but some servers compress anyway.
    inflate = Inflater(headers.get("Content-Encoding"), source)
    parts: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):  # read1: what has arrived, never a fixed amount
        chunk = inflate.feed(chunk, MAX_PAGE_BYTES - size)
        size += len(chunk)
        parts.append(chunk)
        if size > MAX_PAGE_BYTES:
            raise InputError(_too_large(), source)
    return b"".join(parts)


def _too_large() -> str:
    if MAX_PAGE_BYTES >= 2**20:
        return f"the page is larger than {MAX_PAGE_BYTES / 2**20:g} MiB"
    return f"the page is larger than {MAX_PAGE_BYTES / 2**10:g} KiB"


def _network_message(error: Exception, host: str, timeout: float) -> str:
    """One line saying what went wrong on the way to ``host``."""
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    messages: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
        (socket.gaierror, f"cannot find the server {host} (DNS lookup failed)"),
        (ConnectionRefusedError, f"connection refused by {host}"),
        (TimeoutError, f"no response within {timeout:g} s"),  # socket.timeout is TimeoutError
        (ssl.SSLError, f"secure connection failed: {getattr(reason, 'reason', '') or reason}"),
        ((ValueError, http.client.InvalidURL), "not a valid web address"),
        ((http.client.HTTPException, ConnectionError), f"the connection broke: {_name(reason)}"),
    )
    fallback = getattr(reason, "strerror", None) or str(reason)
    return next((text for kind, text in messages if isinstance(reason, kind)), fallback)


def _name(error: object) -> str:
    return str(error) or type(error).__name__


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects between web addresses only, and names a loop as a loop."""

    def redirect_request(  # noqa: PLR0913, PLR0917  (urllib's signature)
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        """The request for ``newurl``, or InputError for a loop, too many hops or another scheme."""
        visited: dict[str, int] = getattr(req, "redirect_dict", {})
        problem = None
        if urlsplit(newurl).scheme.lower() not in {"http", "https"}:
            problem = f"redirected to {redact(newurl)}, which is not a web address"
        elif newurl in visited or newurl == req.full_url:
            problem = f"redirect loop at {redact(newurl)}"
        elif len(visited) >= MAX_REDIRECTS:
            problem = f"more than {MAX_REDIRECTS} redirects"
        if problem:
            close = getattr(fp, "close", None)
            if close is not None:
                close()
            raise InputError(problem)
        # Credentials in a Location go nowhere: not to the resolver as a host name, not sent.
        bare = credentials(newurl)[0]
        return super().redirect_request(req, fp, code, msg, headers, bare)  # type: ignore[arg-type]
