"""When to trust a speaker: names that read as names, and acronyms written out.

"No speaker is better than a wrong one": the speaker finder (``speakers.py``) drops a speaker
that reads as a headline, a dateline, a sentence's first word or a party tag, and writes an
organisation's acronym out as the article introduces it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summ.highlight.mentions import Names

_TITLE_DOT = re.compile(r"(?:^|\s)[A-Z][a-z]{1,3}\.$")
_PARTY_TAG = re.compile(r"[DRI]-[A-Z]")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905


def credible(names: Names, name: str, known: dict[str, bool]) -> bool:
    """``_reads_as_name`` once per name of an article (``known`` holds the answers)."""
    found = known.get(name)
    if found is None:
        found = known[name] = _reads_as_name(names, name)
    return found


def _reads_as_name(names: Names, name: str) -> bool:
    """Whether a speaker reads as a name, not a headline or a sentence's first word.

    An ALL-CAPS phrase is a headline or a dateline ("PHILADELPHIA"), and a single word that the
    article capitalises only where a sentence or a line opens is a gerund or an adverb
    ("Surveying", "Specifically"), not a name.
    """
    words = name.split()
    if name.isupper() and (len(words) > 1 or len(name) > 5 or _dateline(names.text, name)):
        return False
    if len(name) < 2 or _PARTY_TAG.match(name) or any(w.lower() in _WEEKDAYS for w in words):
        return False  # "(R-Texas)", "D.C.", "New Hampshire Monday"
    if len(words) > 1 or name in names.person_words or name in names.titled or name in names.said:
        return True
    name, text = name.rstrip("'’"), names.text
    for mention in names.mentions:
        if mention.form == name:
            before = text[max(0, mention.run_start - 8) : mention.run_start].rstrip(' \t"“‘\'(')
            if before and (before[-1] not in ".!?:\n" or _TITLE_DOT.search(before)):
                return True  # mid-sentence, or after a title ("Gov. Kasich")
    return False


def _dateline(text: str, word: str) -> bool:
    """Whether a word opens a line as a dateline does ("PARIS, May 3 -", "ROME (AP)")."""
    at = text.find(word)
    while at >= 0:
        line_start = at == 0 or text[at - 1] == "\n"
        if line_start and text.startswith((",", " (", " —", " –", " -"), at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def spelled_out(text: str, acronym: str) -> str:
    """An acronym's name written out where the article introduces it, else the acronym.

    "The National Institute of Economic and Social Research (NIESR)" gives the full name, as
    the guidelines want it.
    """
    marker = text.find(f"({acronym})")
    if marker < 0:
        return acronym
    words = text[max(0, marker - 120) : marker].split()
    initials, taken = acronym.lower(), 0
    for count in range(1, min(len(words), 12) + 1):
        capitals = [w[0].lower() for w in words[-count:] if w[:1].isupper()]
        if "".join(capitals) == initials:
            taken = count  # the shortest run of words that spells it: it opens with a capital
            break
        if len(capitals) > len(initials):
            break
    return " ".join(words[-taken:]) if taken else acronym
