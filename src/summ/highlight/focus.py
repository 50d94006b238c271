"""Who is in focus before a quote: the subject a pronoun or a role stands for.

A pronoun ("he", "it") goes to the latest name of its kind that opened a sentence since the
previous quote, or to a person reported just before it ("…, Doungal said."), or to the agent
of a passive reaction ("was welcomed by X"), else to the previous speaker; ``describe``
asks the same of roles nobody was introduced with, and ``later`` for a person named just
after a quote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.highlight.names import RUN
from summ.highlight.nouns import RELATIVES, UNNAMED, one_person, person_noun
from summ.highlight.reporters import reporter
from summ.highlight.subjects import listed
from summ.highlight.words import ORG_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from summ.highlight.describe import State
    from summ.highlight.mentions import Mention, Names

_PREPOSITIONS = r"(?:as|at|in|on|for|with|from|to|by|of|against|into|over|under|after|before|than)"
_PREPOSITION_BEFORE = re.compile(rf"(?:^|\s){_PREPOSITIONS}\s+(?:the\s+)?$")
_PREPOSITION_AFTER = re.compile(rf"\s+{_PREPOSITIONS}\b|[.!?](?:\s|$)")
# A verb whose object is a person, and maybe the object's owner ("tells CNN's Erin Burnett").
# (Not "asks": the one asked answers in the quote that follows.)
# A verb in the past between two names, its subject and its object ("Wood called Boyd", "Meng
# said Tamerlan Tsarnaev demanded cash"); not a role ("Real coach Carlo Ancelotti", "One
# Direction member Zayn Malik") nor "asked" (the one asked answers in the quote that follows).
_VERB_BETWEEN = re.compile(r"\s+(?!asked\s)(?:[a-z]+ed|said)\s+")
_TOLD = re.compile(r"\b(?:tells|told|telling)\s+(?:\S+['’]s\s+)?$")
# A reaction in the passive, and who reacts: "was welcomed by shadow pensions secretary X".
_REACTION = re.compile(
    r"\b(?:was|were|has been|have been)\s+(?:welcomed|criticised|criticized|praised|condemned|"
    r"hailed|attacked|dismissed|rejected|questioned|defended|backed|applauded)\s+by\s+"
    r"(?P<who>[^,.;:!?\n]{1,80})"
)
_AGENT_REACH = 300


def pronoun(
    state: State, at: int, *, org: bool, gender: str = "",
    holder: Callable[[str, list[str]], str | None] | None = None,
) -> str | None:
    """The latest subject of the right kind since the previous quote, else that quote's speaker.

    A subject is a name that opens its sentence, or a person reported just before the quote
    (``reporters.reporter``: "…, Doungal said."), the later of the two; an unnamed relative
    opening a later sentence ("His son is …") leaves the pronoun nobody's. Of the pronoun's
    ``gender`` ("m" for "he", "f" for "she"): a person the article titles or first-names
    otherwise ("Mr Reyes", "Kathleen" for "he") is passed over. A person described opening a
    sentence since the subject, or since the previous quote where no name opened one ("The
    prosecutor thanked the public.", "A Labour spokesman denied it."), is who ``holder`` finds
    holding that role (with the description's qualifiers), else nobody: the pronoun is as
    likely theirs.
    """
    found = _subject_at(state, at, org=org, since=state.last_at, gender=gender)
    said = None if org else reporter(state.text, state.names, state.last_at, at, gender)
    if said and (found is None or said[1] > found[1]):
        found = said  # "…, but were not successful, Doungal said. "…," he said."
    # "In many ways his son is getting …", "we were approached by a man with a nylon jacket":
    # a person the copy leaves unnamed, since the subject, may be the pronoun's
    relatives = [] if org else list(_RELATIVE_OPENS.finditer(state.text, state.last_at, at))
    unnamed = [relatives[-1].start()] if relatives else []
    plain = None if org else _plain_person_since(state.text, state.last_at, at, gender)
    unnamed += [plain] if plain is not None else []
    if unnamed and (found is None or max(unnamed) > found[1]):
        return None
    since = found[1] if found else state.last_at
    noun = _described_since(state.text, since, at) if holder else None
    if holder and noun:
        # "… Williams was on probation. The prosecutor thanked the public. He said": McCulloch
        held = holder(*noun)
        return held if held and state.names.fits(held, gender) else None
    if found:
        return found[0]
    agent = None if org else reaction_agent(state, at, gender)
    if agent:
        return agent
    last = state.last
    if last and state.names.is_person(last) != org and state.names.fits(last, gender):
        return last
    # no subject since the previous quote and no previous speaker of the kind: the name of a
    # sentence further back is as often someone else (a third of the time on the tuned data)
    return None


# A sentence whose subject is a relative of someone, unnamed ("His son is …", "In many ways her
# husband has …"): a pronoun after it may be that relative's, so it is not the previous speaker.
_RELATIVE_OPENS = re.compile(
    r"(?:^|[.!?\n]\s*)(?:[A-Z][\w ,]{0,30}?\b)?(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\w+\s+)?"
    rf"(?:{'|'.join(sorted(RELATIVES))}|fiancée?)\s+"
    r"(?:is|was|has|had|says|said|told|recalls|remembers)\b"
)


# A plain person brought in unnamed, as the agent or with a relative clause ("we were approached
# by a man with an outdated jacket", "a man who prosecutors said was Adebolajo"): a pronoun of
# that gender after it is as likely theirs as anyone's. Not one in passing ("a man of his
# wealth", "a man on a mission", "it appeared a man used a ladder").
_PLAIN_PERSON = re.compile(
    r"\b(?:by\s+(?:[Aa]n?|[Aa]nother)\s+(?:(?!(?:an?|the)\s)[a-z'’-]+\s+){0,2}?"
    r"(?P<agent>man|woman|boy|girl|guy)\b"
    r"|(?:[Aa]n?|[Aa]nother)\s+(?:(?!(?:an?|the)\s)[a-z'’-]+\s+){0,2}?"
    r"(?P<noun>man|woman|boy|girl|guy),?\s+who\b)"
)
_PLAIN_GENDER = {"man": "m", "boy": "m", "guy": "m", "woman": "f", "girl": "f"}


def _plain_person_since(text: str, since: int, at: int, gender: str) -> int | None:
    """Where the latest plain person of the pronoun's gender is brought in between the two."""
    found = None
    for match in _PLAIN_PERSON.finditer(text, since, at):
        if not gender or _PLAIN_GENDER[match["agent"] or match["noun"]] == gender:
            found = match.start()
    return found


# A sentence that opens on a person described ("The prosecutor thanked the public."): a pronoun
# after it is as likely that person's as the name's before it. The owner may be named ("A
# spokesman for the German Olympic Sports Federation said").
# ("The man laughed" is no role: nobody holds it.)
_DESCRIBED_OPENS = re.compile(
    r"(?:^|[.!?\n][\"”’']?\s+)(?:The|A|An)\s+((?:[A-Z][\w'’-]*\s+){0,3}?)([a-z]+)"
    r"(?:\s+(?:of|for|from|at|with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)?"
    r"\s+(?:[a-z]+ed|said|says|told)\b"
)
PLAIN_PEOPLE = frozenset(("man", "woman", "person", "boy", "girl", "guy"))


def _described_since(text: str, since: int, at: int) -> tuple[str, list[str]] | None:
    """The role a sentence between ``since`` and ``at`` opens on ("prosecutor"), the latest.

    With the qualifiers in capitals before it ("The Afro-Colombian journalist": a journalist
    introduced as Afro-Colombian, not any journalist).
    """
    found = None
    for match in _DESCRIBED_OPENS.finditer(text, since, at):
        noun = match[2]
        if person_noun(noun) and (one_person(noun) or noun in UNNAMED) and noun not in PLAIN_PEOPLE:
            found = noun, [q.lower() for q in match[1].split() if not q.isupper()]  # not "TV"
    return found


def reaction_agent(state: State, at: int, gender: str = "") -> str | None:
    """The person a passive reaction names just before ``at``, since the previous quote.

    'The report was welcomed by shadow pensions secretary David Willetts. "…," he said.': the
    agent is who reacts, though no sentence opens with the name.
    """
    low = max(state.last_at, at - _AGENT_REACH)
    found = None
    for found in _REACTION.finditer(state.text, low, at):  # noqa: B007 - the last one is wanted
        pass
    if found is None or re.search(r"[.!?]\s+\S", state.text[found.end() : at]):
        return None  # only the sentence right before the quote
    runs = RUN.findall(found["who"])
    form = state.names.reading(runs[-1])[0] if runs else None
    full = state.names.full(form) if form else None
    if full and state.names.is_person(full) and state.names.fits(full, gender):
        return full
    return None


def subject(state: State, at: int, *, org: bool, since: int = 0, gender: str = "") -> str | None:
    """The latest name between ``since`` and ``at`` that opened its sentence (of ``gender``)."""
    found = _subject_at(state, at, org=org, since=since, gender=gender)
    return found[0] if found else None


def _subject_at(
    state: State, at: int, *, org: bool, since: int = 0, gender: str = ""
) -> tuple[str, int] | None:
    """``subject``'s name, and where it stands."""
    names = state.names
    mentions = names.before(at, 60)
    for index, mention in enumerate(mentions):
        if mention.start < since:
            break
        if mention.quoted or not names.opens(mention) or _possessive(state.text, mention.end):
            continue  # "Wenger's counterpart Felix Magath": the owner is not the subject
        if _object(state.text, mention) or listed(state.text, mention.run_start):
            continue
        qualifier = _QUALIFIES.match(state.text, mention.end)
        if qualifier and person_noun(qualifier[1]):
            continue  # "Sunu Widyatmoko, Indonesia AirAsia chief, told": the body is his title's
        earlier = mentions[index + 1] if index + 1 < len(mentions) else None
        if earlier and _VERB_BETWEEN.fullmatch(state.text, earlier.end, mention.run_start):
            continue  # "Wood called Boyd the real hero": Boyd is the one called
        full = names.full(mention.form)
        opening = re.split(r"[.!?\n]", state.text[max(0, mention.start - 40) : mention.start])[-1]
        if org and org_like(names, full) and len(opening.split()) <= 1:
            return full, mention.start  # "it": the organisation that opens its sentence
        if not org and names.is_person(full) and names.fits(full, gender):
            return full, mention.start
    return None


# A name qualifying the role after it, in an appositive ("…, Indonesia AirAsia chief, told").
_QUALIFIES = re.compile(r"[ \t]+([a-z]+),")


def _object(text: str, mention: Mention) -> bool:
    """Whether a name near a sentence's start reads as an object, not the subject.

    After a preposition ("as Queens Park Rangers manager") or before one or the sentence's
    end ("The 68-year-old left Queens Park Rangers with the club 19th", "He joined Arsenal.").
    """
    if _PREPOSITION_BEFORE.search(text, max(0, mention.run_start - 12), mention.run_start):
        return True
    if _TOLD.search(text, max(0, mention.run_start - 24), mention.run_start):
        return True  # "Jackson tells CNN's Erin Burnett he plans to stay": the one told
    after = _PREPOSITION_AFTER.match(text, mention.end)
    if after and after[0].split() in (["of"], ["from"]) and " " in mention.form:
        return False  # "George Willeit of SOS Children's Villages said": a person and their body
    return after is not None


def _possessive(text: str, end: int) -> bool:
    return text.startswith(("'s", "’s"), end - 2)


def later(state: State, quote_end: int) -> str | None:
    """A person who opens a sentence just after the quote (a speaker introduced afterwards)."""
    names = state.names
    for mention in names.after(quote_end, quote_end + 400):
        full = names.full(mention.form)
        if not mention.quoted and names.opens(mention) and names.is_person(full):
            return full
    return None


def org_like(names: Names, full: str) -> bool:
    """Whether a full name is an organisation's: no person's; capitals, a speaker, a body word."""
    if names.is_person(full):
        return False
    return full.isupper() or full in names.said or any(w.lower() in ORG_WORDS for w in full.split())
