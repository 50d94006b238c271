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
from functools import cached_property, lru_cache
from typing import NamedTuple

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
_MORE = rf"(?:[ \t]+(?:(?:de|van|von|der|da|di|del|bin|al|la|le)[ \t]+)?{TOKEN})*"
NAME = rf"(?:{TOKEN}{_MORE})"
# NAME with no word character before it. The look-behind is written after the first capital
# (two characters back) rather than before it: a pattern that opens with a character class lets
# the regex engine jump from capital to capital instead of trying the look-behind at every
# character, which halves the cost of scanning an article.
RUN = re.compile(rf"[A-Z](?<![\w'’][A-Z])[\w'’-]*{_MORE}")
_LINE = re.compile(r"[^\n]+")
_FINAL = re.compile(r"[.!?:;][\"”’')\]]*$")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_SAID_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?(?:{VERBS})\b")
_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "del", "bin", "al", "la", "le"})


class Mention(NamedTuple):
    """One name as written: where its stripped form starts, and how it reads there.

    A named tuple rather than a frozen dataclass: an article has hundreds of mentions, and a
    tuple is built three times faster.
    """

    start: int
    end: int
    """Where the written run ends."""
    form: str
    titled: bool
    """Whether a personal title or role came before it ("Mr", "President", "council leader")."""
    quoted: bool
    """Whether it stands inside a quotation (someone's words, not the reporter's)."""
    run_start: int
    """Where the written run starts (titles and owner included): ``Names.opens`` reads from it."""


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
    owner = _owner(words) if len(words) > 1 else -1  # most runs are one word: no owner to find
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
        if _no_name(words[0], common):
            words = []
    elif words and all(w.lower().removesuffix("'s") in DEMONYMS for w in words):
        words = []
    return words, titled, dropped


def _no_name(word: str, common: set[str]) -> bool:
    """Whether a word alone names nobody: a function word, a title, a common word, a nationality."""
    head = word.lower()
    return (
        head in NOT_NAME_START
        or head in PERSON_TITLES
        or head in common
        or head.removesuffix("'s") in DEMONYMS
    )


def _owner(words: list[str]) -> int:
    """The last word before the name, -1 for none.

    The name starts after an owner ("Acme's X") or at an honorific inside a run ("Leeds Mr X");
    the last such word, read from the end, decides.
    """
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(("'s", "’s")):
            return i
        if i and words[i].lower().rstrip(".") in HONORIFICS:
            return i - 1
    return -1


# Bounded: asked of every name of every article (and again of each speaker candidate), and the
# same names recur from article to article.
@lru_cache(maxsize=4096)
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
        and not any(map(str.isdigit, form))  # per character, without a Python loop
    )


def near_start(text: str, at: int) -> bool:
    """Whether a name opens its sentence.

    It does within four words of the sentence's start ("But her friend X"), or right after an
    opening description ("The council's head of highways, Amira Khan").
    """
    low = max(0, at - 80)
    # the words after the last sentence end: four searches in C beat a regex split per name
    cut = max(
        text.rfind(".", low, at),
        text.rfind("!", low, at),
        text.rfind("?", low, at),
        text.rfind("\n", low, at),
    )
    before = text[max(low, cut + 1) : at]
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
    common: set[str] = field(default_factory=set)
    """The text's lower-case words: a capitalised one of them is no name ("Police")."""
    readings: dict[str, tuple[str, bool, int]] = field(default_factory=dict)
    """Each run already read: see ``reading``."""
    _opens: dict[int, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]
        self.counts = Counter(m.form for m in self.mentions)
        self.titled = {m.form for m in self.mentions if m.titled}
        best: dict[str, tuple[bool, int, int]] = {}
        extra = {form: 0 for form in self.headline if person_form(form)}
        for form, count in (extra | self.counts).items():
            words = form.split()
            person = person_form(form)
            if person:
                self.person_words.update(w for w in words if w not in _PARTICLES)
            rank = (person, len(words), count)
            for part in [form] if len(words) == 1 else _parts(form, words):
                if rank > best.get(part, _NO_RANK):
                    best[part], self.fullest[part] = rank, form
        for form, count in self.counts.items():
            self.full_counts[self.full(form)] += count

    # Read on demand, like ``opens``: only an organisation's pronoun or description asks.
    @cached_property
    def said(self) -> set[str]:
        """Names that are somewhere the subject of a reporting verb ("Acme said")."""
        return {m.form for m in self.mentions if _SAID_AFTER.match(self.text, m.end)}

    def reading(self, run: str) -> tuple[str, bool]:
        """The name a run of capitalised words gives ("" for none), and whether it was titled."""
        form, titled, _ = _reading(run, self.common, self.readings)
        return form, titled

    def opens(self, mention: Mention) -> bool:
        """Whether a mention opens its sentence, or follows an opening description.

        As in "Its head, Jo Li". Worked out when first asked: the speaker finder asks it of the
        few mentions near its quotes, not of every name in the article.
        """
        found = self._opens.get(mention.run_start)
        if found is None:
            found = self._opens[mention.run_start] = near_start(self.text, mention.run_start)
        return found

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


_NO_RANK = (False, 0, 0)


def _parts(form: str, words: list[str]) -> list[str]:
    """Every run of one to six consecutive words of a name ``form``, which is ``" ".join(words)``.

    Cut from the name by offsets: slicing one string is cheaper than joining word lists.
    """
    starts, ends, at = [], [], 0
    for word in words:
        starts.append(at)
        at += len(word)
        ends.append(at)
        at += 1
    count = len(words)
    return [form[starts[i] : ends[j]] for i in range(count) for j in range(i, min(count, i + 6))]


def collect(
    text: str, quoted: list[tuple[int, int]], common: set[str], heads: list[tuple[int, int]]
) -> Names:
    """Every capitalised run of the text outside the headlines ``heads``, stripped and marked."""
    first = text.split("\n", 1)[0]
    title_end = len(first) if heads[:1] == [(0, len(first))] and not _title_case(first) else 0
    mentions: list[Mention] = []
    headline: list[str] = []
    readings: dict[str, tuple[str, bool, int]] = {}
    h = q = 0
    for run in RUN.finditer(text):
        at = run.start()
        while h < len(heads) and heads[h][1] <= at:
            h += 1
        if h < len(heads) and heads[h][0] <= at:
            form = _reading(run[0], common, readings)[0] if run.end() <= title_end else ""
            if form:
                headline.append(form)
            continue
        form, titled, offset = _reading(run[0], common, readings)
        if not form:
            continue
        start = at + offset
        while q < len(quoted) and quoted[q][1] <= start:
            q += 1
        inside = q < len(quoted) and quoted[q][0] <= start
        mentions.append(Mention(start, run.end(), form, titled, inside, at))
    return Names(text, mentions, headline, common=common, readings=readings)


def _reading(
    run: str, common: set[str], readings: dict[str, tuple[str, bool, int]]
) -> tuple[str, bool, int]:
    """A run's name ("" for none), whether it was titled, and where in the run the name starts.

    ``readings`` holds the runs already read in this text (by ``collect`` and then the speaker
    finder): a name is written many times, and with the text's ``common`` words fixed, the same
    run always reads the same.
    """
    found = readings.get(run)
    if found is None:
        raw = run.replace("’", "'").split()
        if len(raw) == 1:  # most runs: strip_name of one word, without its work on longer runs
            word = raw[0].removesuffix("'s").removesuffix("’s")
            found = readings[run] = ("" if _no_name(word, common) else word, False, 0)
            return found
        words, titled, dropped = strip_name(raw, common)
        offset = len(" ".join(raw[:dropped])) + (dropped > 0)
        found = readings[run] = (" ".join(words), titled, offset)
    return found
