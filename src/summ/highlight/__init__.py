"""Key figures and direct quotes of an article, as spans of its text.

``find_figures`` and ``find_quotes`` take the whole article (title included) and return spans
whose offsets are Python string indices into it. Only the standard library is used, and every
pattern is compiled once, so the cost is one linear pass per kind.
"""

from __future__ import annotations

from summ.highlight.figures import find_figures
from summ.highlight.quotes import is_quotation, raw_quotes
from summ.highlight.speakers import attribute
from summ.models import Quote

__all__ = ["find_figures", "find_quotes"]


def find_quotes(text: str, language: str = "english") -> tuple[Quote, ...]:
    """Direct quotations of four words or more, in text order, with their speakers."""
    del language  # quotation marks are read the same way in every language
    found = raw_quotes(text)
    keep = [is_quotation(text, q) for q in found]
    speakers = attribute(text, found, keep)
    return tuple(
        Quote(q.start, q.end, text[q.start : q.end], speaker)
        for q, speaker, kept in zip(found, speakers, keep, strict=True)
        if kept
    )
