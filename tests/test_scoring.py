"""summ's scorer on small documents built here: furniture, determinism, shape, scale, openers,
the views of centrality and the priors."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from pathlib import Path

import pytest

from summ import lang, scoring, text, vectors
from summ.boilerplate import is_boilerplate
from summ.languages import pack
from summ.models import Algorithm, Length
from summ.scoring import NEVER, Scores, lead_scores, scorer, summ_scores
from summ.select import select
from summ.weights import DEFAULT

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
        "Media playback is not supported on this device",
        "If you have a story suggestion email news@example.com.",
        "Image caption Clarissa Dixon went on to front several TV shows on her own",
        "Image copyright Getty Images Image caption Residents said soldiers fired into the air",
        "Media caption Opposition politician Cheick Sissoko: 'It was a mutiny'",
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
        "If you have a story to tell, the council wants to hear it.",
        "If you have a story idea for the festival, the organisers want to hear it.",
        "Media playback is not supported on older Android phones, the company said.",
        "This content will not work on your device if it runs Windows XP, Microsoft said.",
        "Image captioning software was the prize's winner this year, the judges said.",
    ],
)
def test_story_sentences_are_not_boilerplate(sentence: str) -> None:
    assert not is_boilerplate(sentence)


def test_boilerplate_scores_lowest_and_is_never_picked() -> None:
    document = build()
    scores = summ_scores(document, ENGLISH)
    furniture = [i for i, s in enumerate(document.sentences) if is_boilerplate(s.text)]
    assert len(furniture) == 4  # the byline comes as two sentences: "By ." and the rest
    assert all(scores.content[i] <= NEVER for i in furniture)
    # Even a budget of every sentence leaves the furniture out.
    for budget in range(1, len(document.sentences) + 1):
        assert not any(is_boilerplate(s) for s in pick(document, budget))


@pytest.mark.parametrize("algorithm", [Algorithm.LEAD, Algorithm.LEXRANK])
def test_no_algorithm_picks_furniture(algorithm: Algorithm) -> None:
    document = build(
        "Media playback is not supported on this device The coach was sacked on Monday after a "
        "run of six defeats.\n\nThe club said a new coach would be named within the week."
    )
    scores = scorer(algorithm)(document, ENGLISH)
    picks = select(document, scores, Length(sentences=1), ENGLISH, 0.6)
    assert [p.sentence.text for p in picks] == [
        "The coach was sacked on Monday after a run of six defeats."
    ]


def test_one_score_per_sentence_and_deterministic() -> None:
    document = build()
    first, second = summ_scores(document, ENGLISH), summ_scores(document, ENGLISH)
    assert len(first) == len(document.sentences)
    assert first == second
    assert first.for_budget(2) == second.for_budget(2)


def test_the_lead_counts_more_when_the_budget_is_a_small_share() -> None:
    scores = summ_scores(build(), ENGLISH)
    small, large = scores.for_budget(1), scores.for_budget(len(scores))
    assert small[0] - large[0] > small[-1] - large[-1] >= 0


# Eight sentences with no word in common (so redundancy removal stays out of the way); the
# fourth opens with "But it" and leans on the third.
OPENER_ARTICLE = """Officials opened a bridge on Monday.

Traffic had grown for years downtown.

Engineers widened the channel last spring.
But it cost twice the planned budget.

Tourists visit lighthouses every summer.

Ferries run twice daily toward islands.

Farmers sell apples at markets.

Schools reopen after holidays soon.
"""
OPENER = 3


def opener_picks(content: list[float], budget: int) -> list[int]:
    document = build(OPENER_ARTICLE)
    openers = [i == OPENER for i in range(len(content))]
    assert [bool(scoring.OPENER.match(s.text)) for s in document.sentences] == openers
    none = (False,) * len(content)
    scores = Scores(tuple(content), (0.0,) * len(content), none, tuple(openers))
    picks = select(document, scores, Length(sentences=budget), ENGLISH, 0.6)
    return [p.sentence.index for p in picks]


def test_an_opener_comes_with_its_antecedent_when_the_budget_has_room() -> None:
    content = [0.5, 0.45, 0.1, 1.0, 0.4, 0.35, 0.3, 0.25]
    assert opener_picks(content, 4) == [0, 1, 2, 3]
    assert opener_picks(content, 5) == [0, 1, 2, 3, 4]


def test_an_opener_does_not_dangle_in_a_short_summary() -> None:
    # Two picks left after a pair would be fewer than select.PAIR_SPARE: the opener waits.
    content = [0.5, 0.45, 0.1, 1.0, 0.4, 0.35, 0.3, 0.25]
    assert opener_picks(content, 1) == [0]
    assert opener_picks(content, 3) == [0, 1, 4]


def test_an_opener_far_ahead_of_the_rest_is_picked_alone() -> None:
    # Ahead of the next best by more than what a dangling opener loses while it waits.
    content = [0.1, 0.1, 0.05, 0.1 + DEFAULT.dangling + 0.2, 0.1, 0.1, 0.1, 0.1]
    assert opener_picks(content, 1) == [OPENER]


def test_an_opener_after_a_picked_sentence_keeps_its_score() -> None:
    content = [0.5, 0.45, 1.0, 0.9, 0.4, 0.35, 0.3, 0.25]
    assert opener_picks(content, 2) == [2, 3]
    # Picked after the opener was put back: it returns at its full score.
    content = [0.5, 0.45, 0.8, 0.9, 0.4, 0.35, 0.3, 0.25]
    assert opener_picks(content, 2) == [2, 3]


def test_an_opener_in_the_real_scorer_never_dangles_when_there_is_a_choice() -> None:
    document = build(OPENER_ARTICLE)
    for budget in range(1, len(document.sentences) + 1):
        picks = {
            p.sentence.index
            for p in select(
                document, summ_scores(document, ENGLISH), Length(sentences=budget), ENGLISH, 0.6
            )
        }
        assert OPENER not in picks or OPENER - 1 in picks or len(picks) == len(document.sentences)


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("The 24-year-old joined the club on loan last season.", True),
        ("The 19-year-old woman was attacked in the park.", True),
        ("He joined the club on loan last season.", True),
        ("The club signed a 24-year-old striker on loan.", False),
        ("The 2-1 win took them top of the table.", False),
        ("A 24-year-old man has been arrested.", False),
        ("The 150-year-old church was destroyed by fire.", False),  # a thing's age
        ("The 30-year-old law was repealed on Monday.", False),
    ],
)
def test_a_sentence_naming_someone_by_age_alone_leans_on_an_earlier_one(
    sentence: str, leans: bool
) -> None:
    # "The 24-year-old" stands for a person named before, as "He" does: a first sentence so
    # opened is an excerpt's, and a pick so opened dangles without the sentence naming them.
    opener = pack("english").opener
    assert opener is not None
    assert bool(opener.match(sentence)) is leans


def test_surface_words_keep_the_news_verbs_a_long_stop_list_drops() -> None:
    said = lang.words("The minister said 2,500 jobs were lost.")
    surface = scoring._surface(said, frozenset({"the"}))
    assert surface == ["minister", "said", "2,500", "jobs", "were", "lost"]
    words = pack("english").function_words or frozenset()
    english = scoring._surface(lang.words("He said they were there."), words)
    assert english == ["said"]
    assert "said" not in ENGLISH.terms("He said they were there.")


def test_centroid_is_the_cosine_with_the_rest_of_the_article() -> None:
    rng = random.Random(7)  # noqa: S311  (test data, not secrets)
    words = ["bridge", "river", "council", "cost", "traffic", "city", "ferry"]
    terms = [rng.choices(words, k=rng.randint(1, 8)) for _ in range(9)]
    counts = [vectors.counts(t) for t in terms]
    total: vectors.Vector = {}
    for vec in counts:
        vectors.add(total, vec)
    dots = vectors.counted_dots(terms, [True] * len(terms))
    for vec, fast in zip(counts, scoring._centroid(dots), strict=True):
        rest = {t: total[t] - vec.get(t, 0.0) for t in total}
        assert math.isclose(fast, vectors.cosine(vec, rest), abs_tol=1e-9)


def test_forward_centrality_favours_what_later_sentences_explain() -> None:
    counts = [vectors.counts(s.split()) for s in ("bridge cost", "bridge cost", "ferry")]
    own = [vectors.dot(vec, vec) for vec in counts]
    early, late, _ = scoring._forward(counts, own, [False, False, False])
    assert early > late == 0.0
    # Furniture after a sentence adds nothing to it.
    assert scoring._forward(counts, own, [False, True, False])[0] == 0.0


def test_in_article_idf_weighs_rare_shared_terms_up() -> None:
    counts = [vectors.counts(s.split()) for s in ("bridge city", "bridge city", "city", "city")]
    own = vectors.idf_dots(counts, [True] * 4).own
    bridge, city = math.log(1 + 4 / 2), math.log(1 + 4 / 4)  # in 2 and 4 sentences of 4
    assert own[2] == pytest.approx(city**2)
    assert own[0] == pytest.approx(bridge**2 + city**2)
    assert bridge > city > 0


def test_a_quotation_opening_costs_only_in_a_short_summary() -> None:
    article = (
        "The council approved the bridge over the river after a long debate.\n\n"
        '"The bridge over the river will change the city," the mayor said after the debate.\n\n'
        "The bridge over the river will open in two years, the council said."
    )
    scores = summ_scores(build(article), ENGLISH)
    small, whole = scores.for_budget(1), scores.for_budget(3)
    quote_loss = (whole[1] - scores.content[1]) - (small[1] - scores.content[1])
    other_loss = (whole[2] - scores.content[2]) - (small[2] - scores.content[2])
    assert scores.quotes == (False, True, False)
    assert quote_loss > other_loss


def test_only_sentences_over_the_long_mark_lose() -> None:
    body = "the council approved the bridge over the river"
    long_sentence = ((body + " and ") * 8 + "the council said.").capitalize()
    document = build(f"{body.capitalize()} on Monday.\n\n{long_sentence}")
    penalty = DEFAULT.long_penalty
    scored = summ_scores(document, ENGLISH).content
    unpenalized = summ_scores(document, ENGLISH, replace(DEFAULT, long_penalty=0.0)).content
    words = document.sentences[1].words
    assert words > DEFAULT.long
    assert scored[0] == unpenalized[0]
    assert unpenalized[1] > scored[1]
    assert unpenalized[1] - scored[1] == pytest.approx(penalty * (words / DEFAULT.long - 1))


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
    scores = summ_scores(document, ENGLISH)  # its time against 2× the sentences: bench/growth.py
    picks = select(document, scores, Length(sentences=10), ENGLISH, 0.6)
    assert len(scores) == 5000
    assert len(picks) == 10


def test_lead_scores_still_favour_the_opening() -> None:
    document = build()
    scores = list(lead_scores(document, ENGLISH).content)
    assert scores == sorted(scores, reverse=True)


STORY = """The council approved a new bridge over the river on Monday after a long debate.

The bridge will cost the city twelve million pounds and open in two years.

Engineers said the bridge over the river would ease traffic in the city centre. Residents had \
asked the council for a new river crossing for ten years.

A ferry still runs across the river twice a day.
"""


def test_the_lead_prior_survives_the_loss_of_blank_lines() -> None:
    # Copied out of a PDF or a feed, an article loses its paragraph breaks, not its lead.
    paragraphed, flat = build(STORY), build(" ".join(STORY.split()))
    assert len({s.paragraph for s in flat.sentences}) == 1
    priors = [scoring.lead_prior(scoring.read(d, ENGLISH)) for d in (paragraphed, flat)]
    assert priors[0] == priors[1]
    assert priors[0] == sorted(priors[0], reverse=True)
    assert pick(paragraphed, 2) == pick(flat, 2)


def test_paragraph_breaks_count_only_as_far_as_the_weights_say() -> None:
    reading = scoring.read(build(STORY), ENGLISH)
    by_paragraph = replace(DEFAULT, lead_paragraphs=1.0)
    # The third and fourth sentences share a paragraph: the same prior when only paragraphs count.
    third, fourth = scoring.lead_prior(reading, by_paragraph)[2:4]
    assert third == fourth
    assert scoring.lead_prior(reading, replace(DEFAULT, lead_paragraphs=0.0))[2] > fourth


def test_the_gate_gives_the_lead_prior_to_early_sentences_in_proportion_to_centrality() -> None:
    # What a sentence gains from the prior, with the gate shut and open, content held still.
    content, lead = (1.0, 0.25, 0.0), (1.0, 1.0, 1.0)
    none = (False,) * 3
    gains = []
    for gate in (0.0, 1.0):
        weights = replace(DEFAULT, lead_gate=gate)
        scores = Scores(content, lead, none, none, weights=weights).for_budget(1)
        gains.append([s - c for s, c in zip(scores, content, strict=True)])
    ungated, gated = gains
    assert ungated == pytest.approx([ungated[0]] * 3)
    assert ungated[0] > 0
    assert gated[0] == pytest.approx(ungated[0])
    assert ungated[0] > gated[1] > gated[2] == 0.0


def test_other_scorers_scores_are_taken_as_they_are() -> None:
    scores = lead_scores(build(), ENGLISH)
    assert scores.for_budget(2) == list(scores.content)
    assert not scores.openers


def test_the_readme_states_the_shipped_weights() -> None:
    # README's "How it works" quotes these weights: a refit must update it (it drifted before).
    readme = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text().split())
    spelled = {6: "six", 8: "eight", 10: "ten", 12: "twelve"}
    gate = {0.5: "half of it goes to every early sentence", 1.0: "only as far as the sentence"}
    for phrase in (
        f"1 / (1 + i / {DEFAULT.lead_sentences:g})",
        f"under {spelled.get(DEFAULT.short, DEFAULT.short)} words count less",
        f"over {DEFAULT.long} words",
        gate.get(DEFAULT.lead_gate, f"gate {DEFAULT.lead_gate}"),
    ):
        assert phrase in readme, phrase
    assert DEFAULT.lead_paragraphs == 0.0, "README says the lead prior counts sentences only"
