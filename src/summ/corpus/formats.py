"""Records as bytes: JSON Lines, or Parquet with one fixed schema; and the optional imports.

Everything heavy (pyarrow) is imported here, when a Parquet file is met, never at start-up.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from summ.errors import SummError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.corpus.records import Record

EXTRA = "pip install 'summ[dask]'"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
OUTPUT_SUFFIXES = (*JSONL_SUFFIXES, ".parquet")


class MissingExtra(SummError):  # noqa: N818  (a SummError, reported like the others)
    """An optional package the corpus mode needs is not installed."""


def need(module: str, purpose: str) -> Any:  # noqa: ANN401  (a module, typed by its user)
    """Import ``module``, or say in one line what to install for ``purpose``."""
    import importlib  # noqa: PLC0415

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{purpose} needs {module.partition('.')[0]}: {EXTRA}") from None


def is_parquet(name: str) -> bool:
    """Whether a file name (or address) ends in .parquet."""
    return name.lower().endswith(".parquet")


def encode(records: Sequence[Record], parquet: bool) -> bytes:
    """Records as the bytes of a JSON Lines piece or of a whole Parquet file."""
    return parquet_bytes(records) if parquet else jsonl_bytes(records)


def jsonl_bytes(records: Sequence[Record]) -> bytes:
    """One JSON object a line, UTF-8.

    A lone surrogate (a JSON input may hold one, escaped) cannot be UTF-8; written as a
    backslash escape it is the same JSON escape it was read from.
    """
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return text.encode("utf-8", "backslashreplace")


def parquet_bytes(records: Sequence[Record]) -> bytes:
    """A Parquet file of the records, in :func:`schema`."""
    pa = need("pyarrow", "writing Parquet")
    pq = need("pyarrow.parquet", "writing Parquet")
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(list(records), schema=schema()), sink)
    return bytes(sink.getvalue())


def schema() -> Any:  # noqa: ANN401  (pyarrow.Schema; pyarrow ships no type information)
    """The Arrow schema of a record (the keys of :data:`summ.corpus.records.RECORD_KEYS`)."""
    pa = need("pyarrow", "writing Parquet")
    text, number = pa.string(), pa.int64()
    pick = pa.struct([("index", number), ("text", text), ("start", number), ("end", number),
                      ("score", pa.float64()), ("rank", number)])
    figure = pa.struct([("text", text), ("start", number), ("end", number), ("kind", text)])
    quote = pa.struct([("text", text), ("start", number), ("end", number), ("speaker", text),
                       ("evidence", text)])
    return pa.schema([
        ("id", text), ("title", text), ("language", text), ("algorithm", text),
        ("sentences_total", number), ("words_total", number), ("summary", pa.list_(pick)),
        ("figures", pa.list_(figure)), ("quotes", pa.list_(quote)), ("error", text),
    ])
