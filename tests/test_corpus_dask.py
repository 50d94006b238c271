"""Corpus runs on one real Dask LocalCluster (2 worker processes on loopback), shared by the file.

Each run is compared byte for byte with the same corpus on the local process pool: same rows,
same order, nothing lost, nothing twice, even when a worker is killed during the run.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from typing import TYPE_CHECKING, Any

import pytest

from summ.cli import app
from summ.corpus import Fields, partition_meta, record_schema, summarize_partition
from summ.corpus.command import run_corpus

from .test_corpus import OPTIONS, interrupt_after_two_parts, make_rows, write_csv, write_jsonl

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from typer.testing import CliRunner

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")

pytestmark = pytest.mark.slow

ROWS = 240
PART = 20  # rows a task: 12 tasks, so both workers have some queued when one is killed


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=logging.ERROR,
    ) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster: Any) -> Iterator[Any]:
    with distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same rows as JSONL (with a line that is not JSON), CSV and Parquet."""
    folder = tmp_path_factory.mktemp("corpus")
    rows = make_rows(ROWS)
    pq.write_table(pa.Table.from_pylist(rows), folder / "in.parquet")
    return {
        "jsonl": write_jsonl(folder / "in.jsonl", rows),
        "csv": write_csv(folder / "in.csv", rows),
        "parquet": folder / "in.parquet",
    }


@pytest.fixture(scope="module")
def pool(corpus: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """What the local process pool writes for a corpus format and an output format (kept)."""
    folder, made = tmp_path_factory.mktemp("pool"), {}

    def written(given: str, suffix: str) -> bytes:
        if (given, suffix) not in made:
            _run(corpus[given], folder / f"{given}.{suffix}", jobs=2)
            made[given, suffix] = (folder / f"{given}.{suffix}").read_bytes()
        return made[given, suffix]

    return written


def _run(source: Path, output: Path, **how: Any) -> int:
    counts = run_corpus([str(source)], OPTIONS, Fields(), output=output, partition_rows=PART,
                        **how)
    return counts.rows


@pytest.mark.parametrize(("given", "written"), [
    ("jsonl", "jsonl"), ("csv", "parquet"), ("parquet", "jsonl"), ("jsonl", "parquet"),
])
def test_cluster_writes_the_bytes_the_local_pool_writes(  # noqa: PLR0917
    cluster: Any, corpus: dict[str, Path], pool: Any, tmp_path: Path, given: str, written: str
) -> None:
    dask = tmp_path / f"dask.{written}"
    assert _run(corpus[given], dask, scheduler=cluster.scheduler_address) == ROWS + (
        given == "jsonl")
    assert dask.read_bytes() == pool(given, written)
    ids = _ids(dask)
    assert len(ids) == len(set(ids)) == ROWS + (given == "jsonl")
    assert [p.name for p in tmp_path.iterdir()] == [dask.name]  # no part or temporary left


def test_cluster_resume_adds_only_the_missing_rows(
    cluster: Any, corpus: dict[str, Path], pool: Any, tmp_path: Path
) -> None:
    whole = tmp_path / "whole.parquet"
    whole.write_bytes(pool("csv", "parquet"))
    out = tmp_path / "out.parquet"
    first = write_csv(tmp_path / "first.csv", make_rows(ROWS)[:100])
    assert _run(first, out, scheduler=cluster.scheduler_address) == 100
    resumed = _run(corpus["csv"], out, scheduler=cluster.scheduler_address, resume=True)
    assert resumed == ROWS - 100
    assert pq.read_table(out).equals(pq.read_table(whole))


def test_cli_scheduler_option_and_environment(
    cluster: Any, corpus: dict[str, Path], pool: Any, runner: CliRunner
) -> None:
    source = str(corpus["csv"])
    named = runner.invoke(app, [source, "-n", "2", "--scheduler", cluster.scheduler_address])
    from_env = runner.invoke(app, [source, "-n", "2"],
                             env={"SUMM_SCHEDULER": cluster.scheduler_address})
    assert named.exit_code == from_env.exit_code == 1  # three rows have no summary
    assert named.stdout.encode() == from_env.stdout.encode() == pool("csv", "jsonl")
    assert "error: 3 of 240 rows have no summary" in named.stderr


def test_unreachable_scheduler_is_one_line(runner: CliRunner, corpus: dict[str, Path]) -> None:
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):  # Dask's own setting
        result = runner.invoke(app, [str(corpus["csv"]), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(result.stderr.splitlines()) == 1


def test_partition_function_in_a_dask_dataframe(
    client: Any, corpus: dict[str, Path], pool: Any, tmp_path: Path
) -> None:
    dd = pytest.importorskip("dask.dataframe")
    rows = pq.read_table(corpus["parquet"]).slice(0, 40).to_pandas()
    frame = dd.from_pandas(rows, npartitions=2)
    done = frame.map_partitions(summarize_partition, OPTIONS, meta=partition_meta()).compute()
    expected = [json.loads(line) for line in pool("parquet", "jsonl").splitlines()[:40]]
    assert done.to_dict("records") == expected
    written = tmp_path / "summaries"
    summaries = frame.map_partitions(summarize_partition, OPTIONS, meta=partition_meta())
    summaries.to_parquet(str(written), schema=record_schema(), write_index=False)
    assert pq.read_table(written).to_pylist() == expected
    assert client.run(lambda: "summ.corpus.records" in sys.modules)  # it ran on the workers


def test_ctrl_c_on_a_cluster_leaves_whole_parts_and_resume_finishes(
    cluster: Any, corpus: dict[str, Path], pool: Any, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    interrupt_after_two_parts(corpus["jsonl"], out, "--scheduler", cluster.scheduler_address)
    out.unlink()
    _run(corpus["jsonl"], out, scheduler=cluster.scheduler_address, resume=True)
    assert out.read_bytes() == pool("jsonl", "jsonl")


def test_a_worker_killed_during_the_run_loses_no_row(
    cluster: Any, client: Any, corpus: dict[str, Path], pool: Any, tmp_path: Path
) -> None:
    """Last in the file: the nanny restarts the worker, which takes seconds nobody waits for."""
    killed: list[int] = []

    class KillOnce:
        """After the first partition is in, SIGKILL a worker that has tasks in hand."""

        def start(self) -> None: ...
        def stop(self) -> None: ...

        def advance(self, rows: int, errors: int) -> None:
            del rows, errors
            if killed:
                return
            busy = [w for w, tasks in client.processing().items() if tasks]
            assert busy, "no worker had a task to lose"
            pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    out = tmp_path / "dask.jsonl"
    run_corpus([str(corpus["jsonl"])], OPTIONS, Fields(), output=out, partition_rows=PART,
               scheduler=cluster.scheduler_address, tracker=KillOnce())
    assert killed
    assert out.read_bytes() == pool("jsonl", "jsonl")
    assert killed[0] not in client.run(os.getpid).values()


def _ids(path: Path) -> list[str]:
    if path.suffix == ".parquet":
        return [str(i) for i in pq.read_table(path).column("id").to_pylist()]
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]
