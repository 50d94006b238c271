"""Hostile servers on 127.0.0.1: odd charsets, broken compression, credentials, slow headers."""

from __future__ import annotations

import base64
import encodings.aliases
import gzip
import json
import socket
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, ClassVar

import pytest

from summ import web
from summ.cli import app
from summ.fetching import charset
from summ.sources import display_name, load

from . import test_web
from .conftest import SAMPLES

if TYPE_CHECKING:
    from collections.abc import Iterator

    from typer.testing import CliRunner

PAGE = (SAMPLES / "tidewater-bridge-page.html").read_bytes()
ARTICLE = (
    "<!DOCTYPE html><html><head><title>Port deal | Daily Wire</title>{meta}</head><body>"
    "<article><h1>Port deal signed</h1><p>The city signed a €40m deal with Müller Kräne on"
    " Monday to rebuild the old port, officials said.</p><p>“It is a good day,” said the mayor,"
    " Ana Šimić. Work will start in 2027 and take three years.</p></article></body></html>"
)
# Labels Python knows that name no character set of a page, and one it does not know at all.
NOT_CHARSETS = ["hex", "rot13", "base64", "zlib", "bz2", "uu", "quopri", "idna", "punycode",
                "undefined", "unicode_escape", "raw_unicode_escape", "utf-7", "nonesuch"]
SECRET = "s3cr3t-Pa55"  # noqa: S105  (a password the tests must never see printed)


def _page(meta: str) -> bytes:
    return ARTICLE.format(meta=meta).encode("utf-8")


def _raw_deflate(data: bytes) -> bytes:
    squeeze = zlib.compressobj(wbits=-15)
    return squeeze.compress(data) + squeeze.flush()


class Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}
    seen: ClassVar[list[tuple[str, dict[str, str]]]] = []

    def do_GET(self) -> None:
        self.seen.append((self.path, dict(self.headers.items())))
        if self.path == "/trickle-headers":
            self._trickle()
            return
        if self.path.startswith("/meta/"):
            label = self.path.removeprefix("/meta/")
            status, headers, body = 200, {"Content-Type": "text/html"}, _page(
                f'<meta charset="{label}">')
        elif self.path.startswith("/header/"):
            label = self.path.removeprefix("/header/")
            status, headers, body = 200, {"Content-Type": f"text/html; charset={label}"}, _page("")
        else:
            status, headers, body = self.routes.get(self.path, (404, {}, b"not here"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value.replace("{port}", str(self.server.server_address[1])))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self) -> None:
        # A status line, then one byte of a header at a time: each read well within the
        # timeout, the headers never done.
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            for _ in range(200):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    half = len(PAGE) // 2
    Handler.routes = {
        "/page": (200, html, PAGE),
        "/gzip-not-gzip": (200, {**html, "Content-Encoding": "gzip"}, PAGE),
        "/gzip-garbage": (200, {**html, "Content-Encoding": "gzip"},
                          b"\x1f\x8b\x08" + b"\xff" * 99),
        "/deflate-raw": (200, {**html, "Content-Encoding": "deflate"}, _raw_deflate(PAGE)),
        "/deflate-zlib": (200, {**html, "Content-Encoding": "deflate"}, zlib.compress(PAGE)),
        "/gzip-two-members": (200, {**html, "Content-Encoding": "gzip"},
                              gzip.compress(PAGE[:half]) + gzip.compress(PAGE[half:])),
        "/gzip-as-x-gzip": (200, {**html, "Content-Encoding": "x-gzip"}, gzip.compress(PAGE)),
        "/brotli": (200, {**html, "Content-Encoding": "br"}, b"\x8b\x03\x80" * 50),
        "/twice": (200, {**html, "Content-Encoding": "gzip, gzip"},
                   gzip.compress(gzip.compress(PAGE))),
        "/auth": (200, html, PAGE),
        "/auth-moved": (302, {"Location": "/auth"}, b""),
        "/credentials-in-location": (
            302, {"Location": f"http://mallory:{SECRET}@127.0.0.1:{{port}}/auth"}, b""),
        "/missing": (404, {}, b"not here"),
    }
    with ThreadingHTTPServer(("127.0.0.1", 0), Handler) as httpd:  # loopback only
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        yield f"127.0.0.1:{httpd.server_address[1]}"
        httpd.shutdown()


_no_proxy = test_web._no_proxy  # autouse: a CI proxy must not catch 127.0.0.1


# --- Charsets that are no character set -------------------------------------------------


@pytest.mark.parametrize("label", NOT_CHARSETS)
@pytest.mark.parametrize("where", ["meta", "header"])
def test_a_label_that_names_no_charset_falls_back_to_detection(
    server: str, where: str, label: str
) -> None:
    article = load(f"http://{server}/{where}/{label}")
    assert "Ana Šimić" in article.text
    assert "€40m" in article.text


def test_every_codec_python_knows_is_safe_as_a_declared_charset() -> None:
    # The whole class at once: whatever a page or a server names, decoding never raises, and
    # a label that names no character set leaves the page read as if it named none.
    names = {*encodings.aliases.aliases, *encodings.aliases.aliases.values(), *NOT_CHARSETS}
    for label in sorted(names):
        for data, declared in ((_page(f'<meta charset="{label}">'), None), (_page(""), label)):
            try:
                text = web.decode_html(data, "page", declared)
            except Exception as error:  # noqa: BLE001  (the failure names the label)
                pytest.fail(f"{label!r} ({'header' if declared else 'meta'}): {error!r}")
            if charset(label, wide=declared is not None) is None:
                assert text == data.decode("utf-8"), label
    assert charset("hex") is charset("rot13") is charset("idna") is charset("utf-7") is None
    assert (charset("latin-1"), charset("UTF-16", wide=True)) == ("iso8859-1", "utf-16")


def test_one_bad_charset_never_costs_the_others(runner: CliRunner, server: str) -> None:
    urls = [f"http://{server}/meta/hex", f"http://{server}/page", f"http://{server}/header/rot13"]
    result = runner.invoke(app, ["-f", "jsonl", "-j", "1", *urls])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == urls
    assert all(line["summary"] for line in lines)


# --- Content-Encoding -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/deflate-raw", "/deflate-zlib", "/gzip-two-members", "/gzip-as-x-gzip"]
)
def test_compressed_pages_are_decoded(server: str, path: str) -> None:
    assert "PORTHAVEN" in load(f"http://{server}{path}").text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gzip-not-gzip", "the page's compressed data is damaged (Content-Encoding)"),
        ("/gzip-garbage", "the page's compressed data is damaged (Content-Encoding)"),
        ("/brotli", "the page is compressed as br, which summ cannot read"),
        ("/twice", "the page is compressed as gzip, gzip, which summ cannot read"),
    ],
)
def test_undecodable_compression_is_one_inputs_error(
    runner: CliRunner, server: str, path: str, message: str
) -> None:
    good = f"http://{server}/page"
    result = runner.invoke(app, ["-f", "plain", "-j", "1", f"http://{server}{path}", good])
    assert result.exit_code == 1
    bad = f"http://{server}{path}"
    assert result.stderr == f"error: {bad}: {message}\nerror: 1 of 2 inputs failed: {bad}\n"
    assert "Tidewater council approves" in result.stdout  # the other page is summarized


# --- Credentials in the address ---------------------------------------------------------


def _sent(path: str) -> dict[str, str]:
    return next(headers for seen, headers in reversed(Handler.seen) if seen == path)


def test_credentials_are_sent_as_basic_auth_and_shown_nowhere(
    runner: CliRunner, server: str
) -> None:
    url = f"http://ana%40example.org:{SECRET}%21@{server}/auth"
    result = runner.invoke(app, ["-f", "json", "-j", "1", url])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"] == f"http://***@{server}/auth"
    assert SECRET not in result.output
    assert "ana" not in data["source"]
    headers = _sent("/auth")
    assert headers["Authorization"] == "Basic " + base64.b64encode(
        f"ana@example.org:{SECRET}!".encode()).decode()
    assert headers["Host"] == server  # not "user:password@host"


@pytest.mark.parametrize("path", ["/missing", "/trickle-headers"])
def test_errors_never_show_the_password(runner: CliRunner, server: str, path: str) -> None:
    result = runner.invoke(app, ["-j", "1", "--timeout", "0.2", f"http://ana:{SECRET}@{server}{path}"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: http://***@{server}{path}: ")
    assert SECRET not in result.output


def test_credentials_go_to_the_first_server_only(runner: CliRunner, server: str) -> None:
    result = runner.invoke(app, ["-f", "json", "-j", "1", f"http://ana:{SECRET}@{server}/auth-moved"])
    assert result.exit_code == 0, result.output
    assert "Authorization" in _sent("/auth-moved")
    assert "Authorization" not in _sent("/auth")  # the redirect's target never gets them


def test_credentials_in_a_redirect_are_neither_sent_nor_shown(
    runner: CliRunner, server: str
) -> None:
    result = runner.invoke(app, ["-f", "json", "-j", "1", f"http://{server}/credentials-in-location"])
    assert result.exit_code == 0, result.output
    assert SECRET not in result.stdout
    assert json.loads(result.stdout)["url"] == f"http://{server}/auth"
    assert "Authorization" not in _sent("/auth")


def test_the_resolver_gets_the_host_name_only(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []

    def no_dns(host: object, *_: object, **__: object) -> list[object]:
        asked.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    result = runner.invoke(app, ["-j", "1", f"http://ana:{SECRET}@news.example.invalid/a"])
    assert asked == ["news.example.invalid"]
    assert result.stderr == ("error: http://***@news.example.invalid/a: cannot find the server "
                             "news.example.invalid (DNS lookup failed)\n")


@pytest.mark.parametrize("url", [f"http://ana:{SECRET}@/a", f"https://ana:{SECRET}@[::1/a",
                                 f"http://ana:{SECRET}@host:99999/a"])
def test_invalid_addresses_with_credentials_hide_them(runner: CliRunner, url: str) -> None:
    result = runner.invoke(app, ["-j", "1", url])
    assert result.exit_code == 1
    shown = display_name(url)
    assert result.stderr == f"error: {shown}: not a valid web address\n"
    assert shown.startswith(("http://***@", "https://***@"))
    assert SECRET not in result.output


def test_credentials_of_any_scheme_are_hidden(runner: CliRunner) -> None:
    # summ reads ftp:// as a file name; its error line must not show the password either.
    result = runner.invoke(app, ["-j", "1", f"ftp://ana:{SECRET}@files.example/a.txt"])
    assert result.stderr == "error: ftp://***@files.example/a.txt: no such file\n"


# --- One deadline for the whole exchange ------------------------------------------------


def test_a_server_trickling_its_headers_is_cut_off(runner: CliRunner, server: str) -> None:
    started = time.monotonic()
    result = runner.invoke(app, ["-j", "1", "--timeout", "0.2", f"http://{server}/trickle-headers"])
    assert time.monotonic() - started < 3  # 3 × 0.2 s in all, not 10 s of trickle
    assert result.exit_code == 1
    assert result.stderr == (f"error: http://{server}/trickle-headers: the page took too long to "
                             "download (more than 0.6 s in all)\n")


def test_a_huge_timeout_is_a_long_wait_not_an_overflow(runner: CliRunner, server: str) -> None:
    result = runner.invoke(app, ["-f", "json", "-j", "1", "--timeout", "1e300",
                                 f"http://{server}/page"])
    assert result.exit_code == 0, result.output
