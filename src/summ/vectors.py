"""Sparse term vectors and the cosine between them, shared by scoring and selection.

Plain dicts, not numpy: an article has a few dozen sentences of a few dozen terms, where building
arrays costs more than the arithmetic, and one summed sparse vector keeps centrality linear.
"""

from __future__ import annotations

import math
from itertools import repeat
from operator import mul
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

Vector = dict[str, float]


def counts(terms: Iterable[str]) -> Vector:
    """Raw term counts."""
    # A plain loop beats Counter plus a float conversion on a sentence's dozen terms (2x).
    vector: Vector = {}
    for term in terms:
        vector[term] = vector.get(term, 0.0) + 1.0
    return vector


def dot(a: Vector, b: Vector) -> float:
    """Dot product, iterating over the shorter vector."""
    if len(a) > len(b):
        a, b = b, a
    # map() keeps the loop in C; the terms are summed in the same order as a generator would.
    products: Iterator[float] = (
        map(mul, a.values(), a.values())
        if a is b
        else map(mul, a.values(), map(b.get, a, repeat(0.0)))
    )
    return sum(products)


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two vectors that need not be normalized."""
    norms = math.sqrt(dot(a, a) * dot(b, b))
    return dot(a, b) / norms if norms else 0.0


def add(total: Vector, vector: Vector, weight: float = 1.0) -> None:
    """``total += weight * vector``, in place."""
    for t, v in vector.items():
        total[t] = total.get(t, 0.0) + weight * v
