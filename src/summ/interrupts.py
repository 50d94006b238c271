"""SIGTERM and SIGHUP handled as Ctrl-C is: the run ends quietly, and nothing is left behind.

Python turns SIGINT into KeyboardInterrupt, and every clean-up in summ (the temporary file of
``-o``, the worker processes) is written for it; these two get the same treatment, through
:class:`summ.errors.Interrupted`, a KeyboardInterrupt that carries the shell's exit code.
"""

from __future__ import annotations

import signal

from summ.errors import Interrupted


def catch_signals() -> None:
    """SIGTERM and SIGHUP end the run as Ctrl-C does: files cleaned up, workers stopped.

    A signal ignored when summ started (``nohup``) stays ignored. A second one of the same
    kind ends summ at once, clean-up or not.
    """
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is signal.SIG_DFL:
            signal.signal(number, _interrupted)


def _interrupted(signum: int, frame: object) -> None:
    del frame
    signal.signal(signum, signal.SIG_DFL)
    raise Interrupted(signum)
