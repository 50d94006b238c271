"""The attribution that ends the sentence a quote stands inside, not one the quote opens.

'…whether Lubitz "put the lever on lock," which would have stopped the code, Spohr said.',
'…like "an end zone dance" after a win, according to Navarrette.' The speaker finder asks it
after the cues next to the quote (``cues.py``) found nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.highlight.cues import ADVERB, QUOTED, TITLE_STOP, person_run
from summ.highlight.subjects import subject_of
from summ.highlight.words import DETERMINERS

if TYPE_CHECKING:
    from summ.highlight.describe import State
    from summ.highlight.quotes import RawQuote

# The attribution that ends the sentence a quote stands inside: '…will carry "a great deal of
# weight" and help them win, DFA spokesman Neil Sroka said.', '…, according to the suit.'
_CLOSING = re.compile(
    rf",\s+(?:(?P<who>[^,;:]{{2,70}}?)\s+{ADVERB}(?:said|says|added|adds|wrote|writes|told\s+\S+)"
    rf"|(?:said|says|added)\s+(?P<who2>[^,;:]{{2,70}}?)|according\s+to\s+(?P<to>[^,;:]{{2,70}}?))"
    r"\s*$"
)
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])[.!?](?=\s|$)")


def closing_cue(text: str, quote: RawQuote, state: State) -> tuple[str, int] | None:
    """The attribution at the end of the sentence a quote stands inside (not one it opens).

    Only when no other quotation stands between: that one would be the attribution's.
    """
    if quote.closed_at is None or text[quote.closed_at - 1] in ".!?…":
        return None  # the quote ended its sentence: what follows is another
    if _OPENS_AFTER_QUOTE.search(text, max(0, quote.opened_at - 4), quote.opened_at + 1):
        return None  # '…reality." "People who …': it opens its sentence
    rest = text[quote.closed_at + 1 : quote.closed_at + 240].split("\n", 1)[0]
    # a quoted phrase of the same sentence on the way is no attribution of its own ('…carry "a
    # great deal of weight" and help bring candidates the "grass-roots firepower" they need,
    # DFA spokesman Neil Sroka said.'): blanked, the sentence's cue is read past it
    rest = QUOTED.sub(lambda found: " " * len(found[0]), rest)
    stop = _SENTENCE_STOP.search(rest)
    if stop is None or _MARKS_IN.search(rest, 0, stop.start()):
        return None
    match = _CLOSING.search(TITLE_STOP.sub(r"\1 ", rest[: stop.start()]))
    if match is None:
        return None
    who = match["who"] or match["who2"] or match["to"]
    if match["to"] and who.split()[0].lower() in DETERMINERS:
        return (who, quote.opened_at)  # "according to the suit": the describer says whose
    named = subject_of(who, state.names) if match["who"] else who
    person = person_run(named, state, last=False) if named else None
    return (person, quote.opened_at) if person else None


_MARKS_IN = re.compile(r"[\"“”]")
_OPENS_AFTER_QUOTE = re.compile(r"(?:^|[.!?\n][\"”’']?\s*)[\"“]$")
