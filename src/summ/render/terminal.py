"""The rich layout for a terminal. The only renderer that touches a Console.

Article text goes into ``rich.text.Text`` objects, never through console markup, so "[bold]" in
an article is printed as it stands. The layout follows what makes a page readable: body text at
the terminal's normal intensity (dim is for the meta line and the figures' context only), wrapped
lines hanging under the text rather than under the bullet, and a reading measure of about 100
columns however wide the terminal is (``--width`` overrides it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
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

    from summ.models import Result, Sentence, Summary

Block = Text | Table | Padding

STYLES = {
    "figure": "bold cyan",
    "quote": "italic green",
    "figure+quote": "bold italic cyan",
}
MEASURE = 100
"""Columns of text at most: lines much longer than ~100 characters are hard to follow back."""


def print_results(results: Sequence[Result], console: Console) -> None:
    """Print every summary, one section each (failures are reported on stderr).

    ``Options.width`` sets the measure in columns (default: the terminal's, at most
    :data:`MEASURE`); a narrower terminal always wins, so nothing wraps twice.
    """
    summaries = [r for r in results if not isinstance(r, Failure)]
    for number, summary in enumerate(summaries):
        if number:
            console.print()
        measure = measure_of(console, summary.options.width)
        for block in summary_blocks(summary, measure):
            console.print(block, width=measure)


def measure_of(console: Console, width: int | None) -> int:
    """Columns of text: ``width`` (``--width``) or :data:`MEASURE`, at most the terminal's."""
    return max(1, min(console.width, width or MEASURE))


def summary_blocks(summary: Summary, measure: int) -> list[Block]:
    """The renderables of one summary, top to bottom."""
    blocks: list[Block] = [Text(title(summary), style="bold")]
    credit = _byline(summary, measure)
    if credit:
        blocks.append(credit)
    blocks += [meta_line(meta(summary).split(" · "), measure), rule(measure), _picks(summary)]
    if summary.figures or summary.quotes:
        blocks += [Text(), legend()]
    blocks += _figures(summary) + _quotes(summary) + _explain(summary)
    return blocks


def meta_line(items: Sequence[str], width: int) -> Text:
    """Quiet "a · b · c" that breaks only between items, so no line ends inside a phrase."""
    lines = [""]
    for item in items:
        joined = f"{lines[-1]} · {item}" if lines[-1] else item
        if lines[-1] and cell_len(joined) > width:
            lines.append(item)
        else:
            lines[-1] = joined
    return Text("\n".join(lines), style="dim")


def rule(measure: int) -> Text:
    """The short line between the heading and the text (not a full-width Rule under a title)."""
    return Text("─" * min(measure, 40), style="dim")


def hanging(marker: str, marker_style: str = "dim") -> Table:
    """A two-column grid: a marker, then text whose wrapped lines hang under the text."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, style=marker_style, width=len(marker))
    grid.add_column()
    return grid


def _picks(summary: Summary) -> Padding:
    grid = hanging("•")
    for pick in summary.picks:
        grid.add_row("•", styled(summary, pick.sentence))
    return Padding(grid, (1, 0, 0, 1), expand=False)


def styled(summary: Summary, sentence: Sentence) -> Text:
    """The sentence with its figures and quoted words styled, at normal intensity otherwise."""
    line = Text()
    for segment in segments(summary, sentence):
        line.append(segment.text, style=STYLES.get(segment.style or "", ""))
    line.rstrip()
    return line


def _byline(summary: Summary, width: int) -> Text | None:
    """Author, date and the page's address as a link, quiet like the meta line."""
    credit = byline(summary)
    if not credit.parts and not credit.url:
        return None
    return credit_line(credit.parts, credit.url, width)


def credit_line(parts: Sequence[str], url: str | None, width: int) -> Text:
    """Quiet "a · b · address", the address a link.

    A long address gets a line of its own rather than being broken across two.
    """
    line = Text(" · ".join(parts), style="dim")
    if url:
        joint = " · " if len(line) + 3 + len(url) <= width else "\n"
        line.append(joint if parts else "")
        line.append(url, style=Style(dim=True, underline=True, link=url))
    return line


def legend() -> Text:
    """Which style is a figure and which a quote."""
    legend = Text("  ")
    legend.append("figure", style=STYLES["figure"])
    legend.append("  ")
    legend.append("“quote”", style=STYLES["quote"])
    return legend


def heading(text: str) -> Text:
    """A section's heading ("Key figures", "Quotes")."""
    return Text(text, style="bold")


def _figures(summary: Summary) -> list[Block]:
    return figure_list([(clean(f.text), Text(context)) for f, context in key_figures(summary)])


def figure_list(rows: Sequence[Sequence[str | Text]]) -> list[Block]:
    """The Key figures section: each figure, its context (dim), and any further columns."""
    if not rows:
        return []
    grid = Table.grid(padding=(0, 2, 0, 0))
    grid.add_column(style=STYLES["figure"], no_wrap=True, max_width=24)
    grid.add_column(style="dim")
    for _ in rows[0][2:]:
        grid.add_column(no_wrap=True)
    for row in rows:
        grid.add_row(*(Text(cell) if isinstance(cell, str) else cell for cell in row))
    return [Text(), heading("Key figures"), Padding(grid, (0, 0, 0, 2), expand=False)]


def _quotes(summary: Summary) -> list[Block]:
    return quote_list([quote_line(excerpt(q), q.speaker) for q in key_quotes(summary)])


def quote_line(words: str, speaker: str | None) -> Text:
    """A quote and its speaker right after it, so the eye never travels to find who said it."""
    line = Text(f"“{words}”", style=STYLES["quote"])
    line.append(" — ")
    line.append(clean(speaker) if speaker else "unattributed", style="bold" if speaker else "dim")
    return line


def quote_list(lines: Sequence[Text]) -> list[Block]:
    """The Quotes section, one quote a line."""
    if not lines:
        return []
    return [Text(), heading("Quotes"), *(Padding(q, (0, 0, 0, 2), expand=False) for q in lines)]


def _explain(summary: Summary) -> list[Block]:
    """--explain: each shown sentence's score, fate and parts; each speaker's cue."""
    if not summary.trace:
        return []
    blocks: list[Block] = [Text(), heading("Why these sentences")]
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
        blocks += [Text(), heading("How each speaker was found")]
        blocks += [Padding(Text(line), (0, 0, 0, 2), expand=False) for line in speakers]
    return blocks
