"""Sentence boundaries: precision, recall and F1 on news with gold sentences, and the golden rules.

    python bench/sbd.py            # both halves of sbd_news_dev.jsonl, summ and Punkt alone
    python bench/sbd.py --errors A # also list the boundaries missed and added in half A

A boundary is where a sentence ends (its last character that is not white space); precision and
recall are over all boundaries of a half, paragraph ends included ("inside" leaves those out: the
boundaries a splitter has to find). Articles are sorted by id; half A is every even one (the half
the rules were developed on), half B every odd one (held back). Three splitters are scored:
summ's sentences (text.build's paragraphs, each split as summ splits it, the sentences of a long
quotation apart), summ's units (the Document's sentences: a quotation of several sentences is one
unit, so they lose recall by design) and Punkt alone (the English model on the same paragraphs).
Then the English golden rules of the Pragmatic Segmenter (tests/golden_rules_en.yaml), through
text.build, passed out of 48.

``--form`` lays the same articles out as users' files also come (summ sentences only): "lines",
one line break between paragraphs, as pasted text has; "wrapped", that and each paragraph
hard-wrapped at 72 columns. Both replace one character by one, so the gold spans still hold;
the title, dateline and captions then sit on lines of their own inside a block.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from summ import EmptyDocumentError, lang, text
from summ.layout import layout

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    Spans = Callable[[str], list[tuple[int, int]]]

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "sbd_news_dev.jsonl"
RULES = ROOT / "tests" / "golden_rules_en.yaml"
ENGLISH = lang.load("english")


def summ_sentences(article: str) -> list[tuple[int, int]]:
    """Each paragraph text.build reads: its sentences, quotations split; a heading whole.

    A dateline summ cuts off a paragraph's first sentence ("Evansville, Indiana, United States
    - This past week") is a unit of its own, as text.build leaves it out of the sentence.
    """
    document = text.build(article, ENGLISH)
    read = {s.paragraph for s in document.sentences}
    cuts = dict(text.datelines(article, layout(article)))
    spans: list[tuple[int, int]] = []
    for number, paragraph in enumerate(document.paragraphs):
        whole = number not in read
        found = [paragraph] if whole else text.sentences_of(article, paragraph, ENGLISH,
                                                           whole_quotes=False)
        cut = cuts.get(paragraph[0])
        if cut is not None and not whole:
            found = [(paragraph[0], cut)] + [(max(s, cut), e) for s, e in found if e > cut]
        spans += found
    return spans


def summ_units(article: str) -> list[tuple[int, int]]:
    """The Document's sentences, and each heading or title as a unit of its own."""
    document = text.build(article, ENGLISH)
    read = {s.paragraph for s in document.sentences}
    headings = [p for n, p in enumerate(document.paragraphs) if n not in read]
    return headings + [(s.start, s.end) for s in document.sentences]


def punkt_alone(article: str) -> list[tuple[int, int]]:
    """Punkt's English model, without summ's abbreviations or rules, on the same paragraphs."""
    import punkt  # noqa: PLC0415

    tokenizer = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
    try:
        document = text.build(article, ENGLISH)
    except EmptyDocumentError:
        return []
    return [(start + s, start + e) for start, end in document.paragraphs
            for s, e in tokenizer.span_tokenize(article[start:end])]


SPLITTERS: dict[str, Spans] = {
    "summ sentences": summ_sentences, "summ units": summ_units, "Punkt alone": punkt_alone,
}


def ends(article: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    return {start + len(article[start:end].rstrip()) for start, end in spans}


def paragraph_ends(article: str) -> set[int]:
    return ends(article, text.build(article, ENGLISH).paragraphs)


def score(rows: list[dict[str, object]], split: Spans, *, inside: bool) -> tuple[float, ...]:
    found = right = gold_count = 0
    for row in rows:
        article = str(row["text"])
        gold, predicted = ends(article, row["spans"]), ends(article, split(article))  # type: ignore[arg-type]
        if inside:
            gold, predicted = gold - paragraph_ends(article), predicted - paragraph_ends(article)
        found, right, gold_count = found + len(predicted), right + len(gold & predicted), \
            gold_count + len(gold)
    precision, recall = right / found, right / gold_count
    return precision, recall, 2 * precision * recall / (precision + recall)


def errors(rows: list[dict[str, object]], split: Spans) -> None:
    for row in rows:
        article = str(row["text"])
        gold, predicted = ends(article, row["spans"]), ends(article, split(article))  # type: ignore[arg-type]
        for kind, places in (("missed", gold - predicted), ("added", predicted - gold)):
            for at in sorted(places):
                print(f"  {kind:6} {row['id']}: {article[max(at - 60, 0):at]!r} | "
                      f"{article[at:at + 30]!r}")


def lines(article: str) -> str:
    """``article`` with one line break between paragraphs: a blank line becomes " \\n"."""
    return article.replace("\n\n", " \n")


def wrapped(article: str) -> str:
    """``lines(article)`` with each paragraph's spaces at 72 columns turned into line breaks."""
    laid = lines(article)
    out, start = list(laid), 0
    for line in laid.split("\n"):
        width, at = 0, start  # the output line's length so far; where the word starts
        for word in line.split(" "):
            if word and width and width + 1 + len(word) > WIDTH:
                out[at - 1], width = "\n", len(word)  # the space before ``word``
            else:
                width += len(word) + (1 if width else 0)
            at += len(word) + 1
        start += len(line) + 1
    return "".join(out)


WIDTH = 72
FORMS: dict[str, Callable[[str], str]] = {"lines": lines, "wrapped": wrapped}


def summ_rule(article: str) -> list[str]:
    try:
        return [s.text.strip() for s in text.build(article, ENGLISH).sentences]
    except EmptyDocumentError:
        return []


def punkt_rule(article: str) -> list[str]:
    return [article[s:e].strip() for s, e in punkt_alone(article)]


def golden_rules(split: Callable[[str], list[str]]) -> tuple[int, list[int]]:
    """How many of the golden rules ``split`` passes, and the numbers of those it fails."""
    rules = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    failed = [rule["rule"] for rule in rules if split(rule["text"]) != rule["sentences"]]
    return len(rules) - len(failed), failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=("A", "B"), help="list summ's errors in this half")
    parser.add_argument("--form", choices=tuple(FORMS), help="score this layout, summ sentences")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="another file of the same fields (id, text, spans) to score")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} is absent: nothing to measure")
    rows = sorted((json.loads(line) for line in args.data.open(encoding="utf-8")),
                  key=lambda row: row["id"])
    if args.form:
        rows = [{**row, "text": FORMS[args.form](str(row["text"]))} for row in rows]
    halves = {"A (developed on)": rows[0::2], "B (held back)": rows[1::2], f"all {len(rows)}": rows}
    print(f"{'':15} {'half':17} {'P':>6} {'R':>6} {'F1':>6}   inside paragraphs: P, R, F1")
    splitters = {"summ sentences": summ_sentences} if args.form else SPLITTERS
    for name, split in splitters.items():
        for half, subset in halves.items():
            every, inner = score(subset, split, inside=False), score(subset, split, inside=True)
            print(f"{name:15} {half:17} " + " ".join(f"{v:6.3f}" for v in every)
                  + "   " + " ".join(f"{v:6.3f}" for v in inner))
    for name, rule_split in (("summ", summ_rule), ("Punkt alone", punkt_rule)):
        passed, failed = golden_rules(rule_split)
        print(f"golden rules (English), {name}: {passed}/48 passed"
              + (f"; failed: {failed}" if failed else ""))
    if args.errors:
        print(f"summ sentences, errors in half {args.errors}:")
        errors(halves[next(h for h in halves if h.startswith(args.errors))], summ_sentences)


if __name__ == "__main__":
    main()
