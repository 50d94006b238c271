"""A digest of several sources as plain text, Markdown and JSON: pure ``Digest -> str``.

Each sentence, figure and quote ends with the numbers of its sources ("[1, 3]"), which the
Sources list at the end resolves. Styled runs, contexts and excerpts come from
:mod:`summ.render.common`, read against each sentence's own source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from summ.models import Figure, OutputFormat, Quote
from summ.render.common import (
    WORDS_PER_MINUTE,
    clean,
    context,
    excerpt,
    safe_url,
    segments,
)
from summ.render.data import _dumps
from summ.render.data import as_dict as as_summary_dict
from summ.render.lists import figure_weight, is_statement, ranked
from summ.render.text import _styled, escape

# What as_summary_dict gives that belongs to the digest as a whole, not to one source.
_NOT_OF_A_SOURCE = frozenset({"algorithm", "summary", "figures", "quotes"})

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from summ.combine import Digest, DigestFigure, DigestQuote, DigestSource, Mention


def meta(digest: Digest) -> str:
    """Sources · words read · sentences kept · reading time saved · algorithm."""
    read = sum(s.document.words for s in digest.sources)
    saved = max(0, read - digest.words) / WORDS_PER_MINUTE
    total = sum(len(s.document.sentences) for s in digest.sources)
    return " · ".join(
        (
            heading(digest).removeprefix("Digest of "),
            f"{read:,} words",
            f"{len(digest.sentences)} of {total} sentences",
            f"saves {saved:.0f} min" if saved >= 1 else "saves <1 min",
            digest.options.algorithm.value,
        )
    )


def heading(digest: Digest) -> str:
    """The digest's title: "Digest of 3 sources"."""
    count = len(digest.sources)
    return f"Digest of {count} source{'' if count == 1 else 's'}"


def marker(numbers: Sequence[int]) -> str:
    """The source numbers of a line in ascending order, as printed after it: "[1, 3]"."""
    return "[" + ", ".join(map(str, sorted(numbers))) + "]"


def source_line(source: DigestSource) -> str:
    """Title — outlet or file · date · address, as far as they are known."""
    heading, parts, url = source_parts(source)
    where = " · ".join((*parts, url) if url else parts)
    return f"{heading} — {where}" if heading else where


def source_parts(source: DigestSource) -> tuple[str, tuple[str, ...], str | None]:
    """A source's title ("" when it has none), its outlet or file and date, and its address."""
    document = source.document
    url = safe_url(document.meta.url) if document.meta.url else None
    where = urlsplit(url).hostname if url else None
    parts: tuple[str, ...] = (clean(where or document.source),)
    if document.meta.date:
        parts += (clean(document.meta.date),)
    return clean(document.title or ""), parts, url


def key_figures(digest: Digest) -> list[tuple[DigestFigure, str]]:
    """The figures worth listing, most telling first, with words around their first mention.

    Ranked as under one summary (:mod:`summ.render.lists`): each is weighed in its first
    mention's source, whose picks are its sentences in the digest; ties keep reading order.
    """
    weighed = []
    for figure in digest.figures:
        first = figure.mentions[0]
        own = Figure(first.start, first.end, figure.text, figure.kind)
        weight = figure_weight(digest.source(first.source).summary, own)
        weighed.append((weight, figure.text, figure))
    listed = ranked(weighed, digest.options.figures)
    return [(f, _context(digest, f.mentions[0])) for f in listed]


def _context(digest: Digest, mention: Mention) -> str:
    return context(digest.source(mention.source).summary, mention.start, mention.end)


def key_quotes(digest: Digest) -> list[DigestQuote]:
    """The quotes worth listing: those of the digest's sentences, then those several print.

    Statements only, as under one summary: a quoted term or two is no quote to list.
    """
    return [q for q in digest.quotes if is_statement(q.text)][: digest.options.quotes]


def quote_excerpt(quote: DigestQuote) -> str:
    """The quote cut as :func:`summ.render.common.excerpt` cuts one."""
    first = quote.mentions[0]
    return excerpt(Quote(first.start, first.end, quote.text, quote.speaker))


def plain(digest: Digest) -> str:
    """One sentence a line with its sources, key figures, quotes and the Sources list."""
    lines = [heading(digest), meta(digest), ""]
    for item in digest.sentences:
        summary = digest.source(item.mentions[0].source).summary
        body = "".join(s.text for s in segments(summary, item.sentence)).strip()
        lines.append(f"{body} {marker(item.sources)}")
    figures = key_figures(digest)
    if figures:
        lines += ["", "Key figures:"]
        lines += [f"  {clean(f.text)}: {ctx} {marker(f.sources)}" for f, ctx in figures]
    quotes = key_quotes(digest)
    if quotes:
        lines += ["", "Quotes:"]
        lines += [
            f"  “{quote_excerpt(q)}” — {clean(q.speaker or 'unattributed')} {marker(q.sources)}"
            for q in quotes
        ]
    lines += ["", "Sources:"]
    lines += [f"  {s.number}. {source_line(s)}" for s in digest.sources]
    return "\n".join(lines)


def markdown(digest: Digest) -> str:
    """A digest to paste into a newsletter: bullets with sources, figures, quotes, sources."""
    lines = [f"## {heading(digest)}", "", f"*{escape(meta(digest))}*", ""]
    for item in digest.sentences:
        summary = digest.source(item.mentions[0].source).summary
        lines.append(f"- {_styled(summary, item.sentence)} {mark(item.sources)}")
    figures = key_figures(digest)
    if figures:
        lines += ["", "### Key figures", ""]
        lines += [f"- **{escape(f.text)}**: {escape(c)} {mark(f.sources)}" for f, c in figures]
    quotes = key_quotes(digest)
    if quotes:
        lines += ["", "### Quotes", ""]
        lines += [
            f"- *“{escape(quote_excerpt(q))}”* — {escape(q.speaker or 'unattributed')} "
            f"{mark(q.sources)}"
            for q in quotes
        ]
    lines += ["", "### Sources", ""]
    lines += [f"{s.number}. {_markdown_source(s)}" for s in digest.sources]
    return "\n".join(lines)


def mark(numbers: Sequence[int]) -> str:
    """The source marker as literal Markdown ("[1]" would otherwise read as a link)."""
    return escape(marker(numbers))


def _markdown_source(source: DigestSource) -> str:
    line = escape(source_line(source))
    url = safe_url(source.document.meta.url) if source.document.meta.url else None
    return line.replace(escape(url), f"<{url}>") if url else line


def as_dict(digest: Digest) -> dict[str, object]:
    """The digest as JSON-ready data; ``sources`` numbers are 1-based, as in the Sources list."""
    return {
        "digest": True,
        "algorithm": digest.options.algorithm.value,
        "words": digest.words,
        "sources": [_source_dict(s) for s in digest.sources],
        "summary": [
            {
                "text": s.sentence.text,
                "sources": list(s.sources),
                "spans": _spans(s.mentions),
                "score": round(s.score, 6),
                "rank": s.rank,
            }
            for s in digest.sentences
        ],
        "figures": [
            {
                "text": f.text,
                "kind": f.kind,
                "sources": list(f.sources),
                "spans": _spans(f.mentions),
            }
            for f in digest.figures
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "sources": list(q.sources),
                "spans": _spans(q.mentions),
            }
            for q in digest.quotes
        ],
        "failures": [{"source": f.source, "error": f.error} for f in digest.failures],
    }


def _source_dict(source: DigestSource) -> dict[str, object]:
    """A source as a single summary describes its article, without that summary's own lists."""
    described = as_summary_dict(source.summary)
    data: dict[str, object] = {"number": source.number}
    data.update((k, v) for k, v in described.items() if k not in _NOT_OF_A_SOURCE)
    data.update(overlap=round(source.overlap, 4), off_topic=source.off_topic)
    return data


def _spans(mentions: Sequence[Mention]) -> list[dict[str, int]]:
    return [{"source": m.source, "start": m.start, "end": m.end} for m in mentions]


def json_object(digest: Digest) -> str:
    """The digest as one indented JSON object."""
    return _dumps(as_dict(digest), indent=2)


def json_line(digest: Digest) -> str:
    """The digest as one JSON object on one line."""
    return _dumps(as_dict(digest), indent=None)


def html(digest: Digest) -> str:
    """The digest as an HTML ``<article>``; the HTML format's page holds it."""
    # Imported here: summ.render.digest_html builds on this module's parts.
    from summ.render.digest_html import article  # noqa: PLC0415

    return article(digest)


PIECES: dict[OutputFormat, Callable[[Digest], str]] = {
    OutputFormat.PLAIN: plain,
    OutputFormat.HTML: html,
    OutputFormat.MARKDOWN: markdown,
    OutputFormat.JSON: json_object,
    OutputFormat.JSONL: json_line,
}
"""The digest in each text format (the terminal layout is :mod:`summ.render.digest_terminal`).

Each is the digest's piece of the output, joined as that format joins pieces (HTML makes it a
page), so a digest and a single summary are written alike.
"""
