"""From scores to picks: the budget, redundancy removal, and the article's order restored.

Greedy in score order (Carbonell & Goldstein's MMR with a hard cut-off): a candidate is dropped
when it is too similar to a sentence already picked. Each candidate is compared with the picks
only, so the cost is O(sentences × picks), not quadratic in the article.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from summ import vectors
from summ.models import Pick

if TYPE_CHECKING:
    from collections.abc import Sequence

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
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    chosen: list[tuple[int, vectors.Vector]] = []
    words = 0
    for index in order:
        if len(chosen) >= limit:
            break
        sentence = document.sentences[index]
        if length.words is not None and chosen and words + sentence.words > length.words:
            continue
        vec = vectors.counts(language.terms(sentence.text))
        if any(vectors.cosine(vec, other) > redundancy for _, other in chosen):
            continue
        chosen.append((index, vec))
        words += sentence.words
    ranks = {index: rank for rank, (index, _) in enumerate(chosen, start=1)}
    return tuple(
        Pick(document.sentences[i], scores[i], ranks[i]) for i in sorted(ranks)
    )
