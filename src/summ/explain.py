"""``--explain``: every sentence's score taken apart, and why selection left some out.

The parts are recomputed from the scorer's own reading with the same functions and weights
(``scoring.views``, ``Scores.lead_weight``, ``scoring.gate``), so they add up to the score the
selection compared; a test holds them to it. Other algorithms have one part, their score.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summ.models import Trace
from summ.scoring import NEVER, VIEWS, gate, views

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.models import Pick
    from summ.scoring import Reading, Scores
    from summ.select import Decisions


def trace(
    scores: Scores,
    reading: Reading | None,
    decisions: Decisions,
    picks: Sequence[Pick],
) -> tuple[Trace, ...]:
    """One Trace a sentence, in article order."""
    ranks = {p.sentence.index: p.rank for p in picks}
    parts = _parts(scores, reading, decisions.budget) if reading is not None else None
    out = []
    for index, score in enumerate(decisions.scores):
        rank = ranks.get(index)
        reason = None if rank is not None else decisions.reasons.get(index, _full(decisions))
        named: tuple[tuple[str, float], ...] = ()
        if score <= NEVER:
            reason = "page furniture"
        else:
            named = parts[index] if parts is not None else (("score", score),)
        out.append(Trace(index, score, named, rank, reason))
    return tuple(out)


def _full(decisions: Decisions) -> str:
    return f"the budget was full ({decisions.budget} sentences) before its turn"


def _parts(
    scores: Scores, reading: Reading, budget: int
) -> list[tuple[tuple[str, float], ...]]:
    """The terms of each sentence's summ score: weighted views, length penalty, lead, quotation."""
    w = scores.weights
    small = scores.lead_weight(budget) if scores.lead else 0.0
    peak = max(scores.content) or 1.0
    weight_of = {name: getattr(w, name) for name in VIEWS}
    out = []
    for index, view in enumerate(views(reading, w)):
        words = reading.words[index]
        short = min(1.0, words / w.short)
        pairs = zip(VIEWS, view, strict=True)
        named = [(name, short * weight_of[name] * value) for name, value in pairs]
        named.append(("long", -w.long_penalty * max(0.0, words / w.long - 1)))
        if scores.lead:
            content = scores.content[index]
            lead = small * w.lead * scores.lead[index] * gate(content / peak, w.lead_gate)
            named += [("lead", lead), ("quote", -small * w.quote * scores.quotes[index])]
        out.append(tuple(named))
    return out
