"""Faults around a run: signals, a reader of stderr gone, FIFOs nobody writes, odd terminals.

Real processes, real pipes, real signals: what the shell and the terminal do to summ.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .conftest import SAMPLES

if TYPE_CHECKING:
    from collections.abc import Iterator

SUMM = [sys.executable, "-m", "summ"]
SEED = SAMPLES / "vladivostok-summit.txt"
TITLE = b"Putin, Kim Conclude First Ever Summit"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals, pipes and FIFOs")
SIGNALS = [pytest.param(signal.SIGTERM, 143, id="SIGTERM"),
           pytest.param(getattr(signal, "SIGHUP", 1), 129, id="SIGHUP"),
           pytest.param(signal.SIGINT, 130, id="SIGINT")]


def wait_for(condition: object, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)


@pytest.fixture
def started() -> Iterator[list[subprocess.Popen[bytes]]]:
    """The processes a test starts; whatever it asserts, none outlives it (nor its workers)."""
    processes: list[subprocess.Popen[bytes]] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            with contextlib.suppress(OSError):
                os.killpg(process.pid, signal.SIGKILL)  # started in a session of its own
            process.kill()
            process.wait(10)


def handles(pid: int, signum: int) -> bool:
    """Whether the process has its own handler for ``signum`` yet (Linux's /proc says so)."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return True  # no /proc: the caller's sleep has to do
    caught = next(line for line in status.read_text().splitlines() if line.startswith("SigCgt"))
    return bool(int(caught.split()[1], 16) >> (signum - 1) & 1)


def ready(summ: subprocess.Popen[bytes], children: int = 0) -> None:
    """Wait until summ handles SIGTERM (its run has begun) and has its worker processes."""
    wait_for(lambda: handles(summ.pid, signal.SIGTERM))
    if children:
        wait_for(lambda: len(subprocess.run(["pgrep", "-P", str(summ.pid)], capture_output=True,
                                            check=False).stdout.split()) >= children)
    time.sleep(0.5)  # from the handler to the work: a few lines of Python


def no_summ_process_left(marker: str) -> None:
    # Workers are forked: they carry the parent's command line, with the marker in it.
    time.sleep(0.3)
    found = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True, check=False)
    assert found.stdout == "", found.stdout


# --- Signals ------------------------------------------------------------------------------

# Runs summ's CLI with the rename of the output file held back, so that a signal is sure to
# arrive while the temporary file exists; the real clean-up code then has to remove it.
_HELD_WRITE = textwrap.dedent("""
    import pathlib, sys, time
    replace = pathlib.Path.replace
    ready = pathlib.Path(sys.argv[1])
    def slow(self, target):
        ready.write_text("ready")
        time.sleep(60)
        return replace(self, target)
    pathlib.Path.replace = slow
    from summ.cli import main
    sys.argv = ["summ", *sys.argv[2:]]
    main()
""")


@POSIX
@pytest.mark.parametrize(("signum", "code"), SIGNALS)
def test_signal_during_the_output_write_leaves_no_temporary_file(
    tmp_path: Path, started: list[subprocess.Popen[bytes]], signum: int, code: int
) -> None:
    held = tmp_path / "held"
    out = tmp_path / "out" / "summary.json"
    out.parent.mkdir()
    summ = subprocess.Popen([sys.executable, "-c", _HELD_WRITE, str(held), str(SEED), "-o",
                             str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    started.append(summ)
    wait_for(held.exists)
    assert next(p.name for p in out.parent.iterdir()).endswith(".tmp")  # the write is under way
    summ.send_signal(signum)
    _, err = summ.communicate(timeout=30)
    assert summ.returncode == code
    assert err == b""
    assert list(out.parent.iterdir()) == []


@POSIX
@pytest.mark.slow
@pytest.mark.parametrize(("signum", "code"), SIGNALS)
@pytest.mark.parametrize("group", [True, False], ids=["to the group", "to summ"])
def test_signal_with_workers_is_quiet_and_stops_them(
    tmp_path: Path, started: list[subprocess.Popen[bytes]], signum: int, code: int, group: bool
) -> None:
    marker = tmp_path / f"marker-{signum}-{group}.txt"  # names this run's processes
    marker.write_bytes(SEED.read_bytes())
    out = tmp_path / "out.json"
    summ = subprocess.Popen([*SUMM, "-j", "2", *[str(marker)] * 400, "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    started.append(summ)
    ready(summ, children=2)
    (os.killpg if group else os.kill)(summ.pid, signum)
    _, err = summ.communicate(timeout=30)
    assert summ.returncode == code
    assert err == b""  # no BrokenPipeError from any worker
    assert sorted(p.name for p in tmp_path.iterdir()) == [marker.name]
    no_summ_process_left(str(marker))


@POSIX
def test_a_signal_ignored_at_start_stays_ignored(tmp_path: Path) -> None:
    # `nohup summ ...`: a hang-up must not end the run.
    out = tmp_path / "out.txt"
    ignore = ("import os, signal, sys; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
              "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])")
    ignoring = [sys.executable, "-c", ignore]
    summ = subprocess.Popen([*ignoring, "-m", "summ", "-n", "1", *[str(SEED)] * 40, "-o",
                             str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cmdline = Path(f"/proc/{summ.pid}/cmdline")
    if Path("/proc/self").exists():  # exec'd into summ, SIGHUP still ignored
        wait_for(lambda: cmdline.exists() and b"summ" in cmdline.read_bytes())
    time.sleep(1.0)
    summ.send_signal(signal.SIGHUP)
    _, err = summ.communicate(timeout=120)
    assert summ.returncode == 0, err
    assert out.read_bytes().startswith(TITLE)


@POSIX
@pytest.mark.parametrize(("signum", "code"), SIGNALS)
def test_fifo_without_a_writer_waits_and_a_signal_ends_it_at_once(
    tmp_path: Path, started: list[subprocess.Popen[bytes]], signum: int, code: int
) -> None:
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    summ = subprocess.Popen([*SUMM, str(fifo)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    started.append(summ)
    ready(summ)
    time.sleep(0.5)
    assert summ.poll() is None  # waiting for a writer, as `cat` does
    sent = time.monotonic()
    summ.send_signal(signum)
    out, err = summ.communicate(timeout=30)
    assert time.monotonic() - sent < 5
    assert (summ.returncode, out, err) == (code, b"", b"")


@POSIX
def test_fifo_is_read_when_a_writer_comes(tmp_path: Path) -> None:
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    summ = subprocess.Popen([*SUMM, "-n", "1", str(fifo)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    time.sleep(0.5)
    fifo.write_bytes(SEED.read_bytes())
    out, err = summ.communicate(timeout=60)
    assert summ.returncode == 0, err
    assert out.startswith(TITLE)


# --- stderr nobody reads -----------------------------------------------------------------


@POSIX
@pytest.mark.parametrize("args", [["-f", "plain"], ["-f", "json"], ["-o", "{out}"]])
def test_a_broken_stderr_never_stops_the_results(tmp_path: Path, args: list[str]) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader of stderr is gone: every write to it fails with EPIPE
    missing = str(tmp_path / "missing.txt")
    out = tmp_path / "out.md"
    args = [a.format(out=out) for a in args]
    try:
        done = subprocess.run([*SUMM, "-n", "1", missing, str(SEED), *args], stdout=subprocess.PIPE,
                              stderr=write, check=False, timeout=60)
    finally:
        os.close(write)
    assert done.returncode == 1  # the missing input still counts
    result = out.read_bytes() if "-o" in args else done.stdout
    assert TITLE in result


@POSIX
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_stderr_never_stops_the_results(tmp_path: Path) -> None:
    with Path("/dev/full").open("w") as full:
        done = subprocess.run([*SUMM, "-n", "1", str(tmp_path / "missing.txt"), str(SEED)],
                              stdout=subprocess.PIPE, stderr=full, check=False, timeout=60)
    assert done.returncode == 1
    assert done.stdout.startswith(TITLE)


# --- Odd terminals and odd limits --------------------------------------------------------

ESCAPES = re.compile(rb"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("columns", ["1", "0", "7", "99999999999", "-3", "wide"])
def test_any_columns_still_shows_the_summary(columns: str) -> None:
    env = {**os.environ, "COLUMNS": columns, "TERM": "xterm"}
    done = subprocess.run([*SUMM, "--color", "-n", "1", str(SEED)], capture_output=True,
                          env=env, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    text = ESCAPES.sub(b"", done.stdout).decode()
    words = " ".join(text.split())
    assert "Russian President Vladimir Putin and North Korean leader" in words
    assert max(len(line) for line in text.splitlines()) <= 1000
    assert "1 of 50 sentences" in words


def test_timeout_inf_is_a_usage_error() -> None:
    from typer.testing import CliRunner  # noqa: PLC0415

    from summ.cli import app  # noqa: PLC0415

    for value in ("inf", "-inf", "Infinity"):
        result = CliRunner().invoke(app, ["--timeout", value, "http://127.0.0.1:9/"])
        assert result.exit_code == 2
        assert "the timeout must be a finite number of seconds" in result.stderr


# --- One input's unexpected failure ------------------------------------------------------


@pytest.mark.parametrize("where", ["summ.core.summarize", "summ.sources.decode"])
def test_a_bug_met_on_one_input_costs_that_input_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    from typer.testing import CliRunner  # noqa: PLC0415

    from summ.cli import app  # noqa: PLC0415

    module, _, name = where.rpartition(".")
    real = getattr(__import__(module, fromlist=[name]), name)
    poisoned = tmp_path / "poisoned.txt"
    poisoned.write_text("This text breaks the pipeline. It should cost only itself.\n")

    def breaks(first: object, *args: object, **kwargs: object) -> object:
        text = getattr(first, "text", first)
        if isinstance(text, bytes | str) and "breaks the pipeline" in str(text):
            raise ZeroDivisionError("division by zero")
        return real(first, *args, **kwargs)

    monkeypatch.setattr(where, breaks)
    result = CliRunner().invoke(app, ["-j", "1", "-n", "1", str(poisoned), str(SEED)])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {poisoned}: unexpected error (ZeroDivisionError: division "
                             "by zero); this is a bug in summ, please report it\n"
                             f"error: 1 of 2 inputs failed: {poisoned}\n")
    assert result.stdout.startswith(TITLE.decode())
