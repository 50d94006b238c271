"""Reading an article: sentences, title, headings, datelines, quotes and offsets."""

from __future__ import annotations

import pytest

from summ import EmptyDocumentError, lang, text
from summ.spans import quote_depth

ENGLISH = lang.load("english")


def sentences(article: str) -> list[str]:
    return [s.text for s in text.build(article, ENGLISH).sentences]


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. economy grew 2.5% in the third quarter.",
        "Mr. Smith met Dr. J. R. Jones at 6 p.m. on Monday.",
        "He paid $1.13bn for No. 5 on the list.",
        "Wait... the deal was signed at 3.15pm in St. Louis.",
        "The firm, e.g. Acme Corp., reported a loss.",
    ],
)
def test_abbreviations_initials_decimals_money_stay_whole(sentence: str) -> None:
    assert sentences(f"{sentence} It was a surprise.") == [sentence, "It was a surprise."]


def test_sentences_ending_inside_quotes() -> None:
    article = '"I am here." She left. "Is it true?" he asked. It was.'
    assert sentences(article) == ['"I am here."', "She left.", '"Is it true?" he asked.', "It was."]


def test_multi_sentence_quotation_is_one_unit() -> None:
    article = (
        '"I welcome you. We waited a long time. Thank you," Putin said. The talks began.'
    )
    assert sentences(article) == [
        '"I welcome you. We waited a long time. Thank you," Putin said.',
        "The talks began.",
    ]


@pytest.mark.parametrize(
    ("quoted", "depth"),
    [('"open', 1), ('"closed"', 0), ("“curly”", 0), ("“open", 1), ("«fr»", 0), ("„de“", 0),
     ("no quotes", 0), ("closing only”", 0), ("»de«", 0), ("„pl”", 0), ("»open", 1),
     ("— dialogue dashes are not quotes", 0)],
)
def test_quote_depth(quoted: str, depth: int) -> None:
    assert quote_depth(quoted) == depth


def test_quote_continued_into_next_paragraph_stays_in_its_paragraph() -> None:
    article = '"This goes on. And on.\n\n"Until here," he said. Next sentence.'
    assert sentences(article) == ['"This goes on. And on.', '"Until here," he said.',
                                  "Next sentence."]


def test_title_line_is_not_a_sentence() -> None:
    document = text.build("Dollar gains on Greenspan speech\n\nThe dollar rose. It fell.", ENGLISH)
    assert document.title == "Dollar gains on Greenspan speech"
    assert [s.text for s in document.sentences] == ["The dollar rose.", "It fell."]


def test_markdown_heading_is_the_title() -> None:
    document = text.build("# Big news today\n\nSomething happened. Then more.", ENGLISH)
    assert document.title == "Big news today"


def test_title_on_the_line_above_the_body() -> None:
    document = text.build("Storm hits coast\nThe storm hit the coast on Monday. Trees fell.\n",
                          ENGLISH)
    assert document.title == "Storm hits coast"
    assert document.sentences[0].text == "The storm hit the coast on Monday."


def test_repeated_title_and_subheads_are_skipped() -> None:
    article = (
        "Kim visits Russia\n\nKim Visits Russia\n\nKim arrived by train. He met Putin.\n\n"
        "TALKS GO ON\n\nThe talks lasted five hours."
    )
    assert sentences(article) == ["Kim arrived by train.", "He met Putin.",
                                  "The talks lasted five hours."]


def test_standfirst_without_final_period_is_kept() -> None:
    standfirst = (
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un have concluded "
        "their first summit in Vladivostok that lasted five hours"
    )
    article = f"Title here\n\n{standfirst}\n\nThe summit was held in April."
    assert sentences(article)[0] == standfirst


@pytest.mark.parametrize(
    "dateline",
    [
        "VLADIVOSTOK (Pakistan Point News / Sputnik - 25th April, 2019) ",
        "LONDON (Reuters) - ",
        "WASHINGTON — ",
        "(CNN) -- ",
        "NEW YORK, N.Y. (AP) — ",
    ],
)
def test_dateline_is_stripped_from_its_sentence(dateline: str) -> None:
    document = text.build(f"Title\n\n{dateline}The talks ended on Friday. Both sides left.",
                          ENGLISH)
    first = document.sentences[0]
    assert first.text == "The talks ended on Friday."
    assert document.text[first.start : first.end] == first.text


def test_offsets_survive_crlf_and_wrapped_lines() -> None:
    article = "Title\r\n\r\nThe first sentence runs\r\nover two lines. The second one\r\nalso."
    document = text.build(article, ENGLISH)
    assert len(document.sentences) == 2
    for sentence in document.sentences:
        assert article[sentence.start : sentence.end] == sentence.text
    assert document.sentences[0].text == "The first sentence runs\r\nover two lines."


def test_one_paragraph_per_line() -> None:
    article = "Headline\nFirst paragraph here.\nSecond paragraph here.\nThird one here."
    document = text.build(article, ENGLISH)
    assert document.title == "Headline"
    assert [s.paragraph for s in document.sentences] == [1, 2, 3]


def test_lone_carriage_returns_separate_paragraphs() -> None:
    document = text.build("Title\r\rOne sentence here.\r\rAnother paragraph.", ENGLISH)
    assert [s.text for s in document.sentences] == ["One sentence here.", "Another paragraph."]


@pytest.mark.parametrize("article", ["", "   \n\n  ", "# Heading only\n", ". . . !"])
def test_nothing_to_summarize(article: str) -> None:
    with pytest.raises(EmptyDocumentError):
        text.build(article, ENGLISH)


def test_word_counts_and_indices() -> None:
    document = text.build("Title\n\nOne two three. Four five.", ENGLISH)
    assert [(s.index, s.words) for s in document.sentences] == [(0, 3), (1, 2)]
    assert document.words == 5


def test_a_stray_quote_mark_does_not_swallow_the_paragraph() -> None:
    article = '"' + " ".join(f"Sentence number {n} is here." for n in range(30))
    units = sentences(article)
    assert len(units) == 30 - 7  # the first unit holds 8 sentences, the most a quote may span
    assert units[1] == "Sentence number 8 is here."
