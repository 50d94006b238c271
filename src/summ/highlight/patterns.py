"""Where the key figures are: one regex per language, tried only where a figure can start.

The pattern (``pattern``) defines what a figure is: its currency sign, magnitude and unit, per
language (``tables.py``, ``languages.py``). ``matches`` gives what ``pattern(table).finditer``
would, at a third of its cost: the regex is only tried near a run of digits or at a spelled-out
number, which the engine finds in C. figures.py then classifies and filters what it finds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from summ.highlight import tables

if TYPE_CHECKING:
    from collections.abc import Iterator

_TZ = rf"(?:\s(?:{tables.TIME_ZONES})\b)?"
# Where any figure may start: not after a word character, and at one, a sign or an apostrophe.
_OPENING = r"(?<!\w)(?=[\w'’$£€¥₹₩₽₺₪₦])"
# A number may start after a space or an opening bracket, or after "mid-" ("mid-2005"); never
# inside a word or a code ("G20", "Covid-19", "A303"), a decimal, a path or a hashtag. "over-" and
# "under-" are approximators, left out of the span ("over-55s"). French and Italian elide before
# a number ("l'80 %"), so there an apostrophe may open one.
_LEFT = (
    r"(?:(?<![\w.,/:#@&'’])|(?<=[\s(]')|(?<=\A'))"  # an opening quote may: "'60 Eastleighs'"
    r"(?:(?<=mid-)|(?<=pre-)|(?<=post-)|(?<=over-)|(?<=under-)|(?<![\w]-))"
)
_LEFT_ELIDED = r"(?<![\w.,/:#@&])(?<![\w]-)"
# Nor may it go on into a word, a decimal, a path or a ratio of digits ("a 2:2 degree").
_RIGHT = r"(?![^\W_]|[.,:]\d|/\d)"
_NUMERIC_DATE = (
    r"(?<![\w.,/])(?:0?[1-9]|[12]\d|3[01])(?P<sep>[./])(?:0?[1-9]|1[0-2])(?P=sep)(?:19|20)\d\d"
    r"(?![\w.,/]?\d)"
)


def alt(words: tuple[str, ...]) -> str:
    """Regex alternatives, in the order given."""
    return "|".join(words)


def cased(words: tuple[str, ...]) -> str:
    """The words as written or in capitals ("May", "MAY"), not in lower case ("may").

    A word in capitals is read case-insensitively once two capitals open it: one cheap test
    where text is in lower case, rather than a second list of every word to try.
    """
    return f"{alt(words)}|(?=[A-Z]{{2}})(?i:{alt(words)})"


def _never(fragment: str) -> str:
    """The fragment, or a pattern that matches nothing where a table leaves it empty."""
    return fragment or "(?!)"


def _number(table: tables.Table) -> str:
    group = rf"\d{{1,3}}(?:[{table.thousands}]\d{{3}})+"
    if table.decimal_comma:
        return rf"(?:{group}|\d+)(?:,\d+)?"
    return rf"(?:{group}|\d+)(?:\.\d+)?"


def _dates(table: tables.Table) -> str:
    # English months are capitalised or in capitals ("May" or "MAY" the month, "may" the verb);
    # elsewhere a month may be lower case. Abbreviations may end in a dot ("Jan. 5", "28. Okt."),
    # so a month ends where no word character follows.
    months = rf"(?i:{alt(table.months)})" if table.foreign else rf"(?:{cased(table.months)})"
    month = rf"{months}(?!\w)"
    day = rf"(?:[12]\d|3[01]|0?[1-9]){table.day_suffix}"
    year = rf"\d{{4}}\b{table.year_word}"
    forms = [rf"{day}\s{table.day_link}{month}(?:,?\s{table.year_link}{year})?"]
    if table.month_first:
        forms.append(rf"{month}\s{day}\b(?![,.]\d)(?:,?\s{year})?")
    if table.month_ranges:
        forms.append(rf"{month}[-–/]{month}\s{year}")
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
    mag = rf"(?i:{alt(table.magnitudes)})"
    link = rf"(?:\s(?:{table.money_link}))?" if table.money_link else ""
    after = rf"|\s?(?:{alt(table.money_after)})(?!\w)" if table.money_after else ""
    pence = f"|{table.money_suffix}" if table.money_suffix else ""
    words = cased(table.money_words) if table.cased_units else rf"(?i:{alt(table.money_words)})"
    return rf"(?:\s?{mag}{link})?(?:[\s-]?(?:{words})(?!\w){after}){pence}"


def _measures(table: tables.Table) -> str:
    return alt((*table.measures, tables.MEASURES))


def _suffixes(table: tables.Table) -> str:
    mag = rf"(?i:{alt(table.magnitudes)})"
    return (
        rf"(?P<pct>\s?%|\s?(?i:{alt(table.percent)})(?!\w))"
        rf"|(?P<mword>{_money_tail(table)})"
        r"|(?P<age>[-\s]years?[-\s]olds?\b|-(?:month|week|day)-olds?\b)"
        rf"|(?P<dur>[\s-](?i:{alt(table.time_units)})(?!\w))"
        rf"|(?P<meas>\s?-?(?:{_measures(table)})(?![^\W_]))"
        rf"|(?P<mag>\s?{mag}(?!\w))"
        rf"|(?P<mult>\s(?:{_never(alt(table.multipliers))})(?!\w))"
        r"|(?P<era>\s(?:BC|BCE|AD|CE)\b)"
        r"|(?P<dec>s\b|'s\b)"
    )


def _words(table: tables.Table) -> str:
    num = rf"(?i:{alt(table.number_words)})"
    joiners = alt(table.joiners)
    units = alt(
        (
            *table.time_units,
            *table.money_words,
            *table.percent,
            *table.measures,
            *table.word_units,
            tables.MEASURE_WORDS,
        )
    )
    # An age keeps its "old": "eight-year-old", "two years old".
    return (
        rf"(?<![\w-]){num}(?:\s(?:{joiners})\s{num}|-{num})?(?:{_never(table.fraction)})?"
        rf"[\s-](?i:{units})"
        r"(?:[-\s]olds?)?(?!\w)"
    )


@cache
def pattern(table: tables.Table) -> re.Pattern[str]:
    """Every kind of figure of ``language``, each in its named group (see ``_kinds``)."""
    # Every figure starts where no word character precedes it: saying so once, up front, spares
    # trying each alternative inside words (a third off the time of the whole pass).
    return re.compile(rf"{_OPENING}(?:{alt(tuple(_kinds(table).values()))})")


def _kinds(table: tables.Table) -> dict[str, str]:
    """The pattern of each kind of figure, by the group it is named by, in the order tried."""
    num = _number(table)
    left = _LEFT_ELIDED if table.foreign else _LEFT
    tail = rf"(?:\s?[-–]\s?|\s(?:{alt(table.joiners)})\s)"
    mag = rf"(?i:{alt(table.magnitudes)})"
    numeric = {"ndate": rf"(?P<ndate>{_NUMERIC_DATE})"} if table.foreign else {}
    return {
        "date": rf"(?P<date>(?<![\w.,/]){_dates(table)})",
        **numeric,
        "time": rf"(?P<time>(?<![\w.,:/])(?:{_times(table)}))",
        "money": (
            rf"(?P<money>(?<![\w])(?:{tables.CURRENCY_SIGNS})\s?{num}"
            rf"(?:{tail}(?:{tables.CURRENCY_SIGNS})?{num})?(?:\s?{mag}(?!\w))?"
            rf"(?:\s(?i:{alt(table.money_words)})(?!\w))?){_RIGHT}"
        ),
        "unit": rf"{left}(?P<unit>{num}(?:{tail}{num})?(?:{_suffixes(table)})){_RIGHT}",
        "hyph": rf"{left}(?P<hyph>{num}-{_never(table.hyphen_word)})(?![\w-])",
        "bare": (
            rf"{left}(?P<bare>{num}(?P<dash>[-–/]{num}(?:\s\(\d{{1,2}}[-–]\d{{1,2}}\))?)?)"
            rf"{_RIGHT}"
        ),
        "word": rf"(?P<word>{_words(table)})",
        # A year with its century elided: "the '90s", "in '84 and '88".
        "apos": r"(?P<apos>(?<!\w)['’](?:\d0s|\d\d)\b(?!['’]\w))",
    }


# How far before its first digit a figure may start: "septiembre de 2025", "USD 5".
# tests/test_figures_speed.py checks every table against it.
_LEAD = 20
# Trying the pattern near a run of digits costs what a plain scan of about 30 characters does:
# worth it when runs are further apart than that, as in prose (one per 170 characters in news).
_SPARSE = 30
# Runs of digits ("\d\d*" rather than "\d+": a pattern that opens with a character class is
# scanned for it in C, a third faster).
DIGITS = re.compile(r"\d\d*")


def matches(text: str, table: tables.Table, runs: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern(table).finditer(text)`` gives, for a fraction of the time.

    Trying the pattern at every word is what costs, and few places can start a figure: at most
    ``_LEAD`` characters before a run of digits (``runs`` are where they start), or a spelled-out
    number. The pattern is tried there only, in text order, each time from where the last figure
    ended, as finditer would.
    """
    figure, near = pattern(table), _near(table)
    if len(runs) * _SPARSE > len(text):  # a table of numbers: there the plain scan costs less
        yield from figure.finditer(text)
        return
    words = _spelled_starts(text, table)
    end = run = word = 0  # every place before ``end`` is done with
    while True:
        run, word = bisect_left(runs, end, run), bisect_left(words, end, word)
        spelled = words[word] if word < len(words) else len(text)
        lead = max(end, runs[run] - _LEAD) if run < len(runs) else len(text)
        if spelled < lead or lead == len(text):
            at = spelled
        else:
            # Between ``lead`` and the digits only a figure that opens with a word or a sign
            # can start; at the digits, any.
            found = near.match(text, lead)
            at = min(found.end() if found else len(text), runs[run], spelled)
        if at >= len(text):
            return
        match = figure.match(text, at)
        end = at + 1 if match is None else match.end()
        if match is not None:
            yield match


# The kinds of figure that may start before their first digit: "March 5", "US$5", "'90s".
_LEADING = ("date", "money", "apos")


@cache
def _near(table: tables.Table) -> re.Pattern[str]:
    """The first place, at most ``_LEAD`` characters on, where a figure of a leading kind starts.

    It ends there, matching nothing of the figure: the figure pattern then matches from it.
    """
    kinds = tuple(v for k, v in _kinds(table).items() if k in _LEADING)
    return re.compile(rf"(?s:.{{0,{_LEAD}}}?)(?={_OPENING}(?:{alt(kinds)}))")


def _spelled_starts(text: str, table: tables.Table) -> list[int]:
    """Every place where a spelled-out number starts, and a few where one only seems to.

    Python's regex engine tries a case-insensitive alternation one word at a time: 30 tests at
    every word of the text. The lower-cased text is searched case-sensitively instead, which the
    engine does in C between the few characters that can precede a number. Case-insensitive
    matching folds a handful of letters that lower() leaves alone ("ı", "ſ"), and lower() makes
    two characters of one ("İ"): a text with such a letter is searched the slow, exact way.
    """
    finder = _finder(table)
    lower = text.lower()
    if finder is None or len(lower) != len(text) or any(c in text for c in tables.FOLDED):
        return [m.start() for m in _spelled(table).finditer(text)]
    # The space stands for the start of the text, and shifts each place to the number itself.
    return [m.start() for m in finder.finditer(" " + lower)]


@cache
def _finder(table: tables.Table) -> re.Pattern[str] | None:
    """A spelled-out number of the language, lower case, after a character no word has in it."""
    words = {word.lower() for word in alt(table.number_words).split("|")}
    if not all(_PLAIN.fullmatch(word) for word in words):
        return None  # a word list with regex syntax in it: _spelled reads it as written
    letters = "".join(sorted({*"abcdefghijklmnopqrstuvwxyz", *"".join(words)} - {" "}))
    by_first: dict[str, list[str]] = {}
    for word in sorted(words):
        by_first.setdefault(word[0], []).append(word[1:])
    heads = "|".join(f"{first}(?={alt(tuple(rest))})" for first, rest in by_first.items())
    # Opening with a character class lets the engine skip to the next candidate in C.
    return re.compile(rf"[^{letters}-](?:{heads})")


_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


@cache
def _spelled(table: tables.Table) -> re.Pattern[str]:
    """Every place where a spelled-out number with its unit starts, overlaps included."""
    return re.compile(rf"(?={_words(table)})")
