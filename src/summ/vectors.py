"""Sparse term vectors and the cosine between them, shared by scoring and selection.

Plain dicts, not numpy: an article has a few dozen sentences of a few dozen terms, where building
arrays costs more than the arithmetic; and sparse sums keep the centrality below linear-in-terms.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

Vector = dict[str, float]


def counts(terms: Iterable[str]) -> Vector:
    """Raw term counts."""
    return {t: float(c) for t, c in Counter(terms).items()}


def tfidf(sentences: Sequence[Sequence[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors (sublinear tf, smoothed idf) of each sentence's terms."""
    total = len(sentences)
    df = Counter(t for terms in sentences for t in set(terms))
    idf = {t: math.log((1 + total) / (1 + d)) + 1 for t, d in df.items()}
    vectors = []
    for terms in sentences:
        vector = {t: (1 + math.log(c)) * idf[t] for t, c in Counter(terms).items()}
        vectors.append(normalized(vector))
    return vectors


def normalized(vector: Vector) -> Vector:
    """``vector`` scaled to unit length (an empty vector stays empty)."""
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def dot(a: Vector, b: Vector) -> float:
    """Dot product, iterating over the shorter vector."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two vectors that need not be normalized."""
    norms = math.sqrt(dot(a, a) * dot(b, b))
    return dot(a, b) / norms if norms else 0.0


def add(total: Vector, vector: Vector, weight: float = 1.0) -> None:
    """``total += weight * vector``, in place."""
    for t, v in vector.items():
        total[t] = total.get(t, 0.0) + weight * v
