"""Direct quotations: pair quotation marks within each paragraph, by the context of each mark.

The paragraphs are ``summ.layout``'s, the ones the summary's sentences come from. A mark opens when
a space (or the paragraph's start) is on its left and text on its right, and closes in the mirror
case, whatever its glyph: so “English”, „German“, «French», 'single' and "straight" marks all work,
and apostrophes (text on both sides) are never taken for marks. Quotes never cross a paragraph: an
opening mark left open runs to the paragraph's end, which is how news copy continues a quotation
into the next paragraph (a single mark only when it opens the paragraph or follows a colon, as the
Daily Mail writes). AP's doubled ’’ closes a double quotation. Only outermost quotes are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from summ.spans import Span

_DOUBLE = '"“”„«»'
_SINGLE = "'‘’‚‹›"
_MARKS = _DOUBLE + _SINGLE
_MARK = re.compile(f"[{_MARKS}]")
_OPEN_LEFT = " \t\n([{—–-/"
_OPENING_ONLY = "“„«"
_CLOSE_RIGHT = " \t\n.,;:!?)]}—–-/"
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# Marks open a title rather than a quotation after these words ("the film 'Love Actually'").
# (On the quote's own line: a paragraph ending on "series" is a caption's, not a title's cue.)
_TITLE_CUE = re.compile(
    r"\b(?:film|movie|book|novel|song|single|album|show|series|programme|program|play|musical|"
    r"campaign|titled|entitled|called|dubbed|named|known as|slogan|hashtag|headline)[ \t]*$"
    r"|\b(?:titled|entitled|headlined)[,:]\s*$",
    re.IGNORECASE,
)
# ... and before these ("the 'Fair Pay' campaign"), or when an article opens the marks and a noun
# follows them: 'a "laissez faire" attitude' is a term used as an adjective, not a quotation.
_TITLE_AFTER = re.compile(
    r"\s+(?:campaign|slogan|hashtag|initiative|scheme|movement|petition|motto|brand|label|"
    r"policy|doctrine|strategy|agenda|programme|program|project|event|tour)\b",
    re.IGNORECASE,
)
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:a|an|the)\s*$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_NOT_NOUNS = frozenset(
    "is was are were be been being has have had will would could should can may might must "  # noqa: SIM905 - one string reads better than a list of words
    "do does did and or but nor of to in on at for with by from as than that which who whom "
    "whose when where while if so he she it they we i you this these those there said says "
    "told added according not also just only even".split()
)
_MIN_WORDS = 4  # shorter quoted fragments are optional in the gold set and often scare quotes
_TITLE_MAX = 8  # words in a title or a slogan at most


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quoted segment: the span inside the marks and where its marks are."""

    start: int
    end: int
    opened_at: int
    """Index of the opening mark."""
    closed_at: int | None
    """Index of the closing mark; None when the quote runs on to the paragraph's end."""


def raw_quotes(text: str, paragraphs: Iterable[Span]) -> list[RawQuote]:
    """Every outermost quoted segment of the ``paragraphs``, in text order, short ones included."""
    found: list[RawQuote] = []
    for start, end in paragraphs:
        found.extend(_pair(text, start, end))
    return found


def is_quotation(text: str, quote: RawQuote, *, title_case: bool = True) -> bool:
    """Whether a segment is worth reporting: four words or more, not a title.

    ``title_case`` says whether capitalised words can mark a title (not in German, where every
    noun is capitalised).
    """
    # nine words are enough to decide (a title is at most eight): a long quote is not read whole
    words = [w[0] for w in islice(_WORD.finditer(text, quote.start, quote.end), _TITLE_MAX + 1)]
    if len(words) < _MIN_WORDS:
        return False
    if _TITLE_CUE.search(text, max(0, quote.opened_at - 30), quote.opened_at):
        # after "titled", a quote in title case is the title however long ('a piece titled,
        # "Why 'Pretty Woman' Should Be Considered a Feminist Classic"')
        return len(words) > _TITLE_MAX and not (title_case and _capitalised(words))
    if quote.closed_at is not None and _term(text, quote.opened_at, quote.closed_at + 1):
        return False
    return not (title_case and _title_case(words))


def _term(text: str, opened: int, after: int) -> bool:
    """Whether quoted words name a campaign or a term rather than report anybody's words.

    Words closed on a comma or a stop before a campaign's noun were said: '"…we have to act
    now," policy director Jo Li wrote' is a quotation and its cue, not a policy's name.
    """
    if _TITLE_AFTER.match(text, after):
        return text[after - 2 : after - 1] not in {",", "."}
    if not _ARTICLE_BEFORE.search(text, max(0, opened - 5), opened):
        return False
    following = _NEXT_WORD.match(text, after)
    if following is None:
        return False
    return following[1] not in _NOT_NOUNS and not following[1].endswith("ly")


def _title_case(words: list[str]) -> bool:
    return len(words) <= _TITLE_MAX and _capitalised(words)


def _capitalised(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 3]
    return bool(long) and all(w[0].isupper() for w in long)


def _flanks(text: str, at: int, start: int, end: int) -> tuple[bool, bool]:
    left = text[at - 1] if at > start else " "
    right = text[at + 1] if at + 1 < end else " "
    # any white space flanks a mark: web copy puts a no-break space before and after quotes
    spaced = left in _OPEN_LEFT or left.isspace()
    # an opening-only mark opens even where copy left out the space ('Ryan said,“Look')
    can_open = not right.isspace() and (
        spaced or left in _MARKS or (left in ",:" and text[at] in _OPENING_ONLY)
    )
    can_close = not left.isspace() and (right in _CLOSE_RIGHT or right in _MARKS or right.isspace())
    if text[at] in "«»‹›" and not (can_open or can_close):
        return text[at] in "«‹", text[at] in "»›"  # French spacing: « Bonjour »
    if text[at] in "»›" and left.isspace() and not right.isalnum():
        return False, True  # French spacing before a comma: « Bonjour », dit-il
    if text[at] in _SINGLE and right.isdigit():
        return False, can_close  # "'80s" is a decade, not an opening mark
    return can_open, can_close


def _pair(text: str, start: int, end: int) -> list[RawQuote]:
    out: list[RawQuote] = []
    stack: list[tuple[str, int]] = []  # (family, index of the opening mark)
    skip = -1
    for mark in _MARK.finditer(text, start, end):
        at = mark.start()
        if at == skip:
            continue
        if _doubled_close(text, at, stack):
            # AP copy closes a quotation with two single marks: “question’’
            family, can_open, can_close, skip = "d", False, True, at + 1
        else:
            family = "d" if text[at] in _DOUBLE else "s"
            can_open, can_close = _flanks(text, at, start, end)
        if can_close and any(f == family for f, _ in stack):
            while stack[-1][0] != family:
                stack.pop()  # an inner quote left open (or an apostrophe) ends with its outer one
            opened = stack.pop()[1]
            if not stack:
                out.append(_segment(text, opened, at, at))
        elif can_open:
            if family == "d" and stack and stack[0][0] == "d":
                # a new quotation while one is open: news copy starts a new quoted paragraph
                # without closing the previous one ("…the end. "Next…")
                out.append(_segment(text, stack[0][1], _space_before(text, at), None))
                stack.clear()
            stack.append((family, at))
    if stack and (stack[0][0] == "d" or _opens_paragraph(text, start, stack[0][1])):
        out.append(_segment(text, stack[0][1], end, None))
    return [q for q in out if q.end > q.start]


def _doubled_close(text: str, at: int, stack: list[tuple[str, int]]) -> bool:
    """Whether two single marks after a word close the open double quotation."""
    return (
        text.startswith(("’’", "''"), at)
        and at > 0
        and not text[at - 1].isspace()
        and any(f == "d" for f, _ in stack)
    )


def _opens_paragraph(text: str, start: int, opened: int) -> bool:
    """Whether a single mark left open opens the paragraph's speech.

    At its start, or after a colon ("…, saying: 'He is…"): that is how the Daily Mail continues
    a quotation into the next paragraph.
    """
    before = text[start:opened].rstrip()
    return not before or before.endswith(":")


def _space_before(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _segment(text: str, opened: int, end: int, closed: int | None) -> RawQuote:
    start = opened + 1
    spaced = closed is None or text[opened] in "«‹"
    while spaced and start < end and text[start].isspace():
        start += 1  # French spacing inside guillemets stays out of the span
    if spaced:
        end = max(start, _space_before(text, end))
    return RawQuote(start, end, opened, closed)


# A dialogue dash opens a paragraph of direct speech ("— Мы учли опыт, — сказал Гарипов.",
# "—No vamos a cortar el suministro —aseguró Gil."); the speech ends at the dash before a verb of
# saying, and only such an attribution makes it a quotation.
_DASH_OPEN = re.compile(r"[—–][ \t\u00a0]?(?=\w)")
_DASH_CLOSE = re.compile(r"(?<=\S)[ \t\u00a0]?[—–][ \t\u00a0]?(?=\w)")


def dash_quotes(
    text: str, verbs: re.Pattern[str], paragraphs: Iterable[Span]
) -> list[RawQuote]:
    """The dialogue-dash quotations of the ``paragraphs``: those that open with a dash."""
    found: list[RawQuote] = []
    for start, end in paragraphs:
        opened = _DASH_OPEN.match(text, start, end)
        if opened is None:
            continue
        for close in _DASH_CLOSE.finditer(text, opened.end(), end):
            if verbs.match(text, close.end()):
                at = close.start() + (text[close.start()] not in "—–")
                found.append(RawQuote(opened.end(), close.start(), start, at))
                break
    return found
