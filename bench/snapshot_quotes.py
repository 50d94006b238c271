"""Snapshot every quote, speaker and evidence summ finds, to diff before and after a rule change.

    python bench/snapshot_quotes.py OUT.json          # write today's output
    python bench/snapshot_quotes.py OUT.json --diff OLD.json   # write, then list what changed

Covers highlights_dev, highlights_dev2 and every PolNeAR article of the eval folder (skipped when
absent), the sample articles, and the texts planted in tests/test_highlight_i18n.py. The diff
counts quotes gained, lost and re-credited (speaker or evidence changed), so that a redesign
shows every change it makes and each can be checked to be an intended fix.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from summ.highlight import find_quotes

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
_CODES = {"de-": "german", "es-": "spanish", "fr-": "french", "it-": "italian",
          "pt-": "portuguese", "ru-": "russian"}
Row = list[Any]
"""[start, end, speaker, evidence] of one quote."""


def texts() -> dict[str, tuple[str, str]]:
    """Key -> (language, text) of every article covered."""
    out: dict[str, tuple[str, str]] = {}
    for name, field in (("highlights_dev.jsonl", "article"), ("highlights_dev2.jsonl", "article"),
                        ("polnear_dev.jsonl", "text")):
        path = EVAL / name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                doc = json.loads(line)
                out[f"{name}:{doc['id']}"] = ("english", doc[field])
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        language = _CODES.get(sample.name[:3], "english")
        out[f"samples:{sample.name}"] = (language, sample.read_text(encoding="utf-8"))
    out.update(planted())
    return out


def planted() -> dict[str, tuple[str, str]]:
    """The (language, text) cases of the i18n tests' parametrize lists."""
    spec = importlib.util.spec_from_file_location("i18n", ROOT / "tests" / "test_highlight_i18n.py")
    if spec is None or spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out: dict[str, tuple[str, str]] = {}
    for name, test in vars(module).items():
        for mark in getattr(test, "pytestmark", []):
            for i, case in enumerate(mark.args[1] if mark.name == "parametrize" else []):
                values = getattr(case, "values", case)
                if isinstance(values, tuple) and len(values) >= 2 and isinstance(values[1], str):
                    out[f"i18n:{name}:{i}"] = (str(values[0]), values[1])
    return out


def snapshot() -> dict[str, list[Row]]:
    return {
        key: [[q.start, q.end, q.speaker, q.evidence] for q in find_quotes(text, language)]
        for key, (language, text) in texts().items()
    }


def diff(old: dict[str, list[Row]], new: dict[str, list[Row]]) -> dict[str, int]:
    counts = {"gained": 0, "lost": 0, "speaker": 0, "evidence": 0}
    for key in sorted(old.keys() | new.keys()):
        before = {(r[0], r[1]): r for r in old.get(key, [])}
        after = {(r[0], r[1]): r for r in new.get(key, [])}
        for span in sorted(before.keys() | after.keys()):
            a, b = before.get(span), after.get(span)
            kind = ("gained" if a is None else "lost" if b is None
                    else "speaker" if a[2] != b[2] else "evidence" if a[3] != b[3] else "")
            if kind:
                counts[kind] += 1
                print(f"{kind:8} {key[:70]} {span}: {a and a[2:]} -> {b and b[2:]}")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--diff", type=Path, help="an earlier snapshot to compare with")
    args = parser.parse_args()
    new = snapshot()
    args.out.write_text(json.dumps(new, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(new)} texts, {sum(map(len, new.values()))} quotes -> {args.out}", file=sys.stderr)
    if args.diff:
        print(diff(json.loads(args.diff.read_text(encoding="utf-8")), new))
    return 0


if __name__ == "__main__":
    sys.exit(main())
