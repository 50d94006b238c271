"""Sparse term vectors, their dot products and cosines, shared by scoring and selection.

Plain dicts, not numpy: an article has a few dozen sentences of a few dozen terms, where building
arrays costs more than the arithmetic, and one summed sparse vector keeps centrality linear.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain, compress, repeat
from operator import mul
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

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


class Dots(NamedTuple):
    """Each vector's dot product with itself and with the sum of the vectors, for centrality.

    scoring.py computes one per kind of vector; the stemmed counts' serve three views.
    """

    own: list[float]
    shared: list[float]
    """With the summed vector (the kept vectors only), the vector's own share included."""
    total: float
    """The summed vector with itself."""


def counted_dots(
    terms: Sequence[Sequence[str]], keep: list[bool], counted: Sequence[Vector] = ()
) -> Dots:
    """The dot products of the counts of each list of ``terms`` (``counted``, if made already).

    Counts are whole numbers, and so are their products and sums (far below 2**53): exact in
    any order. So counting in C gives the very floats that summing dicts would, and a dot with
    the total is the sum of the total's count of each term read.
    """
    total = Counter(chain.from_iterable(compress(terms, keep)))
    # With as many entries as terms, a vector is all ones and its dot with itself that number
    # (no term repeats in four sentences in five); a set shows it sooner than counting does.
    own = [
        float(len(t)) if len(distinct) == len(t) else _squares(t)
        for t, distinct in zip(terms, counted or map(set, terms), strict=True)
    ]
    shared = [float(sum(map(total.__getitem__, t))) for t in terms]
    return Dots(own, shared, float(sum(map(mul, total.values(), total.values()))))


def _squares(terms: Sequence[str]) -> float:
    """The counts of ``terms`` dotted with themselves."""
    vec = counts(terms)
    return dot(vec, vec)


def idf_dots(vecs: Sequence[Vector], keep: list[bool]) -> Dots:
    """The dot products of the vectors times log(1 + n / vectors with the term).

    That is, the vectors are their own corpus. These weights are not whole numbers: every sum
    is taken in one fixed order, the summed vector's term by term in the vectors' order, a dot
    product's in the order of the shorter vector's terms (as :func:`dot` and :func:`add` do).
    """
    frequency = Counter(chain.from_iterable(vecs))
    n = len(vecs)
    # One logarithm per frequency, not per term: a few dozen terms share each.
    idf = {count: math.log(1 + n / count) for count in set(frequency.values())}
    weighted = [
        list(map(mul, vec.values(), map(idf.__getitem__, map(frequency.__getitem__, vec))))
        for vec in vecs
    ]
    total: Vector = {}
    for vec, weights in compress(zip(vecs, weighted, strict=True), keep):
        for term, weight in zip(vec, weights, strict=True):
            total[term] = total.get(term, 0.0) + weight
    shared = [
        sum(map(mul, weights, map(total.__getitem__, vec)))
        if kept  # then the total holds every term, and is the longer vector
        else dot(dict(zip(vec, weights, strict=True)), total)
        for vec, weights, kept in zip(vecs, weighted, keep, strict=True)
    ]
    own = [sum(map(mul, weights, weights)) for weights in weighted]
    return Dots(own, shared, dot(total, total))
