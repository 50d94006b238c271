"""Key figures: money, percentages, counts, measurements, durations, dates, years, times, scores.

One regex per language finds each figure with its currency sign, magnitude and unit; code then
joins "between A and B" ranges and drops numbers that are part of a name or a code ("Radio 4",
"Windows 10", "No 10"), inside a URL or a phone number. Rules follow the annotation guidelines
in ``shared/eval/HIGHLIGHTS_GUIDELINES.md``: approximators stay out of the span, counts are the
number only, spelled-out numbers count only with a unit of time, money, measure or percent.
"""

from __future__ import annotations

import re
from functools import cache

from summ.highlight import tables
from summ.models import Figure, FigureKind

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_TZ = rf"(?:\s(?:{tables.TIME_ZONES})\b)?"
# A number may start after a space or an opening bracket, or after "mid-" ("mid-2005"); never
# inside a word or a code ("G20", "Covid-19", "A303"), a decimal, a path or a hashtag.
_LEFT = r"(?<![\w.,/:#@&'’])(?:(?<=mid-)|(?<=pre-)|(?<=post-)|(?<![\w]-))"
_RIGHT = r"(?![^\W_]|[.,]\d|/\d)"


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(words)


def _number(table: tables.Table) -> str:
    if table.decimal_comma:
        return r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
    return r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"


def _dates(table: tables.Table) -> str:
    month = rf"(?:{_alt(table.months)})\b"
    year = r"\d{4}\b"
    return (
        rf"{_DAY}\s(?:of\s)?{month}(?:,?\s{year})?"
        rf"|{month}\s{_DAY}\b(?![,.]\d)(?:,?\s{year})?"
        rf"|{month},?\s{year}"
    )


def _times() -> str:
    ampm = r"(?:[ap]\.m\.|[ap]m\b)"
    return (
        rf"\d{{1,2}}(?:[:.][0-5]\d)?\s?{ampm}{_TZ}"
        rf"|(?:[01]?\d|2[0-4]):[0-5]\d(?!\d){_TZ}"
        rf"|(?:[01]\d|2[0-3])[0-5]\d\s(?:GMT|BST|UTC)\b"
    )


def _suffixes(table: tables.Table) -> str:
    mag = rf"(?i:{_alt(table.magnitudes)})"
    money = rf"(?i:{_alt(table.money_words)})"
    return (
        rf"(?P<pct>\s?%|\s?(?i:{_alt(table.percent)})\b)"
        rf"|(?P<mword>(?:\s?{mag})?[\s-]?{money}\b|p\b)"
        r"|(?P<age>[-\s]years?[-\s]olds?\b|-(?:month|week|day)-olds?\b)"
        rf"|(?P<dur>[\s-](?i:{_alt(table.time_units)})\b)"
        rf"|(?P<meas>\s?-?(?:{tables.MEASURES})(?![^\W_]))"
        rf"|(?P<mag>\s?{mag}\b)"
        r"|(?P<era>\s(?:BC|BCE|AD|CE)\b)"
        r"|(?P<dec>s\b|'s\b)"
    )


def _words(table: tables.Table) -> str:
    num = rf"(?i:{_alt(table.number_words)})"
    joiners = _alt(table.joiners)
    units = _alt((*table.time_units, *table.money_words, *table.percent, tables.MEASURE_WORDS))
    return rf"(?<![\w-]){num}(?:\s(?:{joiners})\s{num}|-{num})?[\s-](?i:{units})\b"


@cache
def _pattern(language: str) -> re.Pattern[str]:
    table = tables.TABLES.get(language, tables.ENGLISH)
    num = _number(table)
    tail = rf"(?:\s?[-–]\s?|\s(?:{_alt(table.joiners)})\s)"
    return re.compile(
        rf"(?P<date>(?<![\w.,/]){_dates(table)})"
        rf"|(?P<time>(?<![\w.,:/]){_times()})"
        rf"|(?P<money>(?<![\w])(?:{tables.CURRENCY_SIGNS})\s?{num}"
        rf"(?:{tail}(?:{tables.CURRENCY_SIGNS})?{num})?(?:\s?(?i:{_alt(table.magnitudes)})\b)?"
        rf"(?:\s(?i:{_alt(table.money_words)})\b)?){_RIGHT}"
        rf"|{_LEFT}(?P<unit>{num}(?:{tail}{num})?(?:{_suffixes(table)})){_RIGHT}"
        rf"|{_LEFT}(?P<bare>{num}(?P<dash>[-–/]{num}(?:\s\(\d{{1,2}}[-–]\d{{1,2}}\))?)?){_RIGHT}"
        rf"|(?P<word>{_words(table)})"
        r"|(?P<apos>(?<!\w)['’]\d0s\b)"
    )


# Lower-case words after which a bare number names something rather than counts it.
_CODE_WORDS = frozenset(
    "no nos number page pages section article chapter paragraph clause route flight platform "  # noqa: SIM905 - one string reads better than a list of words
    "room line channel version model grade tier phase stage category class type series episode "
    "question item rule step figure table exit junction gate terminal bus highway level".split()
)
# Capitalised words that may stand before a number without making it part of a name.
_FREE_CAPS = frozenset(
    "in on at by for from since until till to of about around nearly almost over under some "  # noqa: SIM905 - one string reads better than a list of words
    "only just all another after before during between and but or the a an with without than "
    "last next each every roughly approximately estimated up down by about more less fewer some "
    "those these their its his her our your my if as when while so yet still then some total "
    "overall fell rose just barely least most top aged age won lost beat led population nearly "
    "scored".split()
)
_PRECEDING = re.compile(r"(\S+)[ \t]+$")
_BLOCKED = re.compile(
    r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]++@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|uk)\S*"
    r"|(?<!\w)(?:\+\d{1,3}[\s.-]?)?(?:\(0?\d{1,4}\)[\s.-]?|0\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{3,4}"
    r"|(?<!\w)\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}(?!\w)"
)
_WHOLE: tuple[FigureKind, ...] = ("date", "time", "money")  # groups named after their kind
_UNIT_KINDS: dict[str, FigureKind] = {
    "pct": "percent",
    "mword": "money",
    "age": "quantity",
    "dur": "duration",
    "meas": "quantity",
    "mag": "quantity",
    "era": "year",
    "dec": "year",
}


def find_figures(text: str, language: str = "english") -> tuple[Figure, ...]:
    """Every figure of the text, in text order and without overlaps."""
    blocked = [m.span() for m in _BLOCKED.finditer(text)] if "." in text or "(" in text else []
    found: list[Figure] = []
    for match in _pattern(language).finditer(text):
        kind = _kind(match)
        if kind is None or _inside(match.span(), blocked) or _named(text, match):
            continue
        start, end = _trim(match)
        found.append(Figure(start, end, text[start:end], kind))
    return tuple(_join_ranges(text, found, language))


def _kind(match: re.Match[str]) -> FigureKind | None:
    for group in _WHOLE:
        if match[group]:
            return group
    if match["unit"]:
        unit = next(g for g in _UNIT_KINDS if match[g] is not None)
        return _UNIT_KINDS[unit]
    if match["word"]:
        return _word_kind(match["word"])
    if match["apos"]:
        return "year"
    return _bare_kind(match["bare"], match["dash"])


def _word_kind(span: str) -> FigureKind:
    last = span.rsplit(None, 1)[-1].lower()
    if any(re.fullmatch(u, last, re.IGNORECASE) for u in tables.ENGLISH.time_units):
        return "duration"
    if "cent" in last or "point" in last:
        return "percent"
    if re.fullmatch(tables.MEASURE_WORDS, last):
        return "quantity"
    return "money"


def _bare_kind(span: str, dash: str | None) -> FigureKind | None:
    head = re.match(r"\d+", span)
    year_like = head is not None and len(head[0]) == 4 and 1000 <= int(head[0]) <= 2100
    if dash is None:
        return "year" if year_like and len(span) == 4 else "quantity"
    if year_like and re.fullmatch(r".\d\d(?:\d\d)?", dash):
        return "year"
    if dash.startswith("/"):
        return None  # "24/7", "9/11": not amounts
    return "score"


def _inside(span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in blocked)


def _named(text: str, match: re.Match[str]) -> bool:
    """Whether a bare number belongs to the name before it ("Radio 4", "page 12")."""
    if not match["bare"]:
        return False
    before = _PRECEDING.search(text, max(0, match.start() - 30), match.start())
    if before is None:
        return False
    word = before[1].rstrip(".")
    if word.lower() in _CODE_WORDS:
        return True
    capitalised = word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
    return capitalised and word.lower() not in _FREE_CAPS


def _trim(match: re.Match[str]) -> tuple[int, int]:
    start, end = match.span()
    while start < end and match.string[start].isspace():
        start += 1
    return start, end


_BETWEEN = re.compile(r"\s+(?:and|to|-|–)\s+")


def _join_ranges(text: str, found: list[Figure], language: str) -> list[Figure]:
    """Make "between 3% and 4%" one figure: from the first number to the last unit."""
    opener, joiner = tables.TABLES.get(language, tables.ENGLISH).between
    out: list[Figure] = []
    for figure in found:
        if out and _is_between(text, out[-1], figure, opener, joiner):
            first = out.pop()
            out.append(Figure(first.start, figure.end, text[first.start : figure.end], figure.kind))
        else:
            out.append(figure)
    return out


def _is_between(text: str, first: Figure, second: Figure, opener: str, joiner: str) -> bool:
    gap = text[first.end : second.start]
    if gap.strip().lower() != joiner or len(gap) > len(joiner) + 4:
        return False
    return text[max(0, first.start - len(opener) - 1) : first.start].strip().lower() == opener
