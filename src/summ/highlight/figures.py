"""Key figures: money, percentages, counts, measurements, durations, dates, years, times, scores.

One regex per language finds each figure with its currency sign, magnitude and unit; code then
joins "between A and B" ranges and drops numbers that are part of a name or a code ("Radio 4",
"Windows 10", "No 10"), inside a URL or a phone number. Rules follow the annotation guidelines
in ``shared/eval/HIGHLIGHTS_GUIDELINES.md``: approximators stay out of the span, counts are the
number only, spelled-out numbers count only with a unit of time, money, measure or percent.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import accumulate

from summ.highlight import tables
from summ.highlight.languages import table_for
from summ.models import Figure, FigureKind

_TZ = rf"(?:\s(?:{tables.TIME_ZONES})\b)?"
# A number may start after a space or an opening bracket, or after "mid-" ("mid-2005"); never
# inside a word or a code ("G20", "Covid-19", "A303"), a decimal, a path or a hashtag. French and
# Italian elide before a number ("l'80 %"), so there an apostrophe may open one.
_LEFT = r"(?<![\w.,/:#@&'’])(?:(?<=mid-)|(?<=pre-)|(?<=post-)|(?<![\w]-))"
_LEFT_ELIDED = r"(?<![\w.,/:#@&])(?<![\w]-)"
_RIGHT = r"(?![^\W_]|[.,]\d|/\d)"
_NUMERIC_DATE = (
    r"(?<![\w.,/])(?:0?[1-9]|[12]\d|3[01])(?P<sep>[./])(?:0?[1-9]|1[0-2])(?P=sep)(?:19|20)\d\d"
    r"(?![\w.,/]?\d)"
)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(words)


def _number(table: tables.Table) -> str:
    group = rf"\d{{1,3}}(?:[{table.thousands}]\d{{3}})+"
    if table.decimal_comma:
        return rf"(?:{group}|\d+)(?:,\d+)?"
    return rf"(?:{group}|\d+)(?:\.\d+)?"


def _dates(table: tables.Table) -> str:
    # English months are case-sensitive ("May" the month, "may" the verb) and end at a word
    # boundary; elsewhere a month may be lower case and abbreviated with a dot ("28. Okt.").
    month = rf"(?i:{_alt(table.months)})(?!\w)" if table.foreign else rf"(?:{_alt(table.months)})\b"
    day = rf"(?:[12]\d|3[01]|0?[1-9]){table.day_suffix}"
    year = rf"\d{{4}}\b{table.year_word}"
    forms = [rf"{day}\s{table.day_link}{month}(?:,?\s{table.year_link}{year})?"]
    if table.month_first:
        forms.append(rf"{month}\s{day}\b(?![,.]\d)(?:,?\s{year})?")
    forms.append(rf"{month},?\s{table.year_link}{year}")
    return "|".join(forms)


def _times(table: tables.Table) -> str:
    ampm = r"(?:[ap]\.m\.|[ap]m\b)"
    return "|".join(
        (
            rf"\d{{1,2}}(?:[:.][0-5]\d)?\s?{ampm}{_TZ}",
            *table.clock,
            rf"(?:[01]?\d|2[0-4]):[0-5]\d(?!\d){_TZ}",
            r"(?:[01]\d|2[0-3])[0-5]\d\s(?:GMT|BST|UTC)\b",
        )
    )


def _money_tail(table: tables.Table) -> str:
    """What may follow the number of an amount: a magnitude and a currency word or sign."""
    mag = rf"(?i:{_alt(table.magnitudes)})"
    link = rf"(?:\s(?:{table.money_link}))?" if table.money_link else ""
    after = rf"|\s?(?:{_alt(table.money_after)})(?!\w)" if table.money_after else ""
    pence = "" if table.foreign else r"|p\b"
    return rf"(?:\s?{mag}{link})?(?:[\s-]?(?i:{_alt(table.money_words)})(?!\w){after}){pence}"


def _measures(table: tables.Table) -> str:
    return _alt((*table.measures, tables.MEASURES))


def _suffixes(table: tables.Table) -> str:
    mag = rf"(?i:{_alt(table.magnitudes)})"
    return (
        rf"(?P<pct>\s?%|\s?(?i:{_alt(table.percent)})(?!\w))"
        rf"|(?P<mword>{_money_tail(table)})"
        r"|(?P<age>[-\s]years?[-\s]olds?\b|-(?:month|week|day)-olds?\b)"
        rf"|(?P<dur>[\s-](?i:{_alt(table.time_units)})(?!\w))"
        rf"|(?P<meas>\s?-?(?:{_measures(table)})(?![^\W_]))"
        rf"|(?P<mag>\s?{mag}(?!\w))"
        r"|(?P<era>\s(?:BC|BCE|AD|CE)\b)"
        r"|(?P<dec>s\b|'s\b)"
    )


def _words(table: tables.Table) -> str:
    num = rf"(?i:{_alt(table.number_words)})"
    joiners = _alt(table.joiners)
    units = _alt(
        (
            *table.time_units,
            *table.money_words,
            *table.percent,
            *table.measures,
            tables.MEASURE_WORDS,
        )
    )
    return rf"(?<![\w-]){num}(?:\s(?:{joiners})\s{num}|-{num})?[\s-](?i:{units})(?!\w)"


@cache
def _pattern(language: str) -> re.Pattern[str]:
    table = table_for(language)
    num = _number(table)
    left = _LEFT_ELIDED if table.foreign else _LEFT
    tail = rf"(?:\s?[-–]\s?|\s(?:{_alt(table.joiners)})\s)"
    mag = rf"(?i:{_alt(table.magnitudes)})"
    numeric = rf"|(?P<ndate>{_NUMERIC_DATE})" if table.foreign else ""
    # Every figure starts where no word character precedes it: saying so once, up front, spares
    # trying each alternative inside words (a third off the time of the whole pass).
    return re.compile(
        r"(?<!\w)(?=[\w'’$£€¥₹₩₽₺₪₦])(?:"
        rf"(?P<date>(?<![\w.,/]){_dates(table)}){numeric}"
        rf"|(?P<time>(?<![\w.,:/])(?:{_times(table)}))"
        rf"|(?P<money>(?<![\w])(?:{tables.CURRENCY_SIGNS})\s?{num}"
        rf"(?:{tail}(?:{tables.CURRENCY_SIGNS})?{num})?(?:\s?{mag}(?!\w))?"
        rf"(?:\s(?i:{_alt(table.money_words)})(?!\w))?){_RIGHT}"
        rf"|{left}(?P<unit>{num}(?:{tail}{num})?(?:{_suffixes(table)})){_RIGHT}"
        rf"|{left}(?P<bare>{num}(?P<dash>[-–/]{num}(?:\s\(\d{{1,2}}[-–]\d{{1,2}}\))?)?){_RIGHT}"
        rf"|(?P<word>{_words(table)})"
        r"|(?P<apos>(?<!\w)['’]\d0s\b))"
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
# Spans no figure may touch: web addresses, e-mail addresses and phone numbers. The web part is
# only run when the text has a hint of one (most articles have none; it is half the cost).
_WEB = re.compile(
    r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]++@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|uk)\S*"
)
_WEB_HINT = re.compile(r"@|://|www\.|\.(?:com|org|net|gov|edu|uk)")
_PHONE = re.compile(
    r"(?<!\w)(?:\+\d{1,3}[\s.-]?)?(?:\(0?\d{1,4}\)[\s.-]?|0\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{3,4}"
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
    blocked = _blocked(text)
    found: list[Figure] = []
    table = table_for(language)
    for match in _pattern(language).finditer(text):
        kind = _kind(match, table)
        if kind is None or _inside(match.span(), blocked) or _named(text, match, table):
            continue
        start, end = _trim(match)
        found.append(Figure(start, end, text[start:end], kind))
    return tuple(_join_ranges(text, found, table))


Blocked = tuple[list[int], list[int]]
"""Blocked spans' starts in order, and the furthest end any of the first i reaches."""


def _blocked(text: str) -> Blocked:
    if "." not in text and "(" not in text:
        return [], []
    web = _WEB.finditer(text) if _WEB_HINT.search(text) else ()
    return _index([*(m.span() for m in web), *(m.span() for m in _PHONE.finditer(text))])


def _index(spans: list[tuple[int, int]]) -> Blocked:
    ordered = sorted(spans)
    # Web and phone spans may overlap: a running maximum of ends keeps the lookup exact.
    return [s for s, _ in ordered], list(accumulate((e for _, e in ordered), max))


def _kind(match: re.Match[str], table: tables.Table) -> FigureKind | None:
    for group in _WHOLE:
        if match[group]:
            return group
    if table.foreign and match["ndate"]:
        return "date"
    if match["unit"]:
        unit = next(g for g in _UNIT_KINDS if match[g] is not None)
        return _UNIT_KINDS[unit]
    if match["word"]:
        return _word_kind(match["word"], table)
    if match["apos"]:
        return "year"
    return _bare_kind(match["bare"], match["dash"])


def _word_kind(span: str, table: tables.Table) -> FigureKind:
    last = span.rsplit(None, 1)[-1].lower()
    if any(re.fullmatch(u, last, re.IGNORECASE) for u in table.time_units):
        return "duration"
    if "cent" in last or "point" in last or _ends_with(span, table.percent):
        return "percent"
    if re.fullmatch(tables.MEASURE_WORDS, last) or _ends_with(span, table.measures):
        return "quantity"
    return "money"


def _ends_with(span: str, units: tuple[str, ...]) -> bool:
    """Whether the span ends with one of the units (which may be several words long)."""
    return bool(units) and re.search(rf"(?i:{_alt(units)})$", span) is not None


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


def _inside(span: tuple[int, int], blocked: Blocked) -> bool:
    """Whether ``span`` overlaps a blocked span: a bisection, not a scan of every one."""
    starts, reach = blocked
    before = bisect_left(starts, span[1])  # blocked spans that start before ``span`` ends
    return before > 0 and reach[before - 1] > span[0]


def _named(text: str, match: re.Match[str], table: tables.Table) -> bool:
    """Whether a bare number belongs to the name before it ("Radio 4", "page 12")."""
    if not match["bare"]:
        return False
    before = _PRECEDING.search(text, max(0, match.start() - 30), match.start())
    if before is None:
        return False
    word = before[1].rstrip(".")
    low = word.lower()
    if low in _CODE_WORDS or low in table.code_words:
        return True
    capitalised = word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
    if not capitalised or low in _FREE_CAPS or low in table.free_caps:
        return False
    # Outside English a capitalised word may just open the sentence ("En 2028", "Bis 2037").
    return not (table.foreign and _opens_sentence(text, before.start(1)))


def _opens_sentence(text: str, at: int) -> bool:
    head = text[max(0, at - 3) : at].rstrip(' \t\u00a0"“„«»(—–-')
    return not head or head[-1] in ".!?:\n"


def _trim(match: re.Match[str]) -> tuple[int, int]:
    start, end = match.span()
    while start < end and match.string[start].isspace():
        start += 1
    return start, end


def _join_ranges(text: str, found: list[Figure], table: tables.Table) -> list[Figure]:
    """Make "between 3% and 4%" one figure: from the first number to the last unit."""
    opener, joiner = table.between
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
