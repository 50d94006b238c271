"""A self-contained HTML page: inline CSS, no script, nothing fetched from a network.

The page is meant to be opened from disk, mailed or archived, so everything it needs is in the
file; article text is always escaped, never trusted as markup. Figures are ``<mark>``, quoted
words ``<q>``-styled spans, and the Key figures and Quotes lists follow each summary.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from summ.models import Failure
from summ.render.common import byline, clean, excerpt, meta, segments, title
from summ.render.format import Format
from summ.render.lists import key_figures, key_quotes

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.models import Result, Sentence, Summary

# System fonts only (no web font to fetch); a reading measure of ~70 characters; colours that
# keep a contrast of at least 4.5:1 on white and follow a dark scheme when the reader has one.
_CSS = """
:root { color-scheme: light dark; --fig: #00577a; --quote: #1d6b2f; --dim: #5c5c5c; }
@media (prefers-color-scheme: dark) {
  :root { --fig: #7cd3f7; --quote: #8fdc9d; --dim: #a8a8a8; } }
body { font: 17px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 42em;
  margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; line-height: 1.25; } h2 { font-size: 1.1em; margin-top: 1.6em; }
.meta, .byline, .context { color: var(--dim); font-size: 0.9em; }
mark { background: none; color: var(--fig); font-weight: 600; }
.quote { color: var(--quote); font-style: italic; }
article + article { border-top: 1px solid var(--dim); margin-top: 2.5em; }
dt { font-weight: 600; color: var(--fig); } dd { margin: 0 0 0.5em 1.5em; }
.src { color: var(--dim); font-size: 0.85em; white-space: nowrap; }
""".strip()


def html(result: Result) -> str | None:
    """One summary as an ``<article>``; failures are left out (they are reported on stderr)."""
    return None if isinstance(result, Failure) else _article(result)


def _article(summary: Summary) -> str:
    parts = [f"<article>\n<h1>{escape(title(summary))}</h1>"]
    credit = byline(summary)
    if credit.parts or credit.url:
        words = [escape(p) for p in credit.parts]
        if credit.url:
            words.append(f'<a href="{escape(credit.url)}">{escape(credit.url)}</a>')
        parts.append(f'<p class="byline">{" · ".join(words)}</p>')
    parts.append(f'<p class="meta">{escape(meta(summary))}</p>')
    parts.append("<ul>")
    parts += [f"<li>{marked(summary, p.sentence)}</li>" for p in summary.picks]
    parts.append("</ul>")
    parts += _figures(summary) + _quotes(summary)
    parts.append("</article>")
    return "\n".join(parts)


def marked(summary: Summary, sentence: Sentence) -> str:
    """The sentence escaped, its figures ``<mark>`` and its quoted words styled."""
    out = []
    for segment in segments(summary, sentence):
        text = escape(segment.text)
        if segment.style and "figure" in segment.style:
            text = f"<mark>{text}</mark>"
        if segment.style and "quote" in segment.style:
            text = f'<span class="quote">{text}</span>'
        out.append(text)
    return "".join(out).strip()


def _figures(summary: Summary) -> list[str]:
    return figure_list([(escape(clean(f.text)), escape(ctx)) for f, ctx in key_figures(summary)])


def figure_list(rows: Sequence[tuple[str, str]]) -> list[str]:
    """The Key figures section from (figure, context) pairs, both HTML already."""
    if not rows:
        return []
    items = [f'<dt>{figure}</dt><dd class="context">{ctx}</dd>' for figure, ctx in rows]
    return ["<h2>Key figures</h2>", "<dl>", *items, "</dl>"]


def _quotes(summary: Summary) -> list[str]:
    return quote_list([quote_item(excerpt(q), q.speaker) for q in key_quotes(summary)])


def quote_item(words: str, speaker: str | None) -> str:
    """A quote and its speaker right after it, escaped."""
    said = escape(clean(speaker)) if speaker else "<i>unattributed</i>"
    return f'<span class="quote">“{escape(words)}”</span> — {said}'


def quote_list(items: Sequence[str]) -> list[str]:
    """The Quotes section from its items, HTML already."""
    if not items:
        return []
    return ["<h2>Quotes</h2>", "<ul>", *(f"<li>{item}</li>" for item in items), "</ul>"]


def html_document(pieces: Sequence[str]) -> str:
    """The page: every article in input order, with the first one's title as the page's."""
    first = pieces[0].split("<h1>", 1)[1].split("</h1>", 1)[0] if pieces else "summ"
    name = first if len(pieces) == 1 else f"Summaries of {len(pieces)} articles"
    head = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{name}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
    )
    return head + "\n".join(pieces) + "\n</body>\n</html>\n"


HTML = Format(html, html_document, (".html", ".htm"))
