"""Who said a quote: the attribution next to it, resolved to the fullest name the article uses.

The attribution is looked for after the closing mark ('," Putin said', '," said The Long Road's
producer Ann Vale') and then before the opening mark ('Putin said: "', 'according to X');
``describe`` resolves pronouns and descriptions. A quote with no attribution of its own belongs to
whoever the sentences just before it report ('Vale says she once told him why.'), else it
continues the previous speaker's words, as news copy runs them, else goes to a person named
just after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.highlight.describe import State, later, resolve, subject
from summ.highlight.mentions import Names, collect
from summ.highlight.names import NAME, RUN, headline_lines
from summ.highlight.words import DETERMINERS, PERSON_TITLES, PRONOUNS, SPOKES, VERBS

if TYPE_CHECKING:
    from summ.highlight.quotes import RawQuote

_DESC = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+[^,.;:!?\"“”\n]{1,70}?"
_ADVERB = r"(?:\w+ly\s+|later\s+|also\s+|then\s+|again\s+)?"
# '," Putin said' / '," the Russian president told'
_WHO_VERB = re.compile(
    rf"(?P<who>(?:{NAME}\s+(?:[a-z]+\s+){{1,3}})?{NAME}|{_DESC}|[a-z]+)\s+{_ADVERB}(?:{VERBS})\b"
)
# '," Jo Bell, of the Acme Group, said'
_NAME_COMMA = re.compile(rf"(?P<who>{NAME}),")
# '," said Mr Lockyer, an analyst'
_VERB_FIRST = re.compile(rf"(?:{VERBS})\b\s*(?P<obj>.*)", re.DOTALL)
_VERB = re.compile(rf"\b(?:{VERBS})\b")
_ACCORDING = re.compile(rf"[Aa]ccording to\s+({NAME}|{_DESC})(?:,|\s*$)")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])|\n")
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*[\"”“»]")
_AFTER_CUT = re.compile(r"[\"“”]|[.!?](?:\s|$)")
_LEAD = re.compile(r"[\s,—–-]*")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_PREPOSITION = re.compile(r"\s(?:from|of|at|for|with)\s+(?:the\s+)?$")


def attribute(
    text: str, quotes: list[RawQuote], keep: list[bool] | None = None
) -> list[str | None]:
    """The speaker of each kept quote (in the same order), or None where the article does not say.

    ``keep`` marks the quotes that are reported: a skipped one (a title, a scare-quoted word)
    never becomes the "previous speaker" that later quotes continue, and its speaker is only
    worked out when it has an attribution of its own (which later quotes do continue): None
    stands for it otherwise.
    """
    kept = range(len(quotes)) if keep is None else [i for i, k in enumerate(keep) if k]
    if not kept:
        return [None] * len(quotes)
    common = set(_LOWER_WORD.findall(text))
    spans = [(q.opened_at, q.end if q.closed_at is None else q.closed_at) for q in quotes]
    heads = headline_lines(text)
    state = State(text, collect(text, spans, common, heads))
    speakers: list[str | None] = [None] * len(quotes)
    # the quotes after the last kept one can change no reported speaker
    for i, quote in enumerate(quotes[: kept[-1] + 1]):
        end = quote.end if quote.closed_at is None else quote.closed_at
        found = (
            _after(text, quote, state)
            or _before(text, quote, heads, state)
            or _ahead(text, quotes[i + 1 : i + 4], end, state)
        )
        if not found and keep is not None and not keep[i]:
            continue  # neither reported nor continued by a later quote
        speaker = resolve(state, found[0], found[1], end) if found else None
        if speaker is None and not found:
            speaker = _reported(state, quote)
        speaker = (
            speaker or state.last or later(state, end) or subject(state, quote.opened_at, org=False)
        )
        state.last, state.last_at = speaker, end
        speakers[i] = speaker
    return speakers


def _ahead(text: str, following: list[RawQuote], end: int, state: State) -> tuple[str, int] | None:
    """The attribution of a quote that runs straight on from this one ('"A. "B," said Jo Li.')."""
    for quote in following:
        if text[end : quote.opened_at].strip(" \t\"”’'"):
            return None
        found = _after(text, quote, state)
        if found:
            return found
        end = quote.end
    return None


def _after(text: str, quote: RawQuote, state: State) -> tuple[str, int] | None:
    if quote.closed_at is None or text[quote.closed_at - 1] == ".":
        return None  # '…the end." Next sentence': what follows is not an attribution
    after = text[quote.closed_at + 1 : quote.closed_at + 160].split("\n", 1)[0]
    cut = _AFTER_CUT.search(after)
    segment = after[: cut.start()] if cut else after
    segment = segment[_LEAD.match(segment).end() :]  # type: ignore[union-attr]
    match = _WHO_VERB.match(segment)
    if match:
        who = match["who"]
        if " " not in who and who.islower() and who not in PRONOUNS:
            return None  # "," officials said': nobody named
        return who, quote.opened_at
    match = _NAME_COMMA.match(segment)
    if match and _VERB.search(segment, match.end()) and _person_run(match["who"], state, last=True):
        return match["who"], quote.opened_at
    match = _VERB_FIRST.match(segment)
    if match:
        named = _object_name(match["obj"], state)
        return (named, quote.opened_at) if named else None
    return None


def _object_name(obj: str, state: State) -> str | None:
    """The speaker named after a verb.

    As in 'Mr Lockyer, an analyst', 'the trust's director, Dr Lin', 'XYZ survey chairman Jo
    Bell', 'The Long Road's producer Ann Vale', 'the company'.
    """
    chunks = [c.strip() for c in obj.split(",")]
    words = chunks[0].split()
    if not words:
        return None
    first = words[0].lower()
    if first in PRONOUNS:
        return words[0]
    person = _person_run(chunks[0], state, last=first in DETERMINERS)
    if person:
        return person
    if first in DETERMINERS:
        if words[-1][:1].islower() and len(chunks) > 1 and _whole_name(chunks[1]):
            return chunks[1]  # "the trust's director, Dr Peter Lindqvist"
        return chunks[0]
    run = RUN.match(chunks[0])
    return run[0] if run else None


def _person_run(chunk: str, state: State, *, last: bool) -> str | None:
    """The first run of a chunk that names a person ("XYZ survey chairman Jo Bell").

    After a determiner, only one that ends the chunk counts ("the firm's boss Jo Li", not "the
    former Ajax and Porto Alegre coach").
    """
    for run in RUN.finditer(chunk):
        if last and run.end() < len(chunk):
            continue
        form, titled = state.names.reading(run[0])
        if form and (titled or state.names.is_person(state.names.full(form))):
            return run[0]
    return None


def _whole_name(chunk: str) -> bool:
    run = RUN.match(chunk)
    return run is not None and run.end() == len(chunk)


def _before(
    text: str, quote: RawQuote, heads: list[tuple[int, int]], state: State
) -> tuple[str, int] | None:
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
    head = _QUOTED.sub(lambda m: " " * len(m[0]), head).rstrip()
    if not head or head[-1] in ".!?":
        return None  # the quote opens its sentence: it continues the previous speaker
    starts = [m.end() for m in _SENTENCE_END.finditer(head)]
    begin = starts[-1] if starts else 0
    sentence = head[begin:]
    at = low + begin
    verb = _VERB.search(sentence)
    said = subject_of(sentence[: verb.start()], state.names) if verb else None
    according = _ACCORDING.search(sentence)
    found = said or (according[1] if according else None)
    if found is None and verb is None:
        found = _clause_subject(sentence, state)
    return (found, at) if found else None


def subject_of(left: str, names: Names) -> str | None:
    """The subject before a verb, skipping an appositive ("Craig Mackey, chief of X, said")."""
    description = None
    for chunk in [c.strip() for c in left.split(",")][::-1][:4]:
        words = chunk.split()
        if not words or (words[0].islower() and words[0] not in PRONOUNS | DETERMINERS):
            continue
        if description is not None:
            # "Omar Haddad, a Zarevian official, told": the name before the description
            return chunk if _whole_name(chunk) and len(words) > 1 else description
        if words[-1].lower() in PRONOUNS:
            return words[-1]
        if words[0].lower() in PRONOUNS and len(words) <= 3:
            return words[0]  # "He also", "She later"
        if _describes(words):
            description = chunk  # "the firm's boss", "Acme's Head of Sales"
            continue
        return _chunk_name(chunk, names)
    return description


def _describes(words: list[str]) -> bool:
    """Whether a chunk is a description rather than a name ("the head of X", "Acme's boss")."""
    if words[0].endswith(("'s", "’s")):
        return True
    if not words[-1][:1].islower() or len(words) > 8:
        return False
    return words[0].lower() in DETERMINERS or words[-1] in PERSON_TITLES


def _chunk_name(chunk: str, names: Names) -> str | None:
    """The name a subject chunk gives.

    "Chancellor Maria Lopez" ends with its name, "Jo Bell from the Acme Group" opens with it, and
    so does "Lopez repeated that … and".
    """
    runs = [run for run in RUN.finditer(chunk) if names.reading(run[0])[0]]
    if not runs:
        return None
    if not chunk.rsplit(maxsplit=1)[-1][:1].isupper():
        return runs[0][0]
    if _PREPOSITION.search(chunk, 0, runs[-1].start()):
        # "Jo Bell from the Acme Group": the person before the organisation
        return next((r[0] for r in runs[:-1] if len(r[0].split()) > 1), runs[-1][0])
    return runs[-1][0]


def _clause_subject(sentence: str, state: State) -> str | None:
    """A sentence without a reporting verb: its subject, past any opening phrase ("At noon,")."""
    for chunk in [c.strip() for c in sentence.split(",")][:3]:
        words = chunk.split()
        if not words:
            continue
        first = words[0].lower()
        if first in PRONOUNS:
            return words[0]
        if first in DETERMINERS:
            heads = [w.lower().removesuffix("'s") for w in words[1:4]]
            spokes = any(w in SPOKES or w.startswith("spokes") for w in heads)
            return chunk if spokes else None
        run = RUN.match(chunk)
        if run and state.names.reading(run[0])[0]:
            return run[0]
    return None


def _reported(state: State, quote: RawQuote) -> str | None:
    """Who the sentences just before a quote report ("Vale says she once told him why.")."""
    low = max(state.last_at, quote.opened_at - 500)
    window = _QUOTED.sub(lambda m: " " * len(m[0]), state.text[low : quote.opened_at])
    if window.strip() and window.rstrip()[-1] not in ".!?:":
        return None  # the quote is inside a sentence that names nobody
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(window))]
    for begin, end in list(zip(bounds, [*bounds[1:], len(window)], strict=True))[::-1][:3]:
        sentence = window[begin:end]
        verb = _VERB.search(sentence)
        said = subject_of(sentence[: verb.start()], state.names) if verb else None
        speaker = resolve(state, said, low + begin, low + end) if said else None
        if speaker in state.names.full_counts:
            return speaker
    return None
