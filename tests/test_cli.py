"""The command line through typer's CliRunner: exit codes, messages, inputs, formats, export."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from summ import __version__
from summ.cli import app

from .conftest import SAMPLES

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

SEED = SAMPLES / "vladivostok-summit.txt"
ARTICLE = (
    "Ministers agreed a new budget on Monday. The plan raises spending on schools by 4%.\n\n"
    "Critics said the rise was too small. Teachers' unions called for a bigger increase.\n\n"
    "The budget will be debated in parliament next week."
)


def run(runner: CliRunner, *args: str, stdin: str | bytes | None = None) -> object:
    return runner.invoke(app, list(args), input=stdin)


def test_summarizes_a_file(runner: CliRunner) -> None:
    result = runner.invoke(app, [str(SEED)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Putin, Kim Conclude First Ever Summit")
    assert "5 of 50 sentences" in result.stdout
    assert result.stderr == ""


def test_sentence_count(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-n", "2", "-f", "json", str(SEED)])
    assert len(json.loads(result.stdout)["summary"]) == 2


def test_ratio_and_words(runner: CliRunner) -> None:
    by_ratio = json.loads(runner.invoke(app, ["--ratio", "10%", "-f", "json", str(SEED)]).stdout)
    assert len(by_ratio["summary"]) == 5  # ceil(0.1 * 50)
    by_words = json.loads(runner.invoke(app, ["--words", "60", "-f", "json", str(SEED)]).stdout)
    assert sum(len(s["text"].split()) for s in by_words["summary"]) <= 60


def test_more_sentences_than_the_article_has(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-n", "99", "-f", "json", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["summary"]) == 5


def test_stdin_piped_and_dash(runner: CliRunner) -> None:
    piped = runner.invoke(app, ["-f", "json"], input=ARTICLE)
    dashed = runner.invoke(app, ["-f", "json", "-"], input=ARTICLE)
    assert piped.exit_code == dashed.exit_code == 0
    assert json.loads(piped.stdout) == json.loads(dashed.stdout)
    assert json.loads(piped.stdout)["source"] == "<stdin>"


def test_terminal_on_stdin_prints_usage(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("summ.output.stdin_is_terminal", lambda: True)
    result = runner.invoke(app, [])
    assert result.exit_code == 2
    assert "Usage:" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-n", "0"], "Invalid value for '-n' / '--sentences'"),
        (["-n", "abc"], "Invalid value for '-n' / '--sentences'"),
        (["-f", "docx"], "Invalid value for '-f' / '--format'"),
        (["-a", "magic"], "Invalid value for '-a' / '--algorithm'"),
        (["-n", "3", "--words", "50"], "give only one of -n/--sentences, --ratio and --words"),
        (["--ratio", "150%"], "the ratio must be above 0 and at most 1"),
        (["--ratio", "lots"], "'lots' is not a ratio: use 0.2 or 20%"),
        (["--language", "klingon"], "no sentence model for 'klingon'"),
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, [*args, str(SEED)])
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split()).replace("│", "").replace("  ", " ")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt: no such file"),
        (lambda d: d, ": is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "empty.txt: is empty"),
        (lambda d: _write(d / "blank.txt", b" \n\t\n "), "blank.txt: is empty"),
        (lambda d: _write(d / "b.bin", bytes(range(256)) * 4), "b.bin: looks like a binary file"),
        (lambda d: _write(d / "t.txt", b"# Untitled"), "t.txt: no sentences to summarize"),
    ],
)
def test_bad_input_one_line_exit_1(
    runner: CliRunner, tmp_path: Path, make: object, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    result = runner.invoke(app, [str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_one_bad_file_of_several(runner: CliRunner, tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", ARTICLE.encode())
    result = runner.invoke(app, ["-f", "json", str(tmp_path / "nope.txt"), str(good)])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data[0] == {"source": str(tmp_path / "nope.txt"), "error": "no such file"}
    assert data[1]["source"] == str(good)
    assert "nope.txt: no such file" in result.stderr


def test_several_inputs_in_order(runner: CliRunner, tmp_path: Path) -> None:
    first = _write(tmp_path / "a.txt", ARTICLE.encode())
    result = runner.invoke(app, ["-f", "jsonl", str(SEED), str(first)])
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(SEED), str(first)]


def test_json_contract(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-f", "json", str(SEED)])
    data = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert set(data) >= {
        "source", "title", "language", "algorithm", "sentences_total", "words_total",
        "summary", "figures", "quotes",
    }
    assert data["algorithm"] == "summ"
    assert data["language"] == "english"
    for item in data["summary"] + data["figures"] + data["quotes"]:
        assert text[item["start"] : item["end"]] == item["text"]
    indices = [s["index"] for s in data["summary"]]
    assert indices == sorted(indices)
    assert all(isinstance(s["score"], float) for s in data["summary"])


def test_output_file_format_from_extension(runner: CliRunner, tmp_path: Path) -> None:
    for name, check in [
        ("s.md", lambda t: t.startswith("## Putin")),
        ("s.json", lambda t: json.loads(t)["source"] == str(SEED)),
        ("s.jsonl", lambda t: len(t.splitlines()) == 1),
        ("s.txt", lambda t: t.startswith("Putin")),
    ]:
        result = runner.invoke(app, [str(SEED), "-o", str(tmp_path / name)])
        assert result.exit_code == 0
        assert result.stdout == ""
        assert check((tmp_path / name).read_text(encoding="utf-8")), name


def test_format_overrides_extension(runner: CliRunner, tmp_path: Path) -> None:
    runner.invoke(app, [str(SEED), "-f", "json", "-o", str(tmp_path / "s.md")])
    assert json.loads((tmp_path / "s.md").read_text(encoding="utf-8"))["title"]


def test_markdown_several_inputs_one_document(runner: CliRunner) -> None:
    samples = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    result = runner.invoke(app, ["-f", "markdown", *samples])
    assert result.stdout.count("\n## ") + result.stdout.startswith("## ") == len(samples)


def test_unwritable_output_keeps_existing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, [str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.md")])
    assert result.exit_code == 1
    assert "cannot write" in result.stderr
    existing = _write(tmp_path / "keep.md", b"precious")
    failed = runner.invoke(app, [str(tmp_path / "missing.txt"), "-o", str(existing)])
    assert failed.exit_code == 1
    assert existing.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.md"]


def test_version_and_help(runner: CliRunner) -> None:
    assert runner.invoke(app, ["--version"]).stdout == f"summ {__version__}\n"
    help_text = runner.invoke(app, ["--help"]).stdout
    assert "Examples" in help_text
    assert "--sentences" in help_text


def test_no_highlight(runner: CliRunner) -> None:
    data = json.loads(runner.invoke(app, ["--no-highlight", "-f", "json", str(SEED)]).stdout)
    assert data["figures"] == data["quotes"] == []


def test_piped_output_is_plain_unless_color(runner: CliRunner) -> None:
    plain = runner.invoke(app, [str(SEED)]).stdout
    assert "\x1b[" not in plain
    coloured = runner.invoke(app, ["--color", str(SEED)]).stdout
    assert "\x1b[" in coloured


def test_no_color_env_is_respected(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-f", "terminal", str(SEED)], env={"NO_COLOR": "1"})
    assert "\x1b[" not in result.stdout
    assert "Putin" in result.stdout


@pytest.mark.parametrize("algorithm", ["summ", "lead", "lexrank", "textrank", "lsa", "luhn",
                                       "edmundson", "kl", "sumbasic", "reduction"])
def test_every_algorithm(runner: CliRunner, algorithm: str) -> None:
    result = runner.invoke(app, ["-a", algorithm, "-n", "3", "-f", "json", str(SEED)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["algorithm"] == algorithm
    assert 1 <= len(data["summary"]) <= 3


def test_long_text_with_a_quadratic_algorithm_is_windowed_and_says_so(runner: CliRunner) -> None:
    text = " ".join(f"Sentence {n} tells about topic {n % 7} and more." for n in range(300))
    result = runner.invoke(app, ["-a", "lexrank", "-n", "2", "-f", "json"], input=text)
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["summary"]) == 2
    assert "note: <stdin>: lexrank takes time quadratic in sentences: scored 300" in result.stderr
    quiet = runner.invoke(app, ["-n", "2", "-f", "json"], input=text)
    assert quiet.stderr == ""


def test_timeout_must_be_positive(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--timeout", "0", "-"], input="Some text here.")
    assert result.exit_code == 2
    assert "timeout must be above 0" in result.stderr
