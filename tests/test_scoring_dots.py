"""The shortcuts behind summ's dot products, held to the plain computation they replace.

vectors.counted_dots counts in C and skips a sentence's own counts when no term repeats;
vectors.idf_dots weighs lists, not dicts. Both must give the very floats (==, not approx) that
summing one dict per sentence gives, or the scores and summaries would change.
"""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from summ import vectors

# Few distinct terms, so that they repeat within and across sentences.
TERMS = st.lists(st.sampled_from(["bridge", "city", "river", "cost", "1,200", "ferry"]), max_size=9)
SENTENCES = st.lists(st.tuples(TERMS, st.booleans()), min_size=1, max_size=12)


def plain_dots(weighted: list[vectors.Vector], keep: list[bool]) -> vectors.Dots:
    """The dot products as one dict per sentence gives them (scoring.py before the shortcuts)."""
    total: vectors.Vector = {}
    for vec, kept in zip(weighted, keep, strict=True):
        if kept:
            vectors.add(total, vec)
    own = [vectors.dot(vec, vec) for vec in weighted]
    shared = [vectors.dot(vec, total) for vec in weighted]
    return vectors.Dots(own, shared, vectors.dot(total, total))


def plain_idf(counts: list[vectors.Vector]) -> list[vectors.Vector]:
    """Counts times log(1 + n / sentences with the term), a dict comprehension per sentence."""
    frequency: dict[str, int] = {}
    for vec in counts:
        for term in vec:
            frequency[term] = frequency.get(term, 0) + 1
    idf = {term: math.log(1 + len(counts) / count) for term, count in frequency.items()}
    return [{t: c * idf[t] for t, c in vec.items()} for vec in counts]


@given(SENTENCES)
def test_counted_dots_are_the_dict_dots(sentences: list[tuple[list[str], bool]]) -> None:
    terms = [t for t, _ in sentences]
    keep = [kept for _, kept in sentences]
    counts = [vectors.counts(t) for t in terms]
    expected = plain_dots(counts, keep)
    assert vectors.counted_dots(terms, keep) == expected
    assert vectors.counted_dots(terms, keep, counts) == expected


@given(SENTENCES)
def test_idf_dots_are_the_dict_dots(sentences: list[tuple[list[str], bool]]) -> None:
    counts = [vectors.counts(t) for t, _ in sentences]
    keep = [kept for _, kept in sentences]
    assert vectors.idf_dots(counts, keep) == plain_dots(plain_idf(counts), keep)


def test_idf_dots_of_furniture_longer_than_the_story() -> None:
    # The one sentence kept is shorter than the furniture: its dot runs over the total's terms.
    counts = [vectors.counts(t.split()) for t in ("bridge city river ferry cost", "city")]
    keep = [False, True]
    assert vectors.idf_dots(counts, keep) == plain_dots(plain_idf(counts), keep)
