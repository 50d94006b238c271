"""From scores to picks: the budget, redundancy removal, and the article's order restored.

Greedy in score order (Carbonell & Goldstein's MMR with a hard cut-off): a candidate is dropped
when it is too similar to a sentence already picked. Each candidate is compared with the picks
only, so the cost is O(sentences × picks), not quadratic in the article.

summ's own scores (``scoring.Scores``) are re-weighed for the budget here, and a sentence that
opens with "He" or "But" waits behind its score less ``scoring.DANGLING`` unless the sentence
before it is already picked. Other scorers' lists are taken as they are.
"""

from __future__ import annotations

import heapq
import math
from typing import TYPE_CHECKING

from summ import vectors
from summ.models import Pick
from summ.scoring import DANGLING, NEVER, Scores

if TYPE_CHECKING:
    from collections.abc import Container, Iterator, Sequence

    from summ.lang import Language
    from summ.models import Document, Length


def budget(length: Length, total: int) -> int:
    """How many sentences a sentence or ratio budget allows (at least one, at most all)."""
    if length.sentences is not None:
        return min(length.sentences, total)
    if length.ratio is not None:
        return max(1, min(total, math.ceil(length.ratio * total)))
    return total


def select(
    document: Document,
    scores: Sequence[float],
    length: Length,
    language: Language,
    redundancy: float,
) -> tuple[Pick, ...]:
    """Pick the best sentences within ``length``, none too like another, in article order."""
    limit = budget(length, len(document.sentences))
    openers: Sequence[bool] = ()
    if isinstance(scores, Scores):
        openers = scores.openers
        scores = scores.for_budget(_expected_picks(document, length, limit))
    chosen: list[tuple[int, vectors.Vector]] = []
    picked: set[int] = set()
    words = 0
    for index in _order(scores, openers, picked):
        if len(chosen) >= limit:
            break
        if scores[index] <= NEVER and chosen:
            continue  # page furniture (boilerplate.py): never picked, even with room to spare
        sentence = document.sentences[index]
        if length.words is not None and chosen and words + sentence.words > length.words:
            continue
        vec = vectors.counts(language.terms(sentence.text))
        if any(vectors.cosine(vec, other) > redundancy for _, other in chosen):
            continue
        chosen.append((index, vec))
        picked.add(index)
        words += sentence.words
    ranks = {index: rank for rank, (index, _) in enumerate(chosen, start=1)}
    return tuple(
        Pick(document.sentences[i], scores[i], ranks[i]) for i in sorted(ranks)
    )


def _expected_picks(document: Document, length: Length, limit: int) -> int:
    """Sentences the budget will hold: a word budget is read as that many average sentences."""
    if length.words is None:
        return limit
    average = sum(s.words for s in document.sentences) / len(document.sentences)
    return max(1, min(limit, round(length.words / max(1.0, average))))


def _order(
    scores: Sequence[float], openers: Sequence[bool], picked: Container[int]
) -> Iterator[int]:
    """Indices best score first (ties: earlier first); an opener waits, DANGLING lower.

    An opener whose previous sentence gets picked meanwhile comes back at its full score. With
    no openers this is exactly ``sorted(range(n), key=lambda i: (-scores[i], i))``.
    """
    heap = [(-score, index) for index, score in enumerate(scores)]
    heapq.heapify(heap)
    waiting: set[int] = set()
    done: set[int] = set()
    while heap:
        _, index = heapq.heappop(heap)
        if index in done:
            continue
        if openers and openers[index] and index - 1 not in picked and index not in waiting:
            waiting.add(index)
            heapq.heappush(heap, (DANGLING - scores[index], index))
            continue
        done.add(index)
        yield index
        if index in picked and index + 1 in waiting and index + 1 not in done:
            heapq.heappush(heap, (-scores[index + 1], index + 1))
