"""Plain text and Markdown: a section per article, the summary, then key figures and quotes.

Each function renders one result; :func:`summ.render.render` joins the sections.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from summ.models import Failure
from summ.render.common import (
    byline,
    clean,
    excerpt,
    meta,
    segments,
    title,
)
from summ.render.explain import lines as explained
from summ.render.format import Format
from summ.render.lists import key_figures, key_quotes

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.models import Result, Sentence, Summary

# Characters that would turn article text into Markdown syntax (emphasis, links, code, HTML).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def plain(result: Result) -> str | None:
    """Readable text with no markup: one sentence a line. Failures are reported on stderr."""
    return None if isinstance(result, Failure) else _plain(result)


def _plain(result: Summary) -> str:
    lines = [title(result), *_plain_byline(result), meta(result), ""]
    lines += ["".join(s.text for s in segments(result, p.sentence)).strip() for p in result.picks]
    figures = key_figures(result)
    if figures:
        lines += ["", "Key figures:"]
        lines += [f"  {clean(f.text)}: {ctx}" for f, ctx in figures]
    quotes = key_quotes(result)
    if quotes:
        lines += ["", "Quotes:"]
        lines += [f"  “{excerpt(q)}” — {clean(q.speaker or 'unattributed')}" for q in quotes]
    why = explained(result)
    if why:
        lines += ["", *why]
    return "\n".join(lines)


def _plain_byline(result: Summary) -> list[str]:
    """The page's author, date and address on a line, or no line for plain text."""
    credit = byline(result)
    parts = [*credit.parts, *([credit.url] if credit.url else [])]
    return [" · ".join(parts)] if parts else []


def escape(text: str) -> str:
    """``text`` as literal Markdown."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", clean(text))


def markdown(result: Result) -> str | None:
    """A heading per article; figures in bold, quoted words in italics. Failures are left out."""
    return None if isinstance(result, Failure) else _markdown(result)


def _markdown(result: Summary) -> str:
    lines = [f"## {escape(title(result))}", "", *_markdown_byline(result)]
    lines += [f"*{escape(meta(result))}*", ""]
    lines += [f"- {_styled(result, p.sentence)}" for p in result.picks]
    figures = key_figures(result)
    if figures:
        lines += ["", "### Key figures", ""]
        lines += [f"- **{escape(f.text)}**: {escape(ctx)}" for f, ctx in figures]
    quotes = key_quotes(result)
    if quotes:
        lines += ["", "### Quotes", ""]
        lines += [
            f"- *“{escape(excerpt(q))}”* — {escape(q.speaker or 'unattributed')}" for q in quotes
        ]
    why = explained(result)
    if why:  # as a block of its own: the parts line up, and nothing in it is Markdown
        lines += ["", "### Why these sentences", "", "```text", *why, "```"]
    return "\n".join(lines)


def _markdown_byline(result: Summary) -> list[str]:
    """Author, date and an autolinked address as a paragraph of their own, if the page gave them."""
    credit = byline(result)
    parts = [escape(part) for part in credit.parts] + ([f"<{credit.url}>"] if credit.url else [])
    return [" · ".join(parts), ""] if parts else []


def _styled(summary: Summary, sentence: Sentence) -> str:
    parts = []
    for segment in segments(summary, sentence):
        text = _MARKDOWN_SPECIAL.sub(r"\\\1", segment.text)
        core = text.strip()
        if not core or segment.style is None:
            parts.append(text)
            continue
        # Emphasis markers must hug the words, or Markdown will not render them.
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        if "figure" in segment.style:
            core = f"**{core}**"
        if "quote" in segment.style:
            core = f"*{core}*"
        parts.append(f"{lead}{core}{trail}")
    return "".join(parts).strip()


def markdown_document(pieces: Sequence[str]) -> str:
    """One article's section as it is; several under a title, the date and a list of contents.

    The contents link to each section's heading by the anchor GitHub and most Markdown viewers
    give it (lower case, punctuation dropped, spaces as hyphens).
    """
    if len(pieces) <= 1:
        return "".join(pieces) + "\n"
    headings = [p.partition("\n")[0].removeprefix("## ") for p in pieces]
    contents = [f"- [{h}](#{_anchor(h)})" for h in headings]
    today = dt.datetime.now(tz=dt.UTC).date().isoformat()
    head = [f"# Summaries of {len(pieces)} articles", "", today, "", *contents]
    return "\n".join(head) + "\n\n" + "\n\n".join(pieces) + "\n"


def _anchor(heading: str) -> str:
    words = _ANCHOR_DROP.sub("", heading.replace("\\", "").lower())
    return words.strip().replace(" ", "-")


_ANCHOR_DROP = re.compile(r"[^\w\- ]")
PLAIN = Format(plain, extensions=(".txt", ".text"))
MARKDOWN = Format(markdown, markdown_document, (".md", ".markdown"))
