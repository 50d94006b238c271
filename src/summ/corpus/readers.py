"""Reading a corpus: names and globs → files → rows → partitions of a fixed number of rows.

Rows are read here, in the process that runs the job, and sent to the workers with their
partition: workers need no access to the input (a laptop's files, a bucket only the client can
read), and the partitions are the same whoever summarizes them, so every runner writes the same
bytes. Only the columns a record needs are kept.
"""

from __future__ import annotations

import csv
import glob
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summ.corpus.formats import JSONL_SUFFIXES, is_parquet, need
from summ.corpus.records import BadRow, Fields, row_id
from summ.errors import InputError

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator, Mapping

_GLOB = re.compile(r"[*?\[]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# An article in a CSV cell is far longer than csv's default limit of 128 KiB.
_CSV_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


@dataclass(frozen=True, slots=True)
class Partition:
    """Rows sent to a worker together, with the numbers that are their default ids."""

    index: int
    rows: tuple[Mapping[str, object] | BadRow, ...]
    numbers: tuple[int, ...]


def expand(names: list[str]) -> list[str]:
    """Every file the names and globs give, in order; InputError for one that gives none."""
    files: list[str] = []
    for name in names:
        found = _matches(name) if _GLOB.search(name) else [_existing(name)]
        if not found:
            raise InputError(f"no file matches {name}")
        files.extend(found)
    return files


def partitions(
    files: list[str], fields: Fields, size: int, skip: Collection[str] = ()
) -> Iterator[Partition]:
    """The rows of all files in partitions of ``size``, leaving out rows whose id is in skip.

    Rows are numbered from 0 across the files, skipped ones included, so a row keeps its
    number (its default id) when a run is resumed.
    """
    rows: list[Mapping[str, object] | BadRow] = []
    numbers: list[int] = []
    index = number = 0
    for name in files:
        for row in read(name, fields):
            if not skip or row_id(row, number, fields) not in skip:
                rows.append(row)
                numbers.append(number)
            number += 1
            if len(rows) == size:
                yield Partition(index, tuple(rows), tuple(numbers))
                rows, numbers, index = [], [], index + 1
    if rows:
        yield Partition(index, tuple(rows), tuple(numbers))


def read(name: str, fields: Fields) -> Iterator[Mapping[str, object] | BadRow]:
    """The rows of one file, keeping only the columns ``fields`` may use."""
    keep = fields.columns()
    if is_parquet(name):
        return _parquet_rows(name, keep)
    if name.lower().endswith(JSONL_SUFFIXES):
        return _jsonl_rows(name, keep)
    return _csv_rows(name, keep)


def _jsonl_rows(name: str, keep: tuple[str, ...]) -> Iterator[Mapping[str, object] | BadRow]:
    with _open(name, "rb") as lines:
        for line_number, line in enumerate(lines, 1):
            if not line.strip():
                continue  # a blank line is no row (a trailing one is common)
            try:
                value = json.loads(line)
            except ValueError:  # bad JSON or bad UTF-8
                yield BadRow(f"{name} line {line_number} is not valid JSON")
                continue
            if not isinstance(value, dict):
                yield BadRow(f"{name} line {line_number} is not a JSON object")
                continue
            yield {k: _clean(value[k]) for k in keep if k in value}


def _csv_rows(name: str, keep: tuple[str, ...]) -> Iterator[Mapping[str, object] | BadRow]:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    # Bytes that are not UTF-8 become U+FFFD: a stray byte should cost a character, not the file.
    with _open(name, "rt", encoding="utf-8-sig", errors="replace", newline="") as text:
        reader = csv.DictReader(text)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield BadRow(f"{name} line {reader.line_num}: {error}")
                continue
            yield {k: row[k] for k in keep if k in row}


def _parquet_rows(name: str, keep: tuple[str, ...]) -> Iterator[Mapping[str, object]]:
    pq = need("pyarrow.parquet", "reading Parquet")
    with _open(name, "rb") as handle:
        try:
            table = pq.ParquetFile(handle)
        except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
            raise InputError(f"cannot read {name}: {error}") from None
        columns = [c for c in keep if c in table.schema_arrow.names]
        for batch in table.iter_batches(batch_size=1024, columns=columns):
            yield from batch.to_pylist()


def _clean(value: object) -> object:
    """A JSON string with a lone surrogate (an escape of half a character) made writable."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def _open(name: str, mode: str, **kwargs: Any) -> Any:  # noqa: ANN401  (a file object)
    if "://" in name:
        fsspec = need("fsspec", f"reading {name}")
        try:
            return fsspec.open(name, mode, **kwargs).open()
        except ImportError as error:  # fsspec names the package a protocol needs (s3fs ...)
            raise InputError(f"cannot read {name}: {error}") from None
        except OSError as error:
            raise InputError(f"cannot read {name}: {error}") from None
    try:
        return Path(name).open(mode, **kwargs)
    except OSError as error:
        raise InputError(f"cannot read {name}: {error.strerror or error}") from None


def _matches(pattern: str) -> list[str]:
    if "://" not in pattern:
        return sorted(glob.glob(pattern, recursive=True))  # noqa: PTH207  (a user's pattern)
    fsspec = need("fsspec", f"reading {pattern}")
    try:
        filesystem, _, paths = fsspec.get_fs_token_paths(pattern)
    except (ImportError, OSError, ValueError) as error:
        raise InputError(f"cannot list {pattern}: {error}") from None
    return sorted(filesystem.unstrip_protocol(p) for p in paths)


def _existing(name: str) -> str:
    """A local file must exist before the run starts; an address is checked when opened."""
    if "://" in name or Path(name).is_file():
        return name
    reason = "it is a directory" if Path(name).is_dir() else "no such file"
    raise InputError(f"cannot read {name}: {reason}")
