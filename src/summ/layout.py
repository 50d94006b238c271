"""Where an article's paragraphs are, and which of them are its title and headings.

The one account of an article's layout: ``text.build`` reads its sentences from these
paragraphs, and the highlight finders read quotations within them and never read a heading for
a speaker's name. Spans of the original text, trimmed; every kind of line break (CRLF, LF, a
lone CR) counts the same, and lines wrapped at a width are joined into their paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from summ.brackets import without_marks
from summ.lang import WORD

if TYPE_CHECKING:
    from collections.abc import Iterator

    from summ.spans import Span

# A line break is CRLF, LF or a lone CR; "\r(?!\n)" keeps one CRLF from counting as two breaks.
_NEWLINE = r"(?:\r\n|\r(?!\n)|\n)"
_BLANK_LINES = re.compile(rf"{_NEWLINE}[ \t\f\v]*{_NEWLINE}\s*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]+")
# Sentence-final punctuation, possibly followed by closing quotes or brackets (see _ends_sentence).
_SENTENCE_ENDS = ".!?…:;。！？।"
_CLOSERS = "\"'”’»)]」』）"
_OPENERS = "\"'“‘«([「『（"
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# A heading is short; the seed's all-caps subheads have 5-6 words, BBC titles up to ~12.
_HEADING_MAX_WORDS = 16
_SUBHEAD_MAX_WORDS = 12
_SUBHEAD_ANY_CASE = 4  # "Background", "What next": too short to be a standfirst whatever the case
_SUBHEAD_CAPITALS = 0.6
# Lines of the same block that are each a paragraph (one paragraph per line, no blank lines).
_LINE_PER_PARAGRAPH_SHARE = 0.8
# A first line this much shorter than the next is a title, not the start of a wrapped paragraph.
_WRAPPED_LINE_SHARE = 0.75
# A block is wrapped at a width when at least this share of its lines fill it (each paragraph's
# last line may not), three at least, and the width is a terminal's or an e-mail's (72-80
# columns, up to 120): lines of a paragraph each, or of unlike widths, seldom do.
_FILLED_LINES_SHARE = 0.5
_WRAP_MAX_WIDTH = 120
_WRAP_MIN_WIDTH = 30  # narrower lines of like widths are a list ("Jo Bell, mayor"), not a wrap
_FIRST_WORD = re.compile(r"\S+")
_QUOTATION_OPENERS = frozenset("\"'“‘«")


@dataclass(frozen=True, slots=True)
class Layout:
    """An article's paragraphs, and which of them are its title and headings."""

    paragraphs: tuple[Span, ...]
    """Spans of every paragraph, title and headings included, in text order, trimmed."""
    headings: frozenset[int]
    """Indexes into ``paragraphs`` of the title and the headings: lines that hold no sentence."""
    wraps: tuple[Span, ...] = ()
    """The line breaks inside paragraphs where a line was wrapped at the block's width (the
    next word would not have fitted on it): to a reader, a space. Breaks between lines of
    unlike widths that one paragraph holds are not among them."""

    @property
    def title(self) -> Span | None:
        """The title's span: the first paragraph, when it is a heading."""
        return self.paragraphs[0] if 0 in self.headings else None

    @property
    def heading_spans(self) -> list[Span]:
        """The spans of the title and the headings, in text order."""
        return [self.paragraphs[i] for i in sorted(self.headings)]


def layout(text: str, *, plain: bool = True) -> Layout:
    """The paragraphs of ``text`` and which are its title and headings (one linear pass).

    Without ``plain`` only Markdown's headings count. A text of headings alone (one line
    without a final period, a list on one line) is its own body: only Markdown's count there.
    """
    paragraphs: list[Span] = []
    wraps: list[Span] = []
    for paragraph, wrapped in _paragraphs(text):
        paragraphs.append(paragraph)
        wraps += wrapped
    headings = _headings(text, paragraphs, plain=plain)
    if plain and len(headings) == len(paragraphs):
        headings = _headings(text, paragraphs, plain=False)
    return Layout(tuple(paragraphs), headings, tuple(wraps))


def title_text(block: str) -> str:
    """A title's words: the block without a Markdown heading's marks."""
    return _MARKDOWN_HEADING.sub("", block).strip()


def _headings(text: str, paragraphs: list[Span], *, plain: bool) -> frozenset[int]:
    title: str | None = None
    found = set()
    for number, (start, end) in enumerate(paragraphs):
        block = text[start:end]
        if _heading(block, title, first=number == 0, plain=plain):
            found.add(number)
            if number == 0:
                title = title_text(block)
    return frozenset(found)


def _heading(block: str, title: str | None, *, first: bool, plain: bool) -> bool:
    if not plain:
        return bool(_MARKDOWN_HEADING.match(block))
    return _is_heading(block, first=first) or _same_words(block, title)


def _same_words(block: str, title: str | None) -> bool:
    """Whether ``block`` repeats the title (the seed prints its headline twice).

    A block ending like a sentence is a sentence, even with the title's words: it may be all
    the body there is.
    """
    return (
        title is not None
        and not _ends_sentence(block)
        and WORD.findall(block.lower()) == WORD.findall(title.lower())
    )


def _paragraphs(text: str) -> Iterator[tuple[Span, list[Span]]]:
    """Blocks separated by blank lines, trimmed; a block of one paragraph per line is split.

    Each paragraph comes with the line breaks inside it that are wraps (see ``Layout.wraps``).
    """
    bounds = [0, *(i for gap in _BLANK_LINES.finditer(text) for i in gap.span()), len(text)]
    seen = False
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        for span in _block(text, start, end, first=not seen):
            seen = True
            yield span


def _block(text: str, start: int, end: int, *, first: bool) -> Iterator[tuple[Span, list[Span]]]:
    lines = _lines(text, start, end)
    if len(lines) < 2:  # most blocks are one line: nothing to decide
        yield from ((line, []) for line in lines)
        return
    widest, at_width = _width(lines)
    if first and (
        _title_line(text, lines[0], lines[1], widest if at_width else None)
        or _above_a_unit(text, lines)
    ):
        yield lines[0], []
        lines = lines[1:]
        widest, at_width = _width(lines)
    for run in _runs(text, lines, widest, wrapped=at_width):
        wraps = _wraps(text, run, widest) if at_width else []
        # One paragraph per line (common in pasted text), rather than lines wrapped at a width.
        if len(run) > 1 and not wraps and _ends(text, run) >= _LINE_PER_PARAGRAPH_SHARE * len(run):
            yield from ((line, []) for line in run)
        else:
            yield (run[0][0], run[-1][1]), wraps


def _width(lines: list[Span]) -> tuple[int, bool]:
    """The widest of ``lines``, and whether they are wrapped at that width."""
    widest = max(e - s for s, e in lines)
    filled = sum(e - s >= _WRAPPED_LINE_SHARE * widest for s, e in lines)
    at_width = _WRAP_MIN_WIDTH <= widest <= _WRAP_MAX_WIDTH and filled >= max(
        3, _FILLED_LINES_SHARE * len(lines)
    )
    return widest, at_width


def _wraps(text: str, run: list[Span], widest: int) -> list[Span]:
    """The line breaks of a paragraph where a line was wrapped at the block's width.

    Such a line fills the width (at least ``_WRAPPED_LINE_SHARE`` of the widest line) and ends
    where the next line's first word would not have fitted; a shorter line ends a sentence or a
    unit of its own, so its break stays one.
    """
    return [
        (a[1], b[0])
        for a, b in pairwise(run)
        if a[1] - a[0] >= _WRAPPED_LINE_SHARE * widest and not _fits(text, a, b, widest)
    ]


def _runs(text: str, lines: list[Span], widest: int, *, wrapped: bool) -> list[list[Span]]:
    """``lines`` cut where a short line without final punctuation ends a unit of its own.

    A heading, a dateline, a byline or a caption typed on its own line above the next
    sentence ("Thursday, May 7, 2015" | "On Tuesday, ..."), and the short last line of a
    paragraph wrapped at a width that lacks its final period, end where the line does: read
    as one paragraph, the line would run into the next sentence. A line is short beside the
    block's widest (a wrapped line fills the width); a unit of its own starts fresh (at the
    block's start, after a sentence's end or after another cut) and the line after it opens
    like a sentence. Where every line of a block is as wide, nothing is cut.
    """
    runs: list[list[Span]] = []
    run: list[Span] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        previous = run[-1] if run else None
        run.append(line)
        if following is None or not _breaks_before(text, line, following, widest,
                                                   wrapped=wrapped):
            continue
        if wrapped and _ends_sentence(text[line[0] : line[1]].rstrip(":;")):
            runs.append(run)  # a wrapped paragraph's last line: "said Mr." | "Spoon." stays
        elif previous is None or _ends_sentence(text[previous[0] : previous[1]]):
            if len(WORD.findall(text, *line)) > _HEADING_MAX_WORDS:
                continue  # no heading: a sentence without its period, left as it is
            if previous is not None:
                runs.append(run[:-1])  # the line is a paragraph of its own
            runs.append([line])
        elif previous[1] - previous[0] >= _WRAPPED_LINE_SHARE * widest:
            runs.append(run)  # a wrapped paragraph ends on a short line
        else:
            continue  # the tail of a unit whose lines are not wrapped: which, is unclear
        run = []
    if run:
        runs.append(run)
    return runs


def _breaks_before(
    text: str, line: Span, following: Span, widest: int, *, wrapped: bool = False
) -> bool:
    """Whether a short ``line`` ends without a mark that joins it to a capitalised next line.

    A line is short beside the block's widest, or when the next line's first word would have
    fitted on it: a line wrapped at a width is cut only where that word did not fit. So cut, a
    line that introduces a quotation with a colon or a comma ("Rathbun stated," | '"Daniel
    was ...') ends its paragraph there; Punkt does not cut after a colon or a comma. In a block
    ``wrapped`` at a width, a short line that ends like a sentence ends its paragraph too, where
    Punkt may read an abbreviation going on ("a unit of Michelin S.A." | "Michelin officials").
    """
    body = text[line[0] : line[1]]
    fits = _fits(text, line, following, widest)
    if line[1] - line[0] >= _WRAPPED_LINE_SHARE * widest and not fits:
        return False
    if body.endswith((":", ",")):
        return fits and _opens_quotation(text, following)
    if _ends_sentence(body):
        return wrapped and fits and _opens_sentence(text, following)  # else Punkt cuts there
    return _opens_sentence(text, following)


def _fits(text: str, line: Span, following: Span, widest: int) -> bool:
    """Whether the first word of ``following`` would have fitted on ``line`` (not wrapped)."""
    word = _FIRST_WORD.match(text, following[0], following[1])
    return word is not None and line[1] - line[0] + 1 + len(word[0]) <= widest


def _opens_quotation(text: str, line: Span) -> bool:
    """Whether ``line`` opens with a quotation mark, then a capital or a digit."""
    return text[line[0] : line[0] + 1] in _QUOTATION_OPENERS and _opens_sentence(text, line)


def _opens_sentence(text: str, line: Span) -> bool:
    """Whether ``line`` opens with a capital or a digit, after any opening marks."""
    opening = text[line[0] : line[1]].lstrip(_OPENERS)[:1]
    return opening.isupper() or opening.isdigit()


def _lines(text: str, start: int, end: int) -> list[Span]:
    """The block's lines that are not blank, trimmed."""
    if text.find("\n", start, end) < 0 and text.find("\r", start, end) < 0:
        lines = [_trim(text, start, end)]  # one line, as most blocks are: no regex needed
    else:
        lines = [_trim(text, *m.span()) for m in _LINE.finditer(text, start, end)]
    return [(s, e) for s, e in lines if s < e]


def _ends(text: str, lines: list[Span]) -> int:
    """How many of ``lines`` end like a sentence."""
    return sum(_ends_sentence(text[s:e]) for s, e in lines)


def _title_line(text: str, line: Span, following: Span, width: int | None) -> bool:
    """A title on the line right above the body: heading-like and shorter than a wrapped line.

    In a block wrapped at ``width``, a first line that fills it and ends where the next line's
    first word would not have fitted is the first line of a paragraph, no title ("... approved
    its acquisition" | "by Royal Trustco Ltd. ...", a story pasted without its headline).
    """
    if width is not None and line[1] - line[0] >= _WRAPPED_LINE_SHARE * width and not _fits(
        text, line, following, width
    ):
        return False
    shorter = (line[1] - line[0]) < _WRAPPED_LINE_SHARE * (following[1] - following[0])
    # (a line that opens in lower case goes on from the one above: "was named" | "a director")
    ends_paragraph = _ends_sentence(text[following[0] : following[1]]) and _opens_sentence(
        text, following
    )
    return _is_heading(text[line[0] : line[1]], first=True) and (shorter or ends_paragraph)


def _above_a_unit(text: str, lines: list[Span]) -> bool:
    """A title as wide as the lines wrapped under it, above a dateline or a byline of its own."""
    if len(lines) < 3 or not _is_heading(text[lines[0][0] : lines[0][1]], first=True):
        return False
    widest = max(e - s for s, e in lines)
    return (
        _opens_sentence(text, lines[1])
        and _breaks_before(text, lines[1], lines[2], widest)
        and len(WORD.findall(text, *lines[1])) <= _HEADING_MAX_WORDS
    )


def _ends_sentence(block: str) -> bool:
    """Whether ``block`` ends with sentence-final punctuation, then closing quotes or brackets.

    Reference marks after them count for nothing ("in 2014. [4]"). Read from the end, where a
    regex search would try every mark of the block: the three sets of characters (marks,
    closers, white space) are disjoint, so stripping is exact.
    """
    tail = without_marks(block).rstrip().rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _SENTENCE_ENDS


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(block: str, *, first: bool) -> bool:
    """A Markdown heading, or one short line without sentence-ending punctuation."""
    if _MARKDOWN_HEADING.match(block):
        return True
    if _ends_sentence(block) or _LINE_BREAK.search(block.strip()):
        return False
    words = WORD.findall(block)
    if first:
        return 0 < len(words) <= _HEADING_MAX_WORDS
    # Later, a subhead ("MOSCOW TO BRIEF CHINA, US ON TALKS", "What Happens Next") is capitalised
    # like a headline; a standfirst without a final period is written like a sentence.
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return 0 < len(words) <= _SUBHEAD_MAX_WORDS and (
        len(words) <= _SUBHEAD_ANY_CASE or capitals >= _SUBHEAD_CAPITALS * len(words)
    )
