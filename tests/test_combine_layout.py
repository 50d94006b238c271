"""The digest's terminal layout in a real pseudo-terminal.

The digest must look like a single summary: the same measure, hanging indents, normal-intensity
body and quote lines, with source markers that stay with their words (tests/test_layout.py
checks the single summary the same way).
"""

from __future__ import annotations

import re

import pytest

from .conftest import SAMPLES
from .test_layout import dims, lines, on_pty

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
