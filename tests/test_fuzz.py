"""Hypothesis against summarize(), the renderers and the CLI: nothing escapes but summ's errors.

Text is drawn from an alphabet weighted towards what breaks things: control characters, escape
sequences, zero-width and right-to-left characters, bidi overrides, emoji, combining marks and
quotation marks, mixed with words and sentence ends so that some inputs make summaries.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from summ import OutputFormat, SummError, summarize
from summ.cli import app
from summ.render import render

if TYPE_CHECKING:
    from pathlib import Path

UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
SGR = re.compile(r"\x1b\[[0-9;]*m")
WORDS = st.sampled_from([
    "The council voted", " to close the bridge", " on Monday", " 5%", " $12m", " in 2024",
    " the mayor said", " officials", ". ", ". ", "! ", "? ", "\n\n", "\n", "\r\n", "\r",
])
HOSTILE = st.sampled_from([
    '"', "“", "”", "«", "»", "'", "[bold red]", "[/]", "[link=http://x]", "\x1b[2J",
    "\x1b]8;;http://evil\x07", "\x1b]8;;\x07", "\x07", "\x9b31m", "\x1bc", "\x7f", "\u200b",
    "\u200d", "\u202e", "\u2066", "\u2028", "\ufeff", "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627", "\U0001f600", "e\u0301", "\u0308", "# ",
    "NEW YORK (AP) - ", "\t", "…", "Mr. ",
])
# Mostly words, now and then something hostile, so that many inputs still make a summary.
TEXT = st.one_of(
    st.lists(st.one_of(WORDS, WORDS, WORDS, WORDS, HOSTILE, st.text(max_size=3)),
             min_size=5, max_size=60).map("".join),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=200),
)
FORMATS = ["plain", "markdown", "terminal", "json", "jsonl"]


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_summarize_and_render_anything(text: str) -> None:
    try:
        summary = summarize(text)
    except SummError:
        return
    for pick in summary.picks:
        assert text[pick.sentence.start : pick.sentence.end] == pick.sentence.text
    for fmt in (OutputFormat.PLAIN, OutputFormat.MARKDOWN):
        assert not UNSAFE.search(render([summary], fmt).replace("\n", ""))
    data = json.loads(render([summary], OutputFormat.JSON))
    assert [s["text"] for s in data["summary"]] == [p.sentence.text for p in summary.picks]


def _check(result: Result) -> None:
    exit_code, stdout, stderr = result.exit_code, result.stdout, result.stderr
    assert exit_code in (0, 1), (exit_code, result.output, result.exception)
    assert "Traceback" not in stdout + stderr
    event(f"exit {exit_code}")
    if exit_code == 1:
        assert stderr.startswith("error: ")
        assert stderr.count("\n") == 1, stderr
    assert not UNSAFE.search(stderr.replace("\n", ""))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, fmt=st.sampled_from(FORMATS), color=st.booleans())
def test_cli_on_any_text(folder: Path, text: str, fmt: str, color: bool) -> None:
    path = folder / "text.txt"
    path.write_bytes(text.encode("utf-8"))
    result = CliRunner().invoke(app, ["-f", fmt, "--color" if color else "--no-color", str(path)])
    _check(result)
    if result.exit_code == 0 and fmt in ("json", "jsonl"):
        data = json.loads(result.stdout)
        for item in data["summary"]:
            assert text.removeprefix("\ufeff")[item["start"] : item["end"]] == item["text"]
    elif result.exit_code == 0:
        assert not UNSAFE.search(SGR.sub("", result.stdout).replace("\n", ""))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400) | st.lists(st.binary(max_size=6) | st.just(b"Words here. "),
                                                max_size=30).map(b"".join),
       fmt=st.sampled_from(FORMATS))
def test_cli_on_any_bytes(folder: Path, data: bytes, fmt: str) -> None:
    path = folder / "bytes.txt"
    path.write_bytes(data)
    _check(CliRunner().invoke(app, ["-f", fmt, str(path)]))
