"""English sentence boundaries Punkt gets wrong, decided again by what stands on either side.

Punkt decides after a period from how often the next word was capitalised in its training text,
which fails in news on both sides: "moved back to the U.S. Then she" (kept whole) and "J.R. Smith",
"U.S. Senator" (split). Here a capitalised word that only starts sentences (a pronoun, an article,
a conjunction: :data:`STARTERS`) ends a sentence after an abbreviation or initials, any other
capitalised word continues one after initials, and a title ("Gen.", "Mt.") is never a sentence's
end. Lists ("1.) one 2.) two", "a. one b. two", "• one • two"; ``lists.py``) and ellipses
("that.... She" ends, "is . . . I didn't" does not) are read as the Pragmatic Segmenter's
golden rules read them.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from typing import TYPE_CHECKING

from summ.boilerplate import PLAYER_NOTICE
from summ.lists import MARK_MAX, ends_on_mark, list_items, mark_only

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from collections.abc import Set as AbstractSet

    Split = Callable[[str], Iterator[tuple[int, int]]]

# Capitalised words that open sentences and are hardly ever part of a name or a title: after
# "U.S." or "E." they start the next sentence; any other capitalised word continues the name.
_STARTER_WORDS = """
    A An The This That These Those There Here Then Now Thus Still Yet Also So But And Or Nor
    However Meanwhile Moreover Instead Otherwise Indeed Although Though While Because Since If
    As After Before When Once Until Unless Whether Where Why How What Which Who Whom Whose
    I He She It We They You His Her Its Our Their My Your Some Many Most Each Every All Both
    Few Several Such Another Other Any Not None Nothing Neither Either
    Nobody Everyone Everybody Someone Somebody Anyone
    In On At For From By With Without Under Over During According Despite Among Against Into
    Is Are Was Were Do Does Did Has Have Had Can Could Would Should Must Shall
    Today Yesterday Tomorrow Earlier Later Last Next Mr Mrs Ms Messrs Dr
    I'm I've I'll I'd It's He's She's That's There's We're We've They're They've What's Here's
    Don't Doesn't Didn't Isn't Wasn't Can't Won't"""
# (Each contraction with a straight and a curly apostrophe.)
STARTERS = frozenset(w for word in _STARTER_WORDS.split() for w in (word, word.replace("'", "’")))
# Titles before a name: never the end of a sentence ("Gen. Smith", "Mt. Fuji", "Sen. Cruz").
# ("St." is left out: "Downing St. The" ends one.)
_TITLE_WORDS = """
    mr mrs ms mx messrs mmes dr prof gen gens lt col maj capt cmdr cmdt adm brig sgt cpl pvt
    sen sens rep reps gov govs pres supt insp det atty rev fr msgr hon mt lieut"""
TITLES = frozenset(_TITLE_WORDS.split())
# Abbreviations that never end a sentence: what they introduce follows.
_NEVER_FINAL = frozenset(("e.g", "i.e", "cf", "vs", "viz"))
# What follows a time and belongs to it: its zone, its day or month ("9 p.m. ET Sunday").
_TIMES = frozenset(("a.m", "p.m"))
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_MONTHS = "January February March April May June July August September October November December"
_ZONES_SHORT_MONTHS = """
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC CET CEST IST JST AEST AEDT
    Eastern Central Mountain Pacific Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"""
_TIME_WORDS = frozenset(f"{_ZONES_SHORT_MONTHS} {_WEEKDAYS} {_MONTHS}".split())
# Words before which a fragment is no sentence: "At 5 a.m. Mr. Smith went" stays whole.
_PREPOSITIONS = frozenset(("at", "by", "in", "on", "from", "until", "since", "before", "after",
                           "for", "around", "about"))
_FRAGMENT_WORDS = 4

# A period, closing marks, white space, opening marks, then an upper-case letter.
# (It opens on the period, so the regex engine jumps from one period to the next.)
_AFTER_PERIOD = re.compile(r"\.([\"'”’)\]]*)\s+([\"'“‘(\[]*)(?=[A-ZÀ-Þ])")
# No abbreviation of the model or of TITLES has more letters (but those with inner periods);
# none, with its periods and an opening mark, is longer than _WORD_BEFORE_MAX characters.
_ABBREVIATION_MAX = 6
_WORD_BEFORE_MAX = 16
_NEXT_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]*(.?)")
_WORDS = re.compile(r"\S+")
_SPACE = re.compile(r"\s+")
# The patterns from here on are for rarer text (quick tests guard them), compiled when first
# used through re's own cache: compiling them all at import costs start-up.
# Who asked the question a quotation ends on, when a name opens the words after it: "Mr.
# Watson asks", "Sen. Ted Cruz said"; a verb of saying within a name's length.
# What follows the verb shows the attribution ends there: a stop, a comma, a preposition, a
# time; "Arma said she didn't know", "Camus said many people …" are sentences of their own.
_SAYING = "says|said|adds|added|writes|wrote|recalls|recalled|wonders|wondered"
_ENDS = (
    r"(?:[.,;:]|\s+(?:of|to|in|on|at|as|after|before|while|during|last|this|earlier|"
    r"yesterday|today|tonight|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
)
_ASKED = (
    rf"(?:(?:{'|'.join(w.capitalize() for w in sorted(TITLES))})\.\s)?"
    rf"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,3}},?\s"
    rf"(?:(?:{_SAYING}){_ENDS}|ask(?:s|ed)(?:{_ENDS}|\s+(?:the|him|her|them|me|us)\b))"
)
_CLOSING_QUOTES = frozenset("\"”’'")
_QUOTE_OPENS = frozenset("\"'“‘")
_NO_OPENERS = frozenset("&%")
# A lower-case word (or a figure) whole, then a word that only opens sentences, then a
# lower-case word: "correspondent The issue", "news She paid". ("It" and "He" end titles and
# are Chinese surnames too: "Faking It", "a biography on He that".)
_GLUED_OPENER = r" (?<=[a-z0-9%] ) ?((?:The|She|They|We|This|There|But) )(?=[a-z])"
# A photo's credit glued to its caption ("Belle Image: Nick Moreau."): a unit of its own.
# (Opening on a literal, so the engine only stops at those words.)
_CREDIT = r" (?:Image|Photo|Photograph|Picture|Credit|Caption)s?: "
# A video player's notice glued to the next sentence without a full stop: a unit of its own,
# which is_boilerplate then marks; only where it stands as a sentence would (after a sentence's
# end, before a capital or a quotation mark), never inside prose that names it.
_PLAYER = rf"(?:^|(?<=\n)|(?<=[.!?\"”’]\s))(?:{PLAYER_NOTICE})(?=\s+[\"“‘'A-Z0-9]|\s*$)"
# Ellipses (see _ellipses): four dots end a sentence, three spaced ones do not, and a bracketed
# one before a capital ends the quoted sentence it cut short.
_ELLIPSIS = (
    r"(?P<four>\.\.\.\.+|…\.|(?<![^\s(\[])\.(?: \.){3})(?=[\"'”’)\]]*\s+\S)"
    r"|(?<=\w\.)(?P<opens> \.(?: \.){2})(?= +\S)"
    r"|(?P<three>(?<![^\s(\[])\.(?: \.){2})(?! \.)(?= +\S)"
    r"|(?P<bracket>\[(?:\.\.\.|…)\])(?= +[A-ZÀ-Þ])"
)
# A stamp: a full date with its weekday ("Thursday, May 7, 2015", "Thursday 7 May 2015"), which
# pages put on a line of their own under the headline; copied text glues it to the headline
# or the first sentence ("... design Thursday, May 7, 2015 On Tuesday, the"). See _stamps.
_DAY, _MONTH = _WEEKDAYS.replace(" ", "|"), _MONTHS.replace(" ", "|")
_STAMP = rf"\b(?:{_DAY}),? (?:(?:{_MONTH}) \d{{1,2}},? |\d{{1,2}} (?:{_MONTH}),? )\d{{4}}\b"


def refined(split: Split, abbreviations: AbstractSet[str]) -> Split:
    """``split`` with its sentence starts decided again by the rules of this module."""
    # Words whose period the rules may decide again (initials and letters aside).
    known = frozenset(abbreviations) | TITLES | _NEVER_FINAL

    def spans(text: str) -> Iterator[tuple[int, int]]:
        found = list(split(text))
        if not found:
            return iter(())
        punkts = [s for s, _ in found]
        starts = punkts.copy()
        _after_periods(text, starts, known)
        colon = ": " in text
        if colon:
            _credits(text, starts)
        if "playback" in text or "Javascript" in text:
            _player_notices(text, starts)
        if "day" in text:
            _stamps(text, starts, found[-1][1])
        if ".." in text or ". ." in text or "…" in text or "[" in text:
            _ellipses(text, starts)
        _lists(text, starts, colon=colon)
        if "?" in text or "!" in text:
            _asked(text, starts)
        _no_openers(text, starts)
        _glued_openers(text, starts)
        if "“" in text or "‘" in text:
            _stray_marks(text, starts)
        return iter(found) if starts == punkts else _spans(text, starts, found[-1][1])

    return spans


def _spans(text: str, starts: list[int], end: int) -> Iterator[tuple[int, int]]:
    for start, following in zip(starts, [*starts[1:], end], strict=True):
        stop = len(text[start:following].rstrip()) + start
        if stop > start:
            yield start, stop


def _after_periods(text: str, starts: list[int], known: AbstractSet[str]) -> None:
    """Decide again where a period stands between a word and a capital.

    ``known``: the abbreviations and titles; most periods end another word, and are skipped.
    """
    for match in _AFTER_PERIOD.finditer(text):
        period = match.start()
        word = _word_before(text, period)
        if word is None or text[period - 1 : period] == ".":
            continue  # a word longer than any abbreviation, or an ellipsis (see _ellipses)
        if len(word) > 1 and "." not in word and word.lower() not in known:
            continue  # an ordinary word: Punkt's period is a sentence's end
        verdict = _ends_at(word, text, match.end(), known)
        if verdict is None and word and _QUOTE_OPENS & set(match.group(2)) and "." not in word:
            verdict = True  # a quotation opens after "Inc.", "Jr.": no name goes on into one
        if word == "I" and _after_lower_case(text, period - 1):
            verdict = True  # the pronoun, not an initial: "you and I. Nobody"
        at = match.start(2)
        if verdict and _fragment(text, _start_before(starts, at), period):
            verdict = False
        if verdict is not None:
            _set(starts, at, cut=verdict)


def _word_before(text: str, period: int) -> str | None:
    """The word the period ends, without opening marks; None if too long for an abbreviation.

    Only the last ``_WORD_BEFORE_MAX`` characters are looked at, so long paragraphs cost no
    more per period than short ones.
    """
    low = period - _WORD_BEFORE_MAX
    window = text[max(low, 0) : period]
    words = window.split()
    if not words:
        return ""
    if low > 0 and len(words) == 1 and not window[0].isspace():
        return None  # the word goes on before the window: longer than any abbreviation
    word = words[-1].lstrip("\"'“‘([")
    return word if len(word) <= _ABBREVIATION_MAX or "." in word else None


def _after_lower_case(text: str, at: int) -> bool:
    """Whether a lower-case word or a comma stands before ``at``: "and I", not "Albert I"."""
    before = text[max(at - _WORD_BEFORE_MAX, 0) : at].split()
    return bool(before) and (before[-1][0].islower() or before[-1][-1] in ",;")


def _ends_at(word: str, text: str, after: int, abbreviations: AbstractSet[str]) -> bool | None:
    """Whether ``word.`` ends a sentence before the capital at ``after`` (None: Punkt decides)."""
    lowered = word.lower()
    if lowered in TITLES or lowered in _NEVER_FINAL:
        return False
    time = lowered in _TIMES
    initials = _initials(word)
    if not (time or initials or lowered in abbreviations):
        return None  # an ordinary word: Punkt's period is a sentence's end
    following = _NEXT_WORD.match(text, after)
    if following is None:
        return None
    name = following[0][: len(following[0]) - len(following[1])]
    # "A." after "J." is another initial, not the article.
    starts = name in STARTERS and not (len(name) == 1 and following[1] == ".")
    if time:  # "6 p.m. ET", "10 a.m. Tuesday": the time goes on
        return True if starts else (False if name in _TIME_WORDS else None)
    if initials:
        return starts
    return True if starts else None


def _initials(word: str) -> bool:
    """Whether ``word`` is letters with a period between each: "E", "U.S", "J.R", "a.m"."""
    letters = word[::2]
    return (
        len(word) % 2 == 1 and letters.isascii() and letters.isalpha()
        and word[1::2] == "." * (len(word) // 2)
    )


def _fragment(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an opening phrase, no sentence: "At 5 a.m."."""
    words = _WORDS.findall(text, start, end)
    return not words or (len(words) <= _FRAGMENT_WORDS and words[0].lower() in _PREPOSITIONS)


def _start_before(starts: list[int], at: int) -> int:
    return starts[max(bisect_right(starts, at - 1) - 1, 0)]


def _set(starts: list[int], at: int, *, cut: bool) -> None:
    """Make ``at`` a sentence start (``cut``) or not; the first start always stays."""
    index = bisect_right(starts, at) - 1
    present = index >= 0 and starts[index] == at
    if cut and not present:
        insort(starts, at)
    elif not cut and present and index > 0:
        del starts[index]


def _credits(text: str, starts: list[int]) -> None:
    for credit in re.compile(_CREDIT).finditer(text):
        before = text[credit.start() - 1 : credit.start()]
        if before.isalnum() or before in ").":
            _set(starts, credit.start() + 1, cut=True)


def _player_notices(text: str, starts: list[int]) -> None:
    for notice in re.compile(_PLAYER).finditer(text):
        _set(starts, notice.start(), cut=True)
        following = _next_start(text, notice.end())
        if following < len(text):
            _set(starts, following, cut=True)


def _stamps(text: str, starts: list[int], end: int) -> None:
    """A stamp is a unit of its own where nothing but a line's text runs on to it or from it.

    It ends the line it closes when no punctuation follows (a sentence would end on its stop),
    and it is cut off the sentence it opens when a capital follows: "signed on Tuesday, May 7,
    2015 in Paris." stays whole.
    """
    for stamp in re.compile(_STAMP).finditer(text):
        begin = _start_before(starts, stamp.start() + 1)
        closes = not text[stamp.end() : end].strip()
        if closes and stamp.start() > begin and text[begin : stamp.start()].strip()[-1:].isalnum():
            _set(starts, stamp.start(), cut=True)
            begin = stamp.start()
        following = _next_start(text, stamp.end())
        opens = begin == stamp.start() and text[stamp.end() : stamp.end() + 1] == " "
        if opens and re.match(r"[\"“‘'A-ZÀ-Þ]", text[following : following + 1]):
            _set(starts, following, cut=True)


def _ellipses(text: str, starts: list[int]) -> None:
    """Four dots end a sentence; a spaced three continue it, or open the next after a period."""
    for match in re.compile(_ELLIPSIS).finditer(text):
        after = _next_start(text, match.end())
        if match["four"] or match["bracket"]:
            _set(starts, after, cut=True)
        elif match["opens"]:
            _set(starts, match.start("opens") + 1, cut=True)
            _set(starts, after, cut=False)
        else:
            _set(starts, after, cut=False)


def _stray_marks(text: str, starts: list[int]) -> None:
    """An opening mark typed for a closing one ('decision.“ However') ends the sentence before.

    A mark that opens a quotation clings to its first word; one right after a full stop with a
    space after it closes the quotation that the stop ended, whichever way it curls.
    """
    for index in range(1, len(starts)):
        at = starts[index]
        stray = text[at : at + 1] in ("“", "‘") and text[at + 1 : at + 2].isspace()
        if stray and text[at - 1 : at] in (".", "!", "?"):
            starts[index] = _next_start(text, at + 1)


def _asked(text: str, starts: list[int]) -> None:
    """A quoted question goes on into who asked it: '"Do I care?" Mr. Watson asks.' is one."""
    for index in range(len(starts) - 1, 0, -1):
        at = starts[index]
        if text[at - 2 : at - 1] in _CLOSING_QUOTES and text[at - 3 : at - 2] in ("?", "!"):
            first = _NEXT_WORD.match(text, at)
            word = first[0][: len(first[0]) - len(first[1])] if first else ""
            opener = word in STARTERS and word.lower() not in TITLES
            if not opener and re.compile(_ASKED).match(text, at):  # "Nobody said" opens one
                del starts[index]


def _glued_openers(text: str, starts: list[int]) -> None:
    """A word that only opens sentences, after a lower-case word, before one: a missing stop.

    Pages glue a byline, a caption or a link line to the next sentence when they lose their
    line breaks ("By Nick Triggle, health correspondent The issue of ...", "Analysis by Sarah
    Dickins, economics correspondent This is the first time"); prose never puts "The", "She"
    or "This" there. Not inside a quotation ("Leave It to Beaver"), nor after a capitalised
    word ("When She came", "from Essex She added": a name's or a title's capital, maybe).
    """
    for match in re.compile(_GLUED_OPENER).finditer(text):
        at = match.start(1)
        before = text[max(0, at - _WORD_BEFORE_MAX) : at].split()[-1:]
        lower = bool(before) and (before[0][:1].islower() or before[0][:1].isdigit())
        if not lower or not before[0].replace("-", "").isalnum():
            continue  # "When She came", "Faking It": a capital or a mark before
        if text.count('"', 0, at) % 2 == 0 and text.count("“", 0, at) <= text.count("”", 0, at):
            _set(starts, at, cut=True)


def _no_openers(text: str, starts: list[int]) -> None:
    """A sentence never opens on "&" or "%": "the H.N. & Frances C. Berger Foundation"."""
    for index in range(len(starts) - 1, 0, -1):
        if text[starts[index] : starts[index] + 1] in _NO_OPENERS:
            del starts[index]


def _next_start(text: str, at: int) -> int:
    """Where the next sentence would start: past the white space after ``at``."""
    space = _SPACE.search(text, at)
    return space.end() if space else len(text)


def _lists(text: str, starts: list[int], *, colon: bool) -> None:
    """Items of a list written in one paragraph start sentences; a mark alone is no sentence.

    (``colon``: whether ": " is in ``text``, where a list may open.)
    """
    items = list_items(text, colon=colon)
    for at in items:
        _set(starts, at, cut=True)
    index = 0
    while index < len(starts) - 1:
        begin, end = starts[index], starts[index + 1]
        piece = text[begin:end].strip()
        if end - begin <= MARK_MAX and mark_only(piece):
            del starts[index + 1]  # "1." | "The first item." is one item
        elif items and ends_on_mark(piece):
            del starts[index + 1]  # "Do this: 1." | "Open the box." is one too
        else:
            index += 1
