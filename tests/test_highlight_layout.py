"""The highlight finders read the splitter's paragraphs, title and headings: one account.

``summ.layout`` says where paragraphs are, which are the title and headings and which line
breaks are wraps; ``text.build`` makes the Document from it and ``find_quotes`` pairs marks and
finds speakers within it, so a text wrapped at a width, or written with CRLF or lone CRs, gives
the quotes it gives unwrapped.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import pytest

from summ import lang, text
from summ.highlight import find_quotes
from summ.layout import layout

if TYPE_CHECKING:
    from summ.models import Quote

TITLE = "Tidewater bridge opens"
LEDE = (
    "The new Tidewater bridge opened to traffic on Monday morning, two years after work began "
    "on the crossing over the estuary."
)
QUOTED = (
    '"We have waited a very long time for this day, and the whole town turned out to see it '
    'open," said the mayor, Jo Bell, who cut the ribbon at the north end of the new crossing.'
)
LAST = (
    "The bridge cost the council more than it had planned, and some residents still question "
    "the route it takes across the estuary."
)
SAID = ("We have waited a very long time for this day, and the whole town turned out to see it "
        "open,")  # fmt: skip


def _wrapped(width: int, newline: str = "\n") -> str:
    paragraphs = [TITLE, *(textwrap.fill(p, width) for p in (LEDE, QUOTED, LAST))]
    return (newline * 2).join(paragraphs).replace("\n", newline)


def _said(found: tuple[Quote, ...]) -> list[tuple[str, str | None]]:
    return [(" ".join(q.text.split()), q.speaker) for q in found]


@pytest.mark.parametrize("width", [40, 47, 52, 58, 72, 80])
def test_a_quotation_wrapped_over_lines_is_one_quote_with_its_speaker(width: int) -> None:
    # at 40 to 58 columns a line end cuts the attribution ("said the mayor, Jo | Bell")
    assert _said(find_quotes(_wrapped(width))) == [(SAID, "Jo Bell")]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_files_give_the_quotes_of_the_lf_file(newline: str) -> None:
    article = _wrapped(58, newline)
    found = find_quotes(article)
    assert _said(found) == _said(find_quotes(_wrapped(58))) == [(SAID, "Jo Bell")]
    assert all(article[q.start : q.end] == q.text for q in found)  # offsets into the file


def test_the_first_line_of_a_wrapped_lede_is_read_for_names() -> None:
    # a first line without final punctuation is no headline when its paragraph goes on
    lede = textwrap.fill(
        "Mayor Jo Bell opened the new Tidewater bridge on Monday morning and told the crowd "
        "that the town had waited for it since the old ferry stopped running.",
        60,
    )
    article = f'{lede}\n\n"It has been a very long wait for all of us here," she said.'
    assert layout(article).title is None
    assert [q.speaker for q in find_quotes(article)] == ["Jo Bell"]


def test_a_title_is_never_a_speaker() -> None:
    article = (
        "Minister Jo Bell\n\n"
        "The harbour plan was approved on Monday after a long debate.\n\n"
        '"We will start work on the new quay this spring," she said.'
    )
    assert layout(article).title == (0, len("Minister Jo Bell"))
    assert [q.speaker for q in find_quotes(article)] == [None]


def test_a_subhead_is_never_read_for_a_speaker() -> None:
    article = (
        "Harbour plan approved\n\n"
        "The council approved the harbour plan on Monday.\n\n"
        "Jo Bell responds\n\n"
        '"We will start work on the new quay this spring," she said.'
    )
    found = layout(article)
    assert [article[s:e] for s, e in found.heading_spans] == [
        "Harbour plan approved", "Jo Bell responds",
    ]  # fmt: skip
    assert [q.speaker for q in find_quotes(article)] == [None]


def test_every_quote_lies_inside_one_of_the_documents_paragraphs() -> None:
    # what the finders pair marks within is what the Document calls a paragraph: a quote never
    # runs across two of them, nor starts in the title or a heading
    for width in (40, 58, 80):
        article = _wrapped(width) + '\n\nSubhead here\n\n"Another line of it," she added.'
        document = text.build(article, lang.load("english"))
        body = {s.paragraph for s in document.sentences}
        found = find_quotes(article)
        assert len(found) == 2
        for quote in found:
            spans = enumerate(document.paragraphs)
            inside = [i for i, (s, e) in spans if s <= quote.start < quote.end <= e]
            assert len(inside) == 1, (width, quote.text)
            assert inside[0] in body, (width, quote.text)
        assert document.title == TITLE


def test_wraps_are_the_breaks_of_lines_filled_to_a_width() -> None:
    article = _wrapped(58)
    found = layout(article)
    assert found.wraps  # each wrapped paragraph's breaks, not those between paragraphs
    assert all(article[s:e] == "\n" for s, e in found.wraps)
    assert all(any(ps < s and e < pe for ps, pe in found.paragraphs) for s, e in found.wraps)
    # lines of a paragraph each, of unlike widths, are not wrapped at a width
    lines = f"{LEDE}\nJo Bell, the mayor\n{LAST}\nA short line of its own\n{QUOTED}"
    assert layout(lines).wraps == ()


def test_a_text_of_headings_alone_is_its_own_body() -> None:
    article = '"We will win this," said Jo Bell'  # one line without a final period
    assert layout(article).headings == frozenset()
    assert [q.speaker for q in find_quotes(article)] == ["Jo Bell"]


def test_an_unclosed_quotation_ends_with_its_line_when_each_line_is_a_paragraph() -> None:
    article = (
        "Homes plan\n\n"
        '"We will build more homes this year than in any year before, said Jo Li.\n'
        "The council met on Monday evening to vote on the plan.\n"
        "It passed by ten votes to four after a long debate."
    )
    assert [q.text for q in find_quotes(article)] == [
        "We will build more homes this year than in any year before, said Jo Li."
    ]
