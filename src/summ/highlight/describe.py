"""Resolve who a mention stands for: a pronoun, a description ("the North Korean leader") or a name.

Pronouns go to the person (or, for "it", the organisation) in focus (``focus.py``). A role
("the Russian president") goes to a person the article introduced with that role (and its
qualifiers: "North Korean", "Ferrari"), else to the person in focus or one named just after
the quote; an age or a nationality alone ("the 29-year-old") as a pronoun does. "The
company" goes to an organisation named with that word, else as "it" does; "the council's
spokesperson" and "a spokesman for Acme" to their organisation. Not to the organisation the
article reports most: "the department" after "The State Department also said" is not the
Clinton Foundation the article is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summ.highlight.focus import PLAIN_PEOPLE, later, org_like, pronoun, subject
from summ.highlight.names import CAPITAL, GLUED, NAME, RUN
from summ.highlight.nouns import (
    ANONYMOUS,
    ANY_OFFICE,
    BODY_NOUNS,
    OFFICES,
    PLACE_NOUNS,
    THINGS,
    one_person,
    person_noun,
)
from summ.highlight.reporters import issuer
from summ.highlight.words import (
    DEMONYMS,
    DETERMINERS,
    ORG_WORDS,
    PERSON_TITLES,
    POLITICAL,
    PRONOUNS,
    SHORT_TITLES,
    SPOKES,
)

if TYPE_CHECKING:
    from summ.highlight.mentions import Names

_OWNER = re.compile(r"^(.*?)\s+(?:of|for|from|at|with)\s+(.+)$")
# A name of several names ("Ministry of Justice"). Compiled when first used (~0.7 ms): only "a
# spokesman for X" and the like need it.
_ORG_NAME = rf"{NAME}(?:\s+(?:of|for|and|on)\s+(?:the\s+)?{NAME})+"
_GENDER = {"he": "m", "she": "f", "his": "m", "her": "f"}
# A relative clause's opening word: a name after it is not the one a description stands for.
RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,.;:!?]{0,50}")


@dataclass
class State:
    """What the speaker finder knows while it walks an article's quotes in order."""

    text: str
    names: Names
    last: str | None = None
    """The speaker of the previous quotation."""
    last_at: int = 0
    """Where the previous quotation ends."""
    last_open: bool = False
    """Whether the previous quotation ran on to its paragraph's end without a closing mark."""
    last_kept: bool = True
    """Whether the previous quotation is reported (not a scare quote with an attribution)."""


def resolve(state: State, mention: str, at: int, quote_end: int) -> str | None:
    """The speaker a mention stands for; ``at`` bounds the names a pronoun may refer to."""
    words = mention.split()
    first = words[0].lower()
    if len(words) == 1 and first in PRONOUNS:
        org = first not in _GENDER
        holder = None if org else (lambda noun, quals: role(state, noun, quals, at))
        return pronoun(state, at, org=org, gender=_GENDER.get(first, ""), holder=holder)
    if first == "the" and _nationality(words[1:]):
        return pronoun(state, at, org=False)  # "the American": the person just introduced
    if first in DETERMINERS and any(w[:1].islower() or w[:1].isdigit() for w in words[1:]):
        named = _named_last(state.names, mention)
        return named or describe(state, mention, at, quote_end)
    if first in DETERMINERS and len(words) > 1 and words[-1].lower() in PERSON_TITLES | POLITICAL:
        return _capitalised_role(state, words, at, quote_end)
    if len(words) > 1 and words[-1][:1].islower() and not words[-1].startswith(GLUED):
        return describe(state, "the " + mention, at, quote_end)  # "Acme's sales director"
    runs = RUN.findall(mention)
    form, _ = state.names.reading(runs[-1] if runs else mention)
    # not "His" alone ("His tweets ranged from … to faulting …", "Her campaign blasted out an
    # email stating, "…""): something of someone's, whose owner may not be the speaker
    owner_alone = len(words) == 1 and first in _POSSESSIVES
    # nor "I" ("I just said to him, "…"": the writer's, or a transcript's voice), which else
    # reads as the fullest run holding it, one a sentence opened with ("Technically I")
    nobody = owner_alone or words == ["I"]
    return state.names.full(form) if form and not nobody else None


def _capitalised_role(state: State, words: list[str], at: int, quote_end: int) -> str | None:
    """Who a description in capitals stands for: "The St Helens MP", "the Indiana Republican".

    A title: whom the copy introduced with it and its qualifiers, else nobody (never the words
    read as a name). A party: the person in focus; "a Florida Republican", nobody.
    """
    noun = words[-1].lower()
    if noun in PERSON_TITLES:
        return role(state, noun, [w.lower() for w in words[1:-1]], at) or None
    if words[0].lower() in {"a", "an"}:
        return None
    return _person_in_focus(state, "", at, quote_end)


def _named_last(names: Names, mention: str) -> str | None:
    """The person a description ends by naming ("his friend Jo Bell", "the firm's boss Jo Li")."""
    runs = list(RUN.finditer(mention))
    if not runs or runs[-1].end() < len(mention.rstrip()):
        return None
    if RELATIVE.search(mention, 0, runs[-1].start()):
        return None  # "a party member who supports Trump": not Trump
    if _GOVERNED_NAME.search(mention, 0, runs[-1].start()):
        return None  # "the eighth-grader from San Diego": a place, not the person
    form, titled = names.reading(runs[-1][0])
    full = names.full(form) if form else None
    head = mention[: runs[-1].start()].split()[-1:]
    body = bool(head) and head[0].lower() in ORG_WORDS | BODY_NOUNS  # "the site Youku"
    return full if full and (titled or body or names.is_person(full)) else None


_AGE = re.compile(r"\d{1,3}-year-old")
_POSSESSIVES = frozenset(("his", "her", "its", "their"))


def _nationality(head_words: list[str]) -> bool:
    """Whether a description is a nationality alone, for a person ("the American", "the Dane")."""
    if len(head_words) != 1:
        return False
    return head_words[0][:1].isupper() and head_words[0].lower() in DEMONYMS


_GOVERNED_NAME = re.compile(r"\b(?:from|of|in|at|for|near|outside|with)\s+(?:the\s+)?$")


def describe(state: State, mention: str, at: int, quote_end: int) -> str | None:
    """Resolve "the Russian president", "the council's spokesperson", "a spokesman for Fox"."""
    det, _, body = mention.partition(" ")
    words = body.split()
    spokes = next((i for i, w in enumerate(words) if w in SPOKES or w.startswith("spokes")), -1)
    if 0 <= spokes < len(words) - 1 and words[spokes + 1] not in {"for", "of", "from", "at"}:
        body = " ".join(words[: spokes + 1])  # "a Treasury spokesman dismissed the claims"
    head, owner = _split_owner(body)
    head_words = re.findall(r"[\w'’-]+", head)
    noun = head_words[-1].lower() if head_words else ""
    if noun in SPOKES or noun.startswith("spokes"):
        return _source(state, det, noun, owner, at)
    if noun in ORG_WORDS:
        return _body(state, noun, head_words[:-1], at)
    if det.lower() == "the" and _AGE.fullmatch(noun):
        # "the 29-year-old" is the person the copy has just introduced, as "he" is
        return pronoun(state, at, org=False)
    if det.lower() in {"a", "an"} or not person_noun(noun):
        return _thing_owner(state, det, noun, at)
    quals = [w.lower() for w in head_words[:-1] if w[0].isupper() or w.lower() in DEMONYMS]
    found = role(state, noun, quals, at)
    unnamed = _introduced_unnamed(state.text, noun, at, state.last_at)
    if unnamed is not None and (not found or _last_named(state, found, at) < unnamed):
        found = ""  # "a Miami Gardens officer who requested anonymity …, the officer said"
    if found is not None or not one_person(noun):
        return found or None  # "the authors of the report", "the members": nobody in particular
    return _in_focus(state, head_words, owner, at, quote_end)


# Someone introduced by a role alone, unnamed: "a Miami Gardens officer who requested
# anonymity", "One student -- who asked not to be named --"; not "an officer, Jo Li," nor
# "a police officer named Jo Li".
_INTRODUCED_REACH = 1500


def _introduced_unnamed(text: str, noun: str, at: int, since: int = 0) -> int | None:
    """Where the copy last introduced a person by ``noun`` without a name, within reach.

    As the subject of what it did ("Another officer pulled him out") or with a relative clause
    ("a snowplow driver, who witnessed it"); not in passing ("the first time a pope resigned",
    "a new pope will be in place") nor in a named person's appositive ("Susan Criss, a former
    judge"). A plain "a man", "a woman" since the previous quote (``since``) is one in any
    place ("a video shows a man gathering snow"): no role, but whom "the man" then is.
    """
    pattern = re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:an?|the|one|another)\s)[\w'’-]+\s+){{0,4}}?"
        rf"{re.escape(noun)}\b"
        rf"(?!\s*,?\s+(?:named\s+|called\s+)?[{CAPITAL}][\w'’-]+\s+[{CAPITAL}])"
    )
    found = None
    for match in pattern.finditer(text, max(0, at - _INTRODUCED_REACH), at):
        before = text[max(0, match.start() - 12) : match.start()]
        if _NAMED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Susan Criss, a former judge who …": hers
        acts = _CLAUSE_OPENS.search(before) and _ACTS.match(text, match.end())
        plain = noun in PLAIN_PEOPLE and match.start() >= since
        if acts or plain or _WHO.match(text, match.end()):
            found = match.start()
    return found


_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;,\"“”(]\s*|\n\s*|\b(?:and|but|said|says|told)\s+)$")
_WHO = re.compile(r",?\s+(?:--\s+|—\s*)?who\b")
# a name of a word or more after another word, then a comma (not "However, one …")
# (not after "the": "unusual for the Kelleys, a former officer said" names no officer)
_NAMED_BEFORE = re.compile(rf"\w(?<!\bthe)(?<!\bThe)[ \t]+[{CAPITAL}][\w'’.-]*,\s*$")
_ACTS = re.compile(r"\s+(?:[a-z]+ed|said|says|told|tells|wrote|spoke)\b")


def _last_named(state: State, person: str, at: int) -> int:
    """Where ``person`` is last named before ``at`` (-1 when nowhere)."""
    return next(
        (m.start for m in state.names.before(at) if state.names.full(m.form) == person), -1
    )


def _in_focus(
    state: State, head_words: list[str], owner: str, at: int, quote_end: int
) -> str | None:
    """Who a role nobody was introduced with stands for, when it may be the person in focus."""
    noun = head_words[-1].lower()
    if any(_names_person(state.names, q) for q in head_words[:-1] if q[:1].isupper()):
        return None  # "the senior Cruz adviser" is someone of Cruz's, not the last speaker
    if noun in BODY_NOUNS or noun in THINGS:
        return None  # "the newspaper wrote", "the manufacturer claimed": no person in focus
    found = _person_in_focus(state, owner, at, quote_end, named=noun not in ANONYMOUS)
    if found and _titled_otherwise(state, found, noun, at):
        return None  # "the prime minister said" after Home Secretary David Blunkett spoke
    return found


def _titled_otherwise(state: State, person: str, noun: str, at: int) -> bool:
    """Whether the copy titles ``person`` with an office other than ``noun`` before ``at``."""
    for mention in state.names.before(at):
        if state.names.full(mention.form) != person:
            continue
        before = state.text[max(0, mention.run_start - 30) : mention.start].split()
        title = before[-1].lower().strip(".,") if before else ""
        if title in OFFICES and title != noun and noun not in ANY_OFFICE:
            return True
    return False



def _source(state: State, det: str, noun: str, owner: str, at: int) -> str | None:
    """Who "the council's spokesman", "a spokesman for Acme" or "the statement" stands for."""
    if noun.startswith("source"):
        return None  # "a Grimes source": whoever it is, not Grimes
    if owner:
        return organisation(state, owner, at)
    if det.lower() in {"a", "an"}:
        return None  # "a spokesman said": nobody named
    if noun in {"statement", "release"}:
        return issuer(state.text, state.names, at)
    if det.lower() in _GENDER or det.lower() == "its":
        # "his spokesman said" speaks for whom "his" stands for (the subject of the sentence
        # before: Weinstein), not for the previous speaker (Damon, who spoke of Weinstein)
        det = det.lower()
        return pronoun(state, at, org=det == "its", gender=_GENDER.get(det, ""))
    return state.last


def _body(state: State, noun: str, before: list[str], at: int) -> str | None:
    """Who "the company" or "the rights group" stands for.

    The organisation named with its noun ("Acme Company") or a qualifier ("the rights group":
    Human Rights Watch), else as "it": the organisation that opened a sentence since the
    previous quote, or that quote's speaker; but "the city" is no other body's.
    """
    capitalised = len(before) >= _NAME_WORDS and all(w[:1].isupper() for w in before)
    if capitalised and not any(w.lower() in DEMONYMS for w in before):
        return " ".join(before)  # "The Traditional Unionist Voice party said": its name
    qualifiers = [w.lower() for w in before if w.islower() and len(w) > _QUALIFIER_MIN]
    named = named_with(state, noun, at) or next(
        (found for q in qualifiers if (found := named_with(state, q, at))), None
    )
    if named or noun in PLACE_NOUNS:
        return named
    found = pronoun(state, at, org=True)
    nations = [w.lower() for w in before if w[:1].isupper() and w.lower() in DEMONYMS]
    if found and nations and not any(_of_nation(found, n) for n in nations):
        return None  # "the Russian foreign ministry said" is not South Korea, which spoke last
    return found


def _of_nation(name: str, demonym: str) -> bool:
    """Whether a name may be of the nation a demonym is of: a word that opens as it does.

    "Russia", "Russian Foreign Ministry" for "Russian"; "Korea" for "Korean". A name whose
    nation is written otherwise ("France" for "French") fails, and the description is nobody's.
    """
    stem = demonym[:_STEM]
    return any(word.lower().startswith(stem) for word in name.split())


_STEM = 4  # letters a nation and its demonym share: "Russ", "Kore", "Chin", "Germ"
_QUALIFIER_MIN = 3  # letters: "rights", "health", not "new"
_NAME_WORDS = 2  # capitalised words before the noun that name the body themselves


def _person_in_focus(
    state: State, owner: str, at: int, quote_end: int, *, named: bool = True
) -> str | None:
    """Who a role nobody was introduced with stands for ("the former Porto coach").

    The person the copy is about: the previous speaker, unless another person opened a
    sentence since ("Rubio said he… "…," said the Florida senator"); before anyone has spoken,
    the person a sentence since opened with, else one named just after. Only the previous
    speaker for a role copy often leaves unnamed (``named`` false: "the analyst").
    """
    last = state.last if state.last and state.names.is_person(state.last) else None
    if last and _another_subject(state, last, at):
        return None
    if last or not named:
        return last
    if state.last is None:
        # "Adam Jones says the forwards are ready. The striker said: "…"", as "he" would be
        opener = subject(state, at, org=False, since=state.last_at)
        if opener:
            return opener
    body = organisation(state, owner, at) if owner else None
    # "the head of the NAACP" speaks for it; "the eighth-grader from San Diego" and "Greece's
    # health minister" do not speak for the place
    return later(state, quote_end) or (body if body and org_like(state.names, body) else None)


def _another_subject(state: State, last: str, at: int) -> bool:
    """Whether a person other than ``last`` opened a sentence since the previous quote."""
    other = subject(state, at, org=False, since=state.last_at)
    return other is not None and not _same_person(other, last)


def _same_person(one: str, other: str) -> bool:
    """Whether two full names may be one person's: one holds the other, or the surnames agree.

    Not a first name alone: "Grisham issued an apology" after his publicist John Kelly spoke
    puts John Grisham, not Kelly, in focus.
    """
    a, b = set(one.split()), set(other.split())
    return a <= b or b <= a or one.rsplit(maxsplit=1)[-1] == other.rsplit(maxsplit=1)[-1]


def _thing_owner(state: State, det: str, noun: str, at: int) -> str | None:
    """Who "a top official" or "the email" stands for: nobody named.

    But a thing of his or hers speaks for its owner ("His sales pitch adds:").
    """
    if det.lower() in {"his", "her"} and not person_noun(noun.removesuffix("s")):
        return pronoun(state, at, org=False, gender=_GENDER[det.lower()])
    return None


def _split_owner(body: str) -> tuple[str, str]:
    """Split a description into its head and owner.

    "council's spokesperson" -> spokesperson, council; "head of X" -> head, X; "Home Office
    spokesman" -> spokesman, Home Office.
    """
    *front, last = body.split() or [""]
    if front and (last in SPOKES or last.startswith("spokes")) and front[0][:1].isupper():
        return last, " ".join(front)
    match = _OWNER.match(body)
    left, right = (match[1], match[2]) if match else (body, "")
    owner, sep, head = left.replace("’", "'").rpartition("'s ")
    if sep:
        return head, owner
    return left, " ".join(right.split()[:5])


def organisation(state: State, owner: str, at: int) -> str | None:
    """The organisation an owner phrase names: "Acme", "the UK Film Council", "the party"."""
    run = re.compile(_ORG_NAME).search(owner)  # re keeps it once compiled
    if run and " " in run[0] and run[0].split()[0].lower() != "the":
        return state.names.full(run[0])  # "Ministry of Justice"
    run = RUN.search(owner)
    if run:
        form, _ = state.names.reading(run[0])
        if form:
            return state.names.full(form)
    owner = owner.lower().replace("’", "'")
    possessor = re.search(r"([a-z]+)'s\b", owner)
    nouns = [w for w in re.findall(r"[a-z]+", owner) if w in ORG_WORDS]
    noun = possessor[1] if possessor else (nouns[-1] if nouns else None)
    found = named_with(state, noun, at) if noun else None
    return found or pronoun(state, at, org=True)  # "a spokesman for the party": as "it"


def named_with(state: State, noun: str, at: int) -> str | None:
    """The organisation named with this word, the latest before ``at`` or else the first after."""
    names = state.names
    for mention in names.before(at):
        if noun in mention.form.lower().split():
            return names.full(mention.form)
    return next(
        (names.full(m.form) for m in names.mentions[:400] if noun in m.form.lower().split()),
        None,
    )


def role(state: State, noun: str, quals: list[str], at: int) -> str | None:
    """The person the article introduced with this role word ("President Vladimir Putin").

    None when nobody was; "" when those introduced with it lack its qualifiers: then nobody.
    """
    names, text = state.names, state.text
    # the role stands right before the name ("Russian President Vladimir Putin") or in its
    # appositive ("Putin, the Russian president"): a role word elsewhere near a name ("the email
    # came after Trump") introduces nobody
    # in the appositive, the role is its head, a few words in ("Putin, the Russian president");
    # not a noun further on ("Busra, a video shows a man gathering snow": no man's name)
    pattern = re.compile(
        rf",\s+(?:the|a|an)\s+(?:(?!(?:the|a|an)\s)[\w'’-]+\s+){{0,4}}?{re.escape(noun)}\b"
    )
    short = SHORT_TITLES.get(noun)
    written = rf"(?:{re.escape(noun)}|{short}\.?)" if short else re.escape(noun)
    title = re.compile(rf"\b{written}\W*$")
    found = []
    for mention in names.before(at):
        full = names.full(mention.form)
        if mention.quoted or not names.is_person(full):
            continue
        left = text[max(0, mention.start - 40) : mention.start].lower()
        right = _APPOSITIVE.match(text, mention.end)
        appositive = right[0].lower() if right else ""
        if title.search(left) or pattern.match(appositive):
            found.append((full, left + " " + appositive))
    fit = [full for full, context in found if all(q in context for q in quals)]
    if quals and found and not fit:
        return ""  # "the Florida senator" when the senators introduced are from elsewhere
    pool = fit or [full for full, _ in found]
    # the person the story is about wins over one mentioned in passing with the same title
    return max(pool, key=lambda f: names.full_counts[f], default=None)


def _names_person(names: Names, word: str) -> bool:
    """Whether a word names a person known as one: titled, or with a known first name."""
    form = names.reading(word)[0]
    full = names.full(form) if form else ""
    return bool(full) and names.is_person(full) and (full in names.titled or full in names.genders)
