"""ROUGE of summ's default, of lead and of every sumy algorithm on the dev data, in one table.

    python bench/quality.py                      # every dev file, every algorithm
    python bench/quality.py --data bbc --limit 200 --algorithms summ,lead,lexrank
    python bench/quality.py --split 0 --algorithms summ,lead   # even documents (1: odd ones)
    python bench/quality.py --data cnndm,cnnpara --form flat   # blank lines removed
    python bench/quality.py --unfitted --algorithms summ,lead  # articles the fit never saw

Files are given to summ the way a user would have them (for BBC: title line, blank line, body);
only the sentence count is set (BBC: the reference's sentence count, XSum: 1, the others: 3).
``--form flat`` gives each article with its blank lines removed (the body's line breaks become
spaces; BBC keeps its title line apart), as text copied from a PDF or a feed arrives.
Scores are Google's rouge-score F1 with stemming, ×100. "dangling" is the share of summary
sentences that open with a pronoun or connective while the sentence before them is left out.
Run on demand; the test suite's quality gate (tests/test_quality.py) pins floors on a subset.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from summ import Algorithm, Length, Options, summarize
from summ.scoring import OPENER

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.models import Pick

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DATA = {
    "bbc": "bbc_dev.jsonl",
    "writers": "news_writer_dev.jsonl",
    "xsum": "xsum_dev.jsonl",
    "cnndm": "cnndm_val.jsonl",  # CNN/DM validation, 93% already one paragraph
    "cnnpara": "cnn_paragraphs_dev.jsonl",  # CNN stories with their paragraphs
}
FORMS = ("paragraphs", "flat")
# The rate is measured with the same definition of an opener that the scorer avoids.
DANGLING = OPENER


FIT_DOCS = 150  # documents of each file bench/fit.py fits on (its --docs default)


def fit_sample(count: int, docs: int = FIT_DOCS) -> list[int]:
    """The indices of the documents bench/fit.py fits on, of a file of ``count``: spread over it
    (BBC's file runs by category)."""
    return list(range(count))[:: max(1, count // docs)][:docs]


def load(
    name: str,
    limit: int | None,
    split: int | None = None,
    form: str = "paragraphs",
    *,
    unfitted: bool = False,
) -> list[tuple[str, str, int]]:
    """(user's file text, reference with one sentence a line, k) per document.

    ``split`` 0 or 1 keeps the even or odd documents: a half to check a fit on the other;
    ``form`` "flat" removes the blank lines (see the module's docstring); ``unfitted`` keeps
    the documents outside bench/fit.py's sample, the file's articles the weights never saw.
    """
    rows = [json.loads(line) for line in (EVAL / DATA[name]).open(encoding="utf-8")]
    if unfitted:
        fitted = set(fit_sample(len(rows)))
        rows = [row for number, row in enumerate(rows) if number not in fitted]
    rows = rows[:limit] if limit else rows
    rows = rows[split::2] if split is not None else rows
    shape = flat if form == "flat" else str
    if name == "bbc":
        return [
            (
                f"{r['title']}\n\n{shape(r['article'])}",
                r["reference"],
                len(r["reference"].splitlines()),
            )
            for r in rows
        ]
    return [(shape(r["article"]), r["reference"], 1 if name == "xsum" else 3) for r in rows]


def flat(article: str) -> str:
    """``article`` with its line breaks, blank lines included, turned into single spaces."""
    return re.sub(r"\s*\n\s*", " ", article.strip())


def run(job: tuple[str, list[tuple[str, str, int]]]) -> dict[str, float]:
    """Mean ROUGE-1/2/Lsum and the dangling-opener rate of one algorithm over documents."""
    from rouge_score import rouge_scorer  # noqa: PLC0415

    algorithm, docs = job
    rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeLsum": [], "dangling": []}
    for text, reference, k in docs:
        length = Length(sentences=k)
        options = Options(algorithm=Algorithm(algorithm), length=length, highlight=False)
        summary = summarize(text, options)
        picked = [" ".join(p.sentence.text.split()) for p in summary.picks]
        scores = rouge.score(reference, "\n".join(picked))
        for key in ("rouge1", "rouge2", "rougeLsum"):
            totals[key].append(scores[key].fmeasure * 100)
        totals["dangling"].append(dangling(summary.picks) * 100)
    return {key: statistics.fmean(values) for key, values in totals.items()}


def dangling(picks: Sequence[Pick]) -> float:
    """Share of ``picks`` that open with a pronoun or connective and lack the sentence before."""
    indices = {p.sentence.index for p in picks}
    bad = sum(
        1 for p in picks if DANGLING.match(p.sentence.text) and p.sentence.index - 1 not in indices
    )
    return bad / len(picks) if picks else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=",".join(DATA))
    parser.add_argument("--form", default=",".join(FORMS), help="paragraphs, flat or both")
    parser.add_argument("--algorithms", default=",".join(a.value for a in Algorithm))
    parser.add_argument("--limit", type=int, default=None, help="first N documents of each file")
    parser.add_argument("--split", type=int, choices=(0, 1), default=None, help="even/odd half")
    parser.add_argument("--unfitted", action="store_true",
                        help="only the documents bench/fit.py does not fit on")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"{EVAL} is absent: nothing to measure.")
        return 0
    algorithms = args.algorithms.split(",")
    forms = args.form.split(",")
    for name, form in itertools.product(args.data.split(","), forms):
        if name == "xsum" and form == "flat" and "paragraphs" in forms:
            continue  # XSum's articles have no paragraph breaks: both forms are one
        docs = load(name, args.limit, args.split, form, unfitted=args.unfitted)
        if not docs:
            print(f"\n{name}, {form}: every document is in the fit's sample; nothing unfitted")
            continue
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(run, [(a, docs) for a in algorithms]))
        print(f"\n{name}, {form} ({len(docs)} documents)")
        print(f"{'algorithm':<11} {'R-1':>6} {'R-2':>6} {'R-Lsum':>7} {'dangling%':>10}")
        ranked = sorted(zip(algorithms, results, strict=True), key=lambda x: -x[1]["rouge1"])
        for algorithm, r in ranked:
            print(
                f"{algorithm:<11} {r['rouge1']:6.2f} {r['rouge2']:6.2f} {r['rougeLsum']:7.2f}"
                f" {r['dangling']:10.1f}"
            )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
