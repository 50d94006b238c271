"""Every name an article uses, indexed once for the speaker finder (``speakers.py``).

``collect`` reads each run of capitalised words outside the title and headings (``summ.layout``
finds them; ``names.py`` says how a run reads), and ``Names`` answers what the speaker finder
asks of them: the fullest form of a name, whether it is a person's, which names come just before
or after a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from summ.highlight.firstnames import first_name_gender
from summ.highlight.names import (
    GLUED,
    PARTICLES,
    RUN,
    near_start,
    no_name,
    person_form,
    strip_name,
    title_case,
)
from summ.highlight.surnames import Surnames, qualifies_role
from summ.highlight.words import (
    FIRST_NAME_GENDERS,
    LY_ADVERB,
    ORG_WORDS,
    PERSON_TITLES,
    VERBS,
)


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
    qualifiers: set[str] = field(default_factory=set)
    """Forms only ever written before a role and the name it titles (see ``collect``)."""
    _opens: dict[int, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        mentions = self.mentions
        self.starts = [m.start for m in mentions]
        self.counts = Counter([m.form for m in mentions])
        self.titled = {m.form for m in mentions if m.titled}
        best: dict[str, Rank] = {}
        first: dict[str, int] = {}
        for mention in reversed(mentions):
            first[mention.form] = mention.start
        fullest = self.fullest
        extra = {form: 0 for form in self.headline if person_form(form)}
        for form, count in (extra | self.counts).items():
            if " " not in form:
                # one word (most names): its only part is itself, and it is never a person's form
                if (False, 1, count, 0) > best.get(form, _NO_RANK):
                    best[form], fullest[form] = (False, 1, count, 0), form
                continue
            words = form.split()
            person = person_form(form)
            if person:
                self.person_words.update(w for w in words if w not in PARTICLES)
            rank = (person, len(words), count, -first.get(form, 0))
            for part in _parts(form, words):
                if not person and part.isupper() and " " not in part:
                    continue  # "the BBC said" is the BBC's, not "BBC Newsbeat"'s
                if _better(form, rank, fullest.get(part, ""), best.get(part, _NO_RANK)):
                    best[part], fullest[part] = rank, form
        # a plain dict: a Counter's ``+=`` calls its Python ``__missing__`` on every new key
        totals: dict[str, int] = {}
        for form, count in self.counts.items():
            full = fullest.get(form, form)
            totals[full] = totals.get(full, 0) + count
        self.full_counts = Counter(totals)

    @cached_property
    def determined(self) -> set[str]:
        """Full names that read as a place's or a body's somewhere.

        Written after "the" ("The Boys Choir of Harlem"), after a preposition of place ("at
        Manchester United", "against Bayern Munich") or before an acronym ("Electronic Arts
        (EA)"): people are not. Only names of several words: "the Lee family" uses a name as an
        adjective. Not by a preposition before a known first name: "Interested in Harvey
        Weinstein?" is about a person.
        """
        text, fullest = self.text, self.fullest
        # one pass in C for the words before names, rather than a search per mention
        placed = {m.end() for m in _PLACE_BEFORE.finditer(text)}
        return {
            fullest.get(m.form, m.form)
            for m in self.mentions
            if " " in m.form
            and (
                (m.run_start in placed and not _first_named(m.form))
                or text.startswith("The ", m.run_start)
                or _ACRONYM_AFTER.match(text, m.end) is not None  # "Electronic Arts (EA)"
            )
        }

    # Read on demand, like ``opens``: only an organisation's pronoun or description asks.
    @cached_property
    def said(self) -> set[str]:
        """Names that are somewhere the subject of a reporting verb ("Acme said")."""
        said = re.compile(_SAID_AFTER)  # compiled when first asked; re keeps it then
        return {m.form for m in self.mentions if said.match(self.text, m.end)}

    @cached_property
    def genders(self) -> dict[str, str]:
        """Full names -> "m" or "f": as a title before them says ("Mr Reyes", "Mrs Vale").

        Else as a common first name does ("Kathleen McCormack Durst"). Read on demand: only a
        pronoun asks. A name titled both ways has no entry.
        """
        seen: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.titled:
                head = self.text[m.run_start : m.start].split()
                gender = _TITLE_GENDER.get(head[-1].lower().rstrip(".")) if head else None
                if gender:
                    seen.setdefault(self.full(m.form), set()).add(gender)
        genders = {full: next(iter(found)) for full, found in seen.items() if len(found) == 1}
        for full in set(self.fullest.values()) - seen.keys():  # no title: the first name says
            first = full.split()[0].lower() if " " in full else ""
            gender = FIRST_NAME_GENDERS.get(first) or (first and first_name_gender(first))
            if gender:
                genders[full] = gender
        return genders

    def fits(self, full: str, gender: str) -> bool:
        """Whether a person's gender (``genders``) agrees with a pronoun's, or is unknown."""
        return not gender or self.genders.get(full, gender) == gender

    def reading(self, run: str) -> tuple[str, bool]:
        """The name a run of capitalised words gives ("" for none), and whether it was titled."""
        form, titled, _ = _reading(run, self.common, self.readings)
        if not form and titled:
            # "Mr English" where the article's "English" is a surname (see ``collect``)
            form = self.readings.get(run.rsplit(" ", 1)[-1], ("",))[0]
        return form, titled

    def opens(self, mention: Mention) -> bool:
        """Whether a mention opens its sentence, or follows an opening description.

        As in "Its head, Jo Li". Worked out when first asked: the speaker finder asks it of the
        few mentions near its quotes, not of every name in the article.
        """
        found = self._opens.get(mention.run_start)
        if found is None:
            found = near_start(self.text, mention.run_start) or _set_off_subject(
                self.text, mention.run_start, mention.end
            )
            self._opens[mention.run_start] = found
        return found

    def full(self, name: str) -> str:
        """The longest name of the article that contains this one ("Putin" -> "Vladimir Putin")."""
        return self.fullest.get(name, name)

    def is_person(self, name: str) -> bool:
        """Whether a (full) name is a person's.

        Never one written after "the" ("The Boys Choir of Harlem", "the Bayern Munich side")
        without a title: people are not.
        """
        if name in self.qualifiers:
            return False
        if name in self.titled:
            return True
        if not (person_form(name) or name in self.person_words):
            return False
        return name not in self.determined

    def before(self, at: int, limit: int = 400) -> list[Mention]:
        """The names just before ``at``, latest first (bounded, so each quote costs the same)."""
        end = bisect_left(self.starts, at)
        return self.mentions[max(0, end - limit) : end][::-1]

    def after(self, at: int, until: int) -> list[Mention]:
        """The names between ``at`` and ``until``, in text order."""
        return self.mentions[bisect_left(self.starts, at) : bisect_right(self.starts, until)]


# A name set off by commas after a description, before its clause's verb: "and her modern
# equivalent as the queen of style, Maria Sharapova, has just signed" is the subject, however far
# from the sentence's start. Not a place ("a philanthropist from Monsey, New York, said"), nor
# the subject of a passive ("one of its top generals, Qassim Sulaimani, has been sent"), who
# acts in nothing a pronoun after it may report.
_SET_OFF_VERB = re.compile(
    r",[ \t]+(?:(?:has|had|have)(?![ \t]+been\b)|will|would|said|says|[a-z]{3,}ed)\b"
)
_PLACE_SET_OFF = re.compile(r"\b(?:from|in|of|at|near|outside)[ \t]+[A-Z][\w.'’-]*,[ \t]$")


def _set_off_subject(text: str, start: int, end: int) -> bool:
    """Whether a name between commas, after a description, is the subject of the verb after it."""
    if text[max(0, start - 2) : start] != ", " or _SET_OFF_VERB.match(text, end) is None:
        return False
    return _PLACE_SET_OFF.search(text, max(0, start - 40), start) is None


Rank = tuple[bool, int, int, int]
"""A full name's claim to a part: a person's or not, its words, how often it is written, and
how early it first is (minus its offset)."""
_NO_RANK: Rank = (False, 0, 0, 0)


def _better(form: str, rank: Rank, other: str, other_rank: Rank) -> bool:
    """Whether ``form`` is a better full name for a part than ``other``.

    A person's name first; then, for one person written two ways ("Hillary Clinton", "Hillary
    Rodham Clinton"), the longer; for two people who share a surname ("Robert Durst", his
    first wife "Kathleen McCormack Durst"), the one the article names first: the story's own.
    """
    person, length, count, early = rank
    if person != other_rank[0]:
        return person
    words, others = set(form.split()), set(other.split())
    if words <= others or others <= words:
        return (length, count) > other_rank[1:3]
    return (early, count) > (other_rank[3], other_rank[2])


_TITLE_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady", "queen", "princess"), "f"),
}
_ACRONYM_AFTER = re.compile(r" \([A-Z]{2,6}\)")


def _first_named(form: str) -> bool:
    """Whether a name opens on a known first name and ends on no organisation's word.

    "Harvey Weinstein", not "Arnold Palmer Invitational" nor "Steven Kasher Gallery".
    """
    words = form.split()
    return bool(first_name_gender(words[0].lower())) and words[-1].lower() not in ORG_WORDS
# Not "into": a verb's ("Christie lit into Marco Rubio") as often as a place's.
_PLACE_BEFORE = re.compile(r"\b(?:the|at|in|against|near|inside|outside)\s(?=[A-Z])")


# A reporting verb after a name. Compiled when first asked (~0.4 ms): most articles never ask
# ``Names.said``.
_SAID_AFTER = rf"\s+(?:{LY_ADVERB}\s+)?(?:{VERBS})\b"


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
    parts = [form[starts[i] : ends[j]] for i in range(count) for j in range(i, min(count, i + 6))]
    # "Abadi" alone is "Haider al-Abadi" as "al-Abadi" is
    return parts + [w[3:] for w in words[1:] if w.startswith(GLUED)]


def _quote_at(quoted: list[tuple[int, int]], q: int, start: int) -> tuple[int, bool]:
    """The first quotation not ended before ``start`` (from ``q`` on), and whether it holds it."""
    while q < len(quoted) and quoted[q][1] <= start:
        q += 1
    return q, q < len(quoted) and quoted[q][0] <= start


def _whole_quote(text: str, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether a run is all a quotation holds, but for its marks and a closing stop or comma."""
    return not text[span[0] + 1 : start].strip() and not text[end : span[1]].strip(" ,.!?")


def collect(
    text: str,
    quoted: list[tuple[int, int]],
    common: set[str],
    heads: list[tuple[int, int]],
    title: tuple[int, int] | None,
) -> Names:
    """Every capitalised run of the text outside the headings ``heads``, stripped and marked.

    A ``title`` in sentence case lends its people's names to ``Names.headline``: in title case,
    every word looks like a name.
    """
    title_end = 0 if title is None or title_case(text[title[0] : title[1]]) else title[1]
    mentions: list[Mention] = []
    headline: list[str] = []
    readings: dict[str, tuple[str, bool, int]] = {}
    surnames = Surnames()
    # forms seen only before a role and the name it titles ("Double Olympic champion Yelena
    # Isinbayeva"): no person, whatever their shape
    qualifying: set[str] = set()
    standing: set[str] = set()
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
            form, offset = surnames.read(run[0], titled, readings)
        run_start = at
        portfolio, title_at = _portfolio(text, at, run[0])
        if portfolio:  # "Secretary of State John Kerry": the run is "State John Kerry"
            form, _, offset = _reading(run[0][portfolio:], common, readings)
            titled, offset, run_start = True, portfolio + offset, title_at
        if not form:
            continue
        owner = run[0].endswith(("'", "’", "'s", "’s"))  # "Michael Douglas' son Dylan"
        (qualifying if not owner and qualifies_role(text, run.end()) else standing).add(form)
        if not titled and offset == 0:
            titled = _role_before(text, at) or (" " not in form and _role_after(text, run.end()))
        start = at + offset
        q, inside = _quote_at(quoted, q, start)
        if inside and _whole_quote(text, quoted[q], at, run.end()):
            continue  # '"Welcome Back YouTube"', '"Piers Morgan Tonight"': a title, no name
        mentions.append(Mention(start, run.end(), form, titled, inside, run_start))
        surnames.add(form, titled=titled)
    return Names(
        text, mentions, headline, common=common, readings=readings,
        qualifiers=qualifying - standing,
    )


# A title that names its portfolio with "of" or "for": the capitalised run after it opens with
# the portfolio, and its holder's name is its last two words ("Secretary of State John Kerry",
# "Minister for Foreign Affairs Julie Bishop"), three with an initial ("John F. Kelly").
# The portfolio may itself run over "of" or "for" ("Undersecretary of Defense for Intelligence
# Michael Vickers"): the run after the last of them still opens with it.
_PORTFOLIO_TITLE = re.compile(
    r"\b(?:Secretary|Undersecretary|Minister|Commissioner|Director|Chancellor|Secretary-General)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?)?$"
)
_NAME_WORDS = 2


def _portfolio(text: str, at: int, run: str) -> tuple[int, int]:
    """Where the holder's name starts in a run after a portfolio's title, and the title starts.

    (0 and ``at`` without one.) The name's sentence opens where its title does, if anywhere.
    """
    words = run.split()
    low = max(0, at - 60)
    title = _PORTFOLIO_TITLE.search(text, low, at) if len(words) > _NAME_WORDS else None
    if title is None:
        return 0, at
    keep = _NAME_WORDS + (len(words) > _NAME_WORDS + 1 and words[-2].endswith("."))
    return len(" ".join(words[: len(words) - keep])) + 1, title.start()


# A lower-case role or title just before a name makes it a person's, in running text as at a
# sentence's start ("said dad Julio", "striker Rooney", "party leader Jo Li"). Not the adjectives
# among the titles ("home", "prime"), which also open organisations' and places' names.
_ROLE_WORD = re.compile(r"([a-z][a-z-]+)[ \t]+$")
_ROLES = PERSON_TITLES - {"home", "foreign", "prime", "vice", "deputy", "major", "general", "chief"}


# A person named by one name, then an appositive saying what they do ("Bassim, a taxi driver
# on the island", "Gerti, a former dressage rider"): news names ordinary people so.
_ROLE_AFTER = re.compile(
    r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:driver|resident|teacher|student|worker|farmer|"
    r"shopkeeper|owner|vendor|doctor|nurse|soldier|activist|survivor|witness|refugee|engineer|"
    r"lawyer|analyst|retiree|veteran|volunteer|widow|widower|pensioner|businessman|businesswoman|"
    r"mechanic|labou?rer|fisherman|miner|waiter|waitress|clerk|guard|chef|artist|musician|"
    r"photographer|blogger|priest|imam|pastor|rider|mother|father|grandmother|grandfather|"
    r"housewife|man|woman|girl|boy)\b"
)


def _role_after(text: str, end: int) -> bool:
    return _ROLE_AFTER.match(text, end, end + 80) is not None


def _role_before(text: str, at: int) -> bool:
    role = _ROLE_WORD.search(text, max(0, at - 24), at)
    return role is not None and role[1] in _ROLES


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
            found = readings[run] = ("" if no_name(word, common) else word, False, 0)
            return found
        words, titled, dropped = strip_name(raw, common)
        offset = len(" ".join(raw[:dropped])) + (dropped > 0)
        found = readings[run] = (" ".join(words), titled, offset)
    return found
