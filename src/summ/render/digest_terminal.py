"""The rich layout of a digest: the same parts as the plain text, styled as a single summary is.

Like :mod:`summ.render.terminal`, article text goes into ``rich.text.Text``, never into markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from summ.render.common import clean, segments
from summ.render.digest import (
    heading,
    key_figures,
    key_quotes,
    marker,
    meta,
    quote_excerpt,
    source_line,
)
from summ.render.terminal import STYLES

if TYPE_CHECKING:
    from summ.combine import Digest


def terminal_text(digest: Digest, color: bool | None) -> str:
    """The digest drawn for this terminal (its width and colours), as text with its escapes.

    The Console is set up as the CLI's is (--color forces colour, NO_COLOR is respected).
    """
    console = Console(
        force_terminal=color,
        color_system="standard" if color else "auto",
        no_color=color is False or None,
        highlight=False,
        emoji=False,
    )
    with console.capture() as captured:
        print_digest(digest, console)
    return captured.get()


def print_digest(digest: Digest, console: Console) -> None:
    """Heading, meta line, sentences as bullets with their sources, figures, quotes, Sources."""
    console.print(Rule(Text(heading(digest), style="bold"), align="left"))
    console.print(Text(meta(digest), style="dim"))
    console.print()
    for item in digest.sentences:
        summary = digest.source(item.mentions[0].source).summary
        line = Text()  # Text("• ", style="dim") would dim the whole line, not the bullet
        line.append("• ", style="dim")
        for segment in segments(summary, item.sentence):
            line.append(segment.text, style=STYLES.get(segment.style or "", ""))
        line.rstrip()
        line.append(f" {marker(item.sources)}", style="bold magenta")
        console.print(Padding(line, (0, 0, 0, 1)))
    _figures(digest, console)
    _quotes(digest, console)
    console.print()
    console.print(Text("Sources", style="bold"))
    for source in digest.sources:
        console.print(Padding(Text(f"{source.number}. {source_line(source)}"), (0, 0, 0, 1)))


def _figures(digest: Digest, console: Console) -> None:
    figures = key_figures(digest)
    if not figures:
        return
    table = Table(title="Key figures", title_justify="left", show_header=False, box=None)
    table.add_column(style=STYLES["figure"], no_wrap=True)
    table.add_column(style="dim")
    table.add_column(style="magenta", no_wrap=True)
    for figure, context in figures:
        table.add_row(Text(clean(figure.text)), Text(context), Text(marker(figure.sources)))
    console.print()
    console.print(table)


def _quotes(digest: Digest, console: Console) -> None:
    quotes = key_quotes(digest)
    if not quotes:
        return
    table = Table(title="Quotes", title_justify="left", show_header=False, box=None)
    table.add_column(style=STYLES["quote"], ratio=4)
    table.add_column(style="bold", ratio=1)
    table.add_column(style="magenta", no_wrap=True)
    for quote in quotes:
        table.add_row(
            Text(f"“{quote_excerpt(quote)}”"),
            Text(clean(quote.speaker or "—")),
            Text(marker(quote.sources)),
        )
    console.print()
    console.print(table)
