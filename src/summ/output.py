"""Where results go: stdout (rich in a terminal, plain when piped) or a file written atomically.

stdout carries only the summary; messages go to stderr.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import re
import stat
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from summ.errors import OutputError
from summ.models import Failure, OutputFormat, Rendered
from summ.render import EXTENSIONS, piece, render

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import TextIO

    from rich.console import Console
    from rich.progress import Progress as RichProgress

    from summ.models import Result

# Outside the strings JSON is ASCII, so escaping every other character keeps the same data.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


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
    from rich.console import Console  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    from summ.render.common import clean  # noqa: PLC0415

    Console(stderr=True, highlight=False, soft_wrap=True).print(
        Text(f"{label}: {clean(message)}", style=style)
    )


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

    console = Console(file=stream, force_terminal=True, highlight=False)
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
        write_atomically(path, render(results, chosen))
        return
    if sys.stdout is None:  # the shell closed it: `summ a.txt >&-`
        raise OutputError("cannot write the summary: standard output is closed")
    try:
        _to_stdout(results, chosen, color)
    except BrokenPipeError:
        # `summ a.txt | head -1`: the reader has what it wanted; end quietly, without the
        # second BrokenPipeError Python would raise when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


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
    print_results(drawn, _console(color))


def _encodable(text: str) -> bool:
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _console(color: bool | None) -> Console:
    """A rich Console on stdout that leaves a closed pipe to :func:`emit`."""
    from rich.console import Console  # noqa: PLC0415

    class _Console(Console):
        def on_broken_pipe(self) -> None:  # rich's own handler exits with status 1
            raise BrokenPipeError

    # --color means colour even where TERM says the terminal has none (TERM=dumb, say).
    return _Console(
        force_terminal=color,
        color_system="standard" if color else "auto",
        no_color=color is False or None,
        highlight=False,
        emoji=False,
    )


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: whole or not at all.

    The file gets the mode an ordinary write would give it: the old file's, or 0666 less the
    umask for a new one (not the 0600 of a bare temporary file).
    """
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: no folder {folder}")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory")
    if path.exists() and not os.access(path, os.W_OK):  # as `>` would, keep a read-only file
        raise OutputError(f"cannot write {path}: permission denied")
    try:
        handle, temporary = _temporary(folder, path.name)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="surrogateescape", newline="") as out:
            out.write(text)
        with contextlib.suppress(FileNotFoundError):
            temporary.chmod(stat.S_IMODE(path.stat().st_mode))
        temporary.replace(path)
    except BaseException as error:  # Ctrl-C too: never leave the temporary file behind
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
        raise


def _temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new file beside the output, created with mode 0666 so that the umask applies."""
    import secrets  # noqa: PLC0415  (hashlib/OpenSSL: ~3 ms of start-up, needed only for -o)

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))
