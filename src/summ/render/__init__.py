"""Renderers: pure functions from results to text, behind one dispatch.

Only :mod:`summ.render.terminal` touches a rich Console; the others return strings, so what is
exported to a file is exactly what a test can compare. Each of them renders one result at a
time, so that a worker process can render the summary it made (:class:`~summ.models.Rendered`),
and :func:`render` joins the pieces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summ.models import OutputFormat, Rendered
from summ.render.data import json_document, json_line, json_object
from summ.render.digest import PIECES as DIGEST_PIECES
from summ.render.text import markdown, plain

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from summ.models import Result

PIECES: dict[OutputFormat, Callable[[Result], str | None]] = {
    OutputFormat.PLAIN: plain,
    OutputFormat.MARKDOWN: markdown,
    OutputFormat.JSON: json_object,
    OutputFormat.JSONL: json_line,
}
"""One result's piece of the output; None where the format leaves it out (a failure in text)."""

# -o FILE picks the format from the file's extension unless --format says otherwise.
EXTENSIONS = {
    ".md": OutputFormat.MARKDOWN,
    ".markdown": OutputFormat.MARKDOWN,
    ".json": OutputFormat.JSON,
    ".jsonl": OutputFormat.JSONL,
    ".txt": OutputFormat.PLAIN,
}


def piece(result: Result | Rendered, fmt: OutputFormat) -> str | None:
    """``result``'s part of :func:`render`'s text (the terminal format renders as plain text)."""
    fmt = _text_format(fmt)
    if isinstance(result, Rendered):
        if result.fmt is not fmt:
            raise ValueError(f"{result.source} was rendered as {result.fmt}, not {fmt}")
        return result.text
    return PIECES[fmt](result)


def render(results: Sequence[Result | Rendered], fmt: OutputFormat) -> str:
    """``results`` as text in ``fmt`` (the terminal format renders as plain text here)."""
    fmt = _text_format(fmt)
    pieces = [p for p in (piece(r, fmt) for r in results) if p is not None]
    if fmt is OutputFormat.JSON:
        return json_document(pieces)
    if fmt is OutputFormat.JSONL:
        return "".join(f"{p}\n" for p in pieces)
    return "\n\n".join(pieces) + "\n"


def _text_format(fmt: OutputFormat) -> OutputFormat:
    return fmt if fmt in PIECES else OutputFormat.PLAIN


__all__ = ["DIGEST_PIECES", "EXTENSIONS", "PIECES", "piece", "render"]
