"""The digest's terminal layout in a real pseudo-terminal, and its HTML page.

The digest must look like a single summary: the same measure, hanging indents, normal-intensity
body and quote lines, with source markers that stay with their words (tests/test_layout.py
checks the single summary the same way).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from summ.cli import app

from .conftest import SAMPLES
from .test_layout import dims, lines, on_pty

if TYPE_CHECKING:
    from pathlib import Path

PAIR = [str(SAMPLES / "tidewater-bridge.md"), str(SAMPLES / "tidewater-bridge-page.html")]
PAGE_URL = "https://www.coastalcourier.example/news/2026/10/14/tidewater-council-approves-bridge"
MARKER = re.compile(r"\[\d+(?:, \d+)*\]")


def _bullets(shown: list[str]) -> list[list[str]]:
    """Each bullet's lines: its first line and the lines that continue it."""
    items: list[list[str]] = []
    for line in shown:
        if line.startswith(" • "):
            items.append([line])
        elif items and line.startswith("   ") and not items[-1][-1].endswith("]"):
            items[-1].append(line)
    return items


@pytest.mark.parametrize(("columns", "width"), [(60, None), (120, 70), (160, None)])
def test_digest_keeps_to_the_measure_and_hangs_under_itself(
    columns: int, width: int | None
) -> None:
    args = ["--combine", *PAIR] + (["--width", str(width)] if width else [])
    shown = lines(on_pty(columns, *args))
    measure = min(columns, width or 100)
    assert max(len(line) for line in shown) <= measure
    assert shown[0] == "Digest of 2 sources"  # a title of its own, no rule across it
    items = _bullets(shown)
    assert len(items) == 6
    continued = [line for item in items for line in item[1:]]
    assert continued
    assert all(line.startswith("   ") and line[3] != " " for line in continued)
    # Every marker ends its sentence's last line, whole, after the sentence's words.
    for item in items:
        assert MARKER.search(item[-1]), item
        assert not MARKER.fullmatch(item[-1].strip()), item
    assert not any(re.search(r"\[\d+,$", line) for line in shown)


def test_digest_meta_line_breaks_only_between_items() -> None:
    shown = lines(on_pty(60, "--combine", *PAIR))
    meta = shown[1 : shown.index("─" * 40)]
    assert len(meta) > 1
    items = " · ".join(meta).split(" · ")
    assert "6 of 41 sentences" in items
    assert "saves 3 min" in items


def test_digest_body_is_not_dim_and_its_meta_line_is() -> None:
    screen = on_pty(100, "--combine", *PAIR)
    assert not any(dims(screen, "Councillors voted", 40))
    assert all(dims(screen, "858 words", 9))


def test_digest_quotes_figures_and_sources_read_as_a_summarys() -> None:
    shown = lines(on_pty(160, "--combine", "--width", "160", *PAIR))
    said = "  “People have waited far too long, and I am proud that we finally said yes.” — "
    assert f"{said}Margaret Osei [1, 2]" in shown
    figures = shown[shown.index("Key figures") + 1 :]
    assert figures[0].startswith("  £48m ")
    assert figures[0].endswith("[1, 2]")
    sources = shown[shown.index("Sources") + 1 :]
    assert sources[0] == " 1. Tidewater council approves £48m bridge after 12-year wait"
    assert sources[1] == f"    {PAIR[0]}"
    assert f"    www.coastalcourier.example · 2026-10-14 · {PAGE_URL}" in sources


class _Links(HTMLParser):
    """Every tag name, every address (href, src and the like) and every id of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.addresses: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in {"href", "src", "action", "srcset", "poster", "data"}:
                self.addresses.append(value or "")
            if name == "id" and value:
                self.ids.add(value)


HOSTILE = (
    "Bridge <b>vote</b> & <script>alert(1)</script>\n\n"
    "The harbour bridge will close for six weeks from Monday, the council said <img "
    'src="https://evil.example/x.png" onerror="alert(2)">. Engineers will replace its cracked '
    'steel bearings at a cost of $12 million. "We cannot let traffic cross a bridge with cracked '
    'bearings <a href=\'https://evil.example\'>here</a>," said Mayor Jane Okafor.'
)


def test_html_digest_is_one_safe_page_whose_markers_link_to_its_sources(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    page = tmp_path / "digest.html"
    result = CliRunner().invoke(app, ["--combine", "-o", str(page), str(hostile), *PAIR])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html
    assert "<title>Digest of 3 sources</title>" in html
    parsed = _Links()
    parsed.feed(html)
    assert not {"script", "img", "b", "iframe", "link"} & set(parsed.tags)
    assert 'onerror="' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The only addresses: markers pointing into the Sources list, and the page's own address.
    outside = [a for a in parsed.addresses if not a.startswith("#")]
    assert outside == [PAGE_URL]
    markers = [a[1:] for a in parsed.addresses if a.startswith("#")]
    assert markers
    assert set(markers) <= parsed.ids == {"source-1", "source-2", "source-3"}
    assert "Key figures" in html
    assert "Quotes" in html
    assert "— Jane Okafor" in html or "— Margaret Osei" in html


def test_html_digest_on_stdout() -> None:
    result = CliRunner().invoke(app, ["--combine", "-f", "html", *PAIR])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("<article>") == 1
    assert result.stdout.rstrip().endswith("</html>")
    assert '<ol>\n<li id="source-1">' in result.stdout
