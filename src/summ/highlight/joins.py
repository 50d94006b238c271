"""Figures the pattern finds in pieces that a reader takes as one, joined by the table's words.

"between 3% and 4%" and "1998 to 2004" are ranges, "7-6 (7-4) 4-6 6-2" is one score line, "two
hours 45 minutes" one duration, "1970s and 80s" one span of decades, and "three to 12 years" or
"size 24" reach back to a word before the number. Each rule reads only the few characters between
two neighbouring figures, or just before one, so the pass costs next to nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summ.highlight.patterns import alt
from summ.models import Figure, FigureKind

if TYPE_CHECKING:
    from summ.highlight.tables import Table

_GAP = 12  # the widest gap between two figures any rule here joins across
# The longest figure a join may make (a five-set score line with tie-breaks is 40 characters):
# bounding it keeps the pass linear on a text of nothing but scores.
_LONGEST = 80
_BARE = re.compile(r"\d[\d,.\u00a0\u202f ]*")  # a number with no unit: a range's first end
_NOT_DIGIT = re.compile(r"\D")
_WIDEST = 20  # how many times its low end a range's high end may be ("three to 12", "1 to 8 p.m.")
_DECADE = re.compile(r"['’]?\d0s")  # "80s", the second of "1970s and 80s"


def join(text: str, found: list[Figure], table: Table) -> list[Figure]:
    """The figures with every range, score line, compound duration and decade pair made one."""
    out: list[Figure] = []
    tails = _tails(table)  # once: hashing the table for the cache costs more than the test
    for piece in found:
        figure = _reach_back(text, piece, table, tails)
        if (
            out
            and figure.start - out[-1].end <= _GAP
            and figure.end - out[-1].start <= _LONGEST
            and (joint := _joint(text, out[-1], figure, table))
        ):
            first = out.pop()
            out.append(Figure(first.start, figure.end, text[first.start : figure.end], joint))
        else:
            out.append(figure)
    return out


def _joint(text: str, first: Figure, second: Figure, table: Table) -> FigureKind | None:
    """The kind of the figure ``first`` and ``second`` make together, or None if they stay two."""
    gap = text[first.end : second.start]
    word = gap.strip().lower()
    if word == table.between[1] and _after(text, first.start, (table.between[0],)):
        return second.kind
    if first.kind == second.kind and _one_value(gap, first, second, table):
        return first.kind
    spaced = gap == f" {word} "
    if first.kind == "year" and _DECADE.fullmatch(second.text) and first.text.endswith("s"):
        # "1970s and 80s" elides a century; "their 30s, 40s and 50s" are ages, two figures.
        century = first.text[:1].isdigit() and len(first.text) == 5 and word == table.conjunction
        return "year" if spaced and (century or word in table.joiners) else None
    # A range's low end is a bare number ("5 to 10 million"), or says its unit after a word
    # of spread ("ranging from 30% to 70%"), where a change ("rose from 30% to 70%") is two.
    spread = first.kind == second.kind and _spread(text, first, table)
    bare = _BARE.fullmatch(first.text) or spread
    if spaced and word in table.joiners and bare:
        return second.kind if _range(text, first, second, table) else None
    return None


def _one_value(gap: str, first: Figure, second: Figure, table: Table) -> bool:
    """Whether two figures of one kind are parts of one value.

    A score line ("6-2, 6-3, 6-1"), a compound duration or measurement ("two hours 45 minutes",
    "5 feet 7 inches").
    """
    if first.kind == "score":
        return gap in (" ", ", ")
    if first.kind == "duration":
        return _compound(gap, first, second, table)
    return first.kind == "quantity" and gap == " " and _measured(first, second)


def _range(text: str, first: Figure, second: Figure, table: Table) -> bool:
    """Whether "X to Y" is a range rather than two figures.

    A range goes up, and not by much ("fell from 102 in 2003 to 81" and "the total fell 11,000 to
    813,200" are no ranges); a change of value ("rose from 30 to 40") is none either, unless it
    is a span of time ("from 1998 to 2004", "from 4 to 9 p.m.").
    """
    if first.kind == "year" and second.kind not in ("year", "time"):
        return False  # "sales jumped during 2004 to 136,000"
    low, high = _value(first.text, table), _value(second.text, table)
    if low is None or high is None or not low < high <= low * _WIDEST:
        return False
    in_time = second.kind in ("year", "time")  # "from 1998 to 2004", "from 4 to 9 p.m."
    changed = _after(text, first.start, table.change_words) and not _spread(text, first, table)
    return in_time or not changed


def _spread(text: str, first: Figure, table: Table) -> bool:
    """Whether the change word before ``first`` follows a word of spread ("range from 26")."""
    words = text[max(0, first.start - 32) : first.start].split()
    return len(words) >= 2 and words[-2].lower() in table.spread_words


def _value(span: str, table: Table) -> float | None:
    """The first number of the span, read with the table's decimal mark."""
    number = _BARE.search(span)
    if number is None:
        return None
    whole, _, fraction = number[0].partition("," if table.decimal_comma else ".")
    return float(f"{_NOT_DIGIT.sub('', whole)}.{_NOT_DIGIT.sub('', fraction) or 0}")


def _compound(gap: str, first: Figure, second: Figure, table: Table) -> bool:
    """Whether two durations are one, a larger unit then a smaller ("two hours 45 minutes")."""
    if gap not in (" ", f" {table.conjunction} ") or "-" in first.text + second.text:
        return False
    if _unit(first.text) == _unit(second.text):
        return False  # "two years, two years": the common case, spared the ranking
    units = _time_units(table)
    larger, smaller = _rank(first.text, units), _rank(second.text, units)
    return larger is not None and smaller is not None and smaller < larger


def _measured(first: Figure, second: Figure) -> bool:
    """Whether two measurements in different units make one ("5 feet 7 inches", "12st 7lb")."""
    if not (first.text[-1:].isalpha() and second.text[-1:].isalpha()):
        return False  # a count is a bare number: "5,000 10km runners" are two
    if "-" in first.text + second.text:
        return False
    return _unit(first.text).rstrip(_DIGITS) != _unit(second.text).rstrip(_DIGITS)


_DIGITS = "0123456789.,"


def _unit(span: str) -> str:
    return span.rsplit(None, 1)[-1].lower()


def _rank(span: str, units: tuple[re.Pattern[str], ...]) -> int | None:
    """Where the span's unit stands among the table's time units, smallest first."""
    word = span.rsplit(None, 1)[-1]
    return next((i for i, unit in enumerate(units) if unit.fullmatch(word)), None)


@cache
def _time_units(table: Table) -> tuple[re.Pattern[str], ...]:
    """The table's time units one by one, in its order (smallest first, as tables list them)."""
    return tuple(re.compile(unit, re.IGNORECASE) for unit in _alternatives(table.time_units))


def _alternatives(fragments: tuple[str, ...]) -> list[str]:
    """Each fragment's top-level alternatives, in order ("a|(?:b|c)" gives "a", "(?:b|c)")."""
    out: list[str] = []
    for fragment in fragments:
        depth, begin = 0, 0
        for at, char in enumerate(fragment):
            depth += {"(": 1, ")": -1}.get(char, 0) if fragment[at - 1 : at] != "\\" else 0
            if char == "|" and depth == 0:
                out.append(fragment[begin:at])
                begin = at + 1
        out.append(fragment[begin:])
    return out


def _after(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether the figure starting at ``start`` follows one of the (lower-case) words."""
    if not words:
        return False
    head = text[max(0, start - 16) : start].rstrip().rsplit(None, 1)
    return bool(head) and head[-1].lower() in words


def _reach_back(text: str, figure: Figure, table: Table, tails: tuple[str, ...]) -> Figure:
    """The figure with its range's spelled-out start ("three to 12") or its unit ("size 24")."""
    # A joining word or a unit right before the number: a cheap test before the search.
    if not figure.text[:1].isdigit() or not text.endswith(tails, 0, figure.start):
        return figure
    lead = _lead(table).search(text, max(0, figure.start - 32), figure.start)
    if lead is None:
        return figure
    if lead["unit"] is None and _after(text, lead.start(), table.change_words):
        return figure
    kind = "quantity" if lead["unit"] is not None else figure.kind
    return Figure(lead.start(), figure.end, text[lead.start() : figure.end], kind)


@cache
def _tails(table: Table) -> tuple[str, ...]:
    units = (*table.units_before, *(unit.capitalize() for unit in table.units_before))
    return (*(f" {word} " for word in table.joiners), *(f"{unit} " for unit in units))


@cache
def _lead(table: Table) -> re.Pattern[str]:
    """A spelled-out number and a range's joining word, or a unit, right before a number."""
    number = rf"(?i:{alt(table.number_words)})\s(?:{alt(table.joiners)})"
    # The group is there even for a table without units before numbers, which every caller reads.
    units = rf"(?i:{alt(table.units_before)})" if table.units_before else "(?!)"
    unit = rf"(?P<unit>{units})"
    return re.compile(rf"(?<![\w-])(?:{number}|{unit})\s$")
