"""How much a sentence of a story's sources counts: centrality, place, agreement.

Its centrality in the whole cluster, its place in its own article, and how many sources share
its words.

All of it is linear in the total number of terms: the cluster's articles are scored as one
document by summ's scorer (so a sentence is central when it shares words with every source),
and agreement is read from a map of each term to the number of sources that use it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summ import vectors
from summ.models import Document, Sentence
from summ.scoring import NEVER, Scores

if TYPE_CHECKING:
    from collections.abc import Sequence

# Fitted on the even clusters of multinews_dev.jsonl with bench/multinews.py (ROUGE-1 F1 at the
# reference's word budget); the odd ones are the check.
AGREEMENT = 6.0  # weight of the share of a sentence's terms that other sources use too
AGREEMENT_EXPONENT = 1.0  # the share is over terms ** this: 1 a mean, below 1 favours length
LEAD = 0.5  # each article's lead prior, times scoring's own lead weight
# Several reports of one fact say it in different words: a digest cuts near-repeats at this
# share of the single summary's redundancy (0.45 for its 0.6; 0.6 itself: -1.3 ROUGE-1).
REDUNDANCY_SHARE = 0.75
# A source whose words' cosine with the other sources' is below this is off topic. Measured by
# adding one article of another cluster to each even dev cluster: 0.15 catches 96% of these
# intruders (0.12: 88%, 0.2: 100%) and flags 13% of the clusters' own articles (0.2: 19%),
# most of them the data's web-archive boilerplate. ROUGE moves within noise (0.12-0.18).
OFF_TOPIC = 0.15
OFF_TOPIC_PENALTY = 2.0  # taken off its sentences' scores: picked only when nothing else is left
_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Cluster:
    """The sources' documents joined into one, and the way back to each source."""

    document: Document
    owners: tuple[int, ...]
    """For each sentence of ``document``, the index of its source (0-based)."""
    locals: tuple[Sentence, ...]
    """For each sentence of ``document``, the same sentence in its own source."""


def join(documents: Sequence[Document], language: str) -> Cluster:
    """One document holding every source's sentences in input order, paragraphs kept apart."""
    sentences: list[Sentence] = []
    owners: list[int] = []
    locals_: list[Sentence] = []
    offset = paragraph = 0
    for number, document in enumerate(documents):
        for s in document.sentences:
            shifted = Sentence(
                len(sentences),
                paragraph + s.paragraph,
                s.start + offset,
                s.end + offset,
                s.text,
                s.words,
            )
            sentences.append(shifted)
            owners.append(number)
            locals_.append(s)
        offset += len(document.text) + len(_SEPARATOR)
        paragraph += 1 + max((s.paragraph for s in document.sentences), default=0)
    text = _SEPARATOR.join(d.text for d in documents)
    joined = Document(text, tuple(sentences), None, "<digest>", language)
    return Cluster(joined, tuple(owners), tuple(locals_))


@dataclass(frozen=True, slots=True)
class DigestScores(Scores):
    """summ's scores of the joined sources, with each article's own lead and cross-source terms.

    select.py calls ``for_budget`` once it knows the budget; the share of the cluster it takes
    sets the lead's weight as in a single article, and agreement and the off-topic penalty
    (``extra``) are added on top.
    """

    extra: tuple[float, ...] = ()

    def for_budget(self, limit: int) -> list[float]:
        """The single-article scores for ``limit`` picks, plus agreement, less off-topic."""
        scores = Scores.for_budget(self, limit)
        return [s if s <= NEVER else s + e for s, e in zip(scores, self.extra, strict=True)]


def digest_scores(base: Scores, cluster: Cluster, overlaps: Sequence[float]) -> DigestScores:
    """``base`` (the joined text's scores) with each source's own lead and cross-source terms."""
    starts = [
        i for i, owner in enumerate(cluster.owners) if i == 0 or cluster.owners[i - 1] != owner
    ]
    openers = list(base.openers)
    for start in starts:  # an article's first sentence leans on nothing of the one before it
        openers[start] = False
    extra = _extra(base.vectors, cluster.owners, off_topic(overlaps))
    return DigestScores(
        base.content, tuple(_lead(cluster)), base.quotes, tuple(openers), base.vectors,
        base.weights, tuple(extra),
    )


def _lead(cluster: Cluster) -> list[float]:
    """1 / (1 + p) for a sentence of its own article's p-th paragraph (as scoring's lead prior)."""
    priors: list[float] = []
    seen, last, owner = -1, None, None
    for sentence, local, source in zip(
        cluster.document.sentences, cluster.locals, cluster.owners, strict=True
    ):
        if source != owner:
            seen, last, owner = -1, None, source
        if local.paragraph != last:
            seen, last = seen + 1, local.paragraph
        priors.append(LEAD * min(1.0, sentence.words / 10) / (1 + seen))
    return priors


def off_topic(overlaps: Sequence[float]) -> list[bool]:
    """Which sources share too little with the rest, when the rest has a story in common.

    Overlap is symmetric between two sources (and low for all when none share a story): then
    there is no telling which is off topic, and none is.
    """
    core = max(overlaps, default=0.0) >= OFF_TOPIC
    return [core and overlap < OFF_TOPIC for overlap in overlaps]


def _extra(
    counts: Sequence[vectors.Vector], owners: Sequence[int], away: Sequence[bool]
) -> list[float]:
    """AGREEMENT × the share of a sentence's terms used by other sources, less off-topic."""
    users: dict[str, set[int]] = {}
    for vector, owner in zip(counts, owners, strict=True):
        for term in vector:
            users.setdefault(term, set()).add(owner)
    others = max(1, len(set(owners)) - 1)
    extra = []
    for vector, owner in zip(counts, owners, strict=True):
        shared = (
            sum((len(users[t]) - 1) / others for t in vector)
            / max(1, len(vector)) ** AGREEMENT_EXPONENT
        )
        penalty = OFF_TOPIC_PENALTY if away[owner] else 0.0
        extra.append(AGREEMENT * shared - penalty)
    return extra


def overlaps(counts: Sequence[vectors.Vector], owners: Sequence[int], sources: int) -> list[float]:
    """Each source's cosine with the sum of the others' (each source's vector made unit first).

    A single source has nothing to disagree with: 1.
    """
    totals: list[vectors.Vector] = [{} for _ in range(sources)]
    for vector, owner in zip(counts, owners, strict=True):
        vectors.add(totals[owner], vector)
    if sources < 2:
        return [1.0] * sources
    units = [_unit(total) for total in totals]
    everything: vectors.Vector = {}
    for unit in units:
        vectors.add(everything, unit)
    # |E - u|² = |E|² - 2 u·E + |u|², so the rest of the cluster needs no vector of its own.
    square = vectors.dot(everything, everything)
    result = []
    for unit in units:
        shared = vectors.dot(unit, everything)
        own = vectors.dot(unit, unit)
        rest = math.sqrt(max(0.0, square - 2 * shared + own) * own)
        result.append(max(0.0, (shared - own) / rest) if rest > 0 else 0.0)
    return result


def _unit(vector: vectors.Vector) -> vectors.Vector:
    norm = math.sqrt(vectors.dot(vector, vector))
    return {t: v / norm for t, v in vector.items()} if norm else {}
