"""The Key figures and Quotes lists under a summary: which items, in which order.

A list is read as "the story in numbers", so it is ranked by what a reader needs, not by where
an item stands: amounts of money, percentages and quantities with their units first, then what
the summary itself says and what the article leads with; times of day and bare years, which
mostly place a story, come last. ``Options.figures`` and ``Options.quotes`` set the sizes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeVar

from summ.render.common import clean, context, in_sequence, sentence_at

if TYPE_CHECKING:
    from collections.abc import Iterable

    from summ.models import Figure, FigureKind, Quote, Summary

# By kind, what a figure tells a reader on its own ("£6bn", "3.1%", "40 metric tons" are news;
# "6:00 p.m." or "2011" mostly say when).
_KIND_WEIGHT: dict[FigureKind, float] = {
    "money": 3.0,
    "percent": 3.0,
    "quantity": 2.0,
    "score": 2.0,
    "duration": 1.5,
    "date": 1.0,
    "other": 1.0,
    "time": 0.5,
    "year": 0.5,
}
_PICKED = 1.5  # in a summary sentence: the reader has just read it in context
_LEAD = 1.0  # in the article's opening sentences, where a news story states its facts
_LEAD_SENTENCES = 3
_BARE = 0.25  # a number with no unit at all ("20", "24") says little on its own
_QUOTE_MIN_WORDS = 4
T = TypeVar("T")
_BARE_NUMBER = re.compile(r"\d[\d.,]*")
_SPELLED_ALONE = re.compile(r"[^\W\d_]+")  # "two" alone: no unit, so no figure to list


def key_figures(summary: Summary) -> list[tuple[Figure, str]]:
    """The figures worth listing, most telling first, each with a few words around it."""
    weighed = [(figure_weight(summary, f), f.text, f) for f in sorted(summary.figures, key=_start)]
    chosen = ranked(weighed, summary.options.figures)
    return [(f, context(summary, f.start, f.end)) for f in chosen]


def figure_weight(summary: Summary, figure: Figure) -> float:
    """How much a reader gains from ``figure`` (a span of ``summary``'s text) in the list.

    0 leaves it out: figures outside every sentence (in the title, a dateline) have no context
    to show; "8" of an OSC 8 hyperlink or "31m" of a colour code are not the article's figures.
    """
    text = summary.document.text
    if not sentence_at(summary, figure.start, figure.end) or in_sequence(
        text, figure.start, figure.end
    ):
        return 0.0
    return _weight(summary, figure)


def ranked(weighed: Iterable[tuple[float, str, T]], size: int) -> list[T]:
    """Up to ``size`` items of weight above 0, heaviest first, ties in the order given.

    An item whose shown text (spaces and case aside) is already listed is left out.
    """
    seen: set[str] = set()
    chosen: list[T] = []
    for weight, shown, item in sorted(weighed, key=lambda w: -w[0]):
        if len(chosen) >= size or weight <= 0:
            break
        key = clean(shown).lower()
        if key not in seen:
            seen.add(key)
            chosen.append(item)
    return chosen


def _start(figure: Figure) -> int:
    return figure.start


def _weight(summary: Summary, figure: Figure) -> float:
    """How much a reader gains from the figure in the list; 0 leaves it out."""
    shown = clean(figure.text)
    after = summary.document.text[figure.end : figure.end + 2]
    if _SPELLED_ALONE.fullmatch(shown):
        return 0.0
    if _BARE_NUMBER.fullmatch(shown):
        # "24" of "24-carat" or "7" of "a 7-game streak" is half of a compound word.
        if after[:1] == "-" and after[1:].isalpha():
            return 0.0
        weight = _BARE if figure.kind in {"other", "quantity"} else _KIND_WEIGHT[figure.kind]
    else:
        weight = _KIND_WEIGHT[figure.kind]
    if _picked_rank(summary, figure) is not None:
        weight += _PICKED
    if _sentence_index(summary, figure) < _LEAD_SENTENCES:
        weight += _LEAD
    return weight


def _picked_rank(summary: Summary, figure: Figure | Quote) -> int | None:
    for pick in summary.picks:
        if pick.sentence.start <= figure.start and figure.end <= pick.sentence.end:
            return pick.rank
    return None


def _sentence_index(summary: Summary, figure: Figure) -> int:
    sentence = sentence_at(summary, figure.start, figure.end)
    return sentence.index if sentence else len(summary.document.sentences)


def is_statement(quoted: str) -> bool:
    """Whether quoted words say something: shorter fragments are terms or scare quotes."""
    return len(quoted.split()) >= _QUOTE_MIN_WORDS


def key_quotes(summary: Summary) -> list[Quote]:
    """The quotes worth listing, best first: statements, not quoted terms.

    Quotes in better-ranked summary sentences first, then the rest in text order.
    """
    quotes = [q for q in summary.quotes if is_statement(q.text)]
    late = len(summary.picks) + 1

    def order(quote: Quote) -> tuple[int, int]:
        rank = _picked_rank(summary, quote)
        return (late if rank is None else rank, quote.start)

    return sorted(quotes, key=order)[: summary.options.quotes]
