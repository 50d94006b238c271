"""summ as a user runs it: a real process, real pipes and real signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from .conftest import SAMPLES

SEED = str(SAMPLES / "vladivostok-summit.txt")
SUMM = [sys.executable, "-m", "summ"]


def test_python_dash_m() -> None:
    done = subprocess.run([*SUMM, "-n", "2", SEED], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("Putin, Kim")
    assert done.stderr == ""


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
        "import sys; from summ.cli import main; sys.argv = ['summ', '--help'];\n"
        "try: main()\nexcept SystemExit: pass\n"
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
