"""The subject of a sentence before a verb of saying: the name, pronoun or description that speaks.

"Craig Mackey, chief of X, said" is Mackey's; "the firm's boss said" a description, resolved by
``describe``; "Jo Li, the former president of the NAACP, told" passes over the appositive; a
sentence without a verb of saying has the subject of its main clause ("Gorka noting …").
``cues.py`` asks it of the words before the verb it found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.highlight.clauses import LEADING_LINK, SUBORDINATORS
from summ.highlight.names import NAME, RUN
from summ.highlight.surnames import qualifies_role
from summ.highlight.words import DETERMINERS, PERSON_TITLES, PRONOUNS, SPOKES

if TYPE_CHECKING:
    from summ.highlight.describe import State
    from summ.highlight.mentions import Names

_ASIDE = re.compile(r"\([^()]{0,40}\)")  # "Ted Cruz (R-Texas)"
_OF_SOMETHING = re.compile(r"\s(?:of|for|at|in|from|with|on)\s")
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_PLACE_END = re.compile(rf"\b(?:in|at|from|near|outside)\s+{NAME}$")
_RELATIVES = frozenset({"who", "which", "whose", "whom"})
# A subject that is someone unnamed: "one former senior Clinton administration official"
_ONE_OF_THEM = re.compile(r"(?:one|another)\s+(?:[\w'’-]+\s+){0,5}[a-z][\w-]*$")
# An unnamed subject right before a verb: "… and one man said", "but a witness told"
UNNAMED_SUBJECT = re.compile(
    r"(?:^|\s)(?:and|but)\s+(?:one|another|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*$"
)
_PORTFOLIO = re.compile(
    r"\b(?:Secretary|Undersecretary|Minister|Commissioner|Director|Chancellor)\s+(?:of|for)\s+"
    r"(?:[A-Z][\w'’-]*\s+(?:of|for)\s+)?$"
)
_MARKS_AROUND = " \t\"“”'’"  # a quotation's closing mark left before the cue's words
_SUBJECT_WORDS = 4  # words a subject name may follow in its chunk ("But the party's Jo Li")
_QUALIFIER_WORDS = 3  # lower-case words between a place and the titled person it qualifies
_GOVERNED = re.compile(
    r"(?:^|\s)(?:from|of|at|for|with|in|on|to|by|against|near|into|about|over|under|after|"
    r"before|behind|between|during|like|than|via|across)\s+(?:(?:the|an?)\s+)?$"
)


def whole_name(chunk: str) -> bool:
    """Whether a chunk is one name and nothing else ("Dr Peter Lindqvist")."""
    run = RUN.match(chunk)
    return run is not None and run.end() == len(chunk)


def subject_of(left: str, names: Names) -> str | None:
    """The subject before a verb, skipping an appositive ("Craig Mackey, chief of X, said")."""
    description = None
    left = _ASIDE.sub(lambda m: " " * len(m[0]), left)  # "Ted Cruz (R-Texas)"
    chunks = [LEADING_LINK.sub("", c.strip()) for c in left.split(",")][::-1][:4]
    for index, chunk in enumerate(chunks):
        at_verb = index == 0  # no comma between the chunk and the verb
        words = chunk.split()
        if not words:
            continue
        if at_verb and _unnamed(chunk, words):
            return None
        if words[0] in _RELATIVES and not at_verb:
            continue  # "Jurgen Klopp, who led his side to the final, told": an appositive
        if words[0].islower() and words[0] not in PRONOUNS | DETERMINERS:
            # "former UN Ambassador John Bolton told": a name right before the verb; but "chief
            # constable of Gloucestershire Police," is an appositive, passed over
            bare = description is None and at_verb and not _OF_SOMETHING.search(chunk)
            named = _chunk_name(chunk, names) if bare else None
            if named:
                return named
            continue
        if not at_verb and index + 1 < len(chunks) and _state_of_place(chunks[index + 1], chunk):
            continue  # "Clinton, at a town hall in Columbus, Ohio, said": Ohio is a place
        if description is not None:
            # "Omar Haddad, a Zarevian official, told": the name before the description; a
            # surname alone where the article names that person ("Weingarten, a longtime …")
            is_name = whole_name(chunk) and (len(words) > 1 or _names_person(chunk, names))
            return chunk if is_name else description
        if (_describes(words) or _role_of(chunk, words)) and words[-1].lower() not in PRONOUNS:
            description = chunk  # "the firm's boss", "Acme's Head of Sales"
            continue
        return _holder(chunks[index:], names) or _chunk_subject(chunk, words, names)
    return description


def unnamed_subject(left: str) -> bool:
    """Whether the words right before a verb are someone unnamed (see ``_unnamed``)."""
    chunk = left.rsplit(",", 1)[-1].strip(_MARKS_AROUND)
    return bool(chunk) and _unnamed(chunk, chunk.split())


def _unnamed(chunk: str, words: list[str]) -> bool:
    """Whether the subject right before a verb is someone the copy does not name.

    "… and one man said", "one former senior Clinton administration official said"; not "a
    spokesman" (a description resolved elsewhere).
    """
    if words[-1] in SPOKES:
        return False
    return UNNAMED_SUBJECT.search(chunk) is not None or _ONE_OF_THEM.match(chunk) is not None


def _holder(chunks: list[str], names: Names) -> str | None:
    """The person whose appositive an organisation closes: the name two chunks back.

    "Meir Dagan, former head of the intelligence agency, Mossad, told": a role between.
    """
    if len(chunks) < 3 or not whole_name(chunks[0]) or _names_person(chunks[0], names):
        return None
    role, person = chunks[1].split(), chunks[2]
    lowered = bool(role) and role[0][:1].islower()
    return person if lowered and whole_name(person) and _names_person(person, names) else None


def _chunk_subject(chunk: str, words: list[str], names: Names) -> str | None:
    """The subject one chunk before a verb gives: a pronoun, a name or a spokesman's phrase."""
    if words[-1].lower() in PRONOUNS:
        return words[-1]
    if words[0].lower() in PRONOUNS and len(words) <= 3:
        return words[0]  # "He also", "She later"
    if words[0].lower() in {"a", "an"} and len(words) > 1 and words[1] in SPOKES:
        return chunk  # "A spokesman for Acme": a description, resolved by ``describe``
    named = _chunk_name(chunk, names)
    if named is None and words[0].lower() in {"he", "she"}:
        return words[0]  # "She is disabled and has depression, and said"
    return named


def _describes(words: list[str]) -> bool:
    """Whether a chunk is a description rather than a name ("the head of X", "Acme's boss")."""
    if words[0].endswith(("'s", "’s")):
        return True
    if not words[-1][:1].islower() or len(words) > 8:
        return False
    return words[0].lower() in DETERMINERS or words[-1] in PERSON_TITLES


def _opening_adjective(chunk: str, run: re.Match[str], names: Names) -> bool:
    """Whether a one-word run that opens the chunk, before lower-case words, names no person."""
    if run.start() > 0 or " " in run[0] or not _LOWER_AFTER.match(chunk, run.end()):
        return False
    return not _names_person(run[0], names)


def _names_person(run: str, names: Names) -> bool:
    form = names.reading(run)[0]
    return bool(form) and names.is_person(names.full(form))


def _state_of_place(before: str, chunk: str) -> bool:
    """Whether a name alone in its chunk completes a place the chunk before ends with."""
    return whole_name(chunk) and _PLACE_END.search(before) is not None


def _role_of(chunk: str, words: list[str]) -> bool:
    """Whether a chunk is a role whose only names a preposition governs ("the head of the NAACP").

    An appositive after the speaker's name: 'Jo Li, the former president of the NAACP, told'.
    """
    if len(words) < 2 or len(words) > 8 or words[0].lower() not in DETERMINERS:
        return False
    if not (words[1][:1].islower() or words[1][:1].isdigit()):  # "a 55-year-old salesman from X"
        return False
    runs = list(RUN.finditer(chunk))
    return bool(runs) and all(_GOVERNED.search(chunk, 0, run.start()) for run in runs)


def _chunk_name(chunk: str, names: Names) -> str | None:
    """The name a subject chunk gives.

    "Chancellor Maria Lopez" ends with its name, "Jo Bell from the Acme Group" opens with it, and
    so does "Lopez repeated that … and".
    """
    # a preposition's object is no subject: "Jo Bell from the Acme Group", "… at Loftus Road"
    runs = [
        run
        for run in RUN.finditer(chunk)
        if names.reading(run[0])[0]
        and (
            not _GOVERNED.search(chunk, 0, run.start())
            or _PORTFOLIO.search(chunk, 0, run.start())  # "Secretary of State John Kerry"
        )
    ]
    if not runs:
        return None
    # a chunk that ends with its name ("Chancellor Maria Lopez") gives that name; else the
    # subject opens it ("Jo Li backed Sen. Ted Cruz on Wednesday")
    if runs[-1].end() >= len(chunk.rstrip()):
        return holder_of(chunk, runs[-1])
    # after a description that opens the chunk, a name deep in it is an object ("The
    # spokesman refused to answer questions on who Cameron would like to see win")
    lead = chunk[: runs[0].start()].split()
    described = len(lead) > 1 and lead[0].lower() in DETERMINERS and lead[1][:1].islower()
    if described and len(lead) > _SUBJECT_WORDS:
        return None
    if len(runs) > 1 and _opening_adjective(chunk, runs[0], names):
        # "Famed fight doctor Ferdie Pacheco once said": a capital that opens the sentence,
        # then the role, then the person
        people = (r[0] for r in runs[1:] if _names_person(r[0], names))
        return next(people, runs[0][0])
    if len(runs) > 1 and _qualifies(chunk, runs[0], runs[1], names):
        return runs[1][0]  # "that Wichita high school Principal Sherman Padgett was"
    return holder_of(chunk, runs[0])  # "Secretary of State Jo Li urged …": Jo Li


def holder_of(chunk: str, run: re.Match[str]) -> str:
    """A run's name, without the portfolio a title names first.

    "Secretary of State John Kerry" -> "John Kerry": two words, three with an initial, as
    ``mentions`` reads it.
    """
    if not _PORTFOLIO.search(chunk, 0, run.start()):
        return run[0]
    words = run[0].split()
    keep = 3 if len(words) > 2 and words[-2].endswith(".") else 2
    return " ".join(words[-keep:])


def _qualifies(chunk: str, first: re.Match[str], second: re.Match[str], names: Names) -> bool:
    """Whether a one-word name and a few lower-case nouns qualify the titled person after them.

    "Wichita high school Principal Sherman Padgett": the place is no subject. Not across a
    verb ("Acme hired Chief Executive Jo Li").
    """
    between = chunk[first.end() : second.start()].split()
    if " " in first[0] or not 0 < len(between) <= _QUALIFIER_WORDS:
        return False
    if not all(w.islower() and not w.endswith(("ed", "s")) for w in between):
        return False
    form, titled = names.reading(second[0])
    return bool(form) and titled and not _names_person(first[0], names)


def clause_subject(sentence: str, state: State) -> str | None:
    """A sentence without a reporting verb: its subject, past any opening phrase ("At noon,").

    A name alone in its chunk is a place ("…, Alabama,"), unless a relative clause about a
    person follows it.
    """
    chunks = [c.strip() for c in sentence.split(",")]
    for index, chunk in enumerate(chunks[:3]):
        words = chunk.split()
        if not words or (words[0].lower() in SUBORDINATORS and index < len(chunks) - 1):
            continue  # "When Wallace died in 1998, President Clinton released …": not its subject
        first = words[0].lower()
        if first in PRONOUNS:
            return words[0]
        if first in DETERMINERS:
            heads = [w.lower().removesuffix("'s") for w in words[1:4]]
            spokes = any(w in SPOKES or w.startswith("spokes") for w in heads)
            return chunk if spokes else None
        run = RUN.match(chunk)
        if run and state.names.reading(run[0])[0] and not _someone_of(chunk, run):
            if qualifies_role(chunk, run.end()):
                holder = RUN.search(chunk, run.end())  # "Grammy host LL Cool J began"
                return holder[0] if holder else None
            if _LOWER_AFTER.match(chunk, run.end()):
                return run[0]  # "Gorka noting"
            relative = index + 1 < len(chunks) and chunks[index + 1].startswith("who ")
            if relative and run.end() == len(chunk) and _names_person(run[0], state.names):
                return run[0]  # "Trump, who leads in delegates, mocked Rubio for …"
    return None


def _someone_of(chunk: str, run: re.Match[str]) -> bool:
    """Whether a name owns the subject of its sentence, and the subject is not its words.

    "Hoff's letter makes a case: …", "Rubio's catch phrase was that …" are the name's words;
    "Hunt's lawyer did not dispute that …", "Given Sanders' success, his endorsements …" are
    not the name's.
    """
    mark = next((len(m) for m in ("'s", "’s", "'", "’") if run[0].endswith(m)), 0)
    owned = _OWNED.match(chunk, run.end() - mark)
    if owned is None:
        return False
    return not _UTTERANCES.intersection(w.lower() for w in owned[1].split())


_OWNED = re.compile(r"['’]s?((?:\s+[a-z][\w-]*){1,3})")
# What a name's words are called ("Hoff's letter", "Nielsen's deadpan response")
_UTTERANCES = frozenset(
    "letter message response answer reply retort phrase slogan motto mantra line column "  # noqa: SIM905
    "comment comments remark remarks words statement tweet tweets post posts view views site "
    "website argument speech note email ad essay book op-ed rhetoric question pitch "
    "testimony account".split()
)


def listed(text: str, at: int) -> bool:
    """Whether the name at ``at`` is in a list its sentence opens with: no subject.

    "With teammates such as Shaquille O'Neal, Charles Barkley and Scottie Pippen, the
    Nigerian-American …" is Olajuwon's sentence, not Barkley's.
    """
    opening = text[max(0, at - 60) : at]
    opening = _SENTENCE_BREAK.split(opening)[-1]
    return bool(_LIST_BEFORE.search(opening))


_LIST_BEFORE = re.compile(r"\b(?:such as|including|among them)\b")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s|\n")
