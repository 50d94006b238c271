"""Renderers on hand-built summaries: styles, escaping, safety, and the JSON contract."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from rich.console import Console

from summ import Document, Figure, Options, OutputFormat, Pick, Quote, Sentence, Summary
from summ.models import Failure, Meta, Rendered
from summ.render import piece, render
from summ.render.common import (
    Byline,
    byline,
    clean,
    context,
    excerpt,
    safe_url,
    segments,
)
from summ.render.data import as_dict
from summ.render.lists import key_figures, key_quotes
from summ.render.terminal import print_results

TEXT = 'Budget [bold red]day[/]\n\nSpending rose by $5bn in 2024. "We did it right," said Ann Lee.'


def summary(text: str = TEXT) -> Summary:
    first = text.index("\n\n") + 2
    second = text.index('"We')
    sentences = (
        Sentence(0, 1, first, second - 1, text[first : second - 1], 5),
        Sentence(1, 1, second, len(text), text[second:], 7),
    )
    document = Document(text, sentences, title=text[: text.index("\n")], source="a.txt")
    money = text.index("$5bn")
    year = text.index("2024")
    quote = text.index("We did")
    return Summary(
        document,
        (Pick(sentences[0], 0.9, 1), Pick(sentences[1], 0.5, 2)),
        Options(),
        (Figure(money, money + 4, "$5bn", "money"), Figure(year, year + 4, "2024", "year")),
        (Quote(quote, quote + 16, text[quote : quote + 16], "Ann Lee"),),
    )


def test_segments_mark_figures_and_quotes() -> None:
    s = summary()
    runs = segments(s, s.picks[0].sentence)
    assert [(r.text, r.style) for r in runs] == [
        ("Spending rose by ", None), ("$5bn", "figure"), (" in ", None), ("2024", "figure"),
        (".", None),
    ]
    quoted = segments(s, s.picks[1].sentence)
    assert ("We did it right,", "quote") in [(r.text, r.style) for r in quoted]


def test_plain() -> None:
    out = render([summary()], OutputFormat.PLAIN)
    assert out.startswith("Budget [bold red]day[/]\na.txt · 12 words · 2 of 2 sentences")
    assert "Spending rose by $5bn in 2024." in out
    assert "Key figures:\n  $5bn: Spending rose by $5bn in 2024." in out
    assert "“We did it right,” — Ann Lee" in out


def test_markdown_styles_and_escapes() -> None:
    out = render([summary()], OutputFormat.MARKDOWN)
    assert out.startswith("## Budget \\[bold red\\]day\\[/\\]\n")
    assert "- Spending rose by **$5bn** in **2024**." in out
    assert '"*We did it right,*"' in out
    assert "### Key figures" in out
    assert "### Quotes" in out
    assert "— Ann Lee" in out


def test_json_contract_and_failure_in_place() -> None:
    data = json.loads(render([summary(), Failure("b.txt", "no such file")], OutputFormat.JSON))
    first, second = data
    assert second == {"source": "b.txt", "error": "no such file"}
    assert first["summary"][0] == {
        "index": 0, "text": "Spending rose by $5bn in 2024.", "start": 25, "end": 55,
        "score": 0.9, "rank": 1,
    }
    assert first["figures"][0] == {"text": "$5bn", "start": 42, "end": 46, "kind": "money"}
    for item in first["summary"] + first["figures"] + first["quotes"]:
        assert TEXT[item["start"] : item["end"]] == item["text"]
    assert first["quotes"][0]["speaker"] == "Ann Lee"
    lines = render([summary(), summary()], OutputFormat.JSONL).splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0]) == first


def test_json_escapes_what_a_terminal_would_obey() -> None:
    text = TEXT.replace("Spending", "Spen\u202eding\x9b")
    out = render([summary(text)], OutputFormat.JSON)
    assert "\u202e" not in out
    assert "\x9b" not in out
    assert json.loads(out)["summary"][0]["text"].startswith("Spen\u202eding\x9b")


def test_terminal_prints_markup_literally_and_drops_control_sequences() -> None:
    text = TEXT.replace("Spending", "\x1b[2J\x07Spen\u202eding")
    stream = io.StringIO()
    print_results([summary(text)], Console(file=stream, width=60, color_system=None))
    out = stream.getvalue()
    assert "[bold red]day[/]" in out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\u202e" not in out
    assert "Key figures" in out
    assert "Quotes" in out


def test_terminal_wraps_in_a_narrow_terminal() -> None:
    stream = io.StringIO()
    print_results([summary()], Console(file=stream, width=30, color_system=None))
    assert max(len(line) for line in stream.getvalue().splitlines()) <= 30


def test_clean() -> None:
    assert clean("a\x1b]8;;http://x\x07b\n  c\u2066") == "ab c"  # the whole OSC 8 goes


def test_key_lists_rank_by_pick_and_skip_short_quotes() -> None:
    s = summary()
    assert [f.text for f, _ in key_figures(s)] == ["$5bn", "2024"]
    assert [q.speaker for q in key_quotes(s)] == ["Ann Lee"]
    assert context(s, 42, 46) == "Spending rose by $5bn in 2024."
    long = TEXT.replace("Spending rose", "By all the early counts we have spending rose")
    start = long.index("$5bn")
    assert context(summary(long), start, start + 4) == "… we have spending rose by $5bn in 2024."


def test_long_quotes_are_cut_in_the_list_only() -> None:
    words = " ".join(f"word{n}" for n in range(40))
    assert excerpt(Quote(0, 1, words + ",")) == " ".join(f"word{n}" for n in range(30)) + " …"
    assert excerpt(Quote(0, 1, "Short and whole,")) == "Short and whole,"


def page_summary(meta: Meta) -> Summary:
    s = summary()
    return replace(s, document=replace(s.document, meta=meta))


PAGE = Meta(url="https://news.example/a?id=1", author="Ann Lee", date="2024-05-01",
            extracted=True)


def test_byline_in_plain_markdown_and_terminal() -> None:
    s = page_summary(PAGE)
    plain = render([s], OutputFormat.PLAIN).splitlines()
    assert plain[1] == "By Ann Lee · 2024-05-01 · https://news.example/a?id=1"
    assert plain[2].startswith("a.txt · ")
    markdown = render([s], OutputFormat.MARKDOWN)
    assert "\n\nBy Ann Lee · 2024-05-01 · <https://news.example/a?id=1>\n\n*a.txt" in markdown
    stream = io.StringIO()
    print_results([s], Console(file=stream, width=60, color_system=None))
    assert stream.getvalue().splitlines()[1] == "By Ann Lee · 2024-05-01 · https://news.example/a?id=1"


def test_terminal_links_the_url_and_gives_a_long_one_its_own_line() -> None:
    url = "https://news.example/" + "long-path/" * 8
    stream = io.StringIO()
    console = Console(file=stream, width=60, force_terminal=True, color_system="standard")
    print_results([page_summary(replace(PAGE, url=url))], console)
    lines = stream.getvalue().splitlines()
    assert "\x1b]8;id=" in lines[2]
    assert url in lines[2]  # the OSC 8 target is the whole address
    assert "By Ann Lee · 2024-05-01" in lines[1]
    assert "long-path" not in lines[1]


def test_no_byline_for_plain_text_or_a_url_equal_to_the_source() -> None:
    assert byline(summary()) == Byline((), None)
    fetched = replace(PAGE, url="a.txt", author=None, date=None)
    assert render([page_summary(fetched)], OutputFormat.PLAIN) == render(
        [summary()], OutputFormat.PLAIN
    )


def test_byline_is_cleaned_and_escaped() -> None:
    s = page_summary(replace(PAGE, author="Ann_\x1b[2JLee *Jr*", url="https://x.example/a b<c>"))
    assert byline(s) == Byline(("By Ann_Lee *Jr*", "2024-05-01"), "https://x.example/a%20b%3Cc%3E")
    markdown = render([s], OutputFormat.MARKDOWN)
    assert "By Ann\\_Lee \\*Jr\\* · 2024-05-01 · <https://x.example/a%20b%3Cc%3E>" in markdown


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://news.example/a", "https://news.example/a"),
        ("HTTP://news.example/é?q=a|b", "HTTP://news.example/é?q=a%7Cb"),
        ("javascript:alert(1)", None),
        ("\x1b]8;;https://evil\x07https://ok.example/", "https://ok.example/"),
    ],
)
def test_safe_url(url: str, safe: str | None) -> None:
    assert safe_url(url) == safe


def test_json_page_fields_and_extracted_text() -> None:
    plain = json.loads(render([summary()], OutputFormat.JSON))
    assert (plain["url"], plain["author"], plain["date"]) == (None, None, None)
    assert "text" not in plain
    page = json.loads(render([page_summary(PAGE)], OutputFormat.JSON))
    assert (page["url"], page["author"], page["date"]) == (
        "https://news.example/a?id=1", "Ann Lee", "2024-05-01"
    )
    assert page["text"] == TEXT
    for item in page["summary"] + page["figures"] + page["quotes"]:
        assert page["text"][item["start"] : item["end"]] == item["text"]


@pytest.mark.parametrize("count", [0, 1, 2, 3])
def test_json_pieces_join_into_what_json_dumps_gives(count: int) -> None:
    # Rendered one by one (a worker each) and joined, the text must be the whole value dumped.
    odd = TEXT.replace("Budget", "Budget\u2028 of Zo\u00eb \u202eand\u202c")
    results = [summary(), Failure("b.txt", "no such file"), summary(odd)][:count]
    value = as_dict(results[0]) if count == 1 else [as_dict(r) for r in results]
    expected = json.dumps(value, ensure_ascii=False, indent=2)
    assert json.loads(render(results, OutputFormat.JSON)) == json.loads(expected)
    assert render(results, OutputFormat.JSON).replace("\\u202e", "\u202e").replace(
        "\\u202c", "\u202c").replace("\\u2028", "\u2028") == expected + "\n"


def test_a_summary_rendered_by_a_worker_reads_as_the_summary_itself() -> None:
    s = summary()
    for fmt in (OutputFormat.PLAIN, OutputFormat.MARKDOWN, OutputFormat.JSON, OutputFormat.JSONL):
        text = piece(s, fmt)
        assert text is not None
        done = Rendered(s.source, s.notes, fmt, text)
        failed = Failure("b.txt", "no such file")
        assert render([done, failed, done], fmt) == render([s, failed, s], fmt)
    with pytest.raises(ValueError, match="rendered as"):
        render([Rendered("a.txt", (), OutputFormat.JSONL, "{}")], OutputFormat.JSON)
