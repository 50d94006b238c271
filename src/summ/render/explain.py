"""The ``--explain`` section: why each sentence is in the summary or not, and each speaker's cue.

Shared by the text renderers and the terminal; JSON gets every sentence (``as_dict``), the
screen the picks and the best-scored sentences left out, where "why not this one?" is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summ.render.common import clean, excerpt

if TYPE_CHECKING:
    from summ.models import Summary, Trace

LEFT_OUT = 5  # the best-scored sentences left out that the section shows, beside the picks
_TINY = 0.005  # parts smaller than this print as 0.00: left out of the line
_SPEAKER_CUES = {  # Quote.evidence, in words (models.Quote says what each one means)
    "cue": "named beside it",
    "pronoun": "a pronoun beside it, resolved",
    "description": "a description beside it, resolved",
    "reported": "reported speaking just before",
    "carried": "carried from the quote before",
    "pulled out": "the same words attributed elsewhere",
}
_QUOTE_WORDS = 7


def shown(summary: Summary) -> list[Trace]:
    """The picks, then the best-scored sentences left out, in article order within each group."""
    picked = [t for t in summary.trace if t.rank is not None]
    left = sorted((t for t in summary.trace if t.rank is None), key=lambda t: -t.score)
    return picked + sorted(left[:LEFT_OUT], key=lambda t: t.index)


def parts(trace: Trace) -> str:
    """``lead +2.00 · central +0.50 · …``, the largest parts first."""
    named = sorted((p for p in trace.parts if abs(p[1]) >= _TINY), key=lambda p: -abs(p[1]))
    return " · ".join(f"{name} {value:+.2f}" for name, value in named)


def status(trace: Trace) -> str:
    """Picked with its rank, or the reason it was left out."""
    return f"picked, rank {trace.rank}" if trace.rank is not None else f"left out: {trace.reason}"


def lines(summary: Summary) -> list[str]:
    """The section as plain lines (plain text and Markdown indent them as they need)."""
    if not summary.trace:
        return []
    out = [f"Why these sentences ({summary.options.algorithm.value}):"]
    for trace in shown(summary):
        sentence = summary.document.sentences[trace.index]
        words = clean(sentence.text).split(" ")
        opening = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
        out.append(f"  #{trace.index + 1} score {trace.score:.2f}, {status(trace)}: {opening}")
        if parts(trace):
            out.append(f"      {parts(trace)}")
    speakers = speaker_lines(summary)
    if speakers:
        out += ["", "How each speaker was found:", *[f"  {line}" for line in speakers]]
    return out


def speaker_lines(summary: Summary) -> list[str]:
    """One line a quote with a speaker: the quote's opening, who, and by which cue."""
    out = []
    for quote in summary.quotes:
        if not quote.speaker:
            continue
        words = excerpt(quote).split(" ")
        opening = " ".join(words[:_QUOTE_WORDS]) + (" …" if len(words) > _QUOTE_WORDS else "")
        cue = _SPEAKER_CUES.get(quote.evidence or "", quote.evidence or "unknown")
        out.append(f"“{opening}” — {clean(quote.speaker)}: {cue}")
    return out


def as_dict(summary: Summary) -> dict[str, object]:
    """Every sentence's score, parts and fate, for JSON."""
    return {
        "sentences": [
            {
                "index": t.index,
                "score": round(t.score, 6),
                "parts": {name: round(value, 6) for name, value in t.parts},
                "rank": t.rank,
                "reason": t.reason,
            }
            for t in summary.trace
        ],
    }
