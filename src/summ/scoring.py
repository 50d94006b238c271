"""Sentence scorers behind one signature: ``(Document, Language) -> one score per sentence``.

``summ`` is the project's own scorer; ``lead`` keeps the article's opening; the rest adapt
sumy's algorithms (imported only when chosen, as sumy and NLTK take ~0.5 s to import).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Protocol

from summ import vectors
from summ.models import Algorithm

if TYPE_CHECKING:
    from summ.lang import Language
    from summ.models import Document


class Scorer(Protocol):
    """Rates every sentence of a document; higher is better."""

    def __call__(self, document: Document, language: Language) -> list[float]: ...


# Weights of the summ scorer, fitted on ../shared/eval dev data with bench/quality.py.
_FORWARD = 1.0  # similarity to later sentences: a lead sentence sets up what follows (PacSum)
_BACKWARD = 1.0  # similarity to earlier sentences (PacSum makes this negative; BBC disagrees)
_CENTRALITY = 1.0
_POSITION = 1.5
_TITLE = 0.5
_SHORT = 8  # words; shorter sentences are rarely informative on their own


def summ_scores(document: Document, language: Language) -> list[float]:
    """Position-aware centrality (PacSum-style, linear time) plus title overlap and length."""
    terms = [language.terms(s.text) for s in document.sentences]
    vecs = vectors.tfidf(terms)
    centrality = _directed_centrality(vecs)
    peak = max(centrality, default=0.0) or 1.0
    title = vectors.counts(language.terms(document.title or ""))
    scores = []
    for sentence, vec, central in zip(document.sentences, vecs, centrality, strict=True):
        position = 1 / math.sqrt(1 + sentence.index)
        overlap = vectors.cosine(title, vec) if title else 0.0
        short = min(1.0, sentence.words / _SHORT)
        score = _CENTRALITY * central / peak + _POSITION * position + _TITLE * overlap
        scores.append(score * short)
    return scores


def _directed_centrality(vecs: list[vectors.Vector]) -> list[float]:
    """Weighted degree of each sentence, split into edges to earlier and to later sentences.

    With unit vectors, the sum of cosines to a set of sentences is one dot product with their
    summed vectors, so this costs O(total terms) instead of O(sentences²).
    """
    total: vectors.Vector = {}
    for vec in vecs:
        vectors.add(total, vec)
    before: vectors.Vector = {}
    scores = []
    for vec in vecs:
        backward = vectors.dot(vec, before)
        forward = vectors.dot(vec, total) - backward - vectors.dot(vec, vec)
        scores.append(_FORWARD * forward + _BACKWARD * backward)
        vectors.add(before, vec)
    low = min(scores, default=0.0)
    return [s - low for s in scores]


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
