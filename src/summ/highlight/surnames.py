"""Two readings the name index makes while it walks an article's capitalised runs in order.

A surname that is also an ordinary word, a title or a nationality ("Bishop", "King",
"English", "West") is the person the article named with it, from then on (``Surnames``); and
a run written before a role and the name that role titles ("Double Olympic champion Kelly
Holmes", "Global Insight economist Howard Archer") qualifies the role (``qualifies_role``):
such a form is no person. ``mentions.collect`` asks both.
"""

from __future__ import annotations

import re

from summ.highlight.names import person_form
from summ.highlight.words import DEMONYMS, FIRST_NAME_GENDERS, NOT_NAME_START, PERSON_TITLES

# Nationality and compass words that are also common surnames ("Karl Turk", "Kanye West")
_SURNAME_DEMONYMS = frozenset(
    "west north south east english french welsh turk pole finn dane brit".split()  # noqa: SIM905
)


# A run, then a lower-case role and the name it titles ("Double Olympic champion Yelena
# Isinbayeva", "Obama adviser David Axelrod"): the run qualifies the role
_ROLE_THEN_NAME = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+)?([a-z][\w-]*)[ \t]+[A-Z]")


def qualifies_role(text: str, end: int) -> bool:
    """Whether the run ending at ``end`` is followed by a role and the name it titles."""
    role = _ROLE_THEN_NAME.match(text, end, end + 60)
    return role is not None and (role[1] in PERSON_TITLES or role[1] in _ROLE_NOUNS)


# Roles a name qualifies beside the titles ("Olympic champion X", "Chelsea striker X")
_ROLE_NOUNS = frozenset(
    "champion star winner striker midfielder defender goalkeeper keeper winger rapper singer "  # noqa: SIM905
    "actor actress teammate aide host presenter anchor producer founder".split()
)


class Surnames:
    """The last words of the people named so far, which read as those people from then on.

    Alone, or after a title, such a word is that person even when it is also an ordinary word,
    a title or a nationality, which alone names nobody: "Julie Bishop … Bishop said", "Tom
    English … Mr. English said" are not the clergyman or the language.
    """

    def __init__(self) -> None:
        self.words: set[str] = set()

    def add(self, form: str, *, titled: bool) -> None:
        """Note a form's last word as a surname, if the form is a person's."""
        if " " not in form or not person_form(form):
            return
        first, last = form.split(maxsplit=1)[0], form.rsplit(" ", 1)[1]
        lowered = last.lower()
        # a nationality only after a title or a known first name: "Mr. English", "Mark
        # Cuban", not "Muslim American" or "Joint Iraqi"
        known = titled or first.lower() in FIRST_NAME_GENDERS or lowered in _SURNAME_DEMONYMS
        if lowered not in NOT_NAME_START and (known or lowered not in DEMONYMS):
            self.words.add(last)

    def read(
        self, run: str, titled: bool, readings: dict[str, tuple[str, bool, int]]
    ) -> tuple[str, int]:
        """The surname a run that reads as no name is, and where in the run it starts.

        Noted in ``readings``, so that the speaker finder reads the run the same way.
        """
        last = run.rsplit(" ", 1)[-1]
        surname = last.removesuffix("'s").removesuffix("’s")
        if surname not in self.words or (" " in run and not titled):
            return "", 0
        readings[run] = (surname, titled, len(run) - len(last))
        return surname, len(run) - len(last)
