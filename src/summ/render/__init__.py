"""Renderers: pure functions from results to text, behind one dispatch.

Only :mod:`summ.render.terminal` touches a rich Console; the others return strings, so what is
exported to a file is exactly what a test can compare.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summ.models import OutputFormat
from summ.render.data import to_json, to_jsonl
from summ.render.text import to_markdown, to_plain

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from summ.models import Result

RENDERERS: dict[OutputFormat, Callable[[Sequence[Result]], str]] = {
    OutputFormat.PLAIN: to_plain,
    OutputFormat.MARKDOWN: to_markdown,
    OutputFormat.JSON: to_json,
    OutputFormat.JSONL: to_jsonl,
}

# -o FILE picks the format from the file's extension unless --format says otherwise.
EXTENSIONS = {
    ".md": OutputFormat.MARKDOWN,
    ".markdown": OutputFormat.MARKDOWN,
    ".json": OutputFormat.JSON,
    ".jsonl": OutputFormat.JSONL,
    ".txt": OutputFormat.PLAIN,
}


def render(results: Sequence[Result], fmt: OutputFormat) -> str:
    """``results`` as text in ``fmt`` (the terminal format renders as plain text here)."""
    return RENDERERS.get(fmt, to_plain)(results)


__all__ = ["EXTENSIONS", "RENDERERS", "render"]
