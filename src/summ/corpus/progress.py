"""Progress of a corpus run on stderr: rows done, rows a second, errors so far.

A corpus is streamed, so its length is not known ahead: one line, redrawn in place a few times
a second, only on a terminal (never on a pipe or a file), and erased when the run ends.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TextIO

_INTERVAL = 0.25  # seconds between redraws: readable, and nothing next to a partition's work


class RowProgress:
    """The CLI's :class:`summ.corpus.runner.Tracker`."""

    def __init__(self, label: str = "summarizing", stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.rows = self.errors = 0
        self.began = self.drawn = 0.0

    @property
    def enabled(self) -> bool:
        """Whether the line may show: stderr is a terminal that can redraw a line."""
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty()) and os.environ.get("TERM", "") != "dumb"

    def start(self) -> None:
        """The clock starts."""
        self.began = time.monotonic()

    def advance(self, rows: int, errors: int) -> None:
        """Count a partition written, and redraw when it is time."""
        self.rows += rows
        self.errors += errors
        now = time.monotonic()
        if self.enabled and now - self.drawn >= _INTERVAL:
            self.drawn = now
            self.stream.write(f"\r{self.line(now)}\x1b[K")
            self.stream.flush()

    def line(self, now: float) -> str:
        """What the line says at ``now``."""
        rate = self.rows / max(now - self.began, 1e-9)
        errors = f"{self.errors:,} error" + ("" if self.errors == 1 else "s")
        return f"{self.label}: {self.rows:,} rows, {rate:,.1f} rows/s, {errors}"

    def stop(self) -> None:
        """Erase the line, if one was drawn."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
