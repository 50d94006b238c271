"""summ as a user runs it: a real process, real pipes and real signals."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from .conftest import SAMPLES

SEED = str(SAMPLES / "vladivostok-summit.txt")
SUMM = [sys.executable, "-m", "summ"]


def test_python_dash_m() -> None:
    done = subprocess.run([*SUMM, "-n", "2", SEED], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("Putin, Kim")
    assert done.stderr == ""


def test_the_whole_output_and_the_exit_code_arrive(tmp_path: Path) -> None:
    # summ leaves without tearing the interpreter down: everything written must be flushed first.
    missing = str(tmp_path / "missing.txt")
    done = subprocess.run([*SUMM, "-f", "jsonl", *[SEED] * 30, missing], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert len(lines) == 31
    assert [json.loads(line).get("error") for line in lines][-2:] == [None, "no such file"]
    recap = f"error: 1 of 31 inputs failed: {missing}\n"
    assert done.stderr == f"error: {missing}: no such file\n{recap}"
    export = tmp_path / "out.md"
    done = subprocess.run([*SUMM, "-o", str(export), SEED], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0
    assert export.read_text(encoding="utf-8").startswith("## Putin, Kim")
    usage = subprocess.run([*SUMM, "-n", "0", SEED], capture_output=True, text=True, check=False)
    assert usage.returncode == 2


def test_pipe_closed_early_ends_quietly() -> None:
    # Ten copies of the seed make more output than a pipe buffer holds.
    summ = subprocess.Popen([*SUMM, "-n", "50", *[SEED] * 10], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert summ.stdout is not None
    summ.stdout.readline()
    summ.stdout.close()
    _, err = summ.communicate(timeout=60)
    assert summ.returncode == 0
    assert b"Traceback" not in err
    assert b"BrokenPipe" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_130_quietly() -> None:
    # summ waits on stdin that never ends; Ctrl-C must stop it with 130 and no traceback.
    summ = subprocess.Popen([*SUMM, "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    time.sleep(1.5)
    summ.send_signal(signal.SIGINT)
    out, err = summ.communicate(timeout=30)
    assert summ.returncode == 130
    assert b"Traceback" not in err
    assert out == b""


def test_help_does_not_import_the_heavy_modules() -> None:
    code = (
        "import sys; from summ.cli import app; sys.argv = ['summ', '--help'];\n"
        "try: app()\nexcept SystemExit: pass\n"
        "heavy = {'nltk', 'sumy', 'numpy', 'punkt', 'charset_normalizer'} & set(sys.modules)\n"
        "print(sorted(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={**os.environ, "COLUMNS": "80"})
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_default_path_does_not_import_nltk_or_sumy() -> None:
    code = (
        "import sys; from summ import summarize\n"
        f"summarize(open({SEED!r}, encoding='utf-8').read())\n"
        "print(sorted({'nltk', 'sumy', 'numpy'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and FIFOs")
def test_ctrl_c_with_workers_exits_130_and_stops_them(tmp_path: Path) -> None:
    # One input is a FIFO nobody writes to: the worker that opens it blocks until Ctrl-C.
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    summ = subprocess.Popen([*SUMM, "-j", "2", *[SEED] * 30, str(fifo)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(2.5)
    summ.send_signal(signal.SIGINT)
    out, err = summ.communicate(timeout=30)
    assert summ.returncode == 130
    assert b"Traceback" not in err
    assert out == b""
    # No worker is left reading the FIFO: opening it for writing finds no reader.
    with pytest.raises(OSError, match="No such device"):
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals")
def test_progress_on_a_terminal_never_touches_stdout(tmp_path: Path) -> None:
    paths = []
    for number in range(40):
        path = tmp_path / f"a{number}.txt"
        path.write_text(f"Story {number} starts now.\n\n{Path(SEED).read_text('utf-8')}", "utf-8")
        paths.append(str(path))
    command = [*SUMM, "-f", "jsonl", *paths]
    piped = subprocess.run(command, capture_output=True, check=True)
    leader, follower = os.openpty()  # stderr is a terminal, stdout a pipe
    drained: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(leader, drained), daemon=True)
    reader.start()  # so a full terminal buffer never blocks summ
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=follower, check=True,
                              env={**os.environ, "TERM": "xterm"})
    finally:
        os.close(follower)
    reader.join(timeout=10)
    os.close(leader)
    assert done.stdout == piped.stdout
    assert piped.stderr == b""
    assert b"Traceback" not in b"".join(drained)


def _drain(fd: int, into: list[bytes]) -> None:
    with contextlib.suppress(OSError):  # EIO once the last writer has closed the terminal
        while chunk := os.read(fd, 4096):
            into.append(chunk)
