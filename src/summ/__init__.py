"""summ: extractive summaries of news articles, with key figures and quotes highlighted."""

from summ.combine import Digest, summarize_many
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
