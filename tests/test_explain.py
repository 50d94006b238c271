"""--explain: the parts add up to the score, the summary is the same, each reason is right."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from summ import Algorithm, Length, Options, summarize
from summ.cli import app
from summ.sources import load

from .conftest import sample_paths

if TYPE_CHECKING:
    from typer.testing import CliRunner

SAMPLES = [p for p in sample_paths() if p.suffix != ".html"][:6]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("size", [1, 3, 8])
def test_explaining_changes_nothing_and_the_parts_add_up(sample: object, size: int) -> None:
    article = load(str(sample))
    options = Options(length=Length(sentences=size))
    plain = summarize(article, options)
    explained = summarize(article, replace(options, explain=True))
    assert plain.trace == ()
    assert explained.picks == plain.picks
    assert len(explained.trace) == len(explained.document.sentences)
    for trace in explained.trace:
        if trace.reason == "page furniture":
            continue
        assert sum(value for _, value in trace.parts) == pytest.approx(trace.score, abs=1e-9)
    ranked = {t.index: t.rank for t in explained.trace if t.rank is not None}
    assert ranked == {p.sentence.index: p.rank for p in plain.picks}
    assert all(t.reason for t in explained.trace if t.rank is None)


ARTICLE = """Council approves bridge

The council approved a £48m bridge over the river on Tuesday, ending a long campaign.
The council approved a £48m bridge over the river on Tuesday, ending a long campaign.
It will open in 2029, officials said.
Work on the roads around it starts next spring and lasts two years in all.
Residents gathered 8,500 signatures for the petition that started the campaign.
"""


def reasons(size: int, **changes: object) -> dict[int, str | None]:
    options = Options(length=Length(sentences=size), explain=True, **changes)  # type: ignore[arg-type]
    return {t.index: t.reason for t in summarize(ARTICLE, options).trace}


def test_each_reason_names_what_happened() -> None:
    why = reasons(2)
    assert why[0] is None
    assert why[1] == "repeats sentence 1 (likeness 1.00)"
    assert any(r and r.startswith("the budget was full (2 sentences)") for r in why.values())
    words = {t.index: t.reason for t in summarize(ARTICLE, Options(
        length=Length(words=16), explain=True)).trace}
    assert any(r and r.startswith("over the word budget") for r in words.values())


def test_an_opener_waits_for_its_antecedent_and_says_so() -> None:
    # With one pick, "It will open…" cannot come with the sentence before it.
    why = reasons(1)
    assert why[2] == "leans on sentence 2 (opens with a pronoun or connective)" or why[2] == (
        "the budget was full (1 sentences) before its turn"
    )


def test_other_algorithms_have_one_part_their_score() -> None:
    summary = summarize(ARTICLE, Options(algorithm=Algorithm.LEAD, explain=True))
    assert all(t.parts == (("score", t.score),) for t in summary.trace)


def test_the_cli_shows_the_section_and_json_every_sentence(runner: CliRunner) -> None:
    sample = str(SAMPLES[0])
    out = runner.invoke(app, ["-f", "plain", "--explain", "-n", "2", sample])
    assert out.exit_code == 0, out.output
    assert "Why these sentences (summ):" in out.stdout
    assert "picked, rank 1" in out.stdout
    assert "left out: " in out.stdout
    data = json.loads(runner.invoke(app, ["-f", "json", "--explain", sample]).stdout)
    assert len(data["explain"]["sentences"]) == data["sentences_total"]
    first = data["explain"]["sentences"][0]
    assert set(first) == {"index", "score", "parts", "rank", "reason"}
    assert "lead" in first["parts"]
    assert "explain" not in json.loads(runner.invoke(app, ["-f", "json", sample]).stdout)
    markdown = runner.invoke(app, ["-f", "markdown", "--explain", sample]).stdout
    assert "### Why these sentences\n\n```text\n" in markdown
