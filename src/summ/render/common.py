"""What every renderer shows, decided once: styled segments, the meta line, key figures, quotes.

Pure functions of a Summary. Text meant for a screen passes through :func:`clean`, so control
sequences and bidirectional overrides in an article never reach a terminal.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote

if TYPE_CHECKING:
    from summ.models import Quote, Sentence, Summary

Style = Literal["figure", "quote", "figure+quote"] | None

# C0 and C1 controls but tab and newline, DEL, and the bidirectional embeddings, overrides and
# isolates (U+202A-U+202E, U+2066-U+2069): an article must not move the cursor, ring the bell,
# open a hyperlink (OSC 8) or reorder what is shown.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Whole escape sequences go, not just their ESC, so "\x1b[2J" leaves no "[2J" on screen: CSI
# (ESC [ or U+009B, parameters, final byte), OSC/DCS/SOS/PM/APC strings up to their terminator
# (BEL or ST), and two-character escapes (ESC c, ESC 7 ...). Each part is linear to match.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
_SEQUENCE_REACH = 512  # longest escape sequence looked for around a figure
# Lone surrogates (a file name that is not UTF-8) cannot be encoded; show them as U+FFFD.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACE = re.compile(r"\s+")
WORDS_PER_MINUTE = 238  # average silent reading speed of adults (Brysbaert, 2019)
EXCERPT_WORDS = 30  # a long quotation is cut in the list; the summary and JSON keep it whole
_CONTEXT_WORDS = 5
# What may not stand raw in a printed or Markdown-autolinked address (CommonMark autolinks end
# at white space and angle brackets); percent-encoding keeps the address the same.
_URL_UNSAFE = re.compile(r'[\s<>"`{}|\\^]')
_WORD_AND_SPACE = re.compile(r"\S+\s*")
_FIRST_WORDS = re.compile(rf"(?:\s*\S+){{0,{_CONTEXT_WORDS}}}")


def clean(text: str) -> str:
    """``text`` safe for a screen, on one line: unsafe characters dropped, white space folded."""
    return _SPACE.sub(" ", _visible(_SEQUENCE.sub("", text))).strip()


def _visible(text: str) -> str:
    """``text`` without control characters and bidi overrides, surrogates replaced."""
    return _SURROGATE.sub("\ufffd", _UNSAFE.sub("", text))


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of a sentence shown in one style."""

    text: str
    style: Style


def segments(summary: Summary, sentence: Sentence) -> list[Segment]:
    """The sentence cut into runs of plain text, figures and quoted words.

    A sweep over the marks' ends: linear in the marks and the sentence, however many figures a
    (very long) sentence holds. Escape sequences are cut out whole, even across runs.
    """
    low, high, text = sentence.start, sentence.end, summary.document.text
    events: dict[int, list[tuple[int, str]]] = {low: [], high: []}
    marks = [(f.start, f.end, "figure") for f in summary.figures] + [
        (q.start, q.end, "quote") for q in summary.quotes
    ]
    hidden = [(m.start(), m.end(), "hidden") for m in _SEQUENCE.finditer(text, low, high)]
    for mark_start, mark_end, kind in marks + hidden:
        start, end = max(mark_start, low), min(mark_end, high)
        if start < end:
            events.setdefault(start, []).append((1, kind))
            events.setdefault(end, []).append((-1, kind))
    active = dict.fromkeys(("figure", "quote", "hidden"), 0)
    runs: list[tuple[Style, list[str]]] = []
    bounds = sorted(events)
    for start, end in pairwise(bounds):
        for change, kind in events[start]:
            active[kind] += change
        if active["hidden"]:
            continue
        kinds = [k for k in ("figure", "quote") if active[k]]
        style: Style = "+".join(kinds) if kinds else None  # type: ignore[assignment]
        part = _SPACE.sub(" ", _visible(text[start:end]))
        if runs and runs[-1][0] == style:
            runs[-1][1].append(part)
        elif part:
            runs.append((style, [part]))
    return [Segment(_SPACE.sub(" ", "".join(parts)), style) for style, parts in runs]


def meta(summary: Summary) -> str:
    """Source · words · sentences kept of total · reading time saved · algorithm."""
    document = summary.document
    saved = max(0, document.words - summary.words) / WORDS_PER_MINUTE
    return " · ".join(
        (
            clean(document.source),
            f"{document.words:,} words",
            f"{len(summary.picks)} of {len(document.sentences)} sentences",
            f"saves {saved:.0f} min" if saved >= 1 else "saves <1 min",
            summary.options.algorithm.value,
        )
    )


@dataclass(frozen=True, slots=True)
class Byline:
    """What a web page said about its article, ready to print: empty for plain text."""

    parts: tuple[str, ...]
    """"By <author>" and the date (ISO), cleaned for a screen."""
    url: str | None
    """The page's address, safe to print and to link, when it says more than the source does."""


def byline(summary: Summary) -> Byline:
    """Author, date and address of the article, where its page gave them."""
    page = summary.document.meta
    # Some pages list their authors as a list ("- Jamie Graham"): a marker is not a name.
    author = clean(page.author or "").lstrip("-–—•*· ")
    parts = ((f"By {author}",) if author else ()) + ((clean(page.date),) if page.date else ())
    url = safe_url(page.url) if page.url else None
    return Byline(parts, url if url and url != clean(summary.document.source) else None)


def safe_url(url: str) -> str | None:
    """An http(s) address cleaned for a screen and with no character that would end a link."""
    text = clean(url)
    if not text.lower().startswith(("http://", "https://")):
        return None
    return _URL_UNSAFE.sub(lambda m: quote(m[0]), text)


def title(summary: Summary) -> str:
    """The article's title, or its source when it has none."""
    return clean(summary.document.title or summary.document.source)


def in_sequence(text: str, start: int, end: int) -> bool:
    """Whether the span overlaps an escape sequence (looked for nearby only, so it stays cheap)."""
    low, high = max(0, start - _SEQUENCE_REACH), min(len(text), end + _SEQUENCE_REACH)
    return any(m.start() < end and start < m.end() for m in _SEQUENCE.finditer(text, low, high))


def sentence_at(summary: Summary, start: int, end: int) -> Sentence | None:
    """The sentence holding the span, by bisection over the sentences' starts (O(log n))."""
    sentences = summary.document.sentences
    index = bisect.bisect_right(sentences, start, key=lambda s: s.start) - 1
    if index >= 0 and end <= sentences[index].end:
        return sentences[index]
    return None


def excerpt(quote: Quote) -> str:
    """A quote for the list below the summary: cleaned, and cut after EXCERPT_WORDS words."""
    words = clean(quote.text).split(" ")
    if len(words) <= EXCERPT_WORDS:
        return " ".join(words)
    return " ".join(words[:EXCERPT_WORDS]).rstrip(",;:") + " …"


def context(summary: Summary, start: int, end: int) -> str:
    """A few words either side of a span, within its sentence, with ellipses where cut."""
    text = summary.document.text
    sentence = sentence_at(summary, start, end)
    low, high = (sentence.start, sentence.end) if sentence else (start, end)
    before, after = text[low:start], text[end:high]
    # Whole words either side, keeping the spacing (or its absence: "2024.") next to the span.
    last = deque(_WORD_AND_SPACE.finditer(before), maxlen=_CONTEXT_WORDS)  # no backtracking
    left = before[last[0].start() :] if last else ""
    right = _FIRST_WORDS.match(after)[0]  # type: ignore[index]
    cut_left = "… " if left.strip() != before.strip() else ""
    cut_right = " …" if right.strip() != after.strip() else ""
    return cut_left + clean(left + text[start:end] + right) + cut_right
