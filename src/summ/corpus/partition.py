"""summ inside a user's own Dask pipeline: a partition in, its summary records out.

    from summ.corpus import partition_meta, record_schema, summarize_partition
    done = news.map_partitions(summarize_partition, meta=partition_meta())  # a dask DataFrame
    done.to_parquet("summaries/", schema=record_schema())

The same function takes a ``dask.bag`` partition (a list of dicts) or an Arrow table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from summ.corpus.formats import need, schema
from summ.corpus.records import RECORD_KEYS, Fields, summarize_rows

if TYPE_CHECKING:
    from summ.models import Options


def summarize_partition(
    partition: Any,  # noqa: ANN401  (pandas, pyarrow or a list: typed by what it is given)
    options: Options | None = None,
    *,
    text_field: str | None = None,
    id_field: str | None = None,
    title_field: str | None = None,
) -> Any:  # noqa: ANN401
    """One summary record per row, in the partition's own kind.

    A pandas DataFrame gives a DataFrame with the same index (which gives a row's id when it
    has no id field: make the index unique, or give ids); an Arrow Table or RecordBatch gives an
    Arrow Table in summ's schema; a list of dicts (a ``dask.bag`` partition) gives a list of
    record dicts. The columns are those of ``summ -o out.jsonl`` on a corpus.
    """
    fields = Fields(text_field, id_field, title_field)
    if isinstance(partition, list):
        return summarize_rows(partition, range(len(partition)), options, fields)
    if type(partition).__module__.startswith("pyarrow"):
        rows = partition.to_pylist()
        records = summarize_rows(rows, range(len(rows)), options, fields)
        return need("pyarrow", "an Arrow partition").Table.from_pylist(records, schema=schema())
    pd = need("pandas", "a pandas partition")
    columns = [c for c in fields.columns() if c in partition.columns]
    rows = partition[columns].to_dict("records")
    records = summarize_rows(rows, partition.index, options, fields)
    return pd.DataFrame(records, index=partition.index, columns=list(RECORD_KEYS), dtype=object)


def partition_meta() -> Any:  # noqa: ANN401  (pandas.DataFrame)
    """The empty DataFrame that tells ``map_partitions`` the columns it will get (``meta=``)."""
    pd = need("pandas", "partition_meta")
    return pd.DataFrame({key: pd.Series(dtype=object) for key in RECORD_KEYS})
