"""The name index behind the speaker finder: its shortcuts give what the plain rules give.

Each shortcut in ``summ.highlight.names`` (a pattern written for speed, a one-word fast path, a
memo, a value worked out only when asked) is checked here against the plain rule it replaces,
written out in full, on generated text.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summ.highlight import find_quotes
from summ.highlight.mentions import Names, _parts, _reading, collect
from summ.highlight.names import (
    HONORIFICS,
    NAME,
    RUN,
    _owner,
    near_start,
    person_form,
    strip_name,
)
from summ.highlight.quotes import RawQuote, is_quotation, raw_quotes
from summ.layout import layout

# Words and glue that exercise names: capitals, particles, owners, honorifics, apostrophes.
_PIECES = [
    "Jo", "Li", "Mr", "Dr.", "Acme's", "Acme’s", "de", "van", "O'Neil", "BBC", "the", "police",
    "Police", "said", "North", "Korean", "President", "Leeds", "A", "x", "Öz", "Élan", "_Jo",
    "2Jo", "Jo2", "Bill", "Act", "Group", "Blair's", "Mr.", "Sir", "Ann-Marie", "US", "it's",
]  # fmt: skip
_GLUE = [" ", " ", "  ", "\t", "\n", "\n\n", ". ", ", ", "'", "’", '"', "-", "(", "", "! ", "? "]
texts = st.lists(st.sampled_from(_PIECES) | st.sampled_from(_GLUE), max_size=40).map("".join)
word_lists = st.lists(st.sampled_from(_PIECES), min_size=0, max_size=6)


def _common(text: str) -> set[str]:
    return set(re.findall(r"\b[a-z]+\b", text))


@given(texts)
@example("aJo Li")
@example("’Jo 'Li O'Neil")
@settings(max_examples=300)
def test_run_pattern_finds_what_a_leading_look_behind_finds(text: str) -> None:
    plain = re.compile(rf"(?<![\w'’]){NAME}")
    assert [m.span() for m in RUN.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(word_lists)
@example(["Leeds", "Mr", "Jo", "Li"])
@example(["Acme's", "Mr", "Jo"])
@example(["Mr", "Acme's", "Jo"])
def test_owner_is_the_last_owner_or_honorific(words: list[str]) -> None:
    plain = max(
        (
            i - (not w.endswith(("'s", "’s")))
            for i, w in enumerate(words[:-1])
            if w.endswith(("'s", "’s")) or (i and w.lower().rstrip(".") in HONORIFICS)
        ),
        default=-1,
    )
    assert (_owner(words) if len(words) > 1 else -1) == plain


@given(texts, st.integers(min_value=0, max_value=200))
@settings(max_examples=300)
def test_near_start_cuts_at_the_last_sentence_end(text: str, at: int) -> None:
    at = min(at, len(text))
    before = re.split(r"[.!?\n]", text[max(0, at - 80) : at])[-1]
    low = max(0, at - 80)
    cut = max(text.rfind(c, low, at) for c in ".!?\n")
    assert text[max(low, cut + 1) : at] == before
    assert isinstance(near_start(text, at), bool)


@given(st.sampled_from(_PIECES), texts)
@example("Police", "the police said")
@example("Korean's", "")
@example("Blair's", "")
def test_one_word_runs_read_as_strip_name_reads_them(word: str, text: str) -> None:
    common = _common(text)
    raw = word.replace("’", "'").split()
    words, titled, dropped = strip_name(raw, common)
    assert _reading(word, common, {}) == (" ".join(words), titled, dropped)


@given(word_lists, texts)
@example(["Leeds", "Mr", "Jo", "Li"], "")
@example(["North", "Korean", "President", "Jo"], "")
def test_reading_memo_gives_strip_names_answer(words: list[str], text: str) -> None:
    run = " ".join(words)
    common = _common(text)
    raw = run.replace("’", "'").split()
    stripped, titled, dropped = strip_name(raw, common)
    expected = (" ".join(stripped), titled, len(" ".join(raw[:dropped])) + (dropped > 0))
    readings: dict[str, tuple[str, bool, int]] = {}
    assert _reading(run, common, readings) == expected
    assert _reading(run, common, readings) == expected  # now from the memo


@given(st.lists(st.sampled_from(["Jo", "Li", "de", "Bank", "England", "X"]), min_size=2))
def test_parts_are_every_run_of_up_to_six_words(words: list[str]) -> None:
    plain = [
        " ".join(words[i:j])
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 6) + 1)
    ]
    assert _parts(" ".join(words), words) == plain


ARTICLE = """Acme Profits Soar

Acme Group said on Monday that profits rose. Its chief executive, Jo Bell, was pleased.
"We had a very good year for everyone," Bell said. The company's spokesman agreed.
Later, Mr Ray Li of the Leeds Trust told reporters: "It was a hard winter for us all."
"""


def test_names_worked_out_on_demand_match_the_plain_rules() -> None:
    read = layout(ARTICLE)
    found = raw_quotes(ARTICLE, read.paragraphs)
    spans = [(q.opened_at, q.end if q.closed_at is None else q.closed_at) for q in found]
    names = collect(ARTICLE, spans, _common(ARTICLE), read.heading_spans, read.title)
    assert isinstance(names, Names)
    assert [names.opens(m) for m in names.mentions] == [
        near_start(ARTICLE, m.run_start) for m in names.mentions
    ]
    said_after = re.compile(r"\s+(?:\w+ly\s+)?(?:said|told)\b")
    assert names.said >= {m.form for m in names.mentions if said_after.match(ARTICLE, m.end)}
    assert "Acme Group" in names.said
    assert names.reading("Mr Ray Li") == ("Ray Li", True)
    assert names.full("Bell") == "Jo Bell"


def test_quotes_found_with_speakers() -> None:
    quotes = find_quotes(ARTICLE)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We had a very good year for everyone,", "Jo Bell"),
        ("It was a hard winter for us all.", "Ray Li"),
    ]


def test_text_without_a_reported_quote_has_none() -> None:
    text = 'The "Fair Pay" campaign and the film "Love Actually" were mentioned by Jo Li.'
    assert find_quotes(text) == ()


def test_long_quote_is_judged_by_its_first_nine_words() -> None:
    title = 'He wrote "Ten Ways To Make The Most Of Winter" last year.'
    long = 'He wrote "Ten Ways To Make The Most Of Our Winter" last year.'
    cued = 'The film "we will all go down to the sea" opened.'
    longer = 'The film "we will all go down to the sea again" opened.'
    assert not is_quotation(title, _first_quote(title))  # eight title-case words: a title
    assert is_quotation(long, _first_quote(long))  # nine words: too long for a title
    assert not is_quotation(cued, _first_quote(cued))  # after "film", eight words: a title
    assert is_quotation(longer, _first_quote(longer))


def _first_quote(text: str) -> RawQuote:
    return raw_quotes(text, layout(text).paragraphs)[0]


def test_a_middle_initial_joins_a_name_but_a_letter_ending_a_sentence_does_not() -> None:
    text = "Bell chose Plan B. The vote went to King George V. He won."
    assert RUN.findall(text) == ["Bell", "Plan B", "The", "King George V", "He"]
    names = ["Donald J. Trump", "Jo A. Anderson"]
    assert RUN.findall("Donald J. Trump met Jo A. Anderson.") == names
    # initials before the name, but not a country's before a new sentence
    assert RUN.findall("Guard J.R. Smith scored.") == ["Guard J.R. Smith"]
    assert "U.S. Then" not in RUN.findall("It moved to the U.S. Then it grew.")


def test_words_run_together_from_a_pages_buttons_name_no_person() -> None:
    assert not person_form("Amanda TerkelFlagShareLikeReplyMari Hayman")
    assert person_form("Ron DeSantis")
    assert person_form("Ronald McDonald")
