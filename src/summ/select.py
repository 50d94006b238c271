"""From scores to picks: the budget, redundancy removal, and the article's order restored.

Greedy in score order (Carbonell & Goldstein's MMR with a hard cut-off): a candidate is dropped
when it is too similar to a sentence already picked. Each candidate is compared with the picks
only, so the cost is O(sentences × picks), not quadratic in the article.

Scores (``scoring.Scores``) are finished for the budget here (summ's own get their lead prior),
and a sentence that opens with "He" or "But" (``scoring.OPENER``, flagged by summ's scorer) is not
left without the sentence it leans on: with room to spare it comes with that sentence; otherwise
it waits behind its score less ``Weights.dangling`` until that sentence is picked.
"""

from __future__ import annotations

import heapq
import math
from typing import TYPE_CHECKING

from summ import vectors
from summ.models import Pick
from summ.scoring import NEVER

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from summ.lang import Language
    from summ.models import Document, Length
    from summ.scoring import Scores


def budget(length: Length, total: int) -> int:
    """How many sentences a sentence or ratio budget allows (at least one, at most all)."""
    if length.sentences is not None:
        return min(length.sentences, total)
    if length.ratio is not None:
        return max(1, min(total, math.ceil(length.ratio * total)))
    return total


class Decisions:
    """What select() decided about each sentence it looked at, for ``--explain``.

    Filled only when one is passed in (the default path keeps no record): ``scores`` are the
    scores for the real budget; ``reasons[i]`` says why sentence i was left out when it was
    considered (never considered: the budget was full before its turn).
    """

    def __init__(self) -> None:
        self.scores: list[float] = []
        self.budget = 0
        self.reasons: dict[int, str] = {}


def select(  # noqa: PLR0913  (the document, its scores, then the settings of the selection)
    document: Document,
    scored: Scores,
    length: Length,
    language: Language,
    redundancy: float,
    *,
    decisions: Decisions | None = None,
) -> tuple[Pick, ...]:
    """Pick the best sentences within ``length``, none too like another, in article order."""
    limit = budget(length, len(document.sentences))
    openers, kept = scored.openers, scored.vectors
    expected = _expected_picks(document, length, limit)
    scores = scored.for_budget(expected)
    if decisions is not None:
        decisions.scores, decisions.budget = scores, expected
    # What a dangling opener's score loses while it waits (scores are ~0-1, the lead adds up to
    # 2): enough that it is picked alone only when it beats the rest by far.
    waits = scored.weights.dangling
    # Picks that must stay free after an opener and its antecedent are taken together: a short
    # summary (3 sentences) is better served by two independent sentences than by one pair.
    spare = scored.weights.pair_spare

    def vector(index: int) -> vectors.Vector:
        """A sentence's term counts: the scorer's if it kept them, else counted here."""
        if kept:
            return kept[index]
        return vectors.counts(language.terms(document.sentences[index].text))

    picker = _Picker(document, scores, length, vector, redundancy)
    picker.reasons = decisions.reasons if decisions is not None else None
    heap = [(-score, index) for index, score in enumerate(scores)]
    heapq.heapify(heap)
    waiting: set[int] = set()
    while heap and len(picker.chosen) < limit:
        _, index = heapq.heappop(heap)
        if index in picker.picked:
            continue
        if openers and index not in waiting and picker.dangles(index, openers):
            if limit - len(picker.chosen) >= 2 + spare and picker.pair(index, openers):
                continue
            waiting.add(index)
            # index - 1 in counting from 0 is sentence ``index`` counting from 1.
            picker.why(index, f"leans on sentence {index} (opens with a pronoun or connective)")
            heapq.heappush(heap, (waits - scores[index], index))
            continue
        waiting.discard(index)
        if picker.add(index) and index + 1 in waiting:
            # The opener after it no longer dangles: back at its full score.
            waiting.discard(index + 1)
            heapq.heappush(heap, (-scores[index + 1], index + 1))
    return picker.picks()


class _Picker:
    """The picks so far, and the checks a new one must pass (furniture, words, redundancy)."""

    def __init__(
        self,
        document: Document,
        scores: Sequence[float],
        length: Length,
        vector: Callable[[int], vectors.Vector],
        redundancy: float,
    ) -> None:
        self.document, self.scores, self.length = document, scores, length
        self.vector, self.redundancy = vector, redundancy
        self.chosen: list[tuple[int, vectors.Vector]] = []
        self.picked: set[int] = set()
        self.words = 0
        self.reasons: dict[int, str] | None = None

    def why(self, index: int, reason: str) -> None:
        """Note why ``index`` was not taken (for --explain; nothing is kept otherwise)."""
        if self.reasons is not None:
            self.reasons[index] = reason

    def dangles(self, index: int, openers: Sequence[bool]) -> bool:
        """Whether ``index`` opens with a pronoun or connective and its predecessor is out."""
        return openers[index] and index - 1 not in self.picked

    def pair(self, index: int, openers: Sequence[bool]) -> bool:
        """Pick an opener's predecessor, then the opener; False if the predecessor cannot go."""
        before = index - 1
        if before < 0 or self.scores[before] <= NEVER or self.dangles(before, openers):
            return False
        words = self.document.sentences[before].words + self.document.sentences[index].words
        if self.length.words is not None and self.words + words > self.length.words:
            return False
        if not self.add(before):
            return False
        self.add(index)
        return True

    def add(self, index: int) -> bool:
        """Pick ``index`` unless it is furniture, over the word budget or like an earlier pick."""
        if self.scores[index] <= NEVER and self.chosen:
            # page furniture (boilerplate.py): never picked, even with room to spare
            self.why(index, "page furniture")
            return False
        sentence = self.document.sentences[index]
        words = self.length.words
        if words is not None and self.chosen and self.words + sentence.words > words:
            self.why(index, f"over the word budget ({self.words} + {sentence.words} > {words})")
            return False
        vec = self.vector(index)
        for other_index, other in self.chosen:
            likeness = vectors.cosine(vec, other)
            if likeness > self.redundancy:
                # Sentence numbers as a reader counts them, from 1.
                self.why(index, f"repeats sentence {other_index + 1} (likeness {likeness:.2f})")
                return False
        self.chosen.append((index, vec))
        self.picked.add(index)
        self.words += sentence.words
        return True

    def picks(self) -> tuple[Pick, ...]:
        """The picks in article order, ranked in the order they were taken."""
        ranks = {index: rank for rank, (index, _) in enumerate(self.chosen, start=1)}
        return tuple(
            Pick(self.document.sentences[i], self.scores[i], ranks[i]) for i in sorted(ranks)
        )


def _expected_picks(document: Document, length: Length, limit: int) -> int:
    """Sentences the budget will hold: a word budget is read as that many average sentences."""
    if length.words is None:
        return limit
    average = sum(s.words for s in document.sentences) / len(document.sentences)
    return max(1, min(limit, round(length.words / max(1.0, average))))
