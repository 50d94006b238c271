"""Key figures and direct quotes of an article, as spans of its text.

``find_figures`` and ``find_quotes`` take the whole article (title included) and return spans
whose offsets are Python string indices into it. Only the standard library is used, and every
pattern is compiled once, so the cost is one linear pass per kind.
"""

from __future__ import annotations

from bisect import bisect_right

from summ.highlight.figures import find_figures
from summ.highlight.quotes import RawQuote, dash_quotes, is_quotation, raw_quotes
from summ.highlight.speakers import attribute
from summ.languages import ENGLISH, Pack, pack
from summ.models import Quote

__all__ = ["find_figures", "find_quotes"]


def find_quotes(text: str, language: str | Pack = ENGLISH) -> tuple[Quote, ...]:
    """Direct quotations of four words or more, in text order, with their speakers.

    Quotation marks are read the same way in every language; the language's pack chooses the
    speaker finder (English's own, or the verb tables of ``speech.py``, or none) and may add
    dialogue dashes.
    """
    rules = language if isinstance(language, Pack) else pack(language)
    original, text = text, _one_newline(text)
    found = raw_quotes(text)
    if rules.dash_quotes and rules.speech is not None:
        found = _with_dashes(found, dash_quotes(text, rules.speech.verb_re))
    keep = [is_quotation(text, q, title_case=rules.title_case_quotes) for q in found]
    if not any(keep):
        return ()  # the speaker finders index every name of the text: only worth it for a quote
    speakers: list[tuple[str | None, str | None]]
    if rules.name_speakers:
        speakers = attribute(text, found, keep)
    elif rules.speech is not None:
        from summ.highlight import voices  # noqa: PLC0415  (imported with the speech tables)

        speakers = voices.attribute(text, found, keep, rules.speech)
    else:
        # no speech table for this language: quotes without speakers, never English rules
        # (which once credited a Dutch quote to "Hij")
        speakers = [(None, None)] * len(found)
    return tuple(
        Quote(q.start, q.end, original[q.start : q.end], speaker, evidence)
        for q, (speaker, evidence), kept in zip(found, speakers, keep, strict=True)
        if kept
    )


def _one_newline(text: str) -> str:
    """The text with every line break a line feed, at the same offsets.

    CRLF becomes a space and a line feed, a lone CR a line feed: the finders read line feeds
    only, and a lone-CR file once gave no quotes at all.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


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
