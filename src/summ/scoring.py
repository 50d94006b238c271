"""Sentence scorers behind one signature: ``(Document, Language) -> one score per sentence``.

``summ`` is the project's own scorer; ``lead`` keeps the article's opening; the rest adapt
sumy's algorithms (imported only when chosen, as sumy and NLTK take ~0.5 s to import).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from summ import vectors
from summ.boilerplate import is_boilerplate
from summ.models import Algorithm

if TYPE_CHECKING:
    from summ.lang import Language
    from summ.models import Document


class Scorer(Protocol):
    """Rates every sentence of a document; higher is better."""

    def __call__(self, document: Document, language: Language) -> list[float]:
        """One score per sentence of ``document``, in document order."""
        ...


# Weights of the summ scorer, fitted by bench/fit.py (coordinate search on ROUGE-1 F1 over the
# BBC, CNN/DM+XSum writer and XSum dev files of ../shared/eval; measured in bench/RESULTS.md).
_LENGTH_EXPONENT = 0.5  # centrality / terms**0.5: sumy Reduction's liking for long sentences, tamed
_LEAD = 2.25  # weight of the lead prior when the budget is a small share of the article (3/30)
_LEAD_SHARE = 0.25  # budget share k/n at which the lead prior is down to half (BBC keeps ~40%)
_LEAD_STEEPNESS = 12.0  # how sharply it falls around that share
_LEAD_DECAY = 1.0  # prior of the p-th paragraph: 1 / (1 + p) ** decay
_TITLE = 0.1  # cosine with the title (Edmundson's title method)
_SHORT = 6  # words; shorter sentences are rarely informative on their own
DANGLING = 0.15  # what select.py takes off a pronoun/connective opener whose antecedent is left out
DEFAULT_BUDGET = 5  # sentences assumed until select.py gives the real budget (Options' default)
NEVER = -1.0e9  # the score of page furniture: below anything a sentence can score

# Openers that point back to an earlier sentence: read alone they mislead ("He denied it.").
OPENER = re.compile(
    r"^[\"“‘']?(?:he|she|it|they|them|his|her|its|their|this|that|these|those|but|and|so|yet|"
    r"however|also|meanwhile|then|there|such|both|another|the latter|the former)\b",
    re.IGNORECASE,
)


class Scores(list[float]):
    """summ's scores, which select.py re-weighs once it knows the budget.

    A list of floats (the scores for DEFAULT_BUDGET sentences), so it is a Scorer's result like
    any other; ``for_budget`` gives the scores for the real one, and ``openers`` says which
    sentences lean on the one before them.
    """

    def __init__(self, content: list[float], lead: list[float], openers: list[bool]) -> None:
        self.content = content
        self.lead = lead
        self.openers = openers
        super().__init__(self.for_budget(DEFAULT_BUDGET))

    def for_budget(self, limit: int) -> list[float]:
        """Scores when ``limit`` sentences are kept: the smaller their share, the more lead counts.

        A short budget on a long article is a news lead's job (CNN/DM references sit in the first
        paragraphs); a budget of ~40% (BBC's references) is won by central sentences anywhere.
        """
        share = min(1.0, limit / max(1, len(self.content)))
        weight = _LEAD / (1 + (share / _LEAD_SHARE) ** _LEAD_STEEPNESS)
        return [
            c if c <= NEVER else c + weight * lead
            for c, lead in zip(self.content, self.lead, strict=True)
        ]


def summ_scores(document: Document, language: Language) -> Scores:
    """Length-tempered centrality, title overlap and a budget-aware lead prior (all linear time)."""
    english = language.name == "english"
    furniture = [english and is_boilerplate(s.text) for s in document.sentences]
    counts = [vectors.counts(language.terms(s.text)) for s in document.sentences]
    centrality = _centrality(counts, furniture)
    peak = max(centrality, default=0.0) or 1.0
    title = vectors.counts(language.terms(document.title or ""))
    content, lead = [], []
    for sentence, vec, central, skip, prior in zip(
        document.sentences, counts, centrality, furniture, _lead_prior(document), strict=True
    ):
        short = min(1.0, sentence.words / _SHORT)
        overlap = vectors.cosine(title, vec) if title else 0.0
        content.append(NEVER if skip else short * (central / peak + _TITLE * overlap))
        lead.append(short * prior)
    openers = [english and bool(OPENER.match(s.text)) for s in document.sentences]
    return Scores(content, lead, openers)


def _centrality(counts: list[vectors.Vector], furniture: list[bool]) -> list[float]:
    """Words shared with the rest of the article, over terms ** _LENGTH_EXPONENT.

    The sum of dot products with every other sentence is one dot product with the article's
    summed counts, so this is O(total terms), where sumy's Reduction compares every pair. The
    divisor sits between Reduction (log lengths: long sentences win) and cosine (length-blind).
    """
    total: vectors.Vector = {}
    for vec, skip in zip(counts, furniture, strict=True):
        if not skip:
            vectors.add(total, vec)
    scores = []
    for vec in counts:
        shared = vectors.dot(vec, total) - vectors.dot(vec, vec)
        scores.append(max(0.0, shared) / max(1.0, sum(vec.values())) ** _LENGTH_EXPONENT)
    return scores


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
