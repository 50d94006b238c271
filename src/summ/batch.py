"""Running many inputs: each read and summarized on its own, results kept in input order.

A failing input becomes a Failure in its place; the others are still done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summ.errors import SummError
from summ.models import Failure

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.models import Options, Result


def run(names: Sequence[str], options: Options) -> list[Result]:
    """One result per name, in the order given."""
    return [one(name, options) for name in names]


def one(name: str, options: Options) -> Result:
    """Read and summarize one input; its error, if any, as a Failure."""
    from summ.core import summarize  # noqa: PLC0415
    from summ.sources import display_name, load  # noqa: PLC0415

    try:
        return summarize(load(name), options)  # stdin only for "-", looked up then
    except SummError as error:
        return Failure(display_name(name), error.message)
