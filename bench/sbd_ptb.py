"""Gold sentences of real newswire from NLTK's sample of the Penn Treebank (WSJ, 1989).

    python bench/sbd_ptb.py treebank.zip /tmp/wsj.jsonl   # NLTK's packages/corpora/treebank.zip
    python bench/sbd.py --data /tmp/wsj.jsonl

Writes one article a line in sbd_news_dev.jsonl's fields (id, text, spans), outside the
repository: the sample is NLTK's to distribute, not ours. The text is the article's raw file,
paragraphs apart by a blank line, lines of a paragraph joined by a space; a sentence is a parse
tree, its span found by walking the tree's words through the text. The trees misplace quotation
marks at sentence ends (a closing mark left to the next tree, an opening one kept by the tree
before), so each mark goes with the sentence it touches: a closing mark (white space after it)
ends the sentence before, an opening one (white space before it) starts the next. Articles whose
words cannot all be found (3 of 199: stray bytes in the raw file) are left out.
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from itertools import pairwise
from pathlib import Path

from nltk import Tree

_WORDS = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}"}
_QUOTES = "\"'"


def trees(data: str) -> list[Tree]:
    """The bracketed trees of one .mrg file."""
    found, depth, start = [], 0, 0
    for at, char in enumerate(data):
        if char == "(":
            start = at if depth == 0 else start
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                found.append(Tree.fromstring(data[start : at + 1],
                                             remove_empty_top_bracketing=True))
    return found


def spans(text: str, sentences: list[Tree]) -> list[list[int]] | None:
    """Each tree's span in ``text``; None if a word is not where the last one left off."""
    at, found = 0, []
    for tree in sentences:
        start: int | None = None
        for leaf, tag in tree.pos():
            if tag == "-NONE-":
                continue  # a trace, not in the text
            word = _WORDS.get(leaf, leaf).replace("\\/", "/")
            # ". . ." is one word of the tree; "U.S." ending a sentence gets a second period
            pattern = r"\s*" + r"\s?".join(map(re.escape, word))
            match = re.compile(pattern).match(text, at)
            if match is None and word in (".", "?", "!"):
                continue
            if match is None:
                return None
            begin = match.end() - len(match.group().lstrip())
            start = begin if start is None else start
            at = match.end()
        found.append([at if start is None else start, at])
    return found


def settle_quotes(text: str, found: list[list[int]]) -> None:
    """Give each quotation mark between two sentences to the one it belongs to."""
    starts = {start for start, _ in found}
    for span in found:  # a closing mark after the sentence's end
        while (span[1] < len(text) and text[span[1]] in _QUOTES and span[1] not in starts
               and (span[1] + 1 == len(text) or text[span[1] + 1].isspace())):
            span[1] += 1
    for this, following in pairwise(found):
        while text[following[0]] in _QUOTES and text[following[0] + 1 : following[0] + 2].isspace():
            this[1] = following[0] + 1  # a closing mark the next tree took
            following[0] = _skip_space(text, following[0] + 1)
        while text[this[1] - 1] in _QUOTES and text[this[1] - 2].isspace():
            following[0] = this[1] - 1  # an opening mark this tree kept
            this[1] = len(text[: this[1] - 1].rstrip())


def _skip_space(text: str, at: int) -> int:
    return len(text) - len(text[at:].lstrip())


def articles(archive: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with zipfile.ZipFile(archive) as package:
        names = sorted(n for n in package.namelist() if re.search(r"combined/wsj_\d+\.mrg$", n))
        for name in names:
            article = Path(name).stem
            raw = package.read(f"treebank/raw/{article}").decode("latin-1").replace(".START", "")
            blocks = (" ".join(line.strip() for line in b.splitlines() if line.strip())
                      for b in raw.split("\n\n"))
            text = "\n\n".join(b for b in blocks if b)
            found = spans(text, trees(package.read(name).decode("latin-1")))
            if found is None:
                continue
            settle_quotes(text, found)
            rows.append({"id": article, "text": text, "spans": found})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="NLTK's treebank.zip")
    parser.add_argument("out", type=Path, help="the JSON lines to write (outside the repo)")
    args = parser.parse_args()
    rows = articles(args.archive)
    with args.out.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)
    print(f"{len(rows)} articles -> {args.out}")


if __name__ == "__main__":
    main()
