"""Running partitions: in this process, on a local process pool, or on a Dask cluster.

Every runner executes the same task on the same partitions, and the results are taken in
partition order, so each writes the same bytes. At most a window of partitions is in flight
(twice the workers' threads): reading stays just ahead of the workers and memory stays flat,
however long the corpus. On Dask, a worker that dies has its tasks re-run elsewhere by the
scheduler (each task carries its rows), and each future gives its result once: no row is lost
or written twice.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from summ.corpus.formats import encode, need
from summ.corpus.records import summarize_rows
from summ.errors import SummError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from summ.corpus.readers import Partition
    from summ.corpus.records import Fields
    from summ.corpus.sinks import Sink
    from summ.models import Options

LOCAL = "local"
"""``--scheduler`` value that starts a LocalCluster on this machine."""


@dataclass(frozen=True, slots=True)
class Done:
    """What a worker sends back for a partition: its bytes, and counts for the progress."""

    index: int
    payload: bytes
    rows: int
    errors: int


@dataclass(frozen=True, slots=True)
class Job:
    """What every task of a run shares."""

    options: Options
    fields: Fields
    parquet: bool


def summarize_part(partition: Partition, job: Job) -> Done:
    """The task: a partition's records, encoded (it runs on a worker)."""
    records = summarize_rows(partition.rows, partition.numbers, job.options, job.fields)
    errors = sum(r["error"] is not None for r in records)
    return Done(partition.index, encode(records, job.parquet), len(records), errors)


class Pending(Protocol):
    """A submitted task."""

    def result(self) -> Done:
        """Wait for it."""


class Executor(Protocol):
    """Where tasks run."""

    @property
    def threads(self) -> int:
        """Tasks it runs at once."""

    dashboard: str | None
    """Where to watch it, when it is a Dask cluster with a dashboard."""

    def submit(self, partition: Partition, job: Job) -> Pending:
        """Start a task."""


class Tracker(Protocol):
    """What :func:`run` reports its progress to."""

    def start(self) -> None:
        """The run begins."""

    def advance(self, rows: int, errors: int) -> None:
        """A partition of ``rows`` rows is written, ``errors`` of them error records."""

    def stop(self) -> None:
        """The run is over, finished or interrupted."""


@dataclass(slots=True)
class Counts:
    """Rows written by a run, and how many of them are error records."""

    rows: int = 0
    errors: int = 0


def run(
    parts: Iterable[Partition], job: Job, executor: Executor, sink: Sink, tracker: Tracker
) -> Counts:
    """Summarize every partition on ``executor``; give their bytes to ``sink`` in order."""
    counts, pending = Counts(), deque[Pending]()
    tracker.start()
    try:
        for part in parts:
            pending.append(executor.submit(part, job))
            if len(pending) >= max(2, 2 * executor.threads):  # asked again: workers may join
                _take(pending.popleft(), sink, counts, tracker)
        while pending:
            _take(pending.popleft(), sink, counts, tracker)
        sink.finish()
    finally:
        tracker.stop()
    return counts


def _take(pending: Pending, sink: Sink, counts: Counts, tracker: Tracker) -> None:
    done = pending.result()
    sink.write(done.index, done.payload)
    counts.rows += done.rows
    counts.errors += done.errors
    tracker.advance(done.rows, done.errors)


@contextlib.contextmanager
def executor(jobs: int, scheduler: str | None, options: Options) -> Iterator[Executor]:
    """Dask when a scheduler is named, else ``jobs`` local processes (1: this process alone)."""
    if scheduler:
        with _dask(scheduler) as dask:
            yield dask
    elif jobs == 1:
        yield _Inline()
    else:
        from summ.batch import worker_pool  # noqa: PLC0415

        count = jobs or _cores()
        with worker_pool(count, options) as pool:  # summ -j's: its signals and its ending
            yield _Pool(pool, count)


class _Ready:
    def __init__(self, done: Done) -> None:
        self.done = done

    def result(self) -> Done:
        return self.done


class _Inline:
    threads = 1
    dashboard: str | None = None

    def submit(self, partition: Partition, job: Job) -> Pending:
        return _Ready(summarize_part(partition, job))


class _Async:
    def __init__(self, pending: Any) -> None:  # noqa: ANN401  (multiprocessing's AsyncResult)
        self.pending = pending

    def result(self) -> Done:
        done: Done = self.pending.get()
        return done


class _Pool:
    """Forked worker processes (spawned where fork is unsafe), as ``summ -j`` uses."""

    dashboard: str | None = None

    def __init__(self, pool: Any, count: int) -> None:  # noqa: ANN401  (multiprocessing's Pool)
        self.pool = pool
        self.threads = count

    def submit(self, partition: Partition, job: Job) -> Pending:
        return _Async(self.pool.apply_async(summarize_part, (partition, job)))


class _Dask:
    def __init__(self, client: Any, interrupted: threading.Event) -> None:  # noqa: ANN401
        self.client = client  # a distributed.Client
        self.interrupted = interrupted
        services = client.scheduler_info().get("services", {})
        self.dashboard = client.dashboard_link if "dashboard" in services else None

    @property
    def threads(self) -> int:
        """The cluster's threads now (an adaptive cluster grows and shrinks)."""
        return sum(self.client.nthreads().values())

    def submit(self, partition: Partition, job: Job) -> Pending:
        if self.interrupted.is_set():
            raise KeyboardInterrupt
        future = self.client.submit(summarize_part, partition, job, pure=False)
        return _DaskPending(future, self.interrupted)


class _DaskPending:
    def __init__(self, future: Any, interrupted: threading.Event) -> None:  # noqa: ANN401
        self.future = future  # a distributed.Future
        self.interrupted = interrupted

    def result(self) -> Done:
        from concurrent.futures import CancelledError  # noqa: PLC0415

        distributed = need("distributed", "--scheduler")
        done = threading.Event()  # set the moment the future is, from the client's thread
        self.future.add_done_callback(lambda _: done.set())
        while not done.wait(_POLL) and not self.future.done():
            if self.interrupted.is_set():
                raise KeyboardInterrupt  # here, where the run can stop cleanly
        try:
            result: Done = self.future.result()
        except distributed.KilledWorker as error:  # it killed every worker it was given
            raise SummError(f"Dask gave up on a partition: {error}") from None
        except (CancelledError, OSError, TimeoutError) as error:  # the scheduler went away
            raise SummError(f"the Dask cluster stopped answering ({type(error).__name__}: "
                            f"{error}); add --resume to go on") from None
        return result


@contextlib.contextmanager
def _dask(scheduler: str) -> Iterator[_Dask]:
    distributed = need("distributed", "--scheduler")
    import dask  # noqa: PLC0415

    if scheduler != LOCAL:
        # Dask's own connect timeout (30 s unless DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT says)
        try:
            with dask.config.set(_SHORT_LOGS):
                client = distributed.Client(scheduler)
        except (OSError, ValueError) as error:
            raise SummError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        with client, _ctrl_c() as interrupted:
            yield _Dask(client, interrupted)
        return
    cluster = local_cluster(_cores())
    with dask.config.set(_SHORT_LOGS):
        client = distributed.Client(cluster)
    with cluster, client, _ctrl_c() as interrupted:
        yield _Dask(client, interrupted)


_POLL = 0.05  # seconds between looks at Ctrl-C while a partition is awaited (its end wakes at once)


@contextlib.contextmanager
def _ctrl_c() -> Iterator[threading.Event]:
    """Ctrl-C as an event the run looks at, not an exception raised wherever Python stands.

    Raised at random, the KeyboardInterrupt can land in a finalizer of the Dask client's
    (``Future.__del__``), where Python prints it and goes on: the run then finished as if
    nobody had asked it to stop. A second Ctrl-C raises at once, as usual.
    """
    interrupted = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield interrupted  # only the main thread gets signals
        return

    def handler(signum: int, frame: object) -> None:
        del signum, frame
        if interrupted.is_set():
            raise KeyboardInterrupt
        interrupted.set()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


def local_cluster(workers: int, **extra: Any) -> Any:  # noqa: ANN401  (distributed.LocalCluster)
    """A LocalCluster of ``workers`` one-thread processes, as ``--scheduler local`` starts it.

    Public for bench/corpus.py, which must time the cluster summ runs, not Dask's defaults;
    ``extra`` goes to LocalCluster (its host, its dashboard).
    """
    distributed = need("distributed", "--scheduler")
    import logging  # noqa: PLC0415
    import warnings  # noqa: PLC0415

    import dask  # noqa: PLC0415

    # A worker samples its threads' stacks every 10 ms for the dashboard's profile: for tasks
    # that are seconds of pure Python, CPU taken from them (about 9% of a run's CPU in one
    # measure on a loaded machine; see bench/corpus.py). The workers' config is the one in
    # force when their nannies are made.
    settings = {**_SHORT_LOGS, "distributed.worker.profile.enabled": False}
    with dask.config.set(settings), warnings.catch_warnings():
        # 8787 taken: Dask picks another port and says so in three lines; summ prints the one
        # it got.
        warnings.filterwarnings("ignore", message="Port .* is already in use")
        return distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, silence_logs=logging.ERROR,
            **extra,
        )


# Each of Dask's batched streams (client to scheduler, scheduler to worker) keeps its last
# `low-level-log-length` messages (1,000 by default) for debugging, those under 1 MB whole:
# an update-graph or compute-task message carries a partition's rows, so the client and a
# LocalCluster's scheduler grew by about a partition a task (0.5-0.7 MB for 256 articles) until
# 1,000 partitions were kept. 16 keeps the streams' recent history, not the corpus.
_SHORT_LOGS = {"distributed.admin.low-level-log-length": 16}


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1

