"""The terminal layout in a real pseudo-terminal, and the lists under a summary.

Layout is what rich decides from the terminal it finds, so these tests run summ as a process on
a pty of a given width, as a user's shell would, and read what it drew.
"""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from summ import Options, summarize
from summ.cli import app
from summ.render.lists import key_figures, key_quotes
from summ.sources import load

from .conftest import SAMPLES

SEED = SAMPLES / "vladivostok-summit.txt"
SGR = re.compile(r"\x1b\[([0-9;]*)m")
OSC = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def on_pty(columns: int, *args: str) -> str:
    """What summ draws on a terminal of ``columns`` columns (escape sequences kept)."""
    main, side = pty.openpty()
    env = {**os.environ, "COLUMNS": str(columns), "LINES": "50", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "summ", *args], stdin=subprocess.DEVNULL, stdout=side,
        stderr=subprocess.DEVNULL, env=env,
    )
    os.close(side)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(main, 65536)
        except OSError:  # the pty closes when summ exits
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=30)
    os.close(main)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def styled_chars(screen: str) -> list[tuple[str, bool]]:
    """Each visible character of ``screen`` with whether it was drawn dim (SGR 2)."""
    screen = OSC.sub("", screen)
    out: list[tuple[str, bool]] = []
    dim, position = False, 0
    for match in SGR.finditer(screen):
        out += [(c, dim) for c in screen[position : match.start()]]
        codes = match[1].split(";") if match[1] else ["0"]
        if "0" in codes or "22" in codes:
            dim = False
        if "2" in codes:
            dim = True
        position = match.end()
    return out + [(c, dim) for c in screen[position:]]


def lines(screen: str) -> list[str]:
    return [line.rstrip() for line in "".join(c for c, _ in styled_chars(screen)).split("\n")]


@pytest.mark.parametrize("columns", [60, 100, 160])
def test_text_keeps_to_the_measure_and_hangs_under_itself(columns: int) -> None:
    shown = lines(on_pty(columns, str(SEED)))
    assert shown, "nothing drawn"
    assert max(len(line) for line in shown) <= min(columns, 100)
    bullets = [i for i, line in enumerate(shown) if line.startswith(" • ")]
    assert len(bullets) == 5
    # A wrapped line of a bullet starts under the text, not under the bullet.
    following = [shown[i + 1] for i in bullets]
    continued = [line for line in following if line and not line.startswith(" •")]
    assert continued
    assert all(line.startswith("   ") and line[3] != " " for line in continued)
    # The title wraps instead of being cut.
    head = " ".join(shown[:2])
    assert "Putin, Kim Conclude First Ever Summit In Vladivostok After 5-Hour" in head
    assert "…" not in shown[0]


def dims(screen: str, start: str, length: int) -> list[bool]:
    """Whether each of ``length`` characters from the first ``start`` on was drawn dim."""
    chars = styled_chars(screen)
    first = "".join(c for c, _ in chars).index(start)
    return [dim for _, dim in chars[first : first + length]]


def test_summary_text_is_not_dim_and_the_meta_line_is() -> None:
    screen = on_pty(100, str(SEED))
    assert not any(dims(screen, "Russian President Vladimir Putin", 40))
    assert all(dims(screen, "1,370", 5))


def test_the_speaker_follows_the_quote_on_its_line() -> None:
    shown = lines(on_pty(160, str(SEED)))
    quoted = [line for line in shown if "“only the first step”" in line]
    assert quoted == ["  “only the first step” — Kim Jong Un"]


def test_width_sets_a_narrower_measure() -> None:
    shown = lines(on_pty(160, "--width", "60", str(SEED)))
    assert max(len(line) for line in shown) <= 60


FIGURES = """Budget surplus hits record

The government ran a surplus of £6bn in the year to March, the Treasury said on 3 April 2025.
Growth reached 3.1% in the quarter, after 20 months of decline since 2011.
About 20 people watched the 24-carat gold bar, which weighs 12 kilograms, arrive at 6 p.m.
It was the first surplus in five years, officials said, and the next review is in 2027.
"""


def test_key_figures_put_amounts_and_rates_before_times_and_bare_numbers() -> None:
    summary = summarize(FIGURES, Options(figures=12))
    listed = [f.text for f, _ in key_figures(summary)]
    assert listed[:2] == ["£6bn", "3.1%"]
    assert "five years" in listed  # spelled out, with its unit: the story's own figure
    assert "24" not in listed  # half of "24-carat" (listed whole, with its unit)
    assert listed.index("12 kilograms") < listed.index("6 p.m.")
    assert listed.index("£6bn") < listed.index("2011")


def test_list_sizes_follow_the_options() -> None:
    article = load(str(SEED))
    assert len(key_figures(summarize(article, Options(figures=2)))) == 2
    assert key_figures(summarize(article, Options(figures=0))) == []
    assert len(key_quotes(summarize(article, Options(quotes=1)))) == 1


def test_list_sizes_on_the_command_line() -> None:
    out = CliRunner().invoke(app, ["-f", "plain", "--figures", "1", "--quotes", "0", str(SEED)])
    assert out.exit_code == 0, out.output
    after = out.stdout.split("Key figures:\n", 1)[1].strip().splitlines()
    assert len(after) == 1
    assert "Quotes:" not in out.stdout
    bad = CliRunner().invoke(app, ["--figures", "-1", str(SEED)])
    assert bad.exit_code == 2
    assert "must be a whole number of at least 0, not -1" in bad.stderr


def test_meta_line_breaks_only_between_items() -> None:
    shown = lines(on_pty(50, str(SEED)))
    meta = shown[1 : shown.index("─" * 40)]
    assert len(meta) > 1
    items = " · ".join(meta).split(" · ")
    assert "5 of 50 sentences" in items
    assert "1,370 words" in items
