"""Score summ.highlight on the hand-marked highlights set (figures, quotes, speakers).

    python bench/highlights.py                       # ../shared/eval/highlights_dev.jsonl
    python bench/highlights.py path/to/highlights.jsonl --errors

The scorer is the eval folder's own score_highlights.py (imported by path), so the numbers are
the ones the project is judged by. Exits 0 with a message when the eval folder is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from summ.highlight import find_figures, find_quotes

if TYPE_CHECKING:
    from types import ModuleType

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def load_scorer(folder: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_highlights", folder / "score_highlights.py"
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"no score_highlights.py in {folder}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(doc: dict) -> dict:
    text = doc["article"]
    figures = [
        {"start": f.start, "end": f.end, "text": f.text, "kind": f.kind} for f in find_figures(text)
    ]
    quotes = [
        {"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker}
        for q in find_quotes(text)
    ]
    return {"id": doc["id"], "figures": figures, "quotes": quotes}


def errors(gold: dict, pred: dict, kind: str, jaccard) -> list[str]:
    lines = []
    for p in pred[kind]:
        span = (p["start"], p["end"])
        best = max(gold[kind], key=lambda g: jaccard(span, (g["start"], g["end"])), default=None)
        good = best is not None and jaccard(span, (best["start"], best["end"])) >= 0.6
        match = best if good else None
        touched = [g for g in gold[kind] if jaccard((p["start"], p["end"]), (g["start"], g["end"]))]
        if (match is None and any(g["required"] for g in touched)) or not touched:
            lines.append(f"  FP {kind}: {p['text'][:70]!r}")
        elif match is not None and kind == "quotes" and _wrong_speaker(p, match):
            lines.append(
                f"  SPEAKER: {p['speaker']!r} for {match['speaker']!r}: {p['text'][:40]!r}"[:120]
            )
    lines.extend(
        f"  MISS {kind}: {g['text'][:70]!r}"
        for g in gold[kind]
        if g["required"]
        and not any(
            jaccard((p["start"], p["end"]), (g["start"], g["end"])) >= 0.6 for p in pred[kind]
        )
    )
    return lines


def _wrong_speaker(pred: dict, gold: dict) -> bool:
    if not gold.get("speaker") or not gold["required"]:
        return False
    said = set((pred["speaker"] or "").casefold().split())
    return not said & set(gold["speaker"].casefold().split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=EVAL / "highlights_dev.jsonl")
    parser.add_argument("--errors", action="store_true", help="list false positives and misses")
    args = parser.parse_args()
    if not args.path.exists():
        print(f"{args.path} is absent: nothing to score (the eval folder lives beside the repo).")
        return 0
    scorer = load_scorer(
        args.path.parent if (args.path.parent / "score_highlights.py").exists() else EVAL
    )
    gold = [json.loads(line) for line in args.path.open(encoding="utf-8")]
    started = time.perf_counter()
    pred = [predict(doc) for doc in gold]
    elapsed = time.perf_counter() - started
    for kind in ("figures", "quotes"):
        result = scorer.score(gold, pred, kind)
        extra = f"  speaker accuracy {result['speaker_acc']:.3f}" if kind == "quotes" else ""
        print(
            f"{kind:8} P {result['precision']:.3f}  R {result['recall']:.3f}  "
            f"F1 {result['f1']:.3f}  (fp {result['fp']}, fn {result['fn']}){extra}"
        )
    print(f"{len(gold)} documents in {elapsed * 1000:.0f} ms")
    if args.errors:
        for g, p in zip(gold, pred, strict=True):
            lines = errors(g, p, "figures", scorer.jacc) + errors(g, p, "quotes", scorer.jacc)
            if lines:
                print(f"[{g['id']}]", *lines, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
