"""`summ archive.jsonl -o summaries.jsonl`: what the CLI calls for corpus inputs."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from summ.corpus import is_corpus
from summ.corpus.formats import OUTPUT_SUFFIXES, is_parquet, need
from summ.corpus.progress import RowProgress
from summ.corpus.readers import expand, partitions
from summ.corpus.records import Fields
from summ.corpus.runner import Job, executor, run
from summ.corpus.sinks import FileSink, Sink, StdoutSink
from summ.errors import SummError
from summ.models import OutputFormat

if TYPE_CHECKING:
    from pathlib import Path

    from summ.corpus.runner import Counts, Tracker
    from summ.models import Options

PARTITION_ROWS = 256
"""Rows a task summarizes: ~1 s of work on a core, so Dask's ~1 ms a task is lost in it, and
few enough that both cores stay busy to the end of a small corpus and progress moves."""


class CorpusUsageError(SummError):
    """Options that do not fit a corpus run (exit code 2, as typer's usage errors)."""

    exit_code = 2


def run_corpus(  # noqa: PLR0913  (the CLI's corpus options, passed on as they are)
    names: list[str],
    options: Options,
    fields: Fields,
    *,
    output: Path | None = None,
    fmt: OutputFormat | None = None,
    jobs: int = 0,
    scheduler: str | None = None,
    resume: bool = False,
    partition_rows: int = PARTITION_ROWS,
    tracker: Tracker | None = None,
) -> Counts:
    """Summarize every row of the corpus files ``names`` into ``output`` (stdout: None)."""
    _check(names, output, fmt, resume)
    files = expand(names)
    if (output and is_parquet(output.name)) or any(map(is_parquet, files)):
        need("pyarrow.parquet", "Parquet")  # said now, not by every worker on its first task
    sink: Sink = StdoutSink() if output is None else FileSink(output, resume=resume)
    skip = sink.done_ids() if isinstance(sink, FileSink) and resume else set()
    job = Job(options, fields, sink.parquet)
    with executor(jobs, scheduler, options) as runner:
        if runner.dashboard:
            _note(f"Dask dashboard: {runner.dashboard}")
        parts = partitions(files, fields, partition_rows, skip)
        counts = run(parts, job, runner, sink, tracker or RowProgress())
    if skip:
        _note(f"resumed: {len(skip):,} rows were already in {output}")
    return counts


def main(  # noqa: PLR0913, PLR0917  (the CLI's corpus options, as it has them)
    names: list[str], options: Options, fields: tuple[str | None, ...], output: Path | None,
    fmt: OutputFormat | None, jobs: int, scheduler: str | None, resume: bool,
) -> int:
    """The CLI's corpus run, its errors told on stderr; the exit code (1: a row failed)."""
    from summ import output as out  # noqa: PLC0415

    try:
        counts = run_corpus(names, options, Fields(*fields), output=output, fmt=fmt, jobs=jobs,
                            scheduler=scheduler, resume=resume, partition_rows=_rows())
    except SummError as error:
        out.error(str(error))
        return error.exit_code
    except KeyboardInterrupt:  # whole parts stay for --resume; nothing half-written does
        parts = output and output.parent / f".{output.name}.parts"
        if parts and parts.is_dir():
            out.note(f"interrupted: the rows done are kept in {parts}; add --resume to go on")
        return 130
    if counts.errors:
        out.error(f"{counts.errors:,} of {counts.rows:,} rows have no summary (see 'error')")
    return 1 if counts.errors else 0


def _check(names: list[str], output: Path | None, fmt: OutputFormat | None, resume: bool) -> None:
    articles = [n for n in names if not is_corpus(n)]
    if len(articles) == len(names):
        raise CorpusUsageError("--resume and --*-field are for corpus files (.jsonl .ndjson .csv "
                               ".parquet)")
    if articles:
        raise CorpusUsageError(f"{articles[0]} is not a corpus file (.jsonl .ndjson .csv "
                               ".parquet): give corpus files or articles, not both")
    if output is not None and not output.name.lower().endswith(OUTPUT_SUFFIXES):
        raise CorpusUsageError(f"a corpus is written as .jsonl, .ndjson or .parquet, not {output}")
    if fmt not in (None, OutputFormat.JSONL) or (fmt and output and is_parquet(output.name)):
        raise CorpusUsageError("a corpus is written as JSON Lines or Parquet: leave out -f")
    if resume and output is None:
        raise CorpusUsageError("--resume needs the output file it resumes (-o)")


def _rows() -> int:
    """SUMM_PARTITION_ROWS, for articles much longer or shorter than news stories."""
    raw = os.environ.get("SUMM_PARTITION_ROWS", "").strip()
    if not raw:
        return PARTITION_ROWS
    if not raw.isdigit() or int(raw) < 1:
        raise CorpusUsageError(f"SUMM_PARTITION_ROWS must be a whole number above 0, not {raw!r}")
    return int(raw)


def _note(message: str) -> None:
    from summ.output import note  # noqa: PLC0415

    note(message)
