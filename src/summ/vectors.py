"""Sparse term vectors and the cosine between them, shared by scoring and selection.

Plain dicts, not numpy: an article has a few dozen sentences of a few dozen terms, where building
arrays costs more than the arithmetic, and one summed sparse vector keeps centrality linear.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

Vector = dict[str, float]


def counts(terms: Iterable[str]) -> Vector:
    """Raw term counts."""
    return {t: float(c) for t, c in Counter(terms).items()}


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
