"""A corpus: files of many articles, one a row (JSON Lines, CSV, Parquet), summarized row by row.

Only :func:`is_corpus` is defined here; the rest loads when first used, so the CLI can ask
whether its inputs are a corpus without loading any of it, and nothing imports Dask, pyarrow or
pandas until a job needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summ.corpus.formats import schema as record_schema
    from summ.corpus.partition import partition_meta, summarize_partition
    from summ.corpus.records import RECORD_KEYS, TEXT_FIELDS, Fields, summarize_rows

SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
"""What makes an input a corpus (one article a row) rather than one article."""

_LAZY = {
    "RECORD_KEYS": "records", "TEXT_FIELDS": "records", "Fields": "records",
    "summarize_rows": "records", "partition_meta": "partition",
    "summarize_partition": "partition", "record_schema": "formats",
}
_RENAMED = {"record_schema": "schema"}


def is_corpus(name: str) -> bool:
    """Whether ``name`` (a path, glob or fsspec address) names a corpus by its extension."""
    return name.lower().endswith(SUFFIXES)


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"summ.corpus.{_LAZY[name]}"), _RENAMED.get(name, name))


__all__ = [
    "RECORD_KEYS",
    "SUFFIXES",
    "TEXT_FIELDS",
    "Fields",
    "is_corpus",
    "partition_meta",
    "record_schema",
    "summarize_partition",
    "summarize_rows",
]
