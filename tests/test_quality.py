"""Quality gate: ROUGE floors for summ's default scorer on a pinned subset of the dev data.

The subset (first 100 BBC, all 109 CNN/DM+XSum writer, first 100 XSum documents) is read from
../shared/eval beside the repository, never copied here; its sha256 is pinned in
eval_baseline.json so that a change of the data shows as such, not as a change of quality.
Floors sit a little under what bench/quality.py measured (bench/RESULTS.md); raise them when the
scorer improves. The share of picks that open with a pronoun or connective while the sentence
before is left out ("dangling") has a ceiling instead: Lead-k's share on the same subset, which
issue 4 asks summ to stay under. Regenerate the hashes with ``python tests/test_quality.py``.
"""

from __future__ import annotations

import hashlib
import json
import statistics
from pathlib import Path

import pytest

from summ import Algorithm, Length, Options, Summary, summarize
from summ.scoring import OPENER

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"
# name: (file, documents, sentences in the summary; None: as many as the reference has)
SUBSETS = {
    "bbc": ("bbc_dev.jsonl", 100, None),
    "writers": ("news_writer_dev.jsonl", 109, 3),
    "xsum": ("xsum_dev.jsonl", 100, 1),
}
Doc = tuple[str, str, int]


def subset(name: str) -> list[Doc]:
    """(the file a user would give summ, the reference, k) of the pinned documents."""
    filename, count, k = SUBSETS[name]
    with (EVAL / filename).open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(count), lines, strict=False)]
    if name == "bbc":
        return [
            (f"{r['title']}\n\n{r['article']}", r["reference"], len(r["reference"].splitlines()))
            for r in rows
        ]
    return [(r["article"], r["reference"], k or 1) for r in rows]


def digest(docs: list[Doc]) -> str:
    return hashlib.sha256(json.dumps(docs, ensure_ascii=False).encode()).hexdigest()


def measure(docs: list[Doc], algorithm: Algorithm = Algorithm.SUMM) -> dict[str, float]:
    """Mean ROUGE-1/2/Lsum F1 ×100 and dangling share (%), only the sentence count set."""
    from rouge_score import rouge_scorer  # noqa: PLC0415  (only when the data is there)

    keys = ("rouge1", "rouge2", "rougeLsum")
    rouge = rouge_scorer.RougeScorer(list(keys), use_stemmer=True)
    totals: dict[str, list[float]] = {key: [] for key in (*keys, "dangling")}
    for article, reference, k in docs:
        options = Options(algorithm=algorithm, length=Length(sentences=k), highlight=False)
        summary = summarize(article, options)
        picked = "\n".join(" ".join(p.sentence.text.split()) for p in summary.picks)
        for key, score in rouge.score(reference, picked).items():
            totals[key].append(score.fmeasure * 100)
        totals["dangling"].append(dangling(summary) * 100)
    return {key: statistics.fmean(values) for key, values in totals.items()}


def dangling(summary: Summary) -> float:
    """Share of picks opening with a pronoun or connective whose previous sentence is left out."""
    indices = {p.sentence.index for p in summary.picks}
    bad = sum(
        1
        for p in summary.picks
        if OPENER.match(p.sentence.text) and p.sentence.index - 1 not in indices
    )
    return bad / len(summary.picks)


@pytest.mark.eval
@pytest.mark.parametrize("name", sorted(SUBSETS))
def test_rouge_floors(name: str) -> None:
    if not EVAL.is_dir():
        pytest.skip("../shared/eval is absent: quality gate skipped")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    docs = subset(name)
    assert digest(docs) == baseline["sha256"], f"{name}: the pinned eval documents changed"
    scores = measure(docs)
    for key, floor in baseline["floors"].items():
        assert scores[key] >= floor, f"{name} {key}: {scores[key]:.2f} fell below {floor}"
    for key, ceiling in baseline["ceilings"].items():
        assert scores[key] < ceiling, f"{name} {key}: {scores[key]:.2f} reached {ceiling}"


if __name__ == "__main__":
    for name in sorted(SUBSETS):
        docs = subset(name)
        scores = {key: round(value, 2) for key, value in measure(docs).items()}
        lead = round(measure(docs, Algorithm.LEAD)["dangling"], 2)
        print(name, digest(docs), scores, "lead dangling", lead)  # noqa: T201
