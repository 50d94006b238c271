"""The attribution next to a quote: the cue after its closing mark, else the one before it.

After: '," Putin said', '," said The Long Road's producer Ann Vale', '," adding that …' (the
sentence's subject). Before: 'Putin said: "', 'according to X', a label ('Vale: "'), the subject
of the sentence that opens the quote. ``speakers.py`` decides between them and the quotes around.
"""


from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.highlight.clauses import main_subject, participle
from summ.highlight.describe import RELATIVE, State
from summ.highlight.names import CAPITAL, NAME, RUN
from summ.highlight.subjects import clause_subject, holder_of, subject_of, whole_name
from summ.highlight.surnames import qualifies_role
from summ.highlight.unnamed import nobody_speaks
from summ.highlight.words import (
    DETERMINERS,
    LY_ADVERB,
    NOT_NAME_START,
    PERSON_TITLES,
    PRONOUNS,
    VERBS,
    VERBS_BEFORE_SPEAKER,
)

if TYPE_CHECKING:
    from summ.highlight.quotes import RawQuote


_DESC = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+[^,.;:!?\"“”\n]{1,70}?"
# Lower-case words of a role before a name: '," election law expert Rick Hasen tweeted'. Not a
# determiner's (a description, _DESC); _attributes refuses function words ('," until Haley said').
# A word of a role may be hyphenated: '," CrowdStrike co-founder Dmitri Alperovitch told'.
_ROLE_WORD = r"[a-z]+(?:-[a-z]+)?"
_ROLE = rf"(?P<role>(?:(?!(?:the|a|an|his|her|its|their|our)\s){_ROLE_WORD}\s+){{1,4}})"
# An adverb or an auxiliary between the speaker and the verb ('," Sotomayor has said').
ADVERB = (
    rf"(?:{LY_ADVERB}\s+|later\s+|also\s+|then\s+|again\s+|once\s+|has\s+|had\s+|have\s+)?"
)
# A person and the organisation they are of: '," Jeffrey Lewis of the James Martin Center for
# Nonproliferation Studies wrote' is Lewis's, not the centre's.
_MEMBER = (
    rf"(?P<member>{NAME})\s+(?:of|at|from)\s+(?:the\s+)?{NAME}"
    rf"(?:\s+(?:of|for|and|on)\s+(?:the\s+)?{NAME})*"
)
# '," Putin said' / '," the Russian president told'. Never a possessive before the verb: in
# '," Trump's comments' and '," the firm's claims' the "verb" is a noun.
_WHO_VERB = re.compile(
    rf"(?P<who>{_MEMBER}|(?:{NAME}\s+(?:{_ROLE_WORD}\s+){{1,3}})?{NAME}|{_DESC}"
    rf"|{_ROLE}(?:{NAME}\s+(?:{_ROLE_WORD}\s+){{1,2}})?{NAME}|[a-z]+)"
    rf"(?<!['’]s)\s+{ADVERB}(?P<verb>{VERBS})\b"
)
# A question verb with its own object attributes nothing: in '"…worth the trip", Clinton asks
# about the photos', Clinton asks something else.
_ASKS_ABOUT = re.compile(r"\s+(?:about|for|whether|if|why|how|what|when|where)\b")
_ASKING = frozenset({"asks", "asked"})
# Words that open no name and no role before one ("former" opens a role: '," former CEO Jo Li')
_NOT_ROLE = NOT_NAME_START - {"former"}
# '," Jo Bell, of the Acme Group, said'
_LABEL = re.compile(rf"(?:^|[-–—]\s|[.!?][\"”’]?\s+)(?P<who>{NAME})\s*:\s*$")
# An absolute clause whose participle reports speech: "…, with Gorka noting the absurdity of".
_WITH_SUBJECT = re.compile(rf"\bwith\s+(?P<who>{NAME})\s+{ADVERB}$")
_BARE_CUE = re.compile(
    rf"[ \t]+(?P<who>{NAME}|[Hh]e|[Ss]he)\s+(?:{VERBS})\s*[.\n]"
)
_NAME_COMMA = re.compile(rf"(?P<who>{NAME}),")
# '"…" that Sanders can catch Clinton, said Steve Elmendorf, a strategist' / '…, Jo Li says'
_END_CUE = re.compile(
    rf",\s+(?:(?:{VERBS})\s+(?P<who>{NAME})(?:,[^,]*){{0,2}}|(?P<who2>{NAME})\s+(?:{VERBS}))"
    r"\s*[.,]?\s*$"
)
_QUOTE_OPENS = re.compile(r"(?:^|[.!?\n]\s*)[\"“]$")
# '," said Mr Lockyer, an analyst'
_CLAUSE_OBJECT = re.compile(r"(?:that|how|why|what|whether|if|to)\b")
_VERB_FIRST = re.compile(rf"(?:{VERBS})\b\s*(?P<obj>.*)", re.DOTALL)
_INVERTED = re.compile(
    rf"(?:{'|'.join(v.capitalize() for v in VERBS_BEFORE_SPEAKER)})\s+(?P<obj>[^,]+),?\s*$"
)
# '…the primary schedule, explained Rosenberg, "…': the verb before its speaker, mid-sentence,
# the name closed by a comma (in '…, said Caluori "spends…"' the name opens a clause)
_INVERTED_AFTER_COMMA = re.compile(
    r",\s+(?:said|says|added|adds|wrote|writes|explained|explains)\s+"
    r"(?P<obj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?<!['’]s),\s*$"
)
# Not after a possessive or a determiner: "Trump's comments", "his remarks" are nouns.
_NOUN_BEFORE = "".join(rf"(?<!\b{word} )" for word in sorted(DETERMINERS))
VERB = re.compile(rf"(?<!['’]s ){_NOUN_BEFORE}\b(?:{VERBS})\b")
_NOT_ROLES = "(?:by|of|from|in|at|for|on|with|and|the|a|an)"  # "according to analysis by Jane's"
# The name after a description ("according to the student's attorney, Daniel Watkins,") or
# after its role ("according to attorney Daniel Watkins") is the source.
_ACCORDING = re.compile(
    rf"(?:[Aa]ccording to|[Ii]n the (?:words|estimation|view|opinion) of)\s+"
    rf"(?:{_DESC},\s+(?P<appositive>{NAME}),|(?:(?!{_NOT_ROLES}\s)[a-z][\w-]*\s+){{0,3}}?"
    rf"(?P<name>{NAME})(?:,|\s*$)|(?P<description>{_DESC})(?:,|\s*$))"
)
# Not after an initial ("Donald J. Trump"). After a title ("Sen. Jo Li") it is harmless: the
# name that follows opens the "sentence" as the subject.
SENTENCE_END = re.compile(rf"(?<!\b[A-Z])[.!?][\"”’]?\s+(?=[\"“{CAPITAL}])|\n")
# A title's full stop, made a space before an attribution is read ("Mr. Ryan said"): the
# offsets stay, and the name reads with its title.
TITLE_STOP = re.compile(r"\b(Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Rev|Prof|Lt|Col|Sgt|Capt)\.(?=\s+[A-Z])")
# A US politician's party and state after the name ("(D-Wash.)", "(R)"), blanked before the cue
# after a quote is read.
_PARTY_TAG = re.compile(r" \([DRI](?:-[A-Z][A-Za-z.]*)?\)")
QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*[\"”“»]")
_AFTER_CUT = re.compile(r"[\"“”]|(?<!\b[A-Z])[.!?](?:\s|$)")  # not an initial's stop
_LEAD = re.compile(r"[\s,—–-]*")
_PASSIVE = re.compile(rf"\b(?:was|were|is|are|been|being|be)\s+(?:{LY_ADVERB}\s+)?$")
_AGENT = re.compile(r"\s+by\s+([^,.;:!?]+)")


def cue_after(text: str, quote: RawQuote, state: State) -> tuple[str, int] | None:
    """The attribution after the closing mark, and where the quote opens; None if there is none."""
    if quote.closed_at is None or text[quote.closed_at - 1] == ".":
        return _bare(text, quote)
    after = text[quote.closed_at + 1 : quote.closed_at + 160].split("\n", 1)[0]
    after = TITLE_STOP.sub(r"\1 ", after)  # its full stop ends no sentence
    after = _PARTY_TAG.sub(_spaces, after)  # '," Rep. Jo Li (D-Wash.) said': its stop neither
    cut = _AFTER_CUT.search(after)
    segment = after[: cut.start()] if cut else after
    if _introduces_next(text, quote, segment, cut):
        segment = ""  # no attribution of this quote: it matches nothing below
    segment = segment[_LEAD.match(segment).end() :]  # type: ignore[union-attr]
    quoted_as = _QUOTED_AS.match(segment)
    if quoted_as:
        named = _quoted(quoted_as, state)
        return (named, quote.opened_at) if named else None
    match = _WHO_VERB.match(segment)
    if match:
        who = match["member"] or match["who"]
        ends = [run for run in RUN.finditer(who) if run.end() == len(who)]
        if ends and holder_of(who, ends[0]) != ends[0][0]:
            who = holder_of(who, ends[0])  # '," former Secretary of State Jo Li said': Jo Li
        inner = VERB.search(who)
        if inner and inner.start() > 0 and _SUBORDINATE_AFTER.match(who, inner.end()):
            # '," Axelrod tweeted after Clinton argued that': the first verb's subject
            who = who[: inner.start()].strip()
        return (who, quote.opened_at) if _attributes(match, segment) else None
    match = _NAME_COMMA.match(segment)
    if match and VERB.search(segment, match.end()) and person_run(match["who"], state, last=True):
        return match["who"], quote.opened_at
    match = _VERB_FIRST.match(segment)
    if match and not _CLAUSE_OBJECT.match(match["obj"]) and not _participle_clause(match):
        # '," adding that Trump…': a clause follows, and the speaker is the sentence's subject
        named = _object_name(match["obj"], state)
        return (named, quote.opened_at) if named else None
    return _said_at_the_end(segment, quote, state) or _set_off(segment, quote, state)


# A quotation (blanked out before the cue is read), then its attribution inside the sentence
_INSERTED_CUE = re.compile(rf" {{3}},?\s+({NAME})\s+{ADVERB}(?:{VERBS})\b")
# A name right before a verb, after a conjunction: "… tweeted after Clinton argued that"
_NAME_BEFORE_VERB = re.compile(
    rf"\b(?:after|before|as|when|while|because|since|until)\s+({NAME})\s+{ADVERB}$"
)
_SUBORDINATE_AFTER = re.compile(r"\s+(?:after|before|as|when|while|because|since|until)\b")
_QUOTED_AS = re.compile(
    rf"(?P<who>{NAME})\s+(?:is|was|has\s+been)\s+(?:quoted|reported|cited)\s+as\s+saying\b"
    rf"|(?:{NAME}|[Tt]he\s+\w+)\s+(?:quoted|cited)\s+(?:(?P<pronoun>him|her)|(?P<object>{NAME}))"
    r"\s+as\s+saying\b"
)
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}


def _quoted(found: re.Match[str], state: State) -> str | None:
    """Who a quote was quoted of: the one quoted, not the outlet.

    As in '," Daud is quoted as saying.', '," Bernard was reported as saying by AFP.', '," PA
    Sport quoted him as saying'.
    """
    if found["pronoun"]:
        return _OBJECT_PRONOUNS[found["pronoun"]]
    return person_run(found["who"] or found["object"], state, last=False)


def quoted_object(sentence: str) -> str | None:
    """Who "PA Sport quoted him as saying" quotes: "he", or the name ("Ukrinform quoted X")."""
    found = _QUOTED_AS.search(sentence)
    if found is None or found["who"]:
        return None
    return _OBJECT_PRONOUNS[found["pronoun"]] if found["pronoun"] else found["object"]
# The verb after an appositive's closing comma: '," Texas delegate Bill Eastland, wearing a hat,
# said', '," Rep. Duncan Hunter's chief of staff, Joe Kasper, told'
_VERB_AFTER_COMMA = re.compile(rf",\s+{ADVERB}(?:{VERBS})\b")


def _set_off(segment: str, quote: RawQuote, state: State) -> tuple[str, int] | None:
    """The speaker after a quote whose verb an appositive sets off from the name.

    The appositive's commas hide the pair from the patterns above; the subject finder reads the
    words before the verb as it reads a sentence's ("Jo Li, the mayor, said"), and only a
    person it names speaks.
    """
    verb = _VERB_AFTER_COMMA.search(segment)
    if verb is None:
        return None
    left = QUOTED.sub(_blank, segment[: verb.start()])
    opener = left.split(maxsplit=1)[:1]
    capital = left[:1].isupper() or (bool(opener) and opener[0] in DETERMINERS)
    if left.count(",") > 1 or not capital:
        # one appositive: in '," Lourdes Correa, mother of the victim, Rolando Correa, told'
        # the name before the verb is the victim's
        return None
    head, _, aside = left.rpartition(",")
    if head and aside.split(maxsplit=1)[:1] in (["who"], ["whose"]):
        left = head  # "Jurgen Klopp, who led his side to the final, told": the name before it
    named = subject_of(left, state.names)
    person = person_run(named, state, last=False) if named else None
    return (person, quote.opened_at) if person else None


def _participle_clause(match: re.Match[str]) -> bool:
    """Whether a participle after a quote has a clause for its object, not a speaker.

    In '," suggesting he might consider Kasich' the pronoun is the clause's subject; the speaker
    is the sentence's, found before the quote.
    """
    verb = match[0][: len(match[0]) - len(match["obj"])].strip()
    first = match["obj"].split(maxsplit=1)[:1]
    return verb.endswith("ing") and bool(first) and first[0].lower() in PRONOUNS


def _said_at_the_end(segment: str, quote: RawQuote, state: State) -> tuple[str, int] | None:
    """The attribution that closes a sentence the quote opened ('"…" for Clinton, said Kunin.').

    Only after a quote that opens its sentence: in 'He called it "a mess" and Jo Li said so' the
    words are not Jo Li's.
    """
    if not _QUOTE_OPENS.search(state.text, max(0, quote.opened_at - 3), quote.opened_at + 1):
        return None
    match = _END_CUE.search(segment)
    if match is None:
        return None
    named = person_run(match["who"] or match["who2"], state, last=False)
    return (named, quote.opened_at) if named else None


def _attributes(match: re.Match[str], segment: str) -> bool:
    """Whether a name or a description and a verb after a quote attribute it."""
    who = match["who"]
    if " " not in who and who.islower() and who not in PRONOUNS:
        return False  # "," officials said': nobody named
    role = match["role"].split() if match["role"] else []
    if role and role != ["as"] and any(w in _NOT_ROLE for w in role):
        return False  # '," until Haley said', '," one senior Democrat said': no role of a name
    return not (match["verb"] in _ASKING and _ASKS_ABOUT.match(segment, match.end()))


def _introduces_next(
    text: str, quote: RawQuote, segment: str, cut: re.Match[str] | None
) -> bool:
    """Whether the words after a quote that ended its sentence introduce the next quote.

    As in '"Why now?" Mills then writes back, "You look cute."': Mills's words are the second.
    """
    ended = quote.closed_at is not None and text[quote.closed_at - 1] in "?!"
    opens_next = cut is not None and cut[0] in '"“'
    return ended and opens_next and segment.rstrip().endswith((",", ":"))


def _bare(text: str, quote: RawQuote) -> tuple[str, int] | None:
    """'…the end." Next sentence' is no attribution, unless that sentence is just one.

    As in '…in 1965." West said.', copy that put the full stop inside the marks.
    """
    if quote.closed_at is None:
        return None  # it runs on to the paragraph's end: nothing follows it
    bare = _BARE_CUE.match(text, quote.closed_at + 1)
    return (bare["who"], quote.opened_at) if bare else None


_ABOUT = re.compile(r"\s+(?:on|about|of\s+(?:him|her|them))\s+")


def _object_name(obj: str, state: State) -> str | None:
    """The speaker named after a verb.

    As in 'Mr Lockyer, an analyst', 'the trust's director, Dr Lin', 'XYZ survey chairman Jo
    Bell', 'The Long Road's producer Ann Vale', 'the company'.
    """
    chunks = [c.strip() for c in obj.split(",")]
    # '"…" added Bentley on Ellison': whom the words are about is no speaker
    named = RUN.match(chunks[0])
    if named and _ABOUT.match(chunks[0], named.end()):
        chunks[0] = named[0]
    words = chunks[0].split()
    if not words:
        return None
    first = words[0].lower()
    if first in PRONOUNS:
        return words[0]
    person = person_run(chunks[0], state, last=first in DETERMINERS)
    if person:
        return person
    # a role, then its holder: "the trust's director, Dr Peter Lindqvist", "YIAGA Program
    # Manager, Cynthia Mbamalu"
    role = (first in DETERMINERS and words[-1][:1].islower()) or words[-1].lower() in PERSON_TITLES
    if role and len(chunks) > 1 and whole_name(chunks[1]):
        return chunks[1]
    if first in DETERMINERS:
        return chunks[0]
    run = RUN.match(chunks[0])
    return run[0] if run else None


# A title that names a portfolio after it ("Assistant Secretary of State"), not a name ending
# on a title word ("Representative Peter T. King of New York", "Larry King of CNN").
_TITLE_OF = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?[{CAPITAL}]")
_PORTFOLIO_TITLES = frozenset(
    ("Secretary", "Undersecretary", "Minister", "Commissioner", "Director", "Chancellor")
)


def person_run(chunk: str, state: State, *, last: bool) -> str | None:
    """The first run of a chunk that names a person ("XYZ survey chairman Jo Bell").

    After a determiner, only one that ends the chunk counts ("the firm's boss Jo Li", not "the
    former Ajax and Porto Alegre coach"), outside a relative clause.
    """
    for run in RUN.finditer(chunk):
        if last and (run.end() < len(chunk) or RELATIVE.search(chunk, 0, run.start())):
            continue  # "a party member who supports Trump": Trump is in the relative clause
        if qualifies_role(chunk, run.end()):
            continue  # "Atletico sporting director Toni Munoz": the holder, not the club
        if _TITLE_OF.match(chunk, run.end()) and run[0].split()[-1] in _PORTFOLIO_TITLES:
            continue  # "Assistant Secretary of State for … Ana Ruiz": a title, its holder after
        name = holder_of(chunk, run)  # "Secretary of State Jo Li" is Jo Li
        form, titled = state.names.reading(name)
        if form and (titled or state.names.is_person(state.names.full(form))):
            return name
    return None


def cue_before(
    text: str, quote: RawQuote, heads: list[tuple[int, int]], state: State
) -> tuple[str, int] | None:
    """The attribution before the opening mark, in the quote's own sentence; None if none."""
    low = max(0, quote.opened_at - 400)
    head = text[low : quote.opened_at]
    cut = head.rfind("\n") + 1
    if head[cut:].strip(" \t:"):
        low, head = low + cut, head[cut:]
    else:
        # 'X said in his column\n\n: "…': an attribution cut off by a stray paragraph break
        head = head.rstrip(" \t:\n")
        if not head or any(s <= low + len(head) - 1 < e for s, e in heads):
            return None
        if head.rstrip("\"”’'")[-1:] in (".", "!", "?", ""):
            return None  # the paragraph before ended its sentence: no attribution cut off
    head = TITLE_STOP.sub(r"\1 ", QUOTED.sub(_blank, head)).rstrip()
    if not head or head[-1] in ".!?":
        return None  # the quote opens its sentence: it continues the previous speaker
    starts = [m.end() for m in SENTENCE_END.finditer(head)]
    begin = starts[-1] if starts else 0
    sentence = head[begin:]
    at = low + begin
    inverted = _INVERTED.match(sentence) or _INVERTED_AFTER_COMMA.search(sentence)
    if inverted:
        # 'Said Comey, "…': the verb first, the speaker after it
        named = _object_name(inverted["obj"], state)
        return (named, at) if named else None
    verb = VERB.search(sentence)
    if verb is not None and _passive(sentence, verb):
        # "Rubio was asked by moderator Jo Baker whether …": the asker's words, not Rubio's
        agent = _AGENT.match(sentence, verb.end())
        named = person_run(agent[1], state, last=False) if agent else None
        return (named, at) if named else None
    said = _verb_subject(sentence, verb, state) if verb else None
    if verb is None:
        said = _namer(sentence, state)
    according = _ACCORDING.search(sentence)
    source = according and (
        according["appositive"] or according["name"] or according["description"]
    )
    found = said or source or None
    if found is None and verb is None:
        found = _labelled(head, state, _ends_paragraph(text, quote)) or clause_subject(
            sentence, state
        )
    return (found, at) if found else None


def _verb_subject(sentence: str, verb: re.Match[str], state: State) -> str | None:
    """Who the first verb of saying in a sentence before a quote has speak."""
    last = _last_verb(sentence) or verb
    inserted = _INSERTED_CUE.search(sentence)
    if inserted and (last.start() < inserted.end() or last[0].endswith("ing")):
        # 'Comey cannot say that "…," Lewandowski added, saying it should be "…"': the cue set
        # in after the earlier quote is the sentence's own speaker (unless a later verb has
        # its own: '"…," Axelrod tweeted after Clinton argued that "…"')
        named = person_run(inserted[1], state, last=False)
        if named:
            return named
    if nobody_speaks(sentence, verb, last):
        return None
    said = _subject_before(sentence, verb, state)
    if verb[0].endswith("ing"):
        with_subject = _WITH_SUBJECT.search(sentence, 0, verb.start())
        if with_subject:
            return with_subject["who"]  # "…, with Gorka noting that": Gorka's words
    if participle(sentence, verb):
        # "Sanders visited NBC to discuss his rival, Hillary Clinton, saying": the clause's
        # subject speaks, not the name the participle follows
        said = main_subject(sentence[: verb.start()], state) or said
    if last.start() != verb.start():
        # "When asked if…, Gale said:", "Axelrod tweeted after Clinton argued that": the verb
        # next to the quote has the subject, when it names one
        nearest = _subject_before(sentence, last, state, adjacent_first=True)
        # …but only one named after the first verb: in "Guardiola says his season was poor but
        # promised", the second verb shares the first one's subject
        named_since = (
            nearest
            and nearest.lower() not in PRONOUNS
            and nearest in sentence[verb.end() : last.start()]
            and not last[0].endswith("ing")  # ", adding": the main clause's subject speaks
        )
        if said is None or named_since:
            said = nearest
    return said


def _subject_before(
    sentence: str, verb: re.Match[str], state: State, *, adjacent_first: bool = False
) -> str | None:
    """A verb's subject; a name right after a conjunction before it ("after Trump told").

    That name comes first for a later verb ("Axelrod tweeted after Clinton argued"), else only
    when the subject rules find none.
    """
    adjacent = _NAME_BEFORE_VERB.search(sentence, 0, verb.start())
    near = person_run(adjacent[1], state, last=False) if adjacent else None
    if adjacent_first and near:
        return near
    return subject_of(sentence[: verb.start()], state.names) or near


# A verb of naming right before the quote: 'Jane Harman called it "the least bad option"',
# 'Trump called the assault "an attack on our country"' (the quote is what they called it)
_NAMING = re.compile(
    r"\b(?:called|calls|calling|described|describes|describing|dubbed|dubs|labeled|labelled|"
    r"branded|termed)(?:\s+[\w'’-]+){0,6}?(?:\s+as)?\s*$"
)


def _namer(sentence: str, state: State) -> str | None:
    """The person who calls something what the quote says, named as the verb's subject."""
    naming = _NAMING.search(sentence)
    if naming is None:
        return None
    left = sentence[: naming.start()]
    if naming[0].split(maxsplit=1)[0].endswith("ing"):
        # "Carson endorsed Trump, calling him …": the main clause's subject names it
        return main_subject(left, state)
    named = subject_of(left, state.names)
    return person_run(named, state, last=False) if named else None


def _passive(sentence: str, verb: re.Match[str]) -> bool:
    """Whether the verb of saying is passive ("was asked"), not a progressive ("is telling")."""
    return not verb[0].endswith("ing") and _PASSIVE.search(sentence, 0, verb.start()) is not None


def _labelled(head: str, state: State, whole: bool) -> str | None:
    """A speaker named as a label before a colon: '… - Philip Bump: "…' (a news round-up).

    Or in capitals, as a fact check labels whose claim it checks ('TRUMP: "…"', then 'THE
    FACTS: …'): then a person the article names otherwise, by the fullest name, and only for
    a quote that is the rest of its paragraph (``whole``); in a transcript ('AZUZ: "…" That is
    what the governor said') the label is the one reading the quote out.
    """
    label = _LABEL.search(head)
    if label is None:
        return None
    who = label["who"]
    if who.isupper():
        if not whole:
            return None
        form = state.names.reading(" ".join(w.capitalize() for w in who.split()))[0]
        full = state.names.full(form) if form else ""
        return full if full and state.names.is_person(full) else None
    form, _ = state.names.reading(who)
    return who if form and state.names.is_person(state.names.full(form)) else None


def _ends_paragraph(text: str, quote: RawQuote) -> bool:
    """Whether nothing but space follows a quote's closing mark in its paragraph."""
    if quote.closed_at is None:
        return True
    rest = text[quote.closed_at + 1 : quote.closed_at + 80]
    return not rest.split("\n", 1)[0].strip()


# A paragraph that is a byline alone, a name and its outlet: a critics' round-up runs each
# review under one ("Claudia Puig (USA Today) ▼", then the review's quoted words).
_BYLINE_REACH = 160  # characters: a byline line and the blank line after it
_BYLINE = re.compile(rf"[ \t]*(?P<who>{NAME})[ \t]+\([^()\n]{{2,60}}\)[ \t]*[^\w\s]?[ \t]*")


def byline_cue(text: str, quote: RawQuote, state: State) -> tuple[str, int] | None:
    """The writer a byline paragraph right before a quote's paragraph names.

    Read before the headings are ruled out: the layout may take such a line for one.
    """
    at = quote.opened_at
    if text[at - 1 : at] != "\n":
        return None
    low = max(0, at - _BYLINE_REACH)
    end = low + len(text[low:at].rstrip())
    begin = text.rfind("\n", low, end) + 1
    found = _BYLINE.fullmatch(text, begin, end) if begin else None
    if found is None:
        return None
    form, _ = state.names.reading(found["who"])
    if not form or not state.names.is_person(state.names.full(form)):
        return None
    return found["who"], begin


# A paragraph that signs the quote above it: "- Steve Carell", "— Bernie Sanders."
_SIGNATURE = re.compile(rf"[ \t]*\n[ \t]*\n?[ \t]*[-–—][ \t]*(?P<who>{NAME})\.?[ \t]*(?:\n|$)")


def signed(text: str, quote: RawQuote) -> str | None:
    """The name the paragraph after a quote's own paragraph signs it with, if one does."""
    if quote.closed_at is None:
        return None
    found = _SIGNATURE.match(text, quote.closed_at + 1)
    return found["who"] if found else None


def _spaces(found: re.Match[str]) -> str:
    return " " * len(found[0])


def _blank(quoted: re.Match[str]) -> str:
    """A quotation blanked out, keeping the end of sentence it may hold ('…end." Jo said')."""
    ended = len(quoted[0]) > 2 and quoted[0][-2] in ".!?"
    return " " * (len(quoted[0]) - 1) + ("." if ended else " ")


def _last_verb(sentence: str) -> re.Match[str] | None:
    found = None
    for found in VERB.finditer(sentence):  # noqa: B007 - the last one is wanted
        pass
    return found
