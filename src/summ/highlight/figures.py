"""Key figures: money, percentages, counts, measurements, durations, dates, years, times, scores.

``patterns.py`` finds each figure with its currency sign, magnitude and unit; code here names
its kind, joins "between A and B" ranges and drops numbers that are part of a name or a code
("Radio 4", "Windows 10", "No 10"), inside a URL or a phone number. Rules follow the annotation
guidelines in ``shared/eval/HIGHLIGHTS_GUIDELINES.md``: approximators stay out of the span,
counts are the number only, spelled-out numbers count only with a unit of time, money, measure
or percent.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import accumulate

from summ.highlight import tables
from summ.highlight.joins import join
from summ.highlight.patterns import DIGITS, alt, matches
from summ.languages import ENGLISH, Pack, pack
from summ.models import Figure, FigureKind

_SCORE = re.compile(r"\s*\d{1,2}[-–]\d{1,2}(?:\s\(\d{1,2}[-–]\d{1,2}\))?")  # "3-1", "7-6 (7-2)"
_PRECEDING = re.compile(r"(\S+)[ \t]+$")
# Spans no figure may touch: web addresses, e-mail addresses and phone numbers. The web part is
# only run when the text has a hint of one (most articles have none; it is half the cost).
_WEB = re.compile(
    r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]++@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|uk)\S*"
)
_WEB_HINT = re.compile(r"@|://|www\.|\.(?:com|org|net|gov|edu|uk)")
_SEPARATOR = re.compile(r"[\s.-]")  # what may part the digits of a phone number
_PHONE = re.compile(
    r"(?<!\w)(?:\+\d{1,3}[\s.-]?)?(?:\(0?\d{1,4}\)[\s.-]?|0\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{3,4}"
    r"|(?<!\w)\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}(?!\w)"
)
_GROUP_KINDS: dict[str | None, FigureKind] = {
    "date": "date",
    "ndate": "date",
    "time": "time",
    "money": "money",
    "apos": "year",
}
_UNIT_KINDS: dict[str, FigureKind] = {
    "pct": "percent",
    "mword": "money",
    "age": "quantity",
    "dur": "duration",
    "meas": "quantity",
    "mag": "quantity",
    "era": "year",
    "dec": "year",
    "mult": "other",
}


def find_figures(text: str, language: str | Pack = ENGLISH) -> tuple[Figure, ...]:
    """Every figure of the text, in text order and without overlaps, by the pack's table."""
    runs = [run.span() for run in DIGITS.finditer(text)]
    blocked = _blocked(text, runs)
    found: list[Figure] = []
    table = (language if isinstance(language, Pack) else pack(language)).figures
    for match in matches(text, table, [start for start, _ in runs]):
        kind = _kind(match, table)
        if kind is None or _inside(match.span(), blocked) or _named(text, match, table):
            continue
        if match.lastgroup == "word" and (_titled(match, table) or _idiom(text, match, table)):
            continue
        start, end = _trim(match)
        found.append(Figure(start, end, text[start:end], kind))
    return tuple(join(text, found, table))


Blocked = tuple[list[int], list[int]]
"""Blocked spans' starts in order, and the furthest end any of the first i reaches."""


def _blocked(text: str, runs: list[tuple[int, int]]) -> Blocked:
    """Web addresses and phone numbers; ``runs`` are the spans of the text's runs of digits."""
    if "." not in text and "(" not in text:
        return [], []
    web = _WEB.finditer(text) if _WEB_HINT.search(text) else ()
    phones = _PHONE.finditer(text) if _may_hold_phone(text, runs) else ()
    return _index([*(m.span() for m in web), *(m.span() for m in phones)])


def _may_hold_phone(text: str, runs: list[tuple[int, int]]) -> bool:
    """Whether six digits stand together, or three and three about one separator.

    Every phone number has them, and few articles do: looking for them among the runs of digits
    spares most texts the phone pattern's pass.
    """
    before = (-2, -2)
    for start, end in runs:
        if end - start >= 6 or (
            min(end - start, before[1] - before[0]) >= 3
            and start == before[1] + 1
            and _SEPARATOR.fullmatch(text[before[1]])
        ):
            return True
        before = (start, end)
    return False


def _index(spans: list[tuple[int, int]]) -> Blocked:
    ordered = sorted(spans)
    # Web and phone spans may overlap: a running maximum of ends keeps the lookup exact.
    return [s for s, _ in ordered], list(accumulate((e for _, e in ordered), max))


def _kind(match: re.Match[str], table: tables.Table) -> FigureKind | None:
    # The group of the alternative that matched closes last, after any group inside it.
    group = match.lastgroup
    if group in _GROUP_KINDS:
        return _GROUP_KINDS[group]
    if group == "unit":
        unit = next(g for g in _UNIT_KINDS if match[g] is not None)
        return _UNIT_KINDS[unit]
    if group == "word":
        return _word_kind(match["word"], table)
    if group == "hyph":
        return "percent" if match["hyph"].endswith(("point", "points")) else "quantity"
    kind = _bare_kind(match["bare"], match["dash"])
    return "other" if kind is None and _odds(match, table) else kind


def _word_kind(span: str, table: tables.Table) -> FigureKind:
    last = _LAST_WORD.split(span.lower())[-1]  # "one-year": "year"
    if last in ("old", "olds"):
        return "quantity"  # an age: "eight-year-old"
    if _whole(table.time_units).fullmatch(last):
        return "duration"
    if "cent" in last or "point" in last or _ends_with(span, table.percent):
        return "percent"
    if re.fullmatch(tables.MEASURE_WORDS, last) or _ends_with(span, table.measures):
        return "quantity"
    if _ends_with(span, table.word_units):  # "six or seven million"
        return "quantity"
    return "money"


_LAST_WORD = re.compile(r"[\s-]")


@cache
def _whole(units: tuple[str, ...]) -> re.Pattern[str]:
    """Any one of the units, compiled once ("fullmatch" makes it the whole word)."""
    return re.compile(alt(units), re.IGNORECASE)


def _ends_with(span: str, units: tuple[str, ...]) -> bool:
    """Whether the span ends with one of the units (which may be several words long)."""
    return bool(units) and re.search(rf"(?i:{alt(units)})$", span) is not None


_HEAD = re.compile(r"\d+")
_YEAR_END = re.compile(r".\d\d(?:\d\d)?")  # "2004-05", "1990-1991"


def _bare_kind(span: str, dash: str | None) -> FigureKind | None:
    head = _HEAD.match(span)
    year_like = head is not None and len(head[0]) == 4 and 1000 <= int(head[0]) <= 2100
    if dash is None:
        return "year" if year_like and len(span) == 4 else "quantity"
    if year_like and _YEAR_END.fullmatch(dash):
        return "year"
    if dash.startswith("/"):
        return None  # "24/7", "9/11": not amounts (odds are read apart)
    return "score"


def _odds(match: re.Match[str], table: tables.Table) -> bool:
    if not table.odds:
        return False
    found = _compiled(rf"\s*(?:{table.odds})").match(match.string, match.start())
    return found is not None and found.end() == match.end()


_compiled = cache(re.compile)


def _inside(span: tuple[int, int], blocked: Blocked) -> bool:
    """Whether ``span`` overlaps a blocked span: a bisection, not a scan of every one."""
    starts, reach = blocked
    before = bisect_left(starts, span[1])  # blocked spans that start before ``span`` ends
    return before > 0 and reach[before - 1] > span[0]


def _named(text: str, match: re.Match[str], table: tables.Table) -> bool:
    """Whether a bare number belongs to a name ("Radio 4", "page 12", "50 Cent").

    A number after a capitalised word or a code word is part of it, and so is one before a
    capitalised unit where the table writes units in lower case. A score is not: a result
    follows its team or player ("beat Tommy Robredo 7-6 (7-2)", "won the series 3-1").
    """
    if match.lastgroup not in ("bare", "hyph", "apos"):
        return False
    if match.lastgroup == "bare" and match["dash"] and _SCORE.fullmatch(match[0]):
        return False
    return _names_unit(text, match.end(), table) or _after_name(text, match, table)


def _after_name(text: str, match: re.Match[str], table: tables.Table) -> bool:
    before = _PRECEDING.search(text, max(0, match.start() - 30), match.start())
    if before is None:
        return False
    word = before[1].rstrip(".")
    low = word.lower()
    code_words, free_caps = _name_words(table)
    if low in code_words or _code_like(word):
        # "iPhone 6", "FTSE 100", "HB 56"; but a year stays one ("the GOP 2016 field").
        return low in code_words or _YEAR.fullmatch(match[0].strip()) is None
    capitalised = word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
    if not capitalised or low in free_caps:
        return False
    # Outside English a capitalised word may just open the sentence ("En 2028", "Bis 2037").
    return not (table.foreign and _opens_sentence(text, before.start(1)))


def _code_like(word: str) -> bool:
    """Whether a word reads as a product, an index or a code: "iPhone", "FTSE", "HB"."""
    if not word.isalpha():
        return False
    return (len(word) >= 2 and word.isupper()) or (word[:1].islower() and not word.islower())


_YEAR = re.compile(r"1\d{3}|20\d\d")


@cache
def _name_words(table: tables.Table) -> tuple[frozenset[str], frozenset[str]]:
    """The table's code words and free capitals, as sets for the lookups."""
    return frozenset(table.code_words), frozenset(table.free_caps)


def _opens_sentence(text: str, at: int) -> bool:
    head = text[max(0, at - 3) : at].rstrip(' \t\u00a0"“„«»(—–-')
    return not head or head[-1] in ".!?:\n"


def _trim(match: re.Match[str]) -> tuple[int, int]:
    start, end = match.span()
    while start < end and match.string[start].isspace():
        start += 1
    return start, end


def _titled(match: re.Match[str], table: tables.Table) -> bool:
    """Whether a capitalised unit makes a name of a spelled-out number ("One Million Hands").

    Only where the table writes units in lower case.
    """
    unit = _LAST_WORD.split(match["word"])[-1]
    return table.cased_units and unit.istitle()


def _idiom(text: str, match: re.Match[str], table: tables.Table) -> bool:
    """Whether a spelled-out number is part of a phrase where it counts nothing ("at one point")."""
    head = _LAST_WORD.split(match[0].lstrip().lower(), 1)[0]
    if head not in _idiom_words(table.not_figures):
        return False  # the common case, spared a search
    around = _idioms(table.not_figures).finditer(text, max(0, match.start() - 12), match.end() + 40)
    return any(m.start() <= match.start() and match.end() <= m.end() for m in around)


@cache
def _idiom_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W\d_]+", " ".join(phrases).lower()))


@cache
def _idioms(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{alt(phrases)})(?![\w-])")


def _names_unit(text: str, end: int, table: tables.Table) -> bool:
    """Whether a capitalised unit follows, where units are lower case: a name ("50 Cent")."""
    upper = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
    return upper and table.cased_units and _capital_unit(table).match(text, end) is not None


@cache
def _capital_unit(table: tables.Table) -> re.Pattern[str]:
    """A capitalised unit word ("Cent", "Seconds"): in running text, the rest of a name."""
    units = alt((*table.money_words, *table.time_units, *table.measures, tables.MEASURE_WORDS))
    return re.compile(rf" (?=[A-Z][a-z])(?i:{units})(?!\w)")
