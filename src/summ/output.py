"""Where results go: stdout (rich in a terminal, plain when piped) or a file written atomically.

stdout carries only the summary; messages go to stderr.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
import threading
from typing import TYPE_CHECKING

from summ.errors import OutputError
from summ.interrupts import catch_signals
from summ.models import Failure, OutputFormat, Rendered
from summ.render import EXTENSIONS, piece, render
from summ.writing import check_output, write_output

# The CLI reaches these through this module, which it imports anyway.
__all__ = ["catch_signals", "check_output"]

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path
    from typing import TextIO

    from rich.console import Console
    from rich.progress import Progress as RichProgress

    from summ.models import Result

# Outside the strings JSON is ASCII, so escaping every other character keeps the same data.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Columns of the terminal layout whatever COLUMNS says: the meta line and the summary fit.
_MIN_WIDTH = 40
_MAX_WIDTH = 1000


def stdin_is_terminal() -> bool:
    """Whether nobody piped anything in (then summ has nothing to read)."""
    return sys.stdin is not None and sys.stdin.isatty()


def error(message: str) -> None:
    """One line on stderr, red where stderr is a terminal."""
    _tell("error", message, "red")


def note(message: str) -> None:
    """One line of information on stderr."""
    _tell("note", message, "yellow")


def _tell(label: str, message: str, style: str) -> None:
    from rich.text import Text  # noqa: PLC0415

    from summ.render.common import clean  # noqa: PLC0415

    console = _rich_console(stderr=True, highlight=False, soft_wrap=True, width=_MAX_WIDTH)
    try:
        console.print(Text(f"{label}: {clean(message)}", style=style))
    except OSError:
        # Nobody reads stderr any more (or it is a full disk): a message that cannot be shown
        # must not cost the results, so later ones go nowhere, quietly.
        _discard(2)


def _discard(fd: int) -> None:
    """Send what is written to ``fd`` (buffered already, or later) to the null device."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)


class Progress:
    """A progress bar on stderr for a run that takes a while; the CLI's :class:`batch.Tracker`.

    It shows only when the stream is a terminal (never on a pipe or a file, never on stdout),
    and only ``delay`` seconds after the start, so a quick run never flashes it. Many inputs
    get a bar counting files done; a single long text gets a spinner with the time elapsed.
    It is erased when the run ends, before the summary is written.
    """

    def __init__(
        self, total: int, label: str, *, delay: float = 0.7, stream: TextIO | None = None
    ) -> None:
        self.total = total
        self.label = label
        self.delay = delay
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._bar: RichProgress | None = None
        self._stopped = False

    @property
    def enabled(self) -> bool:
        """Whether the bar may show: stderr is a terminal that can redraw a line."""
        stream = self.stream
        isatty = getattr(stream, "isatty", None)
        return stream is not None and isatty is not None and isatty() and (
            os.environ.get("TERM", "") != "dumb"
        )

    def start(self) -> None:
        """Show the bar after the delay, unless the run is over by then."""
        if not self.enabled:
            return
        self._timer = threading.Timer(self.delay, self._show)
        self._timer.daemon = True
        self._timer.start()

    def advance(self) -> None:
        """One more input done."""
        with self._lock:
            self.done += 1
            if self._bar is not None:
                self._bar.update(self._bar.task_ids[0], completed=self.done)

    def stop(self) -> None:
        """Cancel a bar yet to show, or erase the one shown."""
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._stopped = True
            if self._bar is not None:
                with contextlib.suppress(OSError):  # a terminal gone (SIGHUP): nothing to erase
                    self._bar.stop()
                self._bar = None

    def _show(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self._bar = _rich_progress(self.stream, many=self.total > 1)
            self._bar.add_task(self.label, total=self.total, completed=self.done)
            self._bar.start()


def _rich_progress(stream: TextIO, *, many: bool) -> RichProgress:
    from rich.console import Console  # noqa: PLC0415
    from rich.progress import (  # noqa: PLC0415
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    console = _bounded(Console(file=stream, force_terminal=True, highlight=False))
    description = TextColumn("{task.description}", markup=False)  # a file name is not markup
    columns = (
        [description, BarColumn(), MofNCompleteColumn(), TextColumn("files")]
        if many
        else [SpinnerColumn(), description]
    )
    # rich would otherwise capture sys.stdout while the bar shows; summ writes nothing then, and
    # stdout must stay a plain pipe of the summary whatever happens.
    return Progress(
        *columns,
        TimeElapsedColumn(),
        console=console,
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )


def destination(path: Path | None) -> Path | None:
    """Where ``-o`` writes: ``-`` is standard output (None), as for every tool."""
    return None if path is None or str(path) == "-" else path


def file_format(path: Path, fmt: OutputFormat | None) -> OutputFormat:
    """--format when given, else the extension's format, else plain text."""
    if fmt is not None:
        return OutputFormat.PLAIN if fmt is OutputFormat.TERMINAL else fmt
    return EXTENSIONS.get(path.suffix.lower(), OutputFormat.PLAIN)


def final_format(fmt: OutputFormat | None, path: Path | None, color: bool | None) -> OutputFormat:
    """The format :func:`emit` will write.

    For a file, --format or the extension's; on stdout, --format, else the terminal layout in a
    terminal (or with --color) and plain text elsewhere.
    """
    if path is not None:
        return file_format(path, fmt)
    if fmt is not None:
        return fmt
    terminal = sys.stdout is not None and sys.stdout.isatty() if color is None else color
    return OutputFormat.TERMINAL if terminal else OutputFormat.PLAIN


def emit(
    results: Sequence[Result | Rendered],
    chosen: OutputFormat,
    path: Path | None,
    color: bool | None,
) -> None:
    """Write the results to ``path`` or stdout; nothing is written when every input failed.

    ``chosen`` is what :func:`final_format` gave, the format any :class:`Rendered` is in.
    """
    data_format = chosen in (OutputFormat.JSON, OutputFormat.JSONL)
    if all(isinstance(r, Failure) for r in results) and not data_format:
        return
    if path is not None:
        write_output(path, render(results, chosen))
        return
    if sys.stdout is None:  # the shell closed it: `summ a.txt >&-`
        raise OutputError("cannot write the summary: standard output is closed")
    try:
        _to_stdout(results, chosen, color)
    except BrokenPipeError:
        # `summ a.txt | head -1`: the reader has what it wanted; end quietly, without the
        # second BrokenPipeError Python would raise when it flushes stdout at exit.
        _discard(sys.stdout.fileno())
    except OSError as error:  # a full disk (`> /dev/full`), a terminal gone ...
        _discard(sys.stdout.fileno())  # the rest of the buffer would fail again at exit
        raise OutputError(f"cannot write the summary: {error.strerror or error}") from None


class ReaderGone(Exception):  # noqa: N818  (not an error: the reader has what it wanted)
    """The reader of standard output closed the pipe while results were streamed."""


def stream(result: Result | Rendered, fmt: OutputFormat) -> None:
    """Write one result's piece to stdout now, so ``summ -f jsonl … | head -1`` answers at once.

    Raises ReaderGone when the pipe's reader has left (the run then ends quietly).
    """
    text = piece(result, fmt)
    if text is None:
        return
    if sys.stdout is None:
        raise OutputError("cannot write the summary: standard output is closed")
    if not _encodable(text):
        text = _NON_ASCII.sub(lambda m: json.dumps(m[0])[1:-1], text)
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise ReaderGone from None


def _to_stdout(
    results: Sequence[Result | Rendered], fmt: OutputFormat, color: bool | None
) -> None:
    # A console or PYTHONIOENCODING that cannot show every character gets "?" (text) or
    # \u escapes (JSON, same data), never a UnicodeEncodeError.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")
    if fmt is not OutputFormat.TERMINAL:
        text = render(results, fmt)
        if fmt in (OutputFormat.JSON, OutputFormat.JSONL) and not _encodable(text):
            text = _NON_ASCII.sub(lambda m: json.dumps(m[0])[1:-1], text)
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from summ.render.terminal import print_results  # noqa: PLC0415

    drawn = [r for r in results if not isinstance(r, Rendered)]
    if len(drawn) < len(results):  # the CLI never asks workers for the terminal layout
        raise ValueError("the terminal layout is drawn here, from summaries")
    print_results(drawn, console(color))


def _encodable(text: str) -> bool:
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except UnicodeEncodeError:
        return False
    return True


def console(color: bool | None) -> Console:
    """A rich Console on stdout, as wide as the terminal within sane bounds."""
    # --color means colour even where TERM says the terminal has none (TERM=dumb, say).
    console = _rich_console(
        force_terminal=color,
        color_system="standard" if color else "auto",
        no_color=color is False or None,
        highlight=False,
        emoji=False,
    )
    return _bounded(console)


def _bounded(console: Console) -> Console:
    # COLUMNS=1 would show one character a line and no summary; COLUMNS=0 nothing at all;
    # COLUMNS=99999999999 a MemoryError. A terminal narrower than the least wraps the lines.
    console.width = max(_MIN_WIDTH, min(console.width, _MAX_WIDTH))
    return console


def _rich_console(**settings: object) -> Console:
    """A rich Console that leaves a closed pipe to its caller."""
    from rich.console import Console  # noqa: PLC0415

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich's own handler exits with status 1, after pointing stdout at /dev/null even
            # when the broken pipe was stderr's.
            raise BrokenPipeError

    return _Console(**settings)  # type: ignore[arg-type]
