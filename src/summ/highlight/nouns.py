"""What the head noun of a description names: a person, one copy leaves unnamed, a body, a thing.

``describe`` asks it of "the Russian president", "the prop", "the paper", "his mother": a
person's noun may stand for the person the copy is about, the others for nobody or for an
organisation named with them. English words, like ``words.py``'s.
"""

from __future__ import annotations

from summ.highlight.words import PERSON_TITLES

# Relatives a sentence may make its subject unnamed ("his son is …"; see describe's
# _RELATIVE_OPENS).
RELATIVES = frozenset(
    "mother father son daughter wife husband brother sister dad mum mom partner girlfriend "  # noqa: SIM905
    "boyfriend".split()
)
# Descriptions the guidelines leave unnamed ("one board member", "a party source", "his
# mother"): never resolved to the previous speaker.
UNNAMED = RELATIVES | frozenset(
    "member source official aide friend expert resident witness neighbour neighbor insider "  # noqa: SIM905
    "passenger parent grandmother grandfather uncle aunt cousin narrator dispatcher caller "
    "announcer".split()
)
# Experts copy often quotes without a name: never the person a sentence opened with
ANONYMOUS = frozenset(
    "analyst observer critic commentator researcher scientist economist strategist pollster "  # noqa: SIM905
    "diplomat expert official source".split()
)
# Offices one person holds at a time, whose holder copy names with the title ("Home Secretary
# David Blunkett"), and nouns copy uses for the holder of any ("the Russian leader")
OFFICES = frozenset(
    "president minister chancellor secretary senator governor mayor premier commissioner "  # noqa: SIM905
    "ambassador king queen pope prosecutor sheriff".split()
)
ANY_OFFICE = frozenset(
    "leader politician candidate nominee frontrunner front-runner incumbent lawmaker "  # noqa: SIM905
    "statesman official".split()
)
# Nouns for the kinds of organisation a description names before its name ("the video-sharing
# site Youku", "the British broadcaster ITV"), beside ORG_WORDS
BODY_NOUNS = frozenset(
    "site website network newspaper broadcaster app platform outlet maker giant retailer "  # noqa: SIM905
    "carrier publisher studio label brand chain startup".split()
)
# Things with a person's ending ("paper", "letter", "poster")
THINGS = frozenset(
    "paper newspaper letter poster flier flyer banner trailer sticker computer chapter "  # noqa: SIM905
    "number order center centre border tower cover manufacturer carmaker automaker provider "
    "supplier lender insurer distributor operator".split()
)
PLACE_NOUNS = frozenset(
    "city state county district region province country town village".split()  # noqa: SIM905
)
# The endings of nouns for people ("leader", "senator", "nominee", "candidate", "chairwoman"):
# a description whose noun has none of them ("the email", "the ad", "the resolution which")
# stands for a document or a thing, never for the person named near it.
_PERSON_ENDINGS = (
    "er", "or", "ist", "ian", "ent", "ant", "man", "woman", "person", "ee", "ate", "ive", "ess",
    "ief", "ard", "ic", "st", "ar",
)


def person_noun(noun: str) -> bool:
    """Whether a noun names a person ("senator", "nominee", "mother"), by its list or ending."""
    if noun in PERSON_TITLES or noun in UNNAMED:
        return True
    return noun.endswith(_PERSON_ENDINGS) and not noun.endswith("ment")


def one_person(noun: str) -> bool:
    """Whether a description's noun can stand for the person the copy is about."""
    plural = noun.endswith("s") and not noun.endswith(("ss", "us"))
    return not plural and noun not in UNNAMED
