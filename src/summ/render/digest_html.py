"""The digest as HTML: the single summary's page, its source markers linked to the Sources list.

The digest is one ``<article>`` that :func:`summ.render.html.html_document` turns into the same
self-contained page as a summary's (inline CSS, no script, nothing fetched), built from
:mod:`summ.render.html`'s parts. Every string from an article is escaped; the only addresses
are the sources' own, and only http(s) ones (:func:`summ.render.common.safe_url`).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from summ.render.common import clean
from summ.render.digest import (
    heading,
    key_figures,
    key_quotes,
    meta,
    quote_excerpt,
    source_parts,
)
from summ.render.html import figure_list, marked, quote_item, quote_list

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.combine import Digest, DigestSource


def article(digest: Digest) -> str:
    """Heading, meta line, sentences with their sources, figures, quotes, the Sources list."""
    parts = [
        f"<article>\n<h1>{escape(heading(digest))}</h1>",
        f'<p class="meta">{escape(meta(digest))}</p>',
        "<ul>",
    ]
    for item in digest.sentences:
        summary = digest.source(item.mentions[0].source).summary
        parts.append(f"<li>{marked(summary, item.sentence)}{marker(item.sources)}</li>")
    parts.append("</ul>")
    parts += figure_list(
        [(escape(clean(f.text)), escape(c) + marker(f.sources)) for f, c in key_figures(digest)]
    )
    parts += quote_list(
        [quote_item(quote_excerpt(q), q.speaker) + marker(q.sources) for q in key_quotes(digest)]
    )
    return "\n".join([*parts, *_sources(digest.sources), "</article>"])


def marker(numbers: Sequence[int]) -> str:
    """The sources of a line, "[1, 3]", each a link to its entry, on the line of its words."""
    links = ", ".join(f'<a href="#source-{n}">{n}</a>' for n in sorted(numbers))
    return f'&nbsp;<span class="src">[{links}]</span>'


def _sources(sources: Sequence[DigestSource]) -> list[str]:
    """The numbered list the markers point to: title — outlet or file · date · address."""
    items = []
    for source in sources:
        title, parts, url = source_parts(source)
        words = [escape(part) for part in parts]
        if url:
            words.append(f'<a href="{escape(url)}">{escape(url)}</a>')
        head = f"{escape(title)} — " if title else ""
        items.append(f'<li id="source-{source.number}">{head}{" · ".join(words)}</li>')
    return ["<h2>Sources</h2>", "<ol>", *items, "</ol>"]
