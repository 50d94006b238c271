"""Where results go: stdout (rich in a terminal, plain when piped) or a file written atomically.

stdout carries only the summary; messages go to stderr.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from summ.errors import OutputError
from summ.models import Failure, OutputFormat
from summ.render import EXTENSIONS, render

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.models import Result


def stdin_is_terminal() -> bool:
    """Whether nobody piped anything in (then summ has nothing to read)."""
    return sys.stdin is not None and sys.stdin.isatty()


def error(message: str) -> None:
    """One line on stderr, red where stderr is a terminal."""
    from rich.console import Console  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    from summ.render.common import clean  # noqa: PLC0415

    Console(stderr=True, highlight=False, soft_wrap=True).print(
        Text(f"error: {clean(message)}", style="red")
    )


def file_format(path: Path, fmt: OutputFormat | None) -> OutputFormat:
    """--format when given, else the extension's format, else plain text."""
    if fmt is not None:
        return OutputFormat.PLAIN if fmt is OutputFormat.TERMINAL else fmt
    return EXTENSIONS.get(path.suffix.lower(), OutputFormat.PLAIN)


def emit(
    results: Sequence[Result], fmt: OutputFormat | None, path: Path | None, color: bool | None
) -> None:
    """Write the results to ``path`` or stdout; nothing is written when every input failed."""
    chosen = file_format(path, fmt) if path else fmt
    data_format = chosen in (OutputFormat.JSON, OutputFormat.JSONL)
    if all(isinstance(r, Failure) for r in results) and not data_format:
        return
    if path is not None:
        assert chosen is not None  # noqa: S101  (file_format never returns None)
        write_atomically(path, render(results, chosen))
        return
    try:
        _to_stdout(results, chosen, color)
    except BrokenPipeError:
        # `summ a.txt | head -1`: the reader has what it wanted; end quietly, without the
        # second BrokenPipeError Python would raise when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _to_stdout(results: Sequence[Result], fmt: OutputFormat | None, color: bool | None) -> None:
    terminal = sys.stdout.isatty() if color is None else color
    if fmt is None:
        fmt = OutputFormat.TERMINAL if terminal else OutputFormat.PLAIN
    if fmt is not OutputFormat.TERMINAL:
        sys.stdout.write(render(results, fmt))
        sys.stdout.flush()
        return
    from rich.console import Console  # noqa: PLC0415

    from summ.render.terminal import print_results  # noqa: PLC0415

    # --color means colour even where TERM says the terminal has none (TERM=dumb, say).
    console = Console(
        force_terminal=color,
        color_system="standard" if color else "auto",
        no_color=color is False or None,
        highlight=False,
        emoji=False,
    )
    print_results(results, console)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: whole or not at all."""
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: no folder {folder}")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        Path(temporary).replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
