"""Capitalised runs of words, and the person's name a run gives in a language's press.

A run is what a name is written as: capitalised words, maybe with particles ("Ursula von der
Leyen"). ``clean`` drops what precedes a name in a run (articles at a sentence's start, titles,
German roles such as "Vorstandschefin", a Russian body in the genitive) and refuses runs that
name an organisation (an acronym, five words or more).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summ.highlight.speech import Speech

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*\.?")
_PARTICLES = frozenset({"von", "van", "de", "da", "di", "del", "dos", "das", "du", "zu", "ter"})
_OPENERS = ' \t\u00a0"“„«»‹›(—–-'  # what may stand between a sentence's end and its first word
_PATRONYMIC = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична")
_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive capitalised words (with name particles between them) and the word before."""

    start: int
    end: int
    words: tuple[str, ...]
    before: str
    """The lower-cased word right before the run, if only spaces separate them."""
    opens: bool
    """Whether the run opens a sentence, where an article is capitalised ("La ministre")."""


def runs(text: str, start: int = 0, end: int | None = None, *, opens: bool = True) -> list[Run]:
    """The capitalised runs of ``text[start:end]``, in order.

    ``opens`` says whether ``start`` opens a sentence (it does not after a verb of saying).
    """
    end = len(text) if end is None else end
    found: list[Run] = []
    words: list[re.Match[str]] = []
    before, previous = "", None
    for token in _TOKEN.finditer(text, start, end):
        joined = previous is not None and not text[previous.end() : token.start()].strip()
        word = token[0]
        capital = word[0].isupper()
        if capital and words and joined:
            words.append(token)
        elif capital:
            _close(found, words, before, text, start, opens=opens)
            words = [token]
            before = previous[0].lower() if previous is not None and joined else ""
        elif word.lower() in _PARTICLES and words and joined:
            words.append(token)
        else:
            _close(found, words, before, text, start, opens=opens)
            words = []
        previous = token
    _close(found, words, before, text, start, opens=opens)
    return found


def _close(  # noqa: PLR0913 - the state of the run being closed
    found: list[Run],
    words: list[re.Match[str]],
    before: str,
    text: str,
    start: int,
    *,
    opens: bool,
) -> None:
    while words and words[-1][0][0].islower():
        words.pop()  # a particle is never last: "Müller von" ends at "Müller"
    if words:
        at = words[0].start()
        head = text[max(start, at - 8) : at].rstrip(_OPENERS)
        first = head[-1] in ".!?:\n" if head else opens or at - start > 8
        found.append(
            Run(words[0].start(), words[-1].end(), tuple(w[0] for w in words), before, first)
        )


def clean(run: Run, speech: Speech) -> tuple[str, ...]:
    """A run without its leading articles, verbs, titles and roles, cut to its name.

    An article starts a name inside a sentence ("a déclaré Le Pen"), not at its start.
    """
    out = list(run.words)
    articles = speech.determiners | speech.links
    while out and (
        out[0].lower().rstrip(".") in speech.honorifics
        or (out[0].lower() in articles and (run.opens or out[0].islower()))
        or speech.verb_re.fullmatch(out[0])  # "Selon Paul Durand", "Laut Müller"
    ):
        out.pop(0)
    while out and speech.role_re is not None and speech.role_re.fullmatch(out[0].rstrip(".")):
        out.pop(0)
    out[-1:] = [out[-1].rstrip(".")] if out else []
    if speech.role_re is not None and len(capitals(out)) > 2:
        out = _lastcapitals(out, 2)  # German: an unknown role before first and last name
    if len(capitals(out)) > 2 and not speech.determiners:
        # Russian: first name, patronymic and surname, or first name and surname after a body
        keep = 3 if out[-2].endswith(_PATRONYMIC) else 2
        out = _lastcapitals(out, keep)
    if len(capitals(out)) > _MAX_WORDS or any(w.isupper() and len(w) > 1 for w in out):
        return ()  # an organisation or an acronym, not a person
    return tuple(out)


def capitals(words: list[str]) -> list[str]:
    """The capitalised words of a name (not its particles)."""
    return [w for w in words if w[0].isupper()]


def _lastcapitals(words: list[str], keep: int) -> list[str]:
    seen = 0
    for i in range(len(words) - 1, -1, -1):
        seen += words[i][0].isupper()
        if seen == keep:
            return words[i:]
    return words
