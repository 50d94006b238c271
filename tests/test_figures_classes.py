"""Figures by class, as the annotation guidelines mark them (shared/eval/HIGHLIGHTS_GUIDELINES.md).

Each case is a sentence written for the test, standing for a class of text that held-out
articles showed: AP dates, ranges, units after the number, score lines, compound durations,
names with digits. The sentences that must give no figure matter as much: no figure beats a
wrong one.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path
from unittest.mock import patch

import pytest

from summ.highlight import find_figures
from summ.highlight.languages import TABLES
from summ.highlight.tables import ENGLISH

ENGINE = Path(__file__).resolve().parents[1] / "src" / "summ" / "highlight"


def figures(text: str, language: str = "english") -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in find_figures(text, language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP dates: an abbreviated month ends in a dot.
        ("The meeting on Jan. 5 was called off.", [("Jan. 5", "date")]),
        ("On Sept. 11, 2001, planes hit.", [("Sept. 11, 2001", "date")]),
        ("He was born March 3, 2020, in Ohio.", [("March 3, 2020", "date")]),
        # Month headings in capitals, and two months sharing a year.
        ("OCTOBER 2013. They lost.", [("OCTOBER 2013", "date")]),
        (
            "JULY-AUG 2014 and February-March 2015",
            [("JULY-AUG 2014", "date"), ("February-March 2015", "date")],
        ),
        ("You MAY go, and he may too.", []),
    ],
)
def test_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He served from 1998 to 2004 as mayor.", [("1998 to 2004", "year")]),
        ("Sentences of three to 12 years.", [("three to 12 years", "duration")]),
        ("a school for three to 19-year-olds", [("three to 19-year-olds", "quantity")]),
        ("Between 30,000 to 50,000 people came.", [("30,000 to 50,000", "quantity")]),
        ("They spent six or seven million.", [("six or seven million", "quantity")]),
        ("a break from 1130 to 1215 GMT", [("1130 to 1215 GMT", "time")]),
        ("shown from 4 to 9 p.m.", [("4 to 9 p.m.", "time")]),
        ("in 2005 or 2006", [("2005 or 2006", "year")]),
        # A change of value is two figures, whichever way it goes.
        ("Tax was cut from 30% to 29%.", [("30%", "percent"), ("29%", "percent")]),
        ("It rose from 500 to 700.", [("500", "quantity"), ("700", "quantity")]),
        # ... but a spread of values is one range, whatever "from" says.
        ("Their ages range from 26 to 70.", [("26 to 70", "quantity")]),
        ("Fines ranging from $150 to $300.", [("$150 to $300", "money")]),
        ("anywhere from 30% to 70% of them", [("30% to 70%", "percent")]),
        ("The total fell 11,000 to 813,200.", [("11,000", "quantity"), ("813,200", "quantity")]),
        (
            "It fell from 102 in 2003 to 81.",
            [("102", "quantity"), ("2003", "year"), ("81", "quantity")],
        ),
        ("Sales jumped during 2004 to 136,000.", [("2004", "year"), ("136,000", "quantity")]),
        (
            "Labour on 35 per cent to 32 per cent",
            [("35 per cent", "percent"), ("32 per cent", "percent")],
        ),
        # "and" joins two values, except after "between" and for decades.
        ("in 2005 and 2006", [("2005", "year"), ("2006", "year")]),
        ("between 2002 and 2003", [("2002 and 2003", "year")]),
        ("the 1970s and 80s", [("1970s and 80s", "year")]),
        ("in their 30s, 40s and 50s", [("30s", "year"), ("40s", "year"), ("50s", "year")]),
        ("Jackson won in '84 and '88, since Euro '96.", [("'84", "year"), ("'88", "year")]),
    ],
)
def test_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It carried 40 metric tons of fuel.", [("40 metric tons", "quantity")]),
        ("a 2,000 square feet home", [("2,000 square feet", "quantity")]),
        ("Prices rose 2.5 times faster.", [("2.5 times", "other")]),
        ("He was denied parole 11 times.", [("11", "quantity")]),
        (
            "a 7-game streak and a 9-member panel",
            [("7-game", "quantity"), ("9-member", "quantity")],
        ),
        ("a 45-run defeat", [("45-run", "quantity")]),
        ("in the 40-odd seats", [("40", "quantity")]),
        ("a 10-point lead", [("10-point", "percent")]),
        ("The Tories were six points ahead.", [("six points", "percent")]),
        ("She weighed 20 stone, then 12.5st.", [("20 stone", "quantity"), ("12.5st", "quantity")]),
        ("She is 7st now and wears size 24.", [("7st", "quantity"), ("size 24", "quantity")]),
        ("on the 21st and the 1st", []),
        (
            "a five-year-old and a child two years old",
            [("five-year-old", "quantity"), ("two years old", "quantity")],
        ),
        ("a one-year contract", [("one-year", "duration")]),
        ("the over-55s", [("55s", "year")]),
        ("three-and-a-half miles", [("three-and-a-half miles", "quantity")]),
        ("two and a half hours", [("two and a half hours", "duration")]),
        # Odds are a figure; other slashed pairs are not.
        ("a 50/50 chance, the 7/2 favourite", [("50/50", "other"), ("7/2", "other")]),
        ("open 24/7 since 9/11", []),
        ("the 2019/20 season", [("2019/20", "year")]),
    ],
)
def test_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Federer won 7-6 (7-4) 4-6 6-2 in the final.", [("7-6 (7-4) 4-6 6-2", "score")]),
        ("beat Tommy Robredo 6-2, 6-3, 6-1 to go on", [("6-2, 6-3, 6-1", "score")]),
        ("They won the home series 3-1.", [("3-1", "score")]),
        ("It took two hours 45 minutes.", [("two hours 45 minutes", "duration")]),
        ("He is 5 feet 7 inches tall.", [("5 feet 7 inches", "quantity")]),
        # A comma parts a list, even of smaller and smaller units.
        (
            "in six hours, 40 minutes and three years",
            [("six hours", "duration"), ("40 minutes", "duration"), ("three years", "duration")],
        ),
        (
            "40 metric tons and 2,000 square feet",
            [("40 metric tons", "quantity"), ("2,000 square feet", "quantity")],
        ),
        ("the 5,000 10km runners", [("5,000", "quantity"), ("10km", "quantity")]),
        (
            "four hours and 21 minutes, then 10 minutes and two hours",
            [
                ("four hours and 21 minutes", "duration"),
                ("10 minutes", "duration"),
                ("two hours", "duration"),
            ],
        ),
    ],
)
def test_scores_and_durations(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rapper 50 Cent played.",
        "21 Grams is a film.",
        "He got a 2:2 degree.",
        "He filed for Chapter 7 protection.",
        "At one point he left.",
        "the one-day international",
        "Maroon 5 and Radio 4",
        "an iPhone 6 running iOS 7",
        "out of the FTSE 100 under HB 56",
    ],
)
def test_names_and_phrases_are_no_figures(text: str) -> None:
    assert figures(text) == []


def test_a_number_may_open_a_quotation_in_single_marks() -> None:
    # "'60 Eastleighs'" reads as an elided year would ("'08 Olympics"): either way the span holds
    # the number, which is what a reader is shown.
    assert [f.text.lstrip("'") for f in find_figures("his call for '60 Eastleighs', he said")] == [
        "60"
    ]


def test_a_year_after_an_acronym_stays_a_year_and_a_currency_code_is_money() -> None:
    assert figures("the GOP 2016 field") == [("2016", "year")]
    assert figures("rooms from RMB 1,800 a night") == [("RMB 1,800", "money")]


def test_a_currency_word_is_capitalised_where_the_table_says_so() -> None:
    # German writes every noun capitalised: "50 Cent" is money there, a name in English.
    assert figures("Das kostet 50 Cent.", "german") == [("50 Cent", "money")]
    assert figures("It costs 50 cents.") == [("50 cents", "money")]


def test_other_languages_join_with_their_own_words() -> None:
    assert figures("Von 2010 bis 2015, zwei Stunden und 30 Minuten.", "german") == [
        ("2010 bis 2015", "year"),
        ("zwei Stunden und 30 Minuten", "duration"),
    ]
    # English words join nothing there: "to" is no German word.
    assert figures("Von 2010 to 2015.", "german") == [("2010", "year"), ("2015", "year")]


def test_a_new_language_is_one_table() -> None:
    # Everything the engine knows of a language is its table: a table made here, registered
    # under a new name, gets its own joining words and nothing of English's.
    testish = replace(
        ENGLISH, joiners=("tot",), change_words=(), units_before=(), cased_units=False
    )
    with patch.dict(TABLES, {"testish": testish}):
        assert figures("1998 tot 2004, 1998 to 2004", "testish") == [
            ("1998 tot 2004", "year"),
            ("1998", "year"),
            ("2004", "year"),
        ]
        assert figures("The rapper 50 Cent", "testish") == [("50 Cent", "money")]


@pytest.mark.parametrize("module", ["figures.py", "joins.py", "patterns.py"])
def test_the_engine_names_no_language(module: str) -> None:
    # Rules per language live in the tables (tables.py, languages.py); the engine reads them.
    tree = ast.parse((ENGINE / module).read_text(encoding="utf-8"))
    compared = {
        side.value
        for test in ast.walk(tree)
        if isinstance(test, ast.Compare)
        for operand in (test.left, *test.comparators)
        for side in ast.walk(operand)
        if isinstance(side, ast.Constant) and isinstance(side.value, str)
    }
    assert not compared & {*TABLES, "dutch"}, "a test of a language name: put the rule in a table"
