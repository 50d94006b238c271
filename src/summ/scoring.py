"""Sentence scorers behind one signature: ``(Document, Language) -> one score per sentence``.

``summ`` is the project's own scorer; ``lead`` keeps the article's opening; the rest adapt
sumy's algorithms (imported only when chosen, as sumy and NLTK take ~0.5 s to import).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Protocol

from summ import lang, vectors
from summ.boilerplate import is_boilerplate
from summ.models import Algorithm

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.lang import Language
    from summ.models import Document


class Scorer(Protocol):
    """Rates every sentence of a document; higher is better."""

    def __call__(self, document: Document, language: Language) -> list[float]:
        """One score per sentence of ``document``, in document order."""
        ...


# Weights of the summ scorer, fitted by bench/fit.py (coordinate search on ROUGE-1 F1 over the
# BBC, CNN/DM+XSum writer and XSum dev files of ../shared/eval; measured in bench/RESULTS.md).
# Five views of "central", each worth ~0.1-1 ROUGE-1 on some file and none on all of them:
_CENTRAL = 0.5  # words shared with the article (stemmed, sumy's long stop list), see _centrality
_SURFACE = 0.4  # the same over surface words with only function words dropped (BBC: +1.5)
_FORWARD = 0.2  # PacSum's directed centrality: likeness to what follows (news runs top-down)
_CENTROID = 0.2  # cosine with the rest of the article (Radev's centroid)
_SALIENT = 0.4  # the same with in-article IDF weights, so that rare shared words count more
_LENGTH_EXPONENT = 0.5  # centrality / terms**0.5: sumy Reduction's liking for long sentences, tamed
_LONG = 35  # words; longer sentences cost ROUGE precision (a lone pick, most of all)
_LONG_PENALTY = 0.15  # taken off per _LONG words beyond _LONG
_LEAD = 2.0  # weight of the lead prior when the budget is a small share of the article (3/30)
_LEAD_SHARE = 0.3  # budget share k/n at which the lead prior is down to half (BBC keeps ~45%)
_LEAD_STEEPNESS = 16.0  # how sharply it falls around that share
_LEAD_DECAY = 1.0  # prior of the p-th paragraph: 1 / (1 + p) ** decay
_QUOTE = 0.5  # a sentence opening with a quotation, in a short summary: someone's view, not news
_SHORT = 10  # words; shorter sentences are rarely informative on their own
DEFAULT_BUDGET = 5  # sentences assumed until select.py gives the real budget (Options' default)
NEVER = -1.0e9  # the score of page furniture: below anything a sentence can score

# Openers that point back to an earlier sentence: read alone they mislead ("He denied it.").
OPENER = re.compile(
    r"^[\"“‘']?(?:he|she|it|they|them|his|her|its|their|this|that|these|those|but|and|so|yet|"
    r"however|also|meanwhile|then|there|such|both|another|the latter|the former)\b",
    re.IGNORECASE,
)
_QUOTE_OPENING = re.compile(r"^\s*[\"“‘']")
# English function words (pronouns, auxiliaries, articles, prepositions, conjunctions): all that
# the surface view drops. sumy's 580-word list also drops "said", "year", "new", "people"...,
# words that tie a news story together (BBC's extractive references follow them). A string
# split, not a literal: 130 quoted words, one a line as the formatter wants, would fill a page.
_FUNCTION_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can did do does doing don down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such s t than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with you your yours yourself yourselves""".split()  # noqa: SIM905
)


class Scores(list[float]):
    """summ's scores, which select.py re-weighs once it knows the budget.

    A list of floats (the scores for DEFAULT_BUDGET sentences), so it is a Scorer's result like
    any other; ``for_budget`` gives the scores for the real one, ``openers`` says which
    sentences lean on the one before them, and ``vectors`` holds each sentence's term counts
    (``Language.terms``), which select.py compares instead of reading the sentences again.
    """

    def __init__(
        self,
        content: list[float],
        lead: list[float],
        openers: list[bool],
        quotes: list[bool] | None = None,
        term_counts: list[vectors.Vector] | None = None,
    ) -> None:
        self.content = content
        self.lead = lead
        self.openers = openers
        self.quotes = quotes or [False] * len(content)
        self.vectors = term_counts or []
        super().__init__(self.for_budget(DEFAULT_BUDGET))

    def for_budget(self, limit: int) -> list[float]:
        """Scores when ``limit`` sentences are kept: the smaller their share, the more lead counts.

        A short budget on a long article is a news lead's job (CNN/DM references sit in the first
        paragraphs, and tell the news rather than quote it); a budget of ~45% (BBC's references)
        is won by central sentences anywhere, quotations included.
        """
        share = min(1.0, limit / max(1, len(self.content)))
        small = 1 / (1 + (share / _LEAD_SHARE) ** _LEAD_STEEPNESS)
        return [
            c if c <= NEVER else c + small * (_LEAD * lead - _QUOTE * quote)
            for c, lead, quote in zip(self.content, self.lead, self.quotes, strict=True)
        ]


def summ_scores(document: Document, language: Language) -> Scores:
    """Centrality seen five ways, a length prior and a budget-aware lead prior (linear time)."""
    english = language.name == "english"
    sentences = document.sentences
    furniture = [english and is_boilerplate(s.text) for s in sentences]
    lowered = [lang.words(s.text) for s in sentences]  # read once for both views
    terms = [language.content(w) for w in lowered]
    counts = [vectors.counts(t) for t in terms]
    stop = _FUNCTION_WORDS if english else language.stop_words
    surface = [_surface(ws, stop) for ws in lowered]
    story = [not skip for skip in furniture]  # the article's summed vectors leave furniture out
    stemmed = vectors.counted_dots(terms, story, counts)
    views = zip(
        _peaked(_centrality(terms, stemmed)),
        _peaked(_centrality(surface, vectors.counted_dots(surface, story))),
        _forward(counts, stemmed.own, furniture),
        _centroid(stemmed),
        _centroid(vectors.idf_dots(counts, story)),
        strict=True,
    )
    content, lead = [], []
    for sentence, prior, skip, (central, surfaced, forward, centroid, salient) in zip(
        sentences, _lead_prior(document), furniture, views, strict=True
    ):
        short = min(1.0, sentence.words / _SHORT)
        # Added left to right as the views are listed: the order fixes the float rounding.
        mix = (
            _CENTRAL * central
            + _SURFACE * surfaced
            + _FORWARD * forward
            + _CENTROID * centroid
            + _SALIENT * salient
        )
        long = max(0.0, sentence.words / _LONG - 1)
        content.append(NEVER if skip else short * mix - _LONG_PENALTY * long)
        lead.append(short * prior)
    openers = [english and bool(OPENER.match(s.text)) for s in sentences]
    quotes = [bool(_QUOTE_OPENING.match(s.text)) for s in sentences]
    return Scores(content, lead, openers, quotes, counts)


def _surface(lowered: list[str], stop: frozenset[str]) -> list[str]:
    """Words as :func:`lang.words` gives them, function words dropped, nothing stemmed."""
    return [w for w in lowered if w not in stop]


def _centrality(terms: Sequence[Sequence[str]], dots: vectors.Dots) -> list[float]:
    """Words shared with the rest of the article, over terms ** _LENGTH_EXPONENT.

    The sum of dot products with every other sentence is one dot product with the article's
    summed counts, less the sentence's own, so this is O(total terms), where sumy's Reduction
    compares every pair. The divisor sits between Reduction (log lengths: long sentences win)
    and cosine.
    """
    return [
        max(0.0, shared - own) / max(1, len(t)) ** _LENGTH_EXPONENT
        for t, own, shared in zip(terms, dots.own, dots.shared, strict=True)
    ]


def _forward(counts: list[vectors.Vector], own: list[float], furniture: list[bool]) -> list[float]:
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


def _lead_prior(document: Document) -> list[float]:
    """1 / (1 + p) ** decay for a sentence of the body's p-th paragraph.

    Paragraphs, not sentences: a news lede is a paragraph; and text without paragraph breaks
    (XSum's articles, whose first sentence was cut out) says little about where the gist is.
    """
    priors, seen, last = [], -1, None
    for sentence in document.sentences:
        if sentence.paragraph != last:
            seen, last = seen + 1, sentence.paragraph
        priors.append(1 / (1 + seen) ** _LEAD_DECAY)
    return priors


def lead_scores(document: Document, language: Language) -> list[float]:  # noqa: ARG001
    """The opening first: the classic news baseline."""
    return [1 / (1 + s.index) for s in document.sentences]


def scorer(algorithm: Algorithm) -> Scorer:
    """The scorer for ``algorithm``."""
    if algorithm is Algorithm.SUMM:
        return summ_scores
    if algorithm is Algorithm.LEAD:
        return lead_scores
    from summ.sumy_adapter import sumy_scorer  # noqa: PLC0415  (sumy imports NLTK: slow)

    return sumy_scorer(algorithm)
