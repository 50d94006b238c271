"""summ against sumy, side by side in one run: ratios, not absolute times.

    python bench/speed.py            # everything, best of 3 (a few minutes on 2 cores)
    python bench/speed.py --quick    # best of 2, and fewer algorithms on 1 MB

1. One article (the seed), whole process: `summ FILE` vs `sumy lex-rank --file FILE`.
2. Long texts (64 KB, 256 KB, 1 MB of news built from the dev data, or from the samples where
   ../shared/eval is absent): summ on 256 KB and 1 MB vs sumy's LexRank (Python API) on 64 KB;
   near-linearity t(1 MB) / t(256 KB); summ's peak memory on 1 MB.
3. Many files in one call (300 articles): summ's whole-process wall time per article, with
   `--jobs 1` and with the default jobs, vs sumy's per-article time in a loop over its Python
   API (imports excluded).
4. Every algorithm on 1 MB: summ -a ALG, with its time and peak memory.

Every measure is taken best-of-N, summ and sumy alternating, because the machine is shared: the
best run is the one least disturbed. The many-files runs are short (under half a second each)
and a disturbance outlasts several of them, so they take two more turns than the rest. Run on
demand; nothing here is part of the test suite.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT / "samples" / "vladivostok-summit.txt"
BIN = Path(sys.executable).parent
SUMM = [str(BIN / "summ")] if (BIN / "summ").exists() else [sys.executable, "-m", "summ"]
SUMY_CLI = [sys.executable, str(ROOT / "bench" / "sumy_offline.py")]
ALGORITHMS = ["summ", "lead", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl",
              "sumbasic", "reduction"]
QUICK_ALGORITHMS = ["lead", "lexrank", "kl"]
ARTICLES = 300
USABLE_SECONDS = 60.0  # "usable on 1 MB": done within a minute and 500 MiB

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

ROWS: list[tuple[str, str, str, str]] = []  # measure, result, target, verdict: the final table


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


def sumy_api(paths: list[str]) -> float:
    """sumy LexRank's time over ``paths`` through its Python API, imports excluded."""
    code = SUMY_API.format(bench=str(ROOT / "bench"))
    done = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True,
                          check=True)
    return float(done.stdout)


def best(repeat: int, *measures: Callable[[], float]) -> list[float]:
    """Best of ``repeat`` for each measure (a callable giving seconds), taken in turn."""
    return [min(t) for t in samples(repeat, *measures)]


def samples(repeat: int, *measures: Callable[[], float]) -> list[list[float]]:
    """``repeat`` times of each measure, the measures taken in turn."""
    times: list[list[float]] = [[] for _ in measures]
    for _ in range(repeat):
        for slot, measure in zip(times, measures, strict=True):
            slot.append(measure())
    return times


def verdict(measure: str, result: str, target: str, met: bool) -> None:
    word = "met" if met else "MISSED"
    print(f"   {measure}: {result}   target {target}   {word}")
    ROWS.append((measure, result, target, word))


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


def bytecode() -> None:
    """Compile summ's modules, as installing a package does (and a first run, where it may).

    Where PYTHONDONTWRITEBYTECODE is set and summ is installed editable, every run would compile
    summ's source again (~30 ms), which no installed copy pays; sumy's modules have theirs.
    """
    spec = importlib.util.find_spec("summ")
    if spec is None or spec.origin is None:
        sys.exit("summ is not installed in this Python")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(spec.origin).parent)],
                   check=True)


def one_article(repeat: int) -> None:
    summ, sumy = best(
        repeat,
        lambda: run([*SUMM, str(SEED)])[0],
        lambda: run([*SUMY_CLI, "lex-rank", "--length=5", f"--file={SEED}"])[0],
    )
    print(f"1. seed article, whole process (best of {repeat}): summ {summ:.3f} s, "
          f"sumy lex-rank {sumy:.3f} s")
    verdict("seed article, summ / sumy lex-rank --file", f"{summ / sumy:.2f}x", "<= 0.5x",
            summ / sumy <= 0.5)


def long_texts(folder: Path, repeat: int) -> Path:
    files = {}
    for label, size in (("64KB", 64 * 1024), ("256KB", 256 * 1024), ("1MB", 1024 * 1024)):
        files[label] = folder / f"long-{label}.txt"
        files[label].write_text(corpus(size), encoding="utf-8")
    peaks: list[int] = []

    def one_mb() -> float:
        elapsed, peak = run([*SUMM, "-f", "json", str(files["1MB"])])
        peaks.append(peak)
        return elapsed

    t256, t1m, sumy64 = best(
        repeat,
        lambda: run([*SUMM, "-f", "json", str(files["256KB"])])[0],
        one_mb,
        lambda: sumy_api([str(files["64KB"])]),
    )
    peak = max(peaks) / 1024
    print(f"2. long texts (best of {repeat}): summ 256 KB {t256:.2f} s, 1 MB {t1m:.2f} s; "
          f"sumy LexRank 64 KB {sumy64:.2f} s")
    verdict("summ on 1 MB / sumy LexRank on 64 KB", f"{t1m / sumy64:.2f}x", "< 1x",
            t1m / sumy64 < 1)
    verdict("t(1 MB) / t(256 KB)", f"{t1m / t256:.2f}", "<= 5", t1m / t256 <= 5)
    verdict("summ peak memory on 1 MB", f"{peak:.0f} MiB", "<= 500 MiB", peak <= 500)
    return files["1MB"]


def many_files(folder: Path, count: int, repeat: int) -> None:
    paths = articles(count, folder)
    times = samples(
        repeat,
        lambda: run([*SUMM, "-j", "1", "-f", "jsonl", *paths])[0],
        lambda: run([*SUMM, "-f", "jsonl", *paths])[0],
        lambda: sumy_api(paths),
    )
    serial, auto, sumy = (min(t) for t in times)
    per = 1000 / count
    print(f"3. {count} files in one call (best of {repeat}), per article: summ -j 1 "
          f"{serial * per:.2f} ms, summ (default jobs, {os.cpu_count()} cores) {auto * per:.2f} ms "
          f"(whole process); sumy API {sumy * per:.2f} ms")
    verdict(f"{count} files, per article, summ -j 1 / sumy API", f"{serial / sumy:.2f}x",
            "<= 0.25x", serial / sumy <= 0.25)
    verdict(f"{count} files, per article, summ default jobs / sumy API", f"{auto / sumy:.2f}x",
            "<= 0.25x", auto / sumy <= 0.25)
    # How much the machine moved the figures: the same ratio from the median runs.
    middle = [statistics.median(t) for t in times]
    print(f"   (medians: -j 1 {middle[0] / middle[2]:.2f}x, default jobs "
          f"{middle[1] / middle[2]:.2f}x)")


def every_algorithm(path: Path, algorithms: list[str]) -> None:
    print("4. every algorithm on 1 MB (one run each):")
    for algorithm in algorithms:
        elapsed, peak = run([*SUMM, "-a", algorithm, "-f", "json", str(path)])
        mib = peak / 1024
        verdict(f"-a {algorithm} on 1 MB", f"{elapsed:.1f} s, {mib:.0f} MiB",
                f"< {USABLE_SECONDS:.0f} s, <= 500 MiB", elapsed < USABLE_SECONDS and mib <= 500)


def table() -> None:
    print("\n| measure | result | target | |\n| --- | --- | --- | --- |")
    for row in ROWS:
        print("| " + " | ".join(row) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"best of 2, and only {', '.join(QUICK_ALGORITHMS)} on 1 MB")
    args = parser.parse_args()
    repeat = 2 if args.quick else 3
    print(f"corpus: {'../shared/eval BBC dev articles' if EVAL.is_dir() else 'samples'}; "
          f"{os.cpu_count()} cores; Python {sys.version.split()[0]}; "
          f"load average {os.getloadavg()[0]:.2f}")
    bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one_article(5 if args.quick else 11)
        long_file = long_texts(folder, repeat)
        many_files(folder, ARTICLES, repeat + 2)
        every_algorithm(long_file, QUICK_ALGORITHMS if args.quick else ALGORITHMS)
    table()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
