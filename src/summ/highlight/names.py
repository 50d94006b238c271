"""The names an article uses, each told apart as a person's or not, indexed for the speaker finder.

A name is a run of capitalised words with its titles, roles and owner stripped ("Russian President
Vladimir Putin" -> "Vladimir Putin", "The Long Road's" -> "Long Road"). Headlines (an unpunctuated
first line, title-case lines without final punctuation, ALL-CAPS subheads) are never read for
names, and a nationality ("North Korean") is never a name by itself. A person's name is two to four
words without an organisation word (BBC, Radio, Council, Trust…) or an acronym, or a single word
after a personal title ("Mr Reyes") or one that is part of such a name ("Putin").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from summ.highlight.words import (
    DEMONYMS,
    DETERMINERS,
    HONORIFICS,
    NOT_NAME_START,
    ORG_WORDS,
    PERSON_TITLES,
    POLITICAL,
    VERBS,
)

TOKEN = r"[A-Z][\w'’-]*"  # noqa: S105 - a regex, not a password
NAME = rf"(?:{TOKEN}(?:[ \t]+(?:(?:de|van|von|der|da|di|del|bin|al|la|le)[ \t]+)?{TOKEN})*)"
RUN = re.compile(rf"(?<![\w'’]){NAME}")
_LINE = re.compile(r"[^\n]+")
_FINAL = re.compile(r"[.!?:;][\"”’')\]]*$")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_SAID_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?(?:{VERBS})\b")
_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "del", "bin", "al", "la", "le"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One name as written: where its stripped form starts, and how it reads there."""

    start: int
    end: int
    """Where the written run ends."""
    form: str
    titled: bool
    """Whether a personal title or role came before it ("Mr", "President", "council leader")."""
    subject: bool
    """Whether it opens its sentence (or follows an opening description: "Its head, Jo Li")."""
    quoted: bool
    """Whether it stands inside a quotation (someone's words, not the reporter's)."""


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that are headlines or subheads, which are never read for names.

    A headline is an ALL-CAPS line, or a line without final punctuation that is the text's first
    or is in title case ("Putin, Kim Conclude First Ever Summit").
    """
    spans = []
    for number, line in enumerate(_LINE.finditer(text)):
        body = line[0].strip()
        if body.isupper() and sum(c.isalpha() for c in body) > 3:
            spans.append((line.start(), line.end()))
            continue
        if not body or _FINAL.search(body):
            continue
        if number == 0 or _title_case(body):
            spans.append((line.start(), line.end()))
    return spans


def _title_case(line: str) -> bool:
    long = _LONG_WORD.findall(line)
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def strip_name(words: list[str], common: set[str]) -> tuple[list[str], bool, int]:
    """Drop the owner, titles and nationality before a name; also say whether it was titled."""
    if words:
        words = [*words[:-1], words[-1].removesuffix("'s").removesuffix("’s")]
    # the name starts after an owner ("Acme's X") or at an honorific inside a run ("Leeds Mr X")
    owner = max(
        (
            i - (not w.endswith(("'s", "’s")))
            for i, w in enumerate(words[:-1])
            if w.endswith(("'s", "’s")) or (i and w.lower().rstrip(".") in HONORIFICS)
        ),
        default=-1,
    )
    dropped = owner + 1
    words, titled = words[owner + 1 :], False
    while len(words) > 1:
        head = words[0].lower().rstrip(".")
        before_title = words[1].lower() in PERSON_TITLES or words[1].lower() in DEMONYMS
        if head in PERSON_TITLES and words[1].lower() not in ORG_WORDS:
            titled = True
        elif (head in DEMONYMS or head in POLITICAL) and before_title:
            pass  # "Russian President X", "Tory leader X"
        elif not (head in NOT_NAME_START or head in common):
            break
        dropped += 1
        words = words[1:]
    if len(words) == 1:
        head = words[0].lower()
        if head in NOT_NAME_START or head in PERSON_TITLES or head in common:
            words = []
    if all(w.lower().removesuffix("'s") in DEMONYMS for w in words):
        words = []
    return words, titled, dropped


def person_form(form: str) -> bool:
    """Whether a name of several words reads as a person's: 2-4 words, no organisation words."""
    words = [w for w in form.split() if w not in _PARTICLES]
    return (
        1 < len(words) <= 4
        and words[0].lower() not in DEMONYMS
        and words[0].lower() not in POLITICAL
        and words[-1].lower() not in {"bill", "act"}  # a law, not a person ("Bill Li")
        and not any(w.lower().removesuffix("'s") in ORG_WORDS for w in words)
        and not any(w.isupper() and len(w) > 1 for w in words)
        and not any(c.isdigit() for c in form)
    )


def near_start(text: str, at: int) -> bool:
    """Whether a name opens its sentence.

    It does within four words of the sentence's start ("But her friend X"), or right after an
    opening description ("The council's head of highways, Amira Khan").
    """
    before = re.split(r"[.!?\n]", text[max(0, at - 80) : at])[-1]
    words = before.split()
    if len(words) <= 4:
        return True
    opener = words[0].lower().replace("’", "'")
    introduced = opener in NOT_NAME_START or opener in DETERMINERS or opener.endswith("'s")
    return len(words) <= 8 and before.rstrip().endswith(",") and introduced


@dataclass
class Names:
    """Every name of an article, in text order, with what the speaker finder asks of them."""

    text: str
    mentions: list[Mention]
    headline: list[str] = field(default_factory=list)
    """People's names in a sentence-case title line: they only lengthen names ("Li" -> "Jo Li")."""
    starts: list[int] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    fullest: dict[str, str] = field(default_factory=dict)
    """Every run of name words -> the longest name containing it (built once: linear time)."""
    person_words: set[str] = field(default_factory=set)
    titled: set[str] = field(default_factory=set)
    full_counts: Counter[str] = field(default_factory=Counter)
    """How often each full name is mentioned, by any of its forms."""
    said: set[str] = field(default_factory=set)
    """Names that are somewhere the subject of a reporting verb ("Acme said")."""

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]
        self.said = {m.form for m in self.mentions if _SAID_AFTER.match(self.text, m.end)}
        self.counts = Counter(m.form for m in self.mentions)
        self.titled = {m.form for m in self.mentions if m.titled}
        best: dict[str, tuple[bool, int, int]] = {}
        extra = {form: 0 for form in self.headline if person_form(form)}
        for form, count in (extra | self.counts).items():
            words = form.split()
            person = person_form(form)
            if person:
                self.person_words.update(w for w in words if w not in _PARTICLES)
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 6) + 1):
                    part = " ".join(words[i:j])
                    rank = (person, len(words), count)
                    if rank > best.get(part, (False, 0, 0)):
                        best[part], self.fullest[part] = rank, form
        for form, count in self.counts.items():
            self.full_counts[self.full(form)] += count

    def full(self, name: str) -> str:
        """The longest name of the article that contains this one ("Putin" -> "Vladimir Putin")."""
        return self.fullest.get(name, name)

    def is_person(self, name: str) -> bool:
        """Whether a (full) name is a person's."""
        return person_form(name) or name in self.titled or name in self.person_words

    def before(self, at: int, limit: int = 400) -> list[Mention]:
        """The names just before ``at``, latest first (bounded, so each quote costs the same)."""
        end = bisect_left(self.starts, at)
        return self.mentions[max(0, end - limit) : end][::-1]

    def after(self, at: int, until: int) -> list[Mention]:
        """The names between ``at`` and ``until``, in text order."""
        return self.mentions[bisect_left(self.starts, at) : bisect_right(self.starts, until)]


def collect(text: str, quoted: list[tuple[int, int]], common: set[str]) -> Names:
    """Every capitalised run of the text outside headlines, stripped and marked."""
    heads = headline_lines(text)
    first = text.split("\n", 1)[0]
    title_end = len(first) if heads[:1] == [(0, len(first))] and not _title_case(first) else 0
    mentions: list[Mention] = []
    headline: list[str] = []
    h = q = 0
    for run in RUN.finditer(text):
        while h < len(heads) and heads[h][1] <= run.start():
            h += 1
        in_head = h < len(heads) and heads[h][0] <= run.start()
        raw = run[0].replace("’", "'").split()
        words, titled, dropped = (
            strip_name(raw, common) if not in_head or run.end() <= title_end else ([], False, 0)
        )
        if in_head and words:
            headline.append(" ".join(words))
        if in_head or not words:
            continue
        start = run.start() + len(" ".join(raw[:dropped])) + (dropped > 0)
        while q < len(quoted) and quoted[q][1] <= start:
            q += 1
        inside = q < len(quoted) and quoted[q][0] <= start
        mentions.append(
            Mention(
                start, run.end(), " ".join(words), titled, near_start(text, run.start()), inside
            )
        )
    return Names(text, mentions, headline)
