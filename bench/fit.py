"""Fit the summ scorer's few weights on the dev data: coordinate search on ROUGE-1 F1.

    python bench/fit.py                 # search from the shipped constants, print the best
    python bench/fit.py --half 0        # fit on even-numbered documents only (check on odd ones)

Every evaluation runs summ's real scorer and select.py with the constants of summ.scoring and
summ.select set by monkeypatching; ROUGE-1 F1 is computed from rouge-score's own tokens
(stemmed), which gives the numbers of bench/quality.py for R-1 about 100x faster. The
objective is the worst margin over the targets of issue 4 (TARGETS) plus a fifth of their sum,
so no file is sacrificed for another, under one constraint: openers dangle no more often than
in Lead-k's summaries. The result is copied by hand into src/summ/scoring.py and
src/summ/select.py, with a comment pointing here.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality

from summ import lang, scoring, select, text
from summ.models import Length

# What the search maximizes margins over: the targets (issue 4) where they are above the
# best of Lead-k and every sumy algorithm on each dev file (bench/RESULTS.md: 79.69, 38.07, 17.72).
TARGETS = {"bbc": 81.0, "writers": 38.5, "xsum": 19.0}
# Lead-k's dangling-opener rate (%) on each dev file (bench/RESULTS.md): the issue asks summ to
# stay under it, so weights that dangle more are not taken whatever their ROUGE. Without this
# the search drops select.DANGLING to 0 (BBC +1.7 ROUGE-1, 4% of picks dangling).
LEAD_DANGLING = {"bbc": 0.1, "writers": 1.5, "xsum": 9.3}
# (module, constant): step. Constants of select.py are patched there, where they are read.
STEPS = {
    (scoring, "_CENTRAL"): 0.1,
    (scoring, "_SURFACE"): 0.1,
    (scoring, "_FORWARD"): 0.1,
    (scoring, "_CENTROID"): 0.1,
    (scoring, "_SALIENT"): 0.1,
    (scoring, "_LENGTH_EXPONENT"): 0.1,
    (scoring, "_LONG_PENALTY"): 0.05,
    (scoring, "_LEAD"): 0.25,
    (scoring, "_LEAD_SHARE"): 0.05,
    (scoring, "_LEAD_STEEPNESS"): 2.0,
    (scoring, "_LEAD_DECAY"): 0.25,
    (scoring, "_QUOTE"): 0.1,
    (scoring, "_SHORT"): 2,
    (select, "DANGLING"): 0.25,
    (select, "PAIR_SPARE"): 1,
}
Doc = tuple[text.Document, list[Counter[str]], Counter[str], int]


def prepare(name: str, half: int | None) -> list[Doc]:
    from rouge_score import tokenizers  # noqa: PLC0415

    tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)
    language = lang.load("english")
    docs = quality.load(name, None)
    docs = docs[half::2] if half is not None else docs
    out = []
    for article, reference, k in docs:
        document = text.build(article, language)
        tokens = [Counter(tokenizer.tokenize(s.text)) for s in document.sentences]
        out.append((document, tokens, Counter(tokenizer.tokenize(reference)), k))
    return out


def rouge1(picked: Counter[str], reference: Counter[str]) -> float:
    overlap = sum((picked & reference).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(picked.values()), overlap / sum(reference.values())
    return 200 * precision * recall / (precision + recall)


def mean_rouge1(docs: list[Doc]) -> tuple[float, float]:
    """Mean ROUGE-1 F1 ×100 and dangling-opener rate (%) of summ's picks."""
    language = lang.load("english")
    total = dangling = 0.0
    for document, tokens, reference, k in docs:
        scores = scoring.summ_scores(document, language)
        picks = select.select(document, scores, Length(sentences=k), language, 0.6)
        total += rouge1(sum((tokens[p.sentence.index] for p in picks), Counter()), reference)
        dangling += quality.dangling(picks) * 100
    return total / len(docs), dangling / len(docs)


def objective(data: dict[str, list[Doc]]) -> tuple[float, dict[str, float]]:
    """Worst margin plus a fifth of all; minus infinity when openers dangle more than Lead's."""
    results = {name: mean_rouge1(docs) for name, docs in data.items()}
    scores = {name: round(rouge, 2) for name, (rouge, _) in results.items()}
    if any(rate > LEAD_DANGLING[name] for name, (_, rate) in results.items()):
        return -math.inf, scores
    margins = [scores[name] - TARGETS[name] for name in data]
    return min(margins) + 0.2 * sum(margins), scores


def search(data: dict[str, list[Doc]], rounds: int) -> None:
    best, scores = objective(data)
    print(f"start {best:.3f} {scores}")
    for _ in range(rounds):
        improved = False
        for (module, name), step in STEPS.items():
            for sign in (1, -1):
                while True:
                    old = getattr(module, name)
                    setattr(module, name, round(old + sign * step, 3))
                    value, new_scores = objective(data)
                    if value <= best + 1e-9:
                        setattr(module, name, old)
                        break
                    best, scores, improved = value, new_scores, True
                    print(f"  {name}={getattr(module, name)} {best:.3f} {scores}", flush=True)
        if not improved:
            break
    print({name: getattr(module, name) for module, name in STEPS}, scores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", type=int, choices=(0, 1), default=None)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not quality.EVAL.is_dir():
        print(f"{quality.EVAL} is absent: nothing to fit.")
        return 0
    data = {name: prepare(name, args.half) for name in TARGETS}
    search(data, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
