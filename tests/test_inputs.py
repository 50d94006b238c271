"""Folders, bare addresses, --color words, -V, the failure recap and the public loader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summ import load, summarize
from summ.arguments import color_words
from summ.cli import app
from summ.inputs import address_hint, expand

from .conftest import SAMPLES

ARTICLE = "Ministers agreed a new budget on Monday. It raises spending by 3% next year.\n"


def tree(tmp_path: Path) -> Path:
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.txt", ".hidden.txt",
                 ".git/e.txt", "picture.png", "notes.json"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = f"<html><body><article><p>{ARTICLE}</p></article></body></html>"
        path.write_text(text if name.endswith(".html") else ARTICLE, encoding="utf-8")
    return tmp_path


def test_a_folder_reads_its_articles_recursively_sorted_without_hidden_names(
    tmp_path: Path,
) -> None:
    root = tree(tmp_path)
    found = [Path(p).relative_to(root).as_posix() for p in expand([str(root)])]
    assert found == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.txt"]


def test_a_folder_without_articles_is_reported_as_a_folder(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_bytes(b"\x89PNG")
    result = CliRunner().invoke(app, [str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path}: is a directory\n"


def test_folders_files_and_stdin_keep_their_order(tmp_path: Path) -> None:
    root = tree(tmp_path / "news")
    single = tmp_path / "z.txt"
    single.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["-f", "json", str(single), str(root), "-"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    sources = [item["source"] for item in json.loads(result.stdout)]
    assert sources[0] == str(single)
    assert sources[-1] == "<stdin>"
    assert len(sources) == 6


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("www.example.com/story", "did you mean https://www.example.com/story?"),
        ("example.co.uk", "did you mean https://example.co.uk?"),
        ("127.0.0.1:8000/a.html", "did you mean http://127.0.0.1:8000/a.html?"),
        ("localhost:8080", "did you mean http://localhost:8080?"),
        ("notes.txt", "did you mean https://notes.txt?"),  # only when no such file exists
        ("article", None),
        ("my file.txt", None),
    ],
)
def test_bare_addresses_get_a_hint(name: str, hint: str | None) -> None:
    assert address_hint(name) == hint


def test_an_existing_file_never_gets_a_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("report.txt").write_text(ARTICLE, encoding="utf-8")
    assert address_hint("report.txt") is None


def test_the_hint_is_in_the_error_line() -> None:
    result = CliRunner().invoke(app, ["www.example.com/story"])
    assert result.exit_code == 1
    assert result.stderr == (
        "error: www.example.com/story: no such file; did you mean https://www.example.com/story?\n"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--color=always", "a"], ["--color", "a"]),
        (["--color=never", "a"], ["--no-color", "a"]),
        (["--color=auto", "a"], ["a"]),
        (["--color", "never", "a"], ["--no-color", "a"]),
        (["--color", "a"], ["--color", "a"]),
        (["--no-color", "a"], ["--no-color", "a"]),
        (["--", "--color=never"], ["--", "--color=never"]),
    ],
)
def test_color_words_become_flags(args: list[str], expected: list[str]) -> None:
    assert color_words(args) == expected


def summ(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "summ", *args], capture_output=True, text=True,
                          check=False, stdin=subprocess.DEVNULL)


def test_color_words_and_usage_errors_as_plain_lines_in_a_process() -> None:
    seed = str(SAMPLES / "vladivostok-summit.txt")
    assert "\x1b[" in summ("--color=always", seed).stdout
    assert "\x1b[" not in summ("--color=never", "-f", "terminal", seed).stdout
    bad = summ("--color=rainbow", seed)
    assert bad.returncode == 2
    assert bad.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--color': must be auto, always or never, not 'rainbow'"
    )
    zero = summ("-n", "0", seed)
    assert zero.returncode == 2
    assert "╭" not in zero.stderr  # no panel in a log
    assert zero.stderr.splitlines()[-1] == (
        "Error: Invalid value for '-n' / '--sentences': must be a whole number of at least 1, "
        "not 0"
    )


def test_short_version_flag() -> None:
    result = CliRunner().invoke(app, ["-V"])
    assert result.exit_code == 0
    assert result.stdout.startswith("summ ")


def test_the_public_loader_extracts_a_page_as_the_cli_does() -> None:
    page = load(str(SAMPLES / "hosepipe-ban.html"))
    summary = summarize(page)
    assert "<" not in summary.document.text  # the article, not the markup
    result = CliRunner().invoke(app, ["-f", "json", str(SAMPLES / "hosepipe-ban.html")])
    assert json.loads(result.stdout)["summary"][0]["text"] == summary.picks[0].sentence.text


def test_json_lines_stream_before_the_last_input_is_read(tmp_path: Path) -> None:
    # The last input is a FIFO nobody writes to yet: the first line must arrive while summ is
    # still waiting for it, or it was not streamed.
    first = tmp_path / "a.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "later.txt"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "-m", "summ", "-j", "1", "-f", "jsonl", str(first), str(fifo)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert json.loads(line)["source"] == str(first)
    assert process.poll() is None  # still waiting for the FIFO
    with fifo.open("w", encoding="utf-8") as writer:
        writer.write(ARTICLE)
    rest, _ = process.communicate(timeout=60)
    assert json.loads(rest)["source"] == str(fifo)
    assert process.returncode == 0


def test_a_closed_pipe_ends_a_stream_quietly(tmp_path: Path) -> None:
    files = []
    for number in range(40):
        path = tmp_path / f"{number:02}.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        files.append(str(path))
    summ = subprocess.Popen(
        [sys.executable, "-m", "summ", "-j", "1", "-f", "jsonl", *files],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )
    head = subprocess.run(["head", "-1"], stdin=summ.stdout, capture_output=True, check=True)
    assert summ.stdout is not None
    summ.stdout.close()  # only head reads it now: when head leaves, the pipe has no reader
    _, errors = summ.communicate(timeout=60)
    assert json.loads(head.stdout)["source"] == files[0]
    assert errors == b""
    assert summ.returncode == 0
