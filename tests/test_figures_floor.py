"""A floor on figures for the second hand-marked set, highlights_dev2 (30 BBC and CNN/DM articles).

The articles are read from ../shared/eval beside the repository and never copied here; the test
skips, saying so, when that folder is absent. The rules were written on the even-numbered lines
(and the first set); the odd-numbered ones were held out, so they have a floor of their own.
Floors sit a little under what ``python bench/highlights.py`` measures (F1 0.997 whole, 0.993 on
the held-out half): raise them when figures improve.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from summ.highlight import find_figures

from .conftest import EVAL, load_module

if TYPE_CHECKING:
    from types import ModuleType



def _scorer() -> ModuleType:
    return load_module("score_highlights", EVAL / "score_highlights.py")


def _figures_f1(gold: list[dict]) -> float:
    pred = [
        {"figures": [{"start": f.start, "end": f.end} for f in find_figures(d["article"])]}
        for d in gold
    ]
    return float(_scorer().score(gold, pred, "figures")["f1"])


@pytest.mark.eval
def test_dev2_figures_floor() -> None:
    data = EVAL / "highlights_dev2.jsonl"
    if not data.exists():
        pytest.skip(f"../shared/eval absent: {data} not found, dev2 figure floor not checked")
    gold = [json.loads(line) for line in data.open(encoding="utf-8")]
    assert _figures_f1(gold) >= 0.98
    held_out = gold[0::2]  # the odd-numbered lines, counting from one
    assert _figures_f1(held_out) >= 0.97
