"""Reference marks and closing brackets stay with the sentence before, in every language.

Text copied from Wikipedia, wikiHow, papers and many news sites carries reference marks after
the full stop ("…in 1971. [1] [2] Fillmore was"). Punkt starts the next sentence at the mark,
so "[2] Fillmore was extremely influential" became a summary sentence and the mark was lost to
the sentence it sources. Likewise a sentence that ends inside parentheses ("(but also less
fun!). Remember") left ")." as a sentence, and a title ending in "!" or "?" before its year
("Viva Maria! (1965), and the") was cut in two. These rules read brackets only, no words, so
they serve every language's splitter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    Split = Callable[[str], Iterator[tuple[int, int]]]

# A reference mark: a number, its range or list ("[1 - 3]", "[4, 5]"), a note's letter ("[a]"),
# "[note 2]", Wikipedia's "[citation needed]", or an editor's "[...]".
_MARK = (
    r"\[(?:\d{1,3}(?:\s*[-–,]\s*\d{1,3})*|[a-z]|note \d{1,3}|citation needed"
    r"|clarification needed|\.\.\.|…)\]"
)
_MARKS = re.compile(rf"(?:{_MARK}[ \t]*)+")
_TRAILING_MARKS = re.compile(rf"(?:\s*{_MARK})+\s*$")
# Closing brackets, then the marks that end the sentence inside or around them.
_CLOSING = re.compile(r"[)\]]+[.!?…]*[\"'”’»]*")
# What continues a sentence after its parenthesis: a comma or the like, or a lower-case word.
_GOES_ON = re.compile(r"[,;:]|\s+[a-zà-ÿ]")
# A list item's number or letter: "(1) that the minor", "(b) the", "(iv) where".
_ITEM = re.compile(r"(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})$")
_ENDS = frozenset(".!?…\"'”’»")
_PARENTHESIS_MAX = 120  # characters searched for the ")" of a parenthesis that opens a span


def with_brackets(split: Split) -> Split:
    """``split`` with its sentence starts moved off reference marks and closing brackets."""

    def spans(text: str) -> Iterator[tuple[int, int]]:
        found = list(split(text))
        if len(found) < 2 or not ("[" in text or "(" in text or ")" in text):
            return iter(found)
        starts = [found[0][0]]
        for start, _ in found[1:]:
            moved = _moved(text, start, starts[-1])
            if moved is not None and moved > starts[-1]:
                starts.append(moved)
        ends = [*starts[1:], found[-1][1]]
        return ((s, s + len(text[s:e].rstrip())) for s, e in zip(starts, ends, strict=True)
                if text[s:e].strip())

    return spans


def without_marks(line: str) -> str:
    """``line`` without the reference marks it ends with: "He died in 2014. [4]" ends a sentence."""
    return _TRAILING_MARKS.sub("", line) if line.rstrip().endswith("]") else line


def _moved(text: str, start: int, previous: int) -> int | None:
    """Where the sentence that Punkt starts at ``start`` starts; None: it does not."""
    head = text[start : start + 1]
    if head == "[" and text[:start].rstrip()[-1:] in _ENDS:
        marks = _MARKS.match(text, start)
        return start if marks is None else _past_space(text, marks.end())
    if head in (")", "]"):
        closing = _CLOSING.match(text, start)
        assert closing is not None  # noqa: S101  (it opens on the bracket)
        if _GOES_ON.match(text, closing.end()):
            return None
        return _past_space(text, closing.end())
    if head == "(" and start > previous:
        close = text.find(")", start, start + _PARENTHESIS_MAX)
        inside = text[start + 1 : close]
        plain = close > 0 and not any(mark in inside for mark in "(\n") and not _ITEM.match(inside)
        if plain and _GOES_ON.match(text, close + 1):
            return None  # "Viva Maria! (1965), and the": the title's year, not a new sentence
    return start


def _past_space(text: str, at: int) -> int | None:
    """The first character after the white space at ``at``; None at the end of the text."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at if at < len(text) else None
