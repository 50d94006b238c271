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


# A heading, a dateline or a byline on a line of its own ends where its line does (issue 12).
LINE_UNITS = [
    # a caption or subhead above the next sentence, inside a paragraph block
    (("Election results\n\nThe vote was long and close, and the count went on all night.\n"
     "Ann Smith of the Party\nIn the west, Ann Smith won the seat with 4,000 votes."),
     "Election results",
     ["The vote was long and close, and the count went on all night.",
      "In the west, Ann Smith won the seat with 4,000 votes."]),
    # a date under the title
    (("Storm closes schools\nMonday, May 4, 2026\n"
     "On Sunday, the storm closed every school in the county and cut power to homes."),
     "Storm closes schools",
     ["On Sunday, the storm closed every school in the county and cut power to homes."]),
    # a place dateline with its dash
    (("Storm closes schools\n\nSpringfield, Ohio -\n"
     "This week the city opened its doors to the families the storm left without power."),
     "Storm closes schools",
     ["This week the city opened its doors to the families the storm left without power."]),
    # a byline
    (("Storm closes schools\n\nBy Jane Doe\n"
     "The storm closed every school in the county on Sunday and cut power to homes."),
     "Storm closes schools",
     ["The storm closed every school in the county on Sunday and cut power to homes."]),
]


@pytest.mark.parametrize(("article", "title", "expected"), LINE_UNITS)
def test_a_short_line_of_its_own_ends_there(article: str, title: str, expected: list[str]) -> None:
    document = text.build(article, ENGLISH)
    assert (document.title, [s.text for s in document.sentences]) == (title, expected)


@pytest.mark.parametrize(("article", "title", "expected"), LINE_UNITS)
def test_one_line_break_reads_as_a_blank_line_there(
    article: str, title: str, expected: list[str]
) -> None:
    paragraphed = text.build(article.replace("\n\n", "\n").replace("\n", "\n\n"), ENGLISH)
    assert (paragraphed.title, [s.text for s in paragraphed.sentences]) == (title, expected)


def test_a_title_as_wide_as_the_wrapped_lines_above_a_date() -> None:
    article = (
        "Council votes to close three schools across the county after storm\n"
        "Monday, May 4, 2026\n"
        "The council voted on Sunday to close three schools that the storm\n"
        "had left without power, and to move their pupils to other buildings."
    )
    document = text.build(article, ENGLISH)
    assert document.title == "Council votes to close three schools across the county after storm"
    assert [s.text for s in document.sentences] == [article[article.index("The council") :]]


def test_a_wrapped_paragraph_without_its_period_ends_on_its_short_line() -> None:
    article = (
        "Title\n\nThe council voted on Sunday to close three schools that the storm had\n"
        "left without power\nThe pupils will move to other buildings in the town next week."
    )
    assert sentences(article) == [
        ("The council voted on Sunday to close three schools that the storm had\n"
        "left without power"),
        "The pupils will move to other buildings in the town next week.",
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a wrapped line fills the width: the capital after it goes on with the sentence
        ("The agreement was signed in the capital on Monday by the ministers of\n"
        "France and Germany after talks that lasted late into the night."),
        # a comma goes on
        "When the vote was counted,\nMs Smith had won by a wide margin over her rival.",
        # so does a line after which the sentence goes on in lower case
        "The storm hit the county\nearly on Sunday and closed every school for the week.",
        # and without a line break nothing changes
        "Ann Smith of the Party In the west, Ann Smith won the seat with 4,000 votes.",
    ],
)
def test_a_line_break_inside_a_sentence_stays_inside(body: str) -> None:
    assert sentences(f"Title\n\n{body}") == [body]


def test_a_wrapped_paragraph_that_opens_a_quotation_ends_at_its_colon() -> None:
    # Pasted text wrapped at 60 columns, one line break between paragraphs: the colon's line
    # ends short of the width where '"We' would have fitted, so the quotation is a paragraph.
    article = (
        "Title\n\nThe mayor spoke to reporters outside the council building on\n"
        "Sunday and said:\n"
        '"We will rebuild every school the storm took from this town."'
    )
    assert sentences(article) == [
        "The mayor spoke to reporters outside the council building on\nSunday and said:",
        '"We will rebuild every school the storm took from this town."',
    ]


@pytest.mark.parametrize("mark", [":", ","])
def test_a_quotation_wrapped_onto_the_next_line_stays_in_its_sentence(mark: str) -> None:
    # The colon's line is nearly full: '"Every' did not fit on it, so the break is the wrapping's.
    body = (
        "The mayor spoke to reporters outside the council building on Sunday\n"
        f"afternoon, after the vote that closed three schools, and said{mark}\n"
        '"Every school the storm took from this town will be rebuilt by the\n'
        'spring."'
    )
    assert sentences(f"Title\n\n{body}") == [body]


def test_a_story_wrapped_without_its_headline_keeps_its_first_line() -> None:
    # The first line fills the width and "by" did not fit on it: a wrap, no title; nor is a
    # line above one that opens in lower case, wrapped or not.
    wrapped = (
        "Pacific First Financial Corp. said shareholders approved its acquisition\n"
        "by Royal Trustco Ltd. of Toronto for $27 a share, or $212 million.\n"
        "The thrift holding company said it expects to obtain regulatory approval\n"
        "and complete the transaction by year-end, and to keep all of its staff."
    )
    document = text.build(wrapped, ENGLISH)
    assert document.title is None
    assert document.sentences[0].text.startswith("Pacific First Financial Corp. said")
    short = ("Lord Chilver, 63-year-old chairman of English China Clays PLC, was named\n"
             "a nonexecutive director of this British chemical company.")
    assert text.build(short, ENGLISH).title is None
    titled = "Storm closes three schools\nThe council voted on Sunday to close them."
    assert text.build(titled, ENGLISH).title == "Storm closes three schools"


def test_a_wrapped_paragraph_ends_on_its_short_line_after_an_abbreviation() -> None:
    # One line break between paragraphs wrapped at 72 columns: a short line that ends like a
    # sentence ends its paragraph, even where Punkt reads "S.A." as going on.
    article = (
        "Title\n\nThe tire maker said its British unit would close two of its plants in\n"
        "the spring. Michelin Tyre is a unit of France's Michelin S.A.\n"
        "Michelin officials could not be reached for comment on the closures late\n"
        "on Tuesday, and the union said it had not been told of the plan.\n"
        "The plants employ about 1,300 people in the Midlands, the company said."
    )
    assert sentences(article)[1:3] == [
        "Michelin Tyre is a unit of France's Michelin S.A.",
        ("Michelin officials could not be reached for comment on the closures late\n"
         "on Tuesday, and the union said it had not been told of the plan."),
    ]
    document = text.build(article, ENGLISH)
    assert len(document.paragraphs) == 4  # the title and three paragraphs, each a run of lines
