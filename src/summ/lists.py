"""Lists written in one paragraph: where their items start, as the golden rules read them.

"1.) one 2.) two", "a. one b. two", "• one • two": each item is a sentence of its own
(``boundaries.refined`` makes them so); a numbered list opens the paragraph or follows a colon
and counts up one by one, so "won round 1. Then he lost round 2." is no list.
"""

from __future__ import annotations

import re

# A list item's mark: "1.)", "1)", "1." or "a." after white space, then white space.
_BULLETS = "•⁃▪◦‣●"
_LIST_MARK = rf"(?<![^\s{_BULLETS}])(\d{{1,2}}|[a-z])(?:\.\)|\)|\.)(?=\s+\S)"
_COLON = r":\s+"
# What the second character of a list's first mark is: "1.", "1)", "a.", "a)"; or "10.".
_MARK_ENDS = frozenset(".)0123456789")
_SPACE_OR_BULLET = rf"\s*(?:([{_BULLETS}])\s*)?"
# What stands before an item of a list run into its sentence.
_RUN_IN = r"(?:[,;]|[,;]?\s(?:and|or))\s+$"
_RUN_IN_MAX = 8  # characters it is looked for in
MARK_MAX = 8  # characters of a mark alone with its spaces: "• 10.) "
_MARK_ONLY = rf"[{_BULLETS}]?\s*(?:\d{{1,2}}|[A-Za-z])(?:\.\)|\)|\.)|[{_BULLETS}]"
# A piece that ends on a list's first mark: "Steps: 1." | "Open the box." is one item.
_ENDS_ON_MARK = r"(?:^|\s)(?:1|a)(?:\.\)|\)|\.)$"


def mark_only(piece: str) -> bool:
    """Whether ``piece`` is a list mark alone ("1.", "• 2.)"), no sentence of its own."""
    return re.compile(_MARK_ONLY).fullmatch(piece) is not None


def ends_on_mark(piece: str) -> bool:
    """Whether ``piece`` ends on the first mark of a list ("Do this: 1."), cut from its item."""
    return re.compile(_ENDS_ON_MARK).search(piece) is not None


def list_items(text: str, *, colon: bool) -> list[int]:
    """Where the items of "1. a 2. b" and "a) x b) y" begin, and each bullet of "• x • y".

    A numbered list opens the paragraph (after a bullet, say) or follows a colon, and counts up
    one by one: "in round 2. The" after "won 1. Then" is no list; nor is one run into its
    sentence (see ``_counted``).
    """
    items: list[int] = []
    opening = 0
    if text[:1].isspace() or text[:1] in _BULLETS:  # paragraphs come trimmed: rarely
        opens = re.compile(_SPACE_OR_BULLET).match(text)
        assert opens is not None  # noqa: S101  (the pattern matches the empty string)
        opening = opens.end()
        if opens[1]:
            items += [m.start() + 1 for m in re.finditer(f" {opens[1]}", text)]
    openings = [opening]
    if colon:
        openings += [found.end() for found in re.compile(_COLON).finditer(text)]
    for at in openings:
        if text[at + 1 : at + 2] not in _MARK_ENDS:
            continue  # no "1." or "a)" can start here
        first = re.compile(_LIST_MARK).match(text, at)
        if first:
            items += _counted(text, first)
    return items


def _counted(text: str, first: re.Match[str]) -> list[int]:
    """Where the marks after ``first`` that go on counting from it stand.

    Nothing when an item follows a comma, a semicolon or "and"/"or": a list run into its
    sentence ("implemented: 1) less volatility, 2) a longer view, and 3) a level field").
    """
    value, found = first[1], []
    for match in re.compile(_LIST_MARK).finditer(text, first.end()):
        following = str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)
        if match[1] == following:
            if re.compile(_RUN_IN).search(text, max(match.start() - _RUN_IN_MAX, 0), match.start()):
                return []
            value = following
            found.append(match.start())
    return found
