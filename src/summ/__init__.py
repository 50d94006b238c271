"""summ: extractive summaries of news articles, with key figures and quotes highlighted."""

from typing import TYPE_CHECKING

from summ.core import summarize
from summ.errors import EmptyDocumentError, InputError, OutputError, SummError
from summ.models import (
    Algorithm,
    Document,
    Failure,
    Figure,
    Length,
    Options,
    OutputFormat,
    Pick,
    Quote,
    Sentence,
    Summary,
)
from summ.sources import load

if TYPE_CHECKING:
    from summ.combine import Digest, summarize_many

__version__ = "0.1.0"

__all__ = [
    "Algorithm",
    "Digest",
    "Document",
    "EmptyDocumentError",
    "Failure",
    "Figure",
    "InputError",
    "Length",
    "Options",
    "OutputError",
    "OutputFormat",
    "Pick",
    "Quote",
    "Sentence",
    "SummError",
    "Summary",
    "__version__",
    "load",
    "summarize",
    "summarize_many",
]


def __getattr__(name: str) -> object:
    """``summarize_many`` and ``Digest`` load with their package, when first asked for.

    A summary of one article, the common path, then never imports the digest's modules.
    """
    if name in {"summarize_many", "Digest"}:
        import summ.combine  # noqa: PLC0415

        return getattr(summ.combine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
