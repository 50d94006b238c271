"""Renderers on hand-built summaries: styles, escaping, safety, and the JSON contract."""

from __future__ import annotations

import io
import json

from rich.console import Console

from summ import Document, Figure, Options, OutputFormat, Pick, Quote, Sentence, Summary
from summ.models import Failure
from summ.render import render
from summ.render.common import clean, context, excerpt, key_figures, key_quotes, segments
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
