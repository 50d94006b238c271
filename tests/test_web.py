"""Web pages: saved pages extracted, and URLs fetched from a server on 127.0.0.1 (no internet)."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, ClassVar

import pytest

from summ import InputError, web
from summ.cli import app
from summ.sources import load, looks_like_html

from .conftest import SAMPLES

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from typer.testing import CliRunner

BRIDGE = SAMPLES / "tidewater-bridge-page.html"
HOSEPIPE = SAMPLES / "hosepipe-ban.html"
# Words of each page's navigation, ads, cookie banner, related stories, comments and footer.
BOILERPLATE = [
    "cookies", "Advertisement", "Subscribe", "Related stories", "You may also like", "Most read",
    "Trending", "comments", "Sign up", "All rights reserved", "Privacy", "Share", "Sponsored",
    "RatepayerRon", "greenfingers62", "crossword", "Breaking", "Image:", "Photo:",
]
ARTICLE = (
    "<!DOCTYPE html><html><head><title>Port deal | Daily Wire</title>"
    '<meta charset="{charset}"></head><body><nav><a href="/">Home</a> <a href="/news">News</a>'
    "</nav><article><h1>Port deal signed</h1><p>The city signed a €40m deal with Müller Kräne on"
    " Monday to rebuild the old port, officials said.</p><p>“It is a good day,” said the mayor,"
    " Ana Šimić. Work will start in 2027 and take three years.</p></article>"
    "<footer>© Daily Wire</footer></body></html>"
)


def as_json(result: object) -> dict[str, object]:
    assert getattr(result, "exit_code", None) == 0, getattr(result, "stderr", "")
    data = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert isinstance(data, dict)
    return data


def assert_offsets_hold(data: dict[str, object]) -> None:
    text = data["text"]
    assert isinstance(text, str)
    spans = data["summary"] + data["figures"] + data["quotes"]  # type: ignore[operator]
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


# Saved pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "author", "date", "url", "first", "last"),
    [
        (BRIDGE, "Hannah Pryce", "2026-10-14",
         "https://www.coastalcourier.example/news/2026/10/14/tidewater-council-approves-bridge",
         "PORTHAVEN (Coastal Courier) - Tidewater council", 'what we did," she said.'),
        (HOSEPIPE, "Rhys Cadogan", "2026-08-04",
         ("https://northfieldherald.example/environment/"
          "hosepipe-ban-severnvale-water-reservoirs-38-percent-a4471"),
         "A hosepipe ban covering 1.2 million homes", "hot weather in late August."),
    ],
)
def test_saved_page_article_and_metadata(  # noqa: PLR0917
    runner: CliRunner, path: Path, author: str, date: str, url: str, first: str, last: str
) -> None:
    data = as_json(runner.invoke(app, ["-f", "json", str(path)]))
    assert (data["author"], data["date"], data["url"]) == (author, date, url)
    assert data["source"] == str(path)
    text = data["text"]
    assert isinstance(text, str)
    assert first in text
    assert last in text
    for word in BOILERPLATE:
        assert word not in text, word
    # One paragraph per block, as summ's splitter reads them.
    assert text.count("\n\n") >= 10
    assert "\n\n\n" not in text
    assert_offsets_hold(data)
    assert data["quotes"]


def test_saved_page_header_in_every_text_format(runner: CliRunner) -> None:
    plain = runner.invoke(app, ["-f", "plain", "-n", "2", str(BRIDGE)]).stdout.splitlines()
    assert plain[0] == "Tidewater council approves £48m bridge after 12-year wait"
    assert plain[1].startswith("By Hannah Pryce · 2026-10-14 · https://www.coastalcourier.example/")
    assert plain[2].startswith(f"{BRIDGE} · ")
    markdown = runner.invoke(app, ["-f", "markdown", "-n", "2", str(BRIDGE)]).stdout
    assert "\n\nBy Hannah Pryce · 2026-10-14 · <https://www.coastalcourier.example/" in markdown
    terminal = runner.invoke(app, ["-f", "terminal", "-n", "2", str(BRIDGE)]).stdout
    assert "By Hannah Pryce · 2026-10-14" in terminal


def test_plain_text_json_has_null_page_fields_and_no_text(runner: CliRunner) -> None:
    data = as_json(runner.invoke(app, ["-f", "json"], input="Rain fell. It fell again today."))
    assert (data["url"], data["author"], data["date"]) == (None, None, None)
    assert "text" not in data


def test_html_on_stdin_is_extracted(runner: CliRunner) -> None:
    data = as_json(runner.invoke(app, ["-f", "json", "-"], input=BRIDGE.read_bytes()))
    assert data["source"] == "<stdin>"
    assert data["author"] == "Hannah Pryce"
    assert "Accept all" not in data["text"]  # type: ignore[operator]
    assert_offsets_hold(data)


def test_html_detected_in_a_txt_file_and_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(ARTICLE.format(charset="windows-1250").encode("cp1250"))
    article = load(str(path))
    assert article.meta.extracted
    assert article.meta.title == "Port deal signed"  # the <h1>, not the site-suffixed <title>
    assert "Ana Šimić" in article.text
    assert "€40m" in article.text
    assert "Home" not in article.text
    assert "Daily Wire" not in article.text


@pytest.mark.parametrize(
    ("data", "html"),
    [
        (b"<!DOCTYPE html><html>", True),
        (b"\xef\xbb\xbf\n  <!doctype HTML>", True),
        (b'<?xml version="1.0"?>\n<!-- saved -->\n<html lang="en">', True),
        ("<html><body>".encode("utf-16"), True),
        (b"# A Markdown title\n\nThe <html> tag opens a page.", False),
        (b"Plain text about <!DOCTYPE html> declarations.", False),
        (b"<htmlish>", False),
        (b"<!--" * 1024, False),  # unclosed comments: linear, no backtracking
        (b"<!---->" * 600 + b"x", False),
    ],
)
def test_looks_like_html(data: bytes, html: bool) -> None:
    assert looks_like_html(data) is html


@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        ('<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r"), None, "Привет"),
        ("<meta charset=iso-8859-1><p>“Oui” – café</p>".encode("cp1252"), None, "“Oui” – café"),
        ("<p>Grüße</p>".encode("cp1252"), "windows-1252", "Grüße"),
        ("<p>Grüße</p>".encode(), "nonsense-charset", "Grüße"),  # unknown label: sniffed
        ('<meta charset="utf-16"><p>Grüße</p>'.encode(), None, "Grüße"),  # the web's rule
        ("<p>Grüße</p>".encode("utf-8-sig"), "latin-1", "Grüße"),  # a byte-order mark wins
        # UTF-8 under a stale latin-1 label, in the page or from the server: the bytes win.
        ("<meta charset=iso-8859-1><p>Grüße, café – “oui”</p>".encode(), None, "café – “oui”"),
        ("<p>Grüße, café</p>".encode(), "ISO-8859-1", "Grüße, café"),
        # ... or under a legacy label of another script, as a crawler stores a page.
        ('<meta charset="GB2312"><p>中国航天合作论坛</p>'.encode(), None, "中国航天合作论坛"),
        ("<p>Привет, мир</p>".encode(), "windows-1251", "Привет, мир"),
        # Text really in those encodings stays theirs.
        ('<meta charset="GB2312"><p>中国航天合作</p>'.encode("gb2312"), None, "中国航天合作"),
        ("<p>Привет, мир</p>".encode("cp1251"), "windows-1251", "Привет, мир"),
    ],
)
def test_charset_header_then_meta_then_sniffing(data: bytes, declared: str | None,
                                                text: str) -> None:
    assert text in web.decode_html(data, "x", declared)


def test_page_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(InputError, match="no article text found in the page"):
        load(str(path))


def test_page_escape_sequences_never_reach_the_screen(runner: CliRunner, tmp_path: Path) -> None:
    page = ARTICLE.format(charset="utf-8").replace(
        "</head>", '<meta name="author" content="Eve\x1b]8;;http://evil\x07 Adams\x1b[2J">'
        '<link rel="canonical" href="https://x.example/a b\x1b[31m<c>"></head>'
    )
    path = tmp_path / "evil.html"
    path.write_text(page, encoding="utf-8")
    for fmt in ("plain", "markdown", "terminal"):
        out = runner.invoke(app, ["-f", fmt, str(path)]).stdout
        assert "\x1b" not in out
        assert "\x07" not in out
    byline = runner.invoke(app, ["-f", "plain", str(path)]).stdout.splitlines()[1]
    assert byline.startswith("By Eve Adams ")  # whole sequences gone, no "]8;;" or "[2J" left
    assert "https://x.example/a%20b" in byline
    assert "<" not in byline


# Fetching -------------------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    """Routes of the test server: path -> (status, headers, body)."""

    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}
    delays: ClassVar[dict[str, float]] = {}
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.agents.append(self.headers.get("User-Agent", ""))
        time.sleep(self.delays.get(self.path, 0))
        status, headers, body = self.routes.get(self.path, (404, {}, b"not here"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers and "X-No-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:  # summ hangs up on a page too large or too slow, as it should
            if self.path == "/drip":  # each piece well within the timeout, the whole far beyond
                for start in range(0, len(body), 1000):
                    self.wfile.write(body[start : start + 1000])
                    self.wfile.flush()
                    time.sleep(0.1)
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    page = BRIDGE.read_bytes()
    html = {"Content-Type": "text/html; charset=utf-8"}
    legacy = ARTICLE.format(charset="ignored").replace('<meta charset="ignored">', "")
    Handler.routes = {
        "/article": (200, html, page),
        "/legacy": (200, {"Content-Type": "text/html; charset=cp1250"}, legacy.encode("cp1250")),
        "/text": (200, {"Content-Type": "text/plain"}, b"Rain fell on Monday. Roads closed."),
        "/untyped": (200, {"Content-Type": ""}, page),
        "/gzip": (200, {**html, "Content-Encoding": "gzip"}, gzip.compress(page)),
        "/moved": (301, {"Location": "/redirect"}, b""),
        "/redirect": (302, {"Location": "/article"}, b""),
        "/loop-a": (302, {"Location": "/loop-b"}, b""),
        "/loop-b": (302, {"Location": "/loop-a"}, b""),
        "/to-ftp": (302, {"Location": "ftp://127.0.0.1/file"}, b""),
        "/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n"),
        "/big": (200, html, page * 40),
        "/big-unannounced": (200, {**html, "X-No-Length": "1", "Connection": "close"},
                             page * 40),
        "/slow": (200, html, page),
        "/drip": (200, html, page),
        "/error": (500, html, b"<html>oops</html>"),
        "/navigation": (200, html, b"<!DOCTYPE html><html><body><nav>Home</nav></body></html>"),
    }
    Handler.delays = {"/slow": 1.0}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A CI machine may have a proxy set; the test server is only on this machine.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("no_proxy", "127.0.0.1")


def test_fetch_a_page(runner: CliRunner, server: str) -> None:
    data = as_json(runner.invoke(app, ["-f", "json", "-j", "1", f"{server}/article"]))
    assert data["source"] == f"{server}/article"
    assert data["url"] == f"{server}/article"  # where it was fetched from, not the canonical
    assert (data["author"], data["date"]) == ("Hannah Pryce", "2026-10-14")
    assert "Accept all" not in data["text"]  # type: ignore[operator]
    assert_offsets_hold(data)
    assert Handler.agents[-1].startswith("summ/")


def test_redirects_are_followed_and_the_final_url_kept(runner: CliRunner, server: str) -> None:
    data = as_json(runner.invoke(app, ["-f", "json", "-j", "1", f"{server}/moved"]))
    assert data["source"] == f"{server}/moved"
    assert data["url"] == f"{server}/article"
    plain = runner.invoke(app, ["-f", "plain", "-j", "1", f"{server}/moved"]).stdout
    assert f"· {server}/article" in plain.splitlines()[1]


@pytest.mark.parametrize("path", ["/gzip", "/untyped"])
def test_compressed_or_untyped_page(server: str, path: str) -> None:
    article = load(f"{server}{path}")
    assert article.meta.author == "Hannah Pryce"
    assert "PORTHAVEN" in article.text


def test_server_charset_is_honoured(server: str) -> None:
    assert "Ana Šimić" in load(f"{server}/legacy").text


def test_plain_text_response(server: str) -> None:
    article = load(f"{server}/text")
    assert article.text == "Rain fell on Monday. Roads closed."
    assert not article.meta.extracted
    assert article.meta.url == f"{server}/text"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/error", "HTTP 500 Internal Server Error"),
        ("/loop-a", "redirect loop at"),
        ("/to-ftp", "redirected to ftp://127.0.0.1/file, which is not a web address"),
        ("/pdf", "is application/pdf, not a web page or text"),
        ("/big", "the page is larger than 16 KiB"),
        ("/big-unannounced", "the page is larger than 16 KiB"),
        ("/slow", "no response within 0.2 s"),
        ("/drip", "the page took too long to download"),
        ("/navigation", "no article text found in the page"),
    ],
)
def test_fetch_errors_are_one_line(
    runner: CliRunner, server: str, monkeypatch: pytest.MonkeyPatch, path: str, message: str
) -> None:
    monkeypatch.setattr(web, "MAX_PAGE_BYTES", 16 * 1024)
    started = time.monotonic()
    result = runner.invoke(app, ["-j", "1", "--timeout", "0.2", f"{server}{path}"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {server}{path}: {message}")
    assert result.stderr.count("\n") == 1
    assert time.monotonic() - started < 5


def test_too_many_redirects(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web, "MAX_REDIRECTS", 1)
    with pytest.raises(InputError, match="more than 1 redirects"):
        load(f"{server}/moved")


def test_refused_connection(runner: CliRunner) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago has no listener now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = runner.invoke(app, ["-j", "1", f"http://127.0.0.1:{port}/a"])
    assert result.exit_code == 1
    assert result.stderr == f"error: http://127.0.0.1:{port}/a: connection refused by 127.0.0.1\n"


def test_unknown_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*_: object, **__: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(InputError, match=r"cannot find the server news\.invalid \(DNS lookup"):
        load("https://news.invalid/story")


@pytest.mark.parametrize("url", ["http://", "https:///path", "http://[::1/"])
def test_malformed_url(url: str) -> None:
    with pytest.raises(InputError, match="not a valid web address"):
        load(url)
