"""Hostile input grows time linearly: each case at n and 2n, and the ratio of their times.

    python bench/growth.py [--scale X]

The cases are the inputs that once took minutes (a regex that backtracked, a renderer that
compared every run of a sentence with every figure, a scorer quadratic in sentences). Linear work
doubles when the input doubles; quadratic work quadruples. A case fails above 2.6×, and the
script exits 1, so a regression shows as a number here rather than as a flaky timed unit test.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from typing import TYPE_CHECKING

from summ import Length, Options, summarize
from summ.highlight import find_figures, find_quotes
from summ.models import OutputFormat
from summ.render import render

if TYPE_CHECKING:
    from collections.abc import Callable

LIMIT = 2.6  # linear is 2.0 plus noise; quadratic would be 4.0
_WORDS = ["budget", "council", "bridge", "river", "2024", "five", "$5m", "Smith", "said"]
_LANGUAGES = ("german", "french", "spanish", "italian", "portuguese", "russian")


def _plain(text: str) -> None:
    summary = summarize(text, Options(language="english", length=Length(sentences=5)))
    render([summary], OutputFormat.PLAIN)


def _one_line(n: int) -> None:  # megabytes without a stop: one sentence for Punkt
    _plain(" ".join(_WORDS[i * 7 % len(_WORDS)] for i in range(n * 60_000)))


def _figures_in_one_sentence(n: int) -> None:  # the renderer's runs against every figure
    _plain(" ".join(f"{i} apples" for i in range(n * 4_000)) + ".")


def _long_tokens(n: int) -> None:  # a figure's context once backtracked over long tokens
    _plain(" ".join(["x" * 40] * (n * 5_000)) + " rose 5%.")


def _sentences(n: int) -> None:  # scoring and selection over thousands of distinct sentences
    rng = random.Random(4)  # noqa: S311  (test data, not secrets)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    vocabulary = ["".join(rng.choices(syllables, k=3)) for _ in range(2000)]
    words = (" ".join(rng.choice(vocabulary) for _ in range(12)) for _ in range(n * 1_000))
    _plain(" ".join(w.capitalize() + "." for w in words))


def _highlights(n: int) -> None:  # quote marks and numbers with nothing to pair them with
    find_figures("word " * (n * 20_000))
    find_quotes("word " * (n * 20_000))
    find_quotes('" ' * (n * 1_000) + "'a " * (n * 1_000))
    find_figures("1 " * (n * 10_000))
    find_figures("Prices rose 5%. " + "QUJD" * (n * 5_000) + " Write to a@b.com.")


def _highlights_elsewhere(n: int) -> None:  # the same in the languages with speech tables
    for language in _LANGUAGES:
        find_quotes("„Das ist ein Satz hier“, sagte Hans Müller. " * (n * 300), language)
        find_quotes("— Мы готовы к переговорам — " * (n * 300) + "— заявил он", language)
        find_figures("1 000 " * (n * 3_000), language)


CASES: dict[str, Callable[[int], None]] = {
    "megabytes on one line": _one_line,
    "figures in one sentence": _figures_in_one_sentence,
    "long tokens before a figure": _long_tokens,
    "distinct sentences": _sentences,
    "highlights, English": _highlights,
    "highlights, six languages": _highlights_elsewhere,
}


def _seconds(case: Callable[[int], None], n: int) -> float:
    best = float("inf")
    for _ in range(3):  # the best of three: the least disturbed by the rest of the machine
        start = time.process_time()
        case(n)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=3, help="n of every case (default 3)")
    args = parser.parse_args()
    _highlights(1)  # warm-up: models, compiled patterns
    failed = []
    print(f"{'case':30} {'n s':>8} {'2n s':>8} {'ratio':>6}")
    for name, case in CASES.items():
        single, double = _seconds(case, args.scale), _seconds(case, 2 * args.scale)
        ratio = double / single
        print(f"{name:30} {single:8.3f} {double:8.3f} {ratio:6.2f}")
        if ratio > LIMIT:
            failed.append(name)
    if failed:
        sys.exit(f"more than linear (> {LIMIT}×): {', '.join(failed)}")


if __name__ == "__main__":
    main()
