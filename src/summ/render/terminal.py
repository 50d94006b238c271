"""The rich layout for a terminal. The only renderer that touches a Console.

Article text goes into ``rich.text.Text`` objects, never through console markup, so "[bold]" in
an article is printed as it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.padding import Padding
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from summ.models import Failure
from summ.render.common import (
    byline,
    clean,
    excerpt,
    key_figures,
    key_quotes,
    meta,
    segments,
    title,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console

    from summ.models import Result, Summary

STYLES = {
    "figure": "bold cyan",
    "quote": "italic green",
    "figure+quote": "bold italic cyan",
}


def print_results(results: Sequence[Result], console: Console) -> None:
    """Print every summary, one section each (failures are reported on stderr)."""
    summaries = [r for r in results if not isinstance(r, Failure)]
    for number, summary in enumerate(summaries):
        if number:
            console.print()
        print_summary(summary, console)


def print_summary(summary: Summary, console: Console) -> None:
    """Title, meta line, the summary as bullets, a legend, key figures and quotes."""
    console.print(Rule(Text(title(summary), style="bold"), align="left"))
    credit = _byline(summary, console.width)
    if credit:
        console.print(credit)
    console.print(Text(meta(summary), style="dim"))
    console.print()
    for pick in summary.picks:
        line = Text("• ", style="dim")
        for segment in segments(summary, pick.sentence):
            line.append(segment.text, style=STYLES.get(segment.style or "", ""))
        line.rstrip()
        console.print(Padding(line, (0, 0, 0, 1)))
    if summary.figures or summary.quotes:
        console.print()
        console.print(_legend())
    _print_figures(summary, console)
    _print_quotes(summary, console)


def _byline(summary: Summary, width: int) -> Text | None:
    """Author, date and the page's address as a link, quiet like the meta line.

    A long address gets a line of its own rather than being broken across two.
    """
    credit = byline(summary)
    if not credit.parts and not credit.url:
        return None
    line = Text(" · ".join(credit.parts), style="dim")
    if credit.url:
        joint = " · " if len(line) + 3 + len(credit.url) <= width else "\n"
        line.append(joint if credit.parts else "")
        line.append(credit.url, style=Style(dim=True, underline=True, link=credit.url))
    return line


def _legend() -> Text:
    legend = Text("  ")
    legend.append("figure", style=STYLES["figure"])
    legend.append("  ")
    legend.append("“quote”", style=STYLES["quote"])
    return legend


def _print_figures(summary: Summary, console: Console) -> None:
    figures = key_figures(summary)
    if not figures:
        return
    table = Table(title="Key figures", title_justify="left", show_header=False, box=None)
    table.add_column(style=STYLES["figure"], no_wrap=True)
    table.add_column(style="dim")
    for figure, context in figures:
        table.add_row(Text(clean(figure.text)), Text(context))
    console.print()
    console.print(table)


def _print_quotes(summary: Summary, console: Console) -> None:
    quotes = key_quotes(summary)
    if not quotes:
        return
    table = Table(title="Quotes", title_justify="left", show_header=False, box=None)
    table.add_column(style=STYLES["quote"], ratio=4)
    table.add_column(style="bold", ratio=1)
    for quote in quotes:
        table.add_row(Text(f"“{excerpt(quote)}”"), Text(clean(quote.speaker or "—")))
    console.print()
    console.print(table)
