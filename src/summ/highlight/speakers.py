"""Who said a quote: the attribution next to it, resolved to the fullest name the article uses.

The attribution is looked for after the closing mark ('," Putin said', '," said Mr Lockyer') and
then before the opening mark ('Putin said: "', 'according to X'). Pronouns go to the person who
opened a sentence since the previous quote, descriptions ("the Russian president") to a person
the article gave that role, "the council" to an organisation named with that word. A quote with
no attribution of its own continues the previous speaker's words, as news copy runs them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summ.highlight.quotes import RawQuote

_VERBS = (
    r"said|says|say|told|tells|added|adds|explained|explains|stressed|insisted|argued|warned|"
    r"noted|claimed|declared|announced|wrote|writes|tweeted|posted|replied|continued|concluded|"
    r"admitted|asked|suggested|commented|remarked|recalled|urged|acknowledged|confirmed|"
    r"promised|described|describing|saying|adding|noting|insists|argues|warns|believes|thinks"
)
_TOKEN = r"[A-Z][\w'’-]*"  # noqa: S105 - a regex, not a password
_NAME = rf"(?:{_TOKEN}(?:[ \t]+(?:(?:de|van|von|der|da|di|del|bin|al|la|le)[ \t]+)?{_TOKEN})*)"
_DESC = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+[^,.;:!?\"“”\n]{1,70}?"
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
_ADVERB = r"(?:\w+ly\s+|later\s+|also\s+|then\s+|again\s+)?"
# '," Putin said' / '," the Russian president told' / '," said Mr Lockyer, an analyst'
_AFTER = re.compile(
    rf"^[\s,—–-]*(?:(?P<who>{_NAME}|{_DESC}|[a-z]+)\s+{_ADVERB}(?:{_VERBS})\b"
    rf"|(?:{_VERBS})\s+(?P<obj>{_DESC}|(?:[\w'’-]+\s+){{0,5}}?{_NAME})(?:,\s+(?P<appo>{_NAME})\s*$)?"
    rf"(?=\s*$|[,;:\s]))"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_ACCORDING = re.compile(rf"[Aa]ccording to\s+({_NAME}|{_DESC})(?:,|\s*$)")
_FOR_ORG = re.compile(rf"(?:spokes\w+|representative|source|statement)\s+(?:for|from)\s+({_NAME})")
_ORG_BEFORE = re.compile(rf"({_NAME})\s+(?:spokes\w+|representative|statement)")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])")
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*[\"”“»]")
_RUN = re.compile(rf"(?<![\w'’]){_NAME}")
_TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady prof professor rev the president prime minister "  # noqa: SIM905 - one string reads better than a list of words
    "foreign chancellor secretary leader chairman chief executive general senator governor "
    "judge archaeologist economist analyst captain coach manager king queen prince princess "
    "pope bishop father mayor but and in on at he she it they this that a an of for one january "
    "february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday last next however".split()
)
_ORG_WORDS = frozenset(
    "company firm group team club party government ministry department police bank agency "  # noqa: SIM905 - one string reads better than a list of words
    "organisation organization charity college university school hospital board commission "
    "committee council office union league association trust court army".split()
)


@dataclass
class _Context:
    text: str
    names: list[tuple[int, str]] = field(default_factory=list)
    """(position, name with titles stripped) of each capitalised run, in text order."""
    last: str | None = None
    last_at: int = 0
    common: set[str] = field(default_factory=set)
    """Lower-case words of the article: a capitalised one of them opens a sentence, not a name."""
    starts: list[int] = field(default_factory=list)
    fullest: dict[str, str] = field(default_factory=dict)
    """Every run of name words -> the longest name containing it (built once: linear time)."""
    surnames: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.starts = [start for start, _ in self.names]
        for form in dict.fromkeys(form for _, form in self.names):
            words = form.split()
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 6) + 1):
                    part = " ".join(words[i:j])
                    if len(words) > len(self.fullest.get(part, part).split()):
                        self.fullest[part] = form
        self.surnames = Counter(form.split()[-1] for _, form in self.names)

    def before(self, at: int, limit: int = 400) -> list[tuple[int, str]]:
        """The names just before ``at``, latest first (bounded, so each quote costs the same)."""
        end = bisect_left(self.starts, at)
        return self.names[max(0, end - limit) : end][::-1]


def attribute(text: str, quotes: list[RawQuote]) -> list[str | None]:
    """The speaker of each quote (in the same order), or None where the article does not say."""
    common = set(re.findall(r"\b[a-z]+\b", text))
    context = _Context(text, _names(text, common), common=common)
    speakers: list[str | None] = []
    for quote in quotes:
        mention = _after(text, quote) or _before(text, quote)
        speaker = _resolve(context, mention, quote.opened_at) if mention else None
        speaker = speaker or context.last or _subject(context, quote.opened_at, org=False)
        context.last, context.last_at = speaker, quote.start
        speakers.append(speaker)
    return speakers


def _after(text: str, quote: RawQuote) -> str | None:
    if quote.closed_at is None:
        return None
    after = text[quote.closed_at + 1 : quote.closed_at + 160].split("\n", 1)[0]
    cut = re.search(r"[\"“”]|[.!?](?:\s|$)", after)
    match = _AFTER.match(after[: cut.start()] if cut else after)
    if match is None or (match["who"] and match["who"].islower() and match["who"] not in _PRONOUNS):
        return None
    return match["appo"] or match["who"] or match["obj"]


def _before(text: str, quote: RawQuote) -> str | None:
    head = text[max(0, quote.opened_at - 400) : quote.opened_at]
    paragraph = head.rsplit("\n", 1)[-1]
    # 'X said in his column\n\n: "…': an attribution cut off by a stray paragraph break
    head = paragraph if paragraph.strip(" \t:") else head.rstrip(" \t:\n")
    head = _QUOTED.sub(" ", head).rstrip()
    if not head or head[-1] in ".!?":
        return None  # the quote opens its sentence: it continues the previous speaker
    sentence = _SENTENCE_END.split(head)[-1]
    according = _ACCORDING.search(sentence)
    if according:
        return according[1]
    verb = _VERB.search(sentence)
    return _subject_of(sentence[: verb.start()]) if verb else _first_run(sentence)


def _subject_of(left: str) -> str | None:
    """The subject before a verb, skipping an appositive ("Craig Mackey, chief of X, said")."""
    chunks = [c.strip() for c in left.split(",")][::-1]
    for chunk in chunks[:4]:
        words = chunk.split()
        if not words or (words[0].islower() and words[0] not in _PRONOUNS | {"the", "a", "an"}):
            continue
        if words[-1].lower() in _PRONOUNS:
            return words[-1]
        if words[0].lower() in {"the", "a", "an", "his", "her", "its"} and words[-1].islower():
            return chunk
        return _last_run(chunk)
    return None


def _first_run(sentence: str) -> str | None:
    run = _RUN.search(sentence)
    return run[0] if run else None


def _last_run(chunk: str) -> str | None:
    runs = _RUN.findall(chunk)
    return runs[-1] if runs else None


def _names(text: str, common: set[str]) -> list[tuple[int, str]]:
    """Every capitalised run of the text with its titles, roles and owners stripped."""
    out = []
    for run in _RUN.finditer(text):
        words = run[0].replace("’", "'").split()
        owner = max((i for i, w in enumerate(words[:-1]) if w.endswith("'s")), default=-1)
        start = run.start() + len(" ".join(words[: owner + 1])) + (owner >= 0)
        words = words[owner + 1 :]
        while words and _dropped(words, common):
            start += len(words.pop(0)) + 1
        if words:
            out.append((start, " ".join(words).removesuffix("'s")))
    return out


def _dropped(words: list[str], common: set[str]) -> bool:
    head = words[0].lower().rstrip(".")
    nationality = len(words) > 2 and head.endswith(("ian", "ean", "ese", "ish"))
    return head in _TITLES or head in common or nationality


def _resolve(context: _Context, mention: str, at: int) -> str | None:
    words = mention.split()
    first = words[0].lower()
    if len(words) == 1 and first in _PRONOUNS:
        org = first in {"it", "they", "we"}
        return _subject(context, at, org=org, since=context.last_at) or (
            None if org else context.last
        )
    if first in {"the", "a", "an", "his", "her", "its", "their"} and mention[-1:].islower():
        return _describe(context, mention, at)
    if words[-1][:1].isupper():
        words = (_last_run(mention) or mention).split()
    while words and _dropped(words, context.common):
        words.pop(0)
    name = " ".join(words).removesuffix("'s").removesuffix("’s")
    return _fullest(context, name) if name else None


def _fullest(context: _Context, name: str) -> str:
    """The longest name of the article that contains this one ("Putin" -> "Vladimir Putin")."""
    return context.fullest.get(name, name)


def _subject(context: _Context, at: int, *, org: bool, since: int = 0) -> str | None:
    """The latest name between ``since`` and ``at`` that opened its sentence."""
    for start, form in context.before(at, 60):
        if start < since:
            break
        full = _fullest(context, form)
        person_like = len(full.split()) > 1 or org
        if _near_start(context.text, start) and person_like and _is_org(full) == org:
            return full
    return None


def _near_start(text: str, at: int) -> bool:
    """Whether a name comes within four words of its sentence's start ("But her friend X")."""
    before = re.split(r"[.!?\n]", text[max(0, at - 60) : at])[-1]
    return len(before.split()) <= 4


def _is_org(form: str) -> bool:
    return form.isupper() or any(w.lower() in _ORG_WORDS for w in form.split())


def _describe(context: _Context, mention: str, at: int) -> str | None:
    """Resolve "the Russian president", "the council's spokesperson", "a spokesman for Fox"."""
    org = _FOR_ORG.search(mention) or _ORG_BEFORE.search(mention)
    if org:
        return _fullest(context, org[1])
    if mention.split(maxsplit=1)[0].lower() in {"a", "an"}:
        return None  # "a top official said": not named
    nouns = re.findall(r"[a-z]+", mention.lower())
    for noun in reversed(nouns):
        if noun in _ORG_WORDS:
            return _named_with(context, noun, at) or _frequent(context)
    return _role(context, nouns[-1], at) or context.last


def _named_with(context: _Context, noun: str, at: int) -> str | None:
    """The organisation named with this word, the latest before ``at`` or else the first after."""
    for _, form in context.before(at):
        if noun in form.lower().split():
            return form
    return next((f for s, f in context.names[:400] if noun in f.lower().split()), None)


def _frequent(context: _Context) -> str | None:
    """The name the article repeats most: the company of a business story, for "the company"."""
    top = context.surnames.most_common(1)
    return _fullest(context, top[0][0]) if top else None


def _role(context: _Context, noun: str, at: int) -> str | None:
    """The latest person the article introduced with this role word ("President Vladimir Putin")."""
    found = [
        _fullest(context, form)
        for start, form in context.before(at)
        if len(form.split()) > 1
        and re.search(rf"\b{noun}\b", context.text[max(0, start - 40) : start].lower())
    ]
    # the person the story is about wins over one mentioned in passing with the same title
    return max(found, key=lambda f: context.surnames[f.split()[-1]], default=None)
