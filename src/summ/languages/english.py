"""What English has that the engines read from its pack: function words and openers.

Moved here from scoring.py, which still exports ``OPENER`` for bench/ scripts.
"""

from __future__ import annotations

import re

# Openers that point back to an earlier sentence: read alone they mislead ("He denied it.").
# "The 24-year-old" is a person named before, as "He" is (British and sports copy refer back so);
# an excerpt that opens with it has lost its lead. A person's age, then what a person is or
# does: not "The 150-year-old church" (a thing's age, then its noun).
_AGED = (
    r"[Tt]he (?:[1-9]|[1-9]\d|10\d)-year-old(?=,| (?:[A-Z]|former\b|ex-|from\b|of\b|who\b|"
    r"(?:man|woman|boy|girl|mother|father)\b|[a-z]+(?:ed|s)\b|(?:is|was|has|had|will|would|can|"
    r"could|won|took|made|became|came|left|spent|struck|hit|led|ran|fell|met|beat|lost)\b))"
)
OPENER = re.compile(
    r"^[\"“‘']?(?:(?i:he|she|it|they|them|his|her|its|their|this|that|these|those|but|and|so|"
    rf"yet|however|also|meanwhile|then|there|such|both|another|the latter|the former)\b|{_AGED})"
)
# English function words (pronouns, auxiliaries, articles, prepositions, conjunctions): all that
# the surface view drops. sumy's 580-word list also drops "said", "year", "new", "people"...,
# words that tie a news story together (BBC's extractive references follow them). A string
# split, not a literal: 130 quoted words, one a line as the formatter wants, would fill a page.
FUNCTION_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can did do does doing don down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such s t than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with you your yours yourself yourselves""".split()  # noqa: SIM905
)
