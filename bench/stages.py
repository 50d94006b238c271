"""Where one article's time goes: each stage of summarize(), in ms per article, in-process.

    python bench/stages.py [--articles N]

Reads the BBC dev articles of ../shared/eval (title, blank line, body, as summ's users give them)
and times the stages core.summarize runs, after one warm-up pass, so start-up is left out.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from summ import Options, lang, text
from summ.highlight import find_figures, find_quotes
from summ.scoring import scorer
from summ.select import select

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
STAGES = ("detect", "split", "score", "select", "figures", "quotes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    source = EVAL / "bbc_dev.jsonl"
    if not source.exists():
        sys.exit(f"{source} is absent: nothing to measure")
    with source.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line, _ in zip(lines, range(args.articles), strict=False)]
    texts = [f"{row['title']}\n\n{row['article']}" for row in rows]
    _time(texts)  # warm-up: caches, compiled patterns, stemmer
    totals = _time(texts)
    for stage in STAGES:
        print(f"{stage:8} {totals[stage] / len(texts) * 1e3:6.3f} ms")
    print(f"{'total':8} {sum(totals.values()) / len(texts) * 1e3:6.3f} ms per article")


def _time(texts: list[str]) -> dict[str, float]:
    options = Options()
    totals = dict.fromkeys(STAGES, 0.0)
    for raw in texts:
        marks = [time.perf_counter()]
        language, _ = lang.resolve(options.language, raw)
        marks.append(time.perf_counter())
        document = text.build(raw, language, "bench")
        marks.append(time.perf_counter())
        scores = scorer(options.algorithm)(document, language)
        marks.append(time.perf_counter())
        select(document, scores, options.length, language, options.redundancy)
        marks.append(time.perf_counter())
        find_figures(raw, language.name)
        marks.append(time.perf_counter())
        find_quotes(raw, language.name)
        marks.append(time.perf_counter())
        for stage, start, end in zip(STAGES, marks, marks[1:], strict=False):
            totals[stage] += end - start
    return totals


if __name__ == "__main__":
    main()
