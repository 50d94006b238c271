"""The clause around a verb of saying: its opening words and, for a participle, its subject.

"Sanders visited NBC to discuss his rival, Hillary Clinton, saying…": the participle's speaker
is the subject that opens the main clause, not the name just before it. ``cues.py`` reads the
attributions before a quote with these.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.highlight.names import RUN
from summ.highlight.words import DETERMINERS

if TYPE_CHECKING:
    from summ.highlight.describe import State

# Words that open a clause before its subject ("…, but Wenger said", "as Aris Shirvanian told").
LEADING_LINK = re.compile(
    r"^(?:(?:but|and|as|while|so|yet|although|though|because|when|then|however|now|since|"
    r"after|before|whereas|until|if|meanwhile|also)\s+)+(?=[A-Z]|(?:he|she|they|it|we)\b)"
)
# Words that open a clause put before the sentence's subject ("When Wallace died, …"); not "as",
# which opens attributions ("As Jo Li reported:").
SUBORDINATORS = frozenset(
    "when after before if since although though while because until once whereas unless".split()  # noqa: SIM905
)
# Phrases that open a sentence before its subject ("On Tuesday's show,", "Asked about it,").
_OPENER = re.compile(r"(?:In|On|At|After|Before|During|Speaking|Asked|Later|Earlier)\b")


def participle(sentence: str, verb: re.Match[str]) -> bool:
    """Whether the verb of saying is a participle after a comma (", saying", ", telling")."""
    return verb[0].endswith("ing") and sentence[: verb.start()].rstrip().endswith(",")


def main_subject(left: str, state: State) -> str | None:
    """The person who opens the sentence's main clause, past any opening phrase ("On Monday,")."""
    for part in left.split(",")[:3]:
        chunk = LEADING_LINK.sub("", part.strip())
        words = chunk.split()
        if not words or words[0].lower() in SUBORDINATORS or _OPENER.match(chunk):
            continue  # "When asked about it,", "On Tuesday's show,"
        run = RUN.match(chunk)
        if run is None or words[0].lower() in DETERMINERS or run[0].endswith(("'s", "’s")):
            return None  # "The Florida senator", "Ryan's campaign": no name of the speaker
        form, titled = state.names.reading(run[0])
        full = state.names.full(form) if form else ""
        return run[0] if full and (titled or state.names.is_person(full)) else None
    return None
