"""Who reports something just before a quote, and who issued the statement a quote is from.

'…, but were not successful, Doungal said. "…," he said': "he" is Doungal, though no sentence
opens with the name (the subject rule of ``describe.pronoun``). Read from the quote's own
opening words ("But more recently, he says, "…"") and the sentence before them, or the two
before ("…, Negussie said. She said the marchers …"), or further back within 400 characters;
only since the previous quote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.highlight.names import NAME
from summ.highlight.words import VERBS

if TYPE_CHECKING:
    from summ.highlight.mentions import Names

# A person who reports something, named in the sentence before a quote: "…, Doungal said.",
# "…, said print editor Katelyn Griffith.",
# "Jennifer Jao, head of the Taipei Film Commission, said that …" (an appositive in lower case,
# no "and": not "a Jewish father, Kirk Douglas, and a mother, said"),
# "Gudnitz said he fears the worst.", "According to Chekitan S. Dev, hotels …". Where a
# pronoun then says the quote, it is theirs, though the name opened no sentence. Never a
# possessive: in "Cruz's remarks" the "verb" is a noun.
_SAID_BY = re.compile(
    rf"(?P<who>{NAME})(?<!['’]s)(?:,\s+(?!(?:and|or|but)\b)[a-z][^,.;:!?\"“”\n]{{0,80}},)?\s+"
    rf"(?:has\s+|had\s+|also\s+)?(?:{VERBS})\b"
    rf"|\b[Aa]ccording to\s+(?P<to>{NAME})"
    rf"|,[\"”’]?\s+(?:said|says|added|adds|wrote|writes)\s+(?:[a-z]+\s+){{0,3}}(?P<by>{NAME})"
    rf"(?=\s*[,.;]|\s*$)"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
# A preposition that makes the name its object ("a cousin of Yassine"); not "as" ("as Gerti
# concedes").
_GOVERNED = re.compile(r"(?:^|\s)(?:of|for|from|to|with|by|at|in|on|against|about)\s+(?:the\s+)?$")
_SAID_REACH = 400


def reporter(
    text: str, names: Names, since: int, at: int, gender: str
) -> tuple[str, int] | None:
    """The last person of ``gender`` reported as saying something just before ``at``, and where.

    ``since``: where the previous quote ends; nothing before it is read.
    """
    low = max(since, at - _SAID_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, at)]
    # the quote's own opening words and the sentence before them, else the two before ("…,
    # Negussie said. She said the marchers …"), else the whole reach since the previous quote
    # ("…, said Weiss, the Russia expert." three short sentences back); a name opening a later
    # sentence still wins
    for back in (2, 3):
        start = ends[-back] if len(ends) >= back else low
        found = _last_reporter(text, names, start, at, gender)
        if found or start == low:
            return found
    return _last_reporter(text, names, low, at, gender)


def _last_reporter(
    text: str, names: Names, start: int, at: int, gender: str
) -> tuple[str, int] | None:
    """The last person of ``gender`` who reports something between ``start`` and ``at``."""
    found = None
    for match in _SAID_BY.finditer(text, start, at):
        group = next(g for g in ("who", "to", "by") if match[g])
        low = max(0, match.start() - 12)
        if group == "who" and _GOVERNED.search(text, low, match.start()):
            continue  # "A cousin of Yassine, who asked not to be named, told CNN": the cousin
        # a name the article's account of names holds: none in a heading or a quotation
        mentions = [m for m in names.after(*match.span(group)) if not m.quoted]
        full = names.full(mentions[-1].form) if mentions else None
        if full and names.is_person(full) and names.fits(full, gender):
            found = full, match.start()
    return found


# Who issued the statement a later "the statement said" quotes: "Tommy Vietor, a spokesman
# for …, said in a statement", "the commission issued a news release".
# Or the statement is named with its issuer: "a statement from Marianne Ny" (not one from
# "Thailand's supreme court").
_ISSUED = re.compile(
    rf"(?P<who>{NAME})(?:,[^,.;]{{1,80}},)?\s+(?:said\s+in|issued|released|put\s+out|posted)\s+"
    r"(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|release)\b"
    r"|\b(?:a|the)\s+(?:statement|release)\s+from\s+(?:the\s+)?(?P<from>[^,.;:\"“”]{1,60})"
)
_ISSUED_REACH = 800


def issuer(text: str, names: Names, at: int) -> str | None:
    """Who issued the statement "the statement said" quotes; None when the copy does not say."""
    found = None
    for found in _ISSUED.finditer(text, max(0, at - _ISSUED_REACH), at):  # noqa: B007
        pass  # the latest one is wanted
    if found is None:
        return None
    who = found["who"]
    if who is None:
        # "a statement from Marianne Ny", not one from "Thailand's supreme court"
        run = _WHOLE_NAME.match(found["from"])
        who = run[1] if run else ""
    form, _ = names.reading(who) if who else ("", False)
    return names.full(form) if form else None


_WHOLE_NAME = re.compile(rf"({NAME})(?<!['’]s)(?<!['’])(?![\w'’])")
