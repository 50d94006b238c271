"""Punkt's sentence spans, repaired where quotation marks mislead it.

An opening mark left at the end of the sentence before, a sentence cut before its lower-case
continuation ('"Is it true?" he asked.'), and a quotation that runs over several sentences (or a
dialogue paragraph, opened by a dash), which stays one unit: no sentence opens a quote it does
not close.
"""

from __future__ import annotations

import re

Span = tuple[int, int]


def repair(text: str, spans: list[Span], *, whole_quotes: bool = True) -> list[Span]:
    """``spans`` of one paragraph of ``text`` with openers moved and quotations made whole.

    Without ``whole_quotes`` the sentences of a quotation stay apart, as grammar counts them.
    """
    if len(spans) < 2:  # only moves and joins sentences
        return spans
    sentences = _join_continuations(text, _move_openers(text, spans))
    return _balance_quotes(text, sentences) if whole_quotes else sentences


# An opening mark Punkt left at the end of the sentence before: "inquiets. «" | "Nous avons …"
# (French sets guillemets off with spaces, and Punkt breaks after the first one).
_DANGLING_OPENER = re.compile(r"\s+([«„“]\s*)$")


def _move_openers(text: str, spans: list[Span]) -> list[Span]:
    """Give each opening quotation mark to the sentence it opens."""
    moved = spans[:1]
    for start, end in spans[1:]:
        before = moved[-1]
        # A span never starts with white space, so a match leaves the one before non-empty.
        # Only a span ending in an opener or a space can match: skip the regex's scan otherwise.
        last = text[before[1] - 1]
        dangling = (
            _DANGLING_OPENER.search(text, *before) if last in "«„“" or last.isspace() else None
        )
        if dangling:
            moved[-1] = (before[0], dangling.start())
        moved.append((dangling.start(1) if dangling else start, end))
    return moved


# A lettered list item opens with a lower-case letter and is no continuation: "b. The second".
_LETTERED_ITEM = re.compile(r"[a-z](?:\.\)|\)|\.)\s")


def _join_continuations(text: str, spans: list[Span]) -> list[Span]:
    """Rejoin what Punkt split before a lower-case word: '"Is it true?" he asked.'."""
    joined: list[Span] = []
    for start, end in spans:
        if joined and text[start].islower() and not _LETTERED_ITEM.match(text, start):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _balance_quotes(text: str, spans: list[Span]) -> list[Span]:
    """Join sentences inside one quotation, so no sentence opens a quote it does not close.

    A quotation left open at the paragraph's end is the news convention for one that goes on in
    the next paragraph; the paragraph's part stays one unit. A mark still open after
    ``_QUOTE_MAX_SENTENCES`` sentences is taken for a stray one, and joining stops there. A
    paragraph that opens with a dash is dialogue ("—Vamos. Lo sé —dijo él."): its dashes open
    and close the speech as quotation marks would.
    """
    dialogue = bool(spans) and text[spans[0][0]] in _DASHES
    if not spans or not (_ANY_DIALOGUE_MARK if dialogue else _QUOTE_MARKS).search(
        text, spans[0][0], spans[-1][1]
    ):
        return spans  # most paragraphs quote nobody: nothing to join
    joined: list[Span] = []
    state = _QuoteState(dialogue=dialogue)
    inside = 0
    for start, end in spans:
        if state.depth and joined and inside < _QUOTE_MAX_SENTENCES:
            joined[-1] = (joined[-1][0], end)
            inside += 1
        else:
            joined.append((start, end))
            state, inside = _QuoteState(dialogue=dialogue), 1
        state.feed(text, start, end)
    return joined


_QUOTE_MAX_SENTENCES = 8
# What each opening mark expects: “English”, «French», „German“ (Polish „…”), German »…«.
_OPENERS = {"“": "”", "«": "»", "„": "“”", "»": "«"}
_DASHES = "—–―"
_QUOTE_MARKS = re.compile(r'["“”«»„]')
# In dialogue, also a dash not inside a word or number: "Baden–Württemberg", "2–3" stay out.
_DIALOGUE_MARKS = re.compile(rf'["“”«»„]|(?<![^\W_])[{_DASHES}]|[{_DASHES}](?![^\W_])')
_ANY_DIALOGUE_MARK = re.compile(rf'["“”«»„{_DASHES}]')  # without the context _DIALOGUE_MARKS needs


class _QuoteState:
    """Double quotation marks open so far, fed one sentence at a time (linear overall)."""

    __slots__ = ("expected", "marks", "straight")

    def __init__(self, *, dialogue: bool = False) -> None:
        self.expected: list[str] = []
        self.straight = False  # '"' and, in dialogue, a dash: the same mark opens and closes
        self.marks = _DIALOGUE_MARKS if dialogue else _QUOTE_MARKS

    @property
    def depth(self) -> int:
        return len(self.expected) + int(self.straight)

    def feed(self, text: str, start: int = 0, end: int | None = None) -> None:
        for match in self.marks.finditer(text, start, len(text) if end is None else end):
            char = match[0]
            if char == '"' or char in _DASHES:
                self.straight = not self.straight
            elif self.expected and char in self.expected[-1]:
                self.expected.pop()
            elif char in _OPENERS and _opens(text, match.start()):
                self.expected.append(_OPENERS[char])
            # A closing mark with no opener: the quotation began in an earlier unit.


def _opens(text: str, at: int) -> bool:
    """Whether the mark at ``at`` stands where a quotation opens, not where one closes.

    “ closes a German „quote“ and » a French « quote », each opened in an earlier unit; an
    opening mark follows a space or a bracket, and German »quotes« hug their first word.
    """
    after = text[at + 1 : at + 2]
    if text[at] == "»" and not after.isalnum():
        return False
    return at == 0 or text[at - 1].isspace() or text[at - 1] in "([{—–-/'"


def quote_depth(sentence: str) -> int:
    """Double quotation marks left open at the end of ``sentence`` (0 when balanced)."""
    state = _QuoteState()
    state.feed(sentence)
    return state.depth
