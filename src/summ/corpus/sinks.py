"""Where records go: stdout as they come, or a file built from parts that are each whole.

A file output is written part by part into a hidden folder beside it, each part through a
temporary name and a rename, so a part is there whole or not at all. When every part is in, they
are joined (after the rows of the output itself, when resuming) into a temporary file renamed
over the output, and the folder is removed. An interrupted run leaves whole parts only; --resume
counts their ids as done.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from typing import TYPE_CHECKING, Protocol

from summ.corpus.formats import is_parquet, need, schema
from summ.errors import OutputError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path
    from typing import BinaryIO


class Sink(Protocol):
    """What the runner gives each partition's bytes to, in partition order."""

    parquet: bool
    """Whether the parts are Parquet files (else JSON Lines)."""

    def write(self, index: int, payload: bytes) -> None:
        """Keep the bytes of partition ``index``."""

    def finish(self) -> None:
        """Every partition is in."""


class StdoutSink:
    """JSON Lines on stdout, each partition as soon as it and those before it are done."""

    parquet = False

    def write(self, index: int, payload: bytes) -> None:
        """Write and flush, so a reader down the pipe sees rows as they are done."""
        del index
        if sys.stdout is None:
            raise OutputError("cannot write the summaries: standard output is closed")
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()

    def finish(self) -> None:
        """Nothing is left to do."""


class FileSink:
    """An output file (.jsonl, .ndjson or .parquet) made of parts written whole."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        if not path.parent.is_dir():
            raise OutputError(f"cannot write {path}: no folder {path.parent}")
        if path.is_dir():
            raise OutputError(f"cannot write {path}: it is a directory")
        self.path, self.resume, self.parquet = path, resume, is_parquet(path.name)
        self.parts = path.parent / f".{path.name}.parts"
        if not resume:
            shutil.rmtree(self.parts, ignore_errors=True)  # an interrupted run's, now stale
        self.run = 1 + max((int(p.name[:4]) for p in self._part_files()), default=0)

    def done_ids(self) -> set[str]:
        """Ids already written: in the output (when resuming) and in an interrupted run's parts."""
        files = [*self._kept(), *self._part_files()]
        return {ident for file in files for ident in self._ids(file)}

    def write(self, index: int, payload: bytes) -> None:
        """Write partition ``index`` of this run as a part file, whole or not at all."""
        self.parts.mkdir(exist_ok=True)
        suffix = ".parquet" if self.parquet else ".jsonl"
        _atomically(self.parts / f"{self.run:04d}-{index:08d}{suffix}", lambda f: f.write(payload))

    def finish(self) -> None:
        """Join the kept output and every part into the output file, then drop the parts."""
        sources = [*self._kept(), *self._part_files()]
        _atomically(self.path, lambda f: self._join(sources, f))
        shutil.rmtree(self.parts, ignore_errors=True)

    def _kept(self) -> list[Path]:
        return [self.path] if self.resume and self.path.is_file() else []

    def _part_files(self) -> list[Path]:
        return sorted(self.parts.glob("[0-9]*-[0-9]*.*")) if self.parts.is_dir() else []

    def _join(self, sources: list[Path], out: BinaryIO) -> None:
        if not self.parquet:
            for source in sources:
                with source.open("rb") as part:
                    shutil.copyfileobj(part, out)
            return
        pq = need("pyarrow.parquet", "writing Parquet")
        with pq.ParquetWriter(out, schema()) as writer:
            for source in sources:
                part = pq.ParquetFile(source)
                if not part.schema_arrow.equals(writer.schema):
                    raise OutputError(f"cannot resume: {source} has other columns than summ's")
                for group in range(part.num_row_groups):
                    writer.write_table(part.read_row_group(group))

    def _ids(self, file: Path) -> Iterator[str]:
        try:
            yield from _parquet_ids(file) if self.parquet else _jsonl_ids(file)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise OutputError(f"cannot resume from {file}: it is not summ's output "
                              f"({type(error).__name__}: {error})") from None


def _jsonl_ids(file: Path) -> Iterator[str]:
    with file.open("rb") as lines:
        for line in lines:
            if line.strip():
                yield str(json.loads(line)["id"])


def _parquet_ids(file: Path) -> Iterator[str]:
    pq = need("pyarrow.parquet", "reading Parquet")
    for batch in pq.ParquetFile(file).iter_batches(columns=["id"]):
        yield from (str(i) for i in batch.column(0).to_pylist())


def _atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` through a temporary file beside it and a rename; Ctrl-C leaves neither.

    The temporary file is created 0666 less the umask, the mode a plain write would give.
    """
    temporary = path.parent / f".{path.name}.{os.getpid()}.tmp"
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        with os.fdopen(handle, "wb") as out:
            write(out)
        temporary.replace(path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
        raise
