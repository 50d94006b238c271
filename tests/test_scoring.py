"""summ's scorer on small documents built here: furniture, determinism, shape, scale, openers."""

from __future__ import annotations

import random
import time

import pytest

from summ import lang, text
from summ.boilerplate import is_boilerplate
from summ.models import Length
from summ.scoring import NEVER, Scores, lead_scores, summ_scores
from summ.select import select

ENGLISH = lang.load("english")

ARTICLE = """Council approves new bridge over the river

The city council approved a new bridge over the river on Monday after a long debate.
Scroll down for video.
The bridge will cost the city twelve million pounds and open in two years.
By . Daily Mail Reporter .
Engineers said the bridge over the river would ease traffic in the city centre.
Click here to read more about the council.
Residents had asked the council for a new river crossing for ten years.
"""


def build(article: str = ARTICLE) -> text.Document:
    return text.build(article, ENGLISH)


def pick(document: text.Document, sentences: int) -> list[str]:
    scores = summ_scores(document, ENGLISH)
    picks = select(document, scores, Length(sentences=sentences), ENGLISH, 0.6)
    return [p.sentence.text for p in picks]


@pytest.mark.parametrize(
    "sentence",
    [
        "Scroll down for video.",
        "By . Daily Mail Reporter .",
        "PUBLISHED: 10:02 EST, 2 May 2013 | UPDATED: 11:15 EST, 2 May 2013 .",
        "Click here to read more about the council.",
        "Share this article.",
        "By Jane Smith, CNN.",
    ],
)
def test_boilerplate_is_recognised(sentence: str) -> None:
    assert is_boilerplate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "By Monday the council had approved the bridge over the river after a long debate.",
        "Copyright laws were changed last year.",
        "Published on Monday, the report found that traffic had doubled.",
        "The council said it would share this article's findings with residents.",
    ],
)
def test_story_sentences_are_not_boilerplate(sentence: str) -> None:
    assert not is_boilerplate(sentence)


def test_boilerplate_scores_lowest_and_is_never_picked() -> None:
    document = build()
    scores = summ_scores(document, ENGLISH)
    furniture = [i for i, s in enumerate(document.sentences) if is_boilerplate(s.text)]
    assert len(furniture) == 4  # the byline comes as two sentences: "By ." and the rest
    assert all(scores[i] <= NEVER for i in furniture)
    # Even a budget of every sentence leaves the furniture out.
    for budget in range(1, len(document.sentences) + 1):
        assert not any(is_boilerplate(s) for s in pick(document, budget))


def test_one_score_per_sentence_and_deterministic() -> None:
    document = build()
    first, second = summ_scores(document, ENGLISH), summ_scores(document, ENGLISH)
    assert isinstance(first, Scores)
    assert len(first) == len(document.sentences)
    assert list(first) == list(second)
    assert first.for_budget(2) == second.for_budget(2)


def test_the_lead_counts_more_when_the_budget_is_a_small_share() -> None:
    scores = summ_scores(build(), ENGLISH)
    small, large = scores.for_budget(1), scores.for_budget(len(scores))
    assert small[0] - large[0] > small[-1] - large[-1] >= 0


def test_an_opener_waits_for_its_antecedent() -> None:
    article = (
        "Officials in the city opened a new bridge over the river on Monday morning.\n\n"
        "Traffic on the old crossing had grown for years, officials in the city said.\n\n"
        "But the bridge over the river in the city cost twice what officials in the city planned."
    )
    picked = pick(build(article), 2)
    assert not any(s.startswith("But") for s in picked) or len(picked) == 2


def test_every_sentence_of_only_furniture_still_gives_a_summary() -> None:
    assert pick(build("Scroll down for video.\n\nClick here to subscribe."), 1)


def test_linear_on_five_thousand_sentences() -> None:
    # Made-up words, different in every sentence, so redundancy removal leaves room for ten picks.
    rng = random.Random(4)  # noqa: S311  (test data, not secrets)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    vocabulary = ["".join(rng.choices(syllables, k=3)) for _ in range(2000)]
    sentences = [
        " ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "." for _ in range(5000)
    ]
    document = build(" ".join(sentences))
    assert len(document.sentences) == 5000
    start = time.perf_counter()
    scores = summ_scores(document, ENGLISH)
    picks = select(document, scores, Length(sentences=10), ENGLISH, 0.6)
    assert len(scores) == 5000
    assert len(picks) == 10
    assert time.perf_counter() - start < 5


def test_lead_scores_still_favour_the_opening() -> None:
    document = build()
    scores = lead_scores(document, ENGLISH)
    assert scores == sorted(scores, reverse=True)
