"""boilerplate.py's shortcuts, held to the plain computation they replace.

is_boilerplate skips the whitespace normalisation of a sentence that needs none, counts words
by spaces, and searches the anywhere-patterns only where one of their words occurs.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summ import boilerplate

FRAGMENTS = [
    "By",
    ".",
    "Daily Mail Reporter",
    "PUBLISHED:",
    "UPDATED:",
    "10:02 EST,",
    "Scroll down for",
    "video",
    "Share this",
    "article",
    "story",
    "|",
    "All rights reserved",
    "Click here",
    "©",
    "Copyright 2013",
    "READ MORE:",
    "See more",
    "Source:",
    "Photo:",
    "for MailOnline",
    "Jane",
    "Smith",
    "the council",
    "said",
    "ſhare",
    "İstanbul",
    "SCROLL",
    "rights",
    "updated at 3",
    "Follow us on",
    "@bbc",
    "E-mail this",
    "Sign up to",
    "Reporter",
    "Correspondents",
    "’s",
]
SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\xa0", "\u2009", " \n ", ""])
SENTENCES = st.lists(st.tuples(SPACES, st.sampled_from(FRAGMENTS)), max_size=14).map(
    lambda parts: "".join(space + word for space, word in parts)
)


def plain_is_boilerplate(sentence: str) -> bool:
    """is_boilerplate as it was before the shortcuts: normalise, split, try every pattern."""
    text = " ".join(sentence.split())
    words = len(text.split())
    anywhere = re.compile(boilerplate._FURNITURE_ANYWHERE, re.VERBOSE | re.IGNORECASE)
    byline = re.compile(boilerplate._BYLINE, re.VERBOSE)
    return bool(
        boilerplate._FURNITURE_START.match(text)
        or (words <= boilerplate._LABEL_MAX_WORDS and boilerplate._LABEL.match(text))
        or anywhere.search(text)
        or (words <= boilerplate._BYLINE_MAX_WORDS and byline.match(text))
    )


def test_no_whitespace_but_the_space_is_printable() -> None:
    # _spaced takes a printable sentence for one whose only whitespace is " ".
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    assert " " in spaces
    assert [c for c in spaces if c.isprintable()] == [" "]


@given(st.text(alphabet=st.sampled_from("ab ,.\n\t\xa0\u2028\x1f\x85\u3000"), max_size=30))
def test_spaced_is_the_plain_normalisation(sentence: str) -> None:
    assert boilerplate._spaced(sentence) == " ".join(sentence.split())


@given(SENTENCES)
def test_is_boilerplate_is_the_plain_check(sentence: str) -> None:
    assert boilerplate.is_boilerplate(sentence) == plain_is_boilerplate(sentence)


@given(st.text(max_size=40))
def test_is_boilerplate_is_the_plain_check_on_any_text(sentence: str) -> None:
    assert boilerplate.is_boilerplate(sentence) == plain_is_boilerplate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "",
        "By . Daily Mail Reporter .",
        "Scroll down for  video",  # a double space, which only normalising makes one
        "ſhare this article",  # not ASCII: "ſ" is an "s" to the pattern, not to lower()
        "READ MORE: " + "word " * 10,  # 12 words: a label
        "READ MORE: " + "word " * 11,  # 13: a sentence that lost its period
        "By Jane Smith And John Smith For The",  # 8 words: a byline
        "By Jane Smith And John Smith For The Times",  # 9: not one
        "The shares of the bank fell by a third on Monday.",
    ],
)
def test_the_edges_of_each_shortcut(sentence: str) -> None:
    assert boilerplate.is_boilerplate(sentence) == plain_is_boilerplate(sentence)
