"""The rich layout of a digest: the parts of the plain text, laid out as a single summary is.

Built from :mod:`summ.render.terminal`'s pieces, so both modes read alike: body text at normal
intensity, wrapped lines hanging under the text, a reading measure of ``--width`` or 100
columns at most, the speaker right after the quote. Each sentence, figure and quote ends with
its source marker ("[1, 2]"), which never wraps away from the words before it. Like the single
summary's layout, article text goes into ``rich.text.Text``, never into markup.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.padding import Padding
from rich.text import Text

from summ.render.common import clean
from summ.render.digest import (
    heading,
    key_figures,
    key_quotes,
    marker,
    meta,
    quote_excerpt,
    source_parts,
)
from summ.render.terminal import (
    credit_line,
    figure_list,
    hanging,
    legend,
    measure_of,
    meta_line,
    quote_line,
    quote_list,
    rule,
    styled,
)
from summ.render.terminal import heading as section

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from rich.console import Console

    from summ.combine import Digest, DigestSource
    from summ.render.terminal import Block

MARKER = "bold magenta"
_WORD = re.compile(r"\S+\s*")
_BULLET = "•"


def terminal_text(digest: Digest, console: Console) -> str:
    """The digest drawn for ``console`` (its width and colours), as text with its escapes."""
    with console.capture() as captured:
        print_digest(digest, console)
    return captured.get()


def print_digest(digest: Digest, console: Console) -> None:
    """Heading, meta line, sentences with their sources, figures, quotes, the Sources list."""
    measure = measure_of(console, digest.options.width)
    for block in digest_blocks(digest, measure):
        console.print(block, width=measure)


def digest_blocks(digest: Digest, measure: int) -> list[Block]:
    """The renderables of a digest, top to bottom."""
    blocks: list[Block] = [
        Text(heading(digest), style="bold"),
        meta_line(meta(digest).split(" · "), measure),
        rule(measure),
        _sentences(digest, measure),
    ]
    if digest.figures or digest.quotes:
        blocks += [Text(), legend()]
    blocks += _figures(digest) + _quotes(digest, measure)
    return [*blocks, Text(), section("Sources"), _sources(digest.sources, measure)]


def _sentences(digest: Digest, measure: int) -> Padding:
    grid = hanging(_BULLET)
    width = measure - 1 - len(_BULLET) - 1  # the indent, the bullet and the space after it
    for item in digest.sentences:
        summary = digest.source(item.mentions[0].source).summary
        grid.add_row(_BULLET, with_marker(styled(summary, item.sentence), item.sources, width))
    return Padding(grid, (1, 0, 0, 1), expand=False)


def with_marker(text: Text, sources: Sequence[int], width: int) -> Text:
    """``text`` and its source marker, wrapped to ``width`` with the marker kept on its words."""
    start = len(text)
    text.append(" ")
    text.append(marker(sources), style=MARKER)
    return wrap(text, width, range(start, len(text)))


def wrap(text: Text, width: int, glue: Collection[int] = ()) -> Text:
    """``text`` broken into lines of at most ``width`` columns at spaces, never at ``glue``.

    ``glue`` holds offsets of spaces that must not break. rich breaks at any space, a no-break
    space too, so the lines are broken here; a word longer than ``width`` is folded by rich.
    """
    plain = "".join("x" if i in glue else c for i, c in enumerate(text.plain))
    breaks, used = [], 0
    for word in _WORD.finditer(plain):
        if used and used + cell_len(word[0].rstrip()) > width:
            breaks.append(word.start())
            used = 0
        used += cell_len(word[0])
    lines = text.divide(breaks)
    for line in lines:
        line.rstrip()
    return Text("\n").join(lines)


def _figures(digest: Digest) -> list[Block]:
    rows = [
        (clean(f.text), Text(context), Text(marker(f.sources), style=MARKER))
        for f, context in key_figures(digest)
    ]
    return figure_list(rows)


def _quotes(digest: Digest, measure: int) -> list[Block]:
    width = measure - 2  # quote_list indents by two
    return quote_list(
        [
            with_marker(quote_line(quote_excerpt(q), q.speaker), q.sources, width)
            for q in key_quotes(digest)
        ]
    )


def _sources(sources: Sequence[DigestSource], measure: int) -> Padding:
    """Each source on lines of its own: number, title, then outlet, date and address, quiet."""
    numbers = [f"{s.number}." for s in sources]
    longest = max(numbers, key=len)
    grid = hanging(longest, MARKER)
    grid.columns[1].overflow = "fold"  # an address longer than the line is folded, not cut
    width = measure - 1 - len(longest) - 1
    for number, source in zip(numbers, sources, strict=True):
        title, parts, url = source_parts(source)
        entry = Text(title + "\n" if title else "")
        entry.append_text(credit_line(parts, url, width))
        grid.add_row(number, entry)
    return Padding(grid, (0, 0, 0, 1), expand=False)
