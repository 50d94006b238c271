"""Reading a name: a run of capitalised words, its titles and owner stripped, a person's or not.

A name is a run of capitalised words with its titles, roles and owner stripped ("Russian President
Vladimir Putin" -> "Vladimir Putin", "The Long Road's" -> "Long Road"). The title and headings
``summ.layout`` finds are never read for names (``mentions.py`` skips them), and a nationality
("North Korean") is never a name by itself. A person's name is two to four words without an
organisation word (BBC, Radio, Council, Trust…) or an acronym, or a single word after a personal
title ("Mr Reyes") or one that is part of such a name ("Putin").
``mentions.py`` indexes every name of an article for the speaker finder.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summ.highlight.nouns import person_noun
from summ.highlight.words import (
    DEMONYMS,
    DETERMINERS,
    FIRST_NAME_GENDERS,
    HONORIFICS,
    NOT_NAME_START,
    ORG_WORDS,
    PERSON_TITLES,
    POLITICAL,
)

# Capitals of the Latin-1 and Latin Extended-A letters too: "Émile Dubois", "Łukasz Nowak".
CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x180)) if c.isupper())
# Not a word that opens a sentence after a letter that ended one ("Plan B. The", "U.S. Then").
_OPENS = (
    r"(?!(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|His|Her|Its|Their|Then"
    r"|There|So|As|If|When|After|Now|Yet|Still|Also|However|Meanwhile)\b)"
)
# A name's first word, or initials before it ("J.R. Smith", "G.K. Butterfield")
_INITIALS = rf"(?:\.(?:[{CAPITAL}]\.)+[ \t]+{_OPENS}[{CAPITAL}])?"
TOKEN = rf"[{CAPITAL}]{_INITIALS}[\w'’-]*"
PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "del", "bin", "al", "la", "le"})
# A name's next word, after a particle or a middle initial ("Donald J. Trump", not "King
# George V. He").
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES)) + ")"
# An Arabic article glued to the surname ("Haider al-Abadi", "Abdel Fattah el-Sisi").
GLUED = ("al-", "el-")
_ARTICLE = "(?:al|el)-"
_MORE = rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+|[{CAPITAL}]\.[ \t]+{_OPENS}|{_ARTICLE})?{TOKEN})*"
NAME = rf"(?:{TOKEN}{_MORE})"
# NAME with no word character before it. The look-behind is written after the first capital
# (two characters back) rather than before it: a pattern that opens with a character class lets
# the regex engine jump from capital to capital instead of trying the look-behind at every
# character, which halves the cost of scanning an article.
RUN = re.compile(rf"[{CAPITAL}](?<![\w'’][{CAPITAL}]){_INITIALS}[\w'’-]*{_MORE}")
_CLOSERS = "\"”’')]"
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def title_case(line: str) -> bool:
    """Whether most long words of ``line`` are capitalised, as in a headline or a title."""
    long = _LONG_WORD.findall(line)
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def strip_name(words: list[str], common: set[str]) -> tuple[list[str], bool, int]:
    """Drop the owner, titles and nationality before a name; also say whether it was titled."""
    words = _untitled_end(words)
    owner = _owner(words) if len(words) > 1 else -1  # most runs are one word: no owner to find
    dropped = owner + 1
    words, titled = words[owner + 1 :], False
    # an organisation's name keeps its ordinary words ("International Monetary Fund", "Local
    # Government Association"): only a sentence's opening word is dropped from it
    body = len(words) > 2 and words[-1].lower().removesuffix("'s") in ORG_WORDS
    while len(words) > 1:
        head = words[0].lower().rstrip(".")
        before_title = words[1].lower() in PERSON_TITLES or words[1].lower() in DEMONYMS
        if head in PERSON_TITLES and words[1].lower() not in ORG_WORDS:
            titled = True
        elif (head in _BEFORE_TITLES or words[0].isupper()) and before_title:
            pass  # "Russian President X", "Tory leader X", "House Speaker X", "FBI Director X"
        elif _described_before(words, head):
            pass  # "Man-of-the-match Duff", "fellow Tory David Heathcoat-Amory"
        elif not (head in NOT_NAME_START or (head in common and not body)) or head in PARTICLES:
            break  # "Van der Burgh, the champion, …": the particle opens the name
        dropped += 1
        words = words[1:]
    cut = _past_titles(words)
    if cut:
        dropped, words, titled = dropped + cut, words[cut:], True
    if len(words) == 1:
        if no_name(words[0], common):
            words = []
    elif words and all(w.lower().removesuffix("'s") in DEMONYMS for w in words):
        words = []
    return words, titled, dropped


def _described_before(words: list[str], head: str) -> bool:
    """Whether the run's first word describes the person it goes on to name.

    A compound ("Man-of-the-match Duff", "Car-maker Honda"), a plural title opening a list of
    names ("Senators Marco Rubio and Ted Cruz"), or a party or a role before a first name
    ("Tory David Heathcoat-Amory", not "Democratic National Committee").
    """
    if _COMPOUND.fullmatch(words[0]) or (head.endswith("s") and head[:-1] in PERSON_TITLES):
        return True
    if len(words) < 3 or words[1].lower() not in FIRST_NAME_GENDERS:
        return False
    # a party, or a role opening the sentence ("Goalscorer Jimmy Floyd Hasselbaink added",
    # "Producer Kevin Wallace said"); not a first name of that ending ("Walter John Smith")
    return head in POLITICAL or (person_noun(head) and head not in FIRST_NAME_GENDERS)


def _untitled_end(words: list[str]) -> list[str]:
    """A run without its owner's mark, nor the short titles that end it and title the next name.

    As in "Coast Guard Lt. Gene Maestas", read as two runs.
    """
    if words:
        words = [*words[:-1], _unowned(words[-1])]
    while len(words) > 1 and words[-1].lower().rstrip(".") in _TRAILING_TITLES:
        words = words[:-1]
    if len(words) > 1 and _first_person(words):
        words = words[:-1]  # "Suddenly I'm seeing stars", "Sauber I": the writer's "I"
    return words


def _first_person(words: list[str]) -> bool:
    """Whether a run ends on the pronoun "I" (not a regnal number: "Elizabeth I", "Charles I")."""
    last = words[-1].replace("’", "'")
    if last in _I_CONTRACTED:
        return True
    return last == "I" and words[-2].lower() not in FIRST_NAME_GENDERS


_I_CONTRACTED = frozenset(("I'm", "I'd", "I'll", "I've"))


# Titles written short that a run of capitals may end with before the name they title; not
# "Sen", which is also a surname ("Doungal Sen said")
_TRAILING_TITLES = frozenset({"mr", "mrs", "ms", "dr", "gov", "gen", "lt", "sgt", "rep"})
# What may stand before a title and goes with it: a nationality, a party, an institution.
_BEFORE_TITLES = DEMONYMS | POLITICAL | ORG_WORDS


def _unowned(word: str) -> str:
    """A word without its possessive: "Acme's", "Starbucks'" (a plural's)."""
    word = word.removesuffix("'s").removesuffix("’s")
    return word[:-1] if word.endswith(("s'", "s’")) else word


def _past_titles(words: list[str]) -> int:
    """Where a name of two words or more starts after a title of several words; 0 without one.

    "National Security Adviser Susan Rice", "Chief Executive Officer Jay Rodriguez".
    """
    titles = [i for i, w in enumerate(words[:-2]) if w.lower() in PERSON_TITLES]
    return titles[-1] + 1 if titles else 0


_LETTER_WORD = re.compile(r"[A-Z]-[a-z]+")
# A hyphenated description before a name: "London-based", "Co-host", "Grammy-winner",
# "Nineteen-year-old", not a given name ("Byeong-chun", "Morgan-leigh")
_COMPOUND = re.compile(
    r"[A-Z][a-z]+-(?:[a-z]+-)*(?:based|born|bred|listed|owned|backed|old|host|founder|winner|"
    r"candidate|elect|star|maker|[a-z]*(?:er|or|ist|ian|ant|ent))"
)


def no_name(word: str, common: set[str]) -> bool:
    """Whether a word alone names nobody: a function word, a title, a common word, a nationality."""
    head = word.lower()
    return (
        _LETTER_WORD.fullmatch(word) is not None  # "the N-word", "a T-shirt", "a U-turn"
        or head in NOT_NAME_START
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
        if words[i].endswith(("'s", "’s", "s'", "s’")):
            return i  # "Acme's X", "Fox News' X"
        if i and words[i].lower().rstrip(".") in HONORIFICS:
            return i - 1
    return -1


# Generation suffixes end a person's name ("Brent Bozell III"); written in capitals, they are no
# acronym (which marks an organisation's name).
_SUFFIXES = frozenset({"II", "III", "IV"})


# The last word of a law or of a brand, never of a person's name ("Bill Li" is one).
_NOT_LAST = frozenset(("bill", "act", "men", "women", "people", "children", "boys", "girls"))
# A name made an adjective ends no person's name: "Bonus Trump-led poll", "the Obama-era rule",
# "a Kremlin-backed group" (a given name's second half is no such word: "Kim Jong-un").
_ADJECTIVE = re.compile(
    r"[\w'’]+-(?:led|era|style|backed|based|born|owned|funded|linked|run|controlled|allied|"
    r"aligned|sponsored|inspired|themed|related|friendly|free|like|leaning|appointed|made)"
)


# Bounded: asked of every name of every article (and again of each speaker candidate), and the
# same names recur from article to article.
@lru_cache(maxsize=4096)
def person_form(form: str) -> bool:
    """Whether a name of several words reads as a person's: 2-4 words, no organisation words."""
    words = [w for w in form.split() if w not in PARTICLES]
    return (
        1 < len(words) <= 4
        and words[0].lower() not in DEMONYMS
        and words[0].lower() not in POLITICAL
        and words[-1].lower() not in _NOT_LAST  # "Medicare Act", "Dove Men", "Boyz II Men"
        and _ADJECTIVE.fullmatch(words[-1]) is None
        and not any(w.lower().removesuffix("'s") in ORG_WORDS for w in words)
        and not any(w.isupper() and len(w) > 1 and not _initial_or_suffix(w) for w in words)
        and not any(map(str.isdigit, form))  # per character, without a Python loop
        and _GLUED.search(form) is None
    )


# Words run together, as a page's buttons are when its text is extracted ("TerkelFlagShareLike"):
# a capital after a small letter twice in a word ("McDonald", "DeSantis" have one).
_GLUED = re.compile(r"[a-z][A-Z][a-z]*[a-z][A-Z]")


def _initial_or_suffix(word: str) -> bool:
    return word in _SUFFIXES or (len(word) == 2 and word[1] == ".")


def near_start(text: str, at: int) -> bool:
    """Whether a name opens its sentence.

    It does within four words of the sentence's start ("But her friend X"), right after an
    opening description ("The council's head of highways, Amira Khan"), or opening a clause
    after "but".
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
    words = [w for w in before.split() if w.strip(_CLOSERS + "“‘")]  # not a lone quote mark
    if len(words) <= 4 or before.rstrip().endswith((", but", "; but")):
        return True  # "…, but Boren took it a step further": the clause's subject
    opener = words[0].lower().replace("’", "'")
    introduced = opener in NOT_NAME_START or opener in DETERMINERS or opener.endswith("'s")
    return len(words) <= 8 and before.rstrip().endswith(",") and introduced


_LOWER = re.compile(r"\b[a-z]+\b")
# The look-behind after the first capital, as in RUN, so the engine jumps from capital to capital.
_PAIR = re.compile(rf"([{CAPITAL}](?<![\w'’][{CAPITAL}])[a-z]+)[ \t]+([{CAPITAL}][a-z]+)\b")
_NEVER_PART = NOT_NAME_START | PERSON_TITLES | DEMONYMS | POLITICAL | ORG_WORDS


def ordinary_words(text: str) -> set[str]:
    """The article's lower-case words, less those it also writes as half of a person's name.

    "prices rose" makes "rose" an ordinary word, but "Justin Rose" makes "Rose" a surname; "the
    bill" and "Bill Turner" likewise. A pair counts when its other word is no ordinary word of the
    article and neither is a title, a nationality or an organisation's word.
    """
    common = set(_LOWER.findall(text))
    names = set()
    for pair in _PAIR.finditer(text):
        first, last = pair[1].lower(), pair[2].lower()
        if first in _NEVER_PART or last in _NEVER_PART:
            continue
        if (first in common) != (last in common):
            names.add(first if first in common else last)
    return common - names
