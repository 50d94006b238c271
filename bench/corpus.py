"""A corpus of news articles through every runner: rows/s, Dask's overhead, scaling, memory.

    python bench/corpus.py --rounds 1      # 10,000 articles, then 100,000 on Dask for memory
    python bench/corpus.py --rows 2000 --no-memory   # a quick look while developing

The corpus is built on the fly, in a temporary folder, from ../shared/eval (the articles of the
CNN, CNN/DM, BBC, XSum, writer-summary and PolNeAR files, cycled with new ids up to the row
count); nothing of it is stored. Each measure runs in a fresh process, so its peak memory is its
own: summ in-process (-j 1), the local pool (-j 2), and a LocalCluster of 1 and of 2 worker
processes (one thread each), each started and warmed up (every worker has summarized a few rows)
before the clock starts, as a long-running cluster would be. Output goes to a .jsonl file.

The 10x run takes about as long as all the others together (100,000 rows at ~90 rows/s is 20
minutes on 2 free cores; far more on a loaded machine); --no-memory leaves it out.

Targets (issue 17): Dask's overhead against the local pool on the same cores <= 15 %, and 2
workers >= 1.6x one. The machine has 2 cores shared with other jobs: the load average is
printed with each measure, and the modes alternate across rounds so that all see the same.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SOURCES = {  # file: the field its article is in
    "cnn_paragraphs_dev.jsonl": "article", "cnndm_val.jsonl": "article",
    "bbc_dev.jsonl": "article", "xsum_dev.jsonl": "article",
    "news_writer_dev.jsonl": "article", "polnear_dev.jsonl": "text",
}
MODES = ("in-process", "local pool", "dask 1 worker", "dask 2 workers")
WARM_ROWS = 64


def articles() -> list[dict[str, str]]:
    found = []
    for name, field in SOURCES.items():
        with (EVAL / name).open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                found.append({"title": row.get("title") or "", "text": row[field]})
    return found


def build(path: Path, rows: int, pool: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for number in range(rows):
            source = pool[number % len(pool)]
            out.write(json.dumps({"id": f"r{number:07d}", **source}) + "\n")


def measure(mode: str, corpus: Path, warm: Path, out: Path) -> dict[str, Any]:
    """One mode in this process (a fresh one): rows/s and peak memory."""
    from summ.corpus import Fields  # noqa: PLC0415
    from summ.corpus.command import run_corpus  # noqa: PLC0415
    from summ.models import Options  # noqa: PLC0415

    options, fields = Options(), Fields()
    cluster = _cluster(mode)
    how: dict[str, Any] = {"jobs": 1 if mode == "in-process" else 2}
    if cluster is not None:
        how = {"scheduler": cluster.scheduler_address}
    # Warm-up in small partitions, so that each worker (or the pool's parent) has loaded Punkt.
    run_corpus([str(warm)], options, fields, output=out, partition_rows=4, **how)
    tree = _tree(cluster)
    cpu_before = _cpu(tree)
    started = time.perf_counter()
    counts = run_corpus([str(corpus)], options, fields, output=out, **how)
    seconds = time.perf_counter() - started
    cpu = _cpu(tree if cluster is not None else _tree(None)) - cpu_before
    workers = _worker_peaks(cluster)
    if cluster is not None:
        cluster.close()
    return {
        "mode": mode, "rows": counts.rows, "errors": counts.errors, "seconds": seconds,
        "rows_per_s": counts.rows / seconds, "load": os.getloadavg()[0],
        "cpu_ms_per_row": 1000 * cpu / counts.rows,
        "client_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mib": workers, "output_mib": out.stat().st_size / 2**20,
    }


def _tree(cluster: Any) -> list[Any]:
    """This process and its descendants (a Dask cluster's nannies and workers), as psutil sees."""
    import psutil  # noqa: PLC0415  (installed with distributed)

    del cluster  # its processes are among the descendants
    me = psutil.Process()
    return [me, *me.children(recursive=True)]


def _cpu(processes: list[Any]) -> float:
    """CPU seconds (user and system) these processes have used, and the pool's ended children.

    A pool's workers end with the run, so their time is in RUSAGE_CHILDREN; Dask's outlive it.
    """
    total = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = total.ru_utime + total.ru_stime
    for process in processes:
        try:
            times = process.cpu_times()
        except Exception:  # noqa: BLE001, S112  (a process that ended meanwhile)
            continue
        used += times.user + times.system
    return used


def _cluster(mode: str) -> Any:
    if not mode.startswith("dask"):
        return None
    from summ.corpus.runner import local_cluster  # noqa: PLC0415

    # summ's own settings (no stack sampling; short stream logs for the scheduler in this process)
    return local_cluster(int(mode.split()[1]), host="127.0.0.1", dashboard_address=None)


def _worker_peaks(cluster: Any) -> float:
    """The largest peak memory among the workers (the pool's children, or Dask's)."""
    if cluster is None:
        return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    from distributed import Client  # noqa: PLC0415

    with Client(cluster) as client:
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return max(peaks.values()) / 1024


def run_one(mode: str, corpus: Path, warm: Path, folder: Path) -> dict[str, Any]:
    out = folder / f"out-{mode.replace(' ', '-')}.jsonl"
    done = subprocess.run(
        [sys.executable, __file__, "--one", mode, str(corpus), str(warm), str(out)],
        capture_output=True, text=True, check=False,
    )
    if done.returncode:
        raise SystemExit(f"{mode} failed:\n{done.stderr}")
    out.unlink()
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def report(results: dict[str, dict[str, Any]], rows: int) -> None:
    print(f"\n{rows:,} rows, best of the rounds (rows/s; peak memory of the client / workers)")
    print("| runner | rows/s (wall) | per worker core | CPU ms a row (all processes) | "
          "rows per CPU-second | client MiB | worker MiB | load |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for mode, best in results.items():
        cores = 2 if mode in {"local pool", "dask 2 workers"} else 1
        cpu = best["cpu_ms_per_row"]
        print(f"| {mode} | {best['rows_per_s']:.1f} | {best['rows_per_s'] / cores:.1f} | "
              f"{cpu:.2f} | {1000 / cpu:.0f} | {best['client_peak_mib']:.0f} | "
              f"{best['worker_peak_mib']:.0f} | {best['load']:.1f} |")
    pool, one, two = (results[m]["rows_per_s"] for m in MODES[1:])
    pool_cpu, two_cpu = (results[m]["cpu_ms_per_row"] for m in (MODES[1], MODES[3]))
    print(f"Dask's overhead vs the local pool (2 cores), wall: {pool / two - 1:+.1%}; CPU a row: "
          f"{two_cpu / pool_cpu - 1:+.1%} (target <= 15%)")
    print(f"2 workers vs 1, wall: {two / one:.2f}x (target >= 1.6x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-memory", action="store_true", help="skip the 10x-rows run")
    parser.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        mode, *paths = args.one
        print(json.dumps(measure(mode, *map(Path, paths))))
        return
    if not EVAL.is_dir():
        raise SystemExit(f"skipped: {EVAL} is absent (the corpus is built from it)")
    pool = articles()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        build(folder / "warm.jsonl", WARM_ROWS, pool[-WARM_ROWS:])
        build(folder / "corpus.jsonl", args.rows, pool)
        print(f"{len(pool):,} distinct articles, cycled to {args.rows:,} rows")
        best: dict[str, dict[str, Any]] = {}
        for turn in range(args.rounds):
            for mode in MODES if turn % 2 == 0 else MODES[::-1]:
                result = run_one(mode, folder / "corpus.jsonl", folder / "warm.jsonl", folder)
                print(json.dumps(result), flush=True)
                if mode not in best or result["rows_per_s"] > best[mode]["rows_per_s"]:
                    best[mode] = result
        report({m: best[m] for m in MODES}, args.rows)
        if not args.no_memory:
            build(folder / "big.jsonl", args.rows * 10, pool)
            for mode in ("dask 2 workers",):  # the same runner loop as the pool; ~45 min each
                big = run_one(mode, folder / "big.jsonl", folder / "warm.jsonl", folder)
                print(f"10x rows, {mode}: {json.dumps(big)}")
                small = best[mode]
                print(f"  peak client {small['client_peak_mib']:.0f} -> "
                      f"{big['client_peak_mib']:.0f} MiB, worker {small['worker_peak_mib']:.0f}"
                      f" -> {big['worker_peak_mib']:.0f} MiB, output {big['output_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
