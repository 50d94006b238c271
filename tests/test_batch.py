"""Many inputs: worker processes (--jobs), input order, failures in place, the progress bar."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING

import pytest

from summ import batch
from summ.cli import app
from summ.core import PARALLEL_CHARS
from summ.models import Failure, Options, Summary
from summ.output import Progress

from .conftest import sample_paths

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

ARTICLE = (
    "Ministers agreed a new budget on Monday. The plan raises spending on schools by 4%.\n\n"
    "Critics said the rise was too small. Teachers' unions called for a bigger increase."
)


@pytest.fixture
def many(tmp_path: Path) -> list[str]:
    """24 distinct articles (the samples, each with a numbered first sentence)."""
    texts = [p.read_text(encoding="utf-8") for p in sample_paths()]
    paths = []
    for number in range(24):
        path = tmp_path / f"article-{number:02d}.txt"
        path.write_text(f"Story number {number} opens here.\n\n{texts[number % len(texts)]}",
                        encoding="utf-8")
        paths.append(str(path))
    return paths


def sources(stdout: str) -> list[str]:
    return [item["source"] for item in json.loads(stdout)]


def test_jobs_keep_the_input_order_and_the_output(runner: CliRunner, many: list[str]) -> None:
    one = runner.invoke(app, ["-j", "1", "-f", "json", *many])
    two = runner.invoke(app, ["-j", "2", "-f", "json", *many])
    assert one.exit_code == two.exit_code == 0
    assert sources(two.stdout) == many
    assert two.stdout == one.stdout


@pytest.mark.parametrize("fmt", ["plain", "markdown", "json", "jsonl"])
def test_workers_render_what_this_process_would(
    runner: CliRunner, many: list[str], tmp_path: Path, fmt: str
) -> None:
    # Workers send summaries back rendered; notes and failures must still reach stderr.
    japanese = tmp_path / "ja.txt"
    japanese.write_text("東京都は新しい橋の建設を発表した。費用は五十億円になる。" * 3,
                        encoding="utf-8")
    names = [*many[:8], str(japanese), str(tmp_path / "missing.txt"), *many[8:]]
    one = runner.invoke(app, ["-j", "1", "-f", fmt, *names])
    two = runner.invoke(app, ["-j", "2", "-f", fmt, *names])
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    assert "ja.txt: detected Japanese" in two.stderr
    assert "missing.txt: no such file" in two.stderr
    exported = tmp_path / f"out.{fmt}"
    assert runner.invoke(app, ["-j", "2", "-f", fmt, "-o", str(exported), *names]).exit_code == 1
    assert exported.read_text(encoding="utf-8") == one.stdout


def test_failures_stay_in_place_with_jobs(
    runner: CliRunner, many: list[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    names = [*many[:10], str(tmp_path / "missing.txt"), *many[10:], str(empty)]
    result = runner.invoke(app, ["-j", "2", "-f", "json", *names])
    assert result.exit_code == 1
    items = json.loads(result.stdout)
    assert [i["source"] for i in items] == names
    assert items[10]["error"] == "no such file"
    assert items[-1]["error"] == "is empty"
    assert all("error" not in i for i in items[:10] + items[11:-1])
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'missing.txt'}: no such file",
        f"error: {empty}: is empty",
        f"error: 2 of {len(names)} inputs failed: {tmp_path / 'missing.txt'}, {empty}",
    ]


def test_stdin_is_read_by_the_parent_in_its_place(runner: CliRunner, many: list[str]) -> None:
    names = [*many[:12], "-", *many[12:]]
    result = runner.invoke(app, ["-j", "2", "-f", "json", *names], input=ARTICLE)
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert items[12]["source"] == "<stdin>"
    assert items[12]["summary"][0]["text"] == "Ministers agreed a new budget on Monday."
    assert [i["source"] for i in items[:12] + items[13:]] == many


def test_stdin_failure_with_jobs(runner: CliRunner, many: list[str]) -> None:
    result = runner.invoke(app, ["-j", "2", "-f", "json", *many, "-"], input="")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[-1] == {"source": "<stdin>", "error": "is empty"}
    assert result.stderr == (
        f"error: <stdin>: is empty\nerror: 1 of {len(many) + 1} inputs failed: <stdin>\n"
    )


@pytest.mark.parametrize("jobs", ["-1", "abc", "1.5"])
def test_bad_jobs_are_usage_errors(runner: CliRunner, jobs: str) -> None:
    result = runner.invoke(app, ["-j", jobs, str(sample_paths()[0])])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("jobs", ["0", "1", "2", "64"])
def test_any_jobs_value_gives_the_same_summary(runner: CliRunner, jobs: str) -> None:
    path = str(sample_paths()[0])
    result = runner.invoke(app, ["--jobs", jobs, "-f", "json", path, path, path])
    assert result.exit_code == 0
    assert sources(result.stdout) == [path] * 3
    assert result.stderr == ""


def test_workers_auto_needs_enough_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "_cores", lambda: 4)
    assert batch.workers(batch.AUTO, 1) == 1
    assert batch.workers(batch.AUTO, batch.MIN_INPUTS_PER_WORKER * 2 - 1) == 1
    assert batch.workers(batch.AUTO, batch.MIN_INPUTS_PER_WORKER * 2) == 2
    assert batch.workers(batch.AUTO, 1000) == 4
    assert batch.workers(1, 1000) == 1
    assert batch.workers(3, 2) == 2  # never more processes than inputs
    assert batch.workers(batch.AUTO, 2, units=2) == 1  # two articles
    assert batch.workers(batch.AUTO, 2, units=128) == 2  # two books
    with pytest.raises(ValueError, match="jobs"):
        batch.workers(-1, 10)


def test_work_units_weigh_long_files(tmp_path: Path) -> None:
    book = tmp_path / "book.txt"
    book.write_text("word " * (batch._ARTICLE_BYTES * 10 // 5), encoding="utf-8")
    short = str(sample_paths()[0])
    assert batch._work_units([short, short]) == 2
    assert batch._work_units([str(book), str(tmp_path / "missing.txt")]) == 11


def test_run_reports_each_input_to_the_tracker(many: list[str]) -> None:
    class Tracker:
        def __init__(self) -> None:
            self.events: list[str] = []

        def start(self) -> None:
            self.events.append("start")

        def advance(self) -> None:
            self.events.append("advance")

        def stop(self) -> None:
            self.events.append("stop")

    tracker = Tracker()
    results = batch.run([*many, "/no/such/file"], Options(), jobs=2, tracker=tracker)
    assert tracker.events == ["start", *["advance"] * (len(many) + 1), "stop"]
    assert all(isinstance(r, Summary) for r in results[:-1])
    assert results[-1] == Failure("/no/such/file", "no such file")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_stream_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TERM", "xterm")
    terminal = _Terminal()
    progress = Progress(3, "summarizing", delay=0, stream=terminal)
    progress.start()
    assert progress._timer is not None
    progress._timer.join()
    for _ in range(3):
        progress.advance()
    progress.stop()
    assert "summarizing" in terminal.getvalue()
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("term", ["xterm", "dumb"])
def test_progress_never_on_a_pipe_or_a_dumb_terminal(
    monkeypatch: pytest.MonkeyPatch, term: str
) -> None:
    monkeypatch.setenv("TERM", term)
    stream = io.StringIO() if term == "xterm" else _Terminal()
    progress = Progress(3, "summarizing", delay=0, stream=stream)
    progress.start()
    progress.advance()
    progress.stop()
    assert progress._timer is None
    assert stream.getvalue() == ""


def test_progress_does_not_flash_on_a_quick_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    terminal = _Terminal()
    progress = Progress(1, "summarizing a.txt", delay=60, stream=terminal)
    progress.start()
    progress.advance()
    progress.stop()
    assert terminal.getvalue() == ""


def test_cli_progress_stays_off_captured_streams(runner: CliRunner, many: list[str]) -> None:
    # CliRunner's streams are not terminals: only the summary and nothing else.
    result = runner.invoke(app, ["-f", "jsonl", *many])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == many


def test_a_long_text_highlighted_in_a_second_process_is_the_same(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "_cores", lambda: 2)
    pools: list[int] = []
    real_pool = batch.worker_pool
    monkeypatch.setattr(batch, "worker_pool", lambda n, o: pools.append(n) or real_pool(n, o))
    texts = [p.read_text(encoding="utf-8") for p in sample_paths()]
    long = "\n\n".join(texts * (PARALLEL_CHARS // sum(map(len, texts)) + 1))
    path = tmp_path / "long.txt"
    path.write_text(long, encoding="utf-8")
    one = runner.invoke(app, ["-j", "1", "-f", "json", str(path)])
    two = runner.invoke(app, ["-j", "2", "-f", "json", str(path)])
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout
    assert json.loads(two.stdout)["figures"]
    assert pools == [1]  # -j 1 none; otherwise one worker, for the highlights
