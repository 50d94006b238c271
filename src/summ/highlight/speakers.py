"""Who said a quote: the attribution next to it, resolved to the fullest name the article uses.

The attribution is looked for after the closing mark ('," Putin said', '," said The Long Road's
producer Ann Vale') and then before the opening mark ('Putin said: "', 'according to X'), both
in ``cues.py``; ``describe`` resolves pronouns and descriptions. A quote with no attribution of
its own belongs to whoever the sentences just before it report ('Vale says she once told him
why.'), else it continues the previous speaker's words, as news copy runs them, else goes to a
person named just after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.highlight.closing import closing_cue
from summ.highlight.cues import (
    QUOTED,
    SENTENCE_END,
    TITLE_STOP,
    VERB,
    byline_cue,
    cue_after,
    cue_before,
    quoted_object,
    signed,
)
from summ.highlight.describe import State, resolve
from summ.highlight.focus import subject
from summ.highlight.mentions import collect
from summ.highlight.names import GLUED, ordinary_words
from summ.highlight.subjects import subject_of, unnamed_subject
from summ.highlight.trust import credible, spelled_out
from summ.highlight.words import DETERMINERS, PRONOUNS
from summ.text import datelines

if TYPE_CHECKING:
    from collections.abc import Callable

    from summ.highlight.quotes import RawQuote
    from summ.layout import Layout

_INTERRUPTION = 100  # characters an attribution between two halves of a quote may take
# A caption or pull-out between two paragraphs of one quotation: at most this long, this many
_RESUME, _RESUME_PARAGRAPHS = 300, 2
Said = tuple[str | None, str | None]


def attribute(
    text: str,
    quotes: list[RawQuote],
    layout: Layout,
    keep: list[bool] | None = None,
    furniture: Callable[[str], bool] | None = None,
) -> list[Said]:
    """The speaker of each kept quote (in the same order) and how it was found.

    (None, None) where the article does not say. The ``layout``'s title and headings are never
    read for a speaker's name, nor a short paragraph the pack's ``furniture`` test holds of (a
    picture's caption). ``keep`` marks the quotes that are reported: a skipped one (a
    title, a scare-quoted word) never becomes the "previous speaker" that later quotes
    continue, and its speaker is only worked out when it has an attribution of its own (which
    later quotes do continue): (None, None) stands for it otherwise.
    """
    kept = range(len(quotes)) if keep is None else [i for i, k in enumerate(keep) if k]
    if not kept:
        return [(None, None)] * len(quotes)
    common = ordinary_words(text)
    spans = [(q.opened_at, q.end if q.closed_at is None else q.closed_at) for q in quotes]
    heads = _unread(text, layout, furniture)
    state = State(text, collect(text, spans, common, heads, layout.title))
    speakers: list[Said] = [(None, None)] * len(quotes)
    trusted: dict[str, bool] = {}
    # the quotes after the last kept one can change no reported speaker
    for i, quote in enumerate(quotes[: kept[-1] + 1]):
        end = quote.end if quote.closed_at is None else quote.closed_at
        label = _TRANSCRIPT_LABEL.match(text, quote.opened_at + 1)
        if label and text[quote.opened_at - 1 : quote.opened_at] not in ("\n", ""):
            label = None
        signer = None if label else signed(text, quote)
        if label or signer:
            # '"PENCE: Well, look, …': a transcript's turn is its label's, whoever is named
            # in it; '"…"' then '- Steve Carell': the signer's. Nobody's when the label or
            # the signature names no person the article knows ("- Reuters.")
            said = _person_named(state, label["who"].title() if label else signer or "")
            state.last, state.last_at, state.last_open = said[0], end, quote.closed_at is None
            state.last_kept = keep is None or keep[i]
            speakers[i] = said
            continue
        found = _named_before(text, quote, heads, state, cue_after(text, quote, state)) or (
            byline_cue(text, quote, state)
            or cue_before(text, quote, heads, state)
            or closing_cue(text, quote, state)
            or (None if _runs_on(state, quote) else _ahead(text, quotes[i + 1 : i + 4], end, state))
        )
        if not found and keep is not None and not keep[i]:
            continue  # neither reported nor continued by a later quote
        said = _said(state, quote, found, end)
        if said[0] and not credible(state.names, said[0], trusted):
            said = (None, None)
        elif said[0] and said[0].isupper():
            said = (spelled_out(text, said[0]), said[1])
        state.last, state.last_at = said[0], end
        state.last_open = quote.closed_at is None
        state.last_kept = keep is None or keep[i]
        speakers[i] = said
    return _pulled_out(text, quotes, speakers)


_PULL_KEY = 40  # characters of a quotation that make it the same words quoted twice
_BESIDE = frozenset(("cue", "pronoun", "description"))  # an attribution next to the quote


def _pulled_out(text: str, quotes: list[RawQuote], speakers: list[Said]) -> list[Said]:
    """A pull-out quote gets the speaker its words have where they are attributed.

    Pages repeat a quotation as a pull-out before or after the paragraph that attributes it
    ('"I worry that we may see a…' standing alone, then '"I worry that we may see a…," said
    Dean Baker'): the lone copy is not carried on from whoever spoke before it.
    """
    keys = [" ".join(text[q.start : q.end].split())[:_PULL_KEY].lower() for q in quotes]
    attributed = {
        key: said
        for key, said in zip(keys, speakers, strict=True)
        if len(key) == _PULL_KEY and said[0] and said[1] in _BESIDE
    }
    return [
        (attributed[key][0], "pulled out")
        if said[1] in (None, "carried", "reported") and key in attributed
        and attributed[key][0] != said[0]
        and _alone(text, quote)
        else said
        for key, said, quote in zip(keys, speakers, quotes, strict=True)
    ]


def _alone(text: str, quote: RawQuote) -> bool:
    """Whether a quote is a paragraph of its own, as a pull-out is (not '"…," she said.')."""
    if text[quote.opened_at - 1 : quote.opened_at] not in ("\n", ""):
        return False
    if quote.closed_at is None:
        return True
    return not text[quote.closed_at + 1 : quote.closed_at + 80].split("\n", 1)[0].strip()


# A speaker's label in capitals opening a quoted transcript's turn, a paragraph of its own
# ('"WALLACE: Let's start'); not a title's first words ('published "ISIS: The State of Terror"').
_TRANSCRIPT_LABEL = re.compile(r"(?P<who>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){0,2}):[ \t]")


def _person_named(state: State, name: str) -> Said:
    """The person a label or a signature names, by the article's fullest name, else nobody."""
    form = state.names.reading(name)[0]
    full = state.names.full(form) if form else ""
    return (full, "cue") if full and state.names.is_person(full) else (None, None)


def _unread(
    text: str, layout: Layout, furniture: Callable[[str], bool] | None = None
) -> list[tuple[int, int]]:
    """The spans never read for a name: the title, the headings and the datelines (text.py's).

    And a credit line ("CNN's Jo Li and Michael Martinez contributed to this report."): its
    names are the newsroom's, not the story's ("Huskins' father, Michael," is no Martinez). And
    a picture's caption, which names who is in the picture, not who is speaking ("Image caption
    Jennifer Paterson and Clarissa Dickson Wright on their motorbike" is no subject for "she").
    """
    credited = [m.span() for m in re.finditer(_CREDIT_LINE, text)] if _CREDITS in text else []
    captions = [
        (start, end)
        for i, (start, end) in enumerate(layout.paragraphs)
        if furniture and i not in layout.headings and end - start <= _CAPTION
        and furniture(text[start:end])
    ]
    return sorted(layout.heading_spans + datelines(text, layout) + credited + captions)


_CAPTION = 300  # characters: furniture is a line; a long paragraph so opened is story too


_CREDITS = "contributed to this "
_CREDIT_LINE = rf"(?:^|(?<=[.!?\n]) ?)[^.!?\n]{{0,200}}\b{_CREDITS}(?:report|story|article)\b"


def _named_before(
    text: str, quote: RawQuote, heads: list[tuple[int, int]], state: State,
    after: tuple[str, int] | None,
) -> tuple[str, int] | None:
    """The cue after a quote, unless it is a pronoun and a name introduced the quote.

    'Asked about Sullivan, Feinstein said "I don't know him," she said.': "she" is Feinstein,
    whom the cue before names; resolving "she" could pick the other name.
    """
    if after is None or after[0].lower() not in {"he", "she"}:
        return after
    before = cue_before(text, quote, heads, state)
    return before if before and _kind(before[0]) == "cue" else after


def _said(state: State, quote: RawQuote, found: tuple[str, int] | None, end: int) -> Said:
    """The speaker of one quote from its attribution ``found``, else from the quotes around it."""
    if found:
        speaker = resolve(state, found[0], found[1], end)
        # an attribution that names nobody ("a party source said") is nobody's, not the last
        return (speaker, _kind(found[0])) if speaker else (None, None)
    if _attribution_follows(state.text, quote):
        return None, None  # '"…," Texas delegate Jo Li, wearing a hat, said': one we cannot read
    if not _opens_sentence(state.text, quote.opened_at):
        if state.last and _interrupted(state.text, state.last_at, quote.opened_at):
            return state.last, "carried"  # '"I hope," said Jo Li, "it works."'
        # inside a sentence whose subject reads as no name ('The ad claims "…"'): nobody to
        # carry the quote on for
        return None, None
    return _run_on(state, quote)


def _run_on(state: State, quote: RawQuote) -> Said:
    """The speaker of a quote that opens its sentence with no attribution of its own."""
    if state.last and state.last_open and _resumes(state.text, state.last_at, quote.opened_at):
        # a paragraph left open continues in the next one that opens a quote: what stands
        # between is a caption or a pull-out, not a new attribution
        return state.last, "carried"
    speaker = _reported(state, quote)
    if speaker:
        return speaker, "reported"
    # after 'A narrator says…' (speaker ""), a new speaker whom we cannot name: nothing carried
    carried = speaker is None and _carries(state, quote)
    return (state.last, "carried") if carried else (None, None)


def _opening_person(state: State, begin: int, end: int) -> str | None:
    """The person whose name opens the sentence ``text[begin:end]``: "Hernandez approached her."."""
    mentions = state.names.after(begin, end)
    if not mentions or mentions[0].quoted:
        return None
    if TITLE_STOP.search(state.text, max(0, begin - 6), begin + 2):
        return None  # "it's Gov. Pat McCrory, the ...": no sentence opens after a title
    first = mentions[0]
    if len(state.text[begin : first.run_start].split()) > 1:
        return None  # "After the game, ...", "In 2010 Smith ...": not read
    full = state.names.full(first.form)
    return full if state.names.is_person(full) else None


def _attribution_follows(text: str, quote: RawQuote) -> bool:
    """Whether the quote ends on a comma, the sign that its attribution comes after it."""
    if quote.closed_at is None:
        return False
    return text[quote.closed_at - 1] == "," or text.startswith(",", quote.closed_at + 1)


def _carries(state: State, quote: RawQuote) -> bool:
    """Whether a quote that opens its sentence continues the previous speaker's words.

    Not when another person is the subject of a sentence since ("Valastro praised Christie.
    "We need…"): that reads as a new attribution, with a verb we do not know.
    """
    if not state.last:
        return False
    other = subject(state, quote.opened_at, org=False, since=state.last_at)
    return other is None or _same(other, state.last)


def _same(one: str, other: str) -> bool:
    """Whether two names share a word (a short form and the full one, "Kerry" / "John Kerry")."""
    return bool(set(one.split()) & set(other.split()))


def _interrupted(text: str, last_end: int, at: int) -> bool:
    """Whether only an attribution stands between the previous quote and this one.

    An attribution has its verb of saying ('," she said, "'): in '… weak." Economy Minister
    Wolfgang Clement called the dip "a very mild decline"' another person speaks.
    """
    between = text[last_end + 1 : at]
    short = 0 < at - last_end < _INTERRUPTION and not re.search(r"[.!?\n]", between)
    if not short or VERB.search(between) is None:
        return False
    # after a quote that ended its sentence, a description opening the next is its subject,
    # someone else ('"It's just ISIS." The father turns to a fighter and says, "Take care."')
    return not (text[last_end - 1 : last_end] in ".!?" and _DESCRIBED.match(between))


_DESCRIBED = re.compile(r"[\s\"”’']*(?:The|A|An|His|Her|Their)\s+[a-z]")


def _resumes(text: str, last_end: int, at: int) -> bool:
    """Whether a quote opens a paragraph, at most two short paragraphs after the open one."""
    between = text[last_end:at]
    return (
        text[at - 1 : at] == "\n"
        and len(between) < _RESUME
        and between.count("\n\n") <= _RESUME_PARAGRAPHS + 1
    )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the quotation mark at ``at`` opens a paragraph or a sentence.

    Not after a colon: the sentence before introduced the quote, and if it named nobody we
    could read, the quote is not the previous speaker's.
    """
    before = text[max(0, at - 12) : at].rstrip(" \t\u00a0")
    before = before.rstrip("\"”’'")
    return not before or before[-1] in ".!?\n…"


def _kind(mention: str) -> str:
    """How an attribution named its speaker: by name, by pronoun or by description."""
    words = mention.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0].lower() in DETERMINERS or (
        words[-1][:1].islower() and not words[-1].startswith(GLUED)
    ):
        return "description"
    return "cue"


def _runs_on(state: State, quote: RawQuote) -> bool:
    """Whether a quote opens a sentence after the previous speaker's, in the same paragraph.

    '"…," she told the BBC. "I thought, how come?" "It is stupid," Milonov tells me.': the
    middle quote goes on with hers, as copy runs a speaker's quotes, not ahead to Milonov's.
    Not after a scare quote ('the Frenchman has endured a "difficult week"'): nobody's words.
    """
    between = state.text[state.last_at : quote.opened_at]
    near = bool(state.last) and state.last_kept
    near = near and len(between) < _INTERRUPTION and "\n" not in between
    return near and _opens_sentence(state.text, quote.opened_at)


def _ahead(text: str, following: list[RawQuote], end: int, state: State) -> tuple[str, int] | None:
    """The attribution of a quote that runs straight on from this one ('"A. "B," said Jo Li.')."""
    for quote in following:
        if text[end : quote.opened_at].strip(" \t\"”’'"):
            return None
        found = cue_after(text, quote, state)
        if found:
            return found
        end = quote.end
    return None


def _reported(state: State, quote: RawQuote) -> str | None:
    """Who the sentences just before a quote report ("Vale says she once told him why.").

    "" when the latest of them reports a description that stands for nobody we can name ("A
    narrator says…"): the quote is that speaker's, not the previous one's.
    """
    low = max(state.last_at, quote.opened_at - 500)
    window = QUOTED.sub(lambda m: " " * len(m[0]), state.text[low : quote.opened_at])
    if window.strip() and window.rstrip()[-1] not in ".!?:":
        return None  # the quote is inside a sentence that names nobody
    bounds = [0, *(m.end() for m in SENTENCE_END.finditer(window))]
    other = None  # a person a sentence since is about, with no verb of saying
    for begin, end in list(zip(bounds, [*bounds[1:], len(window)], strict=True))[::-1][:3]:
        sentence = window[begin:end]
        verb = VERB.search(sentence)
        if verb and unnamed_subject(sentence[: verb.start()]):
            return ""  # "…," one former senior administration official said. "…"
        said = quoted_object(sentence) or (
            subject_of(sentence[: verb.start()], state.names) if verb else None
        )
        speaker = resolve(state, said, low + begin, low + end) if said else None
        if speaker and speaker in state.names.full_counts:
            # '"…," Boyd wrote. Wood called Boyd the real hero. "…"': not Boyd's, as the
            # quote after "Valastro praised Christie." is not the last speaker's (_carries)
            return None if other and not _same(other, speaker) else speaker
        if not verb and other is None:
            other = _opening_person(state, low + begin, low + end)
        after_last = begin > 0 or low > state.last_at  # not the previous quote's own cue
        if said and after_last and said.split()[0].lower() in DETERMINERS:
            return ""  # a description reported speaking that stands for nobody we can name
    return None
