"""The rich layout for a terminal. The only renderer that touches a Console.

Article text goes into ``rich.text.Text`` objects, never through console markup, so "[bold]" in
an article is printed as it stands. The layout follows what makes a page readable: body text at
the terminal's normal intensity (dim is for the meta line and the figures' context only), wrapped
lines hanging under the text rather than under the bullet, and a reading measure of about 100
columns however wide the terminal is (``--width`` overrides it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text

from summ.models import Failure
from summ.render.common import (
    byline,
    clean,
    excerpt,
    meta,
    segments,
    title,
)
from summ.render.explain import parts, shown, speaker_lines, status
from summ.render.lists import key_figures, key_quotes

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console

    from summ.models import Result, Summary

STYLES = {
    "figure": "bold cyan",
    "quote": "italic green",
    "figure+quote": "bold italic cyan",
}
MEASURE = 100
"""Columns of text at most: lines much longer than ~100 characters are hard to follow back."""
_NO_BREAK = "\u00a0"  # joins the words of one meta item, so a line breaks only between items


def print_results(results: Sequence[Result], console: Console) -> None:
    """Print every summary, one section each (failures are reported on stderr).

    ``Options.width`` sets the measure in columns (default: the terminal's, at most
    :data:`MEASURE`); a narrower terminal always wins, so nothing wraps twice.
    """
    summaries = [r for r in results if not isinstance(r, Failure)]
    for number, summary in enumerate(summaries):
        if number:
            console.print()
        measure = max(1, min(console.width, summary.options.width or MEASURE))
        for block in summary_blocks(summary, measure):
            console.print(block, width=measure)


def summary_blocks(summary: Summary, measure: int) -> list[Text | Table | Padding]:
    """The renderables of one summary, top to bottom."""
    blocks: list[Text | Table | Padding] = [Text(title(summary), style="bold")]
    credit = _byline(summary, measure)
    if credit:
        blocks.append(credit)
    blocks += [_meta(summary), Text("─" * min(measure, 40), style="dim"), _picks(summary)]
    if summary.figures or summary.quotes:
        blocks += [Text(), _legend()]
    blocks += _figures(summary) + _quotes(summary) + _explain(summary)
    return blocks


def _meta(summary: Summary) -> Text:
    items = meta(summary).split(" · ")
    return Text(" · ".join(item.replace(" ", _NO_BREAK) for item in items), style="dim")


def _hanging(marker: str, marker_style: str = "dim") -> Table:
    """A two-column grid: a marker, then text whose wrapped lines hang under the text."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, style=marker_style, width=len(marker))
    grid.add_column()
    return grid


def _picks(summary: Summary) -> Padding:
    grid = _hanging("•")
    for pick in summary.picks:
        line = Text()
        for segment in segments(summary, pick.sentence):
            line.append(segment.text, style=STYLES.get(segment.style or "", ""))
        line.rstrip()
        grid.add_row("•", line)
    return Padding(grid, (1, 0, 0, 1), expand=False)


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


def _heading(text: str) -> Text:
    return Text(text, style="bold")


def _figures(summary: Summary) -> list[Text | Table | Padding]:
    figures = key_figures(summary)
    if not figures:
        return []
    grid = Table.grid(padding=(0, 2, 0, 0))
    grid.add_column(style=STYLES["figure"], no_wrap=True, max_width=24)
    grid.add_column(style="dim")
    for figure, context in figures:
        grid.add_row(Text(clean(figure.text)), Text(context))
    return [Text(), _heading("Key figures"), Padding(grid, (0, 0, 0, 2), expand=False)]


def _quotes(summary: Summary) -> list[Text | Table | Padding]:
    quotes = key_quotes(summary)
    if not quotes:
        return []
    blocks: list[Text | Table | Padding] = [Text(), _heading("Quotes")]
    for quote in quotes:
        line = Text(f"“{excerpt(quote)}”", style=STYLES["quote"])
        # The speaker right after the words, so the eye never travels to find who said them.
        line.append(" — ")
        speaker = clean(quote.speaker) if quote.speaker else "unattributed"
        line.append(speaker, style="bold" if quote.speaker else "dim")
        blocks.append(Padding(line, (0, 0, 0, 2), expand=False))
    return blocks


def _explain(summary: Summary) -> list[Text | Table | Padding]:
    """--explain: each shown sentence's score, fate and parts; each speaker's cue."""
    if not summary.trace:
        return []
    blocks: list[Text | Table | Padding] = [Text(), _heading("Why these sentences")]
    for trace in shown(summary):
        line = Text(f"#{trace.index + 1}  ", style="bold")
        line.append(f"{trace.score:.2f}  ")
        line.append(status(trace), style="green" if trace.rank is not None else "yellow")
        sentence = clean(summary.document.sentences[trace.index].text)
        line.append(f"\n{sentence[:90]}{'…' if len(sentence) > 90 else ''}")
        if parts(trace):
            line.append(f"\n{parts(trace)}", style="dim")
        blocks.append(Padding(line, (0, 0, 0, 2), expand=False))
    speakers = speaker_lines(summary)
    if speakers:
        blocks += [Text(), _heading("How each speaker was found")]
        blocks += [Padding(Text(line), (0, 0, 0, 2), expand=False) for line in speakers]
    return blocks
