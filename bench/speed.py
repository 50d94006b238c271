"""summ against sumy, side by side in one run: ratios, not absolute times.

    python bench/speed.py            # everything (a few minutes on 2 cores)
    python bench/speed.py --quick    # fewer repeats, smaller corpus for many-files

1. One article (the seed), whole process: `summ FILE` vs `sumy lex-rank --file FILE`.
2. Long texts (64 KB, 256 KB, 1 MB of news built from the dev data, or from the samples where
   ../shared/eval is absent): summ on 256 KB and 1 MB vs sumy's LexRank (Python API) on 64 KB;
   near-linearity t(1 MB) / t(256 KB); summ's peak memory on 1 MB.
3. Many files in one call: summ's wall time per article vs sumy's per-article time in a loop
   over its Python API.
4. Every algorithm on 1 MB: summ -a ALG, with its time.
Run on demand; nothing here is part of the test suite's pass/fail.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT / "samples" / "vladivostok-summit.txt"
BIN = Path(sys.executable).parent
SUMM = [str(BIN / "summ")] if (BIN / "summ").exists() else [sys.executable, "-m", "summ"]
SUMY_CLI = [sys.executable, str(ROOT / "bench" / "sumy_offline.py")]
ALGORITHMS = ["summ", "lead", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl",
              "sumbasic", "reduction"]

SUMY_API = """
import sys, time
sys.path.insert(0, {bench!r})
import sumy_offline  # noqa: F401  (offline Punkt for sumy)
from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words
summarizer = LexRankSummarizer(Stemmer("english"))
summarizer.stop_words = get_stop_words("english")
tokenizer = Tokenizer("english")
paths = sys.argv[1:]
start = time.perf_counter()
for path in paths:
    document = PlaintextParser.from_file(path, tokenizer).document
    summarizer(document, 5)
print(time.perf_counter() - start)
"""


def run(command: list[str]) -> tuple[float, int]:
    """Wall time and peak resident memory (KiB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, status, usage = os.wait4(process.pid, 0)
    except KeyboardInterrupt:
        process.kill()
        raise
    elapsed = time.perf_counter() - start
    if status:
        error = process.stderr.read().decode() if process.stderr else ""
        raise RuntimeError(f"{command[:3]} failed: {error[-500:]}")
    return elapsed, usage.ru_maxrss


def median_time(command: list[str], repeat: int) -> float:
    return statistics.median(run(command)[0] for _ in range(repeat))


def corpus(size: int) -> str:
    """News text of about ``size`` bytes: dev articles one after another, or the samples."""
    if EVAL.is_dir():
        rows = (json.loads(line) for line in (EVAL / "bbc_dev.jsonl").open(encoding="utf-8"))
        pieces = (f"{r['title']}\n\n{r['article']}" for r in rows)
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.*"))]
        pieces = (texts[i % len(texts)] for i in range(10**6))
    out: list[str] = []
    total = 0
    for piece in pieces:
        out.append(piece)
        total += len(piece.encode()) + 2
        if total >= size:
            break
    return "\n\n".join(out)


def articles(count: int, folder: Path) -> list[str]:
    if EVAL.is_dir():
        rows = [json.loads(line) for line in (EVAL / "bbc_dev.jsonl").open(encoding="utf-8")]
        texts = [f"{r['title']}\n\n{r['article']}" for r in rows[:count]]
    else:
        samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.*"))]
        texts = [samples[i % len(samples)] for i in range(count)]
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"article-{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def one_article(repeat: int) -> None:
    summ = median_time([*SUMM, str(SEED)], repeat)
    sumy = median_time([*SUMY_CLI, "lex-rank", "--length=5", f"--file={SEED}"], repeat)
    print(f"1. seed article, whole process (median of {repeat}):")
    print(f"   summ {summ:.3f} s   sumy lex-rank {sumy:.3f} s   ratio {summ / sumy:.2f}"
          f"   (target <= 0.5)")


def long_texts(folder: Path) -> None:
    files = {}
    for label, size in (("64KB", 64 * 1024), ("256KB", 256 * 1024), ("1MB", 1024 * 1024)):
        files[label] = folder / f"long-{label}.txt"
        files[label].write_text(corpus(size), encoding="utf-8")
    t256, _ = run([*SUMM, "-f", "json", str(files["256KB"])])
    t1m, peak = run([*SUMM, "-f", "json", str(files["1MB"])])
    sumy64 = float(subprocess.run(
        [sys.executable, "-c", SUMY_API.format(bench=str(ROOT / "bench")), str(files["64KB"])],
        capture_output=True, text=True, check=True).stdout)
    print("2. long texts:")
    print(f"   summ 1 MB {t1m:.2f} s vs sumy LexRank 64 KB {sumy64:.2f} s: ratio "
          f"{t1m / sumy64:.2f} (target < 1)")
    print(f"   summ 256 KB {t256:.2f} s; t(1 MB) / t(256 KB) = {t1m / t256:.2f} (target <= 5)")
    print(f"   summ peak memory on 1 MB: {peak / 1024:.0f} MiB (target <= 500)")
    print("4. every algorithm on 1 MB:")
    for algorithm in ALGORITHMS:
        elapsed, peak = run([*SUMM, "-a", algorithm, "-f", "json", str(files["1MB"])])
        print(f"   {algorithm:<10} {elapsed:6.2f} s  {peak / 1024:5.0f} MiB")


def many_files(folder: Path, count: int) -> None:
    paths = articles(count, folder)
    summ, _ = run([*SUMM, "-f", "jsonl", *paths])
    sumy = float(subprocess.run(
        [sys.executable, "-c", SUMY_API.format(bench=str(ROOT / "bench")), *paths],
        capture_output=True, text=True, check=True).stdout)
    print(f"3. {count} files in one call:")
    print(f"   summ {summ / count * 1000:.1f} ms/article (whole process) vs sumy API "
          f"{sumy / count * 1000:.1f} ms/article: ratio {summ / sumy:.2f} (target <= 0.25)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(f"corpus: {'../shared/eval BBC dev articles' if EVAL.is_dir() else 'samples'}; "
          f"{os.cpu_count()} cores; {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one_article(5 if args.quick else 11)
        long_texts(folder)
        many_files(folder, 100 if args.quick else 300)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
