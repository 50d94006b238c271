"""The figure finder's fast scan gives exactly what the figure pattern's finditer gives.

find_figures tries its pattern only near digits and at spelled-out numbers (found in the
lower-cased text). These tests hold that to the plain finditer over the whole text, and check
the facts the shortcut rests on against every table and every Unicode character.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summ.highlight import find_figures, patterns, tables
from summ.highlight.figures import _may_hold_phone
from summ.highlight.languages import TABLES, table_for
from summ.highlight.patterns import _LEAD, DIGITS, _finder, matches, pattern

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
LANGUAGES = (*TABLES, "dutch")  # dutch has no table: English rules

# Pieces that open, close or nearly make figures in each language, and the letters that
# case-insensitive matching folds differently from str.lower().
PIECES = (  # noqa: SIM905 - one string reads better than a list of pieces
    "5 12 2005 1990s '90s ’80s 3.5 1,200 1.200 2,5 85 000 14:30 14.30 5pm 10 a.m. 3-1 2004-05 24/7 "
    "£5 $1.13bn US$5 USD 5 HK$ 3 € 20 45 € 12 ₽ R$ 9 % per cent percentage points bn m million "
    "miles km kg hours years days euros dollars pounds rand one two three five ten twelve twenty "
    "a hundred a thousand One FIVE Twenty-five two or three five to ten ſeven ſix fıve FİVE "
    "İstanbul ıı K zwei drei fünf zwölf dreißig DREIẞIG Stunden Jahre Prozent Euro Mrd. Mio. Uhr "
    "März Oktober 3. deux cinq heures ans mars l'80 18 h 30 dos cinco horas años por ciento mayo "
    "de septiembre due tre ore anni maggio dois três maio два пять ᲀосемь семь сорок сто часа "
    "лет рублей млрд руб. марта года г. January March May Sept. Dec Jan. 3rd of between and "
    "to or mid- pre- Radio 4 page 12 No 10 www.bbc.co.uk a@b.com 020 7946 0018 (555) 123-4567 "
    "+44 5 (6-4) – — ( ) “ ” ’ , . : / # \n ΣΑΣ"
).split(" ")
SEPARATORS = (" ", " ", "", "\n", ", ", "-", "\u00a0", "\u202f", "\n\n")


def _by_finditer(text: str, language: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern(table_for(language)).finditer(text)]


def _by_scan(text: str, language: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    runs = [m.start() for m in DIGITS.finditer(text)]
    # However many digits there are, never fall back on finditer: that is what is checked.
    with patch.object(patterns, "_SPARSE", 0):
        return [(m.span(), m.groupdict()) for m in matches(text, table_for(language), runs)]


@pytest.mark.parametrize("path", sorted(SAMPLES.iterdir()), ids=lambda p: p.name)
@pytest.mark.parametrize("language", LANGUAGES)
def test_scan_matches_finditer_on_samples(path: Path, language: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert _by_scan(text, language) == _by_finditer(text, language)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=40),
    st.sampled_from(LANGUAGES),
    st.sampled_from((str, str.upper, str.lower, str.title)),
)
def test_scan_matches_finditer(pieces: list[tuple[str, str]], language: str, case: object) -> None:
    text = case("".join(a + b for a, b in pieces))  # type: ignore[operator]
    assert _by_scan(text, language) == _by_finditer(text, language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It took ſeven days.", [("ſeven days", "duration")]),  # "ſ" folds to "s"; lower() keeps it
        ("FİVE DAYS LATER", [("FİVE DAYS", "duration")]),  # lower() makes "İ" two characters
        (
            "Twenty-five years on, 5 to 10 million",
            [("Twenty-five years", "duration"), ("5 to 10 million", "quantity")],
        ),
        ("On 3 March 2025 they paid US$5.", [("3 March 2025", "date"), ("US$5", "money")]),
        (
            "Five hours, September 2005, the ’90s",
            [("Five hours", "duration"), ("September 2005", "date"), ("’90s", "year")],
        ),
    ],
)
def test_spelled_numbers_found_whatever_their_case(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.text, f.kind) for f in find_figures(text)] == expected


def _every_character() -> str:
    return "".join(map(chr, range(sys.maxunicode + 1)))


def _letters() -> set[str]:
    words = (w for table in TABLES.values() for w in "|".join(table.number_words).split("|"))
    return {c for word in words for c in word}


def test_folded_lists_every_letter_lower_misses() -> None:
    # Whatever matches a letter of a spelled-out number case-insensitively, lower() must turn
    # into that letter, be listed in FOLDED, or change the text's length (which is checked).
    everything = _every_character()
    missed = {
        c
        for letter in _letters()
        for c in re.findall(f"(?i:{re.escape(letter)})", everything)
        if c.lower() != letter.lower() and len(c.lower()) == 1
    }
    assert missed <= set(tables.FOLDED), (
        f"add to tables.FOLDED: {sorted(missed - set(tables.FOLDED))}"
    )
    # str.lower() reads the context of one letter, the Greek capital sigma: keep Greek out.
    assert not {"σ", "ς"} & _letters()


def test_no_lower_case_letter_comes_from_outside_a_word() -> None:
    # The finder takes a character it does not know as a word's left edge: only a character
    # outside every word may lower-case into anything but that.
    known = {*"abcdefghijklmnopqrstuvwxyz-", *_letters()} - {" "}
    strays = [c for c in _every_character() if c.lower() in known and not re.fullmatch(r"[\w-]", c)]
    assert strays == []


@pytest.mark.parametrize("language", TABLES)
def test_every_table_is_searched_lower_cased(language: str) -> None:
    table = TABLES[language]
    assert _finder(table) is not None, "number_words must be plain words for the fast path"


def _widest(pattern: str) -> int:
    return int(re._parser.parse(pattern).getwidth()[1])  # type: ignore[attr-defined]


@pytest.mark.parametrize("table", TABLES.values(), ids=list(TABLES))
def test_lead_reaches_back_to_every_month_and_currency(table: tables.Table) -> None:
    months = "|".join(table.months)
    assert _widest(rf"(?:{months}),?\s{table.year_link}") <= _LEAD
    assert _widest(rf"(?:{months})\s") <= _LEAD
    assert _widest(rf"(?:{tables.CURRENCY_SIGNS})\s?") <= _LEAD


def test_digit_dense_text_gives_what_prose_would() -> None:
    # Results tables are scanned whole; trying only near digits would give the same.
    text = "Team A 3, Team B 1; Team C 2, Team D 2 (aet, 4-3 pens). " * 20
    dense = find_figures(text)
    with patch.object(patterns, "_SPARSE", 0):
        assert find_figures(text) == dense
    assert [f.text for f in dense[:5]] == ["3", "1", "2", "2", "4-3"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 .-\t\u00a0x(", max_size=30))
def test_phone_hint_is_the_six_digit_pattern(text: str) -> None:
    runs = [m.span() for m in DIGITS.finditer(text)]
    assert _may_hold_phone(text, runs) == bool(re.search(r"\d{3}[\s.-]?\d{3}", text))
