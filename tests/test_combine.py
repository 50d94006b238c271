"""summ --combine: one digest of several sources, nothing twice, every line with its sources."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summ import Length, Options, summarize_many
from summ.cli import app
from summ.combine import DigestQuote
from summ.combine.merge import speaker
from summ.models import Article, Meta, OutputFormat
from summ.render.digest import key_figures, key_quotes

# Three made-up reports of one story: the same quotation, the same figure in the same context,
# and a fact each tells in its own words.
HARBOUR = Article(
    "Harbour bridge to close for repairs\n\n"
    "The Tidewater harbour bridge will close for six weeks from Monday while engineers replace "
    "its cracked steel bearings, the city council said. The repairs will cost $12 million, "
    "paid from the council's transport reserve. \"We cannot let traffic cross a bridge with "
    'cracked bearings," said Mayor Jane Okafor. Ferries will run every ten minutes during the '
    "closure, and buses will take the inland road.",
    "harbour.txt",
)
GAZETTE = Article(
    "Bridge closure announced\n\n"
    "Tidewater's harbour bridge is to shut for six weeks from Monday so that engineers can "
    'replace its cracked steel bearings. "We cannot let traffic cross a bridge with cracked '
    'bearings," Mayor Jane Okafor told reporters. The council put the cost of the repairs at '
    "$12 million. Shop owners near the bridge fear they will lose customers during the closure.",
    "gazette.txt",
)
RADIO = Article(
    "Six-week bridge closure\n\n"
    "Engineers will replace the cracked steel bearings of the Tidewater harbour bridge, which "
    'closes for six weeks from Monday. Okafor said: "We cannot let traffic cross a bridge with '
    'cracked bearings." Commuters were told to allow an extra half hour for the journey, and the '
    "council said ferries would run every ten minutes.",
    "radio.txt",
)
RECIPE = Article(
    "Lemon tart\n\n"
    "Whisk four eggs with caster sugar until pale, then fold in the zest of three lemons. Bake "
    "the pastry case blind at 180 degrees for fifteen minutes before adding the filling. Chill "
    "the tart overnight so that the custard sets firmly, and dust it with icing sugar.",
    "recipe.txt",
)
STORY = (HARBOUR, GAZETTE, RADIO)
OPTIONS = Options(length=Length(sentences=4))


def _write(folder: Path, *articles: Article) -> list[str]:
    names = []
    for article in articles:
        path = folder / article.source
        path.write_text(article.text, encoding="utf-8")
        names.append(str(path))
    return names


def test_one_quote_with_speaker_and_all_its_sources() -> None:
    digest = summarize_many(STORY, OPTIONS)
    bearings = [q for q in digest.quotes if "cracked bearings" in q.text]
    assert len(bearings) == 1
    assert bearings[0].sources == (1, 2, 3)
    assert bearings[0].speaker is not None
    assert "Okafor" in bearings[0].speaker


def test_same_figure_in_same_context_is_one_figure() -> None:
    digest = summarize_many(STORY, Options(length=Length(sentences=6)))
    millions = [f for f in digest.figures if f.text == "$12 million"]
    assert len(millions) == 1
    assert set(millions[0].sources) == {1, 2}


def test_mentions_point_into_each_sources_text() -> None:
    digest = summarize_many(STORY, OPTIONS)
    for item in (*digest.sentences, *digest.figures, *digest.quotes):
        for mention in item.mentions:
            text = digest.source(mention.source).document.text
            assert text[mention.start : mention.end].strip()
    for sentence in digest.sentences:
        first = sentence.mentions[0]
        own = digest.source(first.source).document.text
        assert own[first.start : first.end] == sentence.sentence.text


def test_a_fact_told_by_several_sources_appears_once_with_them_all() -> None:
    digest = summarize_many(STORY, Options(length=Length(sentences=5)))
    closing = [s for s in digest.sentences if "six weeks" in s.sentence.text]
    assert len(closing) == 1
    assert len(closing[0].sources) >= 2


def test_budget_is_for_the_whole_digest() -> None:
    digest = summarize_many(STORY, Options(length=Length(words=60)))
    assert 0 < digest.words <= 60
    assert len(summarize_many(STORY, OPTIONS).sentences) == 4


def test_off_topic_source_is_noted_and_left_out() -> None:
    digest = summarize_many((*STORY, RECIPE), OPTIONS)
    recipe = digest.sources[3]
    assert recipe.off_topic
    assert not any(d.off_topic for d in digest.sources[:3])
    assert any("recipe.txt" in note and "shares little" in note for note in digest.notes)
    assert all(4 not in s.sources for s in digest.sentences)


def test_reading_order_is_by_source_then_position() -> None:
    digest = summarize_many(STORY, Options(length=Length(sentences=6)))
    keys = [(s.mentions[0].source, s.sentence.index) for s in digest.sentences]
    assert keys == sorted(keys)


def test_speakers_that_disagree_give_no_speaker() -> None:
    assert speaker(["Jane Okafor", "Okafor", None]) == "Jane Okafor"
    assert speaker(["Jane Okafor", "Tom Reed"]) is None
    assert speaker([None, None]) is None


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("fmt", ["plain", "markdown"])
def test_source_markers_and_sources_list_in_text_formats(
    runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    names = _write(tmp_path, *STORY)
    result = runner.invoke(app, ["--combine", "-n", "4", "-f", fmt, *names])
    assert result.exit_code == 0, result.output
    out = result.stdout
    marker = r"\[1" if fmt == "markdown" else "[1"
    assert marker in out
    assert "Sources" in out
    for number, article in enumerate(STORY, start=1):
        assert f"{number}. " in out
        assert article.source in out


def test_terminal_layout_has_markers(runner: CliRunner, tmp_path: Path) -> None:
    names = _write(tmp_path, *STORY)
    result = runner.invoke(app, ["--combine", "-n", "4", "-f", "terminal", *names])
    assert result.exit_code == 0, result.output
    assert "Digest of 3 sources" in result.stdout
    assert "[1" in result.stdout
    assert "3. " in result.stdout


def test_json_carries_sources_and_spans(runner: CliRunner, tmp_path: Path) -> None:
    names = _write(tmp_path, *STORY)
    result = runner.invoke(app, ["--combine", "-n", "4", "-f", "json", *names])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["number"] for s in data["sources"]] == [1, 2, 3]
    texts = [Path(n).read_text(encoding="utf-8") for n in names]
    for item in data["summary"] + data["quotes"] + data["figures"]:
        assert item["sources"]
        first = item["spans"][0]
        assert texts[first["source"] - 1][first["start"] : first["end"]] == item["text"]


def test_a_failing_input_is_reported_and_the_rest_combined(
    runner: CliRunner, tmp_path: Path
) -> None:
    names = _write(tmp_path, HARBOUR, GAZETTE)
    missing = str(tmp_path / "missing.txt")
    result = runner.invoke(app, ["--combine", "-f", "json", names[0], missing, names[1]])
    assert result.exit_code == 1
    assert f"error: {missing}: no such file" in result.stderr
    data = json.loads(result.stdout)
    assert [s["source"] for s in data["sources"]] == names


def test_off_topic_note_on_stderr(runner: CliRunner, tmp_path: Path) -> None:
    names = _write(tmp_path, *STORY, RECIPE)
    result = runner.invoke(app, ["--combine", "-f", "plain", *names])
    assert result.exit_code == 0
    assert "recipe.txt: shares little with the other sources" in result.stderr
    assert "shares little" not in result.stdout


def test_two_unrelated_sources_get_one_note_and_neither_is_blamed() -> None:
    digest = summarize_many((HARBOUR, RECIPE), OPTIONS)
    assert not any(s.off_topic for s in digest.sources)
    assert any("share little with each other" in note for note in digest.notes)


def test_an_input_without_sentences_fails_alone() -> None:
    digest = summarize_many((HARBOUR, Article("# Only a title", "title.txt"), GAZETTE), OPTIONS)
    assert [f.source for f in digest.failures] == ["title.txt"]
    assert [s.document.source for s in digest.sources] == ["harbour.txt", "gazette.txt"]


def test_one_quotation_credited_to_two_people_gets_no_speaker() -> None:
    quoted = '"We cannot let traffic cross a bridge with cracked bearings,"'
    first = Article(
        f"Bridge to close\n\nThe harbour bridge will close for six weeks from Monday. {quoted} "
        "said Mayor Jane Okafor. Ferries will run every ten minutes.",
        "a.txt",
    )
    second = Article(
        f"Bridge shuts\n\nThe harbour bridge shuts for six weeks from Monday. {quoted} said "
        "Tom Reed, the chief engineer. Buses will take the inland road.",
        "b.txt",
    )
    alone = [s.summary.quotes[0].speaker for s in summarize_many((first, second)).sources]
    assert alone == ["Jane Okafor", "Tom Reed"]
    (quote,) = summarize_many((first, second)).quotes
    assert quote.sources == (1, 2)
    assert quote.speaker is None


def test_dated_sources_are_read_earliest_first_and_undated_last() -> None:
    later = replace(HARBOUR, meta=Meta(date="2025-06-03"))
    earlier = replace(GAZETTE, meta=Meta(date="2025-06-01"))
    digest = summarize_many((RADIO, later, earlier), Options(length=Length(sentences=6)))
    order = [s.mentions[0].source for s in digest.sentences]
    assert order == sorted(order, key=lambda n: {3: 0, 2: 1, 1: 2}[n])
    assert len(set(order)) > 1


def test_every_input_failing_gives_errors_and_json_that_says_so(
    runner: CliRunner, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    title = tmp_path / "title.txt"
    title.write_text("# Only a title\n", encoding="utf-8")
    result = runner.invoke(app, ["--combine", "-f", "json", str(empty), str(title)])
    assert result.exit_code == 1
    assert f"error: {empty}: is empty" in result.stderr
    assert f"error: {title}: no sentences to summarize" in result.stderr
    data = json.loads(result.stdout)
    assert data["sources"] == []
    assert [f["source"] for f in data["failures"]] == [str(empty), str(title)]
    plain = runner.invoke(app, ["--combine", "-f", "plain", str(empty)])
    assert plain.exit_code == 1
    assert plain.stdout == ""


@pytest.mark.parametrize("fmt", [f.value for f in OutputFormat])
def test_every_format_writes_a_digest(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    names = _write(tmp_path, *STORY)
    result = runner.invoke(app, ["--combine", "-n", "4", "-f", fmt, *names])
    assert result.exit_code == 0, result.output
    assert "cracked" in result.stdout
    assert result.stderr == ""


# A bare count leads the reading order; the story's money and rate come after it.
COUNCIL = Article(
    "Council backs harbour plan\n\n"
    "The council met 20 residents of the harbour district on Tuesday evening. "
    "It approved a £6bn budget for the harbour district over the next decade. "
    "Harbour trade in the district grew 3.1% in the quarter, the council said.",
    "council.txt",
)
COUNCIL_NEWS = Article(
    "Harbour plan approved\n\n"
    "Councillors approved a £6bn budget for the harbour district on Tuesday. "
    "The council met 20 residents of the district before the vote. "
    "Trade in the harbour district grew 3.1% in the quarter, officials said.",
    "council-news.txt",
)


def test_digest_figures_are_ranked_as_a_summarys() -> None:
    digest = summarize_many((COUNCIL, COUNCIL_NEWS), Options(length=Length(sentences=3)))
    found = [f.text for f in digest.figures]
    assert found.index("20") < found.index("£6bn")  # in the digest's order, the count first
    listed = [f.text for f, _ in key_figures(digest)]
    assert set(listed[:2]) == {"£6bn", "3.1%"}
    assert listed[2:] == ["20"]
    # A figure spelled out, with its unit, is listed as under one summary.
    story = [f.text for f, _ in key_figures(summarize_many(STORY, OPTIONS))]
    assert story[0] == "$12 million"
    assert "six weeks" in story


def test_digest_list_sizes_on_the_command_line(runner: CliRunner, tmp_path: Path) -> None:
    names = _write(tmp_path, COUNCIL, COUNCIL_NEWS)
    args = ["--combine", "-n", "3", "-f", "plain", "--figures", "1", "--quotes", "0", *names]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    figures = result.stdout.split("Key figures:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(figures) == 1
    assert figures[0].startswith(("  £6bn: ", "  3.1%: "))
    assert "Quotes:" not in result.stdout


def test_digest_lists_statements_not_quoted_terms() -> None:
    digest = summarize_many(STORY, OPTIONS)
    (quote,) = digest.quotes
    term = DigestQuote("cracked bearings", None, quote.mentions)
    assert key_quotes(replace(digest, quotes=(term, quote))) == [quote]
