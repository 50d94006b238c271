"""One digest of several articles about a story: ``summ --combine a.txt b.html …``."""

from summ.combine.pipeline import default_length, summarize_many
from summ.combine.results import (
    Digest,
    DigestFigure,
    DigestQuote,
    DigestSentence,
    DigestSource,
    Mention,
)

__all__ = [
    "Digest",
    "DigestFigure",
    "DigestQuote",
    "DigestSentence",
    "DigestSource",
    "Mention",
    "default_length",
    "summarize_many",
]
