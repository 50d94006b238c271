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
    parts += [f"<li>{_sentence(summary, p.sentence)}</li>" for p in summary.picks]
    parts.append("</ul>")
    parts += _figures(summary) + _quotes(summary)
    parts.append("</article>")
    return "\n".join(parts)


def _sentence(summary: Summary, sentence: Sentence) -> str:
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
    figures = key_figures(summary)
    if not figures:
        return []
    rows = [
        f'<dt>{escape(clean(f.text))}</dt><dd class="context">{escape(ctx)}</dd>'
        for f, ctx in figures
    ]
    return ["<h2>Key figures</h2>", "<dl>", *rows, "</dl>"]


def _quotes(summary: Summary) -> list[str]:
    quotes = key_quotes(summary)
    if not quotes:
        return []
    rows = [
        f'<li><span class="quote">“{escape(excerpt(q))}”</span> — '
        f"{escape(clean(q.speaker)) if q.speaker else '<i>unattributed</i>'}</li>"
        for q in quotes
    ]
    return ["<h2>Quotes</h2>", "<ul>", *rows, "</ul>"]


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
