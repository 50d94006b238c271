"""JSON and JSON Lines: the contract other programs read.

Offsets are string indices into the input as decoded, so ``text == input[start:end]`` holds.
For a web page the input is the article text extracted from it, which is then included as
``"text"`` so the offsets can be checked.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from summ.models import Failure
from summ.render.explain import as_dict as explain_dict
from summ.render.format import Format

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.models import Result, Summary

_INDENT = 2  # spaces a level in --format json
# json.dumps(ensure_ascii=False) leaves C1 controls and bidi overrides raw; escaping them keeps
# the JSON identical in meaning and harmless when someone prints it to a terminal. Lone
# surrogates (a file name that is not UTF-8) cannot be written raw at all; escaped, they load
# back to the same name.
_RAW = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def as_dict(result: Result) -> dict[str, object]:
    """One input's result as a JSON-ready dict."""
    if isinstance(result, Failure):
        return {"source": result.source, "error": result.error}
    return _summary_dict(result)


def _summary_dict(summary: Summary) -> dict[str, object]:
    document = summary.document
    page = document.meta
    data: dict[str, object] = {
        "source": document.source,
        "title": document.title,
        "url": page.url,
        "author": page.author,
        "date": page.date,
        "language": summary.language or document.language,
        "language_rules": document.language,
        "algorithm": summary.options.algorithm.value,
        "sentences_total": len(document.sentences),
        "words_total": document.words,
        "summary": [
            {
                "index": p.sentence.index,
                "text": p.sentence.text,
                "start": p.sentence.start,
                "end": p.sentence.end,
                "score": round(p.score, 6),
                "rank": p.rank,
            }
            for p in summary.picks
        ],
        "figures": [
            {"text": f.text, "start": f.start, "end": f.end, "kind": f.kind}
            for f in summary.figures
        ],
        "quotes": [
            {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker,
                "evidence": q.evidence,
            }
            for q in summary.quotes
        ],
    }
    if page.extracted:
        data["text"] = document.text
    if summary.trace:
        data["explain"] = explain_dict(summary)
    return data


def _dumps(value: object, indent: int | None) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _RAW.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def json_object(result: Result) -> str:
    """One result as an indented JSON object (one of :func:`json_document`'s pieces)."""
    return _dumps(as_dict(result), indent=_INDENT)


def json_line(result: Result) -> str:
    """One result as a JSON object on one line."""
    return _dumps(as_dict(result), indent=None)


def json_document(objects: Sequence[str]) -> str:
    """One object for one input, an array in input order for several.

    The same text ``json.dumps`` gives the array (it indents each element one level more), made
    from objects rendered one by one: a raw newline in JSON text is always between tokens.
    """
    if len(objects) == 1:
        return objects[0] + "\n"
    if not objects:
        return "[]\n"
    step = "\n" + " " * _INDENT
    return "[" + step + ("," + step).join(o.replace("\n", step) for o in objects) + "\n]\n"


def _json_lines(pieces: Sequence[str]) -> str:
    return "".join(f"{p}\n" for p in pieces)


JSON = Format(json_object, json_document, (".json",))
JSONL = Format(json_line, _json_lines, (".jsonl", ".ndjson"))
