"""Invariants of every summary, on articles Hypothesis makes up."""

from __future__ import annotations

import math
import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from summ import (
    Algorithm,
    EmptyDocumentError,
    Length,
    Options,
    SummError,
    lang,
    summarize,
    text,
    vectors,
)
from summ.scoring import NEVER, summ_scores

ENGLISH = lang.load("english")
WORDS = st.text(string.ascii_lowercase, min_size=1, max_size=9)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=2, max_size=14))
    number = draw(st.none() | st.integers(0, 10_000))
    if number is not None:
        words.insert(draw(st.integers(0, len(words))), str(number))
    end = draw(st.sampled_from([".", "!", "?", '."']))
    opener = '"' if end == '."' else ""
    return opener + " ".join(words).capitalize() + end


@st.composite
def articles(draw: st.DrawFn) -> str:
    paragraphs = draw(
        st.lists(st.lists(sentences(), min_size=1, max_size=4), min_size=1, max_size=8)
    )
    title = draw(st.none() | st.lists(WORDS, min_size=1, max_size=6).map(" ".join))
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    return f"{title.title()}\n\n{body}" if title else body


LENGTHS = st.one_of(
    st.integers(1, 12).map(lambda n: Length(sentences=n)),
    st.floats(0.05, 1.0).map(lambda r: Length(ratio=r)),
    st.integers(1, 200).map(lambda w: Length(words=w)),
)
FAST = [a for a in Algorithm if a not in {Algorithm.LSA, Algorithm.KL}]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles(), length=LENGTHS, algorithm=st.sampled_from(FAST))
@example(article="A a. Af aa.\n\nA af.", length=Length(sentences=2), algorithm=Algorithm.SUMM)
def test_summary_invariants(article: str, length: Length, algorithm: Algorithm) -> None:
    options = Options(algorithm=algorithm, length=length)
    summary = summarize(article, options)
    picks = summary.picks
    document = summary.document
    # Never empty, and every pick is a sentence of the text, at its place.
    assert picks
    for pick in picks:
        assert article[pick.sentence.start : pick.sentence.end] == pick.sentence.text
        assert document.sentences[pick.sentence.index] == pick.sentence
    # In article order, each once.
    indices = [p.sentence.index for p in picks]
    assert indices == sorted(set(indices))
    # Within budget (a word budget always allows the first pick).
    if length.sentences is not None:
        assert len(picks) <= length.sentences
    if length.words is not None and len(picks) > 1:
        assert summary.words <= length.words
    # No near-duplicates, by the terms of the language the text was read in (a few random
    # words can look Danish: "A a. Af aa.", where "af" is a stop word).
    language = lang.load(document.language)
    vecs = [vectors.counts(language.terms(p.sentence.text)) for p in picks]
    for i, a in enumerate(vecs):
        for b in vecs[i + 1 :]:
            assert vectors.cosine(a, b) <= options.redundancy + 1e-9
    # Deterministic.
    assert summarize(article, options) == summary


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_summary_or_a_summ_error(article: str) -> None:
    try:
        summary = summarize(article)
    except EmptyDocumentError:
        return
    except SummError:  # the only other errors allowed are summ's own
        return
    for figure in summary.figures:
        assert article[figure.start : figure.end] == figure.text
    for quote in summary.quotes:
        assert article[quote.start : quote.end] == quote.text


@settings(max_examples=100, deadline=None)
@given(article=articles(), budget=st.integers(1, 40))
def test_summ_scores_are_finite_for_every_budget(article: str, budget: int) -> None:
    # Five centrality views divide by norms and peaks: none may turn into NaN or infinity, and
    # the lead and quotation terms must not lift page furniture off the floor.
    scores = summ_scores(text.build(article, ENGLISH), ENGLISH)
    for content, value in zip(scores.content, scores.for_budget(budget), strict=True):
        assert value <= NEVER if content <= NEVER else math.isfinite(value)


def test_one_sentence_article() -> None:
    summary = summarize("Only one sentence is here.")
    assert [p.sentence.text for p in summary.picks] == ["Only one sentence is here."]
