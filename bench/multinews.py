"""ROUGE of ``summ --combine`` on Multi-News clusters against Lead round-robin and sumy.

    python bench/multinews.py                       # every system, both halves
    python bench/multinews.py --systems digest,lead-rr --half even
    python bench/multinews.py --limit 20 --systems digest
    python bench/multinews.py --speed               # 50 articles of 1,000 words, summ --combine

Every system gets the same budget: the reference's word count. Each takes whole sentences in
its own order of preference while they fit (the first one always, as summ's selection does):
the digest its picks; "lead-rr" the first sentence of each article in turn, then the second
...; each sumy algorithm its ratings over the articles joined into one text (sumy's maintainer
suggests concatenating). Scores are rouge-score F1 with stemming, ×100, the reference split
into sentences for ROUGE-Lsum. "repeats" counts pairs of picked sentences whose word vectors
(lower-cased, stop words out, unstemmed) have a cosine above 0.6, per summary; "dangling" the
share of sentences opening with a pronoun or connective (scoring.OPENER) whose article's
sentence before is not picked (for sumy, the joined text's); "over" is the
share of summaries longer than their budget, "words" the mean length over the budget.
The digest's weights were fitted on the even clusters (``--half even``); odd ones are held out.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from itertools import combinations
from pathlib import Path

from summ import Algorithm, Length, Options, lang, text, vectors
from summ.combine import summarize_many
from summ.models import Article
from summ.scoring import OPENER
from summ.sumy_adapter import SUMY_ALGORITHMS, sumy_scorer

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "multinews_dev.jsonl"
SUMY = sorted(a.value for a in SUMY_ALGORITHMS)
SYSTEMS = ["digest", "lead-rr", *SUMY]
REPEAT = 0.6

Cluster = tuple[list[str], str]


_LINES = re.compile(r"\s*\n\s*")


def load(limit: int | None, *, flat: bool = False) -> list[Cluster]:
    rows = [json.loads(line) for line in EVAL.open(encoding="utf-8")]
    if flat:  # every article as one block, as if copied from a feed (issue 12)
        return [([_LINES.sub(" ", a) for a in r["articles"]], r["reference"]) for r in rows[:limit]]
    return [(r["articles"], r["reference"]) for r in rows[:limit]]


Key = tuple[int, int]  # (article, sentence) for Lead and the digest; (0, sentence) for sumy
Pick = tuple[str, bool]  # a sentence's text, and whether it dangles (see bench/quality.py)


def picked(system: str, articles: list[str], budget: int) -> list[Pick]:
    """The sentences ``system`` gives for ``articles`` within ``budget`` words."""
    if system == "digest":
        options = Options(length=Length(words=budget), highlight=False, language="english")
        named = [Article(a, f"article {i}") for i, a in enumerate(articles)]
        digest = summarize_many(named, options)
        keys = [(s.mentions[0].source, s.sentence.index) for s in digest.sentences]
        return _dangling([s.sentence.text for s in digest.sentences], keys)
    english = lang.load("english")
    if system == "lead-rr":
        documents = [_document(a, english) for a in articles if a.strip()]
        documents = [d for d in documents if d is not None]
        longest = max((len(d.sentences) for d in documents), default=0)
        order = [
            (d.sentences[i].text, d.sentences[i].words, (n, i))
            for i in range(longest)
            for n, d in enumerate(documents)
            if i < len(d.sentences)
        ]
        return _fill(order, budget)
    document = _document("\n\n".join(articles), english)
    if document is None:
        return []
    ratings = sumy_scorer(Algorithm(system))(document, english)
    ranked = sorted(range(len(ratings)), key=lambda i: -ratings[i])
    return _fill(
        [(document.sentences[i].text, document.sentences[i].words, (0, i)) for i in ranked], budget
    )


def _document(raw: str, english: lang.Language) -> text.Document | None:
    try:
        return text.build(raw, english)
    except Exception:  # noqa: BLE001  (an empty "article" of the data set)
        return None


def _fill(order: list[tuple[str, int, Key]], budget: int) -> list[Pick]:
    """Sentences in order of preference while they fit; shown in article order."""
    chosen: list[tuple[Key, str]] = []
    words = 0
    for sentence, count, key in order:
        if chosen and words + count > budget:
            continue
        chosen.append((key, sentence))
        words += count
    chosen.sort()
    return _dangling([s for _, s in chosen], [k for k, _ in chosen])


def _dangling(sentences: list[str], keys: list[Key]) -> list[Pick]:
    """Each sentence with whether it opens with a pronoun or connective, its antecedent out."""
    taken = set(keys)
    return [
        (s, bool(OPENER.match(s)) and (k[0], k[1] - 1) not in taken)
        for s, k in zip(sentences, keys, strict=True)
    ]


def repeats(sentences: list[str], stop: frozenset[str]) -> int:
    vecs = [vectors.counts(w for w in lang.words(s) if w not in stop) for s in sentences]
    return sum(vectors.cosine(a, b) > REPEAT for a, b in combinations(vecs, 2))


def run(job: tuple[str, list[Cluster]]) -> list[dict[str, float]]:
    from rouge_score import rouge_scorer  # noqa: PLC0415

    system, clusters = job
    rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    english = lang.load("english")
    rows = []
    for articles, reference in clusters:
        budget = len(lang.words(reference))
        picks = picked(system, articles, budget)
        sentences = [s for s, _ in picks]
        ref = "\n".join(reference[s:e] for s, e in english.split(reference))
        scores = rouge.score(ref, "\n".join(" ".join(s.split()) for s in sentences))
        words = sum(len(lang.words(s)) for s in sentences)
        rows.append(
            {
                "rouge1": scores["rouge1"].fmeasure * 100,
                "rouge2": scores["rouge2"].fmeasure * 100,
                "rougeLsum": scores["rougeLsum"].fmeasure * 100,
                "repeats": repeats(sentences, english.stop_words),
                "dangling": 100 * sum(d for _, d in picks) / max(1, len(picks)),
                "over": float(words > budget),
                "words": words / budget,
            }
        )
    return rows


def _mean(rows: list[dict[str, float]], key: str) -> float:
    return statistics.fmean(r[key] for r in rows) if rows else 0.0


def table(title: str, results: dict[str, list[dict[str, float]]]) -> None:
    print(f"\n{title}")
    columns = ("R-1", "R-2", "R-Lsum", "repeats", "dangling%", "over%", "words")
    print(f"{'system':<11} " + " ".join(f"{c:>{max(6, len(c))}}" for c in columns))
    for system, rows in sorted(results.items(), key=lambda x: -_mean(x[1], "rouge1")):
        print(
            f"{system:<11} {_mean(rows, 'rouge1'):6.2f} {_mean(rows, 'rouge2'):6.2f}"
            f" {_mean(rows, 'rougeLsum'):6.2f} {_mean(rows, 'repeats'):7.2f}"
            f" {_mean(rows, 'dangling'):9.1f}"
            f" {100 * _mean(rows, 'over'):6.1f} {_mean(rows, 'words'):6.2f}"
        )


def speed(count: int = 50, words: int = 1000, runs: int = 5) -> None:
    """Wall time of ``summ --combine -f json`` over ``count`` files of ``words`` words each.

    Each file is dev articles' paragraphs in turn, cut at the paragraph that reaches ``words``
    (so a file reads like an article, not like a cut-off list of words).
    """
    paragraphs = [p for articles, _ in load(None) for a in articles for p in a.split("\n\n")]
    files: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        taken = 0
        for number in range(count):
            chunk: list[str] = []
            while sum(len(p.split()) for p in chunk) < words:
                chunk.append(paragraphs[taken % len(paragraphs)])
                taken += 1
            path = Path(folder) / f"{number:02d}.txt"
            path.write_text("\n\n".join(chunk), encoding="utf-8")
            files.append(str(path))
        total = sum(len(Path(f).read_text(encoding="utf-8").split()) for f in files)
        command = [str(Path(sys.executable).with_name("summ")), "--combine", "-f", "json", *files]
        times, cpu = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    # On a shared machine the wall time measures the neighbours too; the CPU time (the summ
    # process and its worker) is what a quiet 2-core machine would take at most.
    print(
        f"{count} files, {total:,} words: wall best {min(times):.2f} s, median "
        f"{statistics.median(times):.2f} s; CPU best {min(cpu):.2f} s, median "
        f"{statistics.median(cpu):.2f} s; {runs} runs, load average {os.getloadavg()[0]:.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--half", choices=("even", "odd", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N clusters")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--speed", action="store_true", help="time 50 articles instead")
    parser.add_argument("--flat", action="store_true", help="articles without line breaks")
    args = parser.parse_args()
    if not EVAL.is_file():
        print(f"{EVAL} is absent: nothing to measure.")
        return 0
    if args.speed:
        speed()
        return 0
    clusters = load(args.limit, flat=args.flat)
    systems = args.systems.split(",")
    with ProcessPoolExecutor(args.jobs) as pool:
        results = dict(zip(systems, pool.map(run, [(s, clusters) for s in systems]), strict=True))
    halves = {"even": slice(0, None, 2), "odd": slice(1, None, 2)}
    for name, part in halves.items():
        if args.half in (name, "both"):
            label = "tuned" if name == "even" else "held out"
            table(
                f"{name} clusters ({label}, {len(clusters[part])})",
                {s: rows[part] for s, rows in results.items()},
            )
    if args.half == "both":
        table(f"all clusters ({len(clusters)})", results)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
