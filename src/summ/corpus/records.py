"""A corpus row → one summary record: the JSON contract, plus the row's id and an error field.

A record always has the same keys, so a Parquet file has one schema and a JSON Lines reader
never meets a missing key. A row that cannot be summarized gets its error in ``error`` and empty
lists elsewhere: one bad row of a million costs that row only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summ.errors import SummError
from summ.models import Article, Meta, Options
from summ.render.data import as_dict

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

TEXT_FIELDS = ("text", "article", "body", "content")
"""Where the article is looked for when --text-field is not given: the first that a row has."""
ID_FIELD = "id"
TITLE_FIELD = "title"
# What a summary contributes to its record, in this order (as in ``summ -f json``).
_SUMMARY_KEYS = (
    "title", "language", "algorithm", "sentences_total", "words_total",
    "summary", "figures", "quotes",
)
RECORD_KEYS = ("id", *_SUMMARY_KEYS, "error")
"""The keys of every record, in the order they are written."""

Record = dict[str, object]


@dataclass(frozen=True, slots=True)
class Fields:
    """Which columns hold a row's article, id and title; None picks the defaults."""

    text_field: str | None = None
    id_field: str | None = None
    title_field: str | None = None

    def columns(self) -> tuple[str, ...]:
        """Every column a row may be read from (what a reader keeps, the rest is dropped)."""
        texts = (self.text_field,) if self.text_field else TEXT_FIELDS
        return (*texts, self.id_field or ID_FIELD, self.title_field or TITLE_FIELD)


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row a reader could not parse (a line that is not JSON): it becomes an error record."""

    error: str



def summarize_rows(
    rows: Iterable[Mapping[str, object] | BadRow],
    numbers: Iterable[object],
    options: Options | None = None,
    fields: Fields | None = None,
) -> list[Record]:
    """One record per row, in order; ``numbers`` give each row's id when it has none."""
    options, fields = options or Options(), fields or Fields()
    return [record(row, n, options, fields) for row, n in zip(rows, numbers, strict=True)]


def record(
    row: Mapping[str, object] | BadRow, number: object, options: Options, fields: Fields
) -> Record:
    """The summary record of one row (its error record when it cannot be summarized)."""
    ident = row_id(row, number, fields)
    if isinstance(row, BadRow):
        return failed(ident, None, row.error, options)
    title = _title(row, fields)
    try:
        text = _text(row, fields)
        from summ.core import summarize  # noqa: PLC0415

        summary = summarize(Article(text, ident, Meta(title=title)), options)
    except SummError as error:
        return failed(ident, title, error.message, options)
    except Exception as error:  # noqa: BLE001  (a bug on one row must not stop a million others)
        return failed(ident, title, f"summ failed on this row ({type(error).__name__}: "
                      f"{error}); please report it", options)
    data = as_dict(summary)
    return {"id": ident, **{key: data[key] for key in _SUMMARY_KEYS}, "error": None}


def failed(ident: str, title: str | None, error: str, options: Options) -> Record:
    """The record of a row without a summary."""
    return {
        "id": ident, "title": title, "language": None, "algorithm": options.algorithm.value,
        "sentences_total": 0, "words_total": 0, "summary": [], "figures": [], "quotes": [],
        "error": error,
    }


def row_id(row: Mapping[str, object] | BadRow, number: object, fields: Fields) -> str:
    """The row's id as text: its id field when it has one, else its number."""
    value = None if isinstance(row, BadRow) else _value(row, fields.id_field or ID_FIELD)
    return str(number) if value is None or value == "" else str(value)


def _text(row: Mapping[str, object], fields: Fields) -> str:
    names = (fields.text_field,) if fields.text_field else TEXT_FIELDS
    name = next((n for n in names if n in row), None)
    if name is None:
        looked = f"no field '{names[0]}'" if len(names) == 1 else "none of " + ", ".join(names)
        raise SummError(f"no text: the row has {looked}")
    value = _value(row, name)
    if not isinstance(value, str):
        raise SummError(f"no text: field '{name}' is {'empty' if value is None else 'not text'}")
    if not value.strip():
        raise SummError(f"no text: field '{name}' is empty")
    return value


def _title(row: Mapping[str, object], fields: Fields) -> str | None:
    value = _value(row, fields.title_field or TITLE_FIELD)
    return value.strip() or None if isinstance(value, str) else None


def _value(row: Mapping[str, object], name: str) -> object:
    """``row[name]``, None when it is missing or a missing value (pandas writes NaN)."""
    value = row.get(name)
    return None if isinstance(value, float) and math.isnan(value) else value
