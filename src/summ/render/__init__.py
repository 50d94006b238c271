"""Renderers: pure functions from results to text, behind one registry.

Only :mod:`summ.render.terminal` touches a rich Console; the others return strings, so what is
exported to a file is exactly what a test can compare. Each of them renders one result at a
time, so that a worker process can render the summary it made (:class:`~summ.models.Rendered`),
and :func:`render` joins the pieces. A new format is a module that defines a
:class:`~summ.render.format.Format`, a member of :class:`~summ.models.OutputFormat` and an entry
in :data:`FORMATS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summ.models import OutputFormat, Rendered
from summ.render.data import JSON, JSONL
from summ.render.html import HTML
from summ.render.text import MARKDOWN, PLAIN

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from summ.models import Result
    from summ.render.format import Format

FORMATS: dict[OutputFormat, Format] = {
    OutputFormat.PLAIN: PLAIN,
    OutputFormat.MARKDOWN: MARKDOWN,
    OutputFormat.JSON: JSON,
    OutputFormat.JSONL: JSONL,
    OutputFormat.HTML: HTML,
}
"""Every format that renders to text (the terminal layout is drawn by summ.render.terminal)."""

PIECES: dict[OutputFormat, Callable[[Result], str | None]] = {
    fmt: entry.piece for fmt, entry in FORMATS.items()
}
"""One result's piece of the output; None where the format leaves it out (a failure in text)."""

# -o FILE picks the format from the file's extension unless --format says otherwise.
EXTENSIONS = {ext: fmt for fmt, entry in FORMATS.items() for ext in entry.extensions}


def piece(result: Result | Rendered, fmt: OutputFormat) -> str | None:
    """``result``'s part of :func:`render`'s text (the terminal format renders as plain text)."""
    fmt = _text_format(fmt)
    if isinstance(result, Rendered):
        if result.fmt is not fmt:
            raise ValueError(f"{result.source} was rendered as {result.fmt}, not {fmt}")
        return result.text
    return FORMATS[fmt].piece(result)


def render(results: Sequence[Result | Rendered], fmt: OutputFormat) -> str:
    """``results`` as text in ``fmt`` (the terminal format renders as plain text here)."""
    fmt = _text_format(fmt)
    pieces = [p for p in (piece(r, fmt) for r in results) if p is not None]
    return FORMATS[fmt].join(pieces)


def _text_format(fmt: OutputFormat) -> OutputFormat:
    return fmt if fmt in FORMATS else OutputFormat.PLAIN


__all__ = ["EXTENSIONS", "FORMATS", "PIECES", "piece", "render"]
