"""Running many inputs: each read and summarized on its own, results kept in input order.

A failing input becomes a Failure in its place; the others are still done. With more than one
job the inputs are shared among worker processes. On Linux they are forked from this process
once it has warmed up (language resources loaded, patterns compiled), so a worker costs a few
milliseconds to start instead of the ~0.1 s a fresh interpreter takes to import summ.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from summ.errors import SummError
from summ.models import Article, Failure, Rendered
from summ.render import PIECES
from summ.sources import STDIN

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from ctypes import c_byte
    from multiprocessing.pool import Pool

    from summ.models import Options, OutputFormat, Result

AUTO = 0
"""``jobs`` value that lets :func:`workers` choose."""
# Inputs each worker should get before a pool pays off. Starting the pool costs ~10 ms and an
# article ~1.5 ms: on 2 cores 16 articles took 116 ms in-process and 123 ms with two workers,
# 32 took 142 and 139 ms (best of 5). bench/speed.py measures the gain on 300.
MIN_INPUTS_PER_WORKER = 16
# A long news article; a 1 MB book counts as 64 of them when AUTO weighs the work.
_ARTICLE_BYTES = 16 * 1024
# Tasks sent to a worker at once: few enough to keep both cores busy to the end and the progress
# bar moving, many enough that the pipe is not crossed for every short article.
_MAX_CHUNK = 8
# Touches every lazy import and cache of the pipeline (Punkt, stemmer, figure and quote patterns)
# before the workers are forked, so they do not each pay for it.
_WARM_UP = (
    'Warm up\n\nThe council spent $1.5 million, 20% more than in 2023. "We had no other choice '
    'at all," said Jane Smith, the mayor. It will open on Monday.'
)

# fork is what lets workers start warm; elsewhere (macOS, Windows) fork is unsafe or missing, and
# spawn re-imports summ in each worker. The pool is forked before any thread (the progress bar's)
# starts, which is what makes fork safe here.
_FORK = sys.platform.startswith("linux")


class Tracker(Protocol):
    """What :func:`run` reports its progress to (the CLI's progress bar)."""

    def start(self) -> None:
        """The run begins (after any worker process is started)."""

    def advance(self) -> None:
        """One more input is done."""

    def stop(self) -> None:
        """The run is over, finished or interrupted."""


Item = str | Article | Failure
"""A name still to read, standard input already read, or standard input that failed."""


def run(  # noqa: PLR0913  (the inputs, then keyword-only settings of the one run)
    names: Sequence[str],
    options: Options,
    *,
    jobs: int = 1,
    tracker: Tracker | None = None,
    fmt: OutputFormat | None = None,
    sink: Callable[[Result | Rendered], None] | None = None,
) -> list[Result | Rendered]:
    """One result per name, in the order given, using up to ``jobs`` processes.

    ``jobs`` is 1 for this process only, or :data:`AUTO` to let :func:`workers` decide.
    Standard input ("-") is read here, in order, never in a worker. A single long input is
    highlighted in a second process while this one splits and scores it. Given a text
    ``fmt``, worker processes send back each summary :class:`Rendered` in it, not the Summary
    (this process still gives Summaries). ``sink``, when given, gets each result as soon as it
    and every one before it are done (``-f jsonl`` streams through it).
    """
    items: list[Item] = [_read(STDIN, options) if name == STDIN else name for name in names]
    work = partial(_work, options=options)
    if len(items) == 1 and jobs != 1 and _FORK and _cores() > 1:
        item = _read(items[0], options) if isinstance(items[0], str) else items[0]
        if not _long(item, options):
            return _collect(map(work, [item]), tracker, sink)
        with worker_pool(1, options) as pool:  # leaving it terminates the worker, Ctrl-C included
            return _collect(map(partial(work, pool=pool), [item]), tracker, sink)
    count = workers(jobs, len(items), _work_units(items) if jobs == AUTO else 0)
    if count <= 1:
        return _collect(map(work, items), tracker, sink)
    rendering = partial(_work, options=options, fmt=fmt)
    with worker_pool(count, options) as pool:
        return _collect(pool.imap(rendering, items, _chunk(len(items), count)), tracker, sink)


def workers(jobs: int, inputs: int, units: int = 0) -> int:
    """Processes to use: ``jobs`` as given, or for AUTO one per core when the inputs pay for it.

    ``units`` is the work in article-sized pieces (:func:`_work_units`), when known: two books
    are worth two workers where two articles are not.
    """
    if jobs < 0:
        raise ValueError("the number of jobs must be 0 (automatic) or more")
    if jobs != AUTO:
        return max(1, min(jobs, inputs))
    return max(1, min(_cores(), inputs, max(inputs, units) // MIN_INPUTS_PER_WORKER))


def _work(
    item: Item, options: Options, pool: Pool | None = None, fmt: OutputFormat | None = None
) -> Result | Rendered:
    """Summarize what was read (or read it first), and render it in ``fmt`` if given.

    A Failure stays as it is.
    """
    from summ.core import summarize  # noqa: PLC0415

    if isinstance(item, str):
        item = _read(item, options)
    if isinstance(item, Failure):
        return item
    try:
        summary = summarize(item, options, pool=pool)
    except SummError as error:
        return Failure(item.source, error.message)
    except Exception as error:  # noqa: BLE001  (see _unexpected)
        return _unexpected(item.source, error)
    if fmt is None or fmt not in PIECES:
        return summary
    text = PIECES[fmt](summary)
    return summary if text is None else Rendered(summary.source, summary.notes, fmt, text)


def _read(name: str, options: Options) -> Article | Failure:
    from summ.sources import display_name, load  # noqa: PLC0415

    try:
        return load(name, timeout=options.timeout)  # stdin only for "-", looked up then
    except SummError as error:
        return Failure(display_name(name), error.message)
    except Exception as error:  # noqa: BLE001  (see _unexpected)
        return _unexpected(display_name(name), error)


def _unexpected(source: str, error: Exception) -> Failure:
    """A bug met on one input (or memory it exhausted) costs that input, not the whole run."""
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return Failure(source, f"unexpected error ({detail}); this is a bug in summ, please report it")


def _long(item: Article | Failure, options: Options) -> bool:
    from summ.core import PARALLEL_CHARS  # noqa: PLC0415

    return isinstance(item, Article) and options.highlight and len(item.text) >= PARALLEL_CHARS


def _work_units(items: Sequence[Item]) -> int:
    """The inputs' size in articles of _ARTICLE_BYTES, each input one at least (stat only)."""
    total = 0
    for item in items:
        size = len(item.text) if isinstance(item, Article) else 0
        if isinstance(item, str):
            with contextlib.suppress(OSError, ValueError):
                size = Path(item).stat().st_size
        total += max(1, size // _ARTICLE_BYTES)
    return total


def _collect(
    results: Iterator[Result | Rendered],
    tracker: Tracker | None,
    sink: Callable[[Result | Rendered], None] | None = None,
) -> list[Result | Rendered]:
    if tracker is None and sink is None:
        return list(results)
    if tracker is not None:
        tracker.start()
    try:
        collected = []
        for result in results:
            collected.append(result)
            if sink is not None:
                sink(result)
            if tracker is not None:
                tracker.advance()
        return collected
    finally:
        if tracker is not None:
            tracker.stop()


def _cores() -> int:
    """Cores this process may run on (a container or `taskset` may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _chunk(inputs: int, count: int) -> int:
    return max(1, min(_MAX_CHUNK, inputs // (count * 4)))


def _warm_up(options: Options) -> None:
    from summ.core import summarize  # noqa: PLC0415

    # A warm-up is an optimisation; the real inputs report their own errors.
    with contextlib.suppress(SummError, ValueError):
        summarize(_WARM_UP, options)


@contextlib.contextmanager
def worker_pool(count: int, options: Options) -> Iterator[Pool]:
    """Worker processes, started before any thread (the progress bar's) so fork is safe.

    Shared by the files of ``summ -j`` and the corpus rows of ``summ archive.jsonl``.

    A finished run lets them leave; an error, Ctrl-C, SIGTERM or SIGHUP terminates them.
    """
    import multiprocessing  # noqa: PLC0415  (only when there is a pool to start)

    if _FORK:
        _warm_up(options)  # the workers inherit what it loaded and compiled
    context = multiprocessing.get_context("fork" if _FORK else "spawn")
    stopping = context.RawValue("b", 0)
    # Until a worker has its own handlers it has the parent's, which would print a traceback:
    # the signals wait (blocked) until then, in the workers and here.
    held = _hold_signals(signal.SIG_BLOCK)
    try:
        pool = context.Pool(count, initializer=_quiet_worker, initargs=(stopping, os.getpid()))
    finally:
        _hold_signals(signal.SIG_UNBLOCK, held)
    try:
        yield pool
    except BaseException:
        stopping.value = 1
        pool.terminate()
        raise
    # Every task is done: the workers leave on the queue's sentinels, no signal needed. Stopping
    # idle workers with terminate()'s SIGTERM hung the run now and then (twice in ~3,000 test
    # runs): the parent waited in join() for a worker the signal never ended.
    pool.close()
    pool.join()


def _hold_signals(how: int, which: set[signal.Signals] | None = None) -> set[signal.Signals]:
    """Block or unblock SIGTERM and SIGHUP (where the platform can); the signals concerned."""
    if which is None:
        which = {getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)}
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(how, which)
    return which


def _quiet_worker(stopping: c_byte, parent: int) -> None:
    """Signals that reach the whole process group are the parent's to handle.

    Ctrl-C and a hang-up are ignored: the parent handles them (exit 130 or 129, no traceback
    from every worker) and terminates the pool. So is a SIGTERM until the parent says it is
    stopping: one that killed a worker while it held the task queue's lock (`kill -TERM` of
    the whole group) left the parent's terminate() waiting for that lock for ever. A worker
    whose parent is gone dies quietly by SIGPIPE at its next write, not by a BrokenPipeError.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, partial(_terminated, stopping, parent))
    for name, action in (("SIGHUP", signal.SIG_IGN), ("SIGPIPE", signal.SIG_DFL)):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), action)
    _hold_signals(signal.SIG_UNBLOCK)


def _terminated(stopping: c_byte, parent: int, signum: int, frame: object) -> None:
    del frame
    if stopping.value or os.getppid() != parent:  # asked by the parent, or it is gone
        os._exit(128 + signum)
