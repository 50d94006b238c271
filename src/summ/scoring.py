"""Sentence scorers behind one signature: ``(Document, Language) -> one score per sentence``.

``summ`` is the project's own scorer; ``lead`` keeps the article's opening; the rest adapt
sumy's algorithms (imported only when chosen, as sumy and NLTK take ~0.5 s to import).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Protocol

from summ import lang, vectors
from summ.languages import english, pack
from summ.models import Algorithm
from summ.weights import DEFAULT, Weights

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from summ.lang import Language
    from summ.models import Document, Sentence


class Scorer(Protocol):
    """Rates every sentence of a document; higher is better."""

    def __call__(self, document: Document, language: Language) -> Scores:
        """One score per sentence of ``document``, in document order."""
        ...


NEVER = -1.0e9  # the score of page furniture: below anything a sentence can score

_QUOTE_OPENING = re.compile(r"^\s*[\"“‘']")
OPENER = english.OPENER  # bench/ scripts read it from here


@dataclass(frozen=True, slots=True)
class Scores:
    """Every scorer's result: one content score per sentence, and what select.py needs to finish.

    Other scorers give ``content`` alone, which select.py takes as it is. summ's adds a lead
    prior and quotation flags, which ``for_budget`` weighs by the share of the article the
    budget keeps, ``openers`` (sentences that lean on the one before them) and ``vectors``
    (each sentence's term counts, ``Language.terms``), which select.py compares instead of
    reading the sentences again; ``weights`` are the ones the scores were made with.
    """

    content: tuple[float, ...]
    lead: tuple[float, ...] = ()
    quotes: tuple[bool, ...] = ()
    openers: tuple[bool, ...] = ()
    vectors: tuple[vectors.Vector, ...] = ()
    weights: Weights = DEFAULT

    def __len__(self) -> int:
        return len(self.content)

    def for_budget(self, limit: int) -> list[float]:
        """Scores when ``limit`` sentences are kept: the smaller their share, the more lead counts.

        A short budget on a long article is a news lead's job (CNN/DM references sit in the first
        paragraphs, and tell the news rather than quote it); a budget of ~45% (BBC's references)
        is won by central sentences anywhere, quotations included.
        """
        if not self.lead:
            return list(self.content)
        w, small = self.weights, self.lead_weight(limit)
        peak = max(self.content) or 1.0
        return [
            c
            if c <= NEVER
            else c + small * (w.lead * lead * gate(c / peak, w.lead_gate) - w.quote * quote)
            for c, lead, quote in zip(self.content, self.lead, self.quotes, strict=True)
        ]


    def lead_weight(self, limit: int) -> float:
        """The share of the lead prior (and quotation penalty) counted for ``limit`` picks."""
        w = self.weights
        share = min(1.0, limit / max(1, len(self.content)))
        return 1 / (1 + float((share / w.lead_share) ** w.lead_steepness))


def gate(central: float, weight: float) -> float:
    """How much of the lead prior a sentence gets: all of it, or less the less central it is.

    An early sentence that shares little with the rest of the article (a scene-setter, a quote,
    an article whose real opening was cut off) does not carry the news just by being early.
    """
    return 1 - weight + weight * max(0.0, central)


@dataclass(frozen=True, slots=True)
class Reading:
    """What summ's scorer reads from a document before any weight is applied.

    Split from the weighing so that bench/fit.py reads each dev article once and tries weights
    on it many times; ``summ_scores`` is ``weigh(read(...))``.
    """

    furniture: tuple[bool, ...]
    words: tuple[int, ...]
    stemmed: tuple[float, ...]  # terms shared with the rest of the article (stems)
    stemmed_terms: tuple[int, ...]
    surfaced: tuple[float, ...]  # the same over surface words
    surface_terms: tuple[int, ...]
    forward: tuple[float, ...]
    centroid: tuple[float, ...]
    salient: tuple[float, ...]
    sentence_ranks: tuple[int, ...]
    paragraph_ranks: tuple[int, ...]
    quotes: tuple[bool, ...]
    openers: tuple[bool, ...]
    vectors: tuple[vectors.Vector, ...]


def summ_scores(document: Document, language: Language, weights: Weights = DEFAULT) -> Scores:
    """Centrality seen five ways, a length prior and a budget-aware lead prior (linear time)."""
    return weigh(read(document, language), weights)


def read(document: Document, language: Language) -> Reading:
    """The views of centrality, positions and flags of every sentence (linear time)."""
    rules = pack(language.name)
    sentences = document.sentences
    furniture = _flags(rules.furniture, sentences)
    lowered = [lang.words(s.text) for s in sentences]  # read once for both views
    terms = [language.content(w) for w in lowered]
    counts = tuple(vectors.counts(t) for t in terms)
    stop = language.stop_words if rules.function_words is None else rules.function_words
    surface = [_surface(ws, stop) for ws in lowered]
    story = [not skip for skip in furniture]  # the article's summed vectors leave furniture out
    stemmed = vectors.counted_dots(terms, story, counts)
    return Reading(
        furniture,
        tuple(s.words for s in sentences),
        _shared(stemmed),
        tuple(map(len, terms)),
        _shared(vectors.counted_dots(surface, story)),
        tuple(map(len, surface)),
        tuple(_forward(counts, stemmed.own, furniture)),
        tuple(_centroid(stemmed)),
        tuple(_centroid(vectors.idf_dots(counts, story))),
        tuple(s.index for s in sentences),
        _paragraph_ranks(document),
        quotes=tuple(bool(_QUOTE_OPENING.match(s.text)) for s in sentences),
        openers=_flags(rules.opener and rules.opener.match, sentences),
        vectors=counts,
    )


def _flags(test: Callable[[str], object] | None, sentences: Sequence[Sentence]) -> tuple[bool, ...]:
    """Whether ``test`` holds of each sentence; all False without a test (the pack has none)."""
    if test is None:
        return (False,) * len(sentences)
    return tuple(bool(test(s.text)) for s in sentences)


def views(reading: Reading, weights: Weights = DEFAULT) -> list[tuple[float, ...]]:
    """Each sentence's five views of centrality, on the scales ``weights`` multiply."""
    r, exponent = reading, weights.length_exponent
    return list(
        zip(
            _peaked(_centrality(r.stemmed, r.stemmed_terms, exponent)),
            _peaked(_centrality(r.surfaced, r.surface_terms, exponent)),
            r.forward,
            r.centroid,
            r.salient,
            strict=True,
        )
    )


VIEWS = ("central", "surface", "forward", "centroid", "salient")
"""The views' names, in the order of :func:`views` and of ``Weights``' fields."""


def weigh(reading: Reading, weights: Weights = DEFAULT) -> Scores:
    """The scores ``weights`` give the sentences of ``reading``."""
    r = reading
    content = [
        NEVER if skip else _content(words, view, weights)
        for words, skip, view in zip(r.words, r.furniture, views(r, weights), strict=True)
    ]
    lead = [
        min(1.0, words / weights.short) * prior
        for words, prior in zip(r.words, lead_prior(reading, weights), strict=True)
    ]
    return Scores(tuple(content), tuple(lead), r.quotes, r.openers, r.vectors, weights)


def _content(words: int, views: tuple[float, ...], w: Weights) -> float:
    """The weighted views of one sentence, less for a short one, less again for a long one."""
    central, surfaced, forward, centroid, salient = views
    # Added left to right as the views are listed: the order fixes the float rounding.
    mix = (
        w.central * central
        + w.surface * surfaced
        + w.forward * forward
        + w.centroid * centroid
        + w.salient * salient
    )
    long = max(0.0, words / w.long - 1)
    return min(1.0, words / w.short) * mix - w.long_penalty * long


def _surface(lowered: list[str], stop: frozenset[str]) -> list[str]:
    """Words as :func:`lang.words` gives them, function words dropped, nothing stemmed."""
    return [w for w in lowered if w not in stop]


def _shared(dots: vectors.Dots) -> tuple[float, ...]:
    """Each sentence's dot product with the rest of the article (the total less its own)."""
    return tuple(max(0.0, shared - own) for own, shared in zip(dots.own, dots.shared, strict=True))


def _centrality(shared: Sequence[float], terms: Sequence[int], exponent: float) -> list[float]:
    """Words shared with the rest of the article, over terms ** ``exponent``.

    The sum of dot products with every other sentence is one dot product with the article's
    summed counts, less the sentence's own (``_shared``), so this is O(total terms), where sumy's
    Reduction compares every pair. The divisor sits between Reduction (log lengths: long
    sentences win) and cosine.
    """
    return [s / max(1, t) ** exponent for s, t in zip(shared, terms, strict=True)]


def _forward(
    counts: Sequence[vectors.Vector], own: Sequence[float], furniture: Sequence[bool]
) -> list[float]:
    """Sum of cosines with the sentences after this one, over the sentence count.

    PacSum (Zheng & Lapata 2019) weighs a sentence's likeness to later sentences above that to
    earlier ones: a news story states first what it then explains. A running sum of unit vectors
    from the end keeps it linear; PacSum's similarity threshold would not, and is left out.
    ``own`` is each vector's dot product with itself.
    """
    after: vectors.Vector = {}
    scores = [0.0] * len(counts)
    for i in range(len(counts) - 1, -1, -1):
        norm = math.sqrt(own[i])
        if norm:
            scores[i] = vectors.dot(counts[i], after) / norm / len(counts)
            if not furniture[i]:
                vectors.add(after, counts[i], 1 / norm)
    return scores


def _centroid(dots: vectors.Dots) -> list[float]:
    """Cosine of each sentence with the rest of the article (the total less the sentence).

    |total - v|² = |total|² - 2 total·v + |v|², so no vector is built per sentence.
    """
    scores = []
    for own, shared in zip(dots.own, dots.shared, strict=True):
        rest = math.sqrt(max(0.0, dots.total - 2 * shared + own) * own)
        scores.append((shared - own) / rest if rest > 0 else 0.0)
    return scores


def _peaked(scores: list[float]) -> list[float]:
    """Scores over the best one, so that views of different scales can be weighed together."""
    peak = max(scores, default=0.0) or 1.0
    return [s / peak for s in scores]


def lead_prior(reading: Reading, weights: Weights = DEFAULT) -> list[float]:
    """1 / (1 + p) ** decay for a sentence at position p.

    p counts news paragraphs: sentences over ``lead_sentences`` (a paragraph's usual length),
    blended with the paragraph's own rank by ``lead_paragraphs``. Sentences, so that an article
    that lost its blank lines (copied from a PDF, a feed, a dataset) still has a lead.
    """
    mix, size, decay = weights.lead_paragraphs, weights.lead_sentences, weights.lead_decay
    return [
        1 / (1 + mix * paragraph + (1 - mix) * sentence / size) ** decay
        for sentence, paragraph in zip(reading.sentence_ranks, reading.paragraph_ranks, strict=True)
    ]


def _paragraph_ranks(document: Document) -> tuple[int, ...]:
    """The rank of each sentence's paragraph among the body's paragraphs (0, 0, 1, 2, 2...)."""
    ranks, seen, last = [], -1, None
    for sentence in document.sentences:
        if sentence.paragraph != last:
            seen, last = seen + 1, sentence.paragraph
        ranks.append(seen)
    return tuple(ranks)


def lead_scores(document: Document, language: Language) -> Scores:  # noqa: ARG001
    """The opening first: the classic news baseline."""
    return Scores(tuple(1 / (1 + s.index) for s in document.sentences))


def scorer(algorithm: Algorithm) -> Scorer:
    """The scorer for ``algorithm``; page furniture is never picked, whichever it is."""
    if algorithm is Algorithm.SUMM:
        return summ_scores
    if algorithm is Algorithm.LEAD:
        return partial(_without_furniture, lead_scores)
    from summ.sumy_adapter import sumy_scorer  # noqa: PLC0415  (sumy imports NLTK: slow)

    return partial(_without_furniture, sumy_scorer(algorithm))


def _without_furniture(base: Scorer, document: Document, language: Language) -> Scores:
    """Another algorithm's scores, with the furniture summ's scorer never picks made NEVER.

    Lead-1 of a BBC article that opens with its video player's notice is the notice otherwise.
    """
    scores = base(document, language)
    flags = _flags(pack(language.name).furniture, document.sentences)
    if not any(flags):
        return scores
    content = tuple(NEVER if skip else c for c, skip in zip(scores.content, flags, strict=True))
    return replace(scores, content=content)
