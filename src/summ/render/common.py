"""What every renderer shows, decided once: styled segments, the meta line, key figures, quotes.

Pure functions of a Summary. Text meant for a screen passes through :func:`clean`, so control
sequences and bidirectional overrides in an article never reach a terminal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from summ.models import Figure, Quote, Sentence, Summary

Style = Literal["figure", "quote", "figure+quote"] | None

# C0 and C1 controls but tab and newline, DEL, and the bidirectional embeddings, overrides and
# isolates (U+202A-U+202E, U+2066-U+2069): an article must not move the cursor, ring the bell,
# open a hyperlink (OSC 8) or reorder what is shown.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")
WORDS_PER_MINUTE = 238  # average silent reading speed of adults (Brysbaert, 2019)
KEY_FIGURES = 8
KEY_QUOTES = 5
_QUOTE_MIN_WORDS = 4  # shorter quoted fragments are terms or scare quotes, not statements
_CONTEXT_WORDS = 5
_LAST_WORDS = re.compile(rf"(?:\S+\s*){{0,{_CONTEXT_WORDS}}}$")
_FIRST_WORDS = re.compile(rf"(?:\s*\S+){{0,{_CONTEXT_WORDS}}}")


def clean(text: str) -> str:
    """``text`` safe for a screen, on one line: unsafe characters dropped, white space folded."""
    return _SPACE.sub(" ", _UNSAFE.sub("", text)).strip()


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of a sentence shown in one style."""

    text: str
    style: Style


def segments(summary: Summary, sentence: Sentence) -> list[Segment]:
    """The sentence cut into runs of plain text, figures and quoted words."""
    marks = [(f.start, f.end, "figure") for f in summary.figures] + [
        (q.start, q.end, "quote") for q in summary.quotes
    ]
    cuts = {sentence.start, sentence.end}
    for start, end, _ in marks:
        cuts.update(c for c in (start, end) if sentence.start < c < sentence.end)
    bounds = sorted(cuts)
    runs: list[Segment] = []
    for start, end in pairwise(bounds):
        kinds = sorted({k for s, e, k in marks if s <= start and end <= e})
        style: Style = "+".join(kinds) if kinds else None  # type: ignore[assignment]
        text = _SPACE.sub(" ", _UNSAFE.sub("", summary.document.text[start:end]))
        if runs and runs[-1].style == style:
            runs[-1] = Segment(runs[-1].text + text, style)
        elif text:
            runs.append(Segment(text, style))
    return runs


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


def title(summary: Summary) -> str:
    """The article's title, or its source when it has none."""
    return clean(summary.document.title or summary.document.source)


def _rank_of(summary: Summary, start: int, end: int) -> tuple[int, int]:
    """Sort key: spans in better-ranked picked sentences first, then the rest in text order."""
    for pick in summary.picks:
        if pick.sentence.start <= start and end <= pick.sentence.end:
            return (pick.rank, start)
    return (len(summary.picks) + 1, start)


def key_figures(summary: Summary) -> list[tuple[Figure, str]]:
    """The figures worth listing, best first, each with a few words around it."""
    seen: set[str] = set()
    chosen: list[tuple[Figure, str]] = []
    for figure in sorted(summary.figures, key=lambda f: _rank_of(summary, f.start, f.end)):
        key = clean(figure.text).lower()
        if key in seen or not any(c.isdigit() for c in figure.text):
            continue
        seen.add(key)
        chosen.append((figure, context(summary, figure.start, figure.end)))
    return chosen[:KEY_FIGURES]


def key_quotes(summary: Summary) -> list[Quote]:
    """The quotes worth listing, best first: statements, not quoted terms."""
    quotes = [q for q in summary.quotes if len(q.text.split()) >= _QUOTE_MIN_WORDS]
    return sorted(quotes, key=lambda q: _rank_of(summary, q.start, q.end))[:KEY_QUOTES]


def context(summary: Summary, start: int, end: int) -> str:
    """A few words either side of a span, within its sentence, with ellipses where cut."""
    text = summary.document.text
    sentence = next(
        (s for s in summary.document.sentences if s.start <= start and end <= s.end), None
    )
    low, high = (sentence.start, sentence.end) if sentence else (start, end)
    before, after = text[low:start], text[end:high]
    # Whole words either side, keeping the spacing (or its absence: "2024.") next to the span.
    left = _LAST_WORDS.search(before)[0]  # type: ignore[index]  # matches the empty string
    right = _FIRST_WORDS.match(after)[0]  # type: ignore[index]
    cut_left = "… " if left.strip() != before.strip() else ""
    cut_right = " …" if right.strip() != after.strip() else ""
    return cut_left + clean(left + text[start:end] + right) + cut_right
