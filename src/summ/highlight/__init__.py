"""Key figures and direct quotes of an article, as spans of its text.

``find_figures`` and ``find_quotes`` take the whole article (title included) and return spans
whose offsets are Python string indices into it. Only the standard library is used, and every
pattern is compiled once, so the cost is one linear pass per kind.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from summ.highlight.figures import find_figures
from summ.highlight.quotes import RawQuote, dash_quotes, is_quotation, raw_quotes
from summ.highlight.speakers import attribute
from summ.languages import ENGLISH, Pack, pack
from summ.layout import layout
from summ.models import Quote

if TYPE_CHECKING:
    from summ.spans import Span

__all__ = ["find_figures", "find_quotes"]


def find_quotes(text: str, language: str | Pack = ENGLISH) -> tuple[Quote, ...]:
    """Direct quotations of four words or more, in text order, with their speakers.

    Quotation marks are read the same way in every language; the language's pack chooses the
    speaker finder (English's own, or the verb tables of ``speech.py``, or none) and may add
    dialogue dashes.
    """
    rules = language if isinstance(language, Pack) else pack(language)
    # text.build's account of the paragraphs and headings, worked out again here: a pool's
    # worker runs this before (or while) the Document is built, and the pass costs ~3% of this
    found = layout(text)
    original, text = text, _as_read(text, found.wraps)
    quotes = raw_quotes(text, found.paragraphs)
    if rules.dash_quotes and rules.speech is not None:
        dashed = dash_quotes(text, rules.speech.verb_re, found.paragraphs)
        quotes = _with_dashes(quotes, dashed)
    keep = [is_quotation(text, q, title_case=rules.title_case_quotes) for q in quotes]
    if not any(keep):
        return ()  # the speaker finders index every name of the text: only worth it for a quote
    speakers: list[tuple[str | None, str | None]]
    if rules.name_speakers:
        speakers = attribute(text, quotes, found, keep, rules.furniture)
    elif rules.speech is not None:
        from summ.highlight import voices  # noqa: PLC0415  (imported with the speech tables)

        speakers = voices.attribute(text, quotes, keep, rules.speech, found.paragraphs)
    else:
        # no speech table for this language: quotes without speakers, never English rules
        # (which once credited a Dutch quote to "Hij")
        speakers = [(None, None)] * len(quotes)
    return tuple(
        Quote(q.start, q.end, original[q.start : q.end], speaker, evidence)
        for q, (speaker, evidence), kept in zip(quotes, speakers, keep, strict=True)
        if kept
    )


def _as_read(text: str, wraps: tuple[Span, ...]) -> str:
    """The text as the finders read it, at the same offsets: wrapped lines joined, LF only.

    The finders take a line feed for the end of a paragraph or a unit of its own (a heading, a
    byline), so a line break where ``summ.layout`` says a line was wrapped at a width becomes
    a space, and CRLF a space and a line feed, a lone CR a line feed: a quotation wrapped over
    lines, or a CRLF or lone-CR file, reads as an unwrapped LF one.
    """
    if not wraps and "\r" not in text:
        return text  # most texts: one line a paragraph, LF only
    pieces, at = [], 0
    for start, end in wraps:
        pieces += [text[at:start], " " * (end - start)]
        at = end
    pieces.append(text[at:])
    return "".join(pieces).replace("\r\n", " \n").replace("\r", "\n")


def _with_dashes(marked: list[RawQuote], dashed: list[RawQuote]) -> list[RawQuote]:
    """Both kinds in text order; a marked quote inside a dialogue-dash quote is part of it."""
    if not dashed:
        return marked
    # dash_quotes gives at most one per paragraph, in text order: the only dash quote that can
    # hold a mark is the last one starting before it.
    starts = [d.start for d in dashed]

    def held(quote: RawQuote) -> bool:
        last = bisect_right(starts, quote.opened_at) - 1
        return last >= 0 and quote.opened_at < dashed[last].end

    return sorted([*(q for q in marked if not held(q)), *dashed], key=lambda q: q.start)
